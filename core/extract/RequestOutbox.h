#pragma once

#include "RequestStore.h"

#include <optional>
#include <vector>

namespace ecluse {

class Database;

// What the vault keeps of the organisation's extract requests (vault schema version 10), so that
// a requester's own steps go on while the server is out of reach: request numbers the server
// reserved for this vault, the requests drafted here as last known, the steps waiting to be sent
// in order, and the releases made here. Inside the vault's encryption. Each call is one
// statement or one transaction, nested in the caller's, so that a queued step commits with its
// audit entry or not at all.
class RequestOutbox
{
public:
    explicit RequestOutbox(Database& db);

    qint64 reservedNumbers() const;
    void addReservedNumbers(const std::vector<qint64>& numbers);
    // The lowest reserved number, no longer reserved; nothing when none is left.
    std::optional<qint64> takeReservedNumber();

    // Requests drafted here, as the server last said or as queued steps left them.
    void remember(const ExtractRequest& request);
    void forget(qint64 id);
    std::optional<ExtractRequest> remembered(qint64 id) const;
    std::vector<ExtractRequest> rememberedRequests() const; // the newest first
    void rememberRelease(const ReleaseRecord& release);
    std::vector<ReleaseRecord> rememberedReleases() const; // the newest first

    // A step taken while the server was out of reach: the request as the step left it (its
    // history without the step's event, as the server will count it) and the event.
    struct Step
    {
        qint64 sequence = 0;
        bool creates = false;
        ExtractRequest request;
        RequestEvent event;
    };
    void queue(bool creates, const ExtractRequest& request, const RequestEvent& event);
    std::vector<Step> queued() const; // in the order they were taken
    qint64 queuedCount() const;
    void sent(qint64 sequence);

private:
    Database& m_db;
};

} // namespace ecluse
