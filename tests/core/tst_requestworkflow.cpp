#include "Failure.h"
#include "extract/RequestWorkflow.h"

#include <QTest>

using namespace ecluse;
using ecluse::test::errorKindOf;

Q_DECLARE_METATYPE(ecluse::RequestState)
Q_DECLARE_METATYPE(ecluse::RequestAction)

namespace {

const QString analyst = QStringLiteral("analyst1");
const QString steward = QStringLiteral("steward1");
const QString secondSteward = QStringLiteral("steward2");

ExtractRequest requestIn(RequestState state, QStringList approvals = {})
{
    ExtractRequest request;
    request.id = 7;
    request.requester = analyst;
    request.state = state;
    request.approvals = std::move(approvals);
    return request;
}

constexpr RequestState allStates[] = {RequestState::Draft,    RequestState::Submitted, RequestState::Returned,
                                      RequestState::Approved, RequestState::Rejected,  RequestState::Withdrawn,
                                      RequestState::Released, RequestState::Expired};
constexpr RequestAction allActions[] = {RequestAction::Edit,    RequestAction::Submit, RequestAction::Withdraw,
                                        RequestAction::Approve, RequestAction::Return, RequestAction::Reject,
                                        RequestAction::Release, RequestAction::Expire};

// Who acts: the requester for their own actions, a steward for reviews.
QString actorFor(RequestAction action)
{
    const bool review =
        action == RequestAction::Approve || action == RequestAction::Return || action == RequestAction::Reject;
    return review ? steward : analyst;
}

// The allowed (state, action) pairs and where each leads with one approval required.
std::optional<RequestState> expectedOutcome(RequestState from, RequestAction action)
{
    using S = RequestState;
    switch (action) {
    case RequestAction::Edit:
        return from == S::Draft || from == S::Returned ? std::optional(from) : std::nullopt;
    case RequestAction::Submit:
        return from == S::Draft || from == S::Returned ? std::optional(S::Submitted) : std::nullopt;
    case RequestAction::Withdraw:
        return from == S::Draft || from == S::Submitted || from == S::Returned ? std::optional(S::Withdrawn)
                                                                               : std::nullopt;
    case RequestAction::Approve:
        return from == S::Submitted ? std::optional(S::Approved) : std::nullopt;
    case RequestAction::Return:
        return from == S::Submitted ? std::optional(S::Returned) : std::nullopt;
    case RequestAction::Reject:
        return from == S::Submitted ? std::optional(S::Rejected) : std::nullopt;
    case RequestAction::Release:
        return from == S::Approved ? std::optional(S::Released) : std::nullopt;
    case RequestAction::Expire:
        return from == S::Approved || from == S::Released ? std::optional(S::Expired) : std::nullopt;
    }
    return std::nullopt;
}

} // namespace

// The life of an extract request, apart from roles: every state against every action.
class TestRequestWorkflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyStateAgainstEveryAction_data()
    {
        QTest::addColumn<RequestState>("from");
        QTest::addColumn<RequestAction>("action");
        for (const RequestState from : allStates) {
            for (const RequestAction action : allActions) {
                const QByteArray tag =
                    requestStateName(from).toLatin1() + " / " + requestActionParticiple(action).toLatin1();
                QTest::newRow(tag.constData()) << from << action;
            }
        }
    }

    void everyStateAgainstEveryAction()
    {
        QFETCH(RequestState, from);
        QFETCH(RequestAction, action);
        ExtractRequest request = requestIn(from);
        const ExtractRequest before = request;
        const std::optional<RequestState> expected = expectedOutcome(from, action);
        if (expected) {
            applyRequestAction(request, action, actorFor(action), QStringLiteral("because"), 1);
            QCOMPARE(request.state, *expected);
            return;
        }
        // A forbidden transition is refused as invalid input, names the request and its state, and
        // changes nothing.
        QString message;
        QCOMPARE(
            errorKindOf([&] { applyRequestAction(request, action, actorFor(action), QStringLiteral("because"), 1); },
                        &message),
            ErrorKind::InvalidInput);
        QVERIFY2(message.contains(QStringLiteral("request 7 is ")), qPrintable(message));
        QCOMPARE(request.state, before.state);
        QCOMPARE(request.approvals, before.approvals);
        QCOMPARE(request.revision, before.revision);
    }

    void onlyTheRequesterEditsSubmitsWithdrawsAndReleases()
    {
        for (const RequestAction action :
             {RequestAction::Edit, RequestAction::Submit, RequestAction::Withdraw, RequestAction::Release}) {
            const RequestState from = action == RequestAction::Release ? RequestState::Approved : RequestState::Draft;
            ExtractRequest request = requestIn(from);
            QString message;
            QCOMPARE(
                errorKindOf([&] { applyRequestAction(request, action, QStringLiteral("analyst2"), {}, 1); }, &message),
                ErrorKind::Denied);
            QVERIFY2(message.contains(analyst), qPrintable(message));
            QCOMPARE(request.state, from);
        }
    }

    void nobodyReviewsTheirOwnRequest()
    {
        for (const RequestAction action : {RequestAction::Approve, RequestAction::Return, RequestAction::Reject}) {
            ExtractRequest request = requestIn(RequestState::Submitted);
            QCOMPARE(errorKindOf([&] { applyRequestAction(request, action, analyst, QStringLiteral("mine"), 1); }),
                     ErrorKind::Denied);
            QCOMPARE(request.state, RequestState::Submitted);
            QVERIFY(request.approvals.isEmpty());
        }
    }

    void twoApprovalsComeFromTwoStewards()
    {
        ExtractRequest request = requestIn(RequestState::Submitted);
        applyRequestAction(request, RequestAction::Approve, steward, {}, 2);
        QCOMPARE(request.state, RequestState::Submitted);
        QCOMPARE(request.approvals, QStringList{steward});
        // The same steward again: refused, nothing changes.
        QCOMPARE(errorKindOf([&] { applyRequestAction(request, RequestAction::Approve, steward, {}, 2); }),
                 ErrorKind::Denied);
        QCOMPARE(request.approvals, QStringList{steward});
        applyRequestAction(request, RequestAction::Approve, secondSteward, {}, 2);
        QCOMPARE(request.state, RequestState::Approved);
        QCOMPARE(request.approvals, (QStringList{steward, secondSteward}));
    }

    void returningClearsApprovalsAndAChangeStartsAgain()
    {
        ExtractRequest request = requestIn(RequestState::Submitted);
        applyRequestAction(request, RequestAction::Approve, steward, {}, 2);
        applyRequestAction(request, RequestAction::Return, secondSteward, QStringLiteral("narrow the period"), 2);
        QCOMPARE(request.state, RequestState::Returned);
        QVERIFY(request.approvals.isEmpty());
        applyRequestAction(request, RequestAction::Edit, analyst, {}, 2);
        QCOMPARE(request.revision, 2);
        applyRequestAction(request, RequestAction::Submit, analyst, {}, 2);
        QCOMPARE(request.state, RequestState::Submitted);
        // The first steward may approve the new version again.
        applyRequestAction(request, RequestAction::Approve, steward, {}, 2);
        QCOMPARE(request.approvals, QStringList{steward});
    }

    void returningAndRejectingSayWhy()
    {
        for (const RequestAction action : {RequestAction::Return, RequestAction::Reject}) {
            ExtractRequest request = requestIn(RequestState::Submitted);
            QString message;
            QCOMPARE(
                errorKindOf([&] { applyRequestAction(request, action, steward, QStringLiteral("  "), 1); }, &message),
                ErrorKind::InvalidInput);
            QVERIFY2(message.contains(QStringLiteral("comment")), qPrintable(message));
            QCOMPARE(request.state, RequestState::Submitted);
        }
    }
};

QTEST_GUILESS_MAIN(TestRequestWorkflow)
#include "tst_requestworkflow.moc"
