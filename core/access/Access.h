#pragma once

#include "Habilitation.h"

#include <QDateTime>
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
    ExportAggregates, // copy or export a protected table
    RequestExtract,
    ReviewExtract,
    ReadAudit,
    ResealAudit,
    VerifyVault,
    ReadHabilitations, // everyone's; each user may always read their own
    ManageAccounts,
    ImportData,
    BackUpVault, // back up and restore: encrypted pages only, never the data in clear
};

// Every action, for tables that must cover them all (the role matrix, the GUI's decisions).
inline constexpr Action allActions[] = {
    Action::BrowseCatalogue,   Action::BrowseAggregates, Action::ExportAggregates, Action::RequestExtract,
    Action::ReviewExtract,     Action::ReadAudit,        Action::ResealAudit,      Action::VerifyVault,
    Action::ReadHabilitations, Action::ManageAccounts,   Action::ImportData,       Action::BackUpVault,
};

// Actions on one dataset's data: decide() needs the dataset (or Resource::anyDataset()).
bool isDatasetScoped(Action action);

QString roleName(Role role);
std::optional<Role> roleFromName(const QString& name);
QString actionName(Action action);

struct AccessDecision
{
    bool allowed = false;
    QString reason; // why it was refused, in words a user can act on
};

// Who asks: a signed-in user as their habilitation describes them. Without a manifest yet (a
// vault just created) the first administrator has no end date; everyone else comes from the
// manifest in force.
struct Subject
{
    QString user;
    QString displayName;
    QStringList roles;
    QDateTime validFrom;  // invalid: no start
    QDateTime validUntil; // invalid: no end (only the bootstrap administrator)
    QList<DatasetGrant> grants;

    bool isValidAt(const QDateTime& time) const;
};

// What is asked about, when the action concerns a dataset or someone's request.
struct Resource
{
    QString dataset;
    QString owner; // the author of an extract request
    // The SNDS potential identifiers the request uses (a care-date filter, a commune dimension):
    // each must be the one the user's grant for the dataset names.
    QList<PotentialIdentifier> potentialIdentifiers;
    // Only to ask whether the action is allowed on some dataset (to show or hide a page): never
    // enough to act on data.
    bool anyDataset = false;

    static Resource ofDataset(QString name, QList<PotentialIdentifier> identifiers = {})
    {
        return {std::move(name), {}, std::move(identifiers), false};
    }
    static Resource requestBy(QString author) { return {{}, std::move(author), {}, false}; }
    static Resource someDataset() { return {{}, {}, {}, true}; }
};

// The one decision point: (subject, action, resource, time) → allow, or deny with a reason a user
// can act on. Both the GUI (to hide or disable) and the services in core (to refuse, audited)
// ask it.
AccessDecision decide(const Subject& subject, Action action, const Resource& resource, const QDateTime& now);

// Why the subject is not habilitated at this time, if they are not.
std::optional<QString> validityProblem(const Subject& subject, const QDateTime& now);

// The role table alone, for tests and for explaining the rules.
bool roleAllows(const QStringList& roles, Action action);

} // namespace ecluse
