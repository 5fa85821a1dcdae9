#include "Navigation.h"

#include "access/Access.h"

#include <vector>

namespace ecluse::ui {
namespace {

struct EntryRule
{
    Page page;
    std::vector<Action> actions; // any one of them opens the entry; none: every signed-in user
};

const EntryRule rules[] = {
    {Page::Catalogue, {Action::BrowseCatalogue}},
    {Page::Aggregates, {Action::BrowseAggregates}},
    {Page::Extracts, {Action::RequestExtract, Action::ReviewExtract}},
    {Page::Audit, {Action::ReadAudit}},
    {Page::Administration, {Action::ManageAccounts, Action::VerifyVault}},
    {Page::Policy, {}},
};

} // namespace

std::vector<NavigationEntry> Navigation::entriesFor(const Session& session)
{
    std::vector<NavigationEntry> entries;
    for (const EntryRule& rule : rules) {
        NavigationEntry entry{rule.page, {}, false, {}};
        switch (rule.page) {
        case Page::Catalogue:
            entry.title = tr("Catalogue");
            break;
        case Page::Aggregates:
            entry.title = tr("Aggregates");
            break;
        case Page::Extracts:
            entry.title = tr("Extracts");
            break;
        case Page::Audit:
            entry.title = tr("Audit");
            break;
        case Page::Administration:
            entry.title = tr("Administration");
            break;
        case Page::Policy:
            entry.title = tr("Policy");
            entry.toolTip = tr("The rules your organisation set for this workstation, and where each comes from.");
            break;
        }
        QStringList refusals;
        for (Action action : rule.actions) {
            const AccessDecision decision = session.decision(action);
            if (!decision.allowed)
                refusals << decision.reason;
        }
        const bool allowed = rule.actions.empty() || refusals.size() < static_cast<qsizetype>(rule.actions.size());
        entry.enabled = allowed;
        if (!allowed)
            entry.toolTip = refusals.join(QLatin1Char('\n'));
        entries.push_back(entry);
    }
    return entries;
}

} // namespace ecluse::ui
