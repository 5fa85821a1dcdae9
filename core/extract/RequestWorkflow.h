#pragma once

#include "ExtractRequest.h"

namespace ecluse {

enum class RequestAction
{
    Edit,
    Submit,
    Withdraw,
    Approve,
    Return,
    Reject,
    Release, // the requester, once approved
    Expire,  // Écluse itself, once the retention end date has passed
};

// For messages, translated: "edited", "submitted", ... ("request 3 is approved: it cannot be
// withdrawn").
QString requestActionParticiple(RequestAction action);

// The rules of a request's life that depend on the request itself, apart from roles (which
// decide() checks): which state each action starts from, that only the requester edits, submits
// withdraws and releases, that nobody reviews their own request or approves it twice, that returning and
// rejecting say why, and how many approvals make it approved.
//
// Applies `action` by `actor` to `request` (state, approvals, revision; not the history) or
// throws, changing nothing: ErrorKind::Denied when the actor may not (not theirs, their own
// request to review, a second approval), ErrorKind::InvalidInput when the request's state does
// not allow it or a comment is missing.
void applyRequestAction(ExtractRequest& request, RequestAction action, const QString& actor, const QString& comment,
                        int requiredApprovals);

} // namespace ecluse
