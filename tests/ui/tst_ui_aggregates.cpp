#include "AggregateChart.h"
#include "ClipboardOwnership.h"
#include "PivotTableModel.h"
#include "TestPackages.h"
#include "UiDriver.h"
#include "VaultProbe.h"
#include "aggregate/Aggregates.h"
#include "guard/OutputGuard.h"
#include "i18n/Translations.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStandardPaths>
#include <QStyleOptionComboBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QValueAxis>
#include <QtTest>

#include <cmath>

using namespace ecluse;
using namespace ecluse::test;
using ecluse::PublishedGrid;
using ecluse::ui::AggregateChart;
using ecluse::ui::isEcluse;
using ecluse::ui::PivotTableModel;

// Analysts query aggregate tables: what they see, copy and export has passed disclosure control
// and the output guard, and nothing else leaves.
class AggregatesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void analystSeesPivotWithMarginsAndSuppressedCells();
    void aMostlySuppressedTableSuggestsACoarserDimension();
    void copyPutsTheGuardsTextOnTheClipboardThenClearsIt();
    void drillDownFiltersOnTheRowAndBreaksItDown();
    void deniedCopyAndExportAreDisabledAndCtrlCCopiesNothing();
    void datasetWithoutGrantCannotBeChosen();
    void exportOutsideTheAllowedFoldersIsRefused();
    void lockingTakesTheTableAndTheCopyAway();

    // Issue 12: what a newcomer met with French data at the default window size.
    void namesAreReadWholeAtTheDefaultSize();
    void nothingEmptyStandsAboveTheTableBeforeTheFirstQuery();
    void theChartDrawsTheSecondDimensionWithWholeLabelsAndRoundTicks();
    void figuresCopiesAndExportsFollowTheFrenchLocale();
    void theFirstExportFromAFreshHomeSucceeds();
    void theShownPeriodIsTheQuerys();
    void backReturnsToTheTableBeforeADrillDown();
    void emptyUnknownRowsAndColumnsCanBeLeftOut();

    // Found in review.
    void theChartLeavesOutWhatTheTableLeavesOutAndNamesSuppressedBars();
    void aChartWithNoBarLeftShowsThePlaceholder();
    void theChartKeepsTheChosenMeasureByName();
    void aPngExportShowsTheTableItIsAuditedAs();
};

namespace {

const QString symbol = OutputGuard::suppressedSymbol();

// Types the file's name where the user would (selectFile() leaves a focused name field alone).
void typeFileName(QFileDialog* dialog, const QString& file)
{
    if (auto* edit = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit")))
        edit->setText(file);
    else
        dialog->selectFile(file);
}

// An analyst at the aggregates page of a vault holding one small prestations package: analyst1
// (prestations and damir) and analyst2 (damir only).
struct AggregatesFixture
{
    UiFixture ui;
    TestPackages packages;
    QWidget* page = nullptr;

    explicit AggregatesFixture(const Policy& rules = {})
        : ui(rules)
        , packages(ui.tv)
    {}

    // `entry`: the navigation's name for the page, in the interface's language.
    bool open(const QString& user = QStringLiteral("analyst1"), const QString& entry = QStringLiteral("Aggregates"))
    {
        if (!packages.makeTwoAnalystVault(ui.vault, "damir"))
            return false;
        if (!ui.start(false))
            return false;
        const QByteArray password = (user + QStringLiteral(" password")).toUtf8();
        if (!ui.signIn(user, password.constData()))
            return false;

        auto* navigation = ui.find<QListWidget>(QStringLiteral("navigation"));
        const auto entries = navigation->findItems(entry, Qt::MatchExactly);
        if (entries.size() != 1 || !entries.first()->flags().testFlag(Qt::ItemIsEnabled))
            return false;
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {},
                          navigation->visualItemRect(entries.first()).center());
        page = ui.find(QStringLiteral("aggregatesPage"));
        return page && QTest::qWaitFor([&] { return page->isVisible() && datasets()->isEnabled(); });
    }

    template <typename W = QWidget> W* find(const QString& name) const { return ui.find<W>(name, page); }
    QComboBox* datasets() const { return find<QComboBox>(QStringLiteral("datasetCombo")); }
    QTableView* pivot() const { return find<QTableView>(QStringLiteral("pivotTable")); }
    QString text(const QString& label) const { return ui.text(label, page); }

    // Ticks the dimension or measure whose entry ends with "(NAME)", as a user would: the
    // entry made current, then Space.
    bool tick(const QString& list, const QString& name) const
    {
        auto* widget = find<QListWidget>(list);
        const auto items = widget->findItems(QStringLiteral("(%1)").arg(name), Qt::MatchEndsWith);
        if (items.size() != 1)
            return false;
        widget->setFocus();
        widget->setCurrentItem(items.first());
        QTest::keyClick(widget, Qt::Key_Space);
        return items.first()->checkState() == Qt::Checked;
    }

    void click(const QString& button) const { QTest::mouseClick(find<QPushButton>(button), Qt::LeftButton); }

    void clickCell(int row, int column) const
    {
        QTableView* view = pivot();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->visualRect(view->model()->index(row, column)).center());
    }

    // Regions down the side, sex across, beneficiaries: the form filled in and run.
    bool runRegionBySex() const
    {
        if (!tick(QStringLiteral("rowDimensionList"), QStringLiteral("BEN_RES_REG")) ||
            !tick(QStringLiteral("columnDimensionList"), QStringLiteral("BEN_SEX_COD")))
            return false;
        return runAndWait();
    }

    // Runs the form's query and waits for a new table.
    bool runAndWait() const
    {
        const QString before = text(QStringLiteral("resultProvenance"));
        click(QStringLiteral("runQueryButton"));
        return QTest::qWaitFor(
            [&] {
                const QString now = text(QStringLiteral("resultProvenance"));
                return !now.isEmpty() && now != before;
            },
            15000);
    }

    // The export dialog, once the page has opened it.
    QFileDialog* exportDialog(const QString& button) const
    {
        click(button);
        return qobject_cast<QFileDialog*>(ui.waitForDialog(QStringLiteral("exportFileDialog")));
    }

    // Accepts the dialog as the Save button does, and waits for the page's word on it.
    QString acceptExport(QFileDialog* dialog, const QString& file) const
    {
        find<QLabel>(QStringLiteral("outputMessage"))->clear();
        typeFileName(dialog, file);
        static_cast<QDialog*>(dialog)->accept();
        if (!QTest::qWaitFor([&] { return !text(QStringLiteral("outputMessage")).isEmpty(); }, 10000))
            return QStringLiteral("<no message>");
        return text(QStringLiteral("outputMessage"));
    }

    // The same query, run straight on the vault: with the test's still clock, the very result
    // the page shows.
    AggregateResult regionBySex() const
    {
        AggregateQuery query;
        query.dataset = QStringLiteral("prestations");
        query.dimensions = {QStringLiteral("BEN_RES_REG"), QStringLiteral("BEN_SEX_COD")};
        query.measures = {{MeasureKind::Beneficiaries, {}}};
        return Aggregates(*ui.vault).run(query);
    }

    // A row of the pivot with a suppressed cell among its values, or -1.
    int rowWithSuppressedCell() const
    {
        const QAbstractItemModel* model = pivot()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 1; column < model->columnCount(); ++column) {
                if (model->index(row, column).data().toString() == symbol)
                    return row;
            }
        }
        return -1;
    }

    std::vector<int> cellsOfRow(int row) const
    {
        std::vector<int> cells;
        const QAbstractItemModel* model = pivot()->model();
        for (int column = 1; column < model->columnCount(); ++column)
            cells.push_back(model->index(row, column).data(PivotTableModel::CellRole).toInt());
        return cells;
    }
};

QClipboard* clipboard()
{
    return QGuiApplication::clipboard();
}

// Whether `text` fits, by font metrics, in the part of the combo box that shows its text.
bool comboShowsWhole(const QComboBox* combo, const QString& text)
{
    QStyleOptionComboBox option;
    option.initFrom(combo);
    option.currentText = text;
    const QRect field =
        combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
    return combo->fontMetrics().horizontalAdvance(text) <= field.width();
}

// The entries of a combo box or a list that do not fit, by font metrics.
QStringList cutEntries(const QComboBox* combo)
{
    QStringList cut;
    for (int i = 0; i < combo->count(); ++i) {
        if (!comboShowsWhole(combo, combo->itemText(i)))
            cut << combo->itemText(i);
    }
    return cut;
}

QStringList cutEntries(const QListWidget* list)
{
    QStringList cut;
    for (int row = 0; row < list->count(); ++row) {
        if (list->sizeHintForIndex(list->model()->index(row, 0)).width() > list->viewport()->width())
            cut << list->item(row)->text();
    }
    return cut;
}

// The headings and cells of the pivot that do not fit their column, headings measured in bold.
QStringList cutCells(const QTableView* view)
{
    QStringList cut;
    const QAbstractItemModel* model = view->model();
    QFont bold = view->horizontalHeader()->font();
    bold.setBold(true);
    const int margin = view->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, view->horizontalHeader());
    const int cellMargin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    for (int column = 0; column < model->columnCount(); ++column) {
        const QString heading = model->headerData(column, Qt::Horizontal).toString();
        for (const QString& line : heading.split(QLatin1Char('\n'))) {
            if (QFontMetrics(bold).horizontalAdvance(line) + 2 * margin > view->columnWidth(column))
                cut << line;
        }
        if (static_cast<const QAbstractItemView*>(view)->sizeHintForColumn(column) > view->columnWidth(column))
            cut << QStringLiteral("column %1").arg(column);
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, column);
            const QVariant font = index.data(Qt::FontRole);
            const QFontMetrics metrics(font.isValid() ? font.value<QFont>() : view->font());
            if (metrics.horizontalAdvance(index.data().toString()) + 2 * cellMargin > view->columnWidth(column))
                cut << index.data().toString();
        }
    }
    return cut;
}

// A table of the prestations dataset, dimensions and measures as given, every cell published with
// `published` for each measure: a test then changes the cells it is about.
AggregateResult madeUpResult(const std::vector<TableDimension>& dimensions, const QList<MeasureKind>& measures,
                             std::int64_t published = 10)
{
    AggregateResult result;
    result.queryId = QStringLiteral("00000000000000aa");
    result.query.dataset = QStringLiteral("prestations");
    std::vector<int> categories;
    for (const TableDimension& dimension : dimensions) {
        result.query.dimensions << dimension.name;
        categories.push_back(static_cast<int>(dimension.codes.size()));
    }
    for (const MeasureKind kind : measures)
        result.query.measures.push_back({kind, {}});
    result.user = QStringLiteral("analyst1");
    result.computedUtc = QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);
    result.dimensions = dimensions;
    result.shape = TableShape(categories);
    result.cells.assign(static_cast<std::size_t>(result.shape.cellCount()),
                        ResultCell{false, std::vector<std::optional<std::int64_t>>(measures.size(), published)});
    return result;
}

ResultCell& cellAt(AggregateResult& result, const std::vector<int>& coordinates)
{
    return result.cells.at(static_cast<std::size_t>(result.shape.index(coordinates)));
}

const TableDimension regions{QStringLiteral("BEN_RES_REG"),
                             QStringLiteral("Région de résidence"),
                             {QStringLiteral("11"), QStringLiteral("94"), QStringLiteral("99")},
                             {QStringLiteral("Île-de-France"), QStringLiteral("Corse"), QStringLiteral("Inconnue")},
                             true};
const TableDimension sexes{QStringLiteral("BEN_SEX_COD"),
                           QStringLiteral("Sexe"),
                           {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("0")},
                           {QStringLiteral("Masculin"), QStringLiteral("Féminin"), QStringLiteral("Inconnu")},
                           true};
const TableDimension ages{QStringLiteral("AGE_BEN_SNDS"),
                          QStringLiteral("Tranche d'âge"),
                          {QStringLiteral("1"), QStringLiteral("2")},
                          {QStringLiteral("0-59 ans"), QStringLiteral("60 ans et plus")},
                          true};

// What a chart shows: its bar sets and its category labels.
struct ChartReading
{
    QStringList sets;
    QStringList categories;
};

ChartReading read(const AggregateChart& widget)
{
    ChartReading reading;
    QChart* chart = widget.findChild<QChartView*>(QStringLiteral("chartView"))->chart();
    if (const auto series = chart->series(); !series.isEmpty()) {
        for (const QBarSet* set : qobject_cast<QAbstractBarSeries*>(series.first())->barSets())
            reading.sets << set->label();
    }
    for (QAbstractAxis* axis : chart->axes()) {
        if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis))
            reading.categories = categories->categories();
    }
    return reading;
}

// French figures and separators for one test, as the application sets them from the language.
struct FrenchLocale
{
    QLocale before;
    FrenchLocale() { QLocale::setDefault(QLocale(QLocale::French, QLocale::France)); }
    ~FrenchLocale() { QLocale::setDefault(before); }
};

} // namespace

void AggregatesTest::analystSeesPivotWithMarginsAndSuppressedCells()
{
    AggregatesFixture at;
    QVERIFY(at.open());
    QCOMPARE(at.datasets()->currentData().toString(), QStringLiteral("prestations"));
    QVERIFY(at.runRegionBySex());

    // The margins: a Total row at the bottom, a Total column on the right.
    QTableView* pivot = at.pivot();
    const QAbstractItemModel* model = pivot->model();
    QVERIFY(model->rowCount() > 2);
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Région de résidence"));
    QCOMPARE(model->index(model->rowCount() - 1, 0).data().toString(), QStringLiteral("Total"));
    QCOMPARE(model->headerData(model->columnCount() - 1, Qt::Horizontal).toString(), QStringLiteral("Total"));

    // Suppressed cells show the symbol, in colours of their own, and say why.
    int suppressed = 0;
    QSet<QString> explanations;
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 1; column < model->columnCount(); ++column) {
            const QModelIndex cell = model->index(row, column);
            const bool isSuppressed = cell.data().toString() == symbol;
            QCOMPARE(cell.data(Qt::BackgroundRole).isValid(), isSuppressed);
            if (!isSuppressed) {
                QVERIFY2(!cell.data().toString().isEmpty(), qPrintable(QStringLiteral("%1,%2").arg(row).arg(column)));
                continue;
            }
            ++suppressed;
            // One explanation for every suppressed cell: which ones are small is not published.
            const QString why = cell.data(Qt::ToolTipRole).toString();
            QVERIFY2(why.startsWith(QStringLiteral("Suppressed: either the cell is small (fewer than 11 "
                                                   "beneficiaries")),
                     qPrintable(why));
            QVERIFY(!why.contains(QStringLiteral("primary"), Qt::CaseInsensitive));
            explanations.insert(why);
        }
    }
    QVERIFY(suppressed > 0);
    QCOMPARE(explanations.size(), 1);

    // The header: dataset, period, rules, and the count of what the table hides.
    const DatasetSchema* schema = Catalogue::builtin().dataset(u"prestations");
    QCOMPARE(at.text(QStringLiteral("resultTitle")), QStringLiteral("prestations — %1").arg(schema->label));
    QVERIFY2(at.text(QStringLiteral("resultPeriod")).startsWith(QStringLiteral("Period: 2025-")),
             qPrintable(at.text(QStringLiteral("resultPeriod"))));
    QCOMPARE(at.text(QStringLiteral("resultRules")),
             QStringLiteral("Rules applied: %1").arg(DisclosureRules::fromPolicy(at.ui.vault->policy()).summary()));
    const QRegularExpressionMatch counts = QRegularExpression(QStringLiteral("^Suppressed cells: (\\d+) of \\d+$"))
                                               .match(at.text(QStringLiteral("resultSuppression")));
    QVERIFY2(counts.hasMatch(), qPrintable(at.text(QStringLiteral("resultSuppression"))));
    QCOMPARE(counts.captured(1).toInt(), suppressed); // two dimensions, one measure: every cell once

    // The chart draws a bar per sex within each region that has a published cell, and no others.
    int drawnRegions = 0;
    for (int row = 0; row + 1 < model->rowCount(); ++row) {
        for (int column = 1; column + 1 < model->columnCount(); ++column) {
            if (model->index(row, column).data().toString() != symbol) {
                ++drawnRegions;
                break;
            }
        }
    }
    auto* chartView = at.find<QChartView>(QStringLiteral("chartView"));
    QCOMPARE(chartView->chart()->series().size(), 1);
    auto* bars = qobject_cast<QAbstractBarSeries*>(chartView->chart()->series().first());
    QVERIFY(bars);
    QCOMPARE(bars->barSets().size(), 3); // Masculin, Féminin, Inconnu
    QCOMPARE(bars->barSets().first()->count(), drawnRegions);

    // Both views carry the watermark with the user, over the whole of what is shown.
    at.find<QTabWidget>(QStringLiteral("resultTabs"))->setCurrentIndex(1);
    for (QWidget* view : {static_cast<QWidget*>(pivot), static_cast<QWidget*>(chartView)}) {
        auto* mark = view->findChild<QWidget*>(QStringLiteral("watermark"));
        QVERIFY(mark);
        QVERIFY2(mark->accessibleName().startsWith(QStringLiteral("analyst1 · ")), qPrintable(mark->accessibleName()));
        QTRY_COMPARE(mark->size(), view->size());
    }
}

void AggregatesTest::aMostlySuppressedTableSuggestsACoarserDimension()
{
    AggregatesFixture at;
    QVERIFY(at.open());
    // 3,000 claims by department, age band and sex: most cells are small.
    QVERIFY(at.tick(QStringLiteral("rowDimensionList"), QStringLiteral("BEN_RES_DPT")));
    QVERIFY(at.tick(QStringLiteral("rowDimensionList"), QStringLiteral("AGE_BEN_SNDS")));
    QVERIFY(at.tick(QStringLiteral("columnDimensionList"), QStringLiteral("BEN_SEX_COD")));
    QVERIFY(at.runAndWait());
    const QString summary = at.text(QStringLiteral("resultSuppression"));
    QVERIFY2(summary.contains(QStringLiteral("Most cells are suppressed: with Région de résidence instead of "
                                             "Département de résidence")),
             qPrintable(summary));

    // By region, the advice has nothing left to suggest.
    QVERIFY(at.tick(QStringLiteral("rowDimensionList"), QStringLiteral("BEN_RES_DPT")) == false);
    QVERIFY(at.tick(QStringLiteral("rowDimensionList"), QStringLiteral("BEN_RES_REG")));
    QVERIFY(at.runAndWait());
    QVERIFY2(!at.text(QStringLiteral("resultSuppression")).contains(QStringLiteral("instead of")),
             qPrintable(at.text(QStringLiteral("resultSuppression"))));
}

void AggregatesTest::copyPutsTheGuardsTextOnTheClipboardThenClearsIt()
{
    Policy rules;
    rules.clipboardClearSeconds = 2;
    AggregatesFixture at(rules);
    QVERIFY(at.open());
    QVERIFY(at.runRegionBySex());
    clipboard()->setText(QStringLiteral("something of the user's"));

    // A row's heading selects the whole row, a suppressed cell in it.
    const int row = at.rowWithSuppressedCell();
    QVERIFY(row >= 0);
    at.clickCell(row, 0);
    at.click(QStringLiteral("copyButton"));
    QTRY_VERIFY(isEcluse(clipboard()->mimeData()));
    const QString copied = clipboard()->text();

    const AggregateResult result = at.regionBySex();
    const PublishedGrid::Layout layout{1, false};
    const QString decimalMark = QLocale().decimalPoint();
    QCOMPARE(result.provenance(), at.text(QStringLiteral("resultProvenance")));
    QCOMPARE(copied, OutputGuard(*at.ui.vault).clipboardText(result, layout, decimalMark, at.cellsOfRow(row)));
    QVERIFY(copied.trimmed().endsWith(result.provenance()));
    // The row as the table shows it: the region's name, then its values, the symbol where one is
    // suppressed.
    const QStringList lines = copied.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0).split(QLatin1Char('\t')).first(), QStringLiteral("Région de résidence"));
    const QStringList fields = lines.at(1).split(QLatin1Char('\t'));
    QCOMPARE(fields.first(), at.pivot()->model()->index(row, 0).data().toString().section(QStringLiteral(" — "), 1));
    QCOMPARE(fields.size(), at.pivot()->model()->columnCount());
    QVERIFY(fields.contains(symbol));
    QCOMPARE(clipboard()->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
    QVERIFY2(at.text(QStringLiteral("outputMessage")).contains(QStringLiteral("cleared in 2 second")),
             qPrintable(at.text(QStringLiteral("outputMessage"))));

    // Taken back after the policy's delay.
    QCOMPARE(at.find<QTimer>(QStringLiteral("clipboardClearTimer"))->interval(), 2000);
    QTRY_VERIFY_WITH_TIMEOUT(!isEcluse(clipboard()->mimeData()), 6000);
    QVERIFY(clipboard()->text().isEmpty());

    // Ctrl+C in the table copies through the guard too: one published cell, with provenance.
    int column = 1;
    while (at.pivot()->model()->index(0, column).data().toString() == symbol)
        ++column;
    at.clickCell(0, column);
    QTest::keyClick(at.pivot(), Qt::Key_C, Qt::ControlModifier);
    QTRY_VERIFY(isEcluse(clipboard()->mimeData()));
    const int cell = at.pivot()->model()->index(0, column).data(PivotTableModel::CellRole).toInt();
    QCOMPARE(clipboard()->text(), OutputGuard(*at.ui.vault).clipboardText(result, layout, decimalMark, {cell}));
}

void AggregatesTest::drillDownFiltersOnTheRowAndBreaksItDown()
{
    AggregatesFixture at;
    QVERIFY(at.open());
    QVERIFY(at.runRegionBySex());
    const QAbstractItemModel* model = at.pivot()->model();
    const QString region = model->index(0, 0).data().toString(); // "11 — Île-de-France"
    const QString code = region.section(QStringLiteral(" — "), 0, 0);
    auto* next = at.find<QComboBox>(QStringLiteral("drillNextCombo"));
    next->setCurrentIndex(next->findData(QStringLiteral("AGE_BEN_SNDS")));
    QVERIFY(next->currentIndex() >= 0);

    const QString before = at.text(QStringLiteral("resultProvenance"));
    const QRect cell = at.pivot()->visualRect(model->index(0, 0));
    // A double-click as the platform delivers it: press and release, then the second press.
    QTest::mouseClick(at.pivot()->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(at.pivot()->viewport(), Qt::LeftButton, {}, cell.center());
    QTRY_VERIFY2_WITH_TIMEOUT(at.text(QStringLiteral("resultProvenance")) != before,
                              qPrintable(at.text(QStringLiteral("aggregatesMessage")) + QLatin1Char('|') +
                                         at.text(QStringLiteral("outputMessage")) + QLatin1Char('|') +
                                         at.text(QStringLiteral("queryStep"))),
                              15000);
    QCOMPARE(at.text(QStringLiteral("resultFilters")), QStringLiteral("Filters: BEN_RES_REG = %1").arg(code));
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Tranche d'âge"));
    QCOMPARE(model->index(model->rowCount() - 1, 0).data().toString(), QStringLiteral("Total"));
    // The form shows the query that ran: the filter listed, the region no longer down the side.
    auto* filters = at.find<QListWidget>(QStringLiteral("filterList"));
    QCOMPARE(filters->count(), 1);
    QVERIFY2(filters->item(0)->text().endsWith(QStringLiteral("= %1").arg(code)), qPrintable(filters->item(0)->text()));
    QVERIFY(at.text(QStringLiteral("aggregatesMessage")).isEmpty() ||
            !at.find(QStringLiteral("aggregatesMessage"))->isVisible());
}

void AggregatesTest::deniedCopyAndExportAreDisabledAndCtrlCCopiesNothing()
{
    Policy rules;
    rules.clipboardMode = ClipboardMode::Deny;
    rules.exportMode = ExportMode::Deny;
    AggregatesFixture at(rules);
    QVERIFY(at.open());
    QVERIFY(at.runRegionBySex());

    auto* copy = at.find<QPushButton>(QStringLiteral("copyButton"));
    QVERIFY(!copy->isEnabled());
    QVERIFY2(copy->toolTip().contains(QStringLiteral("does not allow copying")), qPrintable(copy->toolTip()));
    for (const QString& name : {QStringLiteral("exportCsvButton"), QStringLiteral("exportPngButton")}) {
        auto* button = at.find<QPushButton>(name);
        QVERIFY(!button->isEnabled());
        QVERIFY2(button->toolTip().contains(QStringLiteral("does not allow exporting")), qPrintable(button->toolTip()));
    }

    // The view's own Ctrl+C would put the current cell on the clipboard: it must not.
    clipboard()->setText(QStringLiteral("something of the user's"));
    at.clickCell(0, 1);
    QCOMPARE(at.pivot()->currentIndex(), at.pivot()->model()->index(0, 1));
    QTest::keyClick(at.pivot(), Qt::Key_C, Qt::ControlModifier);
    QCoreApplication::processEvents();
    QCOMPARE(clipboard()->text(), QStringLiteral("something of the user's"));
    QVERIFY(!isEcluse(clipboard()->mimeData()));
    QVERIFY2(at.text(QStringLiteral("outputMessage")).contains(QStringLiteral("does not allow copying")),
             qPrintable(at.text(QStringLiteral("outputMessage"))));
}

void AggregatesTest::datasetWithoutGrantCannotBeChosen()
{
    AggregatesFixture at;
    QVERIFY(at.open(QStringLiteral("analyst2")));
    QComboBox* datasets = at.datasets();
    QCOMPARE(datasets->count(), 2);
    const int prestations = datasets->findData(QStringLiteral("prestations"));
    QVERIFY(prestations >= 0);
    QCOMPARE(datasets->currentData().toString(), QStringLiteral("damir"));
    QVERIFY(!(datasets->model()->flags(datasets->model()->index(prestations, 0)) & Qt::ItemIsEnabled));

    // Core's reason, in view.
    const QString reason =
        at.ui.vault->decide(Action::BrowseAggregates, Resource::ofDataset(QStringLiteral("prestations"))).reason;
    QVERIFY(!reason.isEmpty());
    QVERIFY(at.find(QStringLiteral("datasetAccessLabel"))->isVisible());
    QVERIFY2(at.text(QStringLiteral("datasetAccessLabel")).contains(QStringLiteral("prestations: %1").arg(reason)),
             qPrintable(at.text(QStringLiteral("datasetAccessLabel"))));
    QCOMPARE(datasets->itemData(prestations, Qt::ToolTipRole).toString(), reason);

    // The keyboard skips it.
    datasets->setFocus();
    for (const Qt::Key key : {Qt::Key_Up, Qt::Key_Down, Qt::Key_Home, Qt::Key_End})
        QTest::keyClick(datasets, key);
    QCOMPARE(datasets->currentData().toString(), QStringLiteral("damir"));
}

void AggregatesTest::exportOutsideTheAllowedFoldersIsRefused()
{
    QTemporaryDir allowed;
    QTemporaryDir elsewhere;
    Policy rules;
    rules.exportFolders = {allowed.path()};
    AggregatesFixture at(rules);
    QVERIFY(at.open());
    QVERIFY(at.runRegionBySex());

    const auto exportTo = [&](const QString& button, const QString& file) {
        at.find<QLabel>(QStringLiteral("outputMessage"))->clear();
        at.click(button);
        auto* dialog = qobject_cast<QFileDialog*>(at.ui.waitForDialog(QStringLiteral("exportFileDialog")));
        if (!dialog)
            return QStringLiteral("<no file dialog>");
        // It opens in the first folder the policy allows.
        if (QFileInfo(dialog->directory().absolutePath()).canonicalFilePath() !=
            QFileInfo(allowed.path()).canonicalFilePath())
            return QStringLiteral("<dialog opened in %1>").arg(dialog->directory().absolutePath());
        typeFileName(dialog, file);
        static_cast<QDialog*>(dialog)->accept(); // as the Save button does
        if (!QTest::qWaitFor([&] { return !at.text(QStringLiteral("outputMessage")).isEmpty(); }, 10000))
            return QStringLiteral("<no message>");
        return at.text(QStringLiteral("outputMessage"));
    };

    const QString outside = QDir(elsewhere.path()).filePath(QStringLiteral("table.csv"));
    const QString refusal = exportTo(QStringLiteral("exportCsvButton"), outside);
    QVERIFY2(refusal.startsWith(QStringLiteral("Not exported: ")) &&
                 refusal.contains(QStringLiteral("is not in a folder policy allows")),
             qPrintable(refusal));
    QVERIFY(!QFileInfo::exists(outside));

    const QString inside = QDir(allowed.path()).filePath(QStringLiteral("table.csv"));
    const QString done = exportTo(QStringLiteral("exportCsvButton"), inside);
    QVERIFY2(done.startsWith(QStringLiteral("Exported to")), qPrintable(done));
    QFile csv(inside);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QVERIFY(csv.readAll().contains(at.text(QStringLiteral("resultProvenance")).toUtf8()));

    // The chart as a picture, its provenance written in it: its button is on the chart's tab.
    at.find<QTabWidget>(QStringLiteral("resultTabs"))->setCurrentIndex(1);
    const QString png = QDir(allowed.path()).filePath(QStringLiteral("chart.png"));
    const QString drawn = exportTo(QStringLiteral("exportPngButton"), png);
    QVERIFY2(drawn.startsWith(QStringLiteral("Exported to")), qPrintable(drawn));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.text(QStringLiteral("Provenance")), at.text(QStringLiteral("resultProvenance")));
}

void AggregatesTest::lockingTakesTheTableAndTheCopyAway()
{
    AggregatesFixture at;
    QVERIFY(at.open());
    QVERIFY(at.runRegionBySex());
    at.click(QStringLiteral("copyButton"));
    QTRY_VERIFY(isEcluse(clipboard()->mimeData()));

    QVERIFY(at.ui.pressLockShortcut());
    QTRY_VERIFY(!at.ui.vault->isUnlocked());
    QVERIFY(!at.ui.find(QStringLiteral("aggregatesPage")));
    QCOMPARE(at.ui.visibleItemViews(), 0);
    QVERIFY(!isEcluse(clipboard()->mimeData()));
    QVERIFY(clipboard()->text().isEmpty());
}

void AggregatesTest::namesAreReadWholeAtTheDefaultSize()
{
    // The interface in French too, whose words are longer.
    FrenchLocale french;
    const Translations translations(QStringLiteral("fr"));
    AggregatesFixture at;
    QVERIFY(at.open(QStringLiteral("analyst1"), QStringLiteral("Agrégats")));
    QCOMPARE(at.ui.window->size(), QSize(1100, 700));
    // The form is shown as wide as it needs: nothing in it scrolls out of view across.
    auto* form = at.find(QStringLiteral("queryForm"));
    auto* scroll = at.find<QScrollArea>(QStringLiteral("queryFormScroll"));
    QTRY_VERIFY(form->minimumSizeHint().width() >= at.find(QStringLiteral("measureList"))->minimumWidth());
    QTRY_VERIFY2(
        scroll->viewport()->width() >= form->minimumSizeHint().width(),
        qPrintable(QStringLiteral("%1 < %2").arg(scroll->viewport()->width()).arg(form->minimumSizeHint().width())));

    // The query form: every dataset, dimension, measure and filter column whole.
    auto* datasets = at.datasets();
    // Layouts settle once the datasets are listed: the form then widens to its entries.
    QTRY_VERIFY2(cutEntries(datasets).isEmpty(), qPrintable(cutEntries(datasets).join(u" | ")));
    QVERIFY(datasets->toolTip().startsWith(QStringLiteral("prestations — ")));
    for (const QString& name :
         {QStringLiteral("rowDimensionList"), QStringLiteral("columnDimensionList"), QStringLiteral("measureList")}) {
        auto* list = at.find<QListWidget>(name);
        QVERIFY(list->count() > 2);
        QTRY_VERIFY2(cutEntries(list).isEmpty(), qPrintable(name + QLatin1Char(':') + cutEntries(list).join(u" | ")));
    }
    auto* filterColumns = at.find<QComboBox>(QStringLiteral("filterColumnCombo"));
    QTRY_VERIFY2(cutEntries(filterColumns).isEmpty(), qPrintable(cutEntries(filterColumns).join(u" | ")));

    // "Then by", and the pivot's headings and totals (bold), once there is a table; the form
    // keeps its width beside them.
    QVERIFY(at.runRegionBySex());
    QTRY_VERIFY(scroll->viewport()->width() >= form->minimumSizeHint().width());
    auto* next = at.find<QComboBox>(QStringLiteral("drillNextCombo"));
    QVERIFY(next->findText(QStringLiteral("Département de résidence")) >= 0);
    QTRY_VERIFY2(cutEntries(next).isEmpty(), qPrintable(cutEntries(next).join(u" | ")));
    QTRY_VERIFY2(cutCells(at.pivot()).isEmpty(), qPrintable(cutCells(at.pivot()).join(u" | ")));
    // Selecting a cell of the Total column makes its heading bold: it still fits.
    at.clickCell(0, at.pivot()->model()->columnCount() - 1);
    QTRY_VERIFY2(cutCells(at.pivot()).isEmpty(), qPrintable(cutCells(at.pivot()).join(u" | ")));
    QCOMPARE(at.pivot()
                 ->model()
                 ->headerData(at.pivot()->model()->columnCount() - 1, Qt::Horizontal, Qt::FontRole)
                 .value<QFont>()
                 .bold(),
             true);

    // On the chart's tab: the measures and the chart's title whole.
    at.find<QTabWidget>(QStringLiteral("resultTabs"))->setCurrentIndex(1);
    auto* measures = at.find<QComboBox>(QStringLiteral("chartMeasureCombo"));
    QTRY_VERIFY2(measures->isVisible() && cutEntries(measures).isEmpty(),
                 qPrintable(cutEntries(measures).join(u" | ")));
    auto* chartView = at.find<QChartView>(QStringLiteral("chartView"));
    QTRY_VERIFY(chartView->isVisible());
    QVERIFY(QFontMetrics(chartView->chart()->titleFont()).horizontalAdvance(chartView->chart()->title()) <
            chartView->width() - chartView->chart()->margins().left() - chartView->chart()->margins().right());
    QTRY_VERIFY(scroll->viewport()->width() >= form->minimumSizeHint().width());
    at.find<QTabWidget>(QStringLiteral("resultTabs"))->setCurrentIndex(0);

    // Two dimensions down the side: the bold "Total" of each block fits too.
    QVERIFY(at.tick(QStringLiteral("rowDimensionList"), QStringLiteral("AGE_BEN_SNDS")));
    QVERIFY(at.runAndWait());
    QTRY_VERIFY2(cutCells(at.pivot()).isEmpty(), qPrintable(cutCells(at.pivot()).join(u" | ")));
}

void AggregatesTest::nothingEmptyStandsAboveTheTableBeforeTheFirstQuery()
{
    AggregatesFixture at;
    QVERIFY(at.open());
    QVERIFY(!at.find(QStringLiteral("resultHeader"))->isVisible());
    auto* tabs = at.find<QTabWidget>(QStringLiteral("resultTabs"));
    tabs->setCurrentIndex(1);
    QVERIFY(at.find(QStringLiteral("chartPlaceholder"))->isVisible());
    QVERIFY(!at.find(QStringLiteral("chartView"))->isVisible());
    QVERIFY(!at.find(QStringLiteral("backButton"))->isEnabled());

    QVERIFY(at.runRegionBySex());
    QVERIFY(at.find(QStringLiteral("resultHeader"))->isVisible());
    QVERIFY(at.find(QStringLiteral("chartView"))->isVisible());
    QVERIFY(!at.find(QStringLiteral("chartPlaceholder"))->isVisible());
}

void AggregatesTest::theChartDrawsTheSecondDimensionWithWholeLabelsAndRoundTicks()
{
    FrenchLocale french;
    AggregatesFixture at;
    QVERIFY(at.open());
    QVERIFY(at.runRegionBySex());
    at.find<QTabWidget>(QStringLiteral("resultTabs"))->setCurrentIndex(1);
    auto* view = at.find<QChartView>(QStringLiteral("chartView"));
    QChart* chart = view->chart();
    QTRY_VERIFY(view->isVisible() && chart->plotArea().width() > 0);

    // One bar per sex within each region, named as the table names them.
    auto* bars = qobject_cast<QAbstractBarSeries*>(chart->series().first());
    QVERIFY(bars);
    QStringList sets;
    for (const QBarSet* set : bars->barSets())
        sets << set->label();
    QCOMPARE(sets, (QStringList{QStringLiteral("Masculin"), QStringLiteral("Féminin"), QStringLiteral("Inconnu")}));
    QVERIFY2(at.text(QStringLiteral("chartNote")).contains(QStringLiteral("One bar per Sexe")),
             qPrintable(at.text(QStringLiteral("chartNote"))));

    // Category labels whole: names, not codes, with room for the longest beside the bars and a
    // line each.
    QBarCategoryAxis* categories = nullptr;
    QValueAxis* values = nullptr;
    for (QAbstractAxis* axis : chart->axes()) {
        categories = categories ? categories : qobject_cast<QBarCategoryAxis*>(axis);
        values = values ? values : qobject_cast<QValueAxis*>(axis);
    }
    QVERIFY(categories && values);
    QVERIFY(categories->categories().contains(QStringLiteral("Île-de-France")));
    const QFontMetrics metrics(categories->labelsFont());
    int widest = 0;
    for (const QString& label : categories->categories())
        widest = std::max(widest, metrics.horizontalAdvance(label));
    QVERIFY2(chart->plotArea().left() - chart->margins().left() >= widest,
             qPrintable(QStringLiteral("%1 < %2").arg(chart->plotArea().left()).arg(widest)));
    QVERIFY(chart->plotArea().height() / categories->count() >= metrics.height());

    // Round ticks from zero: 1, 2, 2.5 or 5 times a power of ten.
    QCOMPARE(values->tickType(), QValueAxis::TicksDynamic);
    QCOMPARE(values->min(), 0.0);
    const double step = values->tickInterval();
    const double mantissa = step / std::pow(10.0, std::floor(std::log10(step)));
    QVERIFY2(mantissa == 1 || mantissa == 2 || mantissa == 2.5 || mantissa == 5, qPrintable(QString::number(step)));
    QCOMPARE(std::fmod(values->max(), step), 0.0);
    QVERIFY(chart->localizeNumbers());
    QCOMPARE(chart->locale(), QLocale(QLocale::French, QLocale::France));
}

void AggregatesTest::figuresCopiesAndExportsFollowTheFrenchLocale()
{
    FrenchLocale french;
    QTemporaryDir allowed;
    Policy rules;
    rules.exportFolders = {allowed.path()};
    AggregatesFixture at(rules);
    QVERIFY(at.open());
    QVERIFY(at.tick(QStringLiteral("measureList"), QStringLiteral("PRS_PAI_MNT")));
    QVERIFY(at.runRegionBySex());

    // On screen: digit groups, decimal comma, the euro sign on amounts only.
    const QAbstractItemModel* model = at.pivot()->model();
    const QString total = model->index(model->rowCount() - 1, model->columnCount() - 2).data().toString();
    const QString amount = model->index(model->rowCount() - 1, model->columnCount() - 1).data().toString();
    AggregateQuery query;
    query.dataset = QStringLiteral("prestations");
    query.dimensions = {QStringLiteral("BEN_RES_REG"), QStringLiteral("BEN_SEX_COD")};
    query.measures = {{MeasureKind::Beneficiaries, {}}, {MeasureKind::Sum, QStringLiteral("PRS_PAI_MNT")}};
    const AggregateResult result = Aggregates(*at.ui.vault).run(query);
    const ResultCell& grand = result.cells.back();
    QCOMPARE(total, QLocale().toString(*grand.values.at(0)));
    const qint64 cents = *grand.values.at(1);
    QVERIFY(cents > 100000);
    QCOMPARE(amount,
             QLocale().toString(cents / 100) + QStringLiteral(",%1\u00A0€").arg(cents % 100, 2, 10, QLatin1Char('0')));
    QVERIFY2(amount.contains(QChar(0x202F)), qPrintable(amount)); // digit groups

    // The copy: the grid as seen, labels and not codes, numbers a French spreadsheet reads.
    at.click(QStringLiteral("copyButton"));
    QTRY_VERIFY(isEcluse(clipboard()->mimeData()));
    const QStringList lines = clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), model->rowCount() + 2);
    const QStringList heading = lines.first().split(QLatin1Char('\t'));
    QCOMPARE(heading.size(), model->columnCount());
    QCOMPARE(heading.at(1), QStringLiteral("Masculin · Beneficiaries"));
    QCOMPARE(heading.at(2), QStringLiteral("Masculin · Sum of Montant de la dépense (€)"));
    const QStringList last = lines.at(lines.size() - 2).split(QLatin1Char('\t'));
    QCOMPARE(last.first(), QStringLiteral("Total"));
    QCOMPARE(last.at(last.size() - 2), QString(total).remove(QChar(0x202F)));
    QCOMPARE(last.last(), QString(amount).remove(QChar(0x202F)).remove(QStringLiteral("\u00A0€")));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("Guadeloupe\t")));
    QCOMPARE(lines.last(), at.text(QStringLiteral("resultProvenance")));

    // The CSV export: the locale's separator and decimal mark unless another is chosen.
    auto* dialog = at.exportDialog(QStringLiteral("exportCsvButton"));
    QVERIFY(dialog);
    QVERIFY(dialog->selectedNameFilter().contains(QStringLiteral("';'")));
    const QString semicolons = QDir(allowed.path()).filePath(QStringLiteral("points-virgules.csv"));
    QVERIFY(at.acceptExport(dialog, semicolons).startsWith(QStringLiteral("Exported to")));
    QFile file(semicolons);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList rows = QString::fromUtf8(file.readAll().mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(rows.first(), QStringLiteral("# ") + at.text(QStringLiteral("resultProvenance")));
    QCOMPARE(rows.last(), last.join(QLatin1Char(';')));

    dialog = at.exportDialog(QStringLiteral("exportCsvButton"));
    QVERIFY(dialog);
    const QString tabsFilter = dialog->nameFilters().filter(QStringLiteral("tabs, decimal point")).value(0);
    QVERIFY(!tabsFilter.isEmpty());
    dialog->selectNameFilter(tabsFilter);
    const QString tabs = QDir(allowed.path()).filePath(QStringLiteral("tabs.tsv"));
    QVERIFY(at.acceptExport(dialog, tabs).startsWith(QStringLiteral("Exported to")));
    QFile tabFile(tabs);
    QVERIFY(tabFile.open(QIODevice::ReadOnly));
    const QStringList tabRows =
        QString::fromUtf8(tabFile.readAll().mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(tabRows.last(), QStringList(last).replaceInStrings(QStringLiteral(","), QStringLiteral(".")).join(u'\t'));
}

void AggregatesTest::theFirstExportFromAFreshHomeSucceeds()
{
    // No folder set by policy: the default one, in a home where it does not exist yet.
    QTemporaryDir home;
    const QByteArray oldHome = qgetenv("HOME");
    qputenv("HOME", home.path().toUtf8());
    const auto restore = qScopeGuard([&] { qputenv("HOME", oldHome); });
    const QString folder =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(QStringLiteral("Ecluse"));
    QVERIFY(folder.startsWith(home.path()));
    QVERIFY(!QFileInfo::exists(folder));

    AggregatesFixture at;
    QVERIFY(at.open());
    QVERIFY(at.runRegionBySex());
    auto* dialog = at.exportDialog(QStringLiteral("exportCsvButton"));
    QVERIFY(dialog);
    // It opens in the allowed folder, made for it, and says which folders are allowed.
    QCOMPARE(QFileInfo(dialog->directory().absolutePath()).canonicalFilePath(), QFileInfo(folder).canonicalFilePath());
    QVERIFY2(dialog->windowTitle().contains(QDir::toNativeSeparators(folder)), qPrintable(dialog->windowTitle()));
    QCOMPARE(dialog->sidebarUrls(), QList<QUrl>{QUrl::fromLocalFile(folder)});
    // The name it proposes, as the user would keep it.
    const QString proposed = dialog->selectedFiles().value(0);
    QVERIFY2(QFileInfo(proposed).absolutePath() == folder, qPrintable(proposed));
    const QString done = at.acceptExport(dialog, proposed);
    QVERIFY2(done.startsWith(QStringLiteral("Exported to")), qPrintable(done));
    QVERIFY(QFileInfo(proposed).isFile());
}

void AggregatesTest::theShownPeriodIsTheQuerys()
{
    AggregatesFixture at;
    QVERIFY(at.open());
    QVERIFY(at.tick(QStringLiteral("rowDimensionList"), QStringLiteral("BEN_SEX_COD")));
    auto* columns = at.find<QComboBox>(QStringLiteral("filterColumnCombo"));
    columns->setCurrentIndex(columns->findData(QStringLiteral("EXE_SOI_DTD")));
    QTest::keyClicks(at.find<QLineEdit>(QStringLiteral("filterFromEdit")), QStringLiteral("2025-03-01"));
    QTest::keyClicks(at.find<QLineEdit>(QStringLiteral("filterToEdit")), QStringLiteral("2025-04-15"));
    at.click(QStringLiteral("addFilterButton"));
    QVERIFY(at.runAndWait());
    QCOMPARE(at.text(QStringLiteral("resultPeriod")),
             QStringLiteral("Period: 2025-03-01 – 2025-04-15 (the query's care dates)"));

    // Without the filter, the dataset's whole period, whatever other filters keep.
    at.find<QListWidget>(QStringLiteral("filterList"))->setCurrentRow(0);
    at.click(QStringLiteral("removeFilterButton"));
    QVERIFY(at.runAndWait());
    QVERIFY2(QRegularExpression(QStringLiteral("^Period: 2025-01-0\\d – 2025-12-[23]\\d$"))
                 .match(at.text(QStringLiteral("resultPeriod")))
                 .hasMatch(),
             qPrintable(at.text(QStringLiteral("resultPeriod"))));
}

void AggregatesTest::backReturnsToTheTableBeforeADrillDown()
{
    AggregatesFixture at;
    QVERIFY(at.open());
    QVERIFY(at.runRegionBySex());
    const QString first = at.text(QStringLiteral("resultProvenance"));
    const QString region = at.pivot()->model()->index(0, 0).data().toString();

    const auto drill = [&] {
        at.clickCell(0, 0);
        at.click(QStringLiteral("drillDownButton"));
        return QTest::qWaitFor([&] { return at.text(QStringLiteral("resultProvenance")) != first; }, 15000);
    };
    QVERIFY(drill());
    QVERIFY(at.text(QStringLiteral("resultFilters")).startsWith(QStringLiteral("Filters: BEN_RES_REG = ")));
    auto* back = at.find<QPushButton>(QStringLiteral("backButton"));
    QVERIFY(back->isEnabled());

    // Back: the table before, as it was (the same query, not computed again), the form with it.
    at.click(QStringLiteral("backButton"));
    QCOMPARE(at.text(QStringLiteral("resultProvenance")), first);
    QCOMPARE(at.text(QStringLiteral("resultFilters")), QStringLiteral("Filters: none"));
    QCOMPARE(at.pivot()->model()->index(0, 0).data().toString(), region);
    QCOMPARE(at.find<QListWidget>(QStringLiteral("filterList"))->count(), 0);
    QVERIFY(!back->isEnabled());

    // Alt+Left does the same.
    QVERIFY(drill());
    at.ui.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(at.ui.window.get()));
    at.pivot()->setFocus();
    QTest::keyClick(at.pivot(), Qt::Key_Left, Qt::AltModifier);
    QTRY_COMPARE(at.text(QStringLiteral("resultProvenance")), first);
}

void AggregatesTest::emptyUnknownRowsAndColumnsCanBeLeftOut()
{
    AggregatesFixture at;
    QVERIFY(at.open());
    QVERIFY(at.runRegionBySex());
    const QAbstractItemModel* model = at.pivot()->model();
    // What the whole table shows, by row and column heading.
    QStringList headingsBefore;
    for (int c = 0; c < model->columnCount(); ++c)
        headingsBefore << model->headerData(c, Qt::Horizontal).toString();
    const QStringList regionsBefore = column(at.pivot(), 0);
    QStringList cellsBefore;
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList line;
        for (int c = 1; c < model->columnCount(); ++c)
            line << model->index(row, c).data().toString();
        cellsBefore << line.join(u'|');
    }

    auto* hide = at.find<QCheckBox>(QStringLiteral("hideEmptyUnknownCheck"));
    QVERIFY(hide->isEnabled());
    hide->click();
    // Left out: only rows and columns of an unknown category, every one of whose cells was "0".
    QStringList headingsAfter;
    for (int c = 0; c < model->columnCount(); ++c)
        headingsAfter << model->headerData(c, Qt::Horizontal).toString();
    const QStringList regionsAfter = column(at.pivot(), 0);
    QVERIFY(regionsAfter.size() + headingsAfter.size() < regionsBefore.size() + headingsBefore.size());
    for (int row = 0; row < regionsBefore.size(); ++row) {
        if (regionsAfter.contains(regionsBefore.at(row)))
            continue;
        QVERIFY2(regionsBefore.at(row).contains(QStringLiteral("Inconnu")), qPrintable(regionsBefore.at(row)));
        for (const QString& value : cellsBefore.at(row).split(u'|'))
            QCOMPARE(value, QStringLiteral("0"));
    }
    for (int c = 1; c < headingsBefore.size(); ++c) {
        if (headingsAfter.contains(headingsBefore.at(c)))
            continue;
        QVERIFY2(headingsBefore.at(c).contains(QStringLiteral("Inconnu")), qPrintable(headingsBefore.at(c)));
        for (const QString& line : cellsBefore)
            QCOMPARE(line.split(u'|').at(c - 1), QStringLiteral("0"));
    }
    QVERIFY2(!at.text(QStringLiteral("hiddenRowsLabel")).isEmpty(), "the page says what it left out");

    // The copy leaves them out too; unticked, everything is back.
    at.click(QStringLiteral("copyButton"));
    QTRY_VERIFY(isEcluse(clipboard()->mimeData()));
    QCOMPARE(clipboard()->text().count(QLatin1Char('\n')), regionsAfter.size() + 2);
    hide->click();
    QCOMPARE(column(at.pivot(), 0), regionsBefore);
    QVERIFY(at.text(QStringLiteral("hiddenRowsLabel")).isEmpty());
}

void AggregatesTest::theChartLeavesOutWhatTheTableLeavesOutAndNamesSuppressedBars()
{
    // Region, sex and age band: the unknown sex is published as zero throughout; the unknown
    // region is zero at every age band's total but holds a suppressed cell in one band, so the
    // table keeps its row; Corse's women, at the total of the age bands, are suppressed.
    AggregateResult result = madeUpResult({regions, sexes, ages}, {MeasureKind::Beneficiaries});
    for (int region = 0; region <= 3; ++region) {
        for (int age = 0; age <= 2; ++age)
            cellAt(result, {region, 2, age}) = ResultCell{false, {0}};
    }
    for (int sex = 0; sex <= 3; ++sex) {
        for (int age = 0; age <= 2; ++age)
            cellAt(result, {2, sex, age}) = ResultCell{false, {0}};
    }
    cellAt(result, {2, 0, 1}) = ResultCell{true, {std::nullopt}};
    cellAt(result, {1, 1, 2}) = ResultCell{true, {std::nullopt}};

    // The table leaves out the unknown sex, never the unknown region: one rule for both.
    QVERIFY(isEmptyUnknown(result, {-1, 2, -1}));
    QVERIFY(!isEmptyUnknown(result, {2, -1, -1}));
    const PublishedGrid table(result, {1, true});
    QCOMPARE(table.hiddenRows(), 0);
    QCOMPARE(table.hiddenGroups(), 3); // Inconnu at each age band and at their total

    AggregateChart widget;
    widget.resize(800, 600);
    widget.show();
    widget.setResult(std::make_shared<const AggregateResult>(result));
    ChartReading shown = read(widget);
    QCOMPARE(shown.sets,
             (QStringList{QStringLiteral("Masculin"), QStringLiteral("Féminin"), QStringLiteral("Inconnu")}));
    // Corse's suppressed bar is named, not passed off as a zero; Inconnue's zero bars are zeros.
    QCOMPARE(shown.categories, (QStringList{QStringLiteral("Inconnue"), QStringLiteral("Corse × Féminin"),
                                            QStringLiteral("Île-de-France")}));
    const QString note = widget.findChild<QLabel*>(QStringLiteral("chartNote"))->text();
    QVERIFY2(note.contains(QStringLiteral("the bars it names are suppressed and not drawn")), qPrintable(note));

    widget.setHideEmptyUnknown(true);
    shown = read(widget);
    QCOMPARE(shown.sets, (QStringList{QStringLiteral("Masculin"), QStringLiteral("Féminin")}));
    QCOMPARE(shown.categories, (QStringList{QStringLiteral("Inconnue"), QStringLiteral("Corse × Féminin"),
                                            QStringLiteral("Île-de-France")}));

    // Once the unknown region is zero throughout, both leave it out.
    cellAt(result, {2, 0, 1}) = ResultCell{false, {0}};
    QCOMPARE(PublishedGrid(result, {1, true}).hiddenRows(), 1);
    widget.setResult(std::make_shared<const AggregateResult>(result));
    QCOMPARE(read(widget).categories,
             (QStringList{QStringLiteral("Corse × Féminin"), QStringLiteral("Île-de-France")}));
}

void AggregatesTest::aChartWithNoBarLeftShowsThePlaceholder()
{
    // Sex known for nobody: every bar side by side is an empty unknown one.
    TableDimension unknownSex = sexes;
    unknownSex.codes = QStringList{QStringLiteral("0")};
    unknownSex.labels = QStringList{QStringLiteral("Inconnu")};
    const AggregateResult result = madeUpResult({regions, unknownSex}, {MeasureKind::Beneficiaries}, 0);
    AggregateChart widget;
    widget.resize(800, 600);
    widget.show();
    widget.setResult(std::make_shared<const AggregateResult>(result));
    QVERIFY(widget.findChild<QWidget*>(QStringLiteral("chartScroll"))->isVisible());

    widget.setHideEmptyUnknown(true);
    auto* placeholder = widget.findChild<QLabel*>(QStringLiteral("chartPlaceholder"));
    QVERIFY(placeholder->isVisible());
    QVERIFY(!widget.findChild<QWidget*>(QStringLiteral("chartScroll"))->isVisible());
    QVERIFY2(placeholder->text().contains(QStringLiteral("Sexe")), qPrintable(placeholder->text()));
    // No word of suppressed categories: none is.
    QVERIFY(!widget.findChild<QLabel*>(QStringLiteral("chartNote"))->isVisible());

    widget.setHideEmptyUnknown(false);
    QVERIFY(!placeholder->isVisible());
    widget.clear();
    QCOMPARE(placeholder->text(), QStringLiteral("Run a query: its chart appears here."));
}

void AggregatesTest::theChartKeepsTheChosenMeasureByName()
{
    AggregateChart widget;
    auto* measures = widget.findChild<QComboBox*>(QStringLiteral("chartMeasureCombo"));
    widget.setResult(std::make_shared<const AggregateResult>(
        madeUpResult({regions}, {MeasureKind::Beneficiaries, MeasureKind::Records})));
    measures->setCurrentIndex(measures->findText(QStringLiteral("Records")));
    QCOMPARE(measures->currentText(), QStringLiteral("Records"));

    // The same measures in another order: still records.
    widget.setResult(std::make_shared<const AggregateResult>(
        madeUpResult({regions}, {MeasureKind::Records, MeasureKind::Beneficiaries})));
    QCOMPARE(measures->currentText(), QStringLiteral("Records"));
    widget.setResult(std::make_shared<const AggregateResult>(
        madeUpResult({regions}, {MeasureKind::Beneficiaries, MeasureKind::Records})));
    QCOMPARE(measures->currentText(), QStringLiteral("Records"));
    // Without it, the first.
    widget.setResult(std::make_shared<const AggregateResult>(madeUpResult({regions}, {MeasureKind::Beneficiaries})));
    QCOMPARE(measures->currentIndex(), 0);
}

void AggregatesTest::aPngExportShowsTheTableItIsAuditedAs()
{
    QTemporaryDir allowed;
    Policy rules;
    rules.exportFolders = {allowed.path()};
    AggregatesFixture at(rules);
    QVERIFY(at.open());
    QVERIFY(at.runRegionBySex());
    const QString first = at.text(QStringLiteral("resultProvenance"));
    at.clickCell(0, 0);
    at.click(QStringLiteral("drillDownButton"));
    QVERIFY(QTest::qWaitFor([&] { return at.text(QStringLiteral("resultProvenance")) != first; }, 15000));
    const QString drilled = at.text(QStringLiteral("resultProvenance"));

    // The export is asked for on the drilled-down table; the table before is back by the time
    // the file is chosen.
    at.find<QTabWidget>(QStringLiteral("resultTabs"))->setCurrentIndex(1);
    auto* dialog = at.exportDialog(QStringLiteral("exportPngButton"));
    QVERIFY(dialog);
    at.find<QPushButton>(QStringLiteral("backButton"))->click();
    QCOMPARE(at.text(QStringLiteral("resultProvenance")), first);
    const QString png = QDir(allowed.path()).filePath(QStringLiteral("chart.png"));
    const QString done = at.acceptExport(dialog, png);
    QVERIFY2(done.startsWith(QStringLiteral("Exported to")), qPrintable(done));

    // The picture and the audit trail name the same query: the one asked for.
    const QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.text(QStringLiteral("Provenance")), drilled);
    const AuditEntry last = VaultProbe::audit(*at.ui.vault).entries().back();
    QCOMPARE(last.action, QStringLiteral("aggregate.export"));
    const QString query =
        QJsonDocument::fromJson(last.details.toUtf8()).object().value(QStringLiteral("query")).toString();
    QVERIFY2(!query.isEmpty() && drilled.endsWith(query), qPrintable(drilled + QStringLiteral(" / ") + query));
}

QTEST_MAIN(AggregatesTest)
#include "tst_ui_aggregates.moc"
