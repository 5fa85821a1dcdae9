#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// The command line is a contract administrators script against: these tests run the real
// ecluse-cli binary and check exit codes, output and files, as a script would.
class TestCli : public QObject
{
    Q_OBJECT

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    std::unique_ptr<QTemporaryDir> m_home;
    QString m_recoveryKey;

    QString vaultFolder() const { return QDir(m_home->path()).filePath(QStringLiteral("vault")); }

    Result run(const QStringList& arguments, const QByteArray& input = {}, bool withVault = true,
               const QMap<QString, QString>& extraEnvironment = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("ECLUSE_VAULT"));
        // The seal folder lives under the application data folder: keep it inside the test.
        env.insert(QStringLiteral("HOME"), m_home->path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), QDir(m_home->path()).filePath(QStringLiteral("data")));
        for (auto it = extraEnvironment.begin(); it != extraEnvironment.end(); ++it)
            env.insert(it.key(), it.value());
        process.setProcessEnvironment(env);
        QStringList all = withVault ? QStringList{QStringLiteral("--vault"), vaultFolder()} : QStringList{};
        all += arguments;
        process.start(qEnvironmentVariable("ECLUSE_CLI"), all);
        if (!process.waitForStarted())
            return {};
        process.write(input);
        process.closeWriteChannel();
        process.waitForFinished(60000);
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
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

    void enrolAuditor()
    {
        QStringList arguments = as("user enrol auditor1", "admin");
        arguments << QStringLiteral("--role") << QStringLiteral("auditor");
        const Result result = run(arguments, "admin pass phrase 1\nauditor pass phrase\n");
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFile::exists(qEnvironmentVariable("ECLUSE_CLI")), "ECLUSE_CLI is not set"); }

    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        m_recoveryKey.clear();
    }

    void versionNamesEveryLibrary()
    {
        const Result result = run({QStringLiteral("--version")}, {}, false);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("Écluse")), qPrintable(result.out));
        QVERIFY(result.out.contains(QRegularExpression(QStringLiteral("SQLCipher 4\\."))));
        QVERIFY(result.out.contains(QRegularExpression(QStringLiteral("OpenSSL 3\\."))));
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
        QCOMPARE(json.value(QStringLiteral("checks")).toArray().size(), 4);
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
        const Result result = run(as("audit verify", "auditor1"), "auditor pass phrase\n");
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains(QStringLiteral("seal")), qPrintable(result.err));
        // Later sign-ins do not quietly recreate the lost witness...
        QCOMPARE(run(as("audit verify", "auditor1"), "auditor pass phrase\n").exitCode, 3);
        // ...an auditor reseals, with a reason, and the trail verifies again.
        QStringList reseal = as("audit reseal", "admin");
        reseal << QStringLiteral("--reason") << QStringLiteral("seal folder wiped by a reinstall");
        QCOMPARE(run(reseal, "admin pass phrase 1\n").exitCode, 2);
        reseal = as("audit reseal", "auditor1");
        reseal << QStringLiteral("--reason") << QStringLiteral("seal folder wiped by a reinstall");
        QCOMPARE(run(reseal, "auditor pass phrase\n").exitCode, 0);
        QCOMPARE(run(as("audit verify", "auditor1"), "auditor pass phrase\n").exitCode, 0);
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
        const Result result = run(exportAsAuditor, "auditor pass phrase\n");
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

        const Result verified = run(as("audit verify", "auditor1"), "auditor pass phrase\n");
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));
    }

    void accountManagementFollowsRoles()
    {
        initVault();
        enrolAuditor();
        QCOMPARE(run(as("user list", "auditor1"), "auditor pass phrase\n").exitCode, 2);
        const Result list = run(as("user list", "admin"), "admin pass phrase 1\n");
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains(QStringLiteral("auditor1\tauditor")));

        const Result lastAdmin = run(as("user revoke admin", "admin"), "admin pass phrase 1\n");
        QCOMPARE(lastAdmin.exitCode, 2);
        QVERIFY2(lastAdmin.err.contains(QStringLiteral("last administrator")), qPrintable(lastAdmin.err));

        QCOMPARE(run(as("user revoke auditor1", "admin"), "admin pass phrase 1\n").exitCode, 0);
        QCOMPARE(run(as("audit verify", "auditor1"), "auditor pass phrase\n").exitCode, 2);
        QCOMPARE(run(as("user revoke nobody", "admin"), "admin pass phrase 1\n").exitCode, 4);
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
