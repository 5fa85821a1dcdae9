#pragma once

#include "RequestStore.h"

namespace ecluse {

class Database;

// Extract requests in the vault's database (tables of schema versions 5 and 6, core/vault/VaultDatabase.cpp),
// inside its encryption. Each
// method is one statement or one transaction, nested in the caller's when there is one, so that
// a request's change commits with its audit entry or not at all.
class VaultRequestStore final : public RequestStore
{
public:
    explicit VaultRequestStore(Database& db);

    qint64 create(const ExtractRequest& request, const RequestEvent& event) override;
    void update(const ExtractRequest& request, const RequestEvent& event) override;
    void recordRelease(const ExtractRequest& request, const RequestEvent& event, const ReleaseRecord& release) override;
    std::optional<ExtractRequest> find(qint64 id) const override;
    std::vector<ExtractRequest> list() const override;
    std::vector<ExtractRequest> dueForExpiry(const QDate& today) const override;
    int submissionsSince(const QString& requester, const QDateTime& since) const override;
    std::vector<ReleaseRecord> releasesFor(const QString& requester) const override;
    std::optional<ReleaseRecord> releaseOf(qint64 request) const override;

private:
    void appendEvent(qint64 id, const RequestEvent& event);

    Database& m_db;
};

} // namespace ecluse
