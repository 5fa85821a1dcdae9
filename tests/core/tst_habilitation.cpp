#include "access/Access.h"
#include "audit/AuditTrail.h"
#include "data/DatasetStore.h"
#include "vault/KeySlotFile.h"

#include "TestVault.h"
#include "VaultProbe.h"

#include "Failure.h"

#include <QTest>

using namespace ecluse;
using ecluse::test::errorKindOf;
using ecluse::test::secret;
using ecluse::test::TestAuthority;
using ecluse::test::TestUser;
using ecluse::test::TestVault;

namespace {} // namespace

// Signed habilitation manifests: who may sign in, with which roles and grants, and until when.
class TestHabilitation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void manifestContentIsChecked_data()
    {
        QTest::addColumn<QByteArray>("mutation");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no end date") << QByteArray("validUntil") << QStringLiteral("validUntil");
        QTest::newRow("unknown role") << QByteArray("role:root") << QStringLiteral("unknown role");
        QTest::newRow("admin who reads data") << QByteArray("role:admin+analyst") << QStringLiteral("separation");
        QTest::newRow("two potential identifiers") << QByteArray("identifiers") << QStringLiteral("at most one");
        QTest::newRow("ends before it starts") << QByteArray("backwards") << QStringLiteral("after validFrom");
        QTest::newRow("duplicate user") << QByteArray("duplicate") << QStringLiteral("twice");
        QTest::newRow("grant to an auditor") << QByteArray("auditor-grant") << QStringLiteral("analysts and stewards");
        // Display names and the organisation are printed: no terminal sequence may hide in them.
        QTest::newRow("a display name with an escape")
            << QByteArray("escape-name") << QStringLiteral("control characters");
        QTest::newRow("an organisation with a right-to-left override")
            << QByteArray("bidi-organisation") << QStringLiteral("control characters");
    }

    void manifestContentIsChecked()
    {
        QFETCH(QByteArray, mutation);
        QFETCH(QString, expected);
        const QDateTime now = QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);
        QList<TestUser> users = TestAuthority::standardUsers(now);
        TestUser& analyst = users[1];
        if (mutation == "role:root")
            analyst.roles = {QStringLiteral("root")};
        else if (mutation == "role:admin+analyst")
            analyst.roles = {QStringLiteral("admin"), QStringLiteral("analyst")};
        else if (mutation == "identifiers")
            analyst.grants = {TestAuthority::grant("prestations", "extract", "care-date"),
                              TestAuthority::grant("damir", "aggregate", "death-date")};
        else if (mutation == "backwards")
            analyst.validUntil = analyst.validFrom.addDays(-1);
        else if (mutation == "duplicate")
            users.append(analyst);
        else if (mutation == "auditor-grant")
            users[3].grants = {TestAuthority::grant("prestations", "aggregate")};
        QByteArray json = TestAuthority::manifestJson(1, users, now);
        if (mutation == "validUntil")
            json.replace("\"validUntil\"", "\"validUntilX\"");
        else if (mutation == "escape-name")
            json.replace("\"User analyst1\"", "\"User \\u001b]0;owned\\u0007analyst1\"");
        else if (mutation == "bidi-organisation")
            json.replace("\"CNAM test\"", "\"CNAM \\u202etset\"");
        QString message;
        QCOMPARE(errorKindOf([&] { HabilitationManifest::parse(json); }, &message), ErrorKind::InvalidInput);
        QVERIFY2(message.contains(expected), qPrintable(message));
    }

    void tamperedManifestIsRefused()
    {
        TestVault tv;
        auto vault = tv.make();
        vault->create(QStringLiteral("admin"), secret("correct horse battery staple"));
        QByteArray signedFile = tv.authority.sign(1, TestAuthority::standardUsers(tv.clock->now), tv.clock->now);
        // Give analyst1 a longer habilitation inside the signed payload.
        QJsonObject envelope = QJsonDocument::fromJson(signedFile).object();
        QByteArray payload = QByteArray::fromBase64(envelope.value(QStringLiteral("manifest")).toString().toLatin1());
        payload.replace("\"validUntil\": \"2027", "\"validUntil\": \"2099");
        envelope.insert(QStringLiteral("manifest"), QString::fromLatin1(payload.toBase64()));
        QCOMPARE(errorKindOf([&] { vault->importHabilitations(QJsonDocument(envelope).toJson()); }),
                 ErrorKind::Integrity);
        QVERIFY(!vault->habilitations());
    }

    void manifestFromAnUntrustedAuthorityIsRefused()
    {
        TestVault tv;
        auto vault = tv.make();
        vault->create(QStringLiteral("admin"), secret("correct horse battery staple"));
        TestAuthority stranger;
        QString message;
        QCOMPARE(errorKindOf(
                     [&] {
                         vault->importHabilitations(
                             stranger.sign(1, TestAuthority::standardUsers(tv.clock->now), tv.clock->now));
                     },
                     &message),
                 ErrorKind::Denied);
        QVERIFY2(message.contains(QStringLiteral("TrustedAuthorityKeys")), qPrintable(message));
        QVERIFY(!vault->habilitations());
    }

    void olderOrEqualSerialIsRefused()
    {
        TestVault tv;
        auto vault = tv.makeWithUsers({});
        const auto users = TestAuthority::standardUsers(tv.clock->now);
        vault->importHabilitations(tv.authority.sign(5, users, tv.clock->now));
        QString message;
        QCOMPARE(errorKindOf([&] { vault->importHabilitations(tv.authority.sign(5, users, tv.clock->now)); }, &message),
                 ErrorKind::InvalidInput);
        QVERIFY2(message.contains(QStringLiteral("serial 5")), qPrintable(message));
        QCOMPARE(errorKindOf([&] { vault->importHabilitations(tv.authority.sign(4, users, tv.clock->now)); }),
                 ErrorKind::InvalidInput);
        QCOMPARE(vault->habilitations()->serial, 5);
    }

    void enrolmentNeedsAValidHabilitation()
    {
        TestVault tv;
        auto vault = tv.make();
        vault->create(QStringLiteral("admin"), secret("correct horse battery staple"));
        QString message;
        QCOMPARE(errorKindOf([&] { vault->enrol(QStringLiteral("analyst1"), secret("analyst1 password")); }, &message),
                 ErrorKind::InvalidInput);
        QVERIFY2(message.contains(QStringLiteral("manifest")), qPrintable(message));

        auto users = TestAuthority::standardUsers(tv.clock->now);
        users.append({QStringLiteral("future"),
                      {QStringLiteral("analyst")},
                      tv.clock->now.addDays(10),
                      tv.clock->now.addDays(100),
                      {}});
        vault->importHabilitations(tv.authority.sign(1, users, tv.clock->now));
        QCOMPARE(errorKindOf([&] { vault->enrol(QStringLiteral("future"), secret("future password")); }),
                 ErrorKind::InvalidInput);
        vault->enrol(QStringLiteral("analyst1"), secret("analyst1 password"));
        const auto accounts = vault->accounts();
        QCOMPARE(accounts.size(), std::size_t(2));
        QCOMPARE(accounts[1].roles, QStringList{QStringLiteral("analyst")}); // from the manifest
        QCOMPARE(accounts[1].displayName, QStringLiteral("User analyst1"));
    }

    void importRemovesUsersWhoLeftOrExpired()
    {
        TestVault tv;
        auto vault = tv.makeWithUsers();
        auto users = TestAuthority::standardUsers(tv.clock->now);
        users.removeAt(2);                                  // steward1 left
        users[2].validUntil = tv.clock->now.addSecs(-3600); // auditor1's habilitation ended
        users[2].validFrom = tv.clock->now.addDays(-100);
        const HabilitationImport report = vault->importHabilitations(tv.authority.sign(2, users, tv.clock->now));
        QCOMPARE(report.removedUsers, (QStringList{QStringLiteral("auditor1"), QStringLiteral("steward1")}));
        QVERIFY(!report.sessionEnded);
        const KeySlotFile slots = KeySlotFile::load(QDir(tv.folder()).filePath(Vault::KeySlotFileName));
        QVERIFY(!slots.passwordSlot(QStringLiteral("steward1")));
        QVERIFY(!slots.passwordSlot(QStringLiteral("auditor1")));
        QVERIFY(slots.passwordSlot(QStringLiteral("analyst1")));
        QCOMPARE(test::auditActions(*vault).count(QStringLiteral("account.revoke")), 2);
        const VaultVerification verification = vault->verify();
        QVERIFY2(verification.intact(), qPrintable(verification.firstProblem()));
    }

    void catalogueAndHabilitationsAreReadThroughCoreRules()
    {
        // Issue 9: who may browse the catalogue and read others' habilitations was decided by
        // the command line and the window; core now decides, and audits a refusal.
        TestVault tv;
        auto vault = tv.makeWithUsers();
        QCOMPARE(errorKindOf([&] { DatasetStore store(*vault); }), ErrorKind::Denied);
        QCOMPARE(test::auditActions(*vault).constLast(), QStringLiteral("access.denied"));
        QCOMPARE(vault->habilitations()->users.size(), TestAuthority::standardUsers(tv.clock->now).size());

        vault->lock();
        vault->unlock(QStringLiteral("analyst1"), TestVault::passwordOf(QStringLiteral("analyst1")));
        DatasetStore store(*vault);
        QCOMPARE(store.rowCount(QStringLiteral("prestations")), 0);
        const auto own = vault->habilitations();
        QCOMPARE(own->users.size(), std::size_t(1));
        QCOMPARE(own->users.front().user, QStringLiteral("analyst1"));

        vault->lock();
        vault->unlock(QStringLiteral("auditor1"), TestVault::passwordOf(QStringLiteral("auditor1")));
        QCOMPARE(vault->habilitations()->users.size(), TestAuthority::standardUsers(tv.clock->now).size());
    }

    void importThatLeavesNoAdministratorIsRefused()
    {
        TestVault tv;
        auto vault = tv.makeWithUsers();
        auto users = TestAuthority::standardUsers(tv.clock->now);
        users.removeFirst();
        QString message;
        QCOMPARE(errorKindOf([&] { vault->importHabilitations(tv.authority.sign(2, users, tv.clock->now)); }, &message),
                 ErrorKind::Denied);
        QVERIFY2(message.contains(QStringLiteral("administrator")), qPrintable(message));
        QCOMPARE(vault->habilitations()->serial, 1);
        QCOMPARE(vault->accounts().size(), std::size_t(4));
    }

    void expiredUserCannotUnlock()
    {
        TestVault tv;
        auto vault = tv.makeWithUsers({QStringLiteral("analyst1")});
        vault->lock();
        tv.clock->now = tv.clock->now.addDays(400);
        QString message;
        QCOMPARE(
            errorKindOf(
                [&] { vault->unlock(QStringLiteral("analyst1"), TestVault::passwordOf(QStringLiteral("analyst1"))); },
                &message),
            ErrorKind::Denied);
        QVERIFY2(message.contains(QStringLiteral("ended")), qPrintable(message));
        QVERIFY(!vault->isUnlocked());
    }

    void habilitationEndingDuringASessionLocksIt()
    {
        TestVault tv;
        auto vault = tv.makeWithUsers({QStringLiteral("analyst1")});
        auto users = TestAuthority::standardUsers(tv.clock->now);
        users[1].validUntil = tv.clock->now.addDays(10); // analyst1 leaves before the others
        vault->importHabilitations(tv.authority.sign(2, users, tv.clock->now));
        vault->lock();
        vault->unlock(QStringLiteral("analyst1"), TestVault::passwordOf(QStringLiteral("analyst1")));
        QVERIFY(!vault->endSessionIfExpired());
        QVERIFY(vault->decide(Action::BrowseAggregates, Resource::ofDataset(QStringLiteral("prestations"))).allowed);
        tv.clock->now = vault->subject().validUntil;
        // From this instant every decision refuses, even before the session is ended.
        QVERIFY(!vault->decide(Action::BrowseAggregates, Resource::ofDataset(QStringLiteral("prestations"))).allowed);
        QVERIFY(vault->endSessionIfExpired());
        QVERIFY(!vault->isUnlocked());
        vault->unlock(QStringLiteral("admin"), secret("correct horse battery staple"));
        QVERIFY(test::auditActions(*vault).contains(QStringLiteral("session.expired")));
    }

    void decisionsFollowRolesGrantsAndTime_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("dataset");
        QTest::addColumn<QString>("owner");
        QTest::addColumn<bool>("allowed");
        const auto row = [](const char* name, const char* user, Action action, const char* dataset, const char* owner,
                            bool allowed) {
            QTest::newRow(name) << QString::fromLatin1(user) << int(action) << QString::fromLatin1(dataset)
                                << QString::fromLatin1(owner) << allowed;
        };
        row("analyst browses a granted dataset", "analyst1", Action::BrowseAggregates, "prestations", "", true);
        row("analyst browses an ungranted dataset", "analyst1", Action::BrowseAggregates, "other", "", false);
        row("analyst extracts with an extract grant", "analyst1", Action::RequestExtract, "prestations", "", true);
        row("analyst extracts with an aggregate grant", "analyst1", Action::RequestExtract, "damir", "", false);
        row("steward reviews someone else's request", "steward1", Action::ReviewExtract, "", "analyst1", true);
        row("steward reviews their own request", "steward1", Action::ReviewExtract, "", "steward1", false);
        row("steward cannot request extracts", "steward1", Action::RequestExtract, "prestations", "", false);
        row("admin sees no aggregates", "admin", Action::BrowseAggregates, "prestations", "", false);
        row("admin sees no catalogue", "admin", Action::BrowseCatalogue, "", "", false);
        row("admin reads no audit trail", "admin", Action::ReadAudit, "", "", false);
        row("auditor reads the audit trail", "auditor1", Action::ReadAudit, "", "", true);
        row("auditor sees no aggregates", "auditor1", Action::BrowseAggregates, "prestations", "", false);
    }

    void decisionsFollowRolesGrantsAndTime()
    {
        QFETCH(QString, user);
        QFETCH(int, action);
        QFETCH(QString, dataset);
        QFETCH(QString, owner);
        QFETCH(bool, allowed);
        const QDateTime now = QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);
        const auto manifest =
            HabilitationManifest::parse(TestAuthority::manifestJson(1, TestAuthority::standardUsers(now), now));
        const Habilitation* h = manifest.user(user);
        const Subject subject{h->user, h->displayName, h->roles, h->validFrom, h->validUntil, h->grants};
        const Resource resource{dataset, owner, {}, false};
        const AccessDecision decision = decide(subject, static_cast<Action>(action), resource, now);
        QCOMPARE(decision.allowed, allowed);
        QCOMPARE(decision.reason.isEmpty(), allowed);
        // The same subject is refused everything once the habilitation has ended.
        QVERIFY(!decide(subject, static_cast<Action>(action), resource, h->validUntil).allowed);
    }

    void deniedActionsAreAudited()
    {
        TestVault tv;
        auto vault = tv.makeWithUsers({QStringLiteral("analyst1")});
        vault->lock();
        vault->unlock(QStringLiteral("analyst1"), TestVault::passwordOf(QStringLiteral("analyst1")));
        QCOMPARE(
            errorKindOf([&] { vault->require(Action::RequestExtract, Resource::ofDataset(QStringLiteral("damir"))); }),
            ErrorKind::Denied);
        const auto entries = test::VaultProbe::audit(*vault).entries();
        const AuditEntry& last = entries.back();
        QCOMPARE(last.action, QStringLiteral("access.denied"));
        QCOMPARE(last.user, QStringLiteral("analyst1"));
        QVERIFY2(last.details.contains(QStringLiteral("damir")), qPrintable(last.details));
    }
};

QTEST_GUILESS_MAIN(TestHabilitation)
#include "tst_habilitation.moc"
