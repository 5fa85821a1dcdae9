#include "Failure.h"
#include "TestVault.h"
#include "VaultProbe.h"
#include "aggregate/AggregateResult.h"
#include "aggregate/PublishedGrid.h"
#include "crypto/Digest.h"
#include "guard/OutputGuard.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace ecluse;
using namespace ecluse::test;

namespace {

// A published table of one dimension, by hand: two categories, one suppressed, and the total.
// The second category's code and label start with '=' to check that nothing leaves as a formula.
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
                          {QStringLiteral("Masculin"), QStringLiteral("=Piège(\"http://x\")")},
                          true}};
    result.shape = TableShape({2});
    result.cells = {
        {false, {120, -1250}},
        {true, {std::nullopt, std::nullopt}},
        {true, {std::nullopt, std::nullopt}},
    };
    result.suppressedCount = 2;
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

// Sex down the side, region across, beneficiaries: the "unknown" sex is published as zero
// throughout, the unknown region holds a suppressed cell, and a known region has a zero cell.
AggregateResult sexByRegion()
{
    AggregateResult result;
    result.queryId = QStringLiteral("fedcba9876543210");
    result.query.dataset = QStringLiteral("prestations");
    result.query.dimensions = {QStringLiteral("BEN_SEX_COD"), QStringLiteral("BEN_RES_REG")};
    result.query.measures = {{MeasureKind::Beneficiaries, {}}};
    result.user = QStringLiteral("analyst1");
    result.computedUtc = QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);
    result.dimensions = {{QStringLiteral("BEN_SEX_COD"),
                          QStringLiteral("Sexe"),
                          {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("0")},
                          {QStringLiteral("Masculin"), QStringLiteral("Féminin"), QStringLiteral("Inconnu")},
                          true},
                         {QStringLiteral("BEN_RES_REG"),
                          QStringLiteral("Région de résidence"),
                          {QStringLiteral("11"), QStringLiteral("94"), QStringLiteral("99")},
                          {QStringLiteral("Île-de-France"), QStringLiteral("Corse"), QStringLiteral("Inconnue")},
                          true}};
    result.shape = TableShape({3, 3});
    const auto published = [](std::int64_t units) { return ResultCell{false, {units}}; };
    const ResultCell primary{true, {std::nullopt}};
    const ResultCell secondary{true, {std::nullopt}};
    // Rows Masculin, Féminin, Inconnu, Total; columns Île-de-France, Corse, Inconnue, Total.
    result.cells = {published(1200), primary,       secondary,     published(1250), //
                    published(1300), secondary,     primary,       published(1340), //
                    published(0),    published(0),  published(0),  published(0),    //
                    published(2500), published(45), published(45), published(2590)};
    result.suppressedCount = 4;
    return result;
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
        QTest::newRow("decimal comma stays a number") << QStringLiteral("-12,50") << QStringLiteral("-12,50");
        QTest::newRow("two commas are no number") << QStringLiteral("-1,2,3") << QStringLiteral("'-1,2,3");
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
        QCOMPARE(lines.at(1), QStringLiteral("BEN_SEX_COD,beneficiaries,PRS_PAI_MNT,status"));
        QCOMPARE(lines.at(2), QStringLiteral("1,120,-12.50,published"));
        // Quoted (it holds a quote) and neutralised: no spreadsheet runs it.
        QCOMPARE(lines.at(3), QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\",×,×,suppressed"));
        QCOMPARE(lines.at(4), QStringLiteral("Total,×,×,suppressed"));
    }

    void clipboardGetsTheGridAsShownWithProvenanceAndIsAudited()
    {
        TestVault tv;
        auto vault = asAnalyst(tv);
        OutputGuard guard(*vault);
        // Labels, not codes; numbers a French spreadsheet reads (no digit groups, no €, the unit in
        // the heading); the formula neutralised; the provenance last.
        const QString text = guard.clipboardText(smallResult(), {1, false}, QStringLiteral(","), {0, 1});
        QCOMPARE(text,
                 QStringLiteral("Sexe\tBeneficiaries\tSum of Montant de la dépense (€)\n"
                                "Masculin\t120\t-12,50\n"
                                "'=Piège(\"http://x\")\t×\t×\n"
                                "Écluse · prestations · analyst1 · 2026-11-28T09:00:00Z · query 0123456789abcdef\n"));
        const AuditEntry last = test::VaultProbe::audit(*vault).entries().back();
        QCOMPARE(last.action, QStringLiteral("aggregate.copy"));
        QCOMPARE(last.object, QStringLiteral("0123456789abcdef"));
        QCOMPARE(detailsOf(last).value(QStringLiteral("cells")).toInt(), 2);
        QCOMPARE(detailsOf(last).value(QStringLiteral("sha256")).toString(),
                 QString::fromLatin1(sha256(text.toUtf8()).toHex()));

        // Every dimension across: one row of totals, the measure named in each column.
        QCOMPARE(guard.clipboardText(smallResult(), {0, false}, QStringLiteral(".")).section(QLatin1Char('\n'), 0, 1),
                 QStringLiteral("\tMasculin · Beneficiaries\tMasculin · Sum of Montant de la dépense (€)\t'=Piège("
                                "\"http://x\") · Beneficiaries\t'=Piège(\"http://x\") · Sum of Montant de la dépense "
                                "(€)\tTotal · Beneficiaries\tTotal · Sum of Montant de la dépense (€)\n"
                                "Total\t120\t-12.50\t×\t×\t×\t×"));
    }

    void aCopyOfSomeCellsHoldsTheirRowsAndColumnsOnly()
    {
        TestVault tv;
        auto vault = asAnalyst(tv);
        const AggregateResult result = sexByRegion();
        // Masculin × Île-de-France and Féminin × Total: two rows, two columns, the other two
        // places of that block left empty.
        const QString text = OutputGuard(*vault).clipboardText(result, {1, false}, QStringLiteral(","), {0, 7});
        QCOMPARE(text.section(QLatin1Char('\n'), 0, 2), QStringLiteral("Sexe\tÎle-de-France\tTotal\n"
                                                                       "Masculin\t1200\t\n"
                                                                       "Féminin\t\t1340"));
        QCOMPARE(errorKindOf([&] {
                     OutputGuard(*vault).clipboardText(result, {1, false}, QStringLiteral(","), {16});
                 }),
                 ErrorKind::Usage);
    }

    void hidingEmptyUnknownRowsLeavesOutPublishedZerosOnly()
    {
        const AggregateResult result = sexByRegion();
        const PublishedGrid all(result, {1, false});
        QCOMPARE(all.rowCount(), 4);
        QCOMPARE(all.groupCount(), 4);
        const PublishedGrid shown(result, {1, true});
        // The unknown sex is all published zeros: left out. The unknown region holds suppressed
        // cells, and Corse is no unknown: both stay.
        QCOMPARE(shown.hiddenRows(), 1);
        QCOMPARE(shown.hiddenGroups(), 0);
        QCOMPARE(shown.rowCount(), 3);
        QCOMPARE(shown.positionOf(8), (std::pair<int, int>{-1, -1}));
        QCOMPARE(shown.positionOf(12), (std::pair<int, int>{2, 0}));
        const QList<QStringList> sheet = shown.sheet(QStringLiteral(","), OutputGuard::suppressedSymbol());
        QCOMPARE(sheet.size(), 4);
        QCOMPARE(sheet.at(3), (QStringList{QStringLiteral("Total"), QStringLiteral("2500"), QStringLiteral("45"),
                                           QStringLiteral("45"), QStringLiteral("2590")}));
        for (const QStringList& line : sheet)
            QVERIFY(!line.contains(QStringLiteral("Inconnu")));

        // Turned the other way, the unknown sex is a column, left out the same way.
        const PublishedGrid across(result, {0, true});
        QCOMPARE(across.hiddenGroups(), 4); // Inconnu with each region and with their total
        QCOMPARE(across.rowCount(), 1);

        // "Unknown" is the code list's label for it, whatever the code.
        QVERIFY(isUnknownCategory(result.dimensions[0], 2));
        QVERIFY(isUnknownCategory(result.dimensions[1], 2));
        QVERIFY(!isUnknownCategory(result.dimensions[1], 1));
        QVERIFY(!isUnknownCategory(result.dimensions[1], 3)); // the margin

        // The rule the chart shares: a part of the table, any category where -1.
        QVERIFY(isEmptyUnknown(result, {2, -1}));   // the unknown sex, in every region and their total
        QVERIFY(isEmptyUnknown(result, {2, 2}));    // one cell
        QVERIFY(!isEmptyUnknown(result, {-1, 2}));  // the unknown region holds suppressed cells
        QVERIFY(!isEmptyUnknown(result, {0, 2}));   // suppressed
        QVERIFY(!isEmptyUnknown(result, {-1, -1})); // no unknown category fixed
        QVERIFY(!isEmptyUnknown(result, {2}));      // not a part of this table
    }

    void figuresFollowTheLocale()
    {
        const AggregateResult result = smallResult();
        const QLocale french(QLocale::French, QLocale::France);
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        const QChar narrow(0x202F); // French digit groups: a narrow no-break space
        QCOMPARE(result.displayValue(0, 11056, french), QStringLiteral("11") + narrow + QStringLiteral("056"));
        QCOMPARE(result.displayValue(0, 11056, english), QStringLiteral("11,056"));
        QCOMPARE(result.displayValue(1, 123456, french),
                 QStringLiteral("1") + narrow + QStringLiteral("234,56") + QChar(0x00A0) + QStringLiteral("€"));
        QCOMPARE(result.displayValue(1, -123456, english), QStringLiteral("-€1,234.56"));
        // Exact past 2^53 cents, where a double would round.
        QCOMPARE(result.displayValue(1, std::numeric_limits<qint64>::min(), english),
                 QStringLiteral("-€92,233,720,368,547,758.08"));
        QCOMPARE(result.sheetValue(1, -123456, QStringLiteral(",")), QStringLiteral("-1234,56"));
        QCOMPARE(result.sheetValue(0, 11056, QStringLiteral(",")), QStringLiteral("11056"));
        QCOMPARE(result.measureTitle(1, true), QStringLiteral("Sum of Montant de la dépense (€)"));
        QCOMPARE(result.measureTitle(0, true), QStringLiteral("Beneficiaries"));
    }

    void sheetCsvUsesTheChosenSeparatorAndDecimalMark_data()
    {
        QTest::addColumn<QChar>("separator");
        QTest::addColumn<QString>("decimalMark");
        QTest::addColumn<QStringList>("lines");
        const QString provenance =
            QStringLiteral("# Écluse · prestations · analyst1 · 2026-11-28T09:00:00Z · query 0123456789abcdef");
        QTest::newRow("French") << QChar(u';') << QStringLiteral(",")
                                << QStringList{provenance,
                                               QStringLiteral("Sexe;Beneficiaries;Sum of Montant de la dépense (€)"),
                                               QStringLiteral("Masculin;120;-12,50"),
                                               QStringLiteral("\"'=Piège(\"\"http://x\"\")\";×;×"),
                                               QStringLiteral("Total;×;×")};
        QTest::newRow("English") << QChar(u',') << QStringLiteral(".")
                                 << QStringList{provenance,
                                                QStringLiteral("Sexe,Beneficiaries,Sum of Montant de la dépense (€)"),
                                                QStringLiteral("Masculin,120,-12.50"),
                                                QStringLiteral("\"'=Piège(\"\"http://x\"\")\",×,×"),
                                                QStringLiteral("Total,×,×")};
        QTest::newRow("tabs") << QChar(u'\t') << QStringLiteral(",")
                              << QStringList{provenance,
                                             QStringLiteral("Sexe\tBeneficiaries\tSum of Montant de la dépense (€)"),
                                             QStringLiteral("Masculin\t120\t-12,50"),
                                             QStringLiteral("\"'=Piège(\"\"http://x\"\")\"\t×\t×"),
                                             QStringLiteral("Total\t×\t×")};
    }

    void sheetCsvUsesTheChosenSeparatorAndDecimalMark()
    {
        QFETCH(QChar, separator);
        QFETCH(QString, decimalMark);
        QFETCH(QStringList, lines);
        const QByteArray bytes = OutputGuard::sheetCsv(smallResult(), {1, false}, {separator, decimalMark});
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts), lines);
    }

    void aSpreadsheetInTheLocaleGetsItsOwnSeparators()
    {
        QCOMPARE(SheetFormat::forLocale(QLocale(QLocale::French, QLocale::France)),
                 (SheetFormat{QLatin1Char(';'), QStringLiteral(",")}));
        QCOMPARE(SheetFormat::forLocale(QLocale(QLocale::English, QLocale::UnitedKingdom)),
                 (SheetFormat{QLatin1Char(','), QStringLiteral(".")}));
        // A decimal mark that is also the separator would split numbers, or need every one quoted.
        for (const SheetFormat& unreadable :
             {SheetFormat{QLatin1Char(','), QStringLiteral(",")}, SheetFormat{QLatin1Char(','), QString()},
              SheetFormat{QLatin1Char('7'), QStringLiteral(".")}})
            QCOMPARE(errorKindOf([&] {
                         OutputGuard::sheetCsv(smallResult(), {1, false}, unreadable);
                     }),
                     ErrorKind::Usage);
    }

    void theSheetExportGoesThroughTheGuard()
    {
        TestVault tv;
        QTemporaryDir allowed;
        QTemporaryDir elsewhere;
        tv.policy.exportFolders = {allowed.path()};
        auto vault = asAnalyst(tv);
        OutputGuard guard(*vault);
        const SheetFormat french{QLatin1Char(';'), QStringLiteral(",")};

        const QString inside = allowed.filePath(QStringLiteral("table.csv"));
        guard.exportSheet(smallResult(), {1, false}, french, inside);
        QFile file(inside);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QCOMPARE(bytes, OutputGuard::sheetCsv(smallResult(), {1, false}, french));
        const AuditEntry exported = test::VaultProbe::audit(*vault).entries().back();
        QCOMPARE(exported.action, QStringLiteral("aggregate.export"));
        QCOMPARE(detailsOf(exported).value(QStringLiteral("sha256")).toString(),
                 QString::fromLatin1(sha256(bytes).toHex()));
        QCOMPARE(detailsOf(exported).value(QStringLiteral("separator")).toString(), QStringLiteral(";"));

        const QString outside = elsewhere.filePath(QStringLiteral("table.csv"));
        QCOMPARE(errorKindOf([&] {
                     guard.exportSheet(smallResult(), {1, false}, french, outside);
                 }),
                 ErrorKind::Denied);
        QVERIFY(!QFile::exists(outside));
        QCOMPARE(test::VaultProbe::audit(*vault).entries().back().action, QStringLiteral("access.denied"));
    }

    void theExportFolderIsReadyBeforeTheFirstExport()
    {
        // The default folder does not exist in a fresh home: the dialog must not open elsewhere.
        QTemporaryDir home;
        const QByteArray oldHome = qgetenv("HOME");
        qputenv("HOME", home.path().toUtf8());
        {
            TestVault tv;
            auto vault = asAnalyst(tv);
            const QString folder = OutputGuard(*vault).exportFolder();
            QCOMPARE(folder, OutputGuard(*vault).allowedFolders().constFirst());
            QVERIFY2(folder.startsWith(home.path()), qPrintable(folder));
            QVERIFY(QFileInfo(folder).isDir());
        }
        qputenv("HOME", oldHome);

        // A folder named by policy is not created: the first that exists is offered.
        QTemporaryDir existing;
        TestVault tv;
        const QString missing = existing.filePath(QStringLiteral("not-mounted"));
        tv.policy.exportFolders = {missing, existing.path()};
        auto vault = asAnalyst(tv);
        QCOMPARE(OutputGuard(*vault).exportFolder(), existing.path());
        QVERIFY(!QFileInfo::exists(missing));
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
            QCOMPARE(errorKindOf([&] { guard.clipboardText(smallResult(), {}, QStringLiteral(".")); }),
                     ErrorKind::Denied);
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
        QCOMPARE(errorKindOf([&] { guard.clipboardText(smallResult(), {}, QStringLiteral(".")); }), ErrorKind::Denied);
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
