#include "common/Error.h"
#include "startup/Startup.h"

#include "TestFiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace ecluse;

// What the GUI does before its first window: app/gui/main.cpp loads policy through
// loadMachinePolicy() and, when it throws, shows policyFailureText() and exits with the error's
// code. The dialog itself needs a display; what it says, and that nothing starts, are tested here.
class TestStartup : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    PolicyLocations locations() const
    {
        return {m_dir.filePath(QStringLiteral("etc/policy.ini")), m_dir.filePath(QStringLiteral("config/ecluse.ini"))};
    }

    std::optional<Error> failureOfLoading() const
    {
        try {
            loadMachinePolicy(locations());
        } catch (const Error& error) {
            return error;
        }
        return std::nullopt;
    }

private Q_SLOTS:
    void init()
    {
        QDir(m_dir.path()).removeRecursively();
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("etc"))));
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("config"))));
    }

    void withoutManagedPolicyTheDefaultsApply()
    {
        const LoadedPolicy loaded = loadMachinePolicy(locations());
        QCOMPARE(loaded.policy.exportMode, ExportMode::PublishedOnly);
        QVERIFY(loaded.notes.isEmpty());
    }

    void brokenManagedPolicyStopsTheWindowFromOpening_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("folder");
        QTest::addColumn<QString>("why");
        QTest::newRow("a folder") << QByteArray() << true << "not a regular file";
        QTest::newRow("UTF-16") << QByteArray("\xff\xfe\x45\x00\x78\x00") << false << "UTF-16";
        QTest::newRow("an unknown key") << QByteArray("ExportMode=deny\nExportMod=deny\n") << false
                                        << "unknown key 'ExportMod'";
        QTest::newRow("a value that does not parse") << QByteArray("ExportMode=closed\n") << false << "ExportMode";
    }

    void brokenManagedPolicyStopsTheWindowFromOpening()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, folder);
        QFETCH(QString, why);
        if (folder)
            QVERIFY(QDir().mkdir(locations().managedFile));
        else
            ecluse::test::writeFile(locations().managedFile, text);

        const std::optional<Error> error = failureOfLoading();
        QVERIFY2(error, "the GUI would have started on defaults");
        QCOMPARE(error->exitCode(), 3);
        const QString shown = policyFailureText(*error);
        QVERIFY2(shown.contains(
                     QStringLiteral("managed policy %1: ").arg(QDir::toNativeSeparators(locations().managedFile))),
                 qPrintable(shown));
        QVERIFY2(shown.contains(why), qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("administrator")));
    }

    void unreadableUserSettingsNeitherStopNorLoosen()
    {
        ecluse::test::writeFile(locations().managedFile, "ExportMode=deny\n");
        QVERIFY(QDir().mkdir(locations().userFile));
        const LoadedPolicy loaded = loadMachinePolicy(locations());
        QCOMPARE(loaded.policy.exportMode, ExportMode::Deny);
        QCOMPARE(loaded.notes.size(), 1);
        QVERIFY2(loaded.notes.first().contains(QDir::toNativeSeparators(locations().userFile)),
                 qPrintable(loaded.notes.first()));
    }
};

QTEST_GUILESS_MAIN(TestStartup)
#include "tst_startup.moc"
