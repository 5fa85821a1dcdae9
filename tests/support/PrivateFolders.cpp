#include "PrivateFolders.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

namespace ecluse::test {
namespace {

void setVariable(const char* name, const QString& value)
{
    qputenv(name, QFile::encodeName(QDir::toNativeSeparators(value)));
}

struct PrivateFolders
{
    QTemporaryDir root{QDir(QDir::tempPath()).filePath(QStringLiteral("ecluse-test-XXXXXX"))};
    QString temp = root.filePath(QStringLiteral("tmp"));
    QString home = root.filePath(QStringLiteral("home"));
    QString runtime = root.filePath(QStringLiteral("runtime"));

    PrivateFolders()
    {
        // A test that cannot be kept to its own folders must not run in the shared ones.
        if (!root.isValid() || !QDir().mkdir(temp) || !QDir().mkdir(home) || !QDir().mkdir(runtime) ||
            !QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)) {
            std::fprintf(stderr, "cannot make the test's private folders in %s\n",
                         QFile::encodeName(QDir::tempPath()).constData());
            std::abort();
        }
#ifdef Q_OS_WIN
        setVariable("TMP", temp);
        setVariable("TEMP", temp);
        setVariable("USERPROFILE", home);
#else
        setVariable("TMPDIR", temp);
#endif
        setVariable("HOME", home);
        setVariable("XDG_RUNTIME_DIR", runtime); // where Qt wants it: 0700, the user's own
        for (const char* name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
            qunsetenv(name);
    }
};

PrivateFolders& folders()
{
    static PrivateFolders instance;
    return instance;
}

// During static initialisation: before main(), so before anything the test does.
[[maybe_unused]] const bool madeBeforeMain = (folders(), true);

} // namespace

QString privateTempFolder()
{
    return folders().temp;
}

} // namespace ecluse::test
