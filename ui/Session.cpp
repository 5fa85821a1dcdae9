#include "Session.h"

#include "vault/Vault.h"

namespace ecluse::ui {

Session Session::of(const Vault& vault)
{
    const Subject subject = vault.subject();
    Session session{
        subject.user, subject.displayName, subject.roles, subject.validUntil, vault.folder(), vault.id(), {}};
    session.demo = vault.isDemo();
    for (const Action action :
         {Action::BrowseCatalogue, Action::BrowseAggregates, Action::RequestExtract, Action::ReviewExtract,
          Action::ReadAudit, Action::ResealAudit, Action::VerifyVault, Action::ManageAccounts, Action::ImportData})
        session.decisions.emplace(action, vault.decide(action));
    return session;
}

AccessDecision Session::decision(Action action) const
{
    const auto found = decisions.find(action);
    return found == decisions.end() ? AccessDecision{false, {}} : found->second;
}

} // namespace ecluse::ui
