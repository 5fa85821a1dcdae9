#pragma once

#include "Session.h"
#include "VaultWorker.h"
#include "WorkspaceState.h"
#include "crypto/SecureBuffer.h"
#include "policy/PolicyLoader.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace ecluse {
class Vault;
}

namespace ecluse::ui {

class IdleLock;
class LockScreen;
class SessionLockMonitor;
class SessionStatusBar;
class Workspace;

// The one window of Écluse. Signed out it shows nothing but the way in; unlocked, the workspace;
// locked, the lock screen, with the workspace and every dialog destroyed, Écluse's content taken
// off the clipboard and the vault's key cleansed, so that nothing of the data is on screen or in
// memory until the same user's password opens the vault again. It locks by itself when input
// stops for the policy's delay, and signs out when the user's habilitation ends.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The vault must outlive the window. policy is the one the vault was built with: its rules set
    // the idle delay and the status bar, its entries the policy page.
    MainWindow(Vault& vault, const LoadedPolicy& policy, QWidget* parent = nullptr);
    ~MainWindow() override;

    void lock();
    // Locks and forgets who was signed in, so that someone else can sign in.
    void signOut();
    // Locks whenever the monitor asks: screen locked, session switched, system suspending.
    void watch(SessionLockMonitor* monitor);

    // What the timers do, each second and every 30 s. Public so that tests move the vault's clock
    // and call them rather than wait.
    void checkIdle();
    void checkHabilitation();

protected:
    void showEvent(QShowEvent* event) override;
    // An administrator quitting while BackupEveryDays asks for a backup is offered one first.
    void closeEvent(QCloseEvent* event) override;

private:
    enum class State
    {
        SignedOut,
        Unlocked,
        Locked,
    };

    void createActions();
    QWidget* newSignedOutPage();
    void askForCredentials();
    void openSignIn();
    void openCreateVault();
    void showRecoveryKey(const Session& session, const std::shared_ptr<const SecureBuffer>& recoveryKey);
    void enterWorkspace(const Session& session);
    void leaveWorkspace();
    void closeSession();
    void lockBecause(const QString& reason);
    void signOutBecause(const QString& notice);
    void startSessionTimers();
    void showIdleCountdown(qint64 secondsLeft, bool warning);
    void setState(State state);
    void showDemo(bool demo);

    Vault& m_vault;
    const LoadedPolicy m_policy;
    VaultWorker m_worker;
    Session m_session;
    State m_state = State::SignedOut;
    bool m_started = false;
    bool m_checkingHabilitation = false;
    bool m_exitBackupOffered = false; // once per quit: a refusal or a failure lets the next close through
    // Learnt at the first unlock and kept: the folder is a demo vault whoever signs in or out.
    bool m_demo = false;

    QLabel* m_demoBanner;
    QStackedWidget* m_stack;
    QWidget* m_signedOutPage = nullptr; // set in the body with m_showSignIn, its button
    QPushButton* m_showSignIn = nullptr;
    QLabel* m_signedOutNotice = nullptr;
    LockScreen* m_lockScreen;
    Workspace* m_workspace = nullptr;
    // Where the user was when the session locked, for the unlock to take them back: parameters
    // only, kept for that user alone and forgotten when they sign out.
    std::optional<WorkspaceState> m_keptState;
    QString m_keptFor;
    QPointer<QDialog> m_credentialsDialog;

    QAction* m_lockAction = nullptr;
    QAction* m_changePasswordAction = nullptr;
    QAction* m_signOutAction = nullptr;
    SessionStatusBar* m_status;
    IdleLock* m_idleLock;
    // Every 30 s, since a timer set for a day weeks away drifts and stops during a suspend; and
    // once at the exact end, so that a session does not outlast its habilitation by 30 s.
    QTimer m_habilitationPoll;
    QTimer m_habilitationEnd;
};

} // namespace ecluse::ui
