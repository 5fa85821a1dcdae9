#include "SessionStatusBar.h"

#include "ElidedLabel.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>

#include <algorithm>

namespace ecluse::ui {
namespace {

constexpr int labelMargin = 6;
constexpr int maximumWholeName = 260; // px
// The folder is a reminder, whole in its tooltip: at most this wide, which leaves the status bar
// room on the left for the window's passing messages ("Working…").
constexpr int maximumFolderWidth = 240; // px

QString clipboardWord(ClipboardMode mode)
{
    switch (mode) {
    case ClipboardMode::Deny:
        //: Status bar, after "Copy:": the policy lets nothing leave through the clipboard.
        return SessionStatusBar::tr("no", "clipboard mode");
    case ClipboardMode::PublishedOnly:
        //: Status bar, after "Copy:": only cells that passed disclosure control may be copied.
        return SessionStatusBar::tr("published", "clipboard mode");
    }
    return {};
}

QString exportWord(ExportMode mode)
{
    switch (mode) {
    case ExportMode::Deny:
        //: Status bar, after "Export:": the policy lets nothing be exported.
        return SessionStatusBar::tr("no", "export mode");
    case ExportMode::PublishedOnly:
        //: Status bar, after "Export:": only cells that passed disclosure control, into allowed folders.
        return SessionStatusBar::tr("published", "export mode");
    }
    return {};
}

} // namespace

QString habilitationDay(const QDateTime& validUntil)
{
    return validUntil.toLocalTime().date().toString(Qt::ISODate);
}

SessionStatusBar::SessionStatusBar(const QString& folder, const Policy& policy, QWidget* parent)
    : QWidget(parent)
    , m_user(new ElidedLabel(QStringLiteral("statusUser"), Qt::ElideRight, this))
    , m_roles(newLabel(QStringLiteral("statusRoles")))
    , m_validity(newLabel(QStringLiteral("statusValidity")))
    , m_idle(newLabel(QStringLiteral("statusIdle")))
    , m_rules(newLabel(QStringLiteral("statusRules")))
    , m_folder(new ElidedLabel(QStringLiteral("statusFolder"), Qt::ElideMiddle, this))
    , m_lock(newLabel(QStringLiteral("statusLock")))
{
    setObjectName(QStringLiteral("sessionStatus"));
    m_user->setContentsMargins(labelMargin, 0, labelMargin, 0);
    m_folder->setContentsMargins(labelMargin, 0, labelMargin, 0);
    //: Status bar: what the clipboard (Copy) and exports may take out of Écluse, in one or two words each.
    m_rules->setText(
        tr("Copy: %1 · Export: %2").arg(clipboardWord(policy.clipboardMode), exportWord(policy.exportMode)));
    m_rules->setToolTip(tr("What managed policy lets leave Écluse: clipboard (ClipboardMode) %1, exports (ExportMode) "
                           "%2. The Policy page lists every rule.")
                            .arg(clipboardModeName(policy.clipboardMode), exportModeName(policy.exportMode)));
    m_idle->setToolTip(tr("Écluse locks after %n minute(s) without activity.", nullptr, policy.idleLockMinutes));
    const QString nativeFolder = QDir::toNativeSeparators(folder);
    m_folder->setFullText(tr("Vault: %1").arg(nativeFolder));
    m_folder->setToolTip(tr("Vault folder: %1").arg(nativeFolder));
    m_folder->setMaximumWidth(maximumFolderWidth);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    // The name and the folder give way when the window is narrow; the rest is short and always whole.
    for (QLabel* label :
         {static_cast<QLabel*>(m_user), m_roles, m_validity, m_idle, m_rules, static_cast<QLabel*>(m_folder), m_lock})
        layout->addWidget(label);
    showSession({}, false);
}

QLabel* SessionStatusBar::newLabel(const QString& objectName)
{
    auto* label = new QLabel(this);
    label->setObjectName(objectName);
    label->setContentsMargins(labelMargin, 0, labelMargin, 0);
    label->setTextFormat(Qt::PlainText);
    label->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    return label;
}

void SessionStatusBar::showSession(const Session& session, bool unlocked)
{
    const bool signedIn = session.isSignedIn();
    const QString who = session.displayName.isEmpty() || session.displayName == session.user
                            ? session.user
                            : tr("%1 (%2)", "display name (user name)").arg(session.displayName, session.user);
    m_user->setFullText(signedIn ? who : tr("Signed out"));
    // Whole up to a point, so that the folder gives way first; a very long name is shortened too.
    m_user->setMinimumWidth(std::min(m_user->sizeHint().width(), maximumWholeName));
    m_user->setToolTip(signedIn ? tr("Signed in as %1").arg(who) : QString());
    const QString roles = session.roles.join(QStringLiteral(", "));
    m_roles->setText(roles);
    m_roles->setToolTip(tr("Roles from the habilitation in force: %1").arg(roles));
    m_roles->setVisible(signedIn);
    if (session.validUntil.isValid()) {
        //: Status bar: the last day of the user's habilitation.
        m_validity->setText(tr("Until %1").arg(habilitationDay(session.validUntil)));
        m_validity->setToolTip(
            tr("Your habilitation ends on %1: Écluse signs you out then.").arg(habilitationDay(session.validUntil)));
    } else {
        //: Status bar: the user's habilitation has no last day.
        m_validity->setText(tr("No end date"));
        m_validity->setToolTip(tr("Your habilitation has no end date."));
    }
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
