#include "Session.h"

#include "vault/Vault.h"

namespace ecluse::ui {

Session Session::of(const Vault& vault)
{
    const Subject subject = vault.subject();
    Session session{
        subject.user, subject.displayName, subject.roles, subject.validUntil, vault.folder(), vault.id(), {}};
    session.demo = vault.isDemo();
    // Only to show or hide what would be refused: a data action asks whether some dataset allows
    // it, and core asks again, for the dataset at hand, when it is attempted.
    for (const Action action : allActions)
        session.decisions.emplace(action,
                                  vault.decide(action, isDatasetScoped(action) ? Resource::someDataset() : Resource{}));
    return session;
}

AccessDecision Session::decision(Action action) const
{
    const auto found = decisions.find(action);
    return found == decisions.end() ? AccessDecision{false, {}} : found->second;
}

} // namespace ecluse::ui
