#include "CliProcess.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

// `ecluse-cli aggregate` as a script uses it: the same engine, disclosure control and audit as
// the window, on a demo workstation.
class TestCliAggregate : public QObject
{
    Q_OBJECT

private:
    using Result = ecluse::test::CliResult;

    QTemporaryDir m_home;

    static QString policyPath() { return QStringLiteral(ECLUSE_TEST_POLICY_FILE); }

    static void writePolicy(const QByteArray& contents)
    {
        QVERIFY(ecluse::test::writeCliPolicy(policyPath(), contents));
    }

    Result run(const QStringList& arguments, const QByteArray& input = "demo pass phrase\n")
    {
        return ecluse::test::runCli(
            m_home.path(),
            QStringList{QStringLiteral("--vault"), QDir(m_home.path()).filePath(QStringLiteral("vault"))} + arguments,
            input);
    }

    static QStringList aggregateAs(const char* user, QStringList more)
    {
        QStringList arguments{QStringLiteral("aggregate"), QStringLiteral("--user"),
                              QString::fromLatin1(user),   QStringLiteral("--password-stdin"),
                              QStringLiteral("--dataset"), QStringLiteral("prestations")};
        return arguments + more;
    }

private Q_SLOTS:
    void initTestCase()
    {
        writePolicy("[General]\n");
        const Result demo = run({QStringLiteral("demo"), QStringLiteral("init"), QStringLiteral("--rows"),
                                 QStringLiteral("20000"), QStringLiteral("--password-stdin")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    }

    void init() { writePolicy("[General]\n"); }
    void cleanupTestCase() { QFile::remove(policyPath()); }

    void csvMarksMarginsAndSuppressedCellsAndStartsWithProvenance()
    {
        const Result result =
            run(aggregateAs("analyst1", {QStringLiteral("--dims"), QStringLiteral("BEN_RES_REG,AGE_BEN_SNDS"),
                                         QStringLiteral("--measures"), QStringLiteral("beneficiaries,PRS_PAI_MNT")}));
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QStringList lines = result.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QVERIFY(lines.first().startsWith(QStringLiteral("# Écluse · prestations · analyst1 · ")));
        QCOMPARE(lines.at(1), QStringLiteral("BEN_RES_REG,AGE_BEN_SNDS,beneficiaries,PRS_PAI_MNT,status"));
        QVERIFY(std::any_of(lines.begin(), lines.end(),
                            [](const QString& line) { return line.startsWith(QStringLiteral("Total,Total,")); }));
        int suppressed = 0;
        for (const QString& line : lines.mid(2)) {
            const QStringList fields = line.split(QLatin1Char(','));
            QCOMPARE(fields.size(), 5);
            if (fields.at(4) == QLatin1String("published")) {
                // Never a small count; empty cells are published as 0 unless policy holds zeros disclosive.
                const qint64 count = fields.at(2).toLongLong();
                QVERIFY2(count == 0 || count >= 11, qPrintable(line));
                continue;
            }
            ++suppressed;
            QVERIFY2(fields.at(2) == QStringLiteral("×") && fields.at(3) == QStringLiteral("×"), qPrintable(line));
            // One word for every hidden cell: small cells are not told from those that hide them.
            QCOMPARE(fields.at(4), QStringLiteral("suppressed"));
        }
        // 20,000 claims spread over 18 regions and 10 age bands leave small cells to suppress.
        QVERIFY(suppressed > 0);
    }

    void jsonGivesEveryCellWithItsStatusAndNoSuppressedValue()
    {
        const Result result = run(aggregateAs(
            "analyst1", {QStringLiteral("--dims"), QStringLiteral("BEN_SEX_COD"), QStringLiteral("--measures"),
                         QStringLiteral("beneficiaries,records"), QStringLiteral("--format"), QStringLiteral("json")}));
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("query")).toObject().value(QStringLiteral("dataset")).toString(),
                 QStringLiteral("prestations"));
        QCOMPARE(json.value(QStringLiteral("queryId")).toString().size(), 16);
        const QJsonArray cells = json.value(QStringLiteral("cells")).toArray();
        QVERIFY(cells.size() >= 3); // the sex codes and their total
        bool sawMargin = false;
        for (const QJsonValue& value : cells) {
            const QJsonObject cell = value.toObject();
            const QJsonObject sex =
                cell.value(QStringLiteral("dimensions")).toObject().value(QStringLiteral("BEN_SEX_COD")).toObject();
            sawMargin = sawMargin || sex.value(QStringLiteral("margin")).toBool();
            const QString status = cell.value(QStringLiteral("status")).toString();
            const QJsonObject values = cell.value(QStringLiteral("values")).toObject();
            // Suppressed cells say nothing of why: no primary or secondary label, no rule.
            if (status == QLatin1String("published"))
                QCOMPARE(values.keys(), (QStringList{QStringLiteral("beneficiaries"), QStringLiteral("records")}));
            else
                QVERIFY2(status == QLatin1String("suppressed") && values.isEmpty() &&
                             !cell.contains(QStringLiteral("rule")),
                         qPrintable(status));
        }
        QVERIFY(sawMargin);
    }

    void everyQueryIsAudited()
    {
        QCOMPARE(run(aggregateAs("analyst2", {QStringLiteral("--dims"), QStringLiteral("BEN_SEX_COD")})).exitCode, 0);
        const Result audit = run({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--user"),
                                  QStringLiteral("auditor"), QStringLiteral("--password-stdin")});
        QVERIFY2(audit.exitCode == 0, qPrintable(audit.err));
        bool found = false;
        for (const QString& line : audit.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QJsonObject entry = QJsonDocument::fromJson(line.toUtf8()).object();
            if (entry.value(QStringLiteral("action")).toString() == QLatin1String("aggregate.query") &&
                entry.value(QStringLiteral("user")).toString() == QLatin1String("analyst2"))
                found = entry.value(QStringLiteral("details"))
                            .toObject()
                            .value(QStringLiteral("sha256"))
                            .toString()
                            .size() == 64;
        }
        QVERIFY2(found, qPrintable(audit.out.right(2000)));
    }

    void refusalsExitWithTheirKind_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("administrators see no data")
            << aggregateAs("admin", {QStringLiteral("--dims"), QStringLiteral("BEN_SEX_COD")}) << 2
            << QStringLiteral("browse aggregates");
        QTest::newRow("unknown dimension")
            << aggregateAs("analyst1", {QStringLiteral("--dims"), QStringLiteral("BEN_NIR_PSA")}) << 1
            << QStringLiteral("BEN_NIR_PSA is not a dimension");
        QTest::newRow("five dimensions") << aggregateAs(
                                                "analyst1",
                                                {QStringLiteral("--dims"),
                                                 QStringLiteral("BEN_SEX_COD,AGE_BEN_SNDS,BEN_RES_REG,ANNEE,MOIS")})
                                         << 1 << QStringLiteral("at most 4 dimensions");
        QTest::newRow("unknown code in a filter")
            << aggregateAs("analyst1", {QStringLiteral("--filter"), QStringLiteral("BEN_SEX_COD=7")}) << 1
            << QStringLiteral("'7' is not one of its values");
        // analyst2 holds the commune of residence, not the care date.
        QTest::newRow("potential identifier outside the grant")
            << aggregateAs("analyst2", {QStringLiteral("--filter"), QStringLiteral("EXE_SOI_DTD=2025-01-01..")}) << 2
            << QStringLiteral("potential identifier");
    }

    void refusalsExitWithTheirKind()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Result result = run(arguments);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
    }

    void theCareDateFiltersOnlyForWhoHoldsIt()
    {
        const Result result = run(
            aggregateAs("analyst1", {QStringLiteral("--filter"), QStringLiteral("EXE_SOI_DTD=2025-03-01..2025-03-31"),
                                     QStringLiteral("--format"), QStringLiteral("json")}));
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
        const QJsonObject period = json.value(QStringLiteral("period")).toObject();
        QVERIFY(period.value(QStringLiteral("from")).toString() >= QLatin1String("2025-03-01"));
        QVERIFY(period.value(QStringLiteral("to")).toString() <= QLatin1String("2025-03-31"));
    }

    void outputToAPipeIsAnExportWherePolicyDeniesExports()
    {
        writePolicy("[General]\nExportMode=deny\n");
        const Result result = run(aggregateAs("analyst1", {QStringLiteral("--dims"), QStringLiteral("BEN_SEX_COD")}));
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("does not allow exports")), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
    }

    void outputToAPipeIsAuditedAsAnExportWithItsHash()
    {
        // Issue 9: `ecluse-cli aggregate | ...` left Écluse without any export in the trail.
        const Result result = run(aggregateAs("analyst1", {QStringLiteral("--dims"), QStringLiteral("BEN_SEX_COD")}));
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonObject exported = lastExport();
        QCOMPARE(exported.value(QStringLiteral("object")).toString(), QStringLiteral("standard output (a pipe)"));
        QCOMPARE(
            exported.value(QStringLiteral("details")).toObject().value(QStringLiteral("sha256")).toString(),
            QString::fromLatin1(QCryptographicHash::hash(result.out.toUtf8(), QCryptographicHash::Sha256).toHex()));
    }

    void redirectionToAFileMustLandInAnAllowedFolder()
    {
        // Issue 9: `ecluse-cli aggregate > file` wrote anywhere. A redirection is an export to
        // that file: outside the allowed folders it is refused, and nothing is written.
        QTemporaryDir allowed;
        QTemporaryDir elsewhere;
        writePolicy("[General]\nExportFolders=" + allowed.path().toUtf8() + "\n");
        const QString outside = QDir(elsewhere.path()).filePath(QStringLiteral("table.csv"));
        const Result refused =
            runToFile(aggregateAs("analyst1", {QStringLiteral("--dims"), QStringLiteral("BEN_SEX_COD")}), outside);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("is not in a folder policy allows")), qPrintable(refused.err));
        QCOMPARE(QFileInfo(outside).size(), 0);

        const QString inside = QDir(allowed.path()).filePath(QStringLiteral("table.csv"));
        const Result written =
            runToFile(aggregateAs("analyst1", {QStringLiteral("--dims"), QStringLiteral("BEN_SEX_COD")}), inside);
        QVERIFY2(written.exitCode == 0, qPrintable(written.err));
        QFile file(inside);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("# Écluse · prestations · analyst1"));
        const QJsonObject exported = lastExport();
        QCOMPARE(QFileInfo(exported.value(QStringLiteral("object")).toString()).canonicalFilePath(),
                 QFileInfo(inside).canonicalFilePath());
        QCOMPARE(exported.value(QStringLiteral("details")).toObject().value(QStringLiteral("sha256")).toString(),
                 QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    }

    void outWritesIntoAnAllowedFolderOnly()
    {
        QTemporaryDir allowed;
        QTemporaryDir elsewhere;
        writePolicy("[General]\nExportFolders=" + allowed.path().toUtf8() + "\n");
        const QString outside = QDir(elsewhere.path()).filePath(QStringLiteral("table.json"));
        const Result refused = run(aggregateAs("analyst1", {QStringLiteral("--dims"), QStringLiteral("BEN_SEX_COD"),
                                                            QStringLiteral("--format"), QStringLiteral("json"),
                                                            QStringLiteral("--out"), outside}));
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(!QFile::exists(outside));
        QVERIFY(refused.out.isEmpty());

        const QString inside = QDir(allowed.path()).filePath(QStringLiteral("table.json"));
        const Result written = run(aggregateAs("analyst1", {QStringLiteral("--dims"), QStringLiteral("BEN_SEX_COD"),
                                                            QStringLiteral("--format"), QStringLiteral("json"),
                                                            QStringLiteral("--out"), inside}));
        QVERIFY2(written.exitCode == 0, qPrintable(written.err));
        QVERIFY(written.out.isEmpty()); // the table went to the file only
        QFile file(inside);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(json.value(QStringLiteral("query")).toObject().value(QStringLiteral("dataset")).toString(),
                 QStringLiteral("prestations"));
        QCOMPARE(lastExport().value(QStringLiteral("details")).toObject().value(QStringLiteral("format")).toString(),
                 QStringLiteral("json"));
    }

private:
    // ecluse-cli with its standard output redirected to a file, as `> file` does in a shell.
    Result runToFile(const QStringList& arguments, const QString& file)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("ECLUSE_VAULT"));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), QDir(m_home.path()).filePath(QStringLiteral("data")));
        process.setProcessEnvironment(env);
        process.setStandardOutputFile(file, QIODevice::Truncate);
        process.start(qEnvironmentVariable("ECLUSE_CLI"),
                      QStringList{QStringLiteral("--vault"), QDir(m_home.path()).filePath(QStringLiteral("vault"))} +
                          arguments);
        if (!process.waitForStarted())
            return {};
        process.write("demo pass phrase\n");
        process.closeWriteChannel();
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
            return {};
        return {process.exitCode(), {}, QString::fromUtf8(process.readAllStandardError())};
    }

    // The newest aggregate.export entry of the trail, as the auditor exports it.
    QJsonObject lastExport()
    {
        const Result audit = run({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--user"),
                                  QStringLiteral("auditor"), QStringLiteral("--password-stdin")});
        QJsonObject last;
        for (const QString& line : audit.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QJsonObject entry = QJsonDocument::fromJson(line.toUtf8()).object();
            if (entry.value(QStringLiteral("action")).toString() == QLatin1String("aggregate.export"))
                last = entry;
        }
        return last;
    }
};

QTEST_GUILESS_MAIN(TestCliAggregate)
#include "tst_cli_aggregate.moc"
