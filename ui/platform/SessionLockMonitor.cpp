#include "platform/SessionLockMonitor.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

#ifdef Q_OS_WIN
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <QAbstractNativeEventFilter>
#include <QGuiApplication>
#include <QWindow>
#include <windows.h>
#include <wtsapi32.h>
#endif

namespace ecluse::ui {

namespace {

const QString freedesktopScreenSaver = QStringLiteral("org.freedesktop.ScreenSaver");
const QString gnomeScreenSaver = QStringLiteral("org.gnome.ScreenSaver");
const QString login1Service = QStringLiteral("org.freedesktop.login1");
const QString login1Path = QStringLiteral("/org/freedesktop/login1");
const QString login1Manager = QStringLiteral("org.freedesktop.login1.Manager");
const QString login1Session = QStringLiteral("org.freedesktop.login1.Session");
const QString propertiesInterface = QStringLiteral("org.freedesktop.DBus.Properties");
// logind gives up on a sleep inhibitor after 5 s; a slower answer to a lookup is no answer.
constexpr int logindTimeoutMs = 5000;

} // namespace

#ifdef Q_OS_WIN

// Windows tells a window, not a process: WM_WTSSESSION_CHANGE goes to windows registered with
// WTSRegisterSessionNotification, WM_POWERBROADCAST to every top-level window.
class SessionLockMonitor::NativeFilter : public QAbstractNativeEventFilter
{
public:
    explicit NativeFilter(SessionLockMonitor& monitor)
        : m_monitor(monitor)
    {
        QCoreApplication::instance()->installNativeEventFilter(this);
    }
    ~NativeFilter() override
    {
        unwatch();
        if (QCoreApplication* app = QCoreApplication::instance())
            app->removeNativeEventFilter(this);
    }
    NativeFilter(const NativeFilter&) = delete;
    NativeFilter& operator=(const NativeFilter&) = delete;

    void watch(HWND window)
    {
        unwatch();
        m_window = window;
        // Can fail early in a log-on, before the terminal services are up; power broadcasts still
        // come, so the window stays watched.
        m_registered = WTSRegisterSessionNotification(window, NOTIFY_FOR_THIS_SESSION) != FALSE;
    }

    // A window of our own, never shown, for an application that has none to spare.
    void watchOwnWindow()
    {
        if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
            return;
        m_ownWindow = std::make_unique<QWindow>();
        m_ownWindow->setFlags(Qt::Tool | Qt::FramelessWindowHint);
        watch(reinterpret_cast<HWND>(m_ownWindow->winId()));
    }

    bool isWatching() const { return m_window != nullptr; }

    bool nativeEventFilter(const QByteArray& eventType, void* message, qintptr* result) override
    {
        Q_UNUSED(result)
        if (eventType != "windows_generic_MSG" || !m_window)
            return false;
        const MSG* msg = static_cast<const MSG*>(message);
        // Power broadcasts reach every top-level window: take them from one, so one event is one request.
        if (msg->hwnd != m_window)
            return false;
        if (msg->message == WM_WTSSESSION_CHANGE) {
            switch (msg->wParam) {
            case WTS_SESSION_LOCK:
                Q_EMIT m_monitor.lockRequested(ScreenLocked);
                break;
            // Fast user switching and a dropped remote desktop both leave the session running
            // unattended.
            case WTS_CONSOLE_DISCONNECT:
            case WTS_REMOTE_DISCONNECT:
                Q_EMIT m_monitor.lockRequested(SessionSwitched);
                break;
            default:
                break;
            }
        } else if (msg->message == WM_POWERBROADCAST && msg->wParam == PBT_APMSUSPEND) {
            // Synchronous on purpose: Windows waits for this message to return (about two seconds)
            // before it suspends, so the vault is locked before the memory is frozen.
            Q_EMIT m_monitor.lockRequested(Suspending);
        }
        return false; // others may want these messages too
    }

private:
    void unwatch()
    {
        if (m_registered)
            WTSUnRegisterSessionNotification(m_window);
        m_registered = false;
        m_window = nullptr;
    }

    SessionLockMonitor& m_monitor;
    std::unique_ptr<QWindow> m_ownWindow;
    HWND m_window = nullptr;
    bool m_registered = false;
};

#else

class SessionLockMonitor::NativeFilter
{
public:
    bool isWatching() const { return false; }
};

#endif

SessionLockMonitor::SessionLockMonitor(const QDBusConnection& sessionBus, const QDBusConnection& systemBus,
                                       QObject* parent)
    : QObject(parent)
    , m_systemBus(std::make_unique<QDBusConnection>(systemBus))
{
    if (sessionBus.isConnected())
        subscribeSessionBus(sessionBus);
    if (systemBus.isConnected())
        subscribeSystemBus(systemBus);
}

SessionLockMonitor::~SessionLockMonitor() = default;

SessionLockMonitor* SessionLockMonitor::createForSystem(QObject* parent)
{
#ifdef Q_OS_WIN
    // No desktop bus on Windows; asking for one could start an autolaunched dbus-daemon.
    const QDBusConnection none(QStringLiteral("ecluse-no-bus"));
    auto* monitor = new SessionLockMonitor(none, none, parent);
    monitor->m_nativeFilter = std::make_unique<NativeFilter>(*monitor);
    monitor->m_nativeFilter->watchOwnWindow();
#else
    auto* monitor = new SessionLockMonitor(QDBusConnection::sessionBus(), QDBusConnection::systemBus(), parent);
    monitor->resolveLogindSession();
#endif
    return monitor;
}

bool SessionLockMonitor::isListening() const
{
    return m_subscriptions > 0 || (m_nativeFilter && m_nativeFilter->isWatching());
}

void SessionLockMonitor::watchWindow(WId window)
{
#ifdef Q_OS_WIN
    if (!m_nativeFilter)
        m_nativeFilter = std::make_unique<NativeFilter>(*this);
    m_nativeFilter->watch(reinterpret_cast<HWND>(window));
#else
    Q_UNUSED(window)
#endif
}

// QDBusConnection::connect delivers bus signals only to slots named in SLOT() strings: the one
// place where Écluse connects by name.
void SessionLockMonitor::subscribeSessionBus(const QDBusConnection& sessionBus)
{
    QDBusConnection bus = sessionBus;
    // Any sender: screen lockers differ in the bus name they own (ksmserver, gnome-shell,
    // xfce4-screensaver...), and on the user's own bus a forged signal can only lock the vault.
    for (const QString& interfaceName : {freedesktopScreenSaver, gnomeScreenSaver}) {
        if (bus.connect(QString(), QString(), interfaceName, QStringLiteral("ActiveChanged"), this,
                        SLOT(onScreenSaverActiveChanged(bool))))
            ++m_subscriptions;
    }
}

void SessionLockMonitor::subscribeSystemBus(const QDBusConnection& systemBus)
{
    QDBusConnection bus = systemBus;
    // From logind only: the system bus is shared with other users, who must not be able to lock
    // our vault again and again.
    if (bus.connect(login1Service, login1Path, login1Manager, QStringLiteral("PrepareForSleep"), this,
                    SLOT(onPrepareForSleep(bool))))
        ++m_subscriptions;
    // Any session path: ours may not be known yet, and onSessionLock filters once it is.
    if (bus.connect(login1Service, QString(), login1Session, QStringLiteral("Lock"), this,
                    SLOT(onSessionLock(QDBusMessage))))
        ++m_subscriptions;
}

void SessionLockMonitor::setLogindSessionPath(const QString& path)
{
    m_sessionPathGiven = true;
    useSessionPath(path);
}

void SessionLockMonitor::useSessionPath(const QString& path)
{
    if (path == m_sessionPath)
        return;
    if (m_systemBus->isConnected()) {
        if (!m_sessionPath.isEmpty())
            m_systemBus->disconnect(login1Service, m_sessionPath, propertiesInterface,
                                    QStringLiteral("PropertiesChanged"), this,
                                    SLOT(onSessionPropertiesChanged(QString, QVariantMap, QStringList, QDBusMessage)));
        // Another user taking the seat makes our session inactive, with or without a lock screen.
        if (!path.isEmpty())
            m_systemBus->connect(login1Service, path, propertiesInterface, QStringLiteral("PropertiesChanged"), this,
                                 SLOT(onSessionPropertiesChanged(QString, QVariantMap, QStringList, QDBusMessage)));
    }
    m_sessionPath = path;
}

void SessionLockMonitor::resolveLogindSession()
{
    if (m_systemBus->isConnected())
        askLogindSession(0);
}

void SessionLockMonitor::askLogindSession(int step)
{
    QString method = QStringLiteral("GetSession");
    QVariant argument;
    if (step == 0) {
        method = QStringLiteral("GetSessionByPID");
        argument = QVariant::fromValue(static_cast<quint32>(QCoreApplication::applicationPid()));
    } else if (step == 1 && qEnvironmentVariableIsSet("XDG_SESSION_ID")) {
        argument = qEnvironmentVariable("XDG_SESSION_ID");
    } else if (step <= 2) {
        step = 2;
        argument = QStringLiteral("auto");
    } else {
        return; // no session known: Lock from any session still counts
    }

    QDBusMessage call = QDBusMessage::createMethodCall(login1Service, login1Path, login1Manager, method);
    call << argument;
    auto* watcher = new QDBusPendingCallWatcher(m_systemBus->asyncCall(call, logindTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, step] {
        watcher->deleteLater();
        if (m_sessionPathGiven)
            return;
        const QDBusPendingReply<QDBusObjectPath> reply = *watcher;
        if (reply.isValid() && !reply.value().path().isEmpty())
            useSessionPath(reply.value().path());
        else
            askLogindSession(step + 1);
    });
}

void SessionLockMonitor::onScreenSaverActiveChanged(bool active)
{
    if (active)
        Q_EMIT lockRequested(ScreenLocked);
}

void SessionLockMonitor::onPrepareForSleep(bool start)
{
    // false is the resume, when the vault is already locked.
    if (start)
        Q_EMIT lockRequested(Suspending);
}

void SessionLockMonitor::onSessionLock(const QDBusMessage& message)
{
    if (m_sessionPath.isEmpty() || message.path() == m_sessionPath)
        Q_EMIT lockRequested(ScreenLocked);
}

void SessionLockMonitor::onSessionPropertiesChanged(const QString& interfaceName, const QVariantMap& changed,
                                                    const QStringList& invalidated, const QDBusMessage& message)
{
    Q_UNUSED(invalidated)
    if (interfaceName != login1Session || message.path() != m_sessionPath)
        return;
    const auto active = changed.constFind(QStringLiteral("Active"));
    if (active != changed.constEnd() && !active->toBool())
        Q_EMIT lockRequested(SessionSwitched);
}

} // namespace ecluse::ui
