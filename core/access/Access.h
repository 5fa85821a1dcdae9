#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace ecluse {

// Separation of duties: analysts see aggregates, stewards review other people's requests,
// auditors read the trail, administrators keep the workstation running and see no data
// (SNDS: contractors administer, they do not read).
enum class Role
{
    Analyst,
    Steward,
    Auditor,
    Admin,
};

enum class Action
{
    BrowseCatalogue,
    BrowseAggregates,
    RequestExtract,
    ReviewExtract,
    ReadAudit,
    ResealAudit,
    VerifyVault,
    ManageAccounts,
};

QString roleName(Role role);
std::optional<Role> roleFromName(const QString& name);
QStringList allRoleNames();
QString actionName(Action action);

struct AccessDecision
{
    bool allowed = false;
    QString reason; // why it was refused, in words a user can act on
};

// The one place that says which roles may do what. Both the GUI (to hide or disable) and
// the services in core (to refuse) ask it.
AccessDecision decide(const QStringList& roles, Action action);

} // namespace ecluse
