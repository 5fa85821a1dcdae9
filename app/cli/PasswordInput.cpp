#include "PasswordInput.h"

#include "common/Error.h"

#include <QCoreApplication>

#include <cstdio>

#ifdef Q_OS_WIN
#include <conio.h>
#include <io.h>
#else
#include <array>
#include <csignal>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>
#endif

namespace ecluse {
namespace {

// This file's messages, under the "PasswordInput" context that lupdate files them in too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PasswordInput)
};

constexpr auto maximumLength = std::size_t{1024};

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
            throw Error(ErrorKind::InvalidInput, Text::tr("the password is longer than %1 bytes").arg(maximumLength));
        out.append(byte);
    }
    if (!out.isEmpty() && out.data()[out.size() - 1] == '\r')
        out.truncate(out.size() - 1);
    byte = 0;
    return true;
}

// What a signal handler needs to give the terminal back: plain data, set before the handlers
// are installed, so the handler only makes async-signal-safe calls.
int g_promptTerminal = -1;
termios g_terminalAsFound{};

constexpr std::array<int, 4> fatalSignals{SIGINT, SIGTERM, SIGHUP, SIGQUIT};

void restoreTerminalAndDie(int signal)
{
    tcsetattr(g_promptTerminal, TCSANOW, &g_terminalAsFound);
    const char newline = '\n'; // the prompt's line ends, as it would have on Enter
    [[maybe_unused]] const ssize_t ignored = ::write(g_promptTerminal, &newline, 1);
    // Die of the same signal, as a shell expects of Ctrl-C (status 130 for SIGINT): the handler
    // is reset first, and the signal, blocked while this handler runs, is delivered on return.
    struct sigaction byDefault = {};
    byDefault.sa_handler = SIG_DFL;
    sigemptyset(&byDefault.sa_mask);
    sigaction(signal, &byDefault, nullptr);
    raise(signal);
}

// Echo off on the terminal for as long as it lives. The terminal's attributes are given back
// however the reading ends: a line, an error thrown (a password too long), or Ctrl-C and the
// other signals that end the process, which would otherwise leave the user's shell without echo.
class SilentTerminal
{
public:
    explicit SilentTerminal(int tty)
        : m_tty(tty)
    {
        if (tcgetattr(tty, &m_asFound) != 0)
            throw Error(ErrorKind::Usage, Text::tr("cannot turn off echo on the terminal: use --password-stdin"));
        g_promptTerminal = tty;
        g_terminalAsFound = m_asFound;
        struct sigaction restore = {};
        restore.sa_handler = restoreTerminalAndDie;
        sigemptyset(&restore.sa_mask);
        for (std::size_t i = 0; i < fatalSignals.size(); ++i)
            sigaction(fatalSignals[i], &restore, &m_previous[i]);
        termios silent = m_asFound;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        silent.c_lflag |= ECHONL;
        if (tcsetattr(tty, TCSAFLUSH, &silent) != 0) {
            restoreHandlers();
            throw Error(ErrorKind::Usage, Text::tr("cannot turn off echo on the terminal: use --password-stdin"));
        }
    }
    SilentTerminal(const SilentTerminal&) = delete;
    SilentTerminal& operator=(const SilentTerminal&) = delete;
    ~SilentTerminal()
    {
        tcsetattr(m_tty, TCSAFLUSH, &m_asFound);
        restoreHandlers();
    }

private:
    void restoreHandlers()
    {
        for (std::size_t i = 0; i < fatalSignals.size(); ++i)
            sigaction(fatalSignals[i], &m_previous[i], nullptr);
    }

    int m_tty;
    termios m_asFound{};
    std::array<struct sigaction, fatalSignals.size()> m_previous{};
};

// The controlling terminal, closed however the reading ends.
class Terminal
{
public:
    Terminal()
        : m_fd(::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC))
    {
        if (m_fd < 0)
            throw Error(ErrorKind::Usage, Text::tr("no terminal to ask for the password: use --password-stdin"));
    }
    Terminal(const Terminal&) = delete;
    Terminal& operator=(const Terminal&) = delete;
    ~Terminal() { ::close(m_fd); }
    int fd() const { return m_fd; }

private:
    int m_fd;
};
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
            throw Error(ErrorKind::Usage, Text::tr("standard input ended before the password"));
        if (!line.isEmpty() && line.data()[line.size() - 1] == '\r')
            line.truncate(line.size() - 1);
        return line;
    }
    if (!_isatty(_fileno(stdin)))
        throw Error(ErrorKind::Usage, Text::tr("no terminal to ask for the password: use --password-stdin"));
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    for (int c = _getch(); c != '\r' && c != '\n'; c = _getch())
        line.append(static_cast<unsigned char>(c));
    std::fputs("\n", stderr);
    return line;
#else
    if (m_fromStandardInput) {
        if (!readLine(STDIN_FILENO, line))
            throw Error(ErrorKind::Usage, Text::tr("standard input ended before the password"));
        return line;
    }
    const Terminal tty;
    const SilentTerminal silent(tty.fd());
    const QByteArray promptBytes = prompt.toLocal8Bit();
    if (::write(tty.fd(), promptBytes.constData(), static_cast<std::size_t>(promptBytes.size())) < 0)
        throw Error(ErrorKind::Usage, Text::tr("cannot write to the terminal: use --password-stdin"));
    if (!readLine(tty.fd(), line))
        throw Error(ErrorKind::Usage, Text::tr("no password was entered"));
    return line;
#endif
}

} // namespace ecluse
