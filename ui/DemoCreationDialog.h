#pragma once

#include "VaultWorker.h"
#include "crypto/SecureBuffer.h"

#include <QDialog>

#include <memory>

class QLabel;
class QProgressBar;

namespace ecluse {
class Vault;
}

namespace ecluse::ui {

// Builds a demo workstation in an empty vault folder (`ecluse --demo` on first start): demo
// accounts sharing one generated password, and synthetic data imported through the real path.
// Runs core's DemoWorkstation on a worker while it shows each step, then leaves the vault locked:
// the demo is entered through the sign-in like any vault. Accepted once created; rejected with
// error() if core refused or failed. It cannot be cancelled: half a demo vault is no use.
class DemoCreationDialog : public QDialog
{
    Q_OBJECT

public:
    // The vault must exist as an object, not yet on disk, and outlive the dialog.
    DemoCreationDialog(Vault& vault, qint64 rows, QWidget* parent = nullptr);

    // Once accepted: the password of every demo account, and the vault's recovery key.
    const SecureBuffer& password() const { return *m_password; }
    const SecureBuffer& recoveryKey() const { return *m_recoveryKey; }
    // Once rejected: core's message.
    const QString& error() const { return m_error; }

    void reject() override;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void create();
    void showStep(const QString& step, qint64 done, qint64 total);

    VaultWorker m_worker;
    qint64 m_rows;
    std::shared_ptr<const SecureBuffer> m_password;
    std::shared_ptr<const SecureBuffer> m_recoveryKey;
    QString m_error;
    QLabel* m_step;
    QProgressBar* m_progress;
    bool m_started = false;
    bool m_working = false;
};

} // namespace ecluse::ui
