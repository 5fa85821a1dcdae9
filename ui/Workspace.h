#pragma once

#include "Navigation.h"
#include "Session.h"
#include "WorkspaceState.h"
#include "policy/PolicyLoader.h"

#include <QWidget>

#include <map>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace ecluse::ui {

class VaultWorker;

// Everything a signed-in user works with: the navigation on the left, the pages on the right.
// Lives only while the vault is unlocked; locking destroys it with every page and model.
class Workspace : public QWidget
{
    Q_OBJECT

public:
    // policy must outlive the workspace (the window holds it). resume: where the user was when the
    // session locked, to go back to as far as their roles still allow (the page, and the aggregate
    // query put back in its form and run again); empty, the first page open to them.
    Workspace(VaultWorker& worker, Session session, const LoadedPolicy& policy, const WorkspaceState& resume = {},
              QWidget* parent = nullptr);

    // A banner above the pages, non-modal so that any input, which postpones the lock, hides it.
    void showIdleWarning(qint64 secondsLeft);
    void hideIdleWarning();
    // "Change my password", for every role: a dialog that locking destroys with the workspace.
    void changePassword();

    // Where the user is: the page shown and the aggregate query on the aggregates page, if any.
    WorkspaceState state() const;

private:
    void showEntry(int row);
    // The row of page's entry when its page is open to the user, else -1.
    int enabledRow(Page page) const;
    // The page, built the first time it is asked for; null when it cannot be built.
    QWidget* page(Page page);
    void remindOfBackup();
    // With an organisation server: a line under the pages while it is out of reach, and since when.
    void showServerStatus();
    QWidget* newPage(Page page);

    VaultWorker& m_worker;
    Session m_session;
    const LoadedPolicy& m_policy;
    QLabel* m_idleWarning;
    QLabel* m_notice; // how something asked from the menus ended
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    QLabel* m_nothing; // shown when no entry is open to these roles
    QLabel* m_serverStatus;
    std::map<Page, QWidget*> m_built;
};

} // namespace ecluse::ui
