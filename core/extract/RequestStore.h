#pragma once

#include "ExtractRequest.h"

#include <optional>
#include <vector>

namespace ecluse {

// Where extract requests live. Today the vault (VaultRequestStore); a central store shared by
// several workstations can take its place without touching the rules, which are in
// RequestWorkflow and ExtractRequests, never here.
class RequestStore
{
public:
    virtual ~RequestStore() = default;

    // Stores a new request with its first event; returns the id it was given.
    virtual qint64 create(const ExtractRequest& request, const RequestEvent& event) = 0;
    // Stores the request as it now stands and appends the event that made it so, together.
    virtual void update(const ExtractRequest& request, const RequestEvent& event) = 0;
    // With its history; nothing when there is no such request.
    virtual std::optional<ExtractRequest> find(qint64 id) const = 0;
    // Every request, without history, the newest first.
    virtual std::vector<ExtractRequest> list() const = 0;
    // How many requests `requester` submitted at or after `since` (ExtractMaxPerMonth).
    virtual int submissionsSince(const QString& requester, const QDateTime& since) const = 0;
};

} // namespace ecluse
