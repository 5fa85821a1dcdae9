// The organisation's server as the ledger of every audit head (issue 14): what a user holding
// the data key can do to the trail and the seal on their own workstation, the server sees. Two
// vault folders play two workstations against a real PostgreSQL (scripts/pg-test-cluster.sh).
#include "TestPostgres.h"
#include "TestVault.h"
#include "audit/PgHeadLedger.h"
#include "backup/VaultBackup.h"
#include "storage/Database.h"

#include <QTest>

using namespace ecluse;
using test::TestVault;

namespace {

const char adminPassword[] = "correct horse battery staple";

// The heads the server holds for a vault, as its workstation reads them back.
std::vector<LedgerHead> serverHeads(const test::TestPostgres& pg, const QString& role, const QString& vaultId)
{
    PgHeadLedger ledger(pg.settings(role));
    return ledger.heads(vaultId);
}

QString vaultIdOf(Vault& vault)
{
    return test::VaultProbe::database(vault).queryText("SELECT value FROM vault_meta WHERE key = 'id'");
}

void appendQueries(Vault& vault, int count, int first = 0)
{
    for (int i = first; i < first + count; ++i)
        test::VaultProbe::audit(vault).append(QStringLiteral("admin"), QStringLiteral("aggregate.query"),
                                              QStringLiteral("prestations"), {{QStringLiteral("n"), i}});
}

// What someone holding the data key can do with the sqlcipher shell: drop the append-only
// triggers and delete the newest entries.
void deleteEntriesAfter(Vault& vault, qint64 sequence)
{
    Database& db = test::VaultProbe::database(vault);
    db.execute("DROP TRIGGER audit_log_append_only_delete");
    db.execute(QByteArray("DELETE FROM audit_log WHERE seq > " + QByteArray::number(sequence)).constData());
}

QHash<QString, QByteArray> copyOfFolder(const QString& folder)
{
    QHash<QString, QByteArray> files;
    for (const QString& name : QDir(folder).entryList(QDir::Files)) {
        QFile file(QDir(folder).filePath(name));
        if (file.open(QIODevice::ReadOnly))
            files.insert(name, file.readAll());
    }
    return files;
}

void restoreFolder(const QString& folder, const QHash<QString, QByteArray>& files)
{
    for (auto it = files.begin(); it != files.end(); ++it) {
        QFile file(QDir(folder).filePath(it.key()));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(it.value()), it.value().size());
    }
}

// Issue 14's attack: keep a copy of the seal, append `appended` entries, delete them with the
// key, put the seal back. Returns the entries the trail keeps.
qint64 cutTailAndRewindSeal(const TestVault& tv, Vault& vault, int appended)
{
    const qint64 kept = test::VaultProbe::audit(vault).size();
    const auto seal = copyOfFolder(tv.sealFolder());
    appendQueries(vault, appended);
    deleteEntriesAfter(vault, kept);
    restoreFolder(tv.sealFolder(), seal);
    return kept;
}

// A ledger in memory, which the test can tamper with as a server's administrator could.
class MemoryLedger final : public HeadLedger
{
public:
    std::vector<LedgerHead> stored;

    QString name() const override { return QStringLiteral("memory ledger"); }
    std::optional<LedgerHead> lastHead(const QString&) override
    {
        return stored.empty() ? std::nullopt : std::optional<LedgerHead>(stored.back());
    }
    void append(const QString&, const std::vector<LedgerHead>& heads) override
    {
        stored.insert(stored.end(), heads.begin(), heads.end());
    }
    std::vector<LedgerHead> heads(const QString&) override { return stored; }
};

} // namespace

class TestAuditLedger : public QObject
{
    Q_OBJECT

private:
    // A workstation: a vault of its own whose trail goes to the server as `role`.
    std::unique_ptr<Vault> workstation(TestVault& tv, const QString& role)
    {
        tv.ledger = std::make_shared<PgHeadLedger>(m_pg.settings(role));
        return tv.makeWithUsers({});
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_pg.isUp(), "no test cluster: run through ctest"); }

    void everyHeadReachesTheServerInOrder()
    {
        TestVault tv;
        auto vault = workstation(tv, QStringLiteral("ws_a"));
        appendQueries(*vault, 5);
        const std::vector<AuditEntry> trail = test::VaultProbe::audit(*vault).entries();
        const std::vector<LedgerHead> heads = serverHeads(m_pg, QStringLiteral("ws_a"), vaultIdOf(*vault));
        QCOMPARE(heads.size(), trail.size());
        for (std::size_t i = 0; i < trail.size(); ++i) {
            QCOMPARE(heads[i].sequence, trail[i].sequence);
            QCOMPARE(heads[i].entryHash, trail[i].hash());
            QCOMPARE(heads[i].appendedUtc, trail[i].timeUtc);
        }
        const AuditVerification verification = test::VaultProbe::audit(*vault).verify();
        QVERIFY2(verification.intact, qPrintable(verification.problem));
        QVERIFY2(verification.warnings.isEmpty(), qPrintable(verification.warnings.join(QLatin1Char('\n'))));
    }

    void eachWorkstationSeesOnlyItsOwnVaults()
    {
        TestVault a;
        TestVault b;
        auto vaultA = workstation(a, QStringLiteral("ws_a"));
        auto vaultB = workstation(b, QStringLiteral("ws_b"));
        QVERIFY(!serverHeads(m_pg, QStringLiteral("ws_a"), vaultIdOf(*vaultA)).empty());
        QVERIFY(serverHeads(m_pg, QStringLiteral("ws_b"), vaultIdOf(*vaultA)).empty());
        QVERIFY(!serverHeads(m_pg, QStringLiteral("ws_b"), vaultIdOf(*vaultB)).empty());
        QVERIFY(serverHeads(m_pg, QStringLiteral("ws_a"), vaultIdOf(*vaultB)).empty());
    }

    void aTruncatedTrailWithARewoundSealIsCaughtByTheServer()
    {
        // The attack of issue 14: keep a copy of the seal, run three queries, delete them with the
        // key, put the seal back. The seal agrees with the shortened trail; the server does not.
        TestVault tv;
        auto vault = workstation(tv, QStringLiteral("ws_a"));
        const qint64 before = cutTailAndRewindSeal(tv, *vault, 3);

        QVERIFY(!tv.seal->lastRecorded(vaultIdOf(*vault))->entryHash.isEmpty());
        const AuditVerification verification = test::VaultProbe::audit(*vault).verify();
        QVERIFY(!verification.intact);
        QCOMPARE(verification.firstBrokenSequence, before + 1);
        QVERIFY2(verification.problem.contains(
                     QStringLiteral("the trail ends at entry %1 but the organisation server").arg(before)),
                 qPrintable(verification.problem));
        QVERIFY2(verification.problem.contains(QStringLiteral("received entry %1").arg(before + 3)),
                 qPrintable(verification.problem));
        QVERIFY(!vault->verify().intact());
    }

    void aRewrittenTailIsNamedAtItsFirstEntry()
    {
        // Truncate, then work on: the new entries carry the old numbers but not the old hashes.
        TestVault tv;
        auto vault = workstation(tv, QStringLiteral("ws_a"));
        const qint64 before = cutTailAndRewindSeal(tv, *vault, 3);
        appendQueries(*vault, 4, 100);

        const AuditVerification verification = test::VaultProbe::audit(*vault).verify();
        QVERIFY(!verification.intact);
        QCOMPARE(verification.firstBrokenSequence, before + 1);
        QVERIFY2(verification.problem.contains(
                     QStringLiteral("entry %1 differs from what the organisation server").arg(before + 1)),
                 qPrintable(verification.problem));
        // Nothing was sent after the first disagreement: the server keeps the evidence as it was.
        QCOMPARE(serverHeads(m_pg, QStringLiteral("ws_a"), vaultIdOf(*vault)).back().sequence, before + 3);
    }

    void workGoesOnWithoutTheServerAndItsHeadsFollowInOrder()
    {
        TestVault tv;
        auto vault = workstation(tv, QStringLiteral("ws_a"));
        AuditTrail& trail = test::VaultProbe::audit(*vault);
        const QString vaultId = vaultIdOf(*vault);
        const qint64 sent = trail.size();
        QVERIFY(!trail.ledgerUnreachableSince());

        QVERIFY(m_pg.pause());
        const QDateTime cut = tv.clock->now;
        appendQueries(*vault, 3); // no error: the work goes on
        tv.clock->now = tv.clock->now.addSecs(AuditTrail::LedgerRetrySeconds + 1);
        appendQueries(*vault, 2);
        QCOMPARE(trail.ledgerUnreachableSince(), std::optional<QDateTime>(cut));
        AuditVerification offline = trail.verify();
        QVERIFY2(offline.intact, qPrintable(offline.problem));
        QVERIFY2(offline.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("out of reach since")),
                 qPrintable(offline.warnings.join(QLatin1Char('\n'))));

        QVERIFY(m_pg.resume());
        QCOMPARE(serverHeads(m_pg, QStringLiteral("ws_a"), vaultId).back().sequence, sent);
        tv.clock->now = tv.clock->now.addSecs(AuditTrail::LedgerRetrySeconds + 1);
        appendQueries(*vault, 1);
        const std::vector<AuditEntry> entries = trail.entries();
        const std::vector<LedgerHead> heads = serverHeads(m_pg, QStringLiteral("ws_a"), vaultId);
        QCOMPARE(heads.size(), entries.size());
        for (std::size_t i = 0; i < entries.size(); ++i)
            QCOMPARE(heads[i].entryHash, entries[i].hash());
        QVERIFY(!trail.ledgerUnreachableSince());
        const AuditVerification back = trail.verify();
        QVERIFY2(back.intact, qPrintable(back.problem));
        QVERIFY2(back.warnings.isEmpty(), qPrintable(back.warnings.join(QLatin1Char('\n'))));
    }

    void headsNotYetSentAreReportedNotHidden()
    {
        // Out of reach, then back, with no append since: verification says what has not arrived.
        TestVault tv;
        auto vault = workstation(tv, QStringLiteral("ws_a"));
        AuditTrail& trail = test::VaultProbe::audit(*vault);
        QVERIFY(m_pg.pause());
        appendQueries(*vault, 2);
        QVERIFY(m_pg.resume());
        const AuditVerification verification = trail.verify();
        QVERIFY2(verification.intact, qPrintable(verification.problem));
        QVERIFY2(verification.warnings.join(QLatin1Char('\n'))
                     .contains(QStringLiteral("2 entries have not reached the organisation server")),
                 qPrintable(verification.warnings.join(QLatin1Char('\n'))));
    }

    void browsingStopsAfterTheOfflineLimitAndResumesWithTheServer()
    {
        TestVault tv;
        tv.policy.organisationMaxOfflineHours = 2;
        tv.ledger = std::make_shared<PgHeadLedger>(m_pg.settings(QStringLiteral("ws_a")));
        auto vault = tv.makeWithUsers({QStringLiteral("analyst1")});
        vault->lock();
        vault->unlock(QStringLiteral("analyst1"), TestVault::passwordOf(QStringLiteral("analyst1")));
        const Resource prestations = Resource::ofDataset(QStringLiteral("prestations"));
        QVERIFY(vault->decide(Action::BrowseAggregates, prestations).allowed);

        QVERIFY(m_pg.pause());
        appendQueries(*vault, 1);
        tv.clock->now = tv.clock->now.addSecs(3600 + 60);
        QVERIFY2(vault->decide(Action::BrowseAggregates, prestations).allowed, "refused before the limit");
        tv.clock->now = tv.clock->now.addSecs(3600);
        const AccessDecision refused = vault->decide(Action::BrowseAggregates, prestations);
        QVERIFY(!refused.allowed);
        QVERIFY2(refused.reason.contains(QStringLiteral("OrganisationMaxOfflineHours")), qPrintable(refused.reason));
        QVERIFY_THROWS_EXCEPTION(Error, vault->require(Action::BrowseAggregates, prestations));
        QVERIFY(!vault->decide(Action::RequestExtract, prestations).allowed);

        QVERIFY(m_pg.resume());
        tv.clock->now = tv.clock->now.addSecs(AuditTrail::LedgerRetrySeconds + 1);
        vault->require(Action::BrowseAggregates, prestations); // tries the server first: back
        QVERIFY(vault->decide(Action::BrowseAggregates, prestations).allowed);
    }

    void aRestoredVaultGoesOnInANewChainThatVerificationExplains()
    {
        TestVault tv;
        auto vault = workstation(tv, QStringLiteral("ws_a"));
        const QString file = VaultBackup(*vault).create(QDir(tv.root.path()).filePath(QStringLiteral("backups"))).path;
        appendQueries(*vault, 3);
        const qint64 lastBefore = test::VaultProbe::audit(*vault).size();
        const QString folder = vault->folder();
        const QString vaultId = vaultIdOf(*vault);
        vault->lock();
        vault.reset();
        vault = VaultBackup::restore(file, folder, {QStringLiteral("admin"), test::secret(adminPassword), false, {}},
                                     tv.environment());

        AuditTrail& trail = test::VaultProbe::audit(*vault);
        const AuditVerification verification = trail.verify();
        QVERIFY2(verification.intact, qPrintable(verification.problem));
        const QString warnings = verification.warnings.join(QLatin1Char('\n'));
        QVERIFY2(warnings.contains(QStringLiteral("restored from a backup at entry")), qPrintable(warnings));
        QVERIFY2(warnings.contains(QStringLiteral("to %1 that the organisation server").arg(lastBefore + 1)),
                 qPrintable(warnings)); // the lock's entry too

        // The old history stays on the server; the new one is chain 2, from the restore's entry.
        const std::vector<LedgerHead> heads = serverHeads(m_pg, QStringLiteral("ws_a"), vaultId);
        QCOMPARE(heads.back().chain, 2);
        QCOMPARE(heads.back().sequence, trail.size());
        // From the entry after the backup's head: the sign-in that opened the restored vault, then
        // the restore itself.
        const auto restart = std::find_if(heads.begin(), heads.end(), [](const LedgerHead& h) { return h.chain == 2; });
        QCOMPARE(trail.entries(restart->sequence, 1).front().action, QStringLiteral("vault.unlock"));
        QCOMPARE(trail.entries(restart->sequence + 1, 1).front().action, QStringLiteral("vault.restore"));

        appendQueries(*vault, 2, 50);
        QVERIFY(trail.verify().intact);
        QCOMPARE(serverHeads(m_pg, QStringLiteral("ws_a"), vaultId).back().sequence, trail.size());
    }

    void aChainThatStartsOverWithoutARestoreIsTampering()
    {
        TestVault tv;
        auto memory = std::make_shared<MemoryLedger>();
        tv.ledger = memory;
        auto vault = tv.make();
        vault->create(QStringLiteral("admin"), test::secret(adminPassword));
        appendQueries(*vault, 4);
        QVERIFY(test::VaultProbe::audit(*vault).verify().intact);
        // A client that declared a new chain at entry 3, which is an ordinary query.
        for (LedgerHead& head : memory->stored) {
            if (head.sequence >= 3)
                head.chain = 2;
        }
        const AuditVerification verification = test::VaultProbe::audit(*vault).verify();
        QVERIFY(!verification.intact);
        QCOMPARE(verification.firstBrokenSequence, qint64(3));
        QVERIFY2(verification.problem.contains(QStringLiteral("start over at entry 3")),
                 qPrintable(verification.problem));
    }

    void aHeadTheServerForgedIsRefused()
    {
        // Whoever runs the server can add rows, not MACs under the vault's audit key.
        TestVault tv;
        auto memory = std::make_shared<MemoryLedger>();
        tv.ledger = memory;
        auto vault = tv.make();
        vault->create(QStringLiteral("admin"), test::secret(adminPassword));
        QVERIFY(test::VaultProbe::audit(*vault).verify().intact);
        LedgerHead& forged = memory->stored.back();
        forged.entryHash[0] = static_cast<char>(forged.entryHash[0] ^ 1);
        const AuditVerification verification = test::VaultProbe::audit(*vault).verify();
        QVERIFY(!verification.intact);
        QVERIFY2(verification.problem.contains(QStringLiteral("not genuine")), qPrintable(verification.problem));
    }

private:
    test::TestPostgres m_pg;
};

QTEST_GUILESS_MAIN(TestAuditLedger)
#include "tst_auditledger.moc"
