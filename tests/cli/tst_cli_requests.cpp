#include "CliProcess.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// `ecluse-cli request ...` as analysts and stewards use it on a demo workstation: the same
// service and rules as the window, exit codes a script can act on.
class TestCliRequests : public QObject
{
    Q_OBJECT

private:
    using Result = ecluse::test::CliResult;

    QTemporaryDir m_home;

    static QString policyPath() { return QStringLiteral(ECLUSE_TEST_POLICY_FILE); }

    Result as(const char* user, QStringList arguments)
    {
        arguments << QStringLiteral("--user") << QString::fromLatin1(user) << QStringLiteral("--password-stdin");
        return ecluse::test::runCli(
            m_home.path(),
            QStringList{QStringLiteral("--vault"), QDir(m_home.path()).filePath(QStringLiteral("vault"))} + arguments,
            "demo pass phrase\n");
    }

    qint64 createAsAnalyst(const QString& purpose = QStringLiteral("Étude des remboursements chez les femmes, 2025"))
    {
        const Result created =
            as("analyst1",
               {QStringLiteral("request"), QStringLiteral("create"), QStringLiteral("--dataset"),
                QStringLiteral("prestations"), QStringLiteral("--columns"),
                QStringLiteral("BEN_NIR_PSA,BEN_SEX_COD,PRS_PAI_MNT"), QStringLiteral("--filter"),
                QStringLiteral("BEN_SEX_COD=2"), QStringLiteral("--period"), QStringLiteral("2025-01-01..2025-06-30"),
                QStringLiteral("--purpose"), purpose, QStringLiteral("--project"), QStringLiteral("CNAM-2026-041"),
                QStringLiteral("--until"), QDate::currentDate().addYears(1).toString(Qt::ISODate)});
        if (created.exitCode != 0)
            qWarning("request create: %s", qPrintable(created.err));
        return created.exitCode == 0 ? created.out.trimmed().toLongLong() : -1;
    }

    QJsonObject show(const char* user, qint64 id)
    {
        const Result shown = as(
            user, {QStringLiteral("--json"), QStringLiteral("request"), QStringLiteral("show"), QString::number(id)});
        return shown.exitCode == 0 ? QJsonDocument::fromJson(shown.out.toUtf8()).object() : QJsonObject();
    }

    Result change(const char* user, const char* what, qint64 id, const QString& comment = {})
    {
        QStringList arguments{QStringLiteral("request"), QString::fromLatin1(what), QString::number(id)};
        if (!comment.isEmpty())
            arguments << QStringLiteral("--comment") << comment;
        return as(user, arguments);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(ecluse::test::writeCliPolicy(policyPath(), "[General]\n"));
        const Result demo =
            ecluse::test::runCli(m_home.path(),
                                 {QStringLiteral("--vault"), QDir(m_home.path()).filePath(QStringLiteral("vault")),
                                  QStringLiteral("demo"), QStringLiteral("init"), QStringLiteral("--rows"),
                                  QStringLiteral("2000"), QStringLiteral("--password-stdin")},
                                 "demo pass phrase\n");
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    }

    void cleanupTestCase() { QFile::remove(policyPath()); }

    void aRequestFromDraftToApproval()
    {
        const qint64 id = createAsAnalyst();
        QVERIFY(id > 0);
        QCOMPARE(show("analyst1", id).value(QStringLiteral("state")).toString(), QStringLiteral("draft"));
        // A draft is its author's alone.
        QCOMPARE(change("steward1", "approve", id).exitCode, 4);
        QCOMPARE(change("analyst1", "submit", id).exitCode, 0);
        // Nobody reviews their own request; an analyst is no steward anyway.
        QCOMPARE(change("analyst1", "approve", id).exitCode, 2);
        // Returning says why.
        const Result silent = change("steward1", "return", id);
        QCOMPARE(silent.exitCode, 4);
        QVERIFY2(silent.err.contains(QStringLiteral("comment")), qPrintable(silent.err));
        const Result approved =
            change("steward1", "approve", id, QStringLiteral("purpose and columns fit the project"));
        QVERIFY2(approved.exitCode == 0, qPrintable(approved.err));
        const QJsonObject request = show("steward1", id);
        QCOMPARE(request.value(QStringLiteral("state")).toString(), QStringLiteral("approved"));
        // The reviewer sees the machine's checks on the data: women's rows of the first half of 2025.
        const QJsonObject checks = request.value(QStringLiteral("checks")).toObject();
        QVERIFY(checks.value(QStringLiteral("rows")).toInteger() > 0);
        QVERIFY(checks.value(QStringLiteral("beneficiaries")).toInteger() > 0);
        QVERIFY(checks.value(QStringLiteral("beneficiaries")).toInteger() <=
                checks.value(QStringLiteral("rows")).toInteger());
        QCOMPARE(checks.value(QStringLiteral("checks"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("outcome"))
                     .toString(),
                 QStringLiteral("passed"));
        QCOMPARE(request.value(QStringLiteral("approvals")).toArray().first().toString(), QStringLiteral("steward1"));
        const QJsonArray history = request.value(QStringLiteral("history")).toArray();
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.last().toObject().value(QStringLiteral("comment")).toString(),
                 QStringLiteral("purpose and columns fit the project"));
        // Approved: too late to withdraw, and nothing changed by trying.
        const QJsonObject before = show("analyst1", id);
        const Result withdrawn = change("analyst1", "withdraw", id);
        QCOMPARE(withdrawn.exitCode, 4);
        QVERIFY2(withdrawn.err.contains(QStringLiteral("request %1 is approved").arg(id)), qPrintable(withdrawn.err));
        QCOMPARE(show("analyst1", id), before);
        QCOMPARE(show("steward1", id), request);
    }

    void anApprovedRequestIsReleasedThenOpenedWithoutTheVault()
    {
        const qint64 id = createAsAnalyst();
        QCOMPARE(change("analyst1", "submit", id).exitCode, 0);
        QCOMPARE(change("steward1", "approve", id, QStringLiteral("conforme")).exitCode, 0);
        const QDir home(m_home.path());
        const QString vault = home.filePath(QStringLiteral("vault"));
        const QString releaseFile = home.filePath(QStringLiteral("Documents/Ecluse/request-%1.ecl").arg(id));
        // The password's line, then the passphrase's.
        const Result released =
            ecluse::test::runCli(m_home.path(),
                                 {QStringLiteral("--vault"), vault, QStringLiteral("--json"), QStringLiteral("request"),
                                  QStringLiteral("release"), QString::number(id), QStringLiteral("--out"), releaseFile,
                                  QStringLiteral("--user"), QStringLiteral("analyst1"),
                                  QStringLiteral("--password-stdin"), QStringLiteral("--passphrase-stdin")},
                                 "demo pass phrase\nthe release pass phrase\n");
        QVERIFY2(released.exitCode == 0, qPrintable(released.err));
        const QJsonObject receipt = QJsonDocument::fromJson(released.out.toUtf8()).object();
        QVERIFY(!receipt.contains(QStringLiteral("passphrase"))); // given, so not generated
        const qint64 rows = receipt.value(QStringLiteral("rows")).toInteger();
        QVERIFY(rows > 0);
        QCOMPARE(show("analyst1", id).value(QStringLiteral("state")).toString(), QStringLiteral("released"));

        const QString signer = home.filePath(QStringLiteral("vault-release.pub"));
        QCOMPARE(as("analyst1", {QStringLiteral("release"), QStringLiteral("signer"), QStringLiteral("--out"), signer})
                     .exitCode,
                 0);
        const auto open = [&](const QString& file, const QString& out, const QByteArray& passphrase) {
            return ecluse::test::runCli(m_home.path(),
                                        {QStringLiteral("release"), QStringLiteral("open"), file,
                                         QStringLiteral("--out"), out, QStringLiteral("--signer"), signer,
                                         QStringLiteral("--passphrase-stdin")},
                                        passphrase);
        };
        const QString csvPath = home.filePath(QStringLiteral("opened.csv"));
        const Result opened = open(releaseFile, csvPath, "the release pass phrase\n");
        QVERIFY2(opened.exitCode == 0, qPrintable(opened.err));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QCOMPARE(lines.size() - 3, rows); // watermark, header, and the final newline
        QVERIFY(lines[0].contains(receipt.value(QStringLiteral("release")).toString().toUtf8()));
        QCOMPARE(lines[1], QByteArray("BEN_NIR_PSA,BEN_SEX_COD,PRS_PAI_MNT"));
        QCOMPARE(csv.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        // A reader written from SECURITY.md alone opens it to the same rows.
        QProcess independent;
        independent.start(
            QStringLiteral("python3"),
            {QStringLiteral(ECLUSE_TEST_SOURCE_DIR) + QStringLiteral("/open_release.py"), releaseFile, signer});
        QVERIFY(independent.waitForStarted());
        independent.write("the release pass phrase\n");
        independent.closeWriteChannel();
        QVERIFY(independent.waitForFinished(60000));
        QVERIFY2(independent.exitCode() == 0, independent.readAllStandardError().constData());
        csv.seek(0);
        QCOMPARE(independent.readAllStandardOutput(), csv.readAll());

        // A wrong passphrase opens nothing (2); one flipped byte is a damaged release (3).
        QCOMPARE(open(releaseFile, home.filePath(QStringLiteral("wrong.csv")), "not the pass phrase\n").exitCode, 2);
        QFile original(releaseFile);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QByteArray bytes = original.readAll();
        bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x04);
        const QString flippedPath = home.filePath(QStringLiteral("flipped.ecl"));
        QFile flipped(flippedPath);
        QVERIFY(flipped.open(QIODevice::WriteOnly) && flipped.write(bytes) == bytes.size());
        flipped.close();
        const Result damaged =
            open(flippedPath, home.filePath(QStringLiteral("flipped.csv")), "the release pass phrase\n");
        QCOMPARE(damaged.exitCode, 3);
        QVERIFY(!QFile::exists(home.filePath(QStringLiteral("wrong.csv"))));
        QVERIFY(!QFile::exists(home.filePath(QStringLiteral("flipped.csv"))));
    }

    void onlyAnalystsWithAnExtractGrantRequest()
    {
        const Result steward =
            as("steward1",
               {QStringLiteral("request"), QStringLiteral("create"), QStringLiteral("--dataset"),
                QStringLiteral("prestations"), QStringLiteral("--columns"), QStringLiteral("BEN_SEX_COD"),
                QStringLiteral("--period"), QStringLiteral("2025-01-01..2025-06-30"), QStringLiteral("--purpose"),
                QStringLiteral("a purpose long enough to be one"), QStringLiteral("--project"), QStringLiteral("P-1"),
                QStringLiteral("--until"), QStringLiteral("2099-01-01")});
        QCOMPARE(steward.exitCode, 2);
    }

    void aBadSpecIsRefusedAndNothingIsStored()
    {
        const Result before =
            as("analyst1", {QStringLiteral("--json"), QStringLiteral("request"), QStringLiteral("list")});
        QCOMPARE(createAsAnalyst(QStringLiteral("short")), qint64(-1));
        const Result after =
            as("analyst1", {QStringLiteral("--json"), QStringLiteral("request"), QStringLiteral("list")});
        QCOMPARE(after.exitCode, 0);
        QCOMPARE(after.out, before.out);
        const Result notAnId = as("analyst1", {QStringLiteral("request"), QStringLiteral("show"), QStringLiteral("x")});
        QCOMPARE(notAnId.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestCliRequests)
#include "tst_cli_requests.moc"
