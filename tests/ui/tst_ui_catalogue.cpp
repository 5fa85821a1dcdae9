#include "ColumnTableModel.h"
#include "DatasetTableModel.h"
#include "PackageTableModel.h"
#include "TestPackages.h"
#include "UiDriver.h"
#include "crypto/Ed25519.h"
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
    QVERIFY(cell(columns, department, ColumnTableModel::Roles).contains(QStringLiteral("dimension")));
    QCOMPARE(cell(columns, department, ColumnTableModel::CodeList), QStringLiteral("departement"));
    const int pseudonym = rowOf(columns, ColumnTableModel::Name, QStringLiteral("BEN_NIR_PSA"));
    QVERIFY(cell(columns, pseudonym, ColumnTableModel::Roles).contains(QStringLiteral("pseudonym")));

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
