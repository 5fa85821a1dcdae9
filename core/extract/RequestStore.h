#pragma once

#include "ExtractRequest.h"
#include "common/Error.h"

#include <optional>
#include <vector>

namespace ecluse {

// What is kept of a release once its file is written: ids, counts and the signed manifest, never
// rows. A central store may hold it; which beneficiaries it held stays in the vault
// (ReleasePopulations).
struct ReleaseRecord
{
    QString id;
    qint64 request = 0;
    QString requester;
    QString dataset;
    QString project;
    QDateTime releasedUtc;
    QDate expires;
    qint64 rows = 0;
    qint64 beneficiaries = 0;
    QJsonObject manifest;
};

// A store shared with other workstations refused a change because the request changed after it
// was read (another steward's review, another workstation's expiry): nothing was stored.
class RequestChangedMeanwhile : public Error
{
public:
    using Error::Error;
};

// The organisation's server is out of reach and the step cannot wait for it (a review, a
// release, a request drafted elsewhere): nothing was changed.
class RequestStoreUnreachable : public Error
{
public:
    using Error::Error;
};

// A step taken while the server was out of reach that the server refused once it was back; the
// step is dropped, and the trail says so.
struct RefusedStep
{
    qint64 request = 0;
    QString action;
    QString reason;
};

// Where extract requests live: the vault (VaultRequestStore), or the organisation's server shared
// by several workstations (PgRequestStore). The rules are in RequestWorkflow and ExtractRequests,
// whichever store holds the requests; the server applies them again.
class RequestStore
{
public:
    virtual ~RequestStore() = default;

    // Sends what waited for a server that was out of reach, in order; returns the steps it refused.
    virtual std::vector<RefusedStep> sendQueued() { return {}; }
    // Set while the store works from the vault's copy because its server is out of reach: why.
    virtual std::optional<QString> outOfReach() const { return std::nullopt; }

    // Stores a new request with its first event; returns the id it was given.
    virtual qint64 create(const ExtractRequest& request, const RequestEvent& event) = 0;
    // Stores the request as it now stands and appends the event that made it so, together.
    // `request.history` is the history as read before the change: a store shared with other
    // workstations refuses the change if the request has moved on since.
    virtual void update(const ExtractRequest& request, const RequestEvent& event) = 0;
    // The same for a release, with its record, together.
    virtual void recordRelease(const ExtractRequest& request, const RequestEvent& event,
                               const ReleaseRecord& release) = 0;
    // With its history; nothing when there is no such request.
    virtual std::optional<ExtractRequest> find(qint64 id) const = 0;
    // Every request, without history, the newest first.
    virtual std::vector<ExtractRequest> list() const = 0;
    // Approved or released requests kept until before `today`, without history: what expiry
    // looks at each time the requests are opened, without reading every request.
    virtual std::vector<ExtractRequest> dueForExpiry(const QDate& today) const = 0;
    // How many requests `requester` submitted at or after `since` (ExtractMaxPerMonth).
    virtual int submissionsSince(const QString& requester, const QDateTime& since) const = 0;
    // The releases made for `requester`, the newest first.
    virtual std::vector<ReleaseRecord> releasesFor(const QString& requester) const = 0;
    // The release of one request, if it was released.
    virtual std::optional<ReleaseRecord> releaseOf(qint64 request) const = 0;
};

} // namespace ecluse
