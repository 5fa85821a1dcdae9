#pragma once

#include <QDialog>
#include <QStringList>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ecluse::ui {

class VaultWorker;

// The administrator gives a key slot to someone the habilitation in force names and who has none
// yet, with a first password they will change. Core (Vault::enrol) checks the manifest and audits.
class EnrolDialog : public QDialog
{
    Q_OBJECT

public:
    // `candidates`: the manifest's users without an account.
    EnrolDialog(VaultWorker& worker, const QStringList& candidates, QWidget* parent = nullptr);

Q_SIGNALS:
    void enrolled(const QString& user);

private:
    void enrol();

    VaultWorker& m_worker;
    QComboBox* m_user;
    QLineEdit* m_password;
    QLineEdit* m_confirm;
    QPushButton* m_enrol;
    QLabel* m_error;
};

} // namespace ecluse::ui
