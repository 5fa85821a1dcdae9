#include "PrivateBus.h"
#include "platform/SessionLockMonitor.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusContext>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace ecluse::ui;

namespace {

const QString login1Service = QStringLiteral("org.freedesktop.login1");
const QString login1Path = QStringLiteral("/org/freedesktop/login1");
const QString login1Manager = QStringLiteral("org.freedesktop.login1.Manager");
const QString login1Session = QStringLiteral("org.freedesktop.login1.Session");
const QString ourSession = QStringLiteral("/org/freedesktop/login1/session/_37");
const QString otherSession = QStringLiteral("/org/freedesktop/login1/session/_39");

} // namespace

// Stands in for logind's manager on the private bus: which session a PID or a session id is in.
class FakeLogind : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.login1.Manager")

public:
    QString sessionOfOurPid; // empty: "PID does not belong to any known session", as under a user service
    QMap<QString, QString> sessionsById;

public Q_SLOTS:
    QDBusObjectPath GetSessionByPID(uint pid)
    {
        if (pid != QCoreApplication::applicationPid() || sessionOfOurPid.isEmpty())
            return refuse();
        return QDBusObjectPath(sessionOfOurPid);
    }
    QDBusObjectPath GetSession(const QString& id)
    {
        if (!sessionsById.contains(id))
            return refuse();
        return QDBusObjectPath(sessionsById.value(id));
    }

private:
    QDBusObjectPath refuse()
    {
        sendErrorReply(QStringLiteral("org.freedesktop.login1.NoSuchSession"), QStringLiteral("no such session"));
        return {};
    }
};

// What the monitor hears, on a private dbus-daemon where this test plays the screen savers and
// logind: the vault locks when the OS locks, suspends or switches session, and only then.
class SessionLockMonitorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void screenSaverActivationRequestsLock();
    void gnomeScreenSaverActivationRequestsLock();
    void screenSaverDeactivationDoesNothing();
    void prepareForSleepRequestsLock();
    void sessionLockSignalRequestsLock();
    void anotherSessionsLockIsIgnoredOnceOursIsKnown();
    void anySessionsLockCountsWhileOursIsUnknown();
    void sessionBecomingInactiveRequestsLock();
    void sessionIsFoundThroughLogind_data();
    void sessionIsFoundThroughLogind();
    void noBusMeansNoCrash();

private:
    std::unique_ptr<SessionLockMonitor> makeMonitor();
    // A round trip on the monitor's connection: the bus has then applied its subscriptions.
    void syncMonitorBus();
    void emitSignal(const QString& path, const QString& interfaceName, const QString& name,
                    const QVariantList& arguments);

    ecluse::test::PrivateBus m_bus;
    QDBusConnection m_monitorBus{QString()};
    QDBusConnection m_emitter{QString()};
    FakeLogind m_logind;
};

void SessionLockMonitorTest::initTestCase()
{
    if (ecluse::test::PrivateBus::daemonPath().isEmpty())
        QSKIP("dbus-daemon is not installed (package dbus): cannot start a private bus for these tests");
    const QString problem = m_bus.start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    m_monitorBus = m_bus.connect(QStringLiteral("tst-monitor"));
    m_emitter = m_bus.connect(QStringLiteral("tst-emitter"));
    QVERIFY2(m_monitorBus.isConnected(), qPrintable(m_monitorBus.lastError().message()));
    QVERIFY2(m_emitter.isConnected(), qPrintable(m_emitter.lastError().message()));
    // The monitor takes logind's signals from logind's bus name only.
    QVERIFY(m_emitter.registerService(login1Service));
    QVERIFY(m_emitter.registerObject(login1Path, &m_logind, QDBusConnection::ExportAllSlots));
}

void SessionLockMonitorTest::cleanupTestCase()
{
    m_monitorBus = QDBusConnection(QString());
    m_emitter = QDBusConnection(QString());
    m_bus.stop();
}

// The real session of whoever runs the tests must not leak into them.
void SessionLockMonitorTest::init()
{
    qunsetenv("XDG_SESSION_ID");
}

std::unique_ptr<SessionLockMonitor> SessionLockMonitorTest::makeMonitor()
{
    auto monitor = std::make_unique<SessionLockMonitor>(m_monitorBus, m_monitorBus);
    syncMonitorBus();
    return monitor;
}

void SessionLockMonitorTest::syncMonitorBus()
{
    QVERIFY(m_monitorBus.interface()->isServiceRegistered(login1Service).value());
}

void SessionLockMonitorTest::emitSignal(const QString& path, const QString& interfaceName, const QString& name,
                                        const QVariantList& arguments)
{
    QDBusMessage signal = QDBusMessage::createSignal(path, interfaceName, name);
    signal.setArguments(arguments);
    QVERIFY(m_emitter.send(signal));
}

void SessionLockMonitorTest::screenSaverActivationRequestsLock()
{
    const auto monitor = makeMonitor();
    QVERIFY(monitor->isListening());
    QSignalSpy spy(monitor.get(), &SessionLockMonitor::lockRequested);

    emitSignal(QStringLiteral("/org/freedesktop/ScreenSaver"), QStringLiteral("org.freedesktop.ScreenSaver"),
               QStringLiteral("ActiveChanged"), {true});

    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<SessionLockMonitor::Reason>(), SessionLockMonitor::ScreenLocked);
}

void SessionLockMonitorTest::gnomeScreenSaverActivationRequestsLock()
{
    const auto monitor = makeMonitor();
    QSignalSpy spy(monitor.get(), &SessionLockMonitor::lockRequested);

    emitSignal(QStringLiteral("/org/gnome/ScreenSaver"), QStringLiteral("org.gnome.ScreenSaver"),
               QStringLiteral("ActiveChanged"), {true});

    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<SessionLockMonitor::Reason>(), SessionLockMonitor::ScreenLocked);
}

void SessionLockMonitorTest::screenSaverDeactivationDoesNothing()
{
    const auto monitor = makeMonitor();
    QSignalSpy spy(monitor.get(), &SessionLockMonitor::lockRequested);

    emitSignal(QStringLiteral("/org/freedesktop/ScreenSaver"), QStringLiteral("org.freedesktop.ScreenSaver"),
               QStringLiteral("ActiveChanged"), {false});
    emitSignal(QStringLiteral("/org/gnome/ScreenSaver"), QStringLiteral("org.gnome.ScreenSaver"),
               QStringLiteral("ActiveChanged"), {false});
    // Signals from one sender arrive in order: once this one is in, the two above were handled.
    emitSignal(login1Path, login1Manager, QStringLiteral("PrepareForSleep"), {true});

    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<SessionLockMonitor::Reason>(), SessionLockMonitor::Suspending);
}

void SessionLockMonitorTest::prepareForSleepRequestsLock()
{
    const auto monitor = makeMonitor();
    QSignalSpy spy(monitor.get(), &SessionLockMonitor::lockRequested);

    // The resume comes first here, so the one request below can only be the suspend's.
    emitSignal(login1Path, login1Manager, QStringLiteral("PrepareForSleep"), {false});
    emitSignal(login1Path, login1Manager, QStringLiteral("PrepareForSleep"), {true});

    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<SessionLockMonitor::Reason>(), SessionLockMonitor::Suspending);
}

void SessionLockMonitorTest::sessionLockSignalRequestsLock()
{
    const auto monitor = makeMonitor();
    monitor->setLogindSessionPath(ourSession);
    syncMonitorBus();
    QSignalSpy spy(monitor.get(), &SessionLockMonitor::lockRequested);

    emitSignal(ourSession, login1Session, QStringLiteral("Lock"), {});

    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<SessionLockMonitor::Reason>(), SessionLockMonitor::ScreenLocked);
}

void SessionLockMonitorTest::anotherSessionsLockIsIgnoredOnceOursIsKnown()
{
    const auto monitor = makeMonitor();
    monitor->setLogindSessionPath(ourSession);
    syncMonitorBus();
    QSignalSpy spy(monitor.get(), &SessionLockMonitor::lockRequested);

    emitSignal(otherSession, login1Session, QStringLiteral("Lock"), {});
    emitSignal(login1Path, login1Manager, QStringLiteral("PrepareForSleep"), {true});

    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<SessionLockMonitor::Reason>(), SessionLockMonitor::Suspending);
}

void SessionLockMonitorTest::anySessionsLockCountsWhileOursIsUnknown()
{
    const auto monitor = makeMonitor();
    QVERIFY(monitor->logindSessionPath().isEmpty());
    QSignalSpy spy(monitor.get(), &SessionLockMonitor::lockRequested);

    emitSignal(otherSession, login1Session, QStringLiteral("Lock"), {});

    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<SessionLockMonitor::Reason>(), SessionLockMonitor::ScreenLocked);
}

void SessionLockMonitorTest::sessionBecomingInactiveRequestsLock()
{
    const auto monitor = makeMonitor();
    monitor->setLogindSessionPath(ourSession);
    syncMonitorBus();
    QSignalSpy spy(monitor.get(), &SessionLockMonitor::lockRequested);
    const auto activeChanged = [this](const QString& session, bool active) {
        emitSignal(session, QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("PropertiesChanged"),
                   {login1Session, QVariantMap{{QStringLiteral("Active"), active}}, QStringList()});
    };

    activeChanged(otherSession, false); // another user's session, not ours
    activeChanged(ourSession, true);    // coming back
    activeChanged(ourSession, false);   // another user takes the seat

    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<SessionLockMonitor::Reason>(), SessionLockMonitor::SessionSwitched);
}

void SessionLockMonitorTest::sessionIsFoundThroughLogind_data()
{
    QTest::addColumn<QString>("sessionOfOurPid");
    QTest::addColumn<QByteArray>("xdgSessionId");
    QTest::addColumn<QString>("expected");

    const QString autoSession = QStringLiteral("/org/freedesktop/login1/session/_33");
    QTest::newRow("by PID") << ourSession << QByteArray() << ourSession;
    QTest::newRow("by XDG_SESSION_ID when the PID is in none") << QString() << QByteArray("39") << otherSession;
    QTest::newRow("logind's choice when neither is known") << QString() << QByteArray() << autoSession;
    QTest::newRow("logind's choice when XDG_SESSION_ID is stale") << QString() << QByteArray("12") << autoSession;
}

void SessionLockMonitorTest::sessionIsFoundThroughLogind()
{
    QFETCH(QString, sessionOfOurPid);
    QFETCH(QByteArray, xdgSessionId);
    QFETCH(QString, expected);
    m_logind.sessionOfOurPid = sessionOfOurPid;
    m_logind.sessionsById = {{QStringLiteral("39"), otherSession},
                             {QStringLiteral("auto"), QStringLiteral("/org/freedesktop/login1/session/_33")}};
    if (!xdgSessionId.isEmpty())
        qputenv("XDG_SESSION_ID", xdgSessionId);

    const auto monitor = makeMonitor();
    monitor->resolveLogindSession();

    QTRY_COMPARE(monitor->logindSessionPath(), expected);
}

void SessionLockMonitorTest::noBusMeansNoCrash()
{
    const QDBusConnection none{QString()};
    QVERIFY(!none.isConnected());
    SessionLockMonitor monitor(none, none);
    QVERIFY(!monitor.isListening());

    monitor.resolveLogindSession();
    monitor.setLogindSessionPath(ourSession);
    monitor.watchWindow(0);
    QCOMPARE(monitor.logindSessionPath(), ourSession);
    QVERIFY(!monitor.isListening());
}

QTEST_GUILESS_MAIN(SessionLockMonitorTest)
#include "tst_sessionlockmonitor.moc"
