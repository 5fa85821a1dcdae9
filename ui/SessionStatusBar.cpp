#include "SessionStatusBar.h"

#include <QHBoxLayout>
#include <QLabel>

namespace ecluse::ui {

QString habilitationDay(const QDateTime& validUntil)
{
    return validUntil.toLocalTime().date().toString(Qt::ISODate);
}

SessionStatusBar::SessionStatusBar(const QString& folder, const Policy& policy, QWidget* parent)
    : QWidget(parent)
    , m_user(newLabel(QStringLiteral("statusUser")))
    , m_roles(newLabel(QStringLiteral("statusRoles")))
    , m_validity(newLabel(QStringLiteral("statusValidity")))
    , m_idle(newLabel(QStringLiteral("statusIdle")))
    , m_rules(newLabel(QStringLiteral("statusRules")))
    , m_folder(newLabel(QStringLiteral("statusFolder")))
    , m_lock(newLabel(QStringLiteral("statusLock")))
{
    setObjectName(QStringLiteral("sessionStatus"));
    m_rules->setText(tr("Clipboard: %1 · Export: %2")
                         .arg(clipboardModeName(policy.clipboardMode), exportModeName(policy.exportMode)));
    m_rules->setToolTip(tr("What managed policy lets leave Écluse; the Policy page lists every rule."));
    m_folder->setText(tr("Vault: %1").arg(folder));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QLabel* label : {m_user, m_roles, m_validity, m_idle, m_rules, m_folder, m_lock})
        layout->addWidget(label);
    showSession({}, false);
}

QLabel* SessionStatusBar::newLabel(const QString& objectName)
{
    auto* label = new QLabel(this);
    label->setObjectName(objectName);
    label->setContentsMargins(8, 0, 8, 0);
    label->setTextFormat(Qt::PlainText);
    return label;
}

void SessionStatusBar::showSession(const Session& session, bool unlocked)
{
    const bool signedIn = session.isSignedIn();
    if (!signedIn)
        m_user->setText(tr("Signed out"));
    else if (session.displayName.isEmpty() || session.displayName == session.user)
        m_user->setText(tr("User: %1").arg(session.user));
    else
        m_user->setText(tr("User: %1 (%2)").arg(session.displayName, session.user));
    m_roles->setText(signedIn ? tr("Roles: %1").arg(session.roles.join(QStringLiteral(", "))) : QString());
    m_roles->setVisible(signedIn);
    if (session.validUntil.isValid())
        m_validity->setText(tr("Habilitation until %1").arg(habilitationDay(session.validUntil)));
    else
        m_validity->setText(tr("Habilitation: no end date"));
    m_validity->setVisible(signedIn);
    m_idle->setVisible(unlocked);
    if (!unlocked)
        showIdleCountdown(0, false);
    m_lock->setText(unlocked ? tr("Unlocked") : tr("Locked"));
}

void SessionStatusBar::showIdleCountdown(qint64 secondsLeft, bool warning)
{
    m_idle->setText(tr("Locks in %1:%2").arg(secondsLeft / 60).arg(secondsLeft % 60, 2, 10, QLatin1Char('0')));
    if (warning == m_warning)
        return; // a style sheet is re-applied in full: not once a second
    m_warning = warning;
    m_idle->setStyleSheet(warning ? QStringLiteral("QLabel { background: #b3261e; color: white; font-weight: bold; }")
                                  : QString());
}

} // namespace ecluse::ui
