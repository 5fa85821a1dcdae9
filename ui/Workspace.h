#pragma once

#include "Navigation.h"
#include "Session.h"

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
    Workspace(VaultWorker& worker, Session session, QWidget* parent = nullptr);

private:
    void showEntry(int row);
    QWidget* newPage(Page page);

    VaultWorker& m_worker;
    Session m_session;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    QLabel* m_nothing; // shown when no entry is open to these roles
    std::map<Page, QWidget*> m_built;
};

} // namespace ecluse::ui
