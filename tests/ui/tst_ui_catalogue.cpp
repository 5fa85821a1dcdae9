#include "ColumnTableModel.h"
#include "DatasetTableModel.h"
#include "PackageTableModel.h"
#include "TestPackages.h"
#include "UiDriver.h"
#include "crypto/Ed25519.h"
#include "data/CodeList.h"
#include "data/PackageImporter.h"

#include <QListWidget>
#include <QTableView>
#include <QtTest>

using namespace ecluse;
using namespace ecluse::test;
using ecluse::ui::ColumnTableModel;
using ecluse::ui::DatasetTableModel;
using ecluse::ui::PackageTableModel;

// Analysts and stewards see which datasets the vault holds, their columns and where each row
// came from.
class CatalogueTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogueShowsDatasetsColumnsAndProvenance();
    void selectingAColumnShowsTheCodesOfItsCodeList();
    void rolesReadAsWordsWithTheirKeysInTheTooltip();
    void catalogueIsClosedToAdministrators();
};

void CatalogueTest::catalogueShowsDatasetsColumnsAndProvenance()
{
    UiFixture ui;
    ui.vault = ui.tv.makeWithUsers();
    TestPackages packages(ui.tv);
    const QString folder = packages.generated(1500);
    QVERIFY(!folder.isEmpty());
    PackageImporter(*ui.vault).import(folder);
    ui.vault->lock();
    QVERIFY(ui.start(false));
    QVERIFY(ui.signIn(QStringLiteral("analyst1"), "analyst1 password"));

    // The catalogue is the analyst's first open entry.
    QWidget* page = ui.find(QStringLiteral("cataloguePage"));
    QVERIFY(page && page->isVisible());
    auto* datasets = ui.find<QTableView>(QStringLiteral("datasetsTable"), page);
    QTRY_COMPARE(datasets->model()->rowCount(), 2);
    const int prestations = rowOf(datasets, DatasetTableModel::Name, QStringLiteral("prestations"));
    const int damir = rowOf(datasets, DatasetTableModel::Name, QStringLiteral("damir"));
    QVERIFY2(prestations >= 0 && damir >= 0, qPrintable(column(datasets, 0).join(QLatin1Char(' '))));
    QCOMPARE(datasets->model()->index(prestations, DatasetTableModel::Rows).data().toLongLong(), 1500);
    QCOMPARE(datasets->model()->index(damir, DatasetTableModel::Rows).data().toLongLong(), 0);
    QVERIFY(!datasets->model()->index(prestations, DatasetTableModel::Label).data().toString().isEmpty());

    // Selecting another dataset and coming back shows the selected one's columns and provenance.
    const auto click = [&](int row) {
        const QRect cell = datasets->visualRect(datasets->model()->index(row, DatasetTableModel::Name));
        QTest::mouseClick(datasets->viewport(), Qt::LeftButton, {}, cell.center());
    };
    auto* columns = ui.find<QTableView>(QStringLiteral("columnsTable"), page);
    auto* provenance = ui.find<QTableView>(QStringLiteral("provenanceTable"), page);
    click(damir);
    QCOMPARE(provenance->model()->rowCount(), 0);
    QCOMPARE(rowOf(columns, ColumnTableModel::Name, QStringLiteral("BEN_RES_DPT")), -1);
    click(prestations);
    QVERIFY(ui.text(QStringLiteral("selectedDatasetLabel"), page).startsWith(QStringLiteral("prestations")));

    const int department = rowOf(columns, ColumnTableModel::Name, QStringLiteral("BEN_RES_DPT"));
    QVERIFY2(department >= 0, qPrintable(column(columns, 0).join(QLatin1Char(' '))));
    const auto cell = [&](const QTableView* table, int row, int section) {
        return table->model()->index(row, section).data().toString();
    };
    QCOMPARE(cell(columns, department, ColumnTableModel::Label), QStringLiteral("Département de résidence"));
    QCOMPARE(cell(columns, department, ColumnTableModel::Type), QStringLiteral("code"));
    QVERIFY(cell(columns, department, ColumnTableModel::Roles).contains(QStringLiteral("Dimension")));
    QCOMPARE(cell(columns, department, ColumnTableModel::CodeList), QStringLiteral("departement"));
    const int pseudonym = rowOf(columns, ColumnTableModel::Name, QStringLiteral("BEN_NIR_PSA"));
    QVERIFY(cell(columns, pseudonym, ColumnTableModel::Roles).contains(QStringLiteral("Pseudonym")));

    QCOMPARE(provenance->model()->rowCount(), 1);
    QCOMPARE(provenance->model()->columnCount(), static_cast<int>(PackageTableModel::ColumnCount));
    QCOMPARE(cell(provenance, 0, PackageTableModel::Producer), testProducer);
    QCOMPARE(cell(provenance, 0, PackageTableModel::Signer), keyFingerprint(ui.tv.producer.publicKey()));
    QCOMPARE(cell(provenance, 0, PackageTableModel::ImportedBy), QStringLiteral("admin"));
    QCOMPARE(cell(provenance, 0, PackageTableModel::Rows), QStringLiteral("1500"));
    QCOMPARE(cell(provenance, 0, PackageTableModel::RetainUntil), QStringLiteral("2030-12-31"));
    QCOMPARE(cell(provenance, 0, PackageTableModel::Imported), QStringLiteral("2026-11-28T09:00:00Z"));
    QVERIFY(!cell(provenance, 0, PackageTableModel::Id).isEmpty());
}

namespace {

// analyst1 at the catalogue of a vault holding one small package, prestations selected.
QWidget* openCatalogue(UiFixture& ui, TestPackages& packages)
{
    ui.vault = ui.tv.makeWithUsers();
    const QString folder = packages.generated(200);
    if (folder.isEmpty())
        return nullptr;
    PackageImporter(*ui.vault).import(folder);
    ui.vault->lock();
    if (!ui.start(false) || !ui.signIn(QStringLiteral("analyst1"), "analyst1 password"))
        return nullptr;
    QWidget* page = ui.find(QStringLiteral("cataloguePage"));
    auto* columns = ui.find<QTableView>(QStringLiteral("columnsTable"), page);
    const bool shown =
        QTest::qWaitFor([&] { return rowOf(columns, ColumnTableModel::Name, QStringLiteral("BEN_RES_DPT")) >= 0; });
    return shown ? page : nullptr;
}

void clickRow(QTableView* table, int row)
{
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(row, 0)).center());
}

} // namespace

void CatalogueTest::selectingAColumnShowsTheCodesOfItsCodeList()
{
    UiFixture ui;
    TestPackages packages(ui.tv);
    QWidget* page = openCatalogue(ui, packages);
    QVERIFY(page);
    auto* columns = ui.find<QTableView>(QStringLiteral("columnsTable"), page);
    auto* codes = ui.find<QTableView>(QStringLiteral("codeListTable"), page);
    QVERIFY(codes && codes->isVisible());
    QCOMPARE(codes->model()->rowCount(), 0);

    // A coded column: every code of its list, in the list's order, with its label.
    clickRow(columns, rowOf(columns, ColumnTableModel::Name, QStringLiteral("BEN_RES_DPT")));
    const CodeList& departments = CodeList::builtin(u"departement");
    QCOMPARE(codes->model()->rowCount(), departments.size());
    for (int row : {0, departments.size() - 1}) {
        QCOMPARE(codes->model()->index(row, 0).data().toString(), departments.code(row));
        QCOMPARE(codes->model()->index(row, 1).data().toString(), departments.label(row));
    }
    QVERIFY(rowOf(codes, 0, QStringLiteral("2A")) >= 0);
    QCOMPARE(ui.text(QStringLiteral("codeListTitle"), page),
             QStringLiteral("BEN_RES_DPT: code list departement, %1 code(s)").arg(departments.size()));

    // A derived dimension has its list too.
    clickRow(columns, rowOf(columns, ColumnTableModel::Name, QStringLiteral("BEN_RES_REG")));
    QCOMPARE(codes->model()->rowCount(), CodeList::builtin(u"region").size());

    // A column of plain values has none, and says so.
    clickRow(columns, rowOf(columns, ColumnTableModel::Name, QStringLiteral("BEN_NAI_ANN")));
    QCOMPARE(codes->model()->rowCount(), 0);
    QVERIFY(ui.text(QStringLiteral("codeListTitle"), page).contains(QStringLiteral("no code list")));
}

void CatalogueTest::rolesReadAsWordsWithTheirKeysInTheTooltip()
{
    UiFixture ui;
    TestPackages packages(ui.tv);
    QWidget* page = openCatalogue(ui, packages);
    QVERIFY(page);
    auto* columns = ui.find<QTableView>(QStringLiteral("columnsTable"), page);
    const auto roles = [&](const QString& column, int role) {
        return columns->model()
            ->index(rowOf(columns, ColumnTableModel::Name, column), ColumnTableModel::Roles)
            .data(role)
            .toString();
    };
    QCOMPARE(roles(QStringLiteral("EXE_SOI_DTD"), Qt::DisplayRole),
             QStringLiteral("Potential identifier: date of care"));
    QVERIFY2(roles(QStringLiteral("EXE_SOI_DTD"), Qt::ToolTipRole)
                 .contains(QStringLiteral("potential-identifier:care-date")),
             qPrintable(roles(QStringLiteral("EXE_SOI_DTD"), Qt::ToolTipRole)));
    QCOMPARE(roles(QStringLiteral("BEN_SEX_COD"), Qt::DisplayRole), QStringLiteral("Dimension"));
    QCOMPARE(roles(QStringLiteral("PRS_PAI_MNT"), Qt::DisplayRole), QStringLiteral("Measure"));
    // No raw key left on screen.
    for (const QString& shown : column(columns, ColumnTableModel::Roles)) {
        QVERIFY2(!shown.contains(QLatin1Char('-')) && (shown.isEmpty() || shown.at(0).isUpper()), qPrintable(shown));
    }
}

void CatalogueTest::catalogueIsClosedToAdministrators()
{
    // Administrators keep the workstation running and see no data (SNDS): no catalogue for them,
    // and core's reason in the entry's tooltip.
    UiFixture ui;
    QVERIFY(ui.start());
    QVERIFY(ui.signIn(QStringLiteral("admin"), adminPassword));
    auto* navigation = ui.find<QListWidget>(QStringLiteral("navigation"));
    const auto items = navigation->findItems(QStringLiteral("Catalogue"), Qt::MatchExactly);
    QCOMPARE(items.size(), 1);
    QVERIFY(!items.first()->flags().testFlag(Qt::ItemIsEnabled));
    QVERIFY2(items.first()->toolTip().contains(QStringLiteral("browse the catalogue")),
             qPrintable(items.first()->toolTip()));
    QVERIFY(!ui.find(QStringLiteral("cataloguePage")));
}

QTEST_MAIN(CatalogueTest)
#include "tst_ui_catalogue.moc"
