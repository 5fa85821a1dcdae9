#include "UiDriver.h"
#include "common/Error.h"

#include <QAction>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

using namespace ecluse;
using namespace ecluse::test;

// Signing in, locking, unlocking and signing out, through the window as a user does it.
class SignInTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wrongPasswordShowsErrorAndStaysSignedOut();
    void unknownUserGetsTheSameErrorAsWrongPassword();
    void signInShowsUserRolesFolderAndLockStateInStatusBar();
    void signInLockAndUnlockHidesDataWhileLocked();
    void lockScreenRefusesWrongPasswordAndStaysLocked();
    void lockClosesOpenDialogs();
    void signOutFromLockScreenLetsAnotherUserSignIn();
    void closingTheWindowLocksTheVault();
};

void SignInTest::wrongPasswordShowsErrorAndStaysSignedOut()
{
    UiFixture ui;
    QVERIFY(ui.start());
    QCOMPARE(ui.window->windowTitle(), QStringLiteral("Écluse"));

    QDialog* dialog = ui.typeCredentials(QStringLiteral("admin"), "not the password");
    QVERIFY(dialog);
    QTRY_COMPARE(ui.text(QStringLiteral("errorLabel"), dialog), wrongCredentialsMessage());

    QVERIFY(dialog->isVisible());
    QVERIFY(ui.find<QLineEdit>(QStringLiteral("passwordEdit"), dialog)->isEnabled());
    QVERIFY2(ui.find<QLineEdit>(QStringLiteral("passwordEdit"), dialog)->text().isEmpty(),
             "the password must not stay in the field");
    QCOMPARE(ui.find<QLineEdit>(QStringLiteral("userEdit"), dialog)->text(), QStringLiteral("admin"));
    QVERIFY(!ui.find(QStringLiteral("workspace")));
    QVERIFY(!ui.vault->isUnlocked());
    QCOMPARE(ui.text(QStringLiteral("statusLock")), QStringLiteral("Locked"));

    // And the right password still works from the same dialog.
    QTest::keyClicks(ui.find<QLineEdit>(QStringLiteral("passwordEdit"), dialog), QString::fromUtf8(adminPassword));
    QTest::mouseClick(ui.find<QPushButton>(QStringLiteral("signInButton"), dialog), Qt::LeftButton);
    QTRY_VERIFY(ui.visibleWorkspace());
    QVERIFY(ui.vault->isUnlocked());
}

void SignInTest::unknownUserGetsTheSameErrorAsWrongPassword()
{
    UiFixture ui;
    QVERIFY(ui.start());
    QDialog* dialog = ui.typeCredentials(QStringLiteral("mallory"), adminPassword);
    QVERIFY(dialog);
    QTRY_COMPARE(ui.text(QStringLiteral("errorLabel"), dialog), wrongCredentialsMessage());
    QVERIFY(!ui.vault->isUnlocked());
}

void SignInTest::signInShowsUserRolesFolderAndLockStateInStatusBar()
{
    UiFixture ui;
    QVERIFY(ui.start());
    QVERIFY(ui.signIn(QStringLiteral("auditor1"), auditorPassword));

    QVERIFY(ui.text(QStringLiteral("statusUser")).contains(QStringLiteral("auditor1")));
    QVERIFY(ui.text(QStringLiteral("statusRoles")).contains(QStringLiteral("auditor")));
    QVERIFY(ui.find<QLabel>(QStringLiteral("statusFolder"))->toolTip().contains(ui.tv.folder()));
    QCOMPARE(ui.text(QStringLiteral("statusLock")), QStringLiteral("Unlocked"));
    QCOMPARE(ui.vault->currentUser(), QStringLiteral("auditor1"));
}

void SignInTest::signInLockAndUnlockHidesDataWhileLocked()
{
    UiFixture ui;
    QVERIFY(ui.start());
    QVERIFY(ui.signIn(QStringLiteral("auditor1"), auditorPassword));
    // The auditor lands on the audit trail, which shows the enrolment made by the admin.
    auto* table = ui.find<QTableView>(QStringLiteral("auditTable"));
    QVERIFY(table);
    QTRY_VERIFY(table->isVisible() && table->model()->rowCount() > 0);

    QCOMPARE(ui.find<QAction>(QStringLiteral("lockAction"))->shortcut(), QKeySequence(QStringLiteral("Ctrl+L")));
    QVERIFY(ui.pressLockShortcut());

    auto* lockScreen = ui.find(QStringLiteral("lockScreen"));
    QVERIFY(lockScreen->isVisible());
    QVERIFY2(!ui.find(QStringLiteral("workspace")), "the workspace must be destroyed, not merely hidden");
    QVERIFY(!ui.find(QStringLiteral("auditTable")));
    QCOMPARE(ui.visibleItemViews(), 0);
    QVERIFY(!ui.vault->isUnlocked());
    QCOMPARE(ui.text(QStringLiteral("statusLock")), QStringLiteral("Locked"));
    QVERIFY(ui.text(QStringLiteral("lockTitle"), lockScreen).contains(QStringLiteral("auditor1")));
    QVERIFY(!ui.find<QAction>(QStringLiteral("lockAction"))->isEnabled());

    QTest::keyClicks(ui.find<QLineEdit>(QStringLiteral("passwordEdit"), lockScreen),
                     QString::fromUtf8(auditorPassword));
    QTest::mouseClick(ui.find<QPushButton>(QStringLiteral("unlockButton"), lockScreen), Qt::LeftButton);

    QTRY_VERIFY(ui.visibleWorkspace());
    QVERIFY(!lockScreen->isVisible());
    QVERIFY(ui.vault->isUnlocked());
    QCOMPARE(ui.vault->currentUser(), QStringLiteral("auditor1"));
    table = ui.find<QTableView>(QStringLiteral("auditTable"));
    QVERIFY(table);
    QTRY_VERIFY(table->model()->rowCount() > 0);
    QCOMPARE(ui.text(QStringLiteral("statusLock")), QStringLiteral("Unlocked"));
}

void SignInTest::lockScreenRefusesWrongPasswordAndStaysLocked()
{
    UiFixture ui;
    QVERIFY(ui.start());
    QVERIFY(ui.signIn(QStringLiteral("auditor1"), auditorPassword));
    QVERIFY(ui.pressLockShortcut());
    auto* lockScreen = ui.find(QStringLiteral("lockScreen"));
    QVERIFY(lockScreen->isVisible());

    // Another user's valid password does not open someone else's locked session.
    QTest::keyClicks(ui.find<QLineEdit>(QStringLiteral("passwordEdit"), lockScreen), QString::fromUtf8(adminPassword));
    QTest::mouseClick(ui.find<QPushButton>(QStringLiteral("unlockButton"), lockScreen), Qt::LeftButton);

    QTRY_COMPARE(ui.text(QStringLiteral("errorLabel"), lockScreen), wrongCredentialsMessage());
    QVERIFY(lockScreen->isVisible());
    QVERIFY(!ui.find(QStringLiteral("workspace")));
    QVERIFY(!ui.vault->isUnlocked());
    QVERIFY(ui.find<QLineEdit>(QStringLiteral("passwordEdit"), lockScreen)->text().isEmpty());
}

void SignInTest::lockClosesOpenDialogs()
{
    UiFixture ui;
    QVERIFY(ui.start());
    QVERIFY(ui.signIn(QStringLiteral("admin"), adminPassword));
    auto* accounts = ui.find<QTableView>(QStringLiteral("accountsTable"));
    QVERIFY(accounts);
    QTRY_COMPARE(accounts->model()->rowCount(), 2);
    ui.find<QAction>(QStringLiteral("changePasswordAction"))->trigger();
    QPointer<QDialog> dialog = ui.waitForDialog(QStringLiteral("changePasswordDialog"));
    QVERIFY(dialog);
    QTest::keyClicks(ui.find<QLineEdit>(QStringLiteral("oldPasswordEdit"), dialog), QStringLiteral("half-typed"));

    // Triggered as the shortcut would, whatever window has the focus.
    ui.find<QAction>(QStringLiteral("lockAction"))->trigger();

    // Gone from the screen at once, and destroyed with the page that opened it.
    for (QWidget* top : QApplication::topLevelWidgets())
        QVERIFY2(!top->isVisible() || top == ui.window.get(), qPrintable(top->objectName()));
    QTRY_VERIFY(dialog.isNull());
    // Locked as soon as the page's running job (its health, its accounts) has finished.
    QTRY_VERIFY(!ui.vault->isUnlocked());
}

void SignInTest::signOutFromLockScreenLetsAnotherUserSignIn()
{
    UiFixture ui;
    QVERIFY(ui.start());
    QVERIFY(ui.signIn(QStringLiteral("auditor1"), auditorPassword));
    QVERIFY(ui.pressLockShortcut());
    auto* lockScreen = ui.find(QStringLiteral("lockScreen"));
    QVERIFY(lockScreen->isVisible());

    QTest::mouseClick(ui.find<QPushButton>(QStringLiteral("signOutButton"), lockScreen), Qt::LeftButton);
    QVERIFY(!lockScreen->isVisible());
    QVERIFY(ui.find(QStringLiteral("signedOutPage"))->isVisible());
    QVERIFY(ui.text(QStringLiteral("statusUser")).indexOf(QStringLiteral("auditor1")) < 0);

    QVERIFY(ui.signIn(QStringLiteral("admin"), adminPassword));
    QCOMPARE(ui.vault->currentUser(), QStringLiteral("admin"));
    QVERIFY(ui.text(QStringLiteral("statusUser")).contains(QStringLiteral("admin")));
}

void SignInTest::closingTheWindowLocksTheVault()
{
    UiFixture ui;
    QVERIFY(ui.start());
    QVERIFY(ui.signIn(QStringLiteral("admin"), adminPassword));
    QVERIFY(ui.vault->isUnlocked());
    ui.window.reset();
    QVERIFY(!ui.vault->isUnlocked());
}

QTEST_MAIN(SignInTest)
#include "tst_ui_signin.moc"
