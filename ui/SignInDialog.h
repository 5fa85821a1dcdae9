#pragma once

#include "Session.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ecluse::ui {

class VaultWorker;

// Asks for a user name and password and unlocks the vault as that user. Closes itself once
// signed in; on failure it stays open with core's message ("wrong user or password").
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(VaultWorker& worker, QWidget* parent = nullptr);

    void setUser(const QString& user);
    void reject() override;

Q_SIGNALS:
    void signedIn(const ecluse::ui::Session& session);

private:
    void signIn();
    void setWorking(bool working);

    VaultWorker& m_worker;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QPushButton* m_signIn;
    QLabel* m_error;
    bool m_working = false;
};

} // namespace ecluse::ui
