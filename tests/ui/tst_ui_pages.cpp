#include "UiDriver.h"
#include "common/Error.h"
#include "policy/PolicySource.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QListWidget>
#include <QMessageBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace ecluse;
using namespace ecluse::test;

// The audit and administration pages show what core returns, and only to the roles core allows.
class PagesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void auditPageListsTheTrailAndVerifiesIt();
    void administrationVerifyShowsEveryCheck();
    void accountsAreListedOnlyForAdministrators();
    void changePasswordThenUnlockNeedsTheNewPassword();
    void everyRoleMayChangeTheirOwnPassword();
    void administratorEnrolsRevokesAndBacksUp();
    void backupPolicyRemindsThenOffersOnQuit();
    void aManifestIsPreviewedBeforeItIsImported();
    void policyPageListsEveryRuleWithItsOrigin();
};

void PagesTest::auditPageListsTheTrailAndVerifiesIt()
{
    UiFixture ui;
    QVERIFY(ui.start());
    QVERIFY(ui.signIn(QStringLiteral("auditor1"), auditorPassword));
    auto* table = ui.find<QTableView>(QStringLiteral("auditTable"));
    QVERIFY(table);
    QTRY_VERIFY(table->model()->rowCount() > 0);

    // seq, time, user, action, object, details; the admin's enrolment of this auditor is there.
    QCOMPARE(table->model()->columnCount(), 6);
    const int enrol = rowOf(table, 3, QStringLiteral("account.enrol"));
    QVERIFY2(enrol >= 0, qPrintable(column(table, 3).join(QLatin1Char(' '))));
    QCOMPARE(table->model()->index(enrol, 2).data().toString(), QStringLiteral("admin"));
    QCOMPARE(table->model()->index(enrol, 4).data().toString(), QStringLiteral("auditor1"));
    QVERIFY(table->model()->index(enrol, 5).data().toString().contains(QStringLiteral("auditor")));
    QCOMPARE(table->model()->index(0, 0).data().toLongLong(), 1);
    QCOMPARE(table->model()->index(0, 1).data().toString(), QStringLiteral("2026-11-28T09:00:00Z"));
    QCOMPARE(column(table, 3).last(), QStringLiteral("vault.unlock"));

    auto* verify = ui.find<QPushButton>(QStringLiteral("verifyAuditButton"));
    QVERIFY(verify->isEnabled());
    QTest::mouseClick(verify, Qt::LeftButton);
    QTRY_VERIFY2(ui.text(QStringLiteral("auditVerdict")).startsWith(QStringLiteral("Intact")),
                 qPrintable(ui.text(QStringLiteral("auditVerdict"))));

    // The verification is itself in the trail.
    const int before = table->model()->rowCount();
    QTest::mouseClick(ui.find<QPushButton>(QStringLiteral("refreshAuditButton")), Qt::LeftButton);
    QTRY_COMPARE(table->model()->rowCount(), before + 1);
    QCOMPARE(column(table, 3).last(), QStringLiteral("audit.verify"));
}

void PagesTest::administrationVerifyShowsEveryCheck()
{
    UiFixture ui;
    QVERIFY(ui.start());
    QVERIFY(ui.signIn(QStringLiteral("admin"), adminPassword));
    auto* verify = ui.find<QPushButton>(QStringLiteral("verifyVaultButton"));
    QVERIFY(verify);
    QTRY_VERIFY(verify->isVisible());
    QCOMPARE(ui.text(QStringLiteral("vaultFolderLabel")), ui.tv.folder());
    QVERIFY(!ui.text(QStringLiteral("vaultIdLabel")).isEmpty());

    QTest::mouseClick(verify, Qt::LeftButton);
    QTRY_COMPARE(ui.text(QStringLiteral("vaultVerdict")), QStringLiteral("The vault is intact."));
    auto* checks = ui.find<QTableView>(QStringLiteral("checksTable"));
    QCOMPARE(checks->model()->rowCount(), 5);
    QCOMPARE(column(checks, 1), QStringList(5, QStringLiteral("passed")));
    QVERIFY(column(checks, 0).contains(QStringLiteral("audit trail")));
    QVERIFY(column(checks, 0).contains(QStringLiteral("database schema")));
    QVERIFY(column(checks, 0).contains(QStringLiteral("key slots")));
    for (const QString& detail : column(checks, 2))
        QVERIFY(!detail.isEmpty());
}

void PagesTest::accountsAreListedOnlyForAdministrators()
{
    {
        UiFixture ui;
        QVERIFY(ui.start());
        QVERIFY(ui.signIn(QStringLiteral("admin"), adminPassword));
        auto* accounts = ui.find<QTableView>(QStringLiteral("accountsTable"));
        QVERIFY(accounts);
        QTRY_COMPARE(column(accounts, 0), (QStringList{QStringLiteral("admin"), QStringLiteral("auditor1")}));
        QCOMPARE(column(accounts, 1), (QStringList{QStringLiteral("admin"), QStringLiteral("auditor")}));
    }
    {
        // The auditor may verify the vault, so has the page, but sees no accounts.
        UiFixture ui;
        QVERIFY(ui.start());
        QVERIFY(ui.signIn(QStringLiteral("auditor1"), auditorPassword));
        auto* navigation = ui.find<QListWidget>(QStringLiteral("navigation"));
        const auto items = navigation->findItems(QStringLiteral("Administration"), Qt::MatchExactly);
        QCOMPARE(items.size(), 1);
        navigation->setCurrentItem(items.first());
        QWidget* page = ui.find(QStringLiteral("administrationPage"));
        QVERIFY(page && page->isVisible());
        QVERIFY(!ui.find(QStringLiteral("accountsTable")));
        QVERIFY(ui.find<QPushButton>(QStringLiteral("verifyVaultButton"))->isVisible());
    }
}

void PagesTest::administratorEnrolsRevokesAndBacksUp()
{
    QTemporaryDir backups;
    Policy rules;
    rules.backupFolder = backups.path();
    UiFixture ui(rules);
    QVERIFY(ui.start());
    QVERIFY(ui.signIn(QStringLiteral("admin"), adminPassword));
    auto* accounts = ui.find<QTableView>(QStringLiteral("accountsTable"));
    QTRY_COMPARE(accounts->model()->rowCount(), 2);

    // Enrol: only the manifest's users without an account are offered; core does the rest.
    QTest::mouseClick(ui.find<QPushButton>(QStringLiteral("enrolUserButton")), Qt::LeftButton);
    QDialog* enrol = ui.waitForDialog(QStringLiteral("enrolDialog"));
    QVERIFY(enrol);
    auto* users = ui.find<QComboBox>(QStringLiteral("enrolUserCombo"), enrol);
    QStringList offered;
    for (int i = 0; i < users->count(); ++i)
        offered << users->itemText(i);
    QCOMPARE(offered, (QStringList{QStringLiteral("analyst1"), QStringLiteral("steward1")}));
    users->setCurrentIndex(0);
    QTest::keyClicks(ui.find<QLineEdit>(QStringLiteral("enrolPasswordEdit"), enrol),
                     QStringLiteral("analyst first pass"));
    QTest::keyClicks(ui.find<QLineEdit>(QStringLiteral("enrolConfirmEdit"), enrol),
                     QStringLiteral("analyst first pass"));
    QTest::mouseClick(ui.find<QPushButton>(QStringLiteral("enrolButton"), enrol), Qt::LeftButton);
    QTRY_COMPARE(accounts->model()->rowCount(), 3);
    QVERIFY(column(accounts, 0).contains(QStringLiteral("analyst1")));

    // Revoke, after a confirmation.
    accounts->selectRow(rowOf(accounts, 0, QStringLiteral("analyst1")));
    QTest::mouseClick(ui.find<QPushButton>(QStringLiteral("revokeUserButton")), Qt::LeftButton);
    QDialog* confirm = ui.waitForDialog(QStringLiteral("revokeConfirmation"));
    QVERIFY(confirm);
    QTest::mouseClick(ui.find<QPushButton>(QStringLiteral("confirmRevokeButton"), confirm), Qt::LeftButton);
    QTRY_COMPARE(accounts->model()->rowCount(), 2);
    QVERIFY(!column(accounts, 0).contains(QStringLiteral("analyst1")));

    // Back up: a file in the policy's folder, and the health says when.
    QVERIFY(ui.text(QStringLiteral("healthLabel")).contains(QStringLiteral("last backup: never")));
    QTest::mouseClick(ui.find<QPushButton>(QStringLiteral("backUpButton")), Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(
        ui.text(QStringLiteral("administrationMessage")).startsWith(QStringLiteral("Backed up to")),
        qPrintable(ui.text(QStringLiteral("administrationMessage"))), 20000);
    QCOMPARE(QDir(backups.path()).entryList({QStringLiteral("*.ecb")}, QDir::Files).size(), 1);
    QTRY_VERIFY(!ui.text(QStringLiteral("healthLabel")).contains(QStringLiteral("last backup: never")));
}

void PagesTest::backupPolicyRemindsThenOffersOnQuit()
{
    QTemporaryDir backups;
    Policy rules;
    rules.backupFolder = backups.path();
    rules.backupEveryDays = 7;
    UiFixture ui(rules);
    QVERIFY(ui.start());
    QVERIFY(ui.signIn(QStringLiteral("admin"), adminPassword));
    QTRY_VERIFY2(ui.text(QStringLiteral("workspaceNotice")).contains(QStringLiteral("No backup in the last 7 days")),
                 qPrintable(ui.text(QStringLiteral("workspaceNotice"))));
    ui.window->close();
    auto* offer = qobject_cast<QMessageBox*>(ui.waitForDialog(QStringLiteral("backupOnExitDialog")));
    QVERIFY(offer);
    QVERIFY(ui.window->isVisible()); // not gone before the answer
    QTest::mouseClick(offer->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!ui.window->isVisible(), 20000);
    QCOMPARE(QDir(backups.path()).entryList({QStringLiteral("*.ecb")}, QDir::Files).size(), 1);
}

void PagesTest::aManifestIsPreviewedBeforeItIsImported()
{
    UiFixture ui;
    QVERIFY(ui.start());
    // Serial 2: a new analyst, steward1 ending in 20 days, and auditor1 (enrolled) gone.
    const QDateTime now = ui.tv.clock->now;
    QList<TestUser> users = TestAuthority::standardUsers(now);
    users.removeIf([](const TestUser& user) { return user.id == QLatin1String("auditor1"); });
    for (TestUser& user : users) {
        if (user.id == QLatin1String("steward1"))
            user.validUntil = now.addDays(20);
    }
    users.append({QStringLiteral("analyst9"), {QStringLiteral("analyst")}, now.addDays(-1), now.addDays(200), {}});
    QTemporaryDir folder;
    const QString file = QDir(folder.path()).filePath(QStringLiteral("manifest-2.signed"));
    QFile signedFile(file);
    QVERIFY(signedFile.open(QIODevice::WriteOnly));
    signedFile.write(ui.tv.authority.sign(2, users, now));
    signedFile.close();

    QVERIFY(ui.signIn(QStringLiteral("admin"), adminPassword));
    auto* accounts = ui.find<QTableView>(QStringLiteral("accountsTable"));
    QTRY_COMPARE(accounts->model()->rowCount(), 2);
    QTest::mouseClick(ui.find<QPushButton>(QStringLiteral("importManifestButton")), Qt::LeftButton);
    auto* chooser = qobject_cast<QFileDialog*>(ui.waitForDialog(QStringLiteral("manifestFileDialog")));
    QVERIFY(chooser);
    chooser->setDirectory(folder.path());
    chooser->selectFile(QStringLiteral("manifest-2.signed"));
    static_cast<QDialog*>(chooser)->accept();
    auto* preview = qobject_cast<QMessageBox*>(ui.waitForDialog(QStringLiteral("manifestPreviewDialog")));
    QVERIFY2(preview, qPrintable(ui.text(QStringLiteral("administrationMessage"))));
    const QString text = preview->text();
    QVERIFY2(text.contains(QStringLiteral("Users added: analyst9")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Accounts removed: auditor1 (not in the manifest)")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("changed: steward1")), qPrintable(text));
    // Nothing applied yet.
    QCOMPARE(accounts->model()->rowCount(), 2);
    QTest::mouseClick(ui.find<QPushButton>(QStringLiteral("applyManifestButton"), preview), Qt::LeftButton);
    QTRY_COMPARE(ui.text(QStringLiteral("administrationMessage")), QStringLiteral("Manifest 2 is in force."));
    QTRY_COMPARE(accounts->model()->rowCount(), 1);
    QTRY_VERIFY2(
        ui.text(QStringLiteral("habilitationLabel")).contains(QStringLiteral("Ending within 30 days: steward1")),
        qPrintable(ui.text(QStringLiteral("habilitationLabel"))));
}

void PagesTest::everyRoleMayChangeTheirOwnPassword()
{
    UiFixture ui;
    QVERIFY(ui.start());
    auto* action = ui.find<QAction>(QStringLiteral("changePasswordAction"));
    QVERIFY(!action->isEnabled()); // signed out: nobody's password to change
    // An auditor, whose pages hold no account management, finds it in the Session menu.
    QVERIFY(ui.signIn(QStringLiteral("auditor1"), auditorPassword));
    QVERIFY(action->isEnabled());
    action->trigger();
    QVERIFY(ui.waitForDialog(QStringLiteral("changePasswordDialog")));
}

void PagesTest::changePasswordThenUnlockNeedsTheNewPassword()
{
    UiFixture ui;
    QVERIFY(ui.start());
    QVERIFY(ui.signIn(QStringLiteral("admin"), adminPassword));
    auto* accounts = ui.find<QTableView>(QStringLiteral("accountsTable"));
    QTRY_COMPARE(accounts->model()->rowCount(), 2);
    ui.find<QAction>(QStringLiteral("changePasswordAction"))->trigger();
    QDialog* dialog = ui.waitForDialog(QStringLiteral("changePasswordDialog"));
    QVERIFY(dialog);
    // The rules, before anything is typed.
    QVERIFY(ui.text(QStringLiteral("passwordRulesLabel"), dialog).contains(QStringLiteral("At least 12 characters")));
    auto* current = ui.find<QLineEdit>(QStringLiteral("oldPasswordEdit"), dialog);
    auto* fresh = ui.find<QLineEdit>(QStringLiteral("newPasswordEdit"), dialog);
    auto* confirm = ui.find<QLineEdit>(QStringLiteral("confirmPasswordEdit"), dialog);
    const auto retype = [&](QLineEdit* field, const char* text) {
        field->clear();
        QTest::keyClicks(field, QString::fromUtf8(text));
    };
    const auto change = [&] {
        QTest::mouseClick(ui.find<QPushButton>(QStringLiteral("changeButton"), dialog), Qt::LeftButton);
    };
    const char* const newPassword = "a fresh password 2027";

    // A confirmation that differs: only it is emptied.
    retype(current, adminPassword);
    retype(fresh, newPassword);
    retype(confirm, "a fresh password 2028");
    change();
    QVERIFY(ui.text(QStringLiteral("errorLabel"), dialog).contains(QStringLiteral("differ")));
    QVERIFY(confirm->text().isEmpty());
    QCOMPARE(fresh->text(), QString::fromUtf8(newPassword));
    QCOMPARE(current->text(), QString::fromUtf8(adminPassword));

    // A new password too short: the new fields are emptied, the current one kept.
    retype(fresh, "short");
    retype(confirm, "short");
    change();
    QVERIFY(ui.text(QStringLiteral("errorLabel"), dialog).contains(QStringLiteral("too short")));
    QVERIFY(fresh->text().isEmpty() && confirm->text().isEmpty());
    QCOMPARE(current->text(), QString::fromUtf8(adminPassword));

    // A wrong current password: only it is emptied.
    retype(current, "not my password at all");
    retype(fresh, newPassword);
    retype(confirm, newPassword);
    change();
    QTRY_COMPARE(ui.text(QStringLiteral("errorLabel"), dialog), wrongCredentialsMessage());
    QVERIFY(dialog->isVisible());
    QVERIFY(current->text().isEmpty());
    QCOMPARE(fresh->text(), QString::fromUtf8(newPassword));
    QCOMPARE(confirm->text(), QString::fromUtf8(newPassword));

    retype(current, adminPassword);
    change();
    QTRY_COMPARE(ui.text(QStringLiteral("workspaceNotice")), QStringLiteral("Your password was changed."));
    QVERIFY(!ui.find<QDialog>(QStringLiteral("changePasswordDialog")) ||
            !ui.find<QDialog>(QStringLiteral("changePasswordDialog"))->isVisible());

    QVERIFY(ui.pressLockShortcut());
    auto* lockScreen = ui.find(QStringLiteral("lockScreen"));
    QTest::keyClicks(ui.find<QLineEdit>(QStringLiteral("passwordEdit"), lockScreen), QString::fromUtf8(adminPassword));
    QTest::mouseClick(ui.find<QPushButton>(QStringLiteral("unlockButton"), lockScreen), Qt::LeftButton);
    QTRY_COMPARE(ui.text(QStringLiteral("errorLabel"), lockScreen), wrongCredentialsMessage());
    QVERIFY(!ui.vault->isUnlocked());

    QTest::keyClicks(ui.find<QLineEdit>(QStringLiteral("passwordEdit"), lockScreen), QString::fromUtf8(newPassword));
    QTest::mouseClick(ui.find<QPushButton>(QStringLiteral("unlockButton"), lockScreen), Qt::LeftButton);
    QTRY_VERIFY(ui.visibleWorkspace());
    QCOMPARE(ui.vault->currentUser(), QStringLiteral("admin"));
}

void PagesTest::policyPageListsEveryRuleWithItsOrigin()
{
    UiFixture ui;
    ui.policy = loadPolicy(MapPolicySource({{QStringLiteral("IdleLockMinutes"), QStringLiteral("2")}}));
    QVERIFY(ui.start());
    // An auditor, not an administrator: the rules are open to every signed-in user.
    QVERIFY(ui.signIn(QStringLiteral("auditor1"), auditorPassword));
    auto* navigation = ui.find<QListWidget>(QStringLiteral("navigation"));
    const auto items = navigation->findItems(QStringLiteral("Policy"), Qt::MatchExactly);
    QCOMPARE(items.size(), 1);
    QVERIFY(items.first()->flags().testFlag(Qt::ItemIsEnabled));
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, navigation->visualItemRect(items.first()).center());
    QWidget* page = ui.find(QStringLiteral("policyPage"));
    QVERIFY(page && page->isVisible());

    // key, value, origin, description, note
    auto* table = ui.find<QTableView>(QStringLiteral("policyTable"), page);
    QCOMPARE(table->model()->columnCount(), 5);
    QCOMPARE(table->model()->rowCount(), static_cast<int>(ui.policy->entries.size()));
    const int threshold = rowOf(table, 0, QStringLiteral("SmallCellThreshold"));
    QVERIFY2(threshold >= 0, qPrintable(column(table, 0).join(QLatin1Char(' '))));
    QCOMPARE(table->model()->index(threshold, 1).data().toString(), QStringLiteral("11"));
    QCOMPARE(table->model()->index(threshold, 2).data().toString(), QStringLiteral("default"));
    QVERIFY(!table->model()->index(threshold, 3).data().toString().isEmpty());
    const int idle = rowOf(table, 0, QStringLiteral("IdleLockMinutes"));
    QVERIFY(idle >= 0);
    QCOMPARE(table->model()->index(idle, 1).data().toString(), QStringLiteral("2"));
    QCOMPARE(table->model()->index(idle, 2).data().toString(), QStringLiteral("managed"));
    QCOMPARE(table->model()->headerData(2, Qt::Horizontal).toString(), QStringLiteral("Origin"));
}

QTEST_MAIN(PagesTest)
#include "tst_ui_pages.moc"
