#pragma once

#include "common/Error.h"

#include <functional>

namespace ecluse::test {

// What an action threw: its kind (Other when it threw nothing, which tests compare against a
// specific kind), and the message if asked.
inline ErrorKind errorKindOf(const std::function<void()>& action, QString* message = nullptr)
{
    try {
        action();
    } catch (const Error& error) {
        if (message)
            *message = error.message();
        return error.kind();
    }
    return ErrorKind::Other;
}

// The message of what an action threw (empty when it threw nothing), and its kind if asked.
inline QString errorMessageOf(const std::function<void()>& action, ErrorKind* kind = nullptr)
{
    QString message;
    const ErrorKind thrown = errorKindOf(action, &message);
    if (kind)
        *kind = thrown;
    return message;
}

} // namespace ecluse::test
