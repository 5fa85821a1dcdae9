#pragma once

#include "crypto/SecureBuffer.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;

namespace ecluse::ui {

// Shows the recovery key the one time it exists in the clear, right after the vault is
// created. It cannot be closed until the user says they wrote the key down.
class RecoveryKeyDialog : public QDialog
{
    Q_OBJECT

public:
    RecoveryKeyDialog(const SecureBuffer& recoveryKey, QWidget* parent = nullptr);

    void reject() override;
    void done(int result) override;

private:
    QLabel* m_key;
    QCheckBox* m_writtenDown;
    QPushButton* m_continue;
};

} // namespace ecluse::ui
