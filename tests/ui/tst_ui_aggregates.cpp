#include "ClipboardOwnership.h"
#include "PivotTableModel.h"
#include "TestPackages.h"
#include "UiDriver.h"
#include "aggregate/Aggregates.h"
#include "data/PackageImporter.h"
#include "guard/OutputGuard.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace ecluse;
using namespace ecluse::test;
using ecluse::PublishedGrid;
using ecluse::ui::isEcluse;
using ecluse::ui::PivotTableModel;

// Analysts query aggregate tables: what they see, copy and export has passed disclosure control
// and the output guard, and nothing else leaves.
class AggregatesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void analystSeesPivotWithMarginsAndSuppressedCells();
    void copyPutsTheGuardsTextOnTheClipboardThenClearsIt();
    void drillDownFiltersOnTheRowAndBreaksItDown();
    void deniedCopyAndExportAreDisabledAndCtrlCCopiesNothing();
    void datasetWithoutGrantCannotBeChosen();
    void exportOutsideTheAllowedFoldersIsRefused();
    void lockingTakesTheTableAndTheCopyAway();
};

namespace {

const QString symbol = OutputGuard::suppressedSymbol();

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

    bool open(const QString& user = QStringLiteral("analyst1"))
    {
        ui.vault = ui.tv.makeWithUsers();
        auto users = TestAuthority::standardUsers(ui.tv.clock->now);
        users.append({QStringLiteral("analyst2"),
                      {QStringLiteral("analyst")},
                      users[1].validFrom,
                      users[1].validUntil,
                      {TestAuthority::grant("damir", "aggregate")}});
        ui.vault->importHabilitations(ui.tv.authority.sign(2, users, ui.tv.clock->now));
        ui.vault->enrol(QStringLiteral("analyst2"), TestVault::passwordOf(QStringLiteral("analyst2")));
        const QString folder = packages.generated(3000, 7);
        if (folder.isEmpty())
            return false;
        PackageImporter(*ui.vault).import(folder);
        ui.vault->lock();
        if (!ui.start(false))
            return false;
        const QByteArray password = (user + QStringLiteral(" password")).toUtf8();
        if (!ui.signIn(user, password.constData()))
            return false;

        auto* navigation = ui.find<QListWidget>(QStringLiteral("navigation"));
        const auto entries = navigation->findItems(QStringLiteral("Aggregates"), Qt::MatchExactly);
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
        const QString before = text(QStringLiteral("resultProvenance"));
        click(QStringLiteral("runQueryButton"));
        return QTest::qWaitFor(
            [&] {
                const QString now = text(QStringLiteral("resultProvenance"));
                return !now.isEmpty() && now != before;
            },
            15000);
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
    int smallCells = 0;
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
            const QString why = cell.data(Qt::ToolTipRole).toString();
            QVERIFY2(why.startsWith(QStringLiteral("Primary suppression")) ||
                         why.startsWith(QStringLiteral("Secondary suppression")),
                     qPrintable(why));
            if (why == QStringLiteral("Primary suppression: fewer than 11 beneficiaries."))
                ++smallCells;
        }
    }
    QVERIFY(suppressed > 0);
    QVERIFY(smallCells > 0);

    // The header: dataset, period, rules, and the count of what the table hides.
    const DatasetSchema* schema = Catalogue::builtin().dataset(u"prestations");
    QCOMPARE(at.text(QStringLiteral("resultTitle")), QStringLiteral("prestations — %1").arg(schema->label));
    QVERIFY2(at.text(QStringLiteral("resultPeriod")).startsWith(QStringLiteral("Period: 2025-")),
             qPrintable(at.text(QStringLiteral("resultPeriod"))));
    QCOMPARE(at.text(QStringLiteral("resultRules")),
             QStringLiteral("Rules applied: %1").arg(DisclosureRules::fromPolicy(at.ui.vault->policy()).summary()));
    const QRegularExpressionMatch counts =
        QRegularExpression(QStringLiteral("^Suppressed cells: (\\d+) \\((\\d+) primary, (\\d+) secondary\\)"))
            .match(at.text(QStringLiteral("resultSuppression")));
    QVERIFY2(counts.hasMatch(), qPrintable(at.text(QStringLiteral("resultSuppression"))));
    QCOMPARE(counts.captured(1).toInt(), suppressed); // two dimensions, one measure: every cell once
    QCOMPARE(counts.captured(2).toInt() + counts.captured(3).toInt(), suppressed);
    QVERIFY(counts.captured(2).toInt() >= smallCells);

    // The chart draws the regions whose total is published, and no others.
    int publishedRegions = 0;
    for (int row = 0; row + 1 < model->rowCount(); ++row) {
        if (model->index(row, model->columnCount() - 1).data().toString() != symbol)
            ++publishedRegions;
    }
    auto* chartView = at.find<QChartView>(QStringLiteral("chartView"));
    QCOMPARE(chartView->chart()->series().size(), 1);
    auto* bars = qobject_cast<QBarSeries*>(chartView->chart()->series().first());
    QVERIFY(bars);
    QCOMPARE(bars->barSets().first()->count(), publishedRegions);

    // Both views carry the watermark with the user.
    for (QWidget* view : {static_cast<QWidget*>(pivot), static_cast<QWidget*>(chartView)}) {
        auto* mark = view->findChild<QWidget*>(QStringLiteral("watermark"));
        QVERIFY(mark);
        QVERIFY2(mark->accessibleName().startsWith(QStringLiteral("analyst1 · ")), qPrintable(mark->accessibleName()));
        QCOMPARE(mark->size(), view->size());
    }
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
        dialog->selectFile(file);
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

    // The chart as a picture, its provenance written in it.
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

QTEST_MAIN(AggregatesTest)
#include "tst_ui_aggregates.moc"
