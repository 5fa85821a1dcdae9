#include "CliProcess.h"
#include "DemoLeftovers.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>

// `demo init` killed as an administrator's session or a machine would kill it: the vault folder
// never holds half a vault, generated data never leaves the private staging folder beside it,
// and the next `demo init` deletes what the dead build left, never what a live one is using.
class TestCliDemo : public QObject
{
    Q_OBJECT

private:
    using Result = ecluse::test::CliResult;

    std::unique_ptr<QTemporaryDir> m_home;

    static QString policyPath() { return QStringLiteral(ECLUSE_TEST_POLICY_FILE); }
    static QByteArray password() { return "demo pass phrase\n"; }

    // The vault's parent is a folder of its own, so that it holds only what demo builds make.
    QString vaultFolder() const { return QDir(m_home->path()).filePath(QStringLiteral("demos/vault")); }
    // TMPDIR of every ecluse-cli the test runs: a private folder, to see whether anything lands there.
    QString tempFolder() const { return QDir(m_home->path()).filePath(QStringLiteral("tmp")); }

    static QStringList demoInit(qint64 rows)
    {
        return {QStringLiteral("demo"), QStringLiteral("init"), QStringLiteral("--rows"), QString::number(rows),
                QStringLiteral("--password-stdin")};
    }

    Result run(const QStringList& arguments, const QByteArray& input = password())
    {
        return ecluse::test::runCli(m_home->path(), QStringList{QStringLiteral("--vault"), vaultFolder()} + arguments,
                                    input, {{QStringLiteral("TMPDIR"), tempFolder()}}, 240000);
    }

    // Starts `demo init` and returns once it has reached `reached` (reading its standard error as
    // it goes), still running; false, with its standard error in `err`, if it ended first.
    bool startDemoInit(QProcess& process, qint64 rows, const std::function<bool(const QByteArray& err)>& reached,
                       QByteArray& err)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("ECLUSE_VAULT"));
        env.insert(QStringLiteral("HOME"), m_home->path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), QDir(m_home->path()).filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("TMPDIR"), tempFolder());
        process.setProcessEnvironment(env);
        process.start(qEnvironmentVariable("ECLUSE_CLI"),
                      QStringList{QStringLiteral("--vault"), vaultFolder()} + demoInit(rows));
        if (!process.waitForStarted())
            return false;
        process.write(password());
        process.closeWriteChannel();
        const QDeadlineTimer deadline(std::chrono::minutes(3));
        while (!reached(err)) {
            if (process.state() != QProcess::Running || deadline.hasExpired())
                return false;
            process.waitForReadyRead(20);
            err += process.readAllStandardError();
        }
        return process.state() == QProcess::Running;
    }

    static bool isInside(const QString& path, const QStringList& folders)
    {
        return std::any_of(folders.begin(), folders.end(),
                           [&](const QString& folder) { return path.startsWith(folder + QLatin1Char('/')); });
    }

    QStringList tempEntries() const
    {
        return QDir(tempFolder()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    }

    // The vault in place is a whole demo: every page, the key slots and the audit trail with its
    // seal intact, and both datasets with all their rows.
    void verifyWholeDemo(qint64 prestationsRows)
    {
        const Result verify = run({QStringLiteral("vault"), QStringLiteral("verify"), QStringLiteral("--user"),
                                   QStringLiteral("auditor"), QStringLiteral("--password-stdin")});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.out + verify.err));
        const Result catalogue =
            run({QStringLiteral("--json"), QStringLiteral("catalogue"), QStringLiteral("list"),
                 QStringLiteral("--user"), QStringLiteral("analyst1"), QStringLiteral("--password-stdin")});
        QVERIFY2(catalogue.exitCode == 0, qPrintable(catalogue.err));
        QMap<QString, QJsonObject> datasets;
        for (const QJsonValue dataset : QJsonDocument::fromJson(catalogue.out.toUtf8()).array())
            datasets.insert(dataset[QStringLiteral("name")].toString(), dataset.toObject());
        QCOMPARE(datasets.value(QStringLiteral("prestations"))[QStringLiteral("rows")].toInteger(), prestationsRows);
        QCOMPARE(datasets.value(QStringLiteral("damir"))[QStringLiteral("packages")].toInteger(), qint64{1});
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFile::exists(qEnvironmentVariable("ECLUSE_CLI")), "ECLUSE_CLI is not set"); }

    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(QDir().mkpath(tempFolder()));
        QVERIFY(ecluse::test::writeCliPolicy(policyPath(), "[General]\n"));
    }

    void cleanupTestCase() { QFile::remove(policyPath()); }

    void killedBuildLeavesNoHalfVaultAndTheNextStartDeletesItsLeftovers_data()
    {
        QTest::addColumn<QByteArray>("killAt"); // on standard error; empty: once its staging folder exists
        QTest::newRow("while creating the accounts") << QByteArray();
        QTest::newRow("while generating") << QByteArray("Generating: ");
        QTest::newRow("while importing prestations") << QByteArray("Importing prestations: ");
        QTest::newRow("while importing damir") << QByteArray("Importing damir: ");
    }

    void killedBuildLeavesNoHalfVaultAndTheNextStartDeletesItsLeftovers()
    {
        QFETCH(QByteArray, killAt);
        const qint64 killedRows = 300000;
        QProcess build;
        QByteArray err;
        const bool reached = startDemoInit(
            build, killedRows,
            [&](const QByteArray& soFar) {
                return killAt.isEmpty() ? !ecluse::test::demoStagingFolders(vaultFolder()).isEmpty()
                                        : soFar.contains(killAt);
            },
            err);
        QVERIFY2(reached, err.constData());
        build.kill(); // SIGKILL: nothing runs after it, no destructor, no handler
        QVERIFY(build.waitForFinished());

        // Killed at the very end, the vault may have just been moved into place: then it is whole.
        const bool vaultInPlace = QFileInfo::exists(vaultFolder());
        if (vaultInPlace) {
            qInfo("killed after the vault was moved into place");
            verifyWholeDemo(killedRows);
            if (QTest::currentTestFailed())
                return;
        }
        const QStringList staging = ecluse::test::demoStagingFolders(vaultFolder());
        QVERIFY2(vaultInPlace || staging.size() == 1, qPrintable(staging.join(u' ')));
        const QFile::Permissions othersAccess = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                                QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
        for (const QString& folder : staging)
            QCOMPARE(QFile::permissions(folder) & othersAccess, QFile::Permissions());
        QVERIFY2(tempEntries().isEmpty(), qPrintable(tempEntries().join(u' ')));
        for (const QString& file : ecluse::test::filesWithDemoData(m_home->path()))
            QVERIFY2(isInside(file, staging), qPrintable(file + QStringLiteral(" holds demo data outside staging")));

        // The next start deletes the leftovers, says so, and builds the demo (or finds it built).
        const Result again = run(demoInit(2000));
        for (const QString& folder : staging) {
            QVERIFY2(again.err.contains(QStringLiteral("Deleted %1, left by an interrupted demo build.").arg(folder)),
                     qPrintable(again.err));
        }
        if (vaultInPlace) {
            QCOMPARE(again.exitCode, 4);
            QVERIFY2(again.err.contains(QStringLiteral("already exists")), qPrintable(again.err));
        } else {
            QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        }
        QVERIFY(ecluse::test::demoStagingFolders(vaultFolder()).isEmpty());
        QVERIFY2(ecluse::test::filesWithDemoData(m_home->path()).isEmpty(),
                 qPrintable(ecluse::test::filesWithDemoData(m_home->path()).join(u' ')));
        QVERIFY2(tempEntries().isEmpty(), qPrintable(tempEntries().join(u' ')));
        verifyWholeDemo(vaultInPlace ? killedRows : 2000);
    }

    void aBuildStillRunningIsLeftAloneByAnotherStart()
    {
        QProcess first;
        QByteArray firstErr;
        const qint64 firstRows = 400000;
        QVERIFY2(
            startDemoInit(
                first, firstRows, [](const QByteArray& soFar) { return soFar.contains("Generating: "); }, firstErr),
            firstErr.constData());
        QCOMPARE(ecluse::test::demoStagingFolders(vaultFolder()).size(), 1);

        const Result second = run(demoInit(2000));
        QVERIFY2(!second.err.contains(QStringLiteral("Deleted")), qPrintable(second.err));
        QVERIFY(first.waitForFinished(240000));
        QCOMPARE(first.exitStatus(), QProcess::NormalExit);
        firstErr += first.readAllStandardError();

        // Whichever finished first holds the folder; the other refused to replace it, and left
        // nothing of its own behind.
        const int firstCode = first.exitCode();
        QVERIFY2((firstCode == 0 && second.exitCode == 4) || (firstCode == 4 && second.exitCode == 0),
                 qPrintable(QStringLiteral("%1 / %2: %3 / %4")
                                .arg(firstCode)
                                .arg(second.exitCode)
                                .arg(QString::fromLocal8Bit(firstErr), second.err)));
        QVERIFY(QString::fromLocal8Bit(firstErr).contains(QStringLiteral("already exists")) ||
                second.err.contains(QStringLiteral("already exists")));
        QVERIFY(ecluse::test::demoStagingFolders(vaultFolder()).isEmpty());
        QVERIFY2(ecluse::test::filesWithDemoData(m_home->path()).isEmpty(),
                 qPrintable(ecluse::test::filesWithDemoData(m_home->path()).join(u' ')));
        QVERIFY2(tempEntries().isEmpty(), qPrintable(tempEntries().join(u' ')));
        verifyWholeDemo(firstCode == 0 ? firstRows : 2000);
    }
};

QTEST_GUILESS_MAIN(TestCliDemo)
#include "tst_cli_demo.moc"
