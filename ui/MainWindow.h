#pragma once

#include "Session.h"
#include "VaultWorker.h"
#include "crypto/SecureBuffer.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace ecluse {
class Vault;
}

namespace ecluse::ui {

class LockScreen;
class Workspace;

// The one window of Écluse. Signed out it shows nothing but the way in; unlocked, the workspace;
// locked, the lock screen, with the workspace and every dialog destroyed and the vault's key
// cleansed, so that nothing of the data is on screen or in memory until the same user's
// password opens the vault again.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The vault must outlive the window.
    explicit MainWindow(Vault& vault, QWidget* parent = nullptr);
    ~MainWindow() override;

    void lock();
    // Locks and forgets who was signed in, so that someone else can sign in.
    void signOut();

protected:
    void showEvent(QShowEvent* event) override;

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
    void setState(State state);
    void updateStatus();

    Vault& m_vault;
    VaultWorker m_worker;
    Session m_session;
    State m_state = State::SignedOut;
    bool m_started = false;

    QStackedWidget* m_stack;
    QWidget* m_signedOutPage = nullptr; // set in the body with m_showSignIn, its button
    QPushButton* m_showSignIn = nullptr;
    LockScreen* m_lockScreen;
    Workspace* m_workspace = nullptr;
    QPointer<QDialog> m_credentialsDialog;

    QAction* m_lockAction = nullptr;
    QAction* m_signOutAction = nullptr;
    QLabel* m_statusUser;
    QLabel* m_statusRoles;
    QLabel* m_statusFolder;
    QLabel* m_statusLock;
};

} // namespace ecluse::ui
