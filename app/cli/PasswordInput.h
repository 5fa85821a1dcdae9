#pragma once

#include "crypto/SecureBuffer.h"

#include <QString>

namespace ecluse {

// Reads secrets without letting them pass through QString or std::string: byte by byte from
// standard input (--password-stdin), or from the terminal with echo off.
class PasswordInput
{
public:
    explicit PasswordInput(bool fromStandardInput);

    // One line; the prompt is only shown on a terminal. Throws ErrorKind::Usage when there is
    // no terminal to ask and --password-stdin was not given, or standard input ends early.
    SecureBuffer read(const QString& prompt);

private:
    bool m_fromStandardInput;
};

} // namespace ecluse
