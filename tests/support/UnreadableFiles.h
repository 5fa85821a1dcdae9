#pragma once

#include "TestFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QStringList>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace ecluse::test {

inline bool runningAsRoot()
{
#ifdef Q_OS_UNIX
    return ::geteuid() == 0;
#else
    return false;
#endif
}

// What may stand where a small file is expected and must not be read as one.
inline QStringList unreadableKinds()
{
    return {QStringLiteral("folder"),
            QStringLiteral("fifo"),
            QStringLiteral("link to /dev/zero"),
            QStringLiteral("link to nothing"),
            QStringLiteral("too large"),
            QStringLiteral("no read permission"),
            QStringLiteral("folder not searchable")};
}

// Puts at `path` (nothing there yet) what `kind` names; a file there holds "ExportMode=deny".
// Returns why the case cannot be made here, or nothing.
inline QString makeUnreadable(const QString& kind, const QString& path)
{
#ifdef Q_OS_UNIX
    const QByteArray native = QFile::encodeName(path);
    if (kind == QLatin1String("folder"))
        return QDir().mkdir(path) ? QString() : QStringLiteral("mkdir failed");
    if (kind == QLatin1String("fifo"))
        return ::mkfifo(native.constData(), 0600) == 0 ? QString() : QStringLiteral("mkfifo failed");
    if (kind == QLatin1String("link to /dev/zero"))
        return QFile::link(QStringLiteral("/dev/zero"), path) ? QString() : QStringLiteral("link failed");
    if (kind == QLatin1String("link to nothing"))
        return QFile::link(path + QStringLiteral(".gone"), path) ? QString() : QStringLiteral("link failed");
    writeFile(path, "ExportMode=deny\n");
    if (kind == QLatin1String("too large")) {
        QFile file(path);
        const bool grown = file.open(QIODevice::Append) && file.write("; " + QByteArray(64 * 1024, 'x') + "\n") > 0;
        return grown ? QString() : QStringLiteral("cannot grow the file");
    }
    // Permissions do not stop root: these two cases need an ordinary user.
    if (runningAsRoot())
        return QStringLiteral("root reads whatever the permissions say");
    if (kind == QLatin1String("no read permission"))
        return ::chmod(native.constData(), 0) == 0 ? QString() : QStringLiteral("chmod failed");
    if (kind == QLatin1String("folder not searchable")) {
        const QByteArray folder = QFile::encodeName(QFileInfo(path).path());
        return ::chmod(folder.constData(), 0600) == 0 ? QString() : QStringLiteral("chmod failed");
    }
    return QStringLiteral("unknown case");
#else
    Q_UNUSED(kind);
    Q_UNUSED(path);
    return QStringLiteral("needs FIFOs, links and Unix permissions");
#endif
}

// Undoes what makeUnreadable() did to permissions, so that the folder can be removed.
inline void makeReadableAgain(const QString& path)
{
    QFile::setPermissions(QFileInfo(path).path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (!QFileInfo(path).isSymLink())
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

} // namespace ecluse::test
