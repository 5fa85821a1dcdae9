#pragma once

#include "aggregate/AggregateEngine.h"
#include "aggregate/AggregateResult.h"
#include "aggregate/LinkedTables.h"

namespace ecluse {

class Vault;

// The one way to query aggregates, for the GUI and the CLI: checks the signed-in user's
// habilitation for the dataset (and for any potential identifier a filter uses), computes the
// table, applies disclosure control and audits the query with a hash of what was shown.
class Aggregates
{
public:
    explicit Aggregates(Vault& vault, std::int64_t cacheBytes = AggregateEngine::DefaultCacheBytes);

    // Throws ErrorKind::Usage for a malformed query, ErrorKind::Denied without a grant (audited).
    AggregateResult run(const AggregateQuery& query, const AggregateEngine::Progress& progress = {},
                        const std::atomic_bool* cancel = nullptr);

    // Whether the current user may query `dataset` at all, with core's reason when not.
    bool mayQuery(const QString& dataset, QString* reason = nullptr) const;

    void dropCaches() { m_engine.dropCaches(); }
    void setReadAhead(AggregateEngine::ReadAhead readAhead) { m_engine.setReadAhead(readAhead); }

private:
    void requireAllowed(const AggregateQuery& query) const;
    // Disclosure control of `table` with what the user was shown before (`earlier`, linked tables).
    DisclosureOutcome protectLinked(const DatasetSchema& schema, const AggregateQuery& query,
                                    const AggregateTable& table, const std::vector<PublishedTable>& earlier,
                                    const DisclosureRules& rules, const std::atomic_bool* cancel,
                                    const DisclosureProgressFunction& progress);

    Vault& m_vault;
    AggregateEngine m_engine;
};

} // namespace ecluse
