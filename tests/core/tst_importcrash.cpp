#include "audit/AuditTrail.h"
#include "audit/SealFileWitness.h"
#include "data/DataPackage.h"
#include "data/DatasetStore.h"
#include "data/DemoDataGenerator.h"
#include "data/PackageImporter.h"
#include "storage/Database.h"

#include "TestVault.h"
#include "VaultProbe.h"

#include <QFile>
#include <QProcess>
#include <QTest>

#include <cstdio>

using namespace ecluse;
using ecluse::test::TestVault;

namespace {

const char* adminPassword = "correct horse battery staple";

// The child: unlock the vault the parent prepared and import, saying how far it got, until the
// parent kills it.
int runChild()
{
    VaultEnvironment env;
    env.passwordKdf = ScryptParams{1u << 14, 8, 1};
    env.policy.trustedAuthorityKeys.append(QByteArray::fromBase64(qgetenv("CHILD_AUTHORITY")));
    env.policy.trustedProducerKeys.append(QByteArray::fromBase64(qgetenv("CHILD_PRODUCER")));
    env.witnesses = {std::make_shared<SealFileWitness>(qEnvironmentVariable("CHILD_SEALS"))};
    Vault vault(qEnvironmentVariable("CHILD_VAULT"), env);
    vault.unlock(QStringLiteral("admin"), test::secret(adminPassword));
    PackageImporter(vault).import(qEnvironmentVariable("CHILD_PACKAGE"), [](const ImportProgress& progress) {
        std::printf("rows %lld\n", static_cast<long long>(progress.rows));
        std::fflush(stdout);
        return true;
    });
    std::printf("done\n");
    return 0;
}

} // namespace

// All or nothing, even when the process dies: a child importing a large package is killed in
// the middle, and the vault it leaves must be the vault it found.
class TestImportCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedImportLeavesTheVaultUnchanged()
    {
        TestVault tv;
        tv.clock->now = QDateTime::currentDateTimeUtc();
        QTemporaryDir work;
        QString package;
        qint64 auditBefore = 0;
        {
            auto vault = tv.makeWithUsers({});
            const QString csv = work.filePath(QStringLiteral("claims.csv"));
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            DemoDataGenerator({400000, 5, QDate(2025, 1, 1), QDate(2025, 12, 31)}).write(file);
            file.close();
            package = work.filePath(QStringLiteral("package"));
            DataPackage::build(package, QStringLiteral("prestations"), 1, QStringLiteral("test"), QDate(2030, 1, 1),
                               {csv}, tv.producer.key());
            auditBefore = test::VaultProbe::audit(*vault).size();
        }

        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ECLUSE_IMPORT_CHILD"), QStringLiteral("1"));
        env.insert(QStringLiteral("CHILD_VAULT"), tv.folder());
        env.insert(QStringLiteral("CHILD_SEALS"), tv.sealFolder());
        env.insert(QStringLiteral("CHILD_PACKAGE"), package);
        env.insert(QStringLiteral("CHILD_AUTHORITY"), QString::fromLatin1(tv.authority.publicKey().toBase64()));
        env.insert(QStringLiteral("CHILD_PRODUCER"), QString::fromLatin1(tv.producer.publicKey().toBase64()));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        // Kill it once it is well into writing rows.
        qint64 rows = 0;
        while (rows < 150000 && child.state() == QProcess::Running) {
            child.waitForReadyRead(10000);
            while (child.canReadLine()) {
                const QByteArray line = child.readLine().trimmed();
                QVERIFY2(line != "done", "the import finished before it could be killed");
                if (line.startsWith("rows "))
                    rows = line.mid(5).toLongLong();
            }
        }
        QVERIFY2(rows >= 150000, "the child never got far enough into the import");
        child.kill();
        QVERIFY(child.waitForFinished());

        auto vault = tv.make();
        vault->unlock(QStringLiteral("admin"), test::secret(adminPassword));
        QCOMPARE(DatasetStore(*vault, test::VaultProbe::capability()).packages().size(), std::size_t(0));
        QCOMPARE(test::VaultProbe::database(*vault).queryInt("SELECT count(*) FROM dataset_chunks"), 0);
        QCOMPARE(test::VaultProbe::database(*vault).queryInt("SELECT count(*) FROM beneficiaries"), 0);
        // Beyond what was there, the trail holds the child's unlock and nothing of the import.
        const auto entries = test::VaultProbe::audit(*vault).entries(auditBefore + 1);
        QStringList actions;
        for (const AuditEntry& entry : entries)
            actions << entry.action;
        QVERIFY2(!actions.contains(QStringLiteral("package.import")), qPrintable(actions.join(QLatin1Char(' '))));
        QVERIFY(vault->verify().intact());
        // And the same package imports cleanly afterwards.
        QCOMPARE(PackageImporter(*vault).import(package).rows, 400000);
    }
};

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("ECLUSE_IMPORT_CHILD"))
        return runChild();
    TestImportCrash test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_importcrash.moc"
