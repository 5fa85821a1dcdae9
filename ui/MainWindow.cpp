#include "MainWindow.h"

#include "CreateVaultDialog.h"
#include "LockScreen.h"
#include "RecoveryKeyDialog.h"
#include "SignInDialog.h"
#include "Workspace.h"
#include "vault/Vault.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace ecluse::ui {

MainWindow::MainWindow(Vault& vault, QWidget* parent)
    : QMainWindow(parent)
    , m_vault(vault)
    , m_worker(vault)
    , m_stack(new QStackedWidget(this))
    , m_lockScreen(new LockScreen(m_worker, m_stack))
    , m_statusUser(new QLabel(this))
    , m_statusRoles(new QLabel(this))
    , m_statusFolder(new QLabel(this))
    , m_statusLock(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Écluse"));
    resize(1100, 700);

    m_signedOutPage = newSignedOutPage();
    m_stack->addWidget(m_signedOutPage);
    m_stack->addWidget(m_lockScreen);
    setCentralWidget(m_stack);

    m_statusUser->setObjectName(QStringLiteral("statusUser"));
    m_statusRoles->setObjectName(QStringLiteral("statusRoles"));
    m_statusFolder->setObjectName(QStringLiteral("statusFolder"));
    m_statusLock->setObjectName(QStringLiteral("statusLock"));
    for (QLabel* label : {m_statusUser, m_statusRoles, m_statusFolder, m_statusLock}) {
        label->setContentsMargins(8, 0, 8, 0);
        statusBar()->addPermanentWidget(label);
    }

    createActions();
    connect(m_lockScreen, &LockScreen::unlocked, this, &MainWindow::enterWorkspace);
    connect(m_lockScreen, &LockScreen::signOutRequested, this, &MainWindow::signOut);
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
    // No window, no open vault: the key goes with the last thing that could show its data.
    m_worker.runFirst([](Vault& vault) { vault.lock(); });
}

void MainWindow::createActions()
{
    m_lockAction = new QAction(tr("&Lock"), this);
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_lockAction, &QAction::triggered, this, &MainWindow::lock);

    m_signOutAction = new QAction(tr("Sign &out"), this);
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    connect(m_signOutAction, &QAction::triggered, this, &MainWindow::signOut);

    auto* quit = new QAction(tr("&Quit"), this);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu* session = menuBar()->addMenu(tr("&Session"));
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
    m_showSignIn = new QPushButton(page);
    m_showSignIn->setObjectName(QStringLiteral("showSignInButton"));
    connect(m_showSignIn, &QPushButton::clicked, this, &MainWindow::askForCredentials);

    auto* layout = new QVBoxLayout(page);
    layout->addStretch();
    layout->addWidget(title, 0, Qt::AlignHCenter);
    layout->addWidget(m_showSignIn, 0, Qt::AlignHCenter);
    layout->addStretch();
    return page;
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

void MainWindow::enterWorkspace(const Session& session)
{
    m_session = session;
    m_workspace = new Workspace(m_worker, session, m_stack);
    m_stack->addWidget(m_workspace);
    setState(State::Unlocked);
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

void MainWindow::lock()
{
    if (m_state != State::Unlocked)
        return;
    leaveWorkspace();
    m_lockScreen->lockFor(m_session.user);
    setState(State::Locked);
    // At once, or as soon as the job that holds the vault ends: its result goes nowhere now.
    m_worker.runFirst([](Vault& vault) { vault.lock(); });
}

void MainWindow::signOut()
{
    if (m_state == State::SignedOut)
        return;
    leaveWorkspace();
    m_worker.runFirst([](Vault& vault) { vault.lock(); });
    m_session = {};
    setState(State::SignedOut);
    askForCredentials();
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
    m_signOutAction->setEnabled(state != State::SignedOut);
    updateStatus();
}

void MainWindow::updateStatus()
{
    const bool signedIn = m_session.isSignedIn();
    m_statusUser->setText(signedIn ? tr("User: %1").arg(m_session.user) : tr("Signed out"));
    m_statusRoles->setText(signedIn ? tr("Roles: %1").arg(m_session.roles.join(QStringLiteral(", "))) : QString());
    m_statusFolder->setText(tr("Vault: %1").arg(m_vault.folder()));
    m_statusLock->setText(m_state == State::Unlocked ? tr("Unlocked") : tr("Locked"));
}

} // namespace ecluse::ui
