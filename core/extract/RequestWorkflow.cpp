#include "RequestWorkflow.h"

#include "common/Error.h"

#include <QCoreApplication>

namespace ecluse {
namespace {

// This file's messages, under the "RequestWorkflow" context that lupdate files them in too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RequestWorkflow)
};

[[noreturn]] void refuse(ErrorKind kind, const QString& why)
{
    throw Error(kind, why);
}

void requireState(const ExtractRequest& request, RequestAction action, std::initializer_list<RequestState> allowed)
{
    for (const RequestState state : allowed) {
        if (request.state == state)
            return;
    }
    refuse(ErrorKind::InvalidInput, Text::tr("request %1 is %2: it cannot be %3")
                                        .arg(request.id)
                                        .arg(requestStateLabel(request.state), requestActionParticiple(action)));
}

void requireRequester(const ExtractRequest& request, RequestAction action, const QString& actor)
{
    if (actor != request.requester)
        refuse(ErrorKind::Denied, Text::tr("request %1 is %2's: it can be %3 only by them")
                                      .arg(request.id)
                                      .arg(request.requester, requestActionParticiple(action)));
}

void requireReviewer(const ExtractRequest& request, const QString& actor)
{
    // decide() refuses it too; the rule is the request's own, so it is kept here as well.
    if (actor == request.requester)
        refuse(ErrorKind::Denied,
               Text::tr("%1 wrote request %2: nobody reviews their own request").arg(actor).arg(request.id));
}

void requireComment(const QString& comment, RequestAction action)
{
    if (comment.trimmed().isEmpty())
        refuse(ErrorKind::InvalidInput, Text::tr("say why, in a comment: a request is not %1 without a reason")
                                            .arg(requestActionParticiple(action)));
}

} // namespace

QString requestActionParticiple(RequestAction action)
{
    switch (action) {
    case RequestAction::Edit:
        return Text::tr("edited");
    case RequestAction::Submit:
        return Text::tr("submitted");
    case RequestAction::Withdraw:
        return Text::tr("withdrawn");
    case RequestAction::Approve:
        return Text::tr("approved");
    case RequestAction::Return:
        return Text::tr("returned");
    case RequestAction::Reject:
        return Text::tr("rejected");
    case RequestAction::Release:
        return Text::tr("released");
    case RequestAction::Expire:
        return Text::tr("expired");
    }
    return {};
}

void applyRequestAction(ExtractRequest& request, RequestAction action, const QString& actor, const QString& comment,
                        int requiredApprovals)
{
    switch (action) {
    case RequestAction::Edit:
        requireState(request, action, {RequestState::Draft, RequestState::Returned});
        requireRequester(request, action, actor);
        // What was approved, or reviewed, is no longer what is asked for.
        request.approvals.clear();
        ++request.revision;
        return;
    case RequestAction::Submit:
        requireState(request, action, {RequestState::Draft, RequestState::Returned});
        requireRequester(request, action, actor);
        request.state = RequestState::Submitted;
        request.approvals.clear();
        return;
    case RequestAction::Withdraw:
        requireState(request, action, {RequestState::Draft, RequestState::Submitted, RequestState::Returned});
        requireRequester(request, action, actor);
        request.state = RequestState::Withdrawn;
        return;
    case RequestAction::Approve:
        requireState(request, action, {RequestState::Submitted});
        requireReviewer(request, actor);
        if (request.approvals.contains(actor))
            refuse(ErrorKind::Denied, Text::tr("%1 has already approved request %2: a second approval must come from "
                                               "another steward")
                                          .arg(actor)
                                          .arg(request.id));
        request.approvals << actor;
        if (request.approvals.size() >= std::max(1, requiredApprovals))
            request.state = RequestState::Approved;
        return;
    case RequestAction::Return:
        requireState(request, action, {RequestState::Submitted});
        requireReviewer(request, actor);
        requireComment(comment, action);
        request.state = RequestState::Returned;
        request.approvals.clear();
        return;
    case RequestAction::Reject:
        requireState(request, action, {RequestState::Submitted});
        requireReviewer(request, actor);
        requireComment(comment, action);
        request.state = RequestState::Rejected;
        return;
    case RequestAction::Release:
        requireState(request, action, {RequestState::Approved});
        requireRequester(request, action, actor);
        request.state = RequestState::Released;
        return;
    case RequestAction::Expire:
        requireState(request, action, {RequestState::Approved, RequestState::Released});
        request.state = RequestState::Expired;
        return;
    }
}

} // namespace ecluse
