#include "PasswordInput.h"

#include "common/Error.h"

#include <QCoreApplication>

#include <cstdio>

#ifdef Q_OS_WIN
#include <conio.h>
#include <io.h>
#else
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>
#endif

namespace ecluse {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ecluse::PasswordInput", text);
}

constexpr std::size_t maximumLength = 1024;

#ifndef Q_OS_WIN
// Reads up to a newline from fd; false at end of input before any newline.
bool readLine(int fd, SecureBuffer& out)
{
    unsigned char byte = 0;
    for (;;) {
        const ssize_t got = ::read(fd, &byte, 1);
        if (got <= 0)
            return !out.isEmpty();
        if (byte == '\n')
            break;
        if (out.size() >= maximumLength)
            throw Error(ErrorKind::InvalidInput, tr("the password is longer than %1 bytes").arg(maximumLength));
        out.append(byte);
    }
    if (!out.isEmpty() && out.data()[out.size() - 1] == '\r')
        out.truncate(out.size() - 1);
    byte = 0;
    return true;
}
#endif

} // namespace

PasswordInput::PasswordInput(bool fromStandardInput)
    : m_fromStandardInput(fromStandardInput)
{}

SecureBuffer PasswordInput::read(const QString& prompt)
{
    SecureBuffer line;
#ifdef Q_OS_WIN
    if (m_fromStandardInput) {
        int c = 0;
        while ((c = std::getchar()) != EOF && c != '\n')
            line.append(static_cast<unsigned char>(c));
        if (c == EOF && line.isEmpty())
            throw Error(ErrorKind::Usage, tr("standard input ended before the password"));
        if (!line.isEmpty() && line.data()[line.size() - 1] == '\r')
            line.truncate(line.size() - 1);
        return line;
    }
    if (!_isatty(_fileno(stdin)))
        throw Error(ErrorKind::Usage, tr("no terminal to ask for the password: use --password-stdin"));
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    for (int c = _getch(); c != '\r' && c != '\n'; c = _getch())
        line.append(static_cast<unsigned char>(c));
    std::fputs("\n", stderr);
    return line;
#else
    if (m_fromStandardInput) {
        if (!readLine(STDIN_FILENO, line))
            throw Error(ErrorKind::Usage, tr("standard input ended before the password"));
        return line;
    }
    const int tty = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (tty < 0)
        throw Error(ErrorKind::Usage, tr("no terminal to ask for the password: use --password-stdin"));
    termios saved{};
    const bool isTerminal = tcgetattr(tty, &saved) == 0;
    termios silent = saved;
    silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    silent.c_lflag |= ECHONL;
    const QByteArray promptBytes = prompt.toLocal8Bit();
    if (::write(tty, promptBytes.constData(), static_cast<std::size_t>(promptBytes.size())) < 0 || !isTerminal ||
        tcsetattr(tty, TCSAFLUSH, &silent) != 0) {
        ::close(tty);
        throw Error(ErrorKind::Usage, tr("cannot turn off echo on the terminal: use --password-stdin"));
    }
    const bool complete = readLine(tty, line);
    tcsetattr(tty, TCSAFLUSH, &saved);
    ::close(tty);
    if (!complete)
        throw Error(ErrorKind::Usage, tr("no password was entered"));
    return line;
#endif
}

} // namespace ecluse
