#include "UiDriver.h"
#include "vault/RecoveryKey.h"

#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QTableView>
#include <QtTest>

using namespace ecluse;
using namespace ecluse::test;

// First start on an empty folder: the first administrator creates the vault and sees the
// recovery key once.
class CreateVaultTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createVaultShowsRecoveryKeyOnceThenSignsInAsAdmin();
    void mismatchedPasswordsAreRefusedWithoutCreatingAVault();
    void shortPasswordShowsCoreMessageWithoutCreatingAVault();
};

namespace {

QDialog* fillCreateVault(const UiFixture& ui, const QString& admin, const QString& password, const QString& confirm)
{
    QDialog* dialog = ui.waitForDialog(QStringLiteral("createVaultDialog"));
    if (!dialog)
        return nullptr;
    QTest::keyClicks(ui.find<QLineEdit>(QStringLiteral("adminEdit"), dialog), admin);
    QTest::keyClicks(ui.find<QLineEdit>(QStringLiteral("passwordEdit"), dialog), password);
    QTest::keyClicks(ui.find<QLineEdit>(QStringLiteral("confirmEdit"), dialog), confirm);
    QTest::mouseClick(ui.find<QPushButton>(QStringLiteral("createButton"), dialog), Qt::LeftButton);
    return dialog;
}

} // namespace

void CreateVaultTest::createVaultShowsRecoveryKeyOnceThenSignsInAsAdmin()
{
    UiFixture ui;
    QVERIFY(!ui.vault->exists());
    QGuiApplication::clipboard()->setText(QStringLiteral("what was there before"));
    QVERIFY(ui.start(false));

    const QString password = QStringLiteral("a long enough password");
    QVERIFY(fillCreateVault(ui, QStringLiteral("chief"), password, password));

    QPointer<QDialog> keyDialog = ui.waitForDialog(QStringLiteral("recoveryKeyDialog"));
    QVERIFY(keyDialog);
    QVERIFY(ui.vault->exists());
    const QString key = ui.text(QStringLiteral("recoveryKeyLabel"), keyDialog);
    QVERIFY2(QRegularExpression(QStringLiteral("^[A-Z2-7]{4}(-[A-Z2-7]{4}){12}$")).match(key).hasMatch(),
             qPrintable(key));
    QVERIFY(ui.find<QLabel>(QStringLiteral("recoveryKeyLabel"), keyDialog)->textInteractionFlags() &
            Qt::TextSelectableByMouse);
    QVERIFY(ui.text(QStringLiteral("recoveryWarning"), keyDialog).contains(QStringLiteral("never show it again")));
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("what was there before"));
    QVERIFY(!ui.visibleWorkspace());

    // Escape does not lose the key by accident; confirming that it is written down does close it.
    QTest::keyClick(keyDialog, Qt::Key_Escape);
    QVERIFY(keyDialog && keyDialog->isVisible());
    auto* continueButton = ui.find<QPushButton>(QStringLiteral("continueButton"), keyDialog);
    QVERIFY(!continueButton->isEnabled());
    ui.find<QCheckBox>(QStringLiteral("writtenDownCheck"), keyDialog)->setChecked(true);
    QTest::mouseClick(continueButton, Qt::LeftButton);

    QTRY_VERIFY(ui.visibleWorkspace());
    QTRY_VERIFY2(keyDialog.isNull(), "the recovery key is shown once: its dialog is destroyed");
    QCOMPARE(ui.vault->currentUser(), QStringLiteral("chief"));
    QVERIFY(ui.text(QStringLiteral("statusUser")).contains(QStringLiteral("chief")));
    // No manifest yet: the first administrator's habilitation has no end.
    QCOMPARE(ui.text(QStringLiteral("statusValidity")), QStringLiteral("No end date"));
    QVERIFY(ui.find(QStringLiteral("administrationPage"))->isVisible());
    auto* accounts = ui.find<QTableView>(QStringLiteral("accountsTable"));
    QVERIFY(accounts);
    QTRY_COMPARE(accounts->model()->rowCount(), 1);
    QCOMPARE(accounts->model()->index(0, 0).data().toString(), QStringLiteral("chief"));

    // What was shown is the real recovery key.
    QVERIFY(ui.pressLockShortcut());
    // Locked once the page's running job (its accounts, health, habilitations) has finished.
    QTRY_VERIFY(!ui.vault->isUnlocked());
    const QByteArray keyBytes = key.toLatin1();
    ui.vault->recover(SecureBuffer(keyBytes.constData(), static_cast<std::size_t>(keyBytes.size())),
                      QStringLiteral("chief"), secret("reset with the recovery key"));
    QCOMPARE(ui.vault->currentUser(), QStringLiteral("chief"));
}

void CreateVaultTest::mismatchedPasswordsAreRefusedWithoutCreatingAVault()
{
    UiFixture ui;
    QVERIFY(ui.start(false));
    QDialog* dialog = fillCreateVault(ui, QStringLiteral("chief"), QStringLiteral("a long enough password"),
                                      QStringLiteral("a long enough passw0rd"));
    QVERIFY(dialog);
    QVERIFY(ui.text(QStringLiteral("errorLabel"), dialog).contains(QStringLiteral("differ")));
    QVERIFY(dialog->isVisible());
    QVERIFY(ui.find<QLineEdit>(QStringLiteral("passwordEdit"), dialog)->text().isEmpty());
    QVERIFY(ui.find<QLineEdit>(QStringLiteral("confirmEdit"), dialog)->text().isEmpty());
    QVERIFY(!ui.vault->exists());

    // Stale once the user types the password again.
    QVERIFY(ui.find<QLabel>(QStringLiteral("errorLabel"), dialog)->isVisible());
    QTest::keyClicks(ui.find<QLineEdit>(QStringLiteral("passwordEdit"), dialog), QStringLiteral("a"));
    QVERIFY(!ui.find<QLabel>(QStringLiteral("errorLabel"), dialog)->isVisible());
}

void CreateVaultTest::shortPasswordShowsCoreMessageWithoutCreatingAVault()
{
    UiFixture ui;
    QVERIFY(ui.start(false));
    QDialog* dialog = fillCreateVault(ui, QStringLiteral("chief"), QStringLiteral("short"), QStringLiteral("short"));
    QVERIFY(dialog);
    QTRY_VERIFY(ui.text(QStringLiteral("errorLabel"), dialog).contains(QStringLiteral("too short")));
    QVERIFY(dialog->isVisible());
    QVERIFY(ui.find<QPushButton>(QStringLiteral("createButton"), dialog)->isEnabled());
    QVERIFY(!ui.vault->exists());
    QVERIFY(!ui.visibleWorkspace());
}

QTEST_MAIN(CreateVaultTest)
#include "tst_ui_createvault.moc"
