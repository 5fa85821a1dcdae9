#include "Access.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace ecluse {
namespace {

struct Grant
{
    Role role;
    Action action;
};

constexpr std::array grants{
    Grant{Role::Analyst, Action::BrowseCatalogue}, Grant{Role::Analyst, Action::BrowseAggregates},
    Grant{Role::Analyst, Action::RequestExtract},  Grant{Role::Steward, Action::BrowseCatalogue},
    Grant{Role::Steward, Action::ReviewExtract},   Grant{Role::Auditor, Action::ReadAudit},
    Grant{Role::Auditor, Action::VerifyVault},     Grant{Role::Auditor, Action::ResealAudit},
    Grant{Role::Admin, Action::VerifyVault},       Grant{Role::Admin, Action::ManageAccounts},
};

constexpr std::array roleNames{
    std::pair{Role::Analyst, "analyst"},
    std::pair{Role::Steward, "steward"},
    std::pair{Role::Auditor, "auditor"},
    std::pair{Role::Admin, "admin"},
};

} // namespace

QString roleName(Role role)
{
    for (const auto& [candidate, name] : roleNames) {
        if (candidate == role)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<Role> roleFromName(const QString& name)
{
    for (const auto& [role, text] : roleNames) {
        if (name == QLatin1String(text))
            return role;
    }
    return std::nullopt;
}

QStringList allRoleNames()
{
    QStringList names;
    for (const auto& entry : roleNames)
        names << QString::fromLatin1(entry.second);
    return names;
}

QString actionName(Action action)
{
    switch (action) {
    case Action::BrowseCatalogue:
        return QCoreApplication::translate("ecluse::Access", "browse the catalogue");
    case Action::BrowseAggregates:
        return QCoreApplication::translate("ecluse::Access", "browse aggregates");
    case Action::RequestExtract:
        return QCoreApplication::translate("ecluse::Access", "request extracts");
    case Action::ReviewExtract:
        return QCoreApplication::translate("ecluse::Access", "review extract requests");
    case Action::ReadAudit:
        return QCoreApplication::translate("ecluse::Access", "read the audit trail");
    case Action::ResealAudit:
        return QCoreApplication::translate("ecluse::Access", "reseal the audit trail");
    case Action::VerifyVault:
        return QCoreApplication::translate("ecluse::Access", "verify the vault");
    case Action::ManageAccounts:
        return QCoreApplication::translate("ecluse::Access", "manage accounts and key slots");
    }
    return {};
}

AccessDecision decide(const QStringList& roles, Action action)
{
    for (const Grant& grant : grants) {
        if (grant.action == action && roles.contains(roleName(grant.role)))
            return {true, {}};
    }
    QStringList allowedRoles;
    for (const Grant& grant : grants) {
        if (grant.action == action)
            allowedRoles << roleName(grant.role);
    }
    return {false, QCoreApplication::translate("ecluse::Access", "only the roles %1 may %2")
                       .arg(allowedRoles.join(QStringLiteral(", ")), actionName(action))};
}

} // namespace ecluse
