#include "Error.h"

#include <QCoreApplication>

namespace ecluse {

Error::Error(ErrorKind kind, QString message)
    : m_kind(kind)
    , m_message(std::move(message))
    , m_utf8(m_message.toUtf8())
{}

void throwIfCancelled(const std::atomic_bool* cancel)
{
    if (cancel && cancel->load(std::memory_order_relaxed))
        throw Error(ErrorKind::Other, QCoreApplication::translate("ecluse::Error", "cancelled"));
}

QString wrongCredentialsMessage()
{
    return QCoreApplication::translate("ecluse::Error", "wrong user or password");
}

} // namespace ecluse
