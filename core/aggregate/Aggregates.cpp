#include "Aggregates.h"

#include "aggregate/LinkedTables.h"
#include "audit/AuditTrail.h"
#include "common/Error.h"
#include "crypto/Digest.h"
#include "data/Catalogue.h"
#include "data/DatasetStore.h"
#include "storage/Database.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>

namespace ecluse {
namespace {

// This file's messages, under the "Aggregates" context that lupdate files them in too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Aggregates)
};

const DatasetSchema& schemaOf(const QString& dataset)
{
    const DatasetSchema* schema = Catalogue::builtin().dataset(dataset);
    if (!schema)
        throw Error(ErrorKind::Usage, Text::tr("unknown dataset '%1'").arg(dataset));
    return *schema;
}

// The columns a query reads, by name: a filter on a potential identifier reads it as much as a
// dimension would.
QStringList columnsUsed(const AggregateQuery& query)
{
    QStringList columns = query.dimensions;
    for (const Filter& filter : query.filters)
        columns.append(filter.column);
    return columns;
}

std::vector<std::optional<std::int64_t>> publishedValues(const AggregateTable& table, int cell)
{
    const auto at = static_cast<std::size_t>(cell);
    std::vector<std::optional<std::int64_t>> values;
    std::size_t sum = 0;
    for (const Measure& measure : table.measures) {
        switch (measure.kind) {
        case MeasureKind::Beneficiaries:
            values.emplace_back(table.units.at(at));
            break;
        case MeasureKind::Records:
            values.emplace_back(table.records.at(at));
            break;
        case MeasureKind::Sum:
            values.emplace_back(table.sums.at(sum++).at(at));
            break;
        }
    }
    return values;
}

// Apart from the functions that need it: lupdate files a message said in a function whose
// signature names std:: under the wrong context.
Error notProtectableWithEarlierTables()
{
    return Error(ErrorKind::Other, Text::tr("the table cannot be protected together with the tables shown before; "
                                            "nothing is shown"));
}

} // namespace

Aggregates::Aggregates(Vault& vault, std::int64_t cacheBytes)
    : m_vault(vault)
    , m_engine(vault, VaultCapability(), cacheBytes)
{}

DisclosureOutcome Aggregates::protectLinked(const DatasetSchema& schema, const AggregateQuery& query,
                                            const AggregateTable& table, const std::vector<PublishedTable>& earlier,
                                            const DisclosureRules& rules, const std::atomic_bool* cancel,
                                            const DisclosureProgressFunction& progress)
{
    LinkedKnowledge knowledge = linkedKnowledge(schema, query, table, earlier);
    // Earlier tables whose hidden primary cells this table's published cells could help work out:
    // of the same rows, those that break it down further (drill-up: its cells are sums of theirs);
    // over wider or narrower rows, those it maps onto cell for cell (bounds). Each is computed
    // again over its own rows and audited with this table's pattern.
    struct Earlier
    {
        const PublishedTable* shown;
        RowsRelation rows;
        AggregateTable table;
        std::vector<std::vector<int>> within;
        LinkedKnowledge alsoKnown;
    };
    std::vector<Earlier> exposable;
    QStringList ownDimensions = query.dimensions;
    ownDimensions.sort();
    for (const PublishedTable& shown : earlier) {
        const RowsRelation rows = rowsRelation(schema, query.filters, shown.filters);
        QStringList dimensions = shown.dimensions;
        dimensions.sort();
        if (rows == RowsRelation::Unrelated || (rows == RowsRelation::Same && dimensions == ownDimensions))
            continue;
        // Whether this table maps onto it at all, from the record alone, before computing it again.
        AggregateTable layout;
        std::vector<int> categories;
        for (qsizetype d = 0; d < shown.dimensions.size(); ++d) {
            layout.dimensions.push_back({shown.dimensions[d], {}, shown.codes[static_cast<std::size_t>(d)], {}, true});
            categories.push_back(static_cast<int>(shown.codes[static_cast<std::size_t>(d)].size()));
        }
        layout.shape = TableShape(categories);
        if (!cellsWithin(schema, table.dimensions, layout))
            continue;
        const AggregateQuery earlierQuery{
            query.dataset, shown.dimensions, {{MeasureKind::Beneficiaries, {}}}, shown.filters};
        AggregateTable earlierTable = m_engine.compute(earlierQuery, std::max(2, rules.dominanceN), {}, cancel);
        auto within = cellsWithin(schema, table.dimensions, earlierTable);
        if (!within)
            continue;
        LinkedKnowledge alsoKnown = linkedKnowledge(schema, earlierQuery, earlierTable, earlier);
        exposable.push_back({&shown, rows, std::move(earlierTable), std::move(*within), std::move(alsoKnown)});
    }
    // Each round hides, in this table, the published cells over each earlier primary cell it would
    // expose (LinkedTables.h); the pattern only grows.
    constexpr int MaxRounds = 8;
    for (int round = 0;; ++round) {
        DisclosureOutcome outcome =
            protectTable({table.shape, table.units, table.magnitudes, knowledge}, rules, cancel, progress);
        std::vector<bool> suppressed(outcome.status.size());
        for (std::size_t c = 0; c < suppressed.size(); ++c)
            suppressed[c] = outcome.status[c] != CellStatus::Published;
        std::vector<int> revealing;
        for (const Earlier& shown : exposable) {
            const std::vector<int> cells = cellsRevealingEarlier(*shown.shown, shown.table, shown.within, shown.rows,
                                                                 shown.alsoKnown, table, suppressed, rules.threshold);
            revealing.insert(revealing.end(), cells.begin(), cells.end());
        }
        if (revealing.empty())
            return outcome;
        if (round == MaxRounds)
            throw notProtectableWithEarlierTables();
        // Hidden, not protected for themselves: what they must protect is the earlier cell, which
        // the next round audits again.
        knowledge.hiddenBefore.insert(knowledge.hiddenBefore.end(), revealing.begin(), revealing.end());
    }
}

bool Aggregates::mayQuery(const QString& dataset, QString* reason) const
{
    const AccessDecision decision = m_vault.decide(Action::BrowseAggregates, Resource::ofDataset(dataset));
    if (reason)
        *reason = decision.reason;
    return decision.allowed;
}

void Aggregates::requireAllowed(const AggregateQuery& query) const
{
    // The potential identifiers the query touches, in a dimension or a filter: the decision
    // point refuses any that the user's grant does not name.
    const DatasetSchema& schema = schemaOf(query.dataset);
    QList<PotentialIdentifier> identifiers;
    for (const QString& name : columnsUsed(query)) {
        if (const ColumnSpec* column = schema.column(name))
            identifiers << column->potentialIdentifier;
    }
    m_vault.require(Action::BrowseAggregates, Resource::ofDataset(query.dataset, identifiers));
}

AggregateResult Aggregates::run(const AggregateQuery& query, const AggregateEngine::Progress& progress,
                                const std::atomic_bool* cancel)
{
    if (!m_vault.isUnlocked())
        throw Error(ErrorKind::Denied, Text::tr("the vault is locked"));
    const DatasetSchema& schema = schemaOf(query.dataset);
    query.validate(schema);
    requireAllowed(query);

    // Rows past their retention date are purged, audited, before anything reads them.
    DatasetStore store(m_vault, VaultCapability());
    const DisclosureRules rules = DisclosureRules::fromPolicy(m_vault.policy());
    // The engine's own progress up to EngineShare; disclosure control, which can take as long on a
    // large table, the rest.
    constexpr int EngineShare = 80;
    AggregateEngine::Progress engineProgress;
    if (progress)
        engineProgress = [&progress](const AggregateProgress& step) {
            progress({step.percent * EngineShare / 100, step.step});
        };
    const AggregateTable table = m_engine.compute(query, std::max(2, rules.dominanceN), engineProgress, cancel);
    DisclosureProgressFunction controlProgress;
    if (progress)
        controlProgress = [&progress](const DisclosureProgress& step) {
            const QString what = step.stage == DisclosureProgress::Stage::Suppression
                                     ? Text::tr("Disclosure control: secondary suppression")
                                     : Text::tr("Disclosure control: proving the suppressed cells protected");
            progress({EngineShare + static_cast<int>(step.done * (100 - EngineShare)), what});
        };
    // Linked tables: what this user was shown before of the same rows is known, and enters the
    // protection of this table.
    QStringList packageIds;
    for (const PackageInfo& package : store.packages(query.dataset))
        packageIds << package.id;
    const QByteArray dataVersion = datasetVersion(packageIds);
    PublishedTables published(m_vault.database(VaultCapability()));
    const QString user = m_vault.currentUser();
    DisclosureOutcome outcome;
    try {
        const std::vector<PublishedTable> earlier =
            published.of(user, query.dataset, dataVersion, [&](const std::vector<Filter>& shown) {
                return rowsRelation(schema, query.filters, shown) != RowsRelation::Unrelated;
            });
        outcome = protectLinked(schema, query, table, earlier, rules, cancel, controlProgress);
    } catch (const Error& error) {
        if (cancel && cancel->load())
            throw;
        // A table that cannot be protected is not shown; that it was asked for is still traced.
        m_vault.audit(VaultCapability())
            .append(m_vault.currentUser(), QStringLiteral("aggregate.refused"), query.dataset,
                    {{QStringLiteral("query"), query.toJson()}, {QStringLiteral("reason"), error.message()}});
        throw;
    }

    AggregateResult result;
    result.query = query;
    result.datasetLabel = schema.label;
    result.user = m_vault.currentUser();
    result.computedUtc = m_vault.now().toUTC();
    result.earliest = table.earliest;
    result.latest = table.latest;
    result.datasetEarliest = table.datasetEarliest;
    result.datasetLatest = table.datasetLatest;
    result.rules = rules;
    result.dimensions = table.dimensions;
    result.shape = table.shape;
    result.suppressedCount = outcome.primaryCount + outcome.secondaryCount;
    result.cells.resize(static_cast<std::size_t>(table.shape.cellCount()));
    for (int cell = 0; cell < table.shape.cellCount(); ++cell) {
        ResultCell& out = result.cells[static_cast<std::size_t>(cell)];
        out.suppressed = outcome.status.at(static_cast<std::size_t>(cell)) != CellStatus::Published;
        if (!out.suppressed)
            out.values = publishedValues(table, cell);
        else
            out.values.assign(query.measures.size(), std::nullopt);
    }

    const QByteArray canonical = QJsonDocument(query.toJson()).toJson(QJsonDocument::Compact);
    result.queryId = QString::fromLatin1(
        sha256(canonical + '\n' + result.user.toUtf8() + '\n' + result.computedUtc.toString(Qt::ISODateWithMs).toUtf8())
            .toHex()
            .left(16));

    // SNDS: every query is logged, traceable to one person; the hash ties the trail to exactly
    // what was shown.
    const QByteArray shown = QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact);
    std::vector<bool> suppressed(outcome.status.size());
    std::vector<bool> primary(outcome.status.size());
    for (std::size_t c = 0; c < suppressed.size(); ++c) {
        suppressed[c] = outcome.status[c] != CellStatus::Published;
        primary[c] = outcome.status[c] == CellStatus::Primary;
    }
    // Recorded with the audit entry, or neither: a table shown but not recorded would be missing
    // from the protection of the next one.
    Transaction transaction(m_vault.database(VaultCapability()));
    published.record(publishedTable(user, dataVersion, query, table, suppressed, primary));
    m_vault.audit(VaultCapability())
        .append(result.user, QStringLiteral("aggregate.query"), result.queryId,
                {{QStringLiteral("query"), query.toJson()},
                 {QStringLiteral("cells"), table.shape.cellCount()},
                 {QStringLiteral("primary"), outcome.primaryCount},
                 {QStringLiteral("secondary"), outcome.secondaryCount},
                 {QStringLiteral("rows"), table.rowsScanned},
                 {QStringLiteral("sha256"), QString::fromLatin1(sha256(shown).toHex())}},
                AuditTrail::Witnessing::Deferred);
    transaction.commit();
    m_vault.audit(VaultCapability()).witnessHead();
    return result;
}

} // namespace ecluse
