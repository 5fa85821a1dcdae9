#include "Failure.h"
#include "TestVault.h"
#include "VaultProbe.h"
#include "aggregate/AggregateResult.h"
#include "crypto/Digest.h"
#include "guard/OutputGuard.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ecluse;
using namespace ecluse::test;

namespace {

// A published table of one dimension, by hand: two categories, one suppressed, and the total.
// The second category's code starts with '=' to check that nothing leaves as a formula.
AggregateResult smallResult()
{
    AggregateResult result;
    result.queryId = QStringLiteral("0123456789abcdef");
    result.query.dataset = QStringLiteral("prestations");
    result.query.dimensions = {QStringLiteral("BEN_SEX_COD")};
    result.query.measures = {{MeasureKind::Beneficiaries, {}}, {MeasureKind::Sum, QStringLiteral("PRS_PAI_MNT")}};
    result.user = QStringLiteral("analyst1");
    result.computedUtc = QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);
    result.dimensions = {{QStringLiteral("BEN_SEX_COD"),
                          QStringLiteral("Sexe"),
                          {QStringLiteral("1"), QStringLiteral("=HYPERLINK(\"http://x\")")},
                          {QStringLiteral("Masculin"), QStringLiteral("Piège")},
                          true}};
    result.shape = TableShape({2});
    result.cells = {
        {CellStatus::Published, SuppressionRule::None, {120, -1250}},
        {CellStatus::Primary, SuppressionRule::Frequency, {std::nullopt, std::nullopt}},
        {CellStatus::Secondary, SuppressionRule::Linear, {std::nullopt, std::nullopt}},
    };
    result.primaryCount = 1;
    result.secondaryCount = 1;
    return result;
}

// The guard serves the analyst who browsed the table (ExportAggregates on its dataset).
std::unique_ptr<Vault> asAnalyst(const TestVault& tv)
{
    auto vault = tv.makeWithUsers();
    vault->lock();
    vault->unlock(QStringLiteral("analyst1"), TestVault::passwordOf(QStringLiteral("analyst1")));
    return vault;
}

QJsonObject detailsOf(const AuditEntry& entry)
{
    return QJsonDocument::fromJson(entry.details.toUtf8()).object();
}

} // namespace

class TestOutputGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formulasAreNeutralised_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::newRow("equals") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
        QTest::newRow("plus") << QStringLiteral("+cmd|' /C calc'!A0") << QStringLiteral("'+cmd|' /C calc'!A0");
        QTest::newRow("minus formula") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("carriage return") << QStringLiteral("\r=1") << QStringLiteral("'\r=1");
        QTest::newRow("negative amount stays a number") << QStringLiteral("-12.50") << QStringLiteral("-12.50");
        QTest::newRow("count") << QStringLiteral("42") << QStringLiteral("42");
        QTest::newRow("label") << QStringLiteral("Île-de-France") << QStringLiteral("Île-de-France");
        QTest::newRow("empty") << QString() << QString();
    }

    void formulasAreNeutralised()
    {
        QFETCH(QString, field);
        QFETCH(QString, expected);
        QCOMPARE(OutputGuard::neutralise(field), expected);
    }

    void csvHoldsProvenancePublishedCellsAndSymbolsOnly()
    {
        const QString csv = QString::fromUtf8(OutputGuard::csv(smallResult()));
        const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines.at(0), QStringLiteral("# Écluse · prestations · analyst1 · 2026-11-28T09:00:00Z · query "
                                             "0123456789abcdef"));
        QCOMPARE(lines.at(1), QStringLiteral("BEN_SEX_COD,beneficiaries,PRS_PAI_MNT,status,rule"));
        QCOMPARE(lines.at(2), QStringLiteral("1,120,-12.50,published,"));
        // Quoted (it holds a quote) and neutralised: no spreadsheet runs it.
        QCOMPARE(lines.at(3), QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\",×,×,primary,frequency"));
        QCOMPARE(lines.at(4), QStringLiteral("Total,×,×,secondary,linear"));
    }

    void clipboardGetsPublishedCellsWithProvenanceAndIsAudited()
    {
        TestVault tv;
        auto vault = asAnalyst(tv);
        OutputGuard guard(*vault);
        const QString text = guard.clipboardText(smallResult(), {0, 1});
        QCOMPARE(text,
                 QStringLiteral("BEN_SEX_COD\tbeneficiaries\tPRS_PAI_MNT\tstatus\trule\n"
                                "1\t120\t-12.50\tpublished\t\n"
                                "'=HYPERLINK(\"http://x\")\t×\t×\tprimary\tfrequency\n"
                                "Écluse · prestations · analyst1 · 2026-11-28T09:00:00Z · query 0123456789abcdef\n"));
        const AuditEntry last = test::VaultProbe::audit(*vault).entries().back();
        QCOMPARE(last.action, QStringLiteral("aggregate.copy"));
        QCOMPARE(last.object, QStringLiteral("0123456789abcdef"));
        QCOMPARE(detailsOf(last).value(QStringLiteral("sha256")).toString(),
                 QString::fromLatin1(sha256(text.toUtf8()).toHex()));
    }

    void onlyThoseWhoMayExportTheDatasetCopyOrExport()
    {
        // Issue 9: the guard never asked the decision point; a role without ExportAggregates
        // (an administrator, a steward) is refused there, audited, whatever the policy says.
        TestVault tv;
        QTemporaryDir allowed;
        tv.policy.exportFolders = {allowed.path()};
        auto vault = tv.makeWithUsers();
        for (const QString& user : {QStringLiteral("admin"), QStringLiteral("steward1")}) {
            if (user != QStringLiteral("admin")) {
                vault->lock();
                vault->unlock(user, TestVault::passwordOf(user));
            }
            OutputGuard guard(*vault);
            QCOMPARE(errorKindOf([&] { guard.clipboardText(smallResult()); }), ErrorKind::Denied);
            const QString file = QDir(allowed.path()).filePath(QStringLiteral("table.csv"));
            QCOMPARE(errorKindOf([&] { guard.exportTable(smallResult(), ExportFormat::Csv, file); }),
                     ErrorKind::Denied);
            QVERIFY(!QFile::exists(file));
            const AuditEntry last = test::VaultProbe::audit(*vault).entries().back();
            QCOMPARE(last.action, QStringLiteral("access.denied"));
            QCOMPARE(last.user, user);
        }
    }

    void clipboardDeniedByPolicyIsRefusedAndAudited()
    {
        TestVault tv;
        tv.policy.clipboardMode = ClipboardMode::Deny;
        auto vault = asAnalyst(tv);
        OutputGuard guard(*vault);
        QCOMPARE(errorKindOf([&] { guard.clipboardText(smallResult()); }), ErrorKind::Denied);
        QCOMPARE(test::VaultProbe::audit(*vault).entries().back().action, QStringLiteral("access.denied"));
    }

    void exportWritesIntoAnAllowedFolderOnly()
    {
        TestVault tv;
        QTemporaryDir allowed;
        QTemporaryDir elsewhere;
        tv.policy.exportFolders = {allowed.path()};
        auto vault = asAnalyst(tv);
        OutputGuard guard(*vault);

        const QString inside = allowed.filePath(QStringLiteral("table.csv"));
        guard.exportTable(smallResult(), ExportFormat::Csv, inside);
        QFile file(inside);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF# "));
        QCOMPARE(bytes.mid(3), OutputGuard::csv(smallResult()));
        const AuditEntry exported = test::VaultProbe::audit(*vault).entries().back();
        QCOMPARE(exported.action, QStringLiteral("aggregate.export"));
        QCOMPARE(detailsOf(exported).value(QStringLiteral("sha256")).toString(),
                 QString::fromLatin1(sha256(bytes).toHex()));

        const QString outside = elsewhere.filePath(QStringLiteral("table.csv"));
        const QString message = errorMessageOf([&] { guard.exportTable(smallResult(), ExportFormat::Csv, outside); });
        QVERIFY2(message.contains(QStringLiteral("not in a folder policy allows")), qPrintable(message));
        QVERIFY(!QFile::exists(outside));
        QCOMPARE(test::VaultProbe::audit(*vault).entries().back().action, QStringLiteral("access.denied"));

        // A link inside the allowed folder that leads out of it is no way around.
        QVERIFY(QFile::link(elsewhere.path(), allowed.filePath(QStringLiteral("link"))));
        const QString throughLink = allowed.filePath(QStringLiteral("link/table.csv"));
        QCOMPARE(errorKindOf([&] { guard.exportTable(smallResult(), ExportFormat::Csv, throughLink); }),
                 ErrorKind::Denied);
        QVERIFY(!QFile::exists(outside));
    }

    void exportDeniedByPolicyWritesNothing()
    {
        TestVault tv;
        QTemporaryDir allowed;
        tv.policy.exportFolders = {allowed.path()};
        tv.policy.exportMode = ExportMode::Deny;
        auto vault = asAnalyst(tv);
        OutputGuard guard(*vault);
        const QString target = allowed.filePath(QStringLiteral("table.csv"));
        QCOMPARE(errorKindOf([&] { guard.exportTable(smallResult(), ExportFormat::Csv, target); }), ErrorKind::Denied);
        QCOMPARE(
            errorKindOf([&] { guard.exportImage(smallResult(), QByteArray("\x89PNG\r\n\x1a\nrest", 12), target); }),
            ErrorKind::Denied);
        QVERIFY(!QFile::exists(target));
    }

    void imagesMustBePng()
    {
        TestVault tv;
        QTemporaryDir allowed;
        tv.policy.exportFolders = {allowed.path()};
        auto vault = asAnalyst(tv);
        OutputGuard guard(*vault);
        const QString target = allowed.filePath(QStringLiteral("chart.png"));
        QCOMPARE(errorKindOf([&] { guard.exportImage(smallResult(), QByteArray("GIF89a"), target); }),
                 ErrorKind::InvalidInput);
        QVERIFY(!QFile::exists(target));
        const QByteArray png("\x89PNG\r\n\x1a\nrest", 12);
        guard.exportImage(smallResult(), png, target);
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), png);
        QCOMPARE(detailsOf(test::VaultProbe::audit(*vault).entries().back()).value(QStringLiteral("format")).toString(),
                 QStringLiteral("png"));
    }
};

QTEST_GUILESS_MAIN(TestOutputGuard)
#include "tst_outputguard.moc"
