#include "SystemLogWitness.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QLocale>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <cerrno>
#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#endif

namespace ecluse {
namespace {

// This file's messages, under the "SystemLogWitness" context that lupdate files them in too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SystemLogWitness)
};

#ifndef Q_OS_WIN
// An open Unix socket, closed on every path out.
class SocketHandle
{
public:
    explicit SocketHandle(int type)
        : m_fd(::socket(AF_UNIX, type | SOCK_CLOEXEC, 0))
    {}
    ~SocketHandle()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    SocketHandle(const SocketHandle&) = delete;
    SocketHandle& operator=(const SocketHandle&) = delete;
    int fd() const { return m_fd; }

private:
    int m_fd;
};

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// RFC 3164, as syslog(3) writes it: priority (authpriv.notice), time, tag with the pid.
QByteArray syslogLine(const QString& message)
{
    constexpr int authprivNotice = (10 << 3) | 5;
    const QDateTime now = QDateTime::currentDateTime();
    const QString stamp = QStringLiteral("%1 %2 %3")
                              .arg(QLocale::c().monthName(now.date().month(), QLocale::ShortFormat))
                              .arg(now.date().day(), 2, 10, QLatin1Char(' '))
                              .arg(now.time().toString(QStringLiteral("HH:mm:ss")));
    return QStringLiteral("<%1>%2 ecluse[%3]: %4").arg(authprivNotice).arg(stamp).arg(::getpid()).arg(message).toUtf8();
}

// Connects a socket of the given type to the log; the error text when it cannot.
std::optional<QString> connectTo(const SocketHandle& socket, const QByteArray& path)
{
    if (socket.fd() < 0)
        return errnoText(errno);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (static_cast<std::size_t>(path.size()) >= sizeof address.sun_path)
        return Text::tr("the socket path is too long");
    std::memcpy(address.sun_path, path.constData(), static_cast<std::size_t>(path.size()));
    if (::connect(socket.fd(), reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0)
        return errnoText(errno);
    return std::nullopt;
}
#endif

} // namespace

SystemLogWitness::SystemLogWitness(QString socketPath)
    : m_socketPath(std::move(socketPath))
{}

QString SystemLogWitness::defaultSocketPath()
{
#ifdef Q_OS_WIN
    return QStringLiteral("Application");
#else
    return QStringLiteral("/dev/log");
#endif
}

QString SystemLogWitness::name(const QString&) const
{
    return Text::tr("system log");
}

void SystemLogWitness::record(const WitnessRecord& head)
{
    // The entry is already committed: a log that cannot be written is remembered and reported by
    // verification, it does not undo the act.
    m_lastFailure = send(m_socketPath,
                         QStringLiteral("audit head vault=%1 seq=%2 hash=%3 mac=%4")
                             .arg(head.vaultId)
                             .arg(head.sequence)
                             .arg(QString::fromLatin1(head.entryHash.toHex()), QString::fromLatin1(head.mac.toHex())));
}

std::optional<QString> SystemLogWitness::problem() const
{
    std::optional<QString> failure = m_lastFailure;
#ifdef Q_OS_WIN
    if (!failure) {
        HANDLE source = RegisterEventSourceW(nullptr, L"Ecluse");
        if (!source)
            failure = Text::tr("cannot open the event source (error %1)").arg(GetLastError());
        else
            DeregisterEventSource(source);
    }
#else
    if (!failure) {
        const QByteArray path = QFile::encodeName(m_socketPath);
        SocketHandle datagram(SOCK_DGRAM);
        if (const auto error = connectTo(datagram, path)) {
            SocketHandle stream(SOCK_STREAM);
            if (connectTo(stream, path))
                failure = *error;
        }
    }
#endif
    if (!failure)
        return std::nullopt;
    return Text::tr("chain heads do not reach the system log (%1: %2): only the seal file witnesses the trail")
        .arg(m_socketPath, *failure);
}

void SystemLogWitness::notice(const QString& message)
{
    send(defaultSocketPath(), message);
}

std::optional<QString> SystemLogWitness::send(const QString& socketPath, const QString& message)
{
#ifdef Q_OS_WIN
    Q_UNUSED(socketPath);
    HANDLE source = RegisterEventSourceW(nullptr, L"Ecluse");
    if (!source)
        return Text::tr("cannot open the event source (error %1)").arg(GetLastError());
    const std::wstring text = message.toStdWString();
    LPCWSTR strings[] = {text.c_str()};
    const BOOL reported = ReportEventW(source, EVENTLOG_INFORMATION_TYPE, 0, 1000, nullptr, 1, 0, strings, nullptr);
    const DWORD error = GetLastError();
    DeregisterEventSource(source);
    if (!reported)
        return Text::tr("cannot write to the event log (error %1)").arg(error);
    return std::nullopt;
#else
    const QByteArray path = QFile::encodeName(socketPath);
    const QByteArray line = syslogLine(message);
    // Datagrams first, as syslog(3) does; a stream socket takes a message ended by a NUL.
    SocketHandle datagram(SOCK_DGRAM);
    std::optional<QString> error = connectTo(datagram, path);
    if (!error) {
        if (::send(datagram.fd(), line.constData(), static_cast<std::size_t>(line.size()), MSG_NOSIGNAL) == line.size())
            return std::nullopt;
        error = errnoText(errno);
    }
    SocketHandle stream(SOCK_STREAM);
    if (!connectTo(stream, path)) {
        if (::send(stream.fd(), line.constData(), static_cast<std::size_t>(line.size()) + 1, MSG_NOSIGNAL) ==
            line.size() + 1)
            return std::nullopt;
        error = errnoText(errno);
    }
    return error;
#endif
}

} // namespace ecluse
