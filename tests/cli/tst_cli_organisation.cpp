// ecluse-cli on a workstation whose managed policy names the organisation's server: its trail goes
// there, `audit verify` catches what the local seal cannot (exit 3), the work goes on without the
// server and says since when, and a policy that weakens the connection stops every command.
#include "CliProcess.h"
#include "CliWorkstation.h"
#include "TestPostgres.h"
#include "VaultProbe.h"
#include "audit/PgHeadLedger.h"
#include "storage/Database.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace ecluse;
using test::CliResult;
using test::CliWorkstation;

class TestCliOrganisation : public QObject
{
    Q_OBJECT

private:
    static QString policyPath() { return QStringLiteral(ECLUSE_TEST_POLICY_FILE); }

    QByteArray organisationPolicy(const QString& extra = {}) const
    {
        const PgServerSettings server = m_pg.settings(QStringLiteral("ws_a"));
        return m_workstation.policy() + "OrganisationServer=" + (server.connection + extra).toUtf8() +
               "\nOrganisationServerAuthority=" + server.authorityFile.toUtf8() +
               "\nOrganisationClientCertificate=" + server.certificateFile.toUtf8() +
               "\nOrganisationClientKey=" + server.keyFile.toUtf8() + "\n";
    }

    VaultEnvironment environment() const
    {
        VaultEnvironment env = m_workstation.environment(m_home.path());
        env.ledger = std::make_shared<PgHeadLedger>(m_pg.settings(QStringLiteral("ws_a")));
        return env;
    }

    test::TestPostgres m_pg;
    CliWorkstation m_workstation;
    QTemporaryDir m_home;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_pg.isUp(), "no test cluster: run through ctest");
        QVERIFY(test::writeCliPolicy(policyPath(), organisationPolicy()));
        auto vault = std::make_unique<Vault>(CliWorkstation::vaultFolder(m_home.path()), environment());
        vault->create(QStringLiteral("admin"), CliWorkstation::secret(QStringLiteral("admin")));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        vault->importHabilitations(m_workstation.authority().sign(1, test::TestAuthority::standardUsers(now), now));
        vault->enrol(QStringLiteral("auditor1"), CliWorkstation::secret(QStringLiteral("auditor1")));
        vault->lock();
    }

    void cleanupTestCase() { QFile::remove(policyPath()); }

    void theTrailAgreesWithTheServer()
    {
        const CliResult verified = CliWorkstation::runAs(m_home.path(), QStringLiteral("auditor1"),
                                                         {QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));
        QVERIFY2(verified.out.contains(QStringLiteral("Audit trail intact")), qPrintable(verified.out));
        QVERIFY2(!verified.out.contains(QStringLiteral("organisation server")), qPrintable(verified.out));
    }

    void withoutTheServerWorkGoesOnAndVerificationSaysSinceWhen()
    {
        QVERIFY(m_pg.pause());
        const CliResult away = CliWorkstation::runAs(m_home.path(), QStringLiteral("auditor1"),
                                                     {QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY(m_pg.resume());
        QVERIFY2(away.exitCode == 0, qPrintable(away.err));
        QVERIFY2(away.out.contains(QStringLiteral("has been out of reach since")), qPrintable(away.out));

        // Back: the next command sends what waited, and nothing is left to report.
        const CliResult back = CliWorkstation::runAs(m_home.path(), QStringLiteral("auditor1"),
                                                     {QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(back.exitCode == 0, qPrintable(back.err));
        QVERIFY2(!back.out.contains(QStringLiteral("organisation server")), qPrintable(back.out));
    }

    void aTruncatedTrailWithARewoundSealIsExitThree()
    {
        // Issue 14's attack, with the key (here: the administrator's password) and the sqlcipher
        // shell's power: keep the seal, work, delete the new entries, put the seal back.
        const QString seals = CliWorkstation::sealFolder(m_home.path());
        QHash<QString, QByteArray> seal;
        for (const QString& name : QDir(seals).entryList(QDir::Files)) {
            QFile file(QDir(seals).filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            seal.insert(name, file.readAll());
        }
        qint64 keep = 0;
        {
            Vault vault(CliWorkstation::vaultFolder(m_home.path()), environment());
            vault.unlock(QStringLiteral("admin"), CliWorkstation::secret(QStringLiteral("admin")));
            keep = test::VaultProbe::audit(vault).size();
            vault.lock();
        }
        for (int i = 0; i < 3; ++i)
            QCOMPARE(CliWorkstation::runAs(m_home.path(), QStringLiteral("auditor1"),
                                           {QStringLiteral("audit"), QStringLiteral("verify")})
                         .exitCode,
                     0);
        {
            VaultEnvironment alone = environment();
            alone.ledger.reset(); // the attacker's own tools do not talk to the server
            Vault vault(CliWorkstation::vaultFolder(m_home.path()), alone);
            vault.unlock(QStringLiteral("admin"), CliWorkstation::secret(QStringLiteral("admin")));
            Database& db = test::VaultProbe::database(vault);
            db.execute("DROP TRIGGER audit_log_append_only_delete");
            db.execute(QByteArray("DELETE FROM audit_log WHERE seq > " + QByteArray::number(keep)).constData());
            db.execute("CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log "
                       "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END");
            for (auto it = seal.begin(); it != seal.end(); ++it) {
                QFile file(QDir(seals).filePath(it.key()));
                QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
                file.write(it.value());
            }
        }

        const CliResult verified = CliWorkstation::runAs(m_home.path(), QStringLiteral("auditor1"),
                                                         {QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(verified.exitCode, 3);
        // The attacker's own sign-in left one entry of theirs after the cut: the server names the
        // first entry that is not what it received.
        QVERIFY2(verified.err.contains(QStringLiteral("differs from what the organisation server")) ||
                     verified.err.contains(QStringLiteral("but the organisation server")),
                 qPrintable(verified.err));
    }

    void aPolicyThatWeakensTheConnectionStopsEveryCommand()
    {
        QVERIFY(test::writeCliPolicy(policyPath(), organisationPolicy(QStringLiteral(" sslmode=require"))));
        const CliResult refused = CliWorkstation::runAs(m_home.path(), QStringLiteral("auditor1"),
                                                        {QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY(test::writeCliPolicy(policyPath(), organisationPolicy()));
        QCOMPARE(refused.exitCode, 4);
        QVERIFY2(refused.err.contains(QStringLiteral("sslmode=require")), qPrintable(refused.err));
    }
};

QTEST_GUILESS_MAIN(TestCliOrganisation)
#include "tst_cli_organisation.moc"
