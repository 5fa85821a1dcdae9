#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QStandardPaths>

#ifndef Q_OS_WIN
#include <unistd.h>
#endif

namespace ecluse {

namespace {

QString defaultFolder()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::TempLocation);
    return folder;
}

// On Unix the uid, not $USER, which a process may set to anything (the temporary folder is shared).
// On Windows the folders are the user's own already. Hashed: a plain file name whatever the account.
QByteArray userKey()
{
#ifdef Q_OS_WIN
    return (qEnvironmentVariable("USERDOMAIN") + u'\\' + qEnvironmentVariable("USERNAME")).toUtf8();
#else
    return QByteArray::number(getuid());
#endif
}

} // namespace

QString SingleInstance::lockFileName()
{
    const QByteArray hash = QCryptographicHash::hash(userKey(), QCryptographicHash::Sha256).toHex().left(16);
    return QStringLiteral("ecluse-%1.lock").arg(QString::fromLatin1(hash));
}

SingleInstance::SingleInstance(const QString& folder)
    : m_path(QDir(folder.isEmpty() ? defaultFolder() : folder).filePath(lockFileName()))
    , m_lock(m_path)
{
    // Never stale by age: an instance may run for days. QLockFile still takes over a lock whose
    // process has died.
    m_lock.setStaleLockTime(0);
}

bool SingleInstance::acquire()
{
    return m_lock.isLocked() || m_lock.tryLock(0);
}

} // namespace ecluse
