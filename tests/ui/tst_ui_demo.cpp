#include "DemoCreationDialog.h"
#include "DemoCredentialsDialog.h"
#include "DemoLeftovers.h"
#include "UiDriver.h"
#include "demo/DemoWorkstation.h"

#include <QCheckBox>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace ecluse;
using namespace ecluse::test;

// A demo workstation says so wherever it is, and `ecluse --demo` builds one with its
// credentials shown once before the sign-in.
class DemoTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoVaultShowsBanner();
    void realVaultShowsNoBanner();
    void demoCreationShowsCredentialsThenSignsIn();
    void demoCreationRefusedByPolicyLeavesNoVault();
    void cancelledDemoCreationLeavesNothing_data();
    void cancelledDemoCreationLeavesNothing();
};

namespace {

const char* const demoPassword = "demo password for tests";

bool bannerVisible(const UiFixture& ui)
{
    auto* banner = ui.find<QLabel>(QStringLiteral("demoBanner"));
    return banner && banner->isVisible() && banner->text().contains(QStringLiteral("DEMO"));
}

// Nothing of a build beside the vault folder: no staging folder, no generated data.
bool nothingBesideTheVault(const UiFixture& ui)
{
    return test::demoStagingFolders(ui.tv.folder()).isEmpty() && test::filesWithDemoData(ui.tv.root.path()).isEmpty();
}

} // namespace

void DemoTest::demoVaultShowsBanner()
{
    UiFixture ui;
    DemoWorkstation::create(ui.tv.folder(), ui.tv.environment(), secret(demoPassword), {2000, 1});
    QVERIFY(ui.start(false));
    QVERIFY(ui.signIn(QStringLiteral("analyst1"), demoPassword));

    QVERIFY(bannerVisible(ui));
    QCOMPARE(ui.text(QStringLiteral("demoBanner")), QStringLiteral("DEMO — demonstration data only"));
    QVERIFY2(ui.window->windowTitle().contains(QStringLiteral("DEMO")), qPrintable(ui.window->windowTitle()));

    // Persistent: locked, and signed out, it is still a demo vault on screen.
    QVERIFY(ui.pressLockShortcut());
    QVERIFY(!ui.visibleWorkspace());
    QVERIFY(bannerVisible(ui));
    QVERIFY(ui.window->windowTitle().contains(QStringLiteral("DEMO")));
}

void DemoTest::realVaultShowsNoBanner()
{
    UiFixture ui;
    QVERIFY(ui.start());
    QVERIFY(ui.signIn(QStringLiteral("admin"), adminPassword));
    QVERIFY(!bannerVisible(ui));
    QVERIFY(!ui.window->windowTitle().contains(QStringLiteral("DEMO")));
}

void DemoTest::demoCreationShowsCredentialsThenSignsIn()
{
    // What `ecluse --demo` does on a folder without a vault, before the main window.
    UiFixture ui;
    QString password;
    {
        ui::DemoCreationDialog creation(*ui.vault, ui.tv.environment(), 2000);
        QSignalSpy accepted(&creation, &QDialog::accepted);
        creation.open();
        QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, 60000);
        QVERIFY(ui.vault->exists());
        QVERIFY2(!ui.vault->isUnlocked(), "the demo is entered through the sign-in");
        QVERIFY(nothingBesideTheVault(ui));

        ui::DemoCredentialsDialog credentials(creation.password(), creation.recoveryKey());
        credentials.show();
        QVERIFY(ui.text(QStringLiteral("demoBanner"), &credentials).contains(QStringLiteral("DEMO")));
        QCOMPARE(ui.text(QStringLiteral("demoAccountsLabel"), &credentials),
                 DemoWorkstation::accountNames().join(QStringLiteral(", ")));
        password = ui.text(QStringLiteral("demoPasswordLabel"), &credentials);
        QCOMPARE(password.size(), 16);
        QVERIFY(!ui.text(QStringLiteral("demoRecoveryKeyLabel"), &credentials).isEmpty());
        QTest::keyClick(&credentials, Qt::Key_Escape);
        QVERIFY2(credentials.isVisible(), "the only sight of the password is not lost by accident");
        ui.find<QCheckBox>(QStringLiteral("notedCheck"), &credentials)->setChecked(true);
        QTest::mouseClick(ui.find<QPushButton>(QStringLiteral("continueButton"), &credentials), Qt::LeftButton);
        QVERIFY(!credentials.isVisible());
    }

    QVERIFY(ui.start(false));
    QVERIFY(ui.signIn(QStringLiteral("analyst1"), password.toUtf8().constData()));
    QVERIFY(bannerVisible(ui));
    auto* datasets = ui.find<QTableView>(QStringLiteral("datasetsTable"));
    QVERIFY(datasets);
    QTRY_VERIFY(rowOf(datasets, 0, QStringLiteral("prestations")) >= 0);
    QCOMPARE(datasets->model()->index(rowOf(datasets, 0, QStringLiteral("prestations")), 2).data().toLongLong(), 2000);
}

void DemoTest::demoCreationRefusedByPolicyLeavesNoVault()
{
    Policy rules;
    rules.demoModeAllowed = false;
    UiFixture ui(rules);
    ui::DemoCreationDialog creation(*ui.vault, ui.tv.environment(), 2000);
    QSignalSpy rejected(&creation, &QDialog::rejected);
    creation.open();
    QTRY_COMPARE(rejected.count(), 1);
    QVERIFY2(creation.error().contains(QStringLiteral("DemoModeAllowed")), qPrintable(creation.error()));
    QVERIFY(!creation.cancelled());
    QVERIFY(!ui.vault->exists());
    QVERIFY(nothingBesideTheVault(ui));
}

void DemoTest::cancelledDemoCreationLeavesNothing_data()
{
    QTest::addColumn<QString>("step");
    QTest::addColumn<bool>("escape"); // else the Cancel button
    QTest::newRow("cancel while generating") << QStringLiteral("Generating") << false;
    QTest::newRow("escape while importing") << QStringLiteral("Importing prestations") << true;
}

void DemoTest::cancelledDemoCreationLeavesNothing()
{
    QFETCH(QString, step);
    QFETCH(bool, escape);
    UiFixture ui;
    test::PrivateTemp temp;
    ui::DemoCreationDialog creation(*ui.vault, ui.tv.environment(), 300000);
    QSignalSpy rejected(&creation, &QDialog::rejected);
    creation.open();
    QTRY_VERIFY_WITH_TIMEOUT(ui.text(QStringLiteral("demoStepLabel"), &creation).startsWith(step + u':'), 60000);
    if (escape)
        QTest::keyClick(&creation, Qt::Key_Escape);
    else
        QTest::mouseClick(ui.find<QPushButton>(QStringLiteral("cancelButton"), &creation), Qt::LeftButton);
    QVERIFY2(ui.text(QStringLiteral("demoStepLabel"), &creation).startsWith(QStringLiteral("Cancelling")),
             "a cancel says it is under way, rather than hiding the dialog");

    QTRY_COMPARE_WITH_TIMEOUT(rejected.count(), 1, 60000);
    QVERIFY(creation.cancelled());
    QVERIFY2(creation.error().contains(QStringLiteral("cancelled")), qPrintable(creation.error()));
    QVERIFY(!ui.vault->exists());
    QVERIFY(!QFileInfo::exists(ui.tv.folder()));
    QVERIFY(nothingBesideTheVault(ui));
    QVERIFY2(temp.entries().isEmpty(), qPrintable(temp.entries().join(u' ')));
}

QTEST_MAIN(DemoTest)
#include "tst_ui_demo.moc"
