#include "Access.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace ecluse {
namespace {

// This file's messages, under the "Access" context that lupdate files them in too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Access)
};

struct Grant
{
    Role role;
    Action action;
};

constexpr std::array grants{
    Grant{Role::Analyst, Action::BrowseCatalogue},  Grant{Role::Analyst, Action::BrowseAggregates},
    Grant{Role::Analyst, Action::ExportAggregates}, Grant{Role::Analyst, Action::RequestExtract},
    Grant{Role::Steward, Action::BrowseCatalogue},  Grant{Role::Steward, Action::ReviewExtract},
    Grant{Role::Auditor, Action::ReadAudit},        Grant{Role::Auditor, Action::VerifyVault},
    Grant{Role::Auditor, Action::ResealAudit},      Grant{Role::Auditor, Action::ReadHabilitations},
    Grant{Role::Admin, Action::VerifyVault},        Grant{Role::Admin, Action::ManageAccounts},
    Grant{Role::Admin, Action::ImportData},         Grant{Role::Admin, Action::ReadHabilitations},
    Grant{Role::Admin, Action::BackUpVault},
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

QString actionName(Action action)
{
    switch (action) {
    case Action::BrowseCatalogue:
        return Text::tr("browse the catalogue");
    case Action::BrowseAggregates:
        return Text::tr("browse aggregates");
    case Action::ExportAggregates:
        return Text::tr("copy or export aggregates");
    case Action::ReadHabilitations:
        return Text::tr("read everyone's habilitations");
    case Action::RequestExtract:
        return Text::tr("request extracts");
    case Action::ReviewExtract:
        return Text::tr("review extract requests");
    case Action::ReadAudit:
        return Text::tr("read the audit trail");
    case Action::ResealAudit:
        return Text::tr("reseal the audit trail");
    case Action::ImportData:
        return Text::tr("import data packages");
    case Action::VerifyVault:
        return Text::tr("verify the vault");
    case Action::ManageAccounts:
        return Text::tr("manage accounts and key slots");
    case Action::BackUpVault:
        return Text::tr("back up and restore the vault");
    }
    return {};
}

bool isDatasetScoped(Action action)
{
    return action == Action::BrowseAggregates || action == Action::ExportAggregates || action == Action::RequestExtract;
}

bool roleAllows(const QStringList& roles, Action action)
{
    return std::any_of(grants.begin(), grants.end(), [&](const Grant& grant) {
        return grant.action == action && roles.contains(roleName(grant.role));
    });
}

bool Subject::isValidAt(const QDateTime& time) const
{
    return (!validFrom.isValid() || validFrom <= time) && (!validUntil.isValid() || time < validUntil);
}

std::optional<QString> validityProblem(const Subject& subject, const QDateTime& now)
{
    const auto day = [](const QDateTime& time) { return time.toUTC().toString(Qt::ISODate); };
    // SNDS: access only for a fixed period.
    if (subject.validUntil.isValid() && now >= subject.validUntil)
        return Text::tr("the habilitation of %1 ended on %2").arg(subject.user, day(subject.validUntil));
    if (subject.validFrom.isValid() && now < subject.validFrom)
        return Text::tr("the habilitation of %1 starts on %2").arg(subject.user, day(subject.validFrom));
    return std::nullopt;
}

AccessDecision decide(const Subject& subject, Action action, const Resource& resource, const QDateTime& now)
{
    auto deny = [](QString reason) { return AccessDecision{false, std::move(reason)}; };
    if (const auto problem = validityProblem(subject, now))
        return deny(*problem);

    if (!roleAllows(subject.roles, action)) {
        QStringList allowed;
        for (const Grant& grant : grants) {
            if (grant.action == action)
                allowed << roleName(grant.role);
        }
        return deny(
            allowed.size() == 1
                ? Text::tr("only the %1 role may %2").arg(allowed.first(), actionName(action))
                : Text::tr("only the roles %1 may %2").arg(allowed.join(QStringLiteral(", ")), actionName(action)));
    }

    if (isDatasetScoped(action)) {
        const auto grantAllows = [action](const DatasetGrant& grant) {
            return action != Action::RequestExtract || grant.level == GrantLevel::Extract;
        };
        if (resource.anyDataset) {
            if (std::none_of(subject.grants.begin(), subject.grants.end(), grantAllows))
                return deny(Text::tr("%1 has no habilitation for any dataset that allows them to %2")
                                .arg(subject.user, actionName(action)));
            return {true, {}};
        }
        // A data action names its dataset: an empty one is a mistake, and never a wildcard.
        if (resource.dataset.isEmpty())
            return deny(Text::tr("no dataset was named to %1").arg(actionName(action)));
        const auto grant = std::find_if(subject.grants.begin(), subject.grants.end(),
                                        [&](const DatasetGrant& g) { return g.dataset == resource.dataset; });
        if (grant == subject.grants.end())
            return deny(Text::tr("%1 has no habilitation for the dataset %2").arg(subject.user, resource.dataset));
        if (!grantAllows(*grant))
            return deny(Text::tr("the habilitation of %1 for %2 is for aggregates only: extracts need an extract grant")
                            .arg(subject.user, resource.dataset));
        // SNDS: a profile holds at most one potential identifier, and uses only the one its
        // habilitation names.
        for (const PotentialIdentifier identifier : resource.potentialIdentifiers) {
            if (identifier != PotentialIdentifier::None && identifier != grant->potentialIdentifier)
                return deny(Text::tr("the habilitation of %1 for %2 does not include the potential identifier %3")
                                .arg(subject.user, resource.dataset, potentialIdentifierName(identifier)));
        }
    }

    // Separation of duties: a steward never reviews their own request.
    if (action == Action::ReviewExtract && !resource.owner.isEmpty() && resource.owner == subject.user)
        return deny(Text::tr("%1 wrote this request: nobody reviews their own request").arg(subject.user));

    return {true, {}};
}

} // namespace ecluse
