#pragma once

#include "Session.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace ecluse::ui {

enum class Page
{
    Catalogue,
    Aggregates,
    Extracts,
    Audit,
    Administration,
    Policy,
};

struct NavigationEntry
{
    Page page;
    QString title;
    bool enabled = false;
    QString toolTip; // why it is disabled, or what it is for
};

// The workspace's entries for a set of roles. Whether a role may do something is core's
// decision (ecluse::decide); here it only becomes enabled entries and tooltips.
class Navigation
{
    Q_DECLARE_TR_FUNCTIONS(Navigation)

public:
    static std::vector<NavigationEntry> entriesFor(const Session& session);
};

} // namespace ecluse::ui
