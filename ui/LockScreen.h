#pragma once

#include "Session.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ecluse::ui {

class VaultWorker;

// What the window shows while locked: no data, only who holds the session and a way back in
// with that user's password, or out so that someone else can sign in.
class LockScreen : public QWidget
{
    Q_OBJECT

public:
    explicit LockScreen(VaultWorker& worker, QWidget* parent = nullptr);

    // Starts over for a session of user: empty password, no error, and why it locked if not by
    // the user's own hand (a user coming back to a locked screen wants to know).
    void lockFor(const QString& user, const QString& reason = {});

Q_SIGNALS:
    void unlocked(const ecluse::ui::Session& session);
    void signOutRequested();

private:
    void unlock();
    void setWorking(bool working);

    VaultWorker& m_worker;
    QString m_user;
    QLabel* m_title;
    QLabel* m_reason;
    QLineEdit* m_password;
    QPushButton* m_unlock;
    QPushButton* m_signOut;
    QLabel* m_error;
    bool m_working = false;
};

} // namespace ecluse::ui
