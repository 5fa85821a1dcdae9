#include "audit/AuditTrail.h"
#include "audit/SealFileWitness.h"
#include "storage/Database.h"

#include "Failure.h"
#include "TestVault.h"
#include "VaultProbe.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QTest>

using namespace ecluse;
using ecluse::test::secret;
using ecluse::test::TestVault;

// Tampering is simulated the way an insider holding the data key would do it: straight SQL on
// the open database, triggers dropped first.
class TestAuditTrail : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestVault> m_tv;
    std::unique_ptr<Vault> m_vault;

    AuditTrail& trail() { return test::VaultProbe::audit(*m_vault); }
    Database& db() { return test::VaultProbe::database(*m_vault); }

    void tamper(const char* sql)
    {
        db().execute("DROP TRIGGER IF EXISTS audit_log_append_only_update;"
                     "DROP TRIGGER IF EXISTS audit_log_append_only_delete;"
                     "DROP TRIGGER IF EXISTS audit_log_append_only_insert");
        db().execute(sql);
    }

    void expectBroken(qint64 sequence, const QString& word)
    {
        const AuditVerification result = trail().verify();
        QVERIFY(!result.intact);
        QCOMPARE(result.firstBrokenSequence, sequence);
        QVERIFY2(result.problem.contains(word), qPrintable(result.problem));
    }

private Q_SLOTS:
    void init()
    {
        m_tv = std::make_unique<TestVault>();
        m_vault = m_tv->make();
        m_vault->create(QStringLiteral("admin"), secret("correct horse battery staple"));
        // vault.create is entry 1; add entries 2 to 8.
        for (int i = 2; i <= 8; ++i) {
            m_tv->clock->now = m_tv->clock->now.addSecs(60);
            trail().append(QStringLiteral("admin"), QStringLiteral("test.event"), QStringLiteral("object %1").arg(i),
                           {{QStringLiteral("n"), i}});
        }
    }

    void cleanup()
    {
        m_vault.reset();
        m_tv.reset();
    }

    void untouchedTrailVerifies()
    {
        const AuditVerification result = trail().verify();
        QVERIFY2(result.intact, qPrintable(result.problem));
        QCOMPARE(result.entries, 8);
    }

    void entriesChainAndCarryTheirFields()
    {
        const auto entries = trail().entries();
        QCOMPARE(entries.size(), std::size_t(8));
        QCOMPARE(entries[0].previousHash, QByteArray(32, '\0'));
        for (std::size_t i = 1; i < entries.size(); ++i) {
            QCOMPARE(entries[i].sequence, qint64(i + 1));
            QCOMPARE(entries[i].previousHash, entries[i - 1].hash());
        }
        QCOMPARE(entries[3].object, QStringLiteral("object 4"));
        QCOMPARE(entries[3].timeUtc, m_tv->clock->now.addSecs(-4 * 60));
        QCOMPARE(entries[3].details, QStringLiteral(R"({"n":4})"));
    }

    void aSealAuthenticatesTheHeadAndTheCounts()
    {
        const AuditEntry sealed = m_vault->sealAudit();
        QCOMPARE(sealed.sequence, qint64(9));
        QCOMPARE(sealed.action, QStringLiteral("audit.seal"));
        const QJsonObject details = QJsonDocument::fromJson(sealed.details.toUtf8()).object();
        QCOMPARE(details.value(QStringLiteral("entries")).toInteger(), 8);
        QCOMPARE(details.value(QStringLiteral("head")).toInteger(), 8);
        QCOMPARE(details.value(QStringLiteral("headHash")).toString(),
                 QString::fromLatin1(trail().entries(8, 1).front().hash().toHex()));
        QCOMPARE(details.value(QStringLiteral("actions")).toObject().value(QStringLiteral("test.event")).toInteger(),
                 7);
        // The witnesses hold the seal itself.
        QCOMPARE(m_tv->seal->lastRecorded(m_vault->id())->sequence, qint64(9));
        QVERIFY(trail().verify().intact);
    }

    void signingInSealsOnceADay()
    {
        m_vault->importHabilitations(
            m_tv->authority.sign(1, ecluse::test::TestAuthority::standardUsers(m_tv->clock->now), m_tv->clock->now));
        m_vault->enrol(QStringLiteral("auditor1"), TestVault::passwordOf(QStringLiteral("auditor1")));
        const auto seals = [&] {
            int count = 0;
            for (const AuditEntry& entry : trail().entries())
                count += entry.action == QLatin1String("audit.seal");
            return count;
        };
        const auto signIn = [&] {
            m_vault->lock();
            m_vault->unlock(QStringLiteral("auditor1"), TestVault::passwordOf(QStringLiteral("auditor1")));
        };
        signIn();
        QCOMPARE(seals(), 0); // the vault is not a day old
        m_tv->clock->now = m_tv->clock->now.addDays(1);
        signIn();
        QCOMPARE(seals(), 1);
        QVERIFY(trail().entries().back().details.contains(QStringLiteral("\"by\":\"ecluse\"")));
        m_tv->clock->now = m_tv->clock->now.addSecs(3600);
        signIn();
        QCOMPARE(seals(), 1); // once a day, not at every sign-in
        m_tv->clock->now = m_tv->clock->now.addDays(1);
        signIn();
        QCOMPARE(seals(), 2);
    }

    void appendOnlyIsEnforcedByTheDatabase()
    {
        QVERIFY_THROWS_EXCEPTION(Error, db().execute("UPDATE audit_log SET user = 'x' WHERE seq = 2"));
        QVERIFY_THROWS_EXCEPTION(Error, db().execute("DELETE FROM audit_log WHERE seq = 2"));
        QVERIFY(trail().verify().intact);
    }

    void editedEntryIsNamed()
    {
        tamper("UPDATE audit_log SET user = 'someone-else' WHERE seq = 4");
        expectBroken(4, QStringLiteral("altered"));
    }

    void editedDetailsAreNamed()
    {
        tamper(R"(UPDATE audit_log SET details = '{"n":40}' WHERE seq = 6)");
        expectBroken(6, QStringLiteral("altered"));
    }

    void deletedEntryIsNamed()
    {
        tamper("DELETE FROM audit_log WHERE seq = 5");
        expectBroken(5, QStringLiteral("deleted"));
    }

    void reorderedEntriesAreNamed()
    {
        // Swap the contents of entries 3 and 4, each keeping its row number.
        tamper("CREATE TEMP TABLE swap AS SELECT * FROM audit_log WHERE seq IN (3, 4);"
               "UPDATE audit_log SET (time_utc, user, action, object, details, prev_hash, mac) = "
               "(SELECT time_utc, user, action, object, details, prev_hash, mac FROM swap "
               " WHERE swap.seq = 7 - audit_log.seq) WHERE seq IN (3, 4)");
        expectBroken(3, QStringLiteral("reordered"));
    }

    void insertedEntryIsNamed()
    {
        // Make room after entry 4 and insert a forged entry there.
        tamper("UPDATE audit_log SET seq = seq + 100 WHERE seq > 4;"
               "UPDATE audit_log SET seq = seq - 99 WHERE seq > 100;"
               "INSERT INTO audit_log VALUES(5, '2026-11-28T09:04:30.000Z', 'admin', 'test.event', 'forged', '{}', "
               "zeroblob(32), zeroblob(32))");
        expectBroken(5, QStringLiteral("inserted"));
    }

    void truncatedTrailIsCaughtByTheSeal()
    {
        tamper("DELETE FROM audit_log WHERE seq >= 7");
        // The chain alone is consistent; only the witness outside the vault can tell.
        const AuditVerification result = trail().verify();
        QVERIFY(!result.intact);
        QVERIFY2(result.problem.contains(QStringLiteral("removed")), qPrintable(result.problem));
        QVERIFY(result.problem.contains(QStringLiteral("entry 8")));
    }

    void missingSealIsReported()
    {
        QVERIFY(QFile::remove(m_tv->seal->sealPath(m_vault->id())));
        const AuditVerification result = trail().verify();
        QVERIFY(!result.intact);
        QVERIFY2(result.problem.contains(QStringLiteral("missing")), qPrintable(result.problem));
    }

    void disagreeingSealIsKeptAsEvidence()
    {
        tamper("DELETE FROM audit_log WHERE seq >= 7");
        trail().append(QStringLiteral("admin"), QStringLiteral("test.after"), QString());
        // Entry 7 is now a new entry: the seal still names the old entry 8, and verification
        // still says so instead of the seal following the rewritten trail.
        QCOMPARE(m_tv->seal->lastRecorded(m_vault->id())->sequence, 8);
        QVERIFY(!trail().verify().intact);
    }

    void resealRecordsWhyAndRestoresTheWitness()
    {
        QVERIFY(QFile::remove(m_tv->seal->sealPath(m_vault->id())));
        trail().append(QStringLiteral("admin"), QStringLiteral("test.after"), QString());
        QVERIFY(!m_tv->seal->lastRecorded(m_vault->id())); // not recreated behind anyone's back
        const AuditEntry entry = trail().reseal(QStringLiteral("auditor1"), QStringLiteral("machine reinstalled"));
        QVERIFY(entry.details.contains(QStringLiteral("machine reinstalled")));
        QVERIFY(entry.details.contains(QStringLiteral("missing")));
        QVERIFY(trail().verify().intact);
    }

    void forgedSealIsReported()
    {
        const QString path = m_tv->seal->sealPath(m_vault->id());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray contents = file.readAll();
        file.close();
        contents.replace("\"sequence\": 8", "\"sequence\": 6");
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(contents);
        file.close();
        const AuditVerification result = trail().verify();
        QVERIFY(!result.intact);
        QVERIFY2(result.problem.contains(QStringLiteral("not genuine")), qPrintable(result.problem));
    }

    void sealFollowsEveryAppend()
    {
        const auto head = m_tv->seal->lastRecorded(m_vault->id());
        QVERIFY(head);
        QCOMPARE(head->sequence, 8);
        QCOMPARE(head->entryHash, trail().entries(8).front().hash());
    }

    void replacingAnEntryIsRefusedByTheSchema()
    {
        // Issue 9: INSERT OR REPLACE rewrote an entry despite the update and delete triggers.
        const AuditEntry third = trail().entries(3, 1).front();
        QCOMPARE(test::errorKindOf([&] {
                     db().execute("INSERT OR REPLACE INTO audit_log VALUES(3, '2026-11-28T09:02:00.000Z', 'admin', "
                                  "'test.event', 'rewritten', '{}', zeroblob(32), zeroblob(32))");
                 }),
                 ErrorKind::Other);
        QCOMPARE(trail().entries(3, 1).front().object, third.object);
        // Nor can an entry be slipped in anywhere but at the end.
        QCOMPARE(test::errorKindOf([&] {
                     db().execute("INSERT INTO audit_log VALUES(20, '2026-11-28T09:02:00.000Z', 'admin', "
                                  "'test.event', 'beyond the end', '{}', zeroblob(32), zeroblob(32))");
                 }),
                 ErrorKind::Other);
        QVERIFY(trail().verify().intact);
    }

    void oneEntryPastTheWitnessIsACrashMoreIsTampering()
    {
        // Another process of a key holder appends without passing the witness (a modified
        // client). One entry is what a crash after a commit can cost; more is reported.
        VaultEnvironment blind = m_tv->environment();
        blind.witnesses.clear();
        Vault other(m_tv->folder(), blind);
        other.unlock(QStringLiteral("admin"), secret("correct horse battery staple")); // one entry
        QVERIFY2(trail().verify().intact, qPrintable(trail().verify().problem));
        test::VaultProbe::audit(other).append(QStringLiteral("admin"), QStringLiteral("test.hidden"),
                                              QStringLiteral("unseen"));
        const AuditVerification result = trail().verify();
        QVERIFY(!result.intact);
        QVERIFY2(result.problem.contains(QStringLiteral("without reaching the witness")), qPrintable(result.problem));
        // A later, ordinary append must not seal those entries as if they had been witnessed.
        trail().append(QStringLiteral("admin"), QStringLiteral("test.event"), QStringLiteral("after"));
        QVERIFY(!trail().verify().intact);
        QCOMPARE(m_tv->seal->lastRecorded(m_vault->id())->sequence, 8);
    }

    void sealOfAnotherVersionIsReported()
    {
        const QString path = m_tv->seal->sealPath(m_vault->id());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        file.close();
        QVERIFY(bytes.contains("\"version\": 1"));
        bytes.replace("\"version\": 1", "\"version\": 2");
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        file.close();
        const AuditVerification result = trail().verify();
        QVERIFY(!result.intact);
        QVERIFY2(result.problem.contains(QStringLiteral("version 2")), qPrintable(result.problem));
    }

    void exportGivesOneJsonObjectPerEntry()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QCOMPARE(trail().exportJsonLines(buffer), 8);
        const QList<QByteArray> lines = buffer.data().trimmed().split('\n');
        QCOMPARE(lines.size(), 8);
        const QJsonObject fourth = QJsonDocument::fromJson(lines[3]).object();
        QCOMPARE(fourth.value(QStringLiteral("seq")).toInteger(), 4);
        QCOMPARE(fourth.value(QStringLiteral("action")).toString(), QStringLiteral("test.event"));
        QCOMPARE(fourth.value(QStringLiteral("details")).toObject().value(QStringLiteral("n")).toInt(), 4);
        QCOMPARE(fourth.value(QStringLiteral("hash")).toString().size(), 64);
    }
};

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "tst_audittrail.moc"
