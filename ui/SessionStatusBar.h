#pragma once

#include "Session.h"
#include "policy/Policy.h"

#include <QWidget>

class QLabel;

namespace ecluse::ui {

class ElidedLabel;

// The day a habilitation ends, as the status bar and the sign-out notice show it.
QString habilitationDay(const QDateTime& validUntil);

// The status bar's account of the session, always in view: who is signed in and until when, how
// long before the idle lock, what may leave through the clipboard and exports, which vault, and
// whether it is locked. Short words, with the detail in each one's tooltip, so that all of it fits
// the window's default width in French; the name and the folder give way first, with an ellipsis.
class SessionStatusBar : public QWidget
{
    Q_OBJECT

public:
    SessionStatusBar(const QString& folder, const Policy& policy, QWidget* parent = nullptr);

    // session is empty when signed out.
    void showSession(const Session& session, bool unlocked);
    // Prominent in the warning period, so that it is seen from the corner of an eye.
    void showIdleCountdown(qint64 secondsLeft, bool warning);

private:
    QLabel* newLabel(const QString& objectName);

    ElidedLabel* m_user;
    QLabel* m_roles;
    QLabel* m_validity;
    QLabel* m_idle;
    QLabel* m_rules;
    ElidedLabel* m_folder;
    QLabel* m_lock;
    bool m_warning = false;
};

} // namespace ecluse::ui
