#pragma once

#include "crypto/SecureBuffer.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;

namespace ecluse::ui {

// After a demo workstation is created, before the sign-in: the demo accounts, their password
// and the recovery key, shown this once under a DEMO banner. Like the recovery key of a real
// vault, it cannot be closed before the user says they noted them.
class DemoCredentialsDialog : public QDialog
{
    Q_OBJECT

public:
    DemoCredentialsDialog(const SecureBuffer& password, const SecureBuffer& recoveryKey, QWidget* parent = nullptr);

    void reject() override;
    void done(int result) override;

private:
    QLabel* newSecretLabel(const QString& objectName, const SecureBuffer& secret);

    QLabel* m_password;
    QLabel* m_recoveryKey;
    QCheckBox* m_noted;
    QPushButton* m_continue;
};

} // namespace ecluse::ui
