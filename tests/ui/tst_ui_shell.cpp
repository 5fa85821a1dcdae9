#include "DemoCreationDialog.h"
#include "DemoCredentialsDialog.h"
#include "ElidedLabel.h"
#include "EnrolDialog.h"
#include "LanguageMenu.h"
#include "RecoveryKeyDialog.h"
#include "UiDriver.h"
#include "VaultWorker.h"
#include "common/Error.h"
#include "demo/DemoWorkstation.h"

#include <QAction>
#include <QComboBox>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTranslator>
#include <QtTest>

using namespace ecluse;
using namespace ecluse::test;

// The window's frame as a newcomer meets it at the default size: a status bar that shows all it
// says, dialogs that show their title and text whole in the middle of the window, a title that
// names the application once, and messages that go once the user acts on them.
class ShellTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void statusBarShowsEverythingAtTheDefaultWidth_data();
    void statusBarShowsEverythingAtTheDefaultWidth();
    void windowTitleNamesTheApplicationOnce();
    void dialogsShowTheirTitleAndTextWhole_data();
    void dialogsShowTheirTitleAndTextWhole();
    void signInDialogStaysCentredOnTheWindow();
    void staleMessagesGoWhenTheFieldIsEdited();
    void languageMenuSavesTheChoiceForTheNextStart();
    void languageMenuIsInTheSessionMenuSignedOutToo();
};

namespace {

const QString appName = QStringLiteral("Écluse");

// Stands in for a translation about a third longer than English, as French often is, for one
// class's strings.
class LongerTranslation : public QTranslator
{
public:
    explicit LongerTranslation(const char* context)
        : m_context(context)
    {}

    bool isEmpty() const override { return false; }

    QString translate(const char* context, const char* sourceText, const char* disambiguation, int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        if (qstrcmp(context, m_context) != 0)
            return {};
        const QString source = QString::fromUtf8(sourceText);
        return source + QString(source.size() / 3, QLatin1Char('e'));
    }

private:
    const char* m_context;
};

// The labels in window, shown, whose text does not fit them: cut at the side or, wrapped, at the
// bottom.
QStringList cutLabels(const QWidget* window)
{
    QStringList cut;
    for (const QLabel* label : window->findChildren<QLabel*>()) {
        if (!label->isVisible() || label->text().isEmpty())
            continue;
        bool fits = true;
        if (label->wordWrap())
            fits = label->height() >= label->heightForWidth(label->width());
        else if (qobject_cast<const ui::ElidedLabel*>(label)) // shortened on purpose, never clipped
            fits = label->fontMetrics().horizontalAdvance(label->text()) <= label->contentsRect().width();
        else // margins and mnemonics included
            fits = label->sizeHint().width() <= label->width();
        if (!fits)
            cut << QStringLiteral("%1 '%2' (%3×%4)")
                       .arg(label->objectName(), label->text())
                       .arg(label->width())
                       .arg(label->height());
    }
    return cut;
}

// What a window manager draws in the title bar, as Qt hands it over: the title, then the
// application's name unless the title ends with it.
QString titleBarText(const QWidget* window)
{
    const QString title = window->windowTitle();
    return title.endsWith(appName) ? title : title + QStringLiteral(" — ") + appName;
}

int boldWidth(const QString& text)
{
    QFont font = QApplication::font();
    font.setBold(true);
    return QFontMetrics(font).horizontalAdvance(text);
}

QPoint centre(const QWidget* window)
{
    return window->frameGeometry().center();
}

bool centredOn(const QWidget* dialog, const QWidget* window)
{
    return (centre(dialog) - centre(window)).manhattanLength() <= 4;
}

QString describe(const QWidget* dialog, const QWidget* window)
{
    return QStringLiteral("dialog centre (%1, %2), window centre (%3, %4)")
        .arg(centre(dialog).x())
        .arg(centre(dialog).y())
        .arg(centre(window).x())
        .arg(centre(window).y());
}

bool messageShown(const UiFixture& ui, QWidget* dialog, const QString& name = QStringLiteral("errorLabel"))
{
    auto* label = ui.find<QLabel>(name, dialog);
    return label && label->isVisible() && !label->text().isEmpty();
}

} // namespace

void ShellTest::initTestCase()
{
    // As ecluse's main() sets it: the name Qt adds to title bars.
    QGuiApplication::setApplicationDisplayName(appName);
}

void ShellTest::statusBarShowsEverythingAtTheDefaultWidth_data()
{
    QTest::addColumn<bool>("longer");
    QTest::newRow("English") << false;
    QTest::newRow("a translation a third longer") << true;
}

void ShellTest::statusBarShowsEverythingAtTheDefaultWidth()
{
    QFETCH(bool, longer);
    LongerTranslation translation("ecluse::ui::SessionStatusBar");
    if (longer)
        QCoreApplication::installTranslator(&translation);
    UiFixture ui;
    QVERIFY(ui.start());
    QVERIFY(ui.signIn(QStringLiteral("auditor1"), auditorPassword));
    QCOMPARE(ui.window->size(), QSize(1100, 700));
    QTRY_VERIFY(ui.find(QStringLiteral("sessionStatus"))->isVisible());

    const QStringList whole = {QStringLiteral("statusUser"),     QStringLiteral("statusRoles"),
                               QStringLiteral("statusValidity"), QStringLiteral("statusIdle"),
                               QStringLiteral("statusRules"),    QStringLiteral("statusLock")};
    for (const QString& name : whole + QStringList{QStringLiteral("statusFolder")}) {
        auto* label = ui.find<QLabel>(name);
        QVERIFY2(label->isVisible(), qPrintable(name));
        const int right = label->mapTo(ui.window.get(), QPoint(label->width(), 0)).x();
        QVERIFY2(right <= ui.window->width(), qPrintable(QStringLiteral("%1 ends at %2").arg(name).arg(right)));
    }
    // Once the labels' new texts are laid out.
    QTRY_VERIFY2(cutLabels(ui.window->statusBar()).isEmpty(),
                 qPrintable(cutLabels(ui.window->statusBar()).join(QLatin1Char('\n'))));
    // Whole, not shortened: the user's name, and every short piece.
    QVERIFY2(ui.text(QStringLiteral("statusUser")).startsWith(QStringLiteral("User auditor1 (auditor1)")),
             qPrintable(ui.text(QStringLiteral("statusUser"))));
    QVERIFY(!ui.text(QStringLiteral("statusUser")).contains(QChar(0x2026)));
    QCOMPARE(ui.text(QStringLiteral("statusRoles")), QStringLiteral("auditor"));
    QVERIFY(ui.text(QStringLiteral("statusRules")).startsWith(QStringLiteral("Copy: published")));
    // The folder may be shortened in the middle, never lost: its tooltip has it whole.
    auto* folder = ui.find<QLabel>(QStringLiteral("statusFolder"));
    QVERIFY2(folder->toolTip().contains(ui.tv.folder()), qPrintable(folder->toolTip()));
    const QString full = qobject_cast<ui::ElidedLabel*>(folder)->fullText();
    QVERIFY2(folder->text().right(8) == full.right(8), qPrintable(folder->text()));
    // And room is left on the left for the window's passing messages ("Working…").
    if (!longer) {
        const int room = ui.find(QStringLiteral("sessionStatus"))->x();
        QVERIFY2(room >= ui.window->statusBar()->fontMetrics().horizontalAdvance(QStringLiteral("Working…")),
                 qPrintable(QString::number(room)));
    }
    QCoreApplication::removeTranslator(&translation);
}

void ShellTest::windowTitleNamesTheApplicationOnce()
{
    UiFixture ui;
    DemoWorkstation::create(ui.tv.folder(), ui.tv.environment(), secret("demo password for tests"), {200, 1});
    QVERIFY(ui.start(false));
    QCOMPARE(ui.window->windowTitle(), appName);
    QVERIFY(ui.signIn(QStringLiteral("analyst1"), "demo password for tests"));
    QCOMPARE(ui.window->windowTitle(), QStringLiteral("DEMO — Écluse"));
    QCOMPARE(titleBarText(ui.window.get()).count(appName), 1);
}

void ShellTest::dialogsShowTheirTitleAndTextWhole_data()
{
    QTest::addColumn<QString>("dialog");
    for (const char* name : {"signInDialog", "changePasswordDialog", "createVaultDialog", "recoveryKeyDialog",
                             "enrolDialog", "demoCreationDialog", "demoCredentialsDialog"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void ShellTest::dialogsShowTheirTitleAndTextWhole()
{
    QFETCH(QString, dialog);
    UiFixture ui;
    std::unique_ptr<ui::VaultWorker> worker;
    std::unique_ptr<QDialog> owned;
    QDialog* shown = nullptr;
    const SecureBuffer someSecret = secret("ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567");
    if (dialog == QStringLiteral("signInDialog")) {
        QVERIFY(ui.start());
        shown = ui.waitForDialog(dialog);
    } else if (dialog == QStringLiteral("changePasswordDialog")) {
        QVERIFY(ui.start());
        QVERIFY(ui.signIn(QStringLiteral("auditor1"), auditorPassword));
        ui.find<QAction>(QStringLiteral("changePasswordAction"))->trigger();
        shown = ui.waitForDialog(dialog);
    } else if (dialog == QStringLiteral("createVaultDialog")) {
        QVERIFY(ui.start(false));
        shown = ui.waitForDialog(dialog);
    } else if (dialog == QStringLiteral("recoveryKeyDialog")) {
        QVERIFY(ui.start());
        owned = std::make_unique<ui::RecoveryKeyDialog>(someSecret, ui.window.get());
    } else if (dialog == QStringLiteral("enrolDialog")) {
        QVERIFY(ui.start());
        worker = std::make_unique<ui::VaultWorker>(*ui.vault);
        owned = std::make_unique<ui::EnrolDialog>(*worker, QStringList{QStringLiteral("analyst1")}, ui.window.get());
    } else if (dialog == QStringLiteral("demoCreationDialog")) {
        // Large enough to be still building while it is looked at; cancelled at the end.
        owned = std::make_unique<ui::DemoCreationDialog>(*ui.vault, ui.tv.environment(), 300000);
    } else {
        owned = std::make_unique<ui::DemoCredentialsDialog>(someSecret, someSecret);
    }
    if (owned) {
        owned->open();
        QVERIFY(QTest::qWaitForWindowExposed(owned.get()));
        shown = owned.get();
    }
    QVERIFY(shown);
    QCOMPARE(shown->objectName(), dialog);
    QTest::qWait(50); // the dialog's own adjustments, queued after it was shown

    const QString titleBar = titleBarText(shown);
    QVERIFY2(shown->width() >= boldWidth(titleBar) + 100,
             qPrintable(QStringLiteral("'%1' needs %2 px, the dialog is %3 px wide")
                            .arg(titleBar)
                            .arg(boldWidth(titleBar) + 100)
                            .arg(shown->width())));
    const QStringList cut = cutLabels(shown);
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
    if (ui.window && shown->parentWidget())
        QVERIFY2(centredOn(shown, ui.window.get()), qPrintable(describe(shown, ui.window.get())));

    if (auto* creation = qobject_cast<ui::DemoCreationDialog*>(shown)) {
        creation->reject(); // cancels the build
        QTRY_VERIFY_WITH_TIMEOUT(!creation->isVisible(), 60000);
    }
}

void ShellTest::signInDialogStaysCentredOnTheWindow()
{
    UiFixture ui;
    QVERIFY(ui.start());
    QDialog* dialog = ui.waitForDialog(QStringLiteral("signInDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY2(centredOn(dialog, ui.window.get()), qPrintable(describe(dialog, ui.window.get())));

    // Placed or resized by the window manager after the dialog opened, or by the user.
    ui.window->setGeometry(QRect(QPoint(120, 80), QSize(900, 600)));
    QTRY_VERIFY2(centredOn(dialog, ui.window.get()), qPrintable(describe(dialog, ui.window.get())));

    // A message makes the dialog taller: it grows about the same centre, its text whole.
    const int before = dialog->height();
    ui.typeCredentials(QStringLiteral("admin"), "not the password");
    QTRY_COMPARE(ui.text(QStringLiteral("errorLabel"), dialog), wrongCredentialsMessage());
    QTRY_VERIFY(dialog->height() > before);
    QTRY_VERIFY2(centredOn(dialog, ui.window.get()), qPrintable(describe(dialog, ui.window.get())));
    const QStringList cut = cutLabels(dialog);
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
}

void ShellTest::staleMessagesGoWhenTheFieldIsEdited()
{
    UiFixture ui;
    QVERIFY(ui.start());

    // Sign-in: a wrong password, then the user types again.
    QDialog* signIn = ui.typeCredentials(QStringLiteral("auditor1"), "not the password");
    QVERIFY(signIn);
    QTRY_COMPARE(ui.text(QStringLiteral("errorLabel"), signIn), wrongCredentialsMessage());
    QVERIFY(messageShown(ui, signIn));
    QTest::keyClicks(ui.find<QLineEdit>(QStringLiteral("passwordEdit"), signIn), QStringLiteral("a"));
    QVERIFY(!messageShown(ui, signIn));
    ui.find<QLineEdit>(QStringLiteral("passwordEdit"), signIn)->clear();
    QVERIFY(ui.signIn(QStringLiteral("auditor1"), auditorPassword));

    // Change my password: the confirmation differs, then is typed again.
    ui.find<QAction>(QStringLiteral("changePasswordAction"))->trigger();
    QDialog* change = ui.waitForDialog(QStringLiteral("changePasswordDialog"));
    QVERIFY(change);
    QVERIFY(!messageShown(ui, change));
    QTest::keyClicks(ui.find<QLineEdit>(QStringLiteral("oldPasswordEdit"), change), QString::fromUtf8(auditorPassword));
    QTest::keyClicks(ui.find<QLineEdit>(QStringLiteral("newPasswordEdit"), change),
                     QStringLiteral("a new long password"));
    QTest::keyClicks(ui.find<QLineEdit>(QStringLiteral("confirmPasswordEdit"), change), QStringLiteral("a typo"));
    QTest::mouseClick(ui.find<QPushButton>(QStringLiteral("changeButton"), change), Qt::LeftButton);
    QVERIFY(messageShown(ui, change));
    QVERIFY(ui.text(QStringLiteral("errorLabel"), change).contains(QStringLiteral("differ")));
    QTest::keyClicks(ui.find<QLineEdit>(QStringLiteral("confirmPasswordEdit"), change), QStringLiteral("a"));
    QVERIFY(!messageShown(ui, change));
    change->reject();

    // The lock screen: a wrong password, then the user types again.
    ui.find<QAction>(QStringLiteral("lockAction"))->trigger();
    QWidget* lockScreen = ui.find(QStringLiteral("lockScreen"));
    QTRY_VERIFY(lockScreen->isVisible() && ui.find<QLineEdit>(QStringLiteral("passwordEdit"), lockScreen)->isEnabled());
    QTest::keyClicks(ui.find<QLineEdit>(QStringLiteral("passwordEdit"), lockScreen), QStringLiteral("wrong one"));
    QTest::mouseClick(ui.find<QPushButton>(QStringLiteral("unlockButton"), lockScreen), Qt::LeftButton);
    QTRY_COMPARE(ui.text(QStringLiteral("errorLabel"), lockScreen), wrongCredentialsMessage());
    QVERIFY(messageShown(ui, lockScreen));
    QTest::keyClicks(ui.find<QLineEdit>(QStringLiteral("passwordEdit"), lockScreen), QStringLiteral("a"));
    QVERIFY(!messageShown(ui, lockScreen));

    // Enrolling: the confirmation differs, then is typed again.
    ui::VaultWorker worker(*ui.vault);
    ui::EnrolDialog enrol(worker, {QStringLiteral("analyst1")}, ui.window.get());
    enrol.open();
    QVERIFY(QTest::qWaitForWindowExposed(&enrol));
    QVERIFY(!messageShown(ui, &enrol, QStringLiteral("enrolError")));
    QTest::keyClicks(ui.find<QLineEdit>(QStringLiteral("enrolPasswordEdit"), &enrol),
                     QStringLiteral("a long first password"));
    QTest::keyClicks(ui.find<QLineEdit>(QStringLiteral("enrolConfirmEdit"), &enrol), QStringLiteral("other"));
    QTest::mouseClick(ui.find<QPushButton>(QStringLiteral("enrolButton"), &enrol), Qt::LeftButton);
    QVERIFY(messageShown(ui, &enrol, QStringLiteral("enrolError")));
    QTest::keyClicks(ui.find<QLineEdit>(QStringLiteral("enrolConfirmEdit"), &enrol), QStringLiteral("x"));
    QVERIFY(!messageShown(ui, &enrol, QStringLiteral("enrolError")));
}

void ShellTest::languageMenuSavesTheChoiceForTheNextStart()
{
    QString saved = QStringLiteral("en");
    bool refuse = false;
    QWidget window;
    ui::LanguageMenu menu([&] { return saved; },
                          [&](const QString& language) {
                              if (refuse)
                                  throw Error(ErrorKind::Other, QStringLiteral("settings.ini: read-only file"));
                              saved = language;
                          },
                          &window);
    const auto action = [&](const char* name) { return menu.findChild<QAction*>(QString::fromLatin1(name)); };
    QAction* system = action("languageSystemAction");
    QAction* french = action("languageFrenchAction");
    QAction* english = action("languageEnglishAction");
    QVERIFY(system && french && english);
    QVERIFY(system->text().remove(QLatin1Char('&')).startsWith(QStringLiteral("System")));
    QCOMPARE(french->text().remove(QLatin1Char('&')), QStringLiteral("Français"));
    QCOMPARE(english->text().remove(QLatin1Char('&')), QStringLiteral("English"));
    QVERIFY(english->isChecked() && !french->isChecked() && !system->isChecked());
    QAction* note = action("languageNoteAction");
    QVERIFY(note && !note->isEnabled() && note->text().contains(QStringLiteral("next time")));

    french->trigger();
    QCOMPARE(saved, QStringLiteral("fr"));
    QVERIFY(french->isChecked() && !english->isChecked());
    auto* told = window.findChild<QMessageBox*>(QStringLiteral("languageSavedDialog"));
    QVERIFY(told && told->isVisible());
    QVERIFY2(told->text().contains(QStringLiteral("next time")), qPrintable(told->text()));
    told->accept();

    // Saved elsewhere meanwhile: the menu shows what is saved when it opens.
    saved.clear();
    QMetaObject::invokeMethod(&menu, "aboutToShow");
    QVERIFY(system->isChecked());

    // A refusal says why, and the menu keeps showing what is saved.
    saved = QStringLiteral("fr");
    QMetaObject::invokeMethod(&menu, "aboutToShow");
    refuse = true;
    english->trigger();
    QCOMPARE(saved, QStringLiteral("fr"));
    QVERIFY(french->isChecked() && !english->isChecked());
    auto* refused = window.findChild<QMessageBox*>(QStringLiteral("languageErrorDialog"));
    QVERIFY(refused && refused->isVisible());
    QVERIFY(refused->text().contains(QStringLiteral("read-only")));
}

void ShellTest::languageMenuIsInTheSessionMenuSignedOutToo()
{
    UiFixture ui;
    QVERIFY(ui.start());
    QVERIFY(ui.waitForDialog(QStringLiteral("signInDialog")));
    auto* language = ui.find<QMenu>(QStringLiteral("languageMenu"));
    QVERIFY(language);
    QVERIFY(language->menuAction()->isEnabled());
    bool inSessionMenu = false;
    for (QAction* top : ui.window->menuBar()->actions()) {
        if (top->menu() && top->menu()->actions().contains(language->menuAction()))
            inSessionMenu = top->text().remove(QLatin1Char('&')) == QStringLiteral("Session");
    }
    QVERIFY(inSessionMenu);
}

QTEST_MAIN(ShellTest)
#include "tst_ui_shell.moc"
