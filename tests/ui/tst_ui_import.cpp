#include "TestPackages.h"
#include "UiDriver.h"
#include "VaultProbe.h"
#include "data/DatasetStore.h"

#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QTimer>
#include <QtTest>

using namespace ecluse;
using namespace ecluse::test;

// Administrators bring signed packages in from the Administration page: progress while it runs,
// a cancel that keeps nothing, and core's refusal whole when the package is bad.
class ImportTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importDialogImportsWithProgress();
    void importDialogImportsAnArchive();
    void importDialogCancelKeepsNothing();
    void importErrorsAreShownWithTheirLine();
    void lockingDuringAnImportCancelsIt();
    void importIsClosedToAuditorsWithCoreReason();
};

namespace {

const QByteArray header = "BEN_NIR_PSA,BEN_SEX_COD,BEN_NAI_ANN,BEN_RES_DPT,BEN_RES_COM,EXE_SOI_DTD,PRS_NAT_REF,"
                          "PSE_SPE_COD,PRS_ACT_QTE,PRS_PAI_MNT,BSE_REM_MNT,BEN_DCD_DTE\n";

QByteArray claim(char pseudonym, const QByteArray& department)
{
    return QByteArray(64, pseudonym) + ",2,1980," + department + ",75056,2025-03-14,1110,1,1,30.00,21.00,\n";
}

// Signs in as admin and opens the import dialog from the Administration page, folder filled in.
QDialog* openImportDialog(const UiFixture& ui, const QString& folder)
{
    if (!ui.signIn(QStringLiteral("admin"), adminPassword))
        return nullptr;
    auto* button = ui.find<QPushButton>(QStringLiteral("importPackageButton"));
    if (!button || !button->isVisible() || !button->isEnabled())
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    QDialog* dialog = ui.waitForDialog(QStringLiteral("importDialog"));
    if (dialog)
        QTest::keyClicks(ui.find<QLineEdit>(QStringLiteral("packageFolderEdit"), dialog), folder);
    return dialog;
}

qint64 storedRows(Vault& vault)
{
    return DatasetStore(vault, test::VaultProbe::capability()).rowCount(QStringLiteral("prestations"));
}

} // namespace

void ImportTest::importDialogImportsWithProgress()
{
    UiFixture ui;
    QVERIFY(ui.start());
    TestPackages packages(ui.tv);
    const QString folder = packages.generated(2000);
    QDialog* dialog = openImportDialog(ui, folder);
    QVERIFY(dialog);
    auto* progress = ui.find<QProgressBar>(QStringLiteral("importProgress"), dialog);
    QCOMPARE(progress->value(), 0);

    QTest::mouseClick(ui.find<QPushButton>(QStringLiteral("importButton"), dialog), Qt::LeftButton);
    QTRY_VERIFY2(
        ui.text(QStringLiteral("importStatus"), dialog).startsWith(QStringLiteral("Imported 2000 rows of prestations")),
        qPrintable(ui.text(QStringLiteral("importStatus"), dialog)));
    QCOMPARE(progress->value(), progress->maximum());
    QVERIFY2(ui.text(QStringLiteral("importRateLabel"), dialog).endsWith(QStringLiteral("rows/s")),
             qPrintable(ui.text(QStringLiteral("importRateLabel"), dialog)));
    QVERIFY(!ui.find<QPlainTextEdit>(QStringLiteral("importDetails"), dialog)->isVisible());
    QVERIFY(ui.find<QPushButton>(QStringLiteral("closeButton"), dialog)->isEnabled());
    QCOMPARE(storedRows(*ui.vault), 2000);
}

void ImportTest::importDialogImportsAnArchive()
{
    UiFixture ui;
    QVERIFY(ui.start());
    TestPackages packages(ui.tv);
    QDialog* dialog = openImportDialog(ui, packages.generated(1500, 2, true));
    QVERIFY(dialog);
    QTest::mouseClick(ui.find<QPushButton>(QStringLiteral("importButton"), dialog), Qt::LeftButton);
    QTRY_VERIFY2(
        ui.text(QStringLiteral("importStatus"), dialog).startsWith(QStringLiteral("Imported 1500 rows of prestations")),
        qPrintable(ui.text(QStringLiteral("importStatus"), dialog)));
    QCOMPARE(storedRows(*ui.vault), 1500);
}

void ImportTest::importDialogCancelKeepsNothing()
{
    UiFixture ui;
    QVERIFY(ui.start());
    TestPackages packages(ui.tv);
    const QString folder = packages.generated(200'000, 5);
    QDialog* dialog = openImportDialog(ui, folder);
    QVERIFY(dialog);
    auto* progress = ui.find<QProgressBar>(QStringLiteral("importProgress"), dialog);
    auto* cancel = ui.find<QPushButton>(QStringLiteral("cancelImportButton"), dialog);
    QVERIFY(!cancel->isEnabled());

    // As soon as the first rows are reported, as a user watching the bar would.
    bool clicked = false;
    QObject::connect(progress, &QProgressBar::valueChanged, cancel, [&](int value) {
        if (value > 0 && !clicked && cancel->isEnabled()) {
            clicked = true;
            QTest::mouseClick(cancel, Qt::LeftButton);
        }
    });
    QTest::mouseClick(ui.find<QPushButton>(QStringLiteral("importButton"), dialog), Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(
        ui.text(QStringLiteral("importStatus"), dialog).startsWith(QStringLiteral("Import cancelled")),
        qPrintable(ui.text(QStringLiteral("importStatus"), dialog)), 30000);
    QVERIFY(clicked);
    QCOMPARE(ui.text(QStringLiteral("importStatus"), dialog), QStringLiteral("Import cancelled: nothing was kept."));
    QCOMPARE(progress->value(), 0);
    QCOMPARE(storedRows(*ui.vault), 0);
    QCOMPARE(DatasetStore(*ui.vault, test::VaultProbe::capability()).packages().size(), std::size_t(0));
    QVERIFY(ui.find<QPushButton>(QStringLiteral("importButton"), dialog)->isEnabled());
}

void ImportTest::importErrorsAreShownWithTheirLine()
{
    UiFixture ui;
    QVERIFY(ui.start());
    TestPackages packages(ui.tv);
    // The header is line 1: the bad department is on line 3.
    const QString folder = packages.withCsv(header + claim('a', "75") + claim('b', "2C") + claim('a', "13"));
    QDialog* dialog = openImportDialog(ui, folder);
    QVERIFY(dialog);
    QTest::mouseClick(ui.find<QPushButton>(QStringLiteral("importButton"), dialog), Qt::LeftButton);
    auto* details = ui.find<QPlainTextEdit>(QStringLiteral("importDetails"), dialog);
    QTRY_VERIFY(details->isVisible());
    const QString message = details->toPlainText();
    QVERIFY2(message.contains(QStringLiteral("line 3")) && message.contains(QStringLiteral("BEN_RES_DPT")) &&
                 message.contains(QStringLiteral("'2C'")),
             qPrintable(message));
    QVERIFY(ui.text(QStringLiteral("importStatus"), dialog).contains(QStringLiteral("not imported")));
    QCOMPARE(storedRows(*ui.vault), 0);
}

void ImportTest::lockingDuringAnImportCancelsIt()
{
    // The lock must not wait for a whole package, nor leave half of one behind.
    UiFixture ui;
    QVERIFY(ui.start());
    TestPackages packages(ui.tv);
    const QString folder = packages.generated(200'000, 6);
    QPointer<QDialog> dialog = openImportDialog(ui, folder);
    QVERIFY(dialog);
    auto* progress = ui.find<QProgressBar>(QStringLiteral("importProgress"), dialog);
    bool locked = false;
    QObject::connect(progress, &QProgressBar::valueChanged, ui.window.get(), [&](int value) {
        if (value > 0 && !locked) {
            locked = true;
            QTimer::singleShot(0, ui.window.get(), &ui::MainWindow::lock);
        }
    });
    QTest::mouseClick(ui.find<QPushButton>(QStringLiteral("importButton"), dialog), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(locked && !ui.vault->isUnlocked(), 30000);
    QVERIFY(dialog.isNull());
    QVERIFY(ui.find(QStringLiteral("lockScreen"))->isVisible());

    ui.vault->unlock(QStringLiteral("admin"), secret(adminPassword));
    QCOMPARE(storedRows(*ui.vault), 0);
}

void ImportTest::importIsClosedToAuditorsWithCoreReason()
{
    UiFixture ui;
    QVERIFY(ui.start());
    QVERIFY(ui.signIn(QStringLiteral("auditor1"), auditorPassword));
    auto* navigation = ui.find<QListWidget>(QStringLiteral("navigation"));
    navigation->setCurrentItem(navigation->findItems(QStringLiteral("Administration"), Qt::MatchExactly).first());
    auto* button = ui.find<QPushButton>(QStringLiteral("importPackageButton"));
    QVERIFY(button && button->isVisible());
    QVERIFY(!button->isEnabled());
    QCOMPARE(button->toolTip(), QStringLiteral("only the admin role may import data packages"));
}

QTEST_MAIN(ImportTest)
#include "tst_ui_import.moc"
