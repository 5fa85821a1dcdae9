#pragma once

#include "RequestOutbox.h"
#include "RequestStore.h"
#include "storage/PgConnection.h"

#include <memory>

namespace ecluse {

class Database;

// Extract requests on the organisation's PostgreSQL (tables ecluse.requests, request_events and
// releases of packaging/postgresql/ecluse-central.sql), shared by every workstation: analysts
// submit on theirs, stewards review from any other. Changes go through the server's functions,
// which apply the rules of a request's life again and refuse a change to a request that moved
// on since it was read. What comes back is checked as strictly as any outside input.
//
// While the server is out of reach, the requester's own steps on requests drafted here go on:
// drafting (under a number the server reserved ahead for this vault), changing, submitting and
// withdrawing a draft or a returned request, which nobody else can touch meanwhile. They wait in
// the vault (RequestOutbox) and are sent in order by sendQueued(); reads show this vault's own
// requests as last known. Everything else (reviews, releases, other workstations' requests)
// throws RequestStoreUnreachable and changes nothing. Once a call finds the server out of reach,
// or steps are waiting, the store works from the vault until it is opened again.
class PgRequestStore final : public RequestStore
{
public:
    // `vaultId` is this workstation's vault: where the requests drafted here are, for the server;
    // `vaultDb` keeps what waits for the server and the copy it works from meanwhile.
    PgRequestStore(PgServerSettings settings, QString vaultId, Database& vaultDb);
    ~PgRequestStore() override;

    std::vector<RefusedStep> sendQueued() override;
    std::optional<QString> outOfReach() const override;
    qint64 create(const ExtractRequest& request, const RequestEvent& event) override;
    void update(const ExtractRequest& request, const RequestEvent& event) override;
    void recordRelease(const ExtractRequest& request, const RequestEvent& event, const ReleaseRecord& release) override;
    std::optional<ExtractRequest> find(qint64 id) const override;
    std::vector<ExtractRequest> list() const override;
    std::vector<ExtractRequest> dueForExpiry(const QDate& today) const override;
    int submissionsSince(const QString& requester, const QDateTime& since) const override;
    std::vector<ReleaseRecord> releasesFor(const QString& requester) const override;
    std::optional<ReleaseRecord> releaseOf(qint64 request) const override;

    // How many request numbers a vault keeps in reserve for drafting without the server.
    static constexpr int ReservedNumbers = 10;

private:
    // Runs `work` on the server; a lost connection marks the store offline and throws ServerLost.
    template <typename Work> auto online(Work&& work) const;
    bool useServer() const;
    [[noreturn]] void unreachable() const;
    void createOnServer(const ExtractRequest& request, const RequestEvent& event) const;
    void changeOnServer(const ExtractRequest& request, const RequestEvent& event) const;
    std::optional<ExtractRequest> findOnServer(qint64 id) const;
    void topUpReservedNumbers();
    // Whether a step may wait for the server: the requester's own, on a request drafted here that
    // nobody else can change meanwhile.
    bool mayWait(const ExtractRequest& request, const RequestEvent& event) const;
    void rememberIfDraftedHere(const ExtractRequest& request) const;

    PgServerSettings m_settings;
    QString m_vaultId;
    mutable RequestOutbox m_outbox;
    mutable std::unique_ptr<PgConnection> m_connection;
    mutable bool m_offline = false;
    mutable QString m_lostBecause; // what the connection said when the server went away
};

} // namespace ecluse
