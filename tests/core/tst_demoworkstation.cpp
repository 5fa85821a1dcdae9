#include "demo/DemoWorkstation.h"

#include "DemoLeftovers.h"
#include "TestVault.h"
#include "VaultProbe.h"
#include "audit/AuditTrail.h"
#include "data/DatasetStore.h"

#include <QLockFile>
#include <QTest>

using namespace ecluse;
using ecluse::test::TestVault;

namespace {

const char* const demoPassword = "demo password for tests";

// What a build left in the vault's parent besides the vault and its seals.
QStringList strayEntries(const TestVault& tv)
{
    QStringList entries =
        QDir(tv.root.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    entries.removeAll(QStringLiteral("seals"));
    entries.removeAll(QStringLiteral("vault"));
    return entries;
}

// A staging folder as a killed build leaves it: generated data, and a lock naming a process
// that no longer exists (no process id reaches 99999999 on Linux, whose maximum is 2^22).
QString makeDeadBuild(const QString& parent, const QString& name, bool withLock)
{
    const QString folder = QDir(parent).filePath(name);
    QDir().mkpath(QDir(folder).filePath(QStringLiteral("data")));
    QFile csv(QDir(folder).filePath(QStringLiteral("data/prestations.csv")));
    if (!csv.open(QIODevice::WriteOnly))
        return {};
    csv.write("BEN_NIR_PSA,BEN_SEX_COD,BEN_NAI_ANN\nabc,1,1970\n");
    if (withLock) {
        QFile lock(QDir(folder).filePath(QStringLiteral("build.lock")));
        if (!lock.open(QIODevice::WriteOnly))
            return {};
        lock.write("99999999\necluse-cli\n\n");
    }
    return folder;
}

} // namespace

// `demo init` and `ecluse --demo` build the demo beside its folder and move it in when complete:
// whatever stops the build, there is never half a vault in the folder, nor generated data
// anywhere but in a private staging folder that the next start deletes.
class TestDemoWorkstation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoIsBuiltBesideTheFolderThenMovedIntoIt()
    {
        TestVault tv;
        test::PrivateTemp temp;
        bool tempStayedEmpty = true;
        QStringList stagingSeen;
        bool targetAbsentDuringBuild = true;
        const SecureBuffer recoveryKey = DemoWorkstation::create(
            tv.folder(), tv.environment(), test::secret(demoPassword), {3000, 1}, [&](const QString&, qint64, qint64) {
                tempStayedEmpty = tempStayedEmpty && temp.entries().isEmpty();
                targetAbsentDuringBuild = targetAbsentDuringBuild && !QFileInfo::exists(tv.folder());
                for (const QString& folder : test::demoStagingFolders(tv.folder())) {
                    if (!stagingSeen.contains(folder))
                        stagingSeen << folder;
                }
                return true;
            });
        QVERIFY(recoveryKey.size() > 0);
        QVERIFY2(tempStayedEmpty, "nothing of the demo goes to the system's temporary folder");
        QVERIFY2(targetAbsentDuringBuild, "the vault folder appears only once complete");
        QCOMPARE(stagingSeen.size(), 1);
        QVERIFY2(stagingSeen.first().startsWith(QDir(tv.root.path()).filePath(QStringLiteral(".vault.demo-build-"))),
                 qPrintable(stagingSeen.first()));

        QVERIFY2(strayEntries(tv).isEmpty(), qPrintable(strayEntries(tv).join(u' ')));
        QVERIFY2(test::filesWithDemoData(tv.root.path()).isEmpty(),
                 qPrintable(test::filesWithDemoData(tv.root.path()).join(u' ')));

        // Opened where it now is: the accounts, the data, and an audit trail whose seal, keyed by
        // the vault id, followed it.
        auto vault = tv.make();
        vault->unlock(QStringLiteral("analyst1"), test::secret(demoPassword));
        QVERIFY(vault->isDemo());
        const DatasetStore store(*vault);
        QCOMPARE(store.packages().size(), std::size_t{2});
        QCOMPARE(store.rowCount(QStringLiteral("prestations")), qint64{3000});
        vault->lock();
        vault->unlock(QStringLiteral("auditor"), test::secret(demoPassword));
        const AuditVerification audit = vault->verifyAudit();
        QVERIFY2(audit.intact, qPrintable(audit.problem));
    }

    void anExistingVaultIsNeverReplaced()
    {
        TestVault tv;
        qint64 entries = 0;
        {
            auto vault = tv.makeWithUsers();
            entries = test::VaultProbe::audit(*vault).size();
        }
        try {
            DemoWorkstation::create(tv.folder(), tv.environment(), test::secret(demoPassword), {100, 1});
            QFAIL("a demo replaced a vault");
        } catch (const Error& error) {
            QCOMPARE(error.kind(), ErrorKind::InvalidInput);
            QVERIFY2(error.message().contains(QStringLiteral("already exists")), qPrintable(error.message()));
        }
        QVERIFY(strayEntries(tv).isEmpty());
        auto vault = tv.make();
        vault->unlock(QStringLiteral("admin"), test::secret("correct horse battery staple"));
        QVERIFY(!vault->isDemo());
        QCOMPARE(test::VaultProbe::audit(*vault).size(), entries + 2); // its lock and this unlock, nothing of a demo
    }

    void onlyANewOrEmptyFolderTakesTheDemo_data()
    {
        QTest::addColumn<QString>("inPlace"); // what the vault folder is before the build
        QTest::addColumn<bool>("accepted");
        QTest::newRow("nothing") << QString() << true;
        QTest::newRow("an empty folder") << QStringLiteral("folder") << true;
        QTest::newRow("a folder holding a file") << QStringLiteral("folder with a file") << false;
        QTest::newRow("a file") << QStringLiteral("file") << false;
    }

    void onlyANewOrEmptyFolderTakesTheDemo()
    {
        QFETCH(QString, inPlace);
        QFETCH(bool, accepted);
        TestVault tv;
        if (inPlace == QStringLiteral("file")) {
            QFile file(tv.folder());
            QVERIFY(file.open(QIODevice::WriteOnly));
        } else if (!inPlace.isEmpty()) {
            QVERIFY(QDir().mkpath(tv.folder()));
            if (inPlace.endsWith(QStringLiteral("file"))) {
                QFile notes(QDir(tv.folder()).filePath(QStringLiteral("notes.txt")));
                QVERIFY(notes.open(QIODevice::WriteOnly));
            }
        }
        try {
            DemoWorkstation::create(tv.folder(), tv.environment(), test::secret(demoPassword), {100, 1});
            QVERIFY2(accepted, "refused, yet built");
            QVERIFY(tv.make()->exists());
        } catch (const Error& error) {
            QVERIFY2(!accepted, qPrintable(error.message()));
            QCOMPARE(error.kind(), ErrorKind::InvalidInput);
            QVERIFY2(error.message().contains(tv.folder()), qPrintable(error.message()));
            QVERIFY(!tv.make()->exists());
        }
        QVERIFY2(strayEntries(tv).isEmpty(), qPrintable(strayEntries(tv).join(u' ')));
        if (inPlace.endsWith(QStringLiteral("file")))
            QVERIFY2(QFileInfo(tv.folder()).isFile() ||
                         QFileInfo::exists(QDir(tv.folder()).filePath(QStringLiteral("notes.txt"))),
                     "what was there is still there");
    }

    void cancelLeavesNothingBehind_data()
    {
        QTest::addColumn<QString>("step");
        QTest::newRow("while generating") << QStringLiteral("Generating");
        QTest::newRow("while importing prestations") << QStringLiteral("Importing prestations");
        QTest::newRow("while importing damir") << QStringLiteral("Importing damir");
    }

    void cancelLeavesNothingBehind()
    {
        QFETCH(QString, step);
        TestVault tv;
        test::PrivateTemp temp;
        bool asked = false;
        try {
            DemoWorkstation::create(tv.folder(), tv.environment(), test::secret(demoPassword), {3000, 1},
                                    [&](const QString& current, qint64, qint64) {
                                        asked = asked || current == step;
                                        return !asked;
                                    });
            QFAIL("the build went on after a cancel");
        } catch (const Error& error) {
            QCOMPARE(error.kind(), ErrorKind::Other);
            QVERIFY2(error.message().contains(QStringLiteral("cancelled")), qPrintable(error.message()));
        }
        QVERIFY(asked);
        QVERIFY(!QFileInfo::exists(tv.folder()));
        QVERIFY2(strayEntries(tv).isEmpty(), qPrintable(strayEntries(tv).join(u' ')));
        QVERIFY2(temp.entries().isEmpty(), qPrintable(temp.entries().join(u' ')));
    }

    void refusalByPolicyLeavesNothingBehind()
    {
        TestVault tv;
        tv.policy.demoModeAllowed = false;
        try {
            DemoWorkstation::create(tv.folder(), tv.environment(), test::secret(demoPassword), {100, 1});
            QFAIL("a demo built against policy");
        } catch (const Error& error) {
            QCOMPARE(error.kind(), ErrorKind::Denied);
            QVERIFY2(error.message().contains(QStringLiteral("DemoModeAllowed")), qPrintable(error.message()));
        }
        QVERIFY(!QFileInfo::exists(tv.folder()));
        QVERIFY2(strayEntries(tv).isEmpty(), qPrintable(strayEntries(tv).join(u' ')));
    }

    void leftoversOfDeadBuildsGoAndLiveBuildsStay()
    {
        TestVault tv;
        const QString root = tv.root.path();
        const QString deadWithLock = makeDeadBuild(root, QStringLiteral(".vault.demo-build-Ab12Cd"), true);
        const QString deadBeforeItsLock = makeDeadBuild(root, QStringLiteral(".vault.demo-build-Ef34Gh"), false);
        // A live build, running for an hour: QLockFile calls a lock stale after 30 s, but the
        // process holding it keeps it.
        const QString live = makeDeadBuild(root, QStringLiteral(".vault.demo-build-Ij56Kl"), false);
        QLockFile liveLock(QDir(live).filePath(QStringLiteral("build.lock")));
        QVERIFY(liveLock.tryLock(0));
        {
            QFile lockFile(QDir(live).filePath(QStringLiteral("build.lock")));
            QVERIFY(lockFile.open(QIODevice::ReadWrite));
            QVERIFY(
                lockFile.setFileTime(QDateTime::currentDateTime().addSecs(-3600), QFileDevice::FileModificationTime));
        }
        // Another vault's build, a name that only looks alike, and a link: none is this demo's.
        const QString otherVault = makeDeadBuild(root, QStringLiteral(".vault2.demo-build-Mn78Op"), true);
        const QString lookAlike = makeDeadBuild(root, QStringLiteral(".vault.demo-build-Qr90Stuv"), true);
        QTemporaryDir elsewhere;
        QFile kept(elsewhere.filePath(QStringLiteral("kept.txt")));
        QVERIFY(kept.open(QIODevice::WriteOnly));
        kept.close();
        QVERIFY(QFile::link(elsewhere.path(), QDir(root).filePath(QStringLiteral(".vault.demo-build-Uv12Wx"))));
        QVERIFY(!deadWithLock.isEmpty() && !deadBeforeItsLock.isEmpty() && !otherVault.isEmpty() &&
                !lookAlike.isEmpty());

        QStringList removed = DemoWorkstation::removeLeftovers(tv.folder());
        removed.sort();
        QCOMPARE(removed, (QStringList{deadWithLock, deadBeforeItsLock}));
        QVERIFY(!QFileInfo::exists(deadWithLock));
        QVERIFY(!QFileInfo::exists(deadBeforeItsLock));
        QVERIFY(QFileInfo::exists(QDir(live).filePath(QStringLiteral("data/prestations.csv"))));
        QVERIFY(QFileInfo::exists(QDir(otherVault).filePath(QStringLiteral("data/prestations.csv"))));
        QVERIFY(QFileInfo::exists(QDir(lookAlike).filePath(QStringLiteral("data/prestations.csv"))));
        QVERIFY(QFileInfo::exists(elsewhere.filePath(QStringLiteral("kept.txt"))));

        // Once its build is gone, the live one's folder is a leftover like any other.
        liveLock.unlock();
        QCOMPARE(DemoWorkstation::removeLeftovers(tv.folder()), QStringList{live});
        QVERIFY(!QFileInfo::exists(live));
    }

    void noParentFolderMeansNoLeftovers()
    {
        TestVault tv;
        QCOMPARE(DemoWorkstation::removeLeftovers(QDir(tv.root.path()).filePath(QStringLiteral("absent/vault"))),
                 QStringList());
    }
};

QTEST_GUILESS_MAIN(TestDemoWorkstation)
#include "tst_demoworkstation.moc"
