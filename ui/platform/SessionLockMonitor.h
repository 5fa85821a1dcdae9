#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <QtGui/qwindowdefs.h>

#include <memory>

class QDBusConnection;
class QDBusMessage;
// The private D-Bus slots take a QDBusMessage; moc's code needs the full type, the header does not.
Q_MOC_INCLUDE(<QDBusMessage>)

namespace ecluse::ui {

// Tells the application when the operating system locks the screen, switches session or
// suspends, so it can lock the vault: an unlocked vault must not outlive the user walking away,
// nor sit decrypted in memory across a suspend (where the RAM may be imaged or hibernated).
//
// Extra requests are harmless (locking is idempotent), missed ones are not: when in doubt, it asks
// to lock. One OS event may therefore give more than one lockRequested (KDE emits ActiveChanged on
// two object paths).
//
// Linux and other D-Bus desktops: the screen savers' ActiveChanged (freedesktop, GNOME), logind's
// PrepareForSleep and our logind session's Lock and Active property. Switching user goes through
// these too: the display manager locks the session (Lock or the screen saver) and logind makes it
// inactive. Windows: WTS session notifications and power broadcasts on a watched window.
class SessionLockMonitor : public QObject
{
    Q_OBJECT

public:
    enum Reason
    {
        ScreenLocked,
        SessionSwitched,
        Suspending,
    };
    Q_ENUM(Reason)

    // Listens on the given buses; a bus that is not connected is skipped (headless CI has none).
    // Tests pass a private bus as both.
    SessionLockMonitor(const QDBusConnection& sessionBus, const QDBusConnection& systemBus, QObject* parent = nullptr);
    ~SessionLockMonitor() override;

    // The user's own buses, our logind session looked up in the background, and on Windows a
    // hidden window of its own registered for session notifications. Owned by parent.
    static SessionLockMonitor* createForSystem(QObject* parent = nullptr);

    // Whether at least one source of lock events is subscribed.
    bool isListening() const;

    // The logind session whose Lock and Active changes count, e.g. /org/freedesktop/login1/session/_32.
    // Until one is known, Lock from any session is taken (locking for another's is harmless).
    void setLogindSessionPath(const QString& path);
    QString logindSessionPath() const { return m_sessionPath; }
    // Asks logind, without waiting, for the session of this process: by PID, else XDG_SESSION_ID,
    // else logind's "auto" (the user's graphical session, for a process started outside it).
    void resolveLogindSession();

    // Windows: registers this top-level window for session notifications and takes its power
    // broadcasts. Elsewhere does nothing.
    void watchWindow(WId window);

Q_SIGNALS:
    void lockRequested(ecluse::ui::SessionLockMonitor::Reason reason);

private Q_SLOTS:
    // Slots by name, because QDBusConnection::connect delivers bus signals only to those.
    void onScreenSaverActiveChanged(bool active);
    void onPrepareForSleep(bool start);
    void onSessionLock(const QDBusMessage& message);
    void onSessionPropertiesChanged(const QString& interfaceName, const QVariantMap& changed,
                                    const QStringList& invalidated, const QDBusMessage& message);

private:
    void subscribeSessionBus(const QDBusConnection& bus);
    void subscribeSystemBus(const QDBusConnection& bus);
    void askLogindSession(int step);
    void useSessionPath(const QString& path);

    class NativeFilter;
    std::unique_ptr<QDBusConnection> m_systemBus;
    std::unique_ptr<NativeFilter> m_nativeFilter;
    QString m_sessionPath;
    bool m_sessionPathGiven = false;
    int m_subscriptions = 0;
};

} // namespace ecluse::ui
