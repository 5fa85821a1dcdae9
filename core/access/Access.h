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
    RequestExtract,
    ReviewExtract,
    ReadAudit,
    ResealAudit,
    VerifyVault,
    ManageAccounts,
    ImportData,
};

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

    static Resource ofDataset(QString name) { return {std::move(name), {}}; }
    static Resource requestBy(QString author) { return {{}, std::move(author)}; }
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
