#include "MainWindow.h"

#include "ClipboardOwnership.h"
#include "CreateVaultDialog.h"
#include "IdleLock.h"
#include "LanguageMenu.h"
#include "LockScreen.h"
#include "RecoveryKeyDialog.h"
#include "SessionStatusBar.h"
#include "SignInDialog.h"
#include "Workspace.h"
#include "backup/VaultBackup.h"
#include "common/Clock.h"
#include "i18n/Translations.h"
#include "platform/SessionLockMonitor.h"
#include "policy/PolicySource.h"
#include "vault/Vault.h"

#include <QAction>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>
#include <utility>

namespace ecluse::ui {
namespace {

constexpr int habilitationPollMs = 30 * 1000;

QString lockReason(SessionLockMonitor::Reason reason)
{
    switch (reason) {
    case SessionLockMonitor::ScreenLocked:
        return MainWindow::tr("Locked because the screen was locked.");
    case SessionLockMonitor::SessionSwitched:
        return MainWindow::tr("Locked because the desktop session was switched or disconnected.");
    case SessionLockMonitor::Suspending:
        return MainWindow::tr("Locked because the computer went to sleep.");
    }
    return {};
}

} // namespace

MainWindow::MainWindow(Vault& vault, const LoadedPolicy& policy, QWidget* parent)
    : QMainWindow(parent)
    , m_vault(vault)
    , m_policy(policy)
    , m_worker(vault)
    , m_demoBanner(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_lockScreen(new LockScreen(m_worker, m_stack))
    , m_status(new SessionStatusBar(vault.folder(), m_policy.policy, this))
    , m_idleLock(new IdleLock(vault.clock(), qint64{m_policy.policy.idleLockMinutes} * 60, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Écluse"));
    resize(1100, 700);

    m_signedOutPage = newSignedOutPage();
    m_stack->addWidget(m_signedOutPage);
    m_stack->addWidget(m_lockScreen);
    m_demoBanner->setObjectName(QStringLiteral("demoBanner"));
    m_demoBanner->setText(tr("DEMO — demonstration data only"));
    m_demoBanner->setAlignment(Qt::AlignCenter);
    m_demoBanner->setStyleSheet(
        QStringLiteral("QLabel { background: #f9a825; color: black; font-weight: bold; padding: 6px; }"));
    m_demoBanner->hide();
    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_demoBanner);
    centralLayout->addWidget(m_stack, 1);
    setCentralWidget(central);
    statusBar()->addPermanentWidget(m_status);

    m_habilitationPoll.setInterval(habilitationPollMs);
    m_habilitationEnd.setSingleShot(true);
    m_habilitationEnd.setTimerType(Qt::PreciseTimer);

    createActions();
    connect(m_lockScreen, &LockScreen::unlocked, this, &MainWindow::enterWorkspace);
    connect(m_lockScreen, &LockScreen::signOutRequested, this, &MainWindow::signOut);
    connect(m_idleLock, &IdleLock::countdown, this, &MainWindow::showIdleCountdown);
    connect(m_idleLock, &IdleLock::expired, this, [this] {
        const int minutes = m_policy.policy.idleLockMinutes;
        lockBecause(tr("Locked after %n minute(s) without activity.", nullptr, minutes));
    });
    connect(&m_habilitationPoll, &QTimer::timeout, this, &MainWindow::checkHabilitation);
    connect(&m_habilitationEnd, &QTimer::timeout, this, &MainWindow::checkHabilitation);
    connect(&m_worker, &VaultWorker::busyChanged, this, [this](bool busy) {
        if (busy)
            statusBar()->showMessage(tr("Working…"));
        else
            statusBar()->clearMessage();
    });
    setState(State::SignedOut);
}

MainWindow::~MainWindow()
{
    // No window, no open vault and none of its content on the clipboard: they go with the last
    // thing that could show the data.
    clearIfEcluse(QGuiApplication::clipboard());
    m_worker.runFirst([](Vault& vault) { vault.lock(); });
}

void MainWindow::createActions()
{
    m_lockAction = new QAction(tr("&Lock"), this);
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_lockAction, &QAction::triggered, this, &MainWindow::lock);

    m_changePasswordAction = new QAction(tr("Change my &password…"), this);
    m_changePasswordAction->setObjectName(QStringLiteral("changePasswordAction"));
    connect(m_changePasswordAction, &QAction::triggered, this, [this] {
        if (m_workspace)
            m_workspace->changePassword();
    });

    m_signOutAction = new QAction(tr("Sign &out"), this);
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    connect(m_signOutAction, &QAction::triggered, this, &MainWindow::signOut);

    auto* quit = new QAction(tr("&Quit"), this);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    // The language is the computer user's, not the vault user's: offered signed out too.
    auto* language =
        new LanguageMenu([] { return readLanguagePreference(userSettingsPath()); },
                         [](const QString& chosen) { writeLanguagePreference(userSettingsPath(), chosen); }, this);

    QMenu* session = menuBar()->addMenu(tr("&Session"));
    session->addAction(m_changePasswordAction);
    session->addMenu(language);
    session->addSeparator();
    session->addAction(m_lockAction);
    session->addAction(m_signOutAction);
    session->addSeparator();
    session->addAction(quit);
    // Also on the window itself, so that the shortcuts work whatever has the focus.
    addActions({m_lockAction, m_signOutAction, quit});
}

QWidget* MainWindow::newSignedOutPage()
{
    auto* page = new QWidget(m_stack);
    page->setObjectName(QStringLiteral("signedOutPage"));
    auto* title = new QLabel(tr("Signed out"), page);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    title->setFont(titleFont);
    m_signedOutNotice = new QLabel(page);
    m_signedOutNotice->setObjectName(QStringLiteral("signedOutNotice"));
    m_signedOutNotice->setWordWrap(true);
    m_signedOutNotice->setAlignment(Qt::AlignCenter);
    m_signedOutNotice->setTextFormat(Qt::PlainText);
    m_signedOutNotice->hide();
    m_showSignIn = new QPushButton(page);
    m_showSignIn->setObjectName(QStringLiteral("showSignInButton"));
    connect(m_showSignIn, &QPushButton::clicked, this, &MainWindow::askForCredentials);

    auto* layout = new QVBoxLayout(page);
    layout->addStretch();
    layout->addWidget(title, 0, Qt::AlignHCenter);
    layout->addWidget(m_signedOutNotice, 0, Qt::AlignHCenter);
    layout->addWidget(m_showSignIn, 0, Qt::AlignHCenter);
    layout->addStretch();
    return page;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_exitBackupOffered || m_state != State::Unlocked || m_policy.policy.backupEveryDays <= 0 ||
        !m_session.may(Action::BackUpVault)) {
        QMainWindow::closeEvent(event);
        return;
    }
    event->ignore();
    m_exitBackupOffered = true;
    m_worker.run(
        this, [](Vault& vault) { return VaultBackup::isDue(vault); },
        [this](bool due) {
            if (!due) {
                close();
                return;
            }
            auto* ask = new QMessageBox(QMessageBox::Question, tr("Back up before quitting?"),
                                        tr("Your organisation asks for a backup every %n days (BackupEveryDays), and "
                                           "the last one is older. Back up the vault now?",
                                           nullptr, m_policy.policy.backupEveryDays),
                                        QMessageBox::Yes | QMessageBox::No, this);
            ask->setObjectName(QStringLiteral("backupOnExitDialog"));
            ask->setAttribute(Qt::WA_DeleteOnClose);
            connect(ask, &QMessageBox::finished, this, [this](int answer) {
                if (answer != QMessageBox::Yes) {
                    close();
                    return;
                }
                m_worker.run(
                    this, [](Vault& vault) { VaultBackup(vault).create(); }, [this] { close(); },
                    [this](const QString& message) {
                        // Stays open to say so; quitting again lets it go.
                        auto* failed =
                            new QMessageBox(QMessageBox::Warning, tr("Not backed up"), message, QMessageBox::Ok, this);
                        failed->setObjectName(QStringLiteral("backupOnExitFailedDialog"));
                        failed->setAttribute(Qt::WA_DeleteOnClose);
                        failed->open();
                    });
            });
            ask->open();
        },
        [this](const QString&) { close(); });
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (m_started)
        return;
    m_started = true;
    // Once the window is on screen, so that the dialog has something to sit on.
    QTimer::singleShot(0, this, &MainWindow::askForCredentials);
}

void MainWindow::askForCredentials()
{
    if (m_state != State::SignedOut || m_credentialsDialog)
        return;
    if (m_vault.exists())
        openSignIn();
    else
        openCreateVault();
}

void MainWindow::openSignIn()
{
    auto* dialog = new SignInDialog(m_worker, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SignInDialog::signedIn, this, &MainWindow::enterWorkspace);
    m_credentialsDialog = dialog;
    dialog->open();
}

void MainWindow::openCreateVault()
{
    auto* dialog = new CreateVaultDialog(m_worker, m_vault.folder(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CreateVaultDialog::created, this, &MainWindow::showRecoveryKey);
    m_credentialsDialog = dialog;
    dialog->open();
}

void MainWindow::showRecoveryKey(const Session& session, const std::shared_ptr<const SecureBuffer>& recoveryKey)
{
    auto* dialog = new RecoveryKeyDialog(*recoveryKey, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, session] { enterWorkspace(session); });
    dialog->open();
}

void MainWindow::watch(SessionLockMonitor* monitor)
{
    connect(monitor, &SessionLockMonitor::lockRequested, this,
            [this](SessionLockMonitor::Reason reason) { lockBecause(lockReason(reason)); });
}

void MainWindow::enterWorkspace(const Session& session)
{
    m_session = session;
    showDemo(m_demo || session.demo);
    m_signedOutNotice->clear();
    m_signedOutNotice->hide();
    // Once only, and only for the user who locked: anyone else starts afresh.
    const std::optional<WorkspaceState> kept = std::exchange(m_keptState, std::nullopt);
    const bool resume = kept && m_keptFor == session.user;
    m_keptFor.clear();
    m_workspace = new Workspace(m_worker, session, m_policy, resume ? *kept : WorkspaceState{}, m_stack);
    m_stack->addWidget(m_workspace);
    setState(State::Unlocked);
    startSessionTimers();
}

void MainWindow::startSessionTimers()
{
    m_idleLock->arm();
    m_habilitationPoll.start();
    if (m_session.validUntil.isValid()) {
        // QTimer takes an int: ends more than 24 days away are left to the poll.
        const qint64 msLeft = m_vault.clock().nowUtc().msecsTo(m_session.validUntil);
        m_habilitationEnd.start(static_cast<int>(std::clamp<qint64>(msLeft, 0, std::numeric_limits<int>::max())));
    }
}

void MainWindow::leaveWorkspace()
{
    // Dialogs first: they may show data or hold a half-typed password. done() rather than
    // reject(), which some dialogs refuse while busy.
    QList<QPointer<QDialog>> dialogs;
    for (QDialog* dialog : findChildren<QDialog*>())
        dialogs << dialog;
    for (const QPointer<QDialog>& dialog : dialogs) {
        if (QDialog* open = dialog.data(); open && open->isVisible())
            open->done(QDialog::Rejected);
    }
    if (m_workspace) {
        m_stack->removeWidget(m_workspace);
        delete m_workspace; // now, not later: with it go its pages and their models
        m_workspace = nullptr;
    }
}

// What locking and signing out share: nothing of the session stays on screen, on the clipboard
// or in the vault's memory.
void MainWindow::closeSession()
{
    m_idleLock->disarm();
    m_habilitationPoll.stop();
    m_habilitationEnd.stop();
    leaveWorkspace();
    clearIfEcluse(QGuiApplication::clipboard());
    // At once, or as soon as the job that holds the vault ends: its result goes nowhere now.
    m_worker.runFirst([](Vault& vault) { vault.lock(); });
}

void MainWindow::lock()
{
    lockBecause({});
}

void MainWindow::lockBecause(const QString& reason)
{
    if (m_state != State::Unlocked)
        return;
    if (m_workspace) {
        m_keptState = m_workspace->state();
        m_keptFor = m_session.user;
    }
    closeSession();
    m_lockScreen->lockFor(m_session.user, reason);
    setState(State::Locked);
}

void MainWindow::signOut()
{
    signOutBecause({});
}

void MainWindow::signOutBecause(const QString& notice)
{
    if (m_state == State::SignedOut)
        return;
    closeSession();
    m_session = {};
    m_keptState.reset();
    m_keptFor.clear();
    m_signedOutNotice->setText(notice);
    m_signedOutNotice->setVisible(!notice.isEmpty());
    setState(State::SignedOut);
    // After a sign-out the user did not ask for, the notice stays in view until they choose to
    // sign in again; a dialog would cover it.
    if (notice.isEmpty())
        askForCredentials();
}

void MainWindow::checkIdle()
{
    m_idleLock->check();
}

void MainWindow::checkHabilitation()
{
    // One check at a time: behind a long job (a verification), polls would otherwise pile up.
    if (m_state != State::Unlocked || m_checkingHabilitation)
        return;
    m_checkingHabilitation = true;
    m_worker.run(
        this, [](Vault& vault) { return vault.endSessionIfExpired(); },
        [this, session = m_session](bool ended) {
            m_checkingHabilitation = false;
            if (!ended)
                return;
            // Core has locked the vault and audited why; the window follows, whatever it shows.
            const QString who = session.displayName.isEmpty() || session.displayName == session.user
                                    ? session.user
                                    : tr("%1 (%2)").arg(session.displayName, session.user);
            signOutBecause(tr("The habilitation of %1 ended on %2; you have been signed out.")
                               .arg(who, habilitationDay(session.validUntil)));
        },
        [this](const QString& message) {
            m_checkingHabilitation = false;
            qWarning("ecluse: habilitation check failed: %s", qUtf8Printable(message));
        });
}

void MainWindow::showIdleCountdown(qint64 secondsLeft, bool warning)
{
    m_status->showIdleCountdown(secondsLeft, warning);
    if (!m_workspace)
        return;
    if (warning)
        m_workspace->showIdleWarning(secondsLeft);
    else
        m_workspace->hideIdleWarning();
}

void MainWindow::showDemo(bool demo)
{
    m_demo = demo;
    m_demoBanner->setVisible(demo);
    // Qt's title bar adds the application's display name unless the title ends with it.
    const QString name = tr("Écluse");
    //: Window title of a demo workstation: keep %1, the application's name, at the end, or title bars show it twice.
    setWindowTitle(demo ? tr("DEMO — %1").arg(name) : name);
}

void MainWindow::setState(State state)
{
    m_state = state;
    switch (state) {
    case State::SignedOut:
        m_showSignIn->setText(m_vault.exists() ? tr("Sign in…") : tr("Create a vault…"));
        m_stack->setCurrentWidget(m_signedOutPage);
        break;
    case State::Locked:
        m_stack->setCurrentWidget(m_lockScreen);
        break;
    case State::Unlocked:
        m_stack->setCurrentWidget(m_workspace);
        break;
    }
    m_lockAction->setEnabled(state == State::Unlocked);
    m_changePasswordAction->setEnabled(state == State::Unlocked);
    m_signOutAction->setEnabled(state != State::SignedOut);
    m_status->showSession(m_session, state == State::Unlocked);
}

} // namespace ecluse::ui
