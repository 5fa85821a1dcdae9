#pragma once

#include "RequestStore.h"

namespace ecluse {

class Database;

// Extract requests in the vault's database (tables of schema version 5, core/vault/VaultDatabase.cpp),
// inside its encryption. Each
// method is one statement or one transaction, nested in the caller's when there is one, so that
// a request's change commits with its audit entry or not at all.
class VaultRequestStore final : public RequestStore
{
public:
    explicit VaultRequestStore(Database& db);

    qint64 create(const ExtractRequest& request, const RequestEvent& event) override;
    void update(const ExtractRequest& request, const RequestEvent& event) override;
    std::optional<ExtractRequest> find(qint64 id) const override;
    std::vector<ExtractRequest> list() const override;
    int submissionsSince(const QString& requester, const QDateTime& since) const override;

private:
    void appendEvent(qint64 id, const RequestEvent& event);

    Database& m_db;
};

} // namespace ecluse
