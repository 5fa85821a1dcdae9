#include "PolicySource.h"

#include "PolicyFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

#ifdef Q_OS_WIN
#include <cstring>
#include <vector>
#include <windows.h>
#endif

namespace ecluse {
namespace {

// This file's messages, under the "PolicySource" context that lupdate files them in too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PolicySource)
};

#ifdef Q_OS_WIN

const QString registryName = QStringLiteral("HKEY_LOCAL_MACHINE\\Software\\Policies\\Ecluse");

[[noreturn]] void refuseRegistry(const QString& why)
{
    throw managedPolicyError(registryName, why);
}

QString windowsErrorText(LSTATUS status)
{
    return qt_error_string(static_cast<int>(status));
}

struct RegistryKey
{
    HKEY handle = nullptr;
    RegistryKey() = default;
    RegistryKey(const RegistryKey&) = delete;
    RegistryKey& operator=(const RegistryKey&) = delete;
    ~RegistryKey()
    {
        if (handle)
            RegCloseKey(handle);
    }
};

// A value as the INI file would hold it: REG_DWORD as a number, REG_SZ as its text, REG_MULTI_SZ
// as a comma-separated list. Any other type, or data that is not what its type says, is refused.
QString registryValue(const QString& name, DWORD type, const std::vector<BYTE>& data, DWORD bytes)
{
    if (type == REG_DWORD) {
        if (bytes != sizeof(DWORD))
            refuseRegistry(Text::tr("value %1: a REG_DWORD of %2 bytes").arg(name, QString::number(bytes)));
        DWORD number = 0;
        std::memcpy(&number, data.data(), sizeof number);
        return QString::number(number);
    }
    if (type != REG_SZ && type != REG_MULTI_SZ)
        refuseRegistry(Text::tr("value %1 is of registry type %2; policy values are REG_SZ, REG_DWORD or REG_MULTI_SZ")
                           .arg(name, QString::number(type)));
    if (bytes % sizeof(wchar_t) != 0)
        refuseRegistry(Text::tr("value %1: an odd number of bytes in a string").arg(name));
    // The terminating NULs may be missing: the registry stores what the writer gave it.
    QString text = QString::fromWCharArray(reinterpret_cast<const wchar_t*>(data.data()),
                                           static_cast<qsizetype>(bytes / sizeof(wchar_t)));
    while (text.endsWith(QChar(0)))
        text.chop(1);
    if (text.isEmpty())
        return {}; // an empty string, or a list of no items
    const QStringList items = text.split(QChar(0));
    if (type == REG_SZ && items.size() > 1)
        refuseRegistry(Text::tr("value %1: a NUL character inside the string").arg(name));
    for (const QString& item : items) {
        if (type == REG_MULTI_SZ && (item.isEmpty() || item.contains(QLatin1Char(','))))
            refuseRegistry(Text::tr("value %1: every item of a list must be non-empty and hold no comma").arg(name));
    }
    return items.join(QLatin1Char(','));
}

// Read with the Win32 API rather than QSettings, which reports no read error for the registry:
// a key it cannot open would look like no policy at all.
QMap<QString, QString> readRegistryPolicy()
{
    RegistryKey key;
    // KEY_WOW64_64KEY: the 64-bit view, where Group Policy writes, whatever this build is.
    const LSTATUS opened =
        RegOpenKeyExW(HKEY_LOCAL_MACHINE, L"Software\\Policies\\Ecluse", 0, KEY_READ | KEY_WOW64_64KEY, &key.handle);
    if (opened == ERROR_FILE_NOT_FOUND)
        return {}; // no managed policy: the defaults apply
    if (opened != ERROR_SUCCESS)
        refuseRegistry(Text::tr("cannot open the key: %1").arg(windowsErrorText(opened)));

    DWORD subKeys = 0;
    DWORD valueCount = 0;
    DWORD longestName = 0; // characters, without the terminating NUL
    DWORD longestData = 0; // bytes
    const LSTATUS described = RegQueryInfoKeyW(key.handle, nullptr, nullptr, nullptr, &subKeys, nullptr, nullptr,
                                               &valueCount, &longestName, &longestData, nullptr, nullptr);
    if (described != ERROR_SUCCESS)
        refuseRegistry(Text::tr("cannot read the key: %1").arg(windowsErrorText(described)));
    // Values under a subkey would apply nowhere, silently.
    if (subKeys != 0)
        refuseRegistry(Text::tr("the key holds subkeys; policy values go in the key itself"));

    QMap<QString, QString> values;
    std::vector<wchar_t> name(longestName + 1);
    std::vector<BYTE> data(longestData);
    for (DWORD index = 0; index < valueCount; ++index) {
        auto nameLength = static_cast<DWORD>(name.size());
        auto dataBytes = static_cast<DWORD>(data.size());
        DWORD type = 0;
        const LSTATUS read = RegEnumValueW(key.handle, index, name.data(), &nameLength, nullptr, &type,
                                           data.empty() ? nullptr : data.data(), &dataBytes);
        // ERROR_NO_MORE_ITEMS and ERROR_MORE_DATA included: the key changed while it was read.
        if (read != ERROR_SUCCESS)
            refuseRegistry(
                Text::tr("cannot read value %1 of the key: %2").arg(QString::number(index), windowsErrorText(read)));
        const QString valueName = QString::fromWCharArray(name.data(), static_cast<qsizetype>(nameLength));
        values.insert(valueName, registryValue(valueName, type, data, dataBytes));
    }
    return values;
}

#endif

} // namespace

Error managedPolicyError(const QString& source, const QString& why)
{
    return Error(ErrorKind::Integrity, Text::tr("managed policy %1: %2").arg(source, why));
}

std::unique_ptr<PolicySource> managedPolicyFile(const QString& path)
{
    const QString name = QDir::toNativeSeparators(path);
    QMap<QString, QString> values;
    try {
        if (const auto bytes = readPolicyFile(path))
            values = parsePolicyFile(*bytes, PolicyFileLayout::TopLevel);
    } catch (const Error& error) {
        throw managedPolicyError(name, error.message());
    }
    return std::make_unique<MapPolicySource>(std::move(values), name);
}

std::unique_ptr<PolicySource> systemPolicySource(const QString& unixIniPath)
{
#ifdef Q_OS_WIN
    Q_UNUSED(unixIniPath);
    return std::make_unique<MapPolicySource>(readRegistryPolicy(), registryName);
#else
    return managedPolicyFile(unixIniPath);
#endif
}

UserPolicy readUserPolicy(const QString& path)
{
    const QString name = QDir::toNativeSeparators(path);
    const QString description = name + QStringLiteral(" [Policy]");
    try {
        const auto bytes = readPolicyFile(path);
        return {
            MapPolicySource(bytes ? parsePolicyFile(*bytes, PolicyFileLayout::PolicySection) : QMap<QString, QString>(),
                            description),
            {}};
    } catch (const Error& error) {
        return {MapPolicySource({}, description), Text::tr("user settings %1 ignored: %2").arg(name, error.message())};
    }
}

QString userSettingsPath()
{
#if defined(Q_OS_WIN)
    const QString folder = qEnvironmentVariable("APPDATA");
#elif defined(Q_OS_DARWIN)
    const QString folder = QDir::home().filePath(QStringLiteral(".config"));
#else
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
#endif
    if (folder.isEmpty())
        return {};
    return QDir(folder).filePath(QStringLiteral("ecluse/ecluse.ini"));
}

} // namespace ecluse
