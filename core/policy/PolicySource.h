#pragma once

#include "common/Error.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace ecluse {

// Where policy values come from: the system's managed policy, a user's own settings, or, in
// tests, a plain map. Values are text; PolicyLoader parses and checks them.
class PolicySource
{
public:
    virtual ~PolicySource() = default;
    virtual std::optional<QString> value(const QString& key) const = 0;
    // Every key the source sets, known to Écluse or not.
    virtual QStringList keys() const = 0;
    // "/etc/ecluse/policy.ini", "HKEY_LOCAL_MACHINE\Software\Policies\Ecluse"
    virtual QString description() const = 0;
};

// Values already read: a parsed policy file or registry key, or a test's map.
class MapPolicySource final : public PolicySource
{
public:
    MapPolicySource(QMap<QString, QString> values = {}, QString name = QStringLiteral("test policy"))
        : m_values(std::move(values))
        , m_name(std::move(name))
    {}

    std::optional<QString> value(const QString& key) const override
    {
        const auto it = m_values.find(key);
        return it == m_values.end() ? std::nullopt : std::optional<QString>(*it);
    }
    QStringList keys() const override { return m_values.keys(); }
    QString description() const override { return m_name; }

private:
    QMap<QString, QString> m_values;
    QString m_name;
};

// The one form of every refusal of managed policy, whatever its cause:
// "managed policy /etc/ecluse/policy.ini: <why>", ErrorKind::Integrity (exit code 3). The
// organisation's rules cannot be applied as written, and running with others would be worse
// than not running.
Error managedPolicyError(const QString& source, const QString& why);

// The managed policy of this machine, read once: a policy that changed under a running session
// would make its rules ambiguous. On Unix the INI file whose path the executable was built with
// (see app/startup/PolicyPath.cpp; nothing at run time can move it), on Windows
// HKLM\Software\Policies\Ecluse. Absent, it is empty (defaults apply); present, it must be read
// in full, or managedPolicyError() is thrown.
std::unique_ptr<PolicySource> systemPolicySource(const QString& unixIniPath);
// A managed policy file at `path`, as systemPolicySource() reads it on Unix.
std::unique_ptr<PolicySource> managedPolicyFile(const QString& path);

// The user's own settings: the [Policy] section of their Écluse settings file. They may only
// make rules stricter, so a file that cannot be read is left out instead of stopping Écluse,
// and `note` tells why.
struct UserPolicy
{
    MapPolicySource source;
    QString note; // empty when the file was read, or is absent
};
UserPolicy readUserPolicy(const QString& path);
// ~/.config/ecluse/ecluse.ini on Linux ($XDG_CONFIG_HOME when set), %APPDATA%\ecluse\ecluse.ini
// on Windows: where QSettings keeps the user's "ecluse" settings. Found without QSettings, which
// would read the file on the way (and hang on a FIFO).
QString userSettingsPath();

} // namespace ecluse
