#pragma once

#include <QString>

#include <atomic>
#include <exception>

namespace ecluse {

// Every failure in core carries one of these kinds; each maps to one ecluse-cli exit code,
// so scripts can tell a typo from a refusal from tampering.
enum class ErrorKind
{
    Usage = 1,        // the caller asked for something malformed
    Denied = 2,       // authentication failed or permission denied
    Integrity = 3,    // tampering or corruption
    InvalidInput = 4, // a file or value given to us is not acceptable
    Other = 5,
};

// Text that may hold bytes from outside (a CSV value, a user name typed on the command line),
// made safe to print or show: control characters other than newline and tab (C0, DEL, C1) and
// the bidirectional overrides and isolates become visible escapes ("\x1B", "\u202E"), so no
// terminal sequence, carriage return or NUL reaches a terminal or a log, and no text can
// rearrange itself on screen.
QString printableText(QString text);

class Error : public std::exception
{
public:
    // The message is kept as printableText() makes it: messages quote what was refused.
    Error(ErrorKind kind, QString message);

    ErrorKind kind() const noexcept { return m_kind; }
    const QString& message() const noexcept { return m_message; }
    int exitCode() const noexcept { return static_cast<int>(m_kind); }
    const char* what() const noexcept override { return m_utf8.constData(); }

private:
    ErrorKind m_kind;
    QString m_message;
    QByteArray m_utf8;
};

// Long work in core (queries, disclosure control) checks this between steps: it throws
// ErrorKind::Other ("cancelled") once `cancel` is set. A null `cancel` never cancels.
void throwIfCancelled(const std::atomic_bool* cancel);

// The one message for every failed sign-in: it must not tell which of user or password was wrong.
QString wrongCredentialsMessage();

} // namespace ecluse
