#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ecluse::ui {

class VaultWorker;

// Changes the signed-in user's own password: the current one proves it is them. The rules are
// shown before the first attempt; a refusal clears only the field that was wrong.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ChangePasswordDialog(VaultWorker& worker, QWidget* parent = nullptr);

    void reject() override;

private:
    void change();
    void setWorking(bool working);

    VaultWorker& m_worker;
    QLineEdit* m_old;
    QLineEdit* m_new;
    QLineEdit* m_confirm;
    QPushButton* m_change;
    QLabel* m_rules;
    QLabel* m_error;
    bool m_working = false;
};

} // namespace ecluse::ui
