#pragma once

#include "RequestStore.h"
#include "storage/PgConnection.h"

#include <memory>

namespace ecluse {

// Extract requests on the organisation's PostgreSQL (tables ecluse.requests, request_events and
// releases of packaging/postgresql/ecluse-central.sql), shared by every workstation: analysts
// submit on theirs, stewards review from any other. Changes go through the server's functions,
// which apply the rules of a request's life again and refuse a change to a request that moved
// on since it was read. What comes back is checked as strictly as any outside input.
//
// Each call is one round trip, or one transaction; the server out of reach throws
// ErrorKind::Other and changes nothing, here or there (requests are not queued: see
// docs/DECISIONS.md).
class PgRequestStore final : public RequestStore
{
public:
    // `vaultId` is this workstation's vault: where the requests drafted here are, for the server.
    PgRequestStore(PgServerSettings settings, QString vaultId);
    ~PgRequestStore() override;

    qint64 create(const ExtractRequest& request, const RequestEvent& event) override;
    void update(const ExtractRequest& request, const RequestEvent& event) override;
    void recordRelease(const ExtractRequest& request, const RequestEvent& event, const ReleaseRecord& release) override;
    std::optional<ExtractRequest> find(qint64 id) const override;
    std::vector<ExtractRequest> list() const override;
    int submissionsSince(const QString& requester, const QDateTime& since) const override;
    std::vector<ReleaseRecord> releasesFor(const QString& requester) const override;
    std::optional<ReleaseRecord> releaseOf(qint64 request) const override;

private:
    template <typename Work> auto reachable(Work&& work) const;

    PgServerSettings m_settings;
    QString m_vaultId;
    // Made when first needed, and again after the server went away.
    mutable std::unique_ptr<PgConnection> m_connection;
};

} // namespace ecluse
