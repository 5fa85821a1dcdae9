#pragma once

#include <QMap>
#include <QString>

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
    // "the file /etc/ecluse/policy.ini", "HKLM\Software\Policies\Ecluse"
    virtual QString description() const = 0;
};

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
    QString description() const override { return m_name; }

private:
    QMap<QString, QString> m_values;
    QString m_name;
};

// Reads one QSettings store: an INI file, or on Windows a registry key.
class SettingsPolicySource final : public PolicySource
{
public:
    enum class Store
    {
        IniFile,
        WindowsRegistry,
    };

    SettingsPolicySource(Store store, QString location, QString group = {});

    std::optional<QString> value(const QString& key) const override;
    QString description() const override;

private:
    Store m_store;
    QString m_location;
    QString m_group;
    QMap<QString, QString> m_values;
};

// The managed policy of this machine: on Unix the INI file whose path the executable was built
// with (see app/startup/PolicyPath.cpp; nothing at run time can move it), on Windows
// HKLM\Software\Policies\Ecluse.
std::unique_ptr<PolicySource> systemPolicySource(const QString& unixIniPath);
// The user's own settings, [Policy] group of the user's Écluse settings file.
std::unique_ptr<PolicySource> userPolicySource();

} // namespace ecluse
