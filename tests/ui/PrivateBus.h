#pragma once

#include <QDBusConnection>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

#include <utility>

namespace ecluse::test {

// A dbus-daemon of the test's own, where the test plays the desktop's screen savers and logind
// without touching the buses of whoever runs it. Its connections close, and it stops, with it.
class PrivateBus
{
public:
    PrivateBus() = default;
    ~PrivateBus() { stop(); }
    PrivateBus(const PrivateBus&) = delete;
    PrivateBus& operator=(const PrivateBus&) = delete;

    // Without dbus-daemon (package dbus) the tests that need a bus skip.
    static QString daemonPath() { return QStandardPaths::findExecutable(QStringLiteral("dbus-daemon")); }

    // Starts the daemon; returns why it could not, empty once it listens.
    QString start()
    {
        m_daemon.start(daemonPath(),
                       {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1")});
        if (!m_daemon.waitForStarted())
            return m_daemon.errorString();
        while (!m_daemon.canReadLine()) {
            if (!m_daemon.waitForReadyRead(10000))
                return QStringLiteral("dbus-daemon printed no address");
        }
        m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
        return {};
    }

    // A connection of its own, as another process would have; name must be unique in the test.
    QDBusConnection connect(const QString& name)
    {
        m_names << name;
        return QDBusConnection::connectToBus(m_address, name);
    }

    // Connections still held elsewhere close once the last copy goes.
    void stop()
    {
        for (const QString& name : std::as_const(m_names))
            QDBusConnection::disconnectFromBus(name);
        m_names.clear();
        if (m_daemon.state() != QProcess::NotRunning) {
            m_daemon.kill();
            m_daemon.waitForFinished();
        }
    }

private:
    QProcess m_daemon;
    QString m_address;
    QStringList m_names;
};

} // namespace ecluse::test
