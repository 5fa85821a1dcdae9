// Extract requests on the organisation's server (issue 14): an analyst submits on one
// workstation, a steward reviews on another, the analyst's workstation releases, and the two
// trails and the server tell the same story. Two vault folders play two workstations against a
// real PostgreSQL (scripts/pg-test-cluster.sh); requests from earlier test functions stay on it.
#include "ExtractFixtures.h"
#include "Failure.h"
#include "TestPostgres.h"
#include "TestVault.h"
#include "audit/PgHeadLedger.h"
#include "common/StrictJson.h"
#include "data/PackageImporter.h"
#include "extract/ExtractRequests.h"

#include <QJsonArray>

#include <QTest>

using namespace ecluse;
using namespace ecluse::test;

namespace {

const char adminPassword[] = "correct horse battery staple";

// One workstation: its vault, signed in to the organisation's server as `role`.
struct Workstation
{
    TestVault tv;
    std::unique_ptr<Vault> vault;

    Workstation(const TestPostgres& pg, const QString& role)
    {
        tv.ledger = std::make_shared<PgHeadLedger>(pg.settings(role));
        tv.organisationServer = pg.settings(role);
        tv.policy.exportFolders = {releaseFolder()};
        QDir().mkpath(releaseFolder());
        vault = tv.makeWithUsers();
    }

    QString releaseFolder() const { return QDir(tv.root.path()).filePath(QStringLiteral("releases")); }
    QString releasePath(const QString& name) const { return QDir(releaseFolder()).filePath(name); }

    void signIn(const char* user)
    {
        vault->lock();
        if (qstrcmp(user, "admin") == 0) {
            vault->unlock(QStringLiteral("admin"), secret(adminPassword));
            return;
        }
        const QString name = QString::fromLatin1(user);
        vault->unlock(name, TestVault::passwordOf(name));
    }

    // Five women with two claims each in March 2025, and two men; imported by the administrator.
    void importClaims()
    {
        signIn("admin");
        PackageImporter(*vault).import(tv.package(claimsOfFiveWomen()));
    }

    std::vector<AuditEntry> entriesOf(const QString& action, qint64 request) const
    {
        std::vector<AuditEntry> found;
        for (const AuditEntry& entry : VaultProbe::audit(*vault).entries()) {
            if (entry.action == action && entry.object == QStringLiteral("request %1").arg(request))
                found.push_back(entry);
        }
        return found;
    }
};

QJsonObject detailsOf(const AuditEntry& entry)
{
    QString problem;
    return parseStrictJsonObject(entry.details.toUtf8(), &problem).value_or(QJsonObject());
}

} // namespace

class TestCentralRequests : public QObject
{
    Q_OBJECT

    TestPostgres m_pg;

    // The history of a request as the server holds it: "action by actor on workstation", and the
    // spec's hash after each event.
    struct ServerEvent
    {
        QString action;
        QString actor;
        QString workstation;
        QString specSha256;
    };
    std::vector<ServerEvent> serverHistory(qint64 id) const
    {
        PgConnection db(m_pg.settings(QStringLiteral("ws_a")));
        const PgResult rows =
            db.execute("SELECT action, actor, workstation, spec_sha256 FROM ecluse.request_events WHERE request = $1 "
                       "ORDER BY seq",
                       PgParams().integer(id));
        std::vector<ServerEvent> events;
        for (int row = 0; row < rows.rows(); ++row)
            events.push_back({rows.text(row, 0), rows.text(row, 1), rows.text(row, 2), rows.text(row, 3)});
        return events;
    }

    // analyst1 drafts and submits on `a`; returns the id the server gave.
    qint64 submittedOn(Workstation& a)
    {
        a.signIn("analyst1");
        const qint64 id = ExtractRequests(*a.vault).create(womenIn2025(a.tv.clock->now.date()));
        ExtractRequests(*a.vault).submit(id);
        return id;
    }

    // analyst1's request, drafted and submitted on A (with data); steward1 signed in on B.
    qint64 submittedForReview(Workstation& a, Workstation& b)
    {
        a.importClaims();
        const qint64 id = submittedOn(a);
        b.signIn("steward1");
        return id;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_pg.isUp(), "no test cluster: run through ctest"); }

    void anAnalystOnASubmitsAStewardOnBApprovesAndAReleases()
    {
        Workstation a(m_pg, QStringLiteral("ws_a"));
        Workstation b(m_pg, QStringLiteral("ws_b"));
        a.importClaims();
        const qint64 id = submittedOn(a);

        // Not approved on the requester's own workstation: the server could not tell who did it.
        a.signIn("steward1");
        QCOMPARE(errorKindOf([&] { ExtractRequests(*a.vault).approve(id, QStringLiteral("conforme")); }),
                 ErrorKind::Denied);

        // The steward on B sees it, and the checks A's data gave at submission.
        b.signIn("steward1");
        ExtractRequests onB(*b.vault);
        const ExtractRequest seen = onB.find(id);
        QCOMPARE(seen.state, RequestState::Submitted);
        QCOMPARE(seen.requester, QStringLiteral("analyst1"));
        QCOMPARE(seen.originVault, a.vault->id());
        QCOMPARE(seen.spec, womenIn2025(a.tv.clock->now.date()));
        const ExtractChecks checks = onB.checks(id);
        QCOMPARE(checks.rows, qint64(10));
        QCOMPARE(checks.beneficiaries, qint64(5));
        QVERIFY(!checks.masked && !checks.rounded);
        QVERIFY(std::any_of(checks.checks.begin(), checks.checks.end(),
                            [](const ExtractCheck& check) { return check.name == QLatin1String("recorded"); }));
        onB.approve(id, QStringLiteral("conforme"));

        // A releases what B approved.
        a.signIn("analyst1");
        ExtractRequests onA(*a.vault);
        QCOMPARE(onA.find(id).state, RequestState::Approved);
        ReleaseRecipient recipient;
        recipient.passphrase = secret("a release pass phrase");
        const ReleaseReceipt receipt = onA.release(id, a.releasePath(QStringLiteral("r.ecl")), std::move(recipient));
        QCOMPARE(receipt.manifest.rows, qint64(10));
        QCOMPARE(receipt.manifest.approvers, QStringList{QStringLiteral("steward1")});
        QVERIFY(QFile::exists(a.releasePath(QStringLiteral("r.ecl"))));

        // The server's history: who did what, from which workstation.
        const std::vector<ServerEvent> history = serverHistory(id);
        QCOMPARE(history.size(), std::size_t(4));
        const QStringList expected{QStringLiteral("create analyst1 ws_a"), QStringLiteral("submit analyst1 ws_a"),
                                   QStringLiteral("approve steward1 ws_b"), QStringLiteral("release analyst1 ws_a")};
        for (std::size_t i = 0; i < history.size(); ++i)
            QCOMPARE(history[i].action + QLatin1Char(' ') + history[i].actor + QLatin1Char(' ') +
                         history[i].workstation,
                     expected[static_cast<qsizetype>(i)]);

        // Each trail holds its workstation's part, with the same spec as the server's events.
        const std::vector<AuditEntry> submitted = a.entriesOf(QStringLiteral("extract.submit"), id);
        const std::vector<AuditEntry> approved = b.entriesOf(QStringLiteral("extract.approve"), id);
        const std::vector<AuditEntry> released = a.entriesOf(QStringLiteral("extract.release"), id);
        QCOMPARE(submitted.size(), std::size_t(1));
        QCOMPARE(approved.size(), std::size_t(1));
        QCOMPARE(released.size(), std::size_t(1));
        QVERIFY(b.entriesOf(QStringLiteral("extract.submit"), id).empty());
        QVERIFY(a.entriesOf(QStringLiteral("extract.approve"), id).empty());
        for (const AuditEntry& entry : {submitted[0], approved[0], released[0]})
            QCOMPARE(detailsOf(entry).value(QStringLiteral("specSha256")).toString(), history[1].specSha256);
        QCOMPARE(detailsOf(approved[0]).value(QStringLiteral("approvals")).toArray(),
                 QJsonArray{QStringLiteral("steward1")});
        QCOMPARE(detailsOf(released[0]).value(QStringLiteral("release")).toString(), receipt.manifest.release);
        QCOMPARE(onA.releaseOf(id)->id, receipt.manifest.release);
        QCOMPARE(onB.releaseOf(id)->rows, qint64(10));

        // Who that release held stays on A: a new request of analyst1's checked on B names it
        // rather than reporting no overlap.
        b.signIn("analyst1");
        const ExtractChecks onBAgain = ExtractRequests(*b.vault).previewChecks(womenIn2025(b.tv.clock->now.date()));
        QVERIFY(std::any_of(onBAgain.checks.begin(), onBAgain.checks.end(), [](const ExtractCheck& check) {
            return check.name == QLatin1String("overlap-elsewhere") && check.outcome == CheckOutcome::Warning;
        }));

        // And both trails are whole, each with every head on the server.
        for (Workstation* w : {&a, &b}) {
            const AuditVerification verification = VaultProbe::audit(*w->vault).verify();
            QVERIFY2(verification.intact, qPrintable(verification.problem));
            QVERIFY2(verification.warnings.isEmpty(), qPrintable(verification.warnings.join(QLatin1Char('\n'))));
        }
    }

    void theRequesterActsOnARequestOnlyWhereItWasDrafted()
    {
        Workstation a(m_pg, QStringLiteral("ws_a"));
        Workstation b(m_pg, QStringLiteral("ws_b"));
        a.importClaims();
        a.signIn("analyst1");
        const qint64 draft = ExtractRequests(*a.vault).create(womenIn2025(a.tv.clock->now.date()));
        const qint64 id = submittedOn(a);
        b.signIn("steward1");
        ExtractRequests(*b.vault).approve(id, QStringLiteral("conforme"));

        // The same analyst on B sees their requests but cannot submit, change or release them
        // there: the data is on A.
        b.signIn("analyst1");
        ExtractRequests onB(*b.vault);
        QCOMPARE(onB.find(draft).state, RequestState::Draft);
        QCOMPARE(errorKindOf([&] { onB.submit(draft); }), ErrorKind::Denied);
        QCOMPARE(errorKindOf([&] { onB.edit(draft, womenIn2025(b.tv.clock->now.date())); }), ErrorKind::Denied);
        QCOMPARE(errorKindOf([&] { onB.checks(draft); }), ErrorKind::InvalidInput);
        ReleaseRecipient recipient;
        recipient.passphrase = secret("a release pass phrase");
        QCOMPARE(errorKindOf([&] { onB.release(id, b.releasePath(QStringLiteral("r.ecl")), std::move(recipient)); }),
                 ErrorKind::Denied);
        QVERIFY(!QFile::exists(b.releasePath(QStringLiteral("r.ecl"))));
        QCOMPARE(ExtractRequests(*a.vault).find(id).state, RequestState::Approved);
        QCOMPARE(serverHistory(draft).size(), std::size_t(1));
    }

    void submissionsCountOnEveryWorkstation()
    {
        // ExtractMaxPerMonth is the analyst's, not the machine's: what A submitted counts on B.
        Workstation a(m_pg, QStringLiteral("ws_a"));
        Workstation b(m_pg, QStringLiteral("ws_b"));
        a.importClaims();
        submittedOn(a);
        b.signIn("analyst1");
        const int before = [&] {
            PgConnection db(m_pg.settings(QStringLiteral("ws_b")));
            return static_cast<int>(db.execute("SELECT count(*) FROM ecluse.request_events e JOIN ecluse.requests r "
                                               "ON r.id = e.request WHERE r.requester = 'analyst1' "
                                               "AND e.action = 'submit'")
                                        .integer(0, 0));
        }();
        b.tv.policy.extractMaxPerMonth = before;
        b.vault->lock();
        b.vault = b.tv.make();
        b.signIn("analyst1");
        ExtractRequests onB(*b.vault);
        const qint64 id = onB.create(womenIn2025(b.tv.clock->now.date()));
        QString message;
        QCOMPARE(errorKindOf([&] { onB.submit(id); }, &message), ErrorKind::Denied);
        QVERIFY2(message.contains(QStringLiteral("ExtractMaxPerMonth")), qPrintable(message));
        QCOMPARE(onB.find(id).state, RequestState::Draft);
    }

    void aSpecWidenedOnTheServerIsNotReleased()
    {
        // Whoever holds the server's keys drops the approved request's filter: A releases
        // nothing, since its own trail says what was submitted.
        Workstation a(m_pg, QStringLiteral("ws_a"));
        Workstation b(m_pg, QStringLiteral("ws_b"));
        const qint64 id = submittedForReview(a, b);
        ExtractRequests(*b.vault).approve(id, QStringLiteral("conforme"));
        QVERIFY(m_pg.administer(QStringLiteral("UPDATE ecluse.requests SET spec = (spec::jsonb || "
                                               "'{\"filters\": []}'::jsonb)::text WHERE id = %1")
                                    .arg(id)));

        a.signIn("analyst1");
        ExtractRequests onA(*a.vault);
        QCOMPARE(onA.find(id).spec.filters.size(), std::size_t(0));
        ReleaseRecipient recipient;
        recipient.passphrase = secret("a release pass phrase");
        QString message;
        QCOMPARE(errorKindOf([&] { onA.release(id, a.releasePath(QStringLiteral("r.ecl")), std::move(recipient)); },
                             &message),
                 ErrorKind::Integrity);
        QVERIFY2(message.contains(QStringLiteral("not what this workstation submitted")), qPrintable(message));
        QVERIFY(!QFile::exists(a.releasePath(QStringLiteral("r.ecl"))));
        QCOMPARE(onA.find(id).state, RequestState::Approved);
    }

    void checksTheServerReturnsMalformedAreRefused()
    {
        Workstation a(m_pg, QStringLiteral("ws_a"));
        Workstation b(m_pg, QStringLiteral("ws_b"));
        const qint64 id = submittedForReview(a, b);
        const auto setRows = [&](const char* rows) {
            return m_pg.administer(QStringLiteral("UPDATE ecluse.requests SET submission_checks = "
                                                  "(submission_checks::jsonb || '{\"rows\": %1}')::text WHERE id = %2")
                                       .arg(QLatin1String(rows))
                                       .arg(id));
        };
        QVERIFY(setRows("\"many\""));
        QString message;
        // Every list holds it: nobody is shown requests until it is mended (fail closed).
        const ErrorKind kind = errorKindOf([&] { ExtractRequests(*b.vault).checks(id); }, &message);
        QVERIFY(setRows("10"));
        QCOMPARE(kind, ErrorKind::Integrity);
        QVERIFY2(message.contains(QStringLiteral("malformed")), qPrintable(message));
        QCOMPARE(ExtractRequests(*b.vault).checks(id).rows, qint64(10));
    }

    void anApprovedRequestExpiresOnTheServerOnce()
    {
        // Kept until tomorrow; the day after, the first workstation to open the requests expires
        // it, and the other sees it expired.
        Workstation a(m_pg, QStringLiteral("ws_a"));
        Workstation b(m_pg, QStringLiteral("ws_b"));
        a.importClaims();
        a.signIn("analyst1");
        ExtractSpec shortLived = womenIn2025(a.tv.clock->now.date());
        shortLived.retainUntil = a.tv.clock->now.date().addDays(1);
        const qint64 id = ExtractRequests(*a.vault).create(shortLived);
        ExtractRequests(*a.vault).submit(id);
        b.signIn("steward1");
        ExtractRequests(*b.vault).approve(id, QStringLiteral("conforme"));

        a.tv.clock->now = a.tv.clock->now.addDays(2);
        ExtractRequests{*a.vault};
        b.tv.clock->now = b.tv.clock->now.addDays(2);
        QCOMPARE(ExtractRequests(*b.vault).find(id).state, RequestState::Expired);
        const std::vector<ServerEvent> history = serverHistory(id);
        QCOMPARE(history.back().action + QLatin1Char(' ') + history.back().actor + QLatin1Char(' ') +
                     history.back().workstation,
                 QStringLiteral("expire ecluse ws_a"));
        QCOMPARE(a.entriesOf(QStringLiteral("extract.expire"), id).size(), std::size_t(1));
        QVERIFY(b.entriesOf(QStringLiteral("extract.expire"), id).empty());
    }

    void aRequesterWorksOnWithoutTheServerAndTheStepsFollowInOrder()
    {
        Workstation a(m_pg, QStringLiteral("ws_a"));
        Workstation b(m_pg, QStringLiteral("ws_b"));
        a.importClaims();
        a.signIn("analyst1");
        ExtractRequests{*a.vault}; // opening them reserves request numbers ahead

        QVERIFY(m_pg.pause());
        const ExtractSpec first = womenIn2025(a.tv.clock->now.date());
        ExtractSpec changed = first;
        changed.purpose += QStringLiteral(" (période révisée)");
        qint64 id = 0;
        QString problem;
        const ErrorKind kind = errorKindOf(
            [&] {
                ExtractRequests onA(*a.vault);
                id = onA.create(first);
                onA.edit(id, changed);
                onA.submit(id);
                if (onA.find(id).state != RequestState::Submitted || onA.list().empty())
                    problem = QStringLiteral("the vault does not show the steps taken");
            },
            &problem);
        // What waits is shown to the requester (the window's status line) and to whoever verifies
        // the vault; reviews wait for the server.
        const qint64 waitingSteps = a.vault->waitingRequestSteps();
        a.signIn("auditor1");
        const VaultVerification waiting = a.vault->verify();
        b.signIn("steward1");
        ErrorKind reviewKind = ErrorKind::Usage;
        const QString reviewMessage =
            errorMessageOf([&] { ExtractRequests(*b.vault).approve(id, QStringLiteral("conforme")); }, &reviewKind);
        QVERIFY(m_pg.resume());
        QCOMPARE(kind, ErrorKind::Other); // nothing thrown
        QCOMPARE(waitingSteps, qint64(3));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QStringList details;
        for (const VaultCheck& check : waiting.checks)
            details << check.detail;
        // (No translator in this test: the source text, plural marker included.)
        QVERIFY2(details.contains(QStringLiteral("3 step(s) on extract requests wait for the organisation server")),
                 qPrintable(details.join(QLatin1Char('\n'))));
        QCOMPARE(reviewKind, ErrorKind::Other);
        QVERIFY2(reviewMessage.contains(QStringLiteral("out of reach")), qPrintable(reviewMessage));
        QVERIFY(b.entriesOf(QStringLiteral("extract.approve"), id).empty());
        QVERIFY(serverHistory(id).empty());

        // Back: the next opening on A sends the steps, in order, as they were taken.
        a.signIn("analyst1");
        ExtractRequests{*a.vault};
        QCOMPARE(a.vault->waitingRequestSteps(), qint64(0));
        const std::vector<ServerEvent> history = serverHistory(id);
        QCOMPARE(history.size(), std::size_t(3));
        QCOMPARE(history[0].action + history[1].action + history[2].action, QStringLiteral("createeditsubmit"));
        for (const ServerEvent& event : history)
            QCOMPARE(event.workstation, QStringLiteral("ws_a"));
        const std::vector<AuditEntry> submitted = a.entriesOf(QStringLiteral("extract.submit"), id);
        QCOMPARE(submitted.size(), std::size_t(1));
        QCOMPARE(detailsOf(submitted[0]).value(QStringLiteral("specSha256")).toString(), history[2].specSha256);

        // The steward on B reviews it as submitted, with A's checks; A releases.
        b.signIn("steward1");
        ExtractRequests onB(*b.vault);
        QCOMPARE(onB.find(id).spec, changed);
        QCOMPARE(onB.checks(id).beneficiaries, qint64(5));
        onB.approve(id, QStringLiteral("conforme"));
        a.signIn("analyst1");
        ReleaseRecipient recipient;
        recipient.passphrase = secret("a release pass phrase");
        ExtractRequests(*a.vault).release(id, a.releasePath(QStringLiteral("r.ecl")), std::move(recipient));
        a.signIn("auditor1");
        const VaultVerification sent = a.vault->verify();
        QVERIFY2(sent.intact(), qPrintable(sent.firstProblem()));
        QVERIFY(std::none_of(sent.checks.begin(), sent.checks.end(), [](const VaultCheck& check) {
            return check.detail.contains(QStringLiteral("wait for the organisation server"));
        }));
    }

    void aReturnedRequestIsChangedAndSubmittedAgainWithoutTheServer()
    {
        Workstation a(m_pg, QStringLiteral("ws_a"));
        Workstation b(m_pg, QStringLiteral("ws_b"));
        const qint64 id = submittedForReview(a, b);
        ExtractRequests(*b.vault).returnForChanges(id, QStringLiteral("précisez la période"));
        // The analyst's list shows it returned, and the vault's copy follows.
        a.signIn("analyst1");
        const std::vector<ExtractRequest> listed = ExtractRequests(*a.vault).list();
        const auto shown =
            std::find_if(listed.begin(), listed.end(), [&](const ExtractRequest& request) { return request.id == id; });
        QVERIFY(shown != listed.end());
        QCOMPARE(shown->state, RequestState::Returned);

        QVERIFY(m_pg.pause());
        ExtractSpec narrower = womenIn2025(a.tv.clock->now.date());
        narrower.periodTo = QDate(2025, 3, 31);
        QString problem;
        errorKindOf(
            [&] {
                ExtractRequests onA(*a.vault);
                onA.edit(id, narrower);
                onA.submit(id);
            },
            &problem);
        QVERIFY(m_pg.resume());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        a.signIn("analyst1");
        ExtractRequests{*a.vault};
        const std::vector<ServerEvent> history = serverHistory(id);
        QStringList actions;
        for (const ServerEvent& event : history)
            actions << event.action;
        QCOMPARE(actions, (QStringList{QStringLiteral("create"), QStringLiteral("submit"), QStringLiteral("return"),
                                       QStringLiteral("edit"), QStringLiteral("submit")}));
        b.signIn("steward1");
        const ExtractRequest seen = ExtractRequests(*b.vault).find(id);
        QCOMPARE(seen.state, RequestState::Submitted);
        QCOMPARE(seen.revision, 2);
        QCOMPARE(seen.spec.periodTo, QDate(2025, 3, 31));
    }

    void aWaitingStepTheServerRefusesIsDroppedAndAudited()
    {
        Workstation a(m_pg, QStringLiteral("ws_a"));
        a.importClaims();
        a.signIn("analyst1");
        const qint64 id = ExtractRequests(*a.vault).create(womenIn2025(a.tv.clock->now.date()));

        QVERIFY(m_pg.pause());
        ExtractSpec changed = womenIn2025(a.tv.clock->now.date());
        changed.periodTo = QDate(2025, 2, 28);
        QString problem;
        errorKindOf([&] { ExtractRequests(*a.vault).edit(id, changed); }, &problem);
        QVERIFY(m_pg.resume());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // Meanwhile the request moved on, on the server (here by its administrator's hand).
        QVERIFY(
            m_pg.administer(QStringLiteral("UPDATE ecluse.requests SET events = events + 1 WHERE id = %1").arg(id)));

        ExtractRequests onA(*a.vault);
        QCOMPARE(a.vault->waitingRequestSteps(), qint64(0));
        const std::vector<AuditEntry> refused = a.entriesOf(QStringLiteral("extract.queued-refused"), id);
        QCOMPARE(refused.size(), std::size_t(1));
        QCOMPARE(detailsOf(refused[0]).value(QStringLiteral("action")).toString(), QStringLiteral("edit"));
        QCOMPARE(serverHistory(id).size(), std::size_t(1));
        QCOMPARE(onA.find(id).spec.periodTo, QDate(2025, 6, 30));
    }

    void aReleaseNeedsTheServer()
    {
        Workstation a(m_pg, QStringLiteral("ws_a"));
        Workstation b(m_pg, QStringLiteral("ws_b"));
        const qint64 id = submittedForReview(a, b);
        ExtractRequests(*b.vault).approve(id, QStringLiteral("conforme"));
        a.signIn("analyst1");
        const qint64 trail = VaultProbe::audit(*a.vault).size();

        QVERIFY(m_pg.pause());
        ReleaseRecipient recipient;
        recipient.passphrase = secret("a release pass phrase");
        ErrorKind kind = ErrorKind::Usage;
        const QString message = errorMessageOf(
            [&] {
                ExtractRequests(*a.vault).release(id, a.releasePath(QStringLiteral("r.ecl")), std::move(recipient));
            },
            &kind);
        QVERIFY(m_pg.resume());
        QCOMPARE(kind, ErrorKind::Other);
        QVERIFY2(message.contains(QStringLiteral("out of reach")), qPrintable(message));
        QVERIFY(!QFile::exists(a.releasePath(QStringLiteral("r.ecl"))));
        QCOMPARE(VaultProbe::audit(*a.vault).size(), trail);
        QCOMPARE(ExtractRequests(*a.vault).find(id).state, RequestState::Approved);
    }
};

QTEST_GUILESS_MAIN(TestCentralRequests)
#include "tst_centralrequests.moc"
