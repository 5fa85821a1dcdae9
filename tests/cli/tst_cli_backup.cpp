#include "CliProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// `ecluse-cli backup ...` as an administrator scripts it on a demo workstation: exit codes a
// script can act on, a damaged backup refused, a restore that the trail records.
class TestCliBackup : public QObject
{
    Q_OBJECT

private:
    using Result = ecluse::test::CliResult;

    QTemporaryDir m_home;

    static QString policyPath() { return QStringLiteral(ECLUSE_TEST_POLICY_FILE); }
    QString vault() const { return QDir(m_home.path()).filePath(QStringLiteral("vault")); }
    QString backups() const { return QDir(m_home.path()).filePath(QStringLiteral("backups")); }

    Result as(const char* user, QStringList arguments, const QByteArray& input = "demo pass phrase\n")
    {
        arguments << QStringLiteral("--user") << QString::fromLatin1(user) << QStringLiteral("--password-stdin");
        return ecluse::test::runCli(m_home.path(), QStringList{QStringLiteral("--vault"), vault()} + arguments, input);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(ecluse::test::writeCliPolicy(policyPath(), "[General]\n"));
        const Result demo =
            ecluse::test::runCli(m_home.path(),
                                 {QStringLiteral("--vault"), vault(), QStringLiteral("demo"), QStringLiteral("init"),
                                  QStringLiteral("--rows"), QStringLiteral("2000"), QStringLiteral("--password-stdin")},
                                 "demo pass phrase\n");
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    }

    void cleanupTestCase() { QFile::remove(policyPath()); }

    void backUpVerifyRefuseDamageAndRestore()
    {
        // Administrators only.
        QCOMPARE(as("analyst1", {QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--to"), backups()})
                     .exitCode,
                 2);
        const Result created = as("admin", {QStringLiteral("--json"), QStringLiteral("backup"),
                                            QStringLiteral("create"), QStringLiteral("--to"), backups()});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        const QString file =
            QJsonDocument::fromJson(created.out.toUtf8()).object().value(QStringLiteral("file")).toString();
        QVERIFY(QFile::exists(file));
        const Result verified = as("admin", {QStringLiteral("backup"), QStringLiteral("verify"), file});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));
        QVERIFY(verified.out.contains(QStringLiteral("is intact")));
        QCOMPARE(as("admin", {QStringLiteral("backup"), QStringLiteral("verify"), file}, "not the password\n").exitCode,
                 2);

        // One flipped byte: exit 3, and restore refuses it too, leaving the vault alone.
        QFile original(file);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QByteArray bytes = original.readAll();
        bytes[bytes.size() * 2 / 3] = static_cast<char>(bytes[bytes.size() * 2 / 3] ^ 0x01);
        const QString damaged = QDir(m_home.path()).filePath(QStringLiteral("damaged.ecb"));
        QFile copy(damaged);
        QVERIFY(copy.open(QIODevice::WriteOnly) && copy.write(bytes) == bytes.size());
        copy.close();
        QCOMPARE(as("admin", {QStringLiteral("backup"), QStringLiteral("verify"), damaged}).exitCode, 3);
        QCOMPARE(as("admin", {QStringLiteral("backup"), QStringLiteral("restore"), damaged}).exitCode, 3);

        // Work after the backup, then the restore: the trail says it went back.
        QCOMPARE(as("analyst1", {QStringLiteral("catalogue"), QStringLiteral("list")}).exitCode, 0);
        const Result restored = as("admin", {QStringLiteral("backup"), QStringLiteral("restore"), file});
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
        const Result trail = as("auditor", {QStringLiteral("audit"), QStringLiteral("export")});
        QVERIFY2(trail.exitCode == 0, qPrintable(trail.err));
        QVERIFY(trail.out.contains(QStringLiteral("\"action\":\"vault.restore\"")));
        QVERIFY(trail.out.contains(QStringLiteral("\"trailWentBack\":true")));
        QCOMPARE(as("auditor", {QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
        QCOMPARE(as("admin", {QStringLiteral("vault"), QStringLiteral("verify")}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliBackup)
#include "tst_cli_backup.moc"
