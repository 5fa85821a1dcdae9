#pragma once

#include "Session.h"
#include "crypto/SecureBuffer.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ecluse::ui {

class VaultWorker;

// First start on a folder without a vault: names the first administrator, sets their password
// and creates the vault, which is then open as them.
class CreateVaultDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CreateVaultDialog(VaultWorker& worker, const QString& folder, QWidget* parent = nullptr);

    void reject() override;

Q_SIGNALS:
    // recoveryKey is the printable key, to be shown once and then dropped.
    void created(const ecluse::ui::Session& session, const std::shared_ptr<const ecluse::SecureBuffer>& recoveryKey);

private:
    void create();
    void setWorking(bool working);

    VaultWorker& m_worker;
    QLineEdit* m_admin;
    QLineEdit* m_password;
    QLineEdit* m_confirm;
    QPushButton* m_create;
    QLabel* m_error;
    bool m_working = false;
};

} // namespace ecluse::ui
