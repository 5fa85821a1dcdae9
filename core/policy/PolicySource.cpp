#include "PolicySource.h"

#include <QSettings>

namespace ecluse {

SettingsPolicySource::SettingsPolicySource(Store store, QString location, QString group)
    : m_store(store)
    , m_location(std::move(location))
    , m_group(std::move(group))
{
    // Read once: a policy that changes under a running session would make its rules ambiguous.
    QSettings settings(m_location, m_store == Store::IniFile ? QSettings::IniFormat : QSettings::NativeFormat);
    if (!m_group.isEmpty())
        settings.beginGroup(m_group);
    for (const QString& key : settings.childKeys()) {
        const QVariant value = settings.value(key);
        // INI values with commas and REG_MULTI_SZ values both arrive as lists.
        m_values.insert(key, value.typeId() == QMetaType::QStringList ? value.toStringList().join(QLatin1Char(','))
                                                                      : value.toString());
    }
}

std::optional<QString> SettingsPolicySource::value(const QString& key) const
{
    const auto it = m_values.find(key);
    return it == m_values.end() ? std::nullopt : std::optional<QString>(*it);
}

QString SettingsPolicySource::description() const
{
    return m_group.isEmpty() ? m_location : m_location + QStringLiteral(" [") + m_group + QLatin1Char(']');
}

std::unique_ptr<PolicySource> systemPolicySource(const QString& unixIniPath)
{
#ifdef Q_OS_WIN
    Q_UNUSED(unixIniPath);
    return std::make_unique<SettingsPolicySource>(SettingsPolicySource::Store::WindowsRegistry,
                                                  QStringLiteral("HKEY_LOCAL_MACHINE\\Software\\Policies\\Ecluse"));
#else
    return std::make_unique<SettingsPolicySource>(SettingsPolicySource::Store::IniFile, unixIniPath);
#endif
}

std::unique_ptr<PolicySource> userPolicySource()
{
    const QSettings user(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("ecluse"),
                         QStringLiteral("ecluse"));
    return std::make_unique<SettingsPolicySource>(SettingsPolicySource::Store::IniFile, user.fileName(),
                                                  QStringLiteral("Policy"));
}

} // namespace ecluse
