#pragma once

#include "VaultWorker.h"
#include "crypto/SecureBuffer.h"
#include "vault/Vault.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;

namespace ecluse::ui {

// Builds a demo workstation in a vault folder that holds none yet (`ecluse --demo` on first start):
// demo accounts sharing one generated password, and synthetic data imported through the real
// path. Runs core's DemoWorkstation on a worker while it shows each step; the vault appears in
// its folder, locked, only once complete: the demo is entered through the sign-in like any vault.
// Accepted once created; rejected with error() if core refused or failed, or when cancelled
// (Cancel, Escape, closing), after which nothing of the build is left.
class DemoCreationDialog : public QDialog
{
    Q_OBJECT

public:
    // The vault must exist as an object, not yet on disk, and outlive the dialog; the demo is
    // built with the environment it will be opened with.
    DemoCreationDialog(Vault& vault, VaultEnvironment environment, qint64 rows, QWidget* parent = nullptr);
    // Stops a build still running, which then deletes what it made.
    ~DemoCreationDialog() override;

    // Once accepted: the password of every demo account, and the vault's recovery key.
    const SecureBuffer& password() const { return *m_password; }
    const SecureBuffer& recoveryKey() const { return *m_recoveryKey; }
    // Once rejected: core's message, and whether the user cancelled.
    const QString& error() const { return m_error; }
    bool cancelled() const { return m_cancelled; }

    // While building, Escape and the close button cancel rather than hide the dialog.
    void reject() override;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void create();
    void cancel();
    void showStep(const QString& step, qint64 done, qint64 total);

    VaultWorker m_worker;
    VaultEnvironment m_environment;
    qint64 m_rows;
    std::shared_ptr<const SecureBuffer> m_password;
    std::shared_ptr<const SecureBuffer> m_recoveryKey;
    QString m_error;
    QLabel* m_step;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    std::shared_ptr<std::atomic_bool> m_cancelRequested = std::make_shared<std::atomic_bool>(false);
    bool m_started = false;
    bool m_working = false;
    bool m_cancelled = false;
};

} // namespace ecluse::ui
