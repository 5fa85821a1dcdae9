// The policy INI file, read as managed policy (where a bad value must stop everything with an
// Error) and as a user's settings (where it must be ignored and noted).
#include "FuzzSupport.h"

#include "policy/PolicyLoader.h"
#include "policy/PolicySource.h"

#include <QDateTime>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace ecluse;
    // QSettings caches a file by name and re-reads it when its modification time or size
    // changed: a new time for every input keeps each run independent of the one before, with
    // one cache entry rather than one per input (which LeakSanitizer would scan every run).
    static qint64 counter = 0;
    const QString path = fuzz::workFolder().filePath(QStringLiteral("policy.ini"));
    fuzz::writeInput(path, fuzz::bytes(data, size));
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) ||
        !file.setFileTime(QDateTime::fromSecsSinceEpoch(1000000000 + ++counter), QFileDevice::FileModificationTime))
        fuzz::abortWith("cannot set the policy file's modification time");
    file.close();
    fuzz::expectOnlyEcluseErrors([&] {
        const SettingsPolicySource managed(SettingsPolicySource::Store::IniFile, path);
        loadPolicy(managed);
    });
    fuzz::expectOnlyEcluseErrors([&] {
        const SettingsPolicySource user(SettingsPolicySource::Store::IniFile, path, QStringLiteral("Policy"));
        loadPolicy(MapPolicySource(), &user);
    });
    return 0;
}
