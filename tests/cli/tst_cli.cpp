#include "CliProcess.h"
#include "TestAuthority.h"
#include "TestFiles.h"
#include "UnreadableFiles.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>
#endif

namespace {

QByteArray utf16(const QString& text)
{
    return QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
}

} // namespace

// The command line is a contract administrators script against: these tests run the real
// ecluse-cli binary and check exit codes, output and files, as a script would.
class TestCli : public QObject
{
    Q_OBJECT

private:
    using Result = ecluse::test::CliResult;

    std::unique_ptr<QTemporaryDir> m_home;
    QString m_recoveryKey;
    QTemporaryDir m_authorityDir;
    QString m_authorityKey; // base64 public key, as policy wants it
    bool m_rolesVaultReady = false;

    static QString policyPath() { return QStringLiteral(ECLUSE_TEST_POLICY_FILE); }

    static void writePolicy(const QByteArray& contents)
    {
        QVERIFY(ecluse::test::writeCliPolicy(policyPath(), contents));
    }

    QString authorityFile(const char* name) const { return m_authorityDir.filePath(QString::fromLatin1(name)); }

    // Signs a manifest with the test authority through the CLI, as a producer would.
    QString signManifest(qint64 serial, const QList<ecluse::test::TestUser>& users)
    {
        const QString json = m_home->filePath(QStringLiteral("manifest-%1.json").arg(serial));
        const QString out = m_home->filePath(QStringLiteral("manifest-%1.signed").arg(serial));
        QFile file(json);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(ecluse::test::TestAuthority::manifestJson(serial, users, QDateTime::currentDateTimeUtc()));
        file.close();
        const Result result =
            run({QStringLiteral("habilitation"), QStringLiteral("sign"), QStringLiteral("--key"),
                 authorityFile("authority.key"), QStringLiteral("--in"), json, QStringLiteral("--out"), out},
                {}, false);
        return result.exitCode == 0 ? out : QString();
    }

    QString vaultFolder() const { return QDir(m_home->path()).filePath(QStringLiteral("vault")); }

    Result run(const QStringList& arguments, const QByteArray& input = {}, bool withVault = true,
               const QMap<QString, QString>& extraEnvironment = {})
    {
        QStringList all = withVault ? QStringList{QStringLiteral("--vault"), vaultFolder()} : QStringList{};
        all += arguments;
        return ecluse::test::runCli(m_home->path(), all, input, extraEnvironment, 60000);
    }

    Result initVault()
    {
        const Result result = run({QStringLiteral("vault"), QStringLiteral("init"), QStringLiteral("--admin"),
                                   QStringLiteral("admin"), QStringLiteral("--password-stdin")},
                                  "admin pass phrase 1\n");
        const QRegularExpression key(QStringLiteral("([A-Z2-7]{4}-){12}[A-Z2-7]{4}"));
        m_recoveryKey = key.match(result.out).captured(0);
        return result;
    }

    static QStringList as(const char* command, const char* user)
    {
        QStringList arguments = QString::fromLatin1(command).split(QLatin1Char(' '));
        arguments << QStringLiteral("--user") << QString::fromLatin1(user) << QStringLiteral("--password-stdin");
        return arguments;
    }

    // Imports the standard manifest and enrols analyst1, steward1 and auditor1, each with the
    // password "<name> pass phrase".
    void habilitate()
    {
        const QString signedFile =
            signManifest(1, ecluse::test::TestAuthority::standardUsers(QDateTime::currentDateTimeUtc()));
        QVERIFY(!signedFile.isEmpty());
        QStringList import = as("habilitation import", "admin");
        import << signedFile;
        const Result imported = run(import, "admin pass phrase 1\n");
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        for (const char* user : {"analyst1", "steward1", "auditor1"}) {
            QStringList arguments = as("user enrol", "admin");
            arguments << QString::fromLatin1(user);
            const Result result = run(arguments, "admin pass phrase 1\n" + QByteArray(user) + " pass phrase\n");
            QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        }
    }

    void enrolAuditor() { habilitate(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("ECLUSE_CLI")), "ECLUSE_CLI is not set");
        m_home = std::make_unique<QTemporaryDir>();
        const Result keygen = run({QStringLiteral("--json"), QStringLiteral("authority"), QStringLiteral("keygen"),
                                   QStringLiteral("--out"), m_authorityDir.path()},
                                  {}, false);
        QVERIFY2(keygen.exitCode == 0, qPrintable(keygen.err));
        m_authorityKey =
            QJsonDocument::fromJson(keygen.out.toUtf8()).object().value(QStringLiteral("publicKey")).toString();
        QCOMPARE(QFile::permissions(authorityFile("authority.key")) & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());
    }

    void init()
    {
        // The role table's rows share one habilitated vault: building it costs a dozen scrypt runs.
        if (qstrcmp(QTest::currentTestFunction(), "everyRoleGetsExactlyItsCommands") == 0 && m_rolesVaultReady)
            return;
        m_rolesVaultReady = false;
        m_home = std::make_unique<QTemporaryDir>();
        m_recoveryKey.clear();
        writePolicy("TrustedAuthorityKeys=" + m_authorityKey.toLatin1() + "\n");
    }

    void cleanupTestCase() { QFile::remove(policyPath()); }

    void versionNamesEveryLibrary()
    {
        const Result result = run({QStringLiteral("--version")}, {}, false);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("Écluse")), qPrintable(result.out));
        QVERIFY(result.out.contains(QRegularExpression(QStringLiteral("SQLCipher 4\\."))));
        QVERIFY(result.out.contains(QRegularExpression(QStringLiteral("OpenSSL 3\\."))));
    }

    // The man page is written by hand; a command or option added to the code without it would
    // otherwise be found only when the package is checked (scripts/package-linux.sh).
    void manPageDescribesEveryCommandAndOption()
    {
        QFile page(QStringLiteral(ECLUSE_TEST_SOURCE_DIR "/../../packaging/linux/ecluse-cli.1"));
        QVERIFY2(page.open(QIODevice::ReadOnly), qPrintable(page.fileName()));
        QString text = QString::fromUtf8(page.readAll());
        text.remove(QRegularExpression(QStringLiteral("\\\\f[BIRP]")))
            .replace(QStringLiteral("\\-"), QStringLiteral("-"));

        const Result help = run({QStringLiteral("--help")}, {}, false);
        QCOMPARE(help.exitCode, 0);
        const QRegularExpression commandLine(QStringLiteral("^  ([a-z][a-z ]*[a-z])( [A-Z]+)? *$"),
                                             QRegularExpression::MultilineOption);
        const QRegularExpression optionLine(QStringLiteral("^ +(?:-[a-z], )?(--[a-z-]+)"),
                                            QRegularExpression::MultilineOption);
        QStringList missing;
        int commands = 0;
        for (const auto& match : commandLine.globalMatch(help.out)) {
            const QString command = match.captured(1);
            ++commands;
            const QRegularExpression named(
                QStringLiteral("(^|[ \"])%1( |\"|$)").arg(QRegularExpression::escape(command)),
                QRegularExpression::MultilineOption);
            if (!text.contains(named))
                missing << QStringLiteral("command '%1'").arg(command);
            const Result commandHelp = run(command.split(QLatin1Char(' ')) << QStringLiteral("--help"), {}, false);
            QCOMPARE(commandHelp.exitCode, 0);
            for (const auto& option : optionLine.globalMatch(commandHelp.out)) {
                if (!text.contains(option.captured(1)))
                    missing << QStringLiteral("option %1 of '%2'").arg(option.captured(1), command);
            }
        }
        QVERIFY2(commands >= 30, qPrintable(help.out));
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    }

    void usageErrorsExitWithOne_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command") << QStringList{QStringLiteral("vault"), QStringLiteral("explode")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("vault"), QStringLiteral("init"),
                                                       QStringLiteral("--frobnicate")};
        QTest::newRow("missing --admin") << QStringList{QStringLiteral("vault"), QStringLiteral("init"),
                                                        QStringLiteral("--password-stdin")};
        QTest::newRow("bad export format")
            << QStringList{QStringLiteral("audit"), QStringLiteral("export"),   QStringLiteral("--user"),
                           QStringLiteral("admin"), QStringLiteral("--format"), QStringLiteral("xml")};
    }

    void usageErrorsExitWithOne()
    {
        QFETCH(QStringList, arguments);
        const Result result = run(arguments, "admin pass phrase 1\n");
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.startsWith(QStringLiteral("ecluse-cli: ")) || result.out.contains(QStringLiteral("Usage")));
        QVERIFY(!QFile::exists(QDir(vaultFolder()).filePath(QStringLiteral("keyslots.json"))));
    }

    void initPrintsTheRecoveryKeyOnceAndStoresItNowhere()
    {
        const Result result = initVault();
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(!m_recoveryKey.isEmpty(), qPrintable(result.out));
        QFile slots(QDir(vaultFolder()).filePath(QStringLiteral("keyslots.json")));
        QVERIFY(slots.open(QIODevice::ReadOnly));
        const QByteArray contents = slots.readAll();
        QVERIFY(!contents.contains(m_recoveryKey.toLatin1()));
        QVERIFY(!contents.contains(m_recoveryKey.remove(QLatin1Char('-')).toLatin1()));
    }

    void initRefusesBadInputAndLeavesNoVault_data()
    {
        QTest::addColumn<QString>("admin");
        QTest::addColumn<QByteArray>("password");
        QTest::newRow("short password") << QStringLiteral("admin") << QByteArray("short\n");
        QTest::newRow("bad name") << QStringLiteral("Admin Smith") << QByteArray("admin pass phrase 1\n");
    }

    void initRefusesBadInputAndLeavesNoVault()
    {
        QFETCH(QString, admin);
        QFETCH(QByteArray, password);
        const Result result = run({QStringLiteral("vault"), QStringLiteral("init"), QStringLiteral("--admin"), admin,
                                   QStringLiteral("--password-stdin")},
                                  password);
        QCOMPARE(result.exitCode, 4);
        QVERIFY(!QFile::exists(QDir(vaultFolder()).filePath(QStringLiteral("keyslots.json"))));
    }

    void initTwiceIsRefused()
    {
        QCOMPARE(initVault().exitCode, 0);
        QCOMPARE(initVault().exitCode, 4);
    }

    void wrongPasswordExitsWithTwo()
    {
        initVault();
        const Result result = run(as("vault verify", "admin"), "not the password\n");
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("wrong user or password")), qPrintable(result.err));
        QCOMPARE(run(as("vault verify", "ghost"), "admin pass phrase 1\n").exitCode, 2);
    }

    void verifyPassesOnAnIntactVault()
    {
        initVault();
        const Result result = run(as("vault verify", "admin"), "admin pass phrase 1\n");
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(result.out.contains(QStringLiteral("cipher_integrity_check")));
    }

    void verifyReportsJson()
    {
        initVault();
        QStringList arguments = as("vault verify", "admin");
        arguments << QStringLiteral("--json");
        const Result result = run(arguments, "admin pass phrase 1\n");
        QCOMPARE(result.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("intact")).toBool(), true);
        QStringList checked;
        for (const QJsonValue check : json.value(QStringLiteral("checks")).toArray()) {
            if (!check.toObject().value(QStringLiteral("warning")).toBool()) // a machine without a system log
                checked << check.toObject().value(QStringLiteral("name")).toString();
        }
        QCOMPARE(checked.size(), 5);
        QVERIFY2(checked.join(QLatin1Char(' ')).contains(QStringLiteral("database schema")),
                 qPrintable(checked.join(QLatin1Char(' '))));
    }

    void damagedVaultExitsWithThree()
    {
        initVault();
        QFile file(QDir(vaultFolder()).filePath(QStringLiteral("vault.db")));
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 offset = file.size() - 200;
        file.seek(offset);
        char byte = 0;
        file.getChar(&byte);
        file.seek(offset);
        file.putChar(static_cast<char>(byte ^ 0x40));
        file.close();
        const Result result = run(as("vault verify", "admin"), "admin pass phrase 1\n");
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains(QStringLiteral("page")) || result.err.contains(QStringLiteral("damaged")),
                 qPrintable(result.err));
    }

    void removedSealExitsWithThree()
    {
        initVault();
        enrolAuditor();
        QDir seals(QDir(m_home->path()).filePath(QStringLiteral("data/ecluse/seals")));
        const QStringList sealFiles = seals.entryList(QDir::Files);
        QCOMPARE(sealFiles.size(), 1);
        QVERIFY(seals.remove(sealFiles.first()));
        const Result result = run(as("audit verify", "auditor1"), "auditor1 pass phrase\n");
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains(QStringLiteral("seal")), qPrintable(result.err));
        // Later sign-ins do not quietly recreate the lost witness...
        QCOMPARE(run(as("audit verify", "auditor1"), "auditor1 pass phrase\n").exitCode, 3);
        // ...an auditor reseals, with a reason, and the trail verifies again.
        QStringList reseal = as("audit reseal", "admin");
        reseal << QStringLiteral("--reason") << QStringLiteral("seal folder wiped by a reinstall");
        QCOMPARE(run(reseal, "admin pass phrase 1\n").exitCode, 2);
        reseal = as("audit reseal", "auditor1");
        reseal << QStringLiteral("--reason") << QStringLiteral("seal folder wiped by a reinstall");
        QCOMPARE(run(reseal, "auditor1 pass phrase\n").exitCode, 0);
        QCOMPARE(run(as("audit verify", "auditor1"), "auditor1 pass phrase\n").exitCode, 0);
    }

    void passwordChangeTakesOldThenNew()
    {
        initVault();
        QCOMPARE(run(as("vault passwd", "admin"), "admin pass phrase 1\nadmin pass phrase 2\n").exitCode, 0);
        QCOMPARE(run(as("vault verify", "admin"), "admin pass phrase 1\n").exitCode, 2);
        QCOMPARE(run(as("vault verify", "admin"), "admin pass phrase 2\n").exitCode, 0);
        QCOMPARE(run(as("vault passwd", "admin"), "wrong old password\nadmin pass phrase 3\n").exitCode, 2);
        QCOMPARE(run(as("vault passwd", "admin"), "admin pass phrase 2\nshort\n").exitCode, 4);
    }

    void recoveryKeySetsANewPassword()
    {
        initVault();
        QCOMPARE(run(as("vault recover", "admin"), "AAAA-BBBB\nadmin pass phrase 9\n").exitCode, 2);
        const Result result = run(as("vault recover", "admin"), m_recoveryKey.toLatin1() + "\nadmin pass phrase 9\n");
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(run(as("vault verify", "admin"), "admin pass phrase 9\n").exitCode, 0);
    }

    void auditExportIsForAuditorsAndGivesJsonLines()
    {
        initVault();
        QStringList exportAsAdmin = as("audit export", "admin");
        exportAsAdmin << QStringLiteral("--format") << QStringLiteral("jsonl");
        const Result refused = run(exportAsAdmin, "admin pass phrase 1\n");
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("auditor")), qPrintable(refused.err));

        enrolAuditor();
        QStringList exportAsAuditor = as("audit export", "auditor1");
        exportAsAuditor << QStringLiteral("--format") << QStringLiteral("jsonl");
        const Result result = run(exportAsAuditor, "auditor1 pass phrase\n");
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QStringList lines = result.out.trimmed().split(QLatin1Char('\n'));
        QVERIFY(lines.size() >= 5);
        QStringList actions;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QJsonObject entry = QJsonDocument::fromJson(lines[i].toUtf8()).object();
            QCOMPARE(entry.value(QStringLiteral("seq")).toInteger(), i + 1);
            actions << entry.value(QStringLiteral("action")).toString();
        }
        QVERIFY(actions.contains(QStringLiteral("vault.create")));
        QVERIFY(actions.contains(QStringLiteral("access.denied"))); // the admin's refused export
        QVERIFY(actions.contains(QStringLiteral("account.enrol")));

        const Result verified = run(as("audit verify", "auditor1"), "auditor1 pass phrase\n");
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));
    }

    void accountManagementFollowsRoles()
    {
        initVault();
        enrolAuditor();
        QCOMPARE(run(as("user list", "auditor1"), "auditor1 pass phrase\n").exitCode, 2);
        const Result list = run(as("user list", "admin"), "admin pass phrase 1\n");
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.contains(QStringLiteral("auditor1\tauditor")), qPrintable(list.out));

        const Result lastAdmin = run(as("user revoke admin", "admin"), "admin pass phrase 1\n");
        QCOMPARE(lastAdmin.exitCode, 2);
        QVERIFY2(lastAdmin.err.contains(QStringLiteral("last administrator")), qPrintable(lastAdmin.err));

        QCOMPARE(run(as("user revoke auditor1", "admin"), "admin pass phrase 1\n").exitCode, 0);
        QCOMPARE(run(as("audit verify", "auditor1"), "auditor1 pass phrase\n").exitCode, 2);
        QCOMPARE(run(as("user revoke nobody", "admin"), "admin pass phrase 1\n").exitCode, 4);
    }

    void everyRoleGetsExactlyItsCommands_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("command");
        QTest::addColumn<int>("exitCode");
        const QStringList commands{QStringLiteral("user list"), QStringLiteral("audit export"),
                                   QStringLiteral("audit verify"), QStringLiteral("vault verify")};
        const QMap<QString, QList<int>> expected{
            {QStringLiteral("admin"), {0, 2, 0, 0}},
            {QStringLiteral("analyst1"), {2, 2, 2, 2}},
            {QStringLiteral("steward1"), {2, 2, 2, 2}},
            {QStringLiteral("auditor1"), {2, 0, 0, 0}},
        };
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            for (qsizetype i = 0; i < commands.size(); ++i)
                QTest::addRow("%s %s", qPrintable(it.key()), qPrintable(commands[i]))
                    << it.key() << commands[i] << it.value()[i];
        }
    }

    void everyRoleGetsExactlyItsCommands()
    {
        QFETCH(QString, user);
        QFETCH(QString, command);
        QFETCH(int, exitCode);
        if (!m_rolesVaultReady) {
            initVault();
            habilitate();
            m_rolesVaultReady = true;
        }
        QStringList arguments = command.split(QLatin1Char(' '));
        arguments << QStringLiteral("--user") << user << QStringLiteral("--password-stdin");
        const QByteArray password = user == QStringLiteral("admin")
                                        ? "admin pass phrase 1\n"
                                        : (user + QStringLiteral(" pass phrase\n")).toUtf8();
        const Result result = run(arguments, password);
        QVERIFY2(result.exitCode == exitCode, qPrintable(result.err));
        if (exitCode == 2)
            QVERIFY2(result.err.contains(QStringLiteral("only the")), qPrintable(result.err));
    }

    void manifestsAreCheckedOnImport()
    {
        initVault();
        habilitate();
        const auto users = ecluse::test::TestAuthority::standardUsers(QDateTime::currentDateTimeUtc());
        QStringList import = as("habilitation import", "admin");

        // Same serial again: a replay.
        QStringList replay = import;
        replay << signManifest(1, users);
        QCOMPARE(run(replay, "admin pass phrase 1\n").exitCode, 4);

        // Altered after signing.
        const QString signedFile = signManifest(2, users);
        QFile file(signedFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject envelope = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        QByteArray payload = QByteArray::fromBase64(envelope.value(QStringLiteral("manifest")).toString().toLatin1());
        payload.replace("\"steward\"", "\"analyst\"");
        envelope.insert(QStringLiteral("manifest"), QString::fromLatin1(payload.toBase64()));
        const QString tampered = m_home->filePath(QStringLiteral("tampered.signed"));
        QFile out(tampered);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(envelope).toJson());
        out.close();
        QStringList importTampered = import;
        importTampered << tampered;
        QCOMPARE(run(importTampered, "admin pass phrase 1\n").exitCode, 3);

        // Signed by a key policy does not trust.
        writePolicy("TrustedAuthorityKeys=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n");
        QStringList untrusted = import;
        untrusted << signedFile;
        const Result refused = run(untrusted, "admin pass phrase 1\n");
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("TrustedAuthorityKeys")), qPrintable(refused.err));

        // And the manifest in force is still serial 1.
        QStringList show = as("habilitation show", "auditor1");
        show << QStringLiteral("--json");
        const Result shown = run(show, "auditor1 pass phrase\n");
        QCOMPARE(QJsonDocument::fromJson(shown.out.toUtf8()).object().value(QStringLiteral("serial")).toInteger(), 1);
    }

    void enrolmentNeedsTheManifest()
    {
        initVault();
        QStringList arguments = as("user enrol", "admin");
        arguments << QStringLiteral("analyst1");
        const Result result = run(arguments, "admin pass phrase 1\nanalyst1 pass phrase\n");
        QCOMPARE(result.exitCode, 4);
        QVERIFY2(result.err.contains(QStringLiteral("manifest")), qPrintable(result.err));
    }

    void habilitationShowGivesOthersOnlyTheirOwn()
    {
        initVault();
        habilitate();
        QStringList show = as("habilitation show", "analyst1");
        show << QStringLiteral("--json");
        const Result result = run(show, "analyst1 pass phrase\n");
        QCOMPARE(result.exitCode, 0);
        const QJsonArray users =
            QJsonDocument::fromJson(result.out.toUtf8()).object().value(QStringLiteral("users")).toArray();
        QCOMPARE(users.size(), 1);
        QCOMPARE(users[0].toObject().value(QStringLiteral("id")).toString(), QStringLiteral("analyst1"));
        QCOMPARE(users[0]
                     .toObject()
                     .value(QStringLiteral("grants"))
                     .toArray()[0]
                     .toObject()
                     .value(QStringLiteral("potentialIdentifier"))
                     .toString(),
                 QStringLiteral("care-date"));
    }

    void policyShowTellsWhereEachRuleComesFrom()
    {
        writePolicy("TrustedAuthorityKeys=" + m_authorityKey.toLatin1() + "\nIdleLockMinutes=3\nClipboardMode=deny\n");
        const Result result = run({QStringLiteral("--json"), QStringLiteral("policy"), QStringLiteral("show")});
        QCOMPARE(result.exitCode, 0);
        QMap<QString, QJsonObject> entries;
        for (const QJsonValue value : QJsonDocument::fromJson(result.out.toUtf8()).array())
            entries.insert(value.toObject().value(QStringLiteral("key")).toString(), value.toObject());
        QCOMPARE(entries[QStringLiteral("IdleLockMinutes")].value(QStringLiteral("value")).toString(),
                 QStringLiteral("3"));
        QCOMPARE(entries[QStringLiteral("IdleLockMinutes")].value(QStringLiteral("origin")).toString(),
                 QStringLiteral("managed"));
        QCOMPARE(entries[QStringLiteral("SmallCellThreshold")].value(QStringLiteral("value")).toString(),
                 QStringLiteral("11"));
        QCOMPARE(entries[QStringLiteral("SmallCellThreshold")].value(QStringLiteral("origin")).toString(),
                 QStringLiteral("default"));
    }

    void userSettingsCannotLoosenThePolicy()
    {
        writePolicy("IdleLockMinutes=3\n");
        const QString userConfig = QDir(m_home->path()).filePath(QStringLiteral("config/ecluse"));
        QDir().mkpath(userConfig);
        QFile file(QDir(userConfig).filePath(QStringLiteral("ecluse.ini")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[Policy]\nIdleLockMinutes=60\nSmallCellThreshold=15\n");
        file.close();
        const Result result =
            run({QStringLiteral("policy"), QStringLiteral("show")}, {}, true,
                {{QStringLiteral("XDG_CONFIG_HOME"), QDir(m_home->path()).filePath(QStringLiteral("config"))}});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("IdleLockMinutes = 3  [managed]")), qPrintable(result.out));
        QVERIFY(result.out.contains(QStringLiteral("would loosen")));
        QVERIFY(result.out.contains(QStringLiteral("SmallCellThreshold = 15  [user]")));
    }

    void unreadableManagedPolicyStopsEverything()
    {
        writePolicy("SmallCellThreshold=eleven\n");
        const Result result = run({QStringLiteral("policy"), QStringLiteral("show")});
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains(QStringLiteral("SmallCellThreshold")), qPrintable(result.err));
        QCOMPARE(initVault().exitCode, 3);
    }

    void brokenManagedPolicyStopsEveryCommand_data()
    {
        QTest::addColumn<QString>("kind"); // what is at the path, when not a file holding `text`
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("why");
        const QByteArray deny = "ExportMode=deny\n";
        QTest::newRow("a folder") << "folder" << QByteArray() << "the file is not a regular file";
        QTest::newRow("a FIFO") << "fifo" << QByteArray() << "the file is not a regular file";
        QTest::newRow("a link to /dev/zero") << "link to /dev/zero" << QByteArray() << "the file is not a regular file";
        QTest::newRow("no read permission") << "no read permission" << QByteArray() << "cannot open the file";
        QTest::newRow("UTF-16") << QString() << QByteArray("\xff\xfe") + utf16(QString::fromLatin1(deny))
                                << "the file is UTF-16 text";
        QTest::newRow("NUL bytes") << QString() << deny + QByteArray("IdleLockMinutes=3\0\n", 19)
                                   << "line 2 holds a NUL byte";
        QTest::newRow("a line that does not parse") << QString() << deny + "IdleLockMinutes 3\n"
                                                    << "line 2 is not Key=value";
        QTest::newRow("an unknown key") << QString() << deny + "ExportMod=deny\n"
                                        << "unknown key 'ExportMod'";
        QTest::newRow("a value out of range") << QString() << deny + "SmallCellThreshold=1\n"
                                              << "SmallCellThreshold = '1'";
    }

    void brokenManagedPolicyStopsEveryCommand()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, text);
        QFETCH(QString, why);
        QVERIFY(ecluse::test::removeCliPolicy(policyPath()));
        if (!text.isEmpty())
            writePolicy(text);
        if (!kind.isEmpty()) {
            if (const QString cannot = ecluse::test::makeUnreadable(kind, policyPath()); !cannot.isEmpty())
                QSKIP(qPrintable(cannot));
        }

        const QString keys = QDir(m_home->path()).filePath(QStringLiteral("keys"));
        const QList<QStringList> commands{
            {QStringLiteral("policy"), QStringLiteral("show")},
            {QStringLiteral("--json"), QStringLiteral("policy"), QStringLiteral("show")},
            {QStringLiteral("vault"), QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin"),
             QStringLiteral("--password-stdin")},
            as("habilitation show", "admin"),
            {QStringLiteral("authority"), QStringLiteral("keygen"), QStringLiteral("--out"), keys},
        };
        const QString expected = QStringLiteral("ecluse-cli: managed policy %1: ").arg(policyPath());
        for (const QStringList& command : commands) {
            const Result result = run(command, "admin pass phrase 1\n");
            const QString context = command.join(QLatin1Char(' ')) + QStringLiteral(": ") + result.err;
            QVERIFY2(result.exitCode == 3, qPrintable(context));
            QVERIFY2(result.err.startsWith(expected) && result.err.contains(why), qPrintable(context));
            // Nothing shown and nothing done: no defaults, so ExportMode=deny is never lifted.
            QVERIFY2(result.out.isEmpty(), qPrintable(result.out));
        }
        QVERIFY(!QFile::exists(vaultFolder()));
        QVERIFY(!QFile::exists(keys));
        writePolicy("TrustedAuthorityKeys=" + m_authorityKey.toLatin1() + "\n");
    }

    void versionPrintsWhateverManagedPolicySays()
    {
        // Repairing a broken policy starts with knowing which Écluse reads it; --version applies
        // no rule.
        QVERIFY(ecluse::test::removeCliPolicy(policyPath()));
        QVERIFY(QDir().mkdir(policyPath()));
        const Result result = run({QStringLiteral("--version")}, {}, false);
        writePolicy("TrustedAuthorityKeys=" + m_authorityKey.toLatin1() + "\n");
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("Écluse")), qPrintable(result.out));
    }

    void unreadableUserSettingsAreLeftOutWithANote()
    {
        writePolicy("ExportMode=deny\n");
        const QString config = QDir(m_home->path()).filePath(QStringLiteral("config"));
        const QString userFile = QDir(config).filePath(QStringLiteral("ecluse/ecluse.ini"));
        QVERIFY(QDir().mkpath(QFileInfo(userFile).path()));
        // A FIFO: QSettings would wait on it for ever.
        if (const QString cannot = ecluse::test::makeUnreadable(QStringLiteral("fifo"), userFile); !cannot.isEmpty())
            QSKIP(qPrintable(cannot));
        const Result result = run({QStringLiteral("policy"), QStringLiteral("show")}, {}, true,
                                  {{QStringLiteral("XDG_CONFIG_HOME"), config}});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.startsWith(QStringLiteral("ecluse-cli: note: user settings %1 ignored: ").arg(userFile)),
                 qPrintable(result.err));
        QVERIFY2(result.out.contains(QStringLiteral("ExportMode = deny  [managed]")), qPrintable(result.out));
    }

    void commandsWithoutPasswordsPrintNothingOnStandardError()
    {
        // QCommandLineParser complained on standard error when asked about --password-stdin,
        // which these commands do not define; a script reading standard error takes that for a
        // failure.
        writePolicy("TrustedAuthorityKeys=" + m_authorityKey.toLatin1() + "\n");
        const Result shown = run({QStringLiteral("policy"), QStringLiteral("show")});
        QCOMPARE(shown.exitCode, 0);
        QCOMPARE(shown.err, QString());

        const QString keys = QDir(m_home->path()).filePath(QStringLiteral("keys"));
        const Result keygen =
            run({QStringLiteral("authority"), QStringLiteral("keygen"), QStringLiteral("--out"), keys}, {}, false);
        QCOMPARE(keygen.exitCode, 0);
        QCOMPARE(keygen.err, QString());

        const QString json = m_home->filePath(QStringLiteral("manifest.json"));
        ecluse::test::writeFile(json,
                                ecluse::test::TestAuthority::manifestJson(
                                    1, ecluse::test::TestAuthority::standardUsers(QDateTime::currentDateTimeUtc()),
                                    QDateTime::currentDateTimeUtc()));
        const Result signature = run({QStringLiteral("habilitation"), QStringLiteral("sign"), QStringLiteral("--key"),
                                      authorityFile("authority.key"), QStringLiteral("--in"), json,
                                      QStringLiteral("--out"), m_home->filePath(QStringLiteral("manifest.signed"))},
                                     {}, false);
        QCOMPARE(signature.exitCode, 0);
        QCOMPARE(signature.err, QString());

        const QString csv = m_home->filePath(QStringLiteral("claims.csv"));
        ecluse::test::writeFile(csv, "BEN_NIR_PSA,BEN_SEX_COD,BEN_NAI_ANN,BEN_RES_DPT,BEN_RES_COM,EXE_SOI_DTD,"
                                     "PRS_NAT_REF,PSE_SPE_COD,PRS_ACT_QTE,PRS_PAI_MNT,BSE_REM_MNT,BEN_DCD_DTE\n" +
                                         QByteArray(64, 'a') + ",1,1970,69,69123,2025-05-02,1110,1,1,30.00,21.00,\n");
        const Result built =
            run({QStringLiteral("package"), QStringLiteral("build"), QStringLiteral("--dataset"),
                 QStringLiteral("prestations"), QStringLiteral("--csv"), csv, QStringLiteral("--key"),
                 authorityFile("authority.key"), QStringLiteral("--out"), m_home->filePath(QStringLiteral("package"))},
                {}, false);
        QCOMPARE(built.exitCode, 0);
        QCOMPARE(built.err, QString());
    }

    void passwordPromptGivesTheTerminalBack_data()
    {
        QTest::addColumn<QByteArray>("typed");
        QTest::addColumn<int>("signal");   // the signal the CLI dies of, or 0
        QTest::addColumn<int>("exitCode"); // else its exit code
        QTest::newRow("Ctrl-C") << QByteArray("\x03") << int(SIGINT) << 0;
        QTest::newRow("a password too long") << QByteArray(1100, 'a') + '\n' << 0 << 4;
    }

    void passwordPromptGivesTheTerminalBack()
    {
        // A pseudo-terminal stands for the user's: the CLI under test gets it as its controlling
        // terminal, and the test reads its attributes once the CLI has gone.
#ifndef Q_OS_UNIX
        QSKIP("needs a pseudo-terminal");
#else
        QFETCH(QByteArray, typed);
        QFETCH(int, signal);
        QFETCH(int, exitCode);
        QCOMPARE(initVault().exitCode, 0);
        const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
        QVERIFY2(master >= 0 && ::grantpt(master) == 0 && ::unlockpt(master) == 0, "no pseudo-terminal here");
        const QByteArray slaveName = ::ptsname(master);
        const int slave = ::open(slaveName.constData(), O_RDWR | O_NOCTTY);
        const auto closeBoth = qScopeGuard([&] {
            ::close(slave);
            ::close(master);
        });
        QVERIFY(slave >= 0);
        termios before{};
        QCOMPARE(::tcgetattr(slave, &before), 0);
        QVERIFY(before.c_lflag & ECHO);

        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home->path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), QDir(m_home->path()).filePath(QStringLiteral("data")));
        process.setProcessEnvironment(env);
        const char* const terminal = slaveName.constData();
        process.setChildProcessModifier([terminal] {
            // A session of its own, whose controlling terminal is the pseudo-terminal: /dev/tty
            // there, and Ctrl-C typed on it signals this process alone.
            ::setsid();
            const int fd = ::open(terminal, O_RDWR);
            if (fd >= 0) {
                ::ioctl(fd, TIOCSCTTY, 0);
                ::close(fd);
            }
        });
        process.start(qEnvironmentVariable("ECLUSE_CLI"),
                      {QStringLiteral("--vault"), vaultFolder(), QStringLiteral("habilitation"), QStringLiteral("show"),
                       QStringLiteral("--user"), QStringLiteral("admin")});
        QVERIFY(process.waitForStarted());
        const auto killIfLeft = qScopeGuard([&] {
            process.kill();
            process.waitForFinished();
        });

        QByteArray shown;
        QDeadlineTimer deadline(30000);
        while (!shown.contains("Password for admin: ") && !deadline.hasExpired()) {
            pollfd readable{master, POLLIN, 0};
            if (::poll(&readable, 1, 100) > 0) {
                char buffer[256];
                const ssize_t got = ::read(master, buffer, sizeof buffer);
                if (got > 0)
                    shown.append(buffer, got);
            }
        }
        QVERIFY2(shown.contains("Password for admin: "), shown.constData());
        termios prompting{};
        QCOMPARE(::tcgetattr(slave, &prompting), 0);
        QVERIFY2(!(prompting.c_lflag & ECHO), "echo is on while the password is typed");

        QCOMPARE(::write(master, typed.constData(), static_cast<std::size_t>(typed.size())), typed.size());
        QVERIFY(process.waitForFinished(30000));
        termios after{};
        QCOMPARE(::tcgetattr(slave, &after), 0);
        QVERIFY2(after.c_lflag & ECHO, "the CLI left the terminal without echo");
        QCOMPARE(after.c_lflag, before.c_lflag);
        if (signal) {
            // Killed by the signal itself, as a shell expects of Ctrl-C (it reports status 130).
            QCOMPARE(process.exitStatus(), QProcess::CrashExit);
            QCOMPARE(process.exitCode(), signal);
        } else {
            QCOMPARE(process.exitStatus(), QProcess::NormalExit);
            QCOMPARE(process.exitCode(), exitCode);
        }
#endif
    }

    void runnerTellsAProcessThatDidNotEndByItselfFromAnExit()
    {
        const QString sleep = QStandardPaths::findExecutable(QStringLiteral("sleep"));
        const QString shell = QStandardPaths::findExecutable(QStringLiteral("sh"));
        if (sleep.isEmpty() || shell.isEmpty())
            QSKIP("needs sleep and sh");

        QTest::ignoreMessage(QtWarningMsg, "sleep 30: did not finish within 0.5 s and was killed");
        const Result hung = ecluse::test::runProgram(sleep, m_home->path(), {QStringLiteral("30")}, {}, {}, 500);
        QCOMPARE(hung.exitCode, -1);
        QVERIFY2(hung.err.startsWith(QStringLiteral("sleep 30: did not finish")), qPrintable(hung.err));

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^sh -c kill -SEGV \\$\\$: crashed")));
        const Result crashed =
            ecluse::test::runProgram(shell, m_home->path(), {QStringLiteral("-c"), QStringLiteral("kill -SEGV $$")});
        QCOMPARE(crashed.exitCode, -1);
        QVERIFY2(crashed.err.startsWith(QStringLiteral("sh -c kill -SEGV $$: crashed")), qPrintable(crashed.err));

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^ecluse-cli : could not be started")));
        const Result missing =
            ecluse::test::runProgram(m_home->filePath(QStringLiteral("ecluse-cli")), m_home->path(), {});
        QCOMPARE(missing.exitCode, -1);
        QVERIFY2(missing.err.contains(QStringLiteral("could not be started")), qPrintable(missing.err));
    }

    void demoWorkstationHasEveryAccount()
    {
        const Result result = run({QStringLiteral("--json"), QStringLiteral("demo"), QStringLiteral("init"),
                                   QStringLiteral("--password-stdin")},
                                  "demo pass phrase\n");
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("demo")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("accounts")).toArray().size(), 6);
        const Result analyst = run(as("habilitation show", "analyst2"), "demo pass phrase\n");
        QCOMPARE(analyst.exitCode, 0);
        QVERIFY2(analyst.err.contains(QStringLiteral("DEMO")), qPrintable(analyst.err));
        QVERIFY(analyst.out.contains(QStringLiteral("commune-of-residence")));
    }

    void demoVaultTrustsOnlyItsOwnAuthority()
    {
        QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("init"), QStringLiteral("--password-stdin")},
                     "demo pass phrase\n")
                     .exitCode,
                 0);
        // The organisation's authority is trusted by managed policy, yet not by a demo vault.
        QStringList import = as("habilitation import", "admin");
        import << signManifest(2, ecluse::test::TestAuthority::standardUsers(QDateTime::currentDateTimeUtc()));
        const Result result = run(import, "demo pass phrase\n");
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("not trust")), qPrintable(result.err));
    }

    void demoModeFollowsPolicy()
    {
        writePolicy("DemoModeAllowed=false\n");
        const Result result = run({QStringLiteral("demo"), QStringLiteral("init"), QStringLiteral("--password-stdin")},
                                  "demo pass phrase\n");
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("DemoModeAllowed")), qPrintable(result.err));
        QVERIFY(!QFile::exists(QDir(vaultFolder()).filePath(QStringLiteral("keyslots.json"))));
    }

    void packagesAreBuiltImportedAndCatalogued()
    {
        writePolicy("TrustedAuthorityKeys=" + m_authorityKey.toLatin1() +
                    "\nTrustedProducerKeys=" + m_authorityKey.toLatin1() + "\n");
        initVault();
        habilitate();
        const QString csv = m_home->filePath(QStringLiteral("claims.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("BEN_NIR_PSA,BEN_SEX_COD,BEN_NAI_ANN,BEN_RES_DPT,BEN_RES_COM,EXE_SOI_DTD,PRS_NAT_REF,PSE_SPE_COD,"
                   "PRS_ACT_QTE,PRS_PAI_MNT,BSE_REM_MNT,BEN_DCD_DTE\n");
        for (int i = 0; i < 30; ++i)
            file.write(QByteArray(64, static_cast<char>('a' + i % 6)) +
                       ",1,1970,69,69123,2025-05-02,1110,1,1,30.00,21.00,\n");
        file.close();
        const QString package = m_home->filePath(QStringLiteral("package"));
        const Result built = run({QStringLiteral("package"), QStringLiteral("build"), QStringLiteral("--dataset"),
                                  QStringLiteral("prestations"), QStringLiteral("--csv"), csv, QStringLiteral("--key"),
                                  authorityFile("authority.key"), QStringLiteral("--out"), package,
                                  QStringLiteral("--producer"), QStringLiteral("CNAM test")},
                                 {}, false);
        QVERIFY2(built.exitCode == 0, qPrintable(built.err));

        QStringList importAsAnalyst = as("package import", "analyst1");
        importAsAnalyst << package;
        QCOMPARE(run(importAsAnalyst, "analyst1 pass phrase\n").exitCode, 2);

        QStringList import = as("package import", "admin");
        import << package;
        const Result imported = run(import, "admin pass phrase 1\n");
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY2(imported.err.contains(QStringLiteral("rows/s")), qPrintable(imported.err));
        QCOMPARE(run(import, "admin pass phrase 1\n").exitCode, 4); // the same package twice

        QStringList list = as("catalogue list", "analyst1");
        list << QStringLiteral("--json");
        const Result listed = run(list, "analyst1 pass phrase\n");
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray datasets = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(datasets[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("prestations"));
        QCOMPARE(datasets[0].toObject().value(QStringLiteral("rows")).toInteger(), 30);

        QStringList show = as("catalogue show", "analyst1");
        show << QStringLiteral("prestations") << QStringLiteral("--json");
        const QJsonObject schema = QJsonDocument::fromJson(run(show, "analyst1 pass phrase\n").out.toUtf8()).object();
        QCOMPARE(schema.value(QStringLiteral("packages"))
                     .toArray()[0]
                     .toObject()
                     .value(QStringLiteral("producer"))
                     .toString(),
                 QStringLiteral("CNAM test"));
        QVERIFY(!schema.value(QStringLiteral("columns")).toArray().isEmpty());
        QCOMPARE(run(as("catalogue list", "admin"), "admin pass phrase 1\n").exitCode, 2); // administrators see no data

        // A package altered after signing never gets in.
        QFile data(QDir(package).filePath(QStringLiteral("claims.csv")));
        QVERIFY(data.open(QIODevice::ReadWrite));
        data.seek(70);
        data.write("2");
        data.close();
        QStringList importAltered = as("package import", "admin");
        importAltered << package;
        QCOMPARE(run(importAltered, "admin pass phrase 1\n").exitCode, 3);
    }

    void vaultFolderComesFromTheEnvironment()
    {
        const QString folder = QDir(m_home->path()).filePath(QStringLiteral("elsewhere"));
        const Result result = run({QStringLiteral("vault"), QStringLiteral("init"), QStringLiteral("--admin"),
                                   QStringLiteral("admin"), QStringLiteral("--password-stdin")},
                                  "admin pass phrase 1\n", false, {{QStringLiteral("ECLUSE_VAULT"), folder}});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(QFile::exists(QDir(folder).filePath(QStringLiteral("keyslots.json"))));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
