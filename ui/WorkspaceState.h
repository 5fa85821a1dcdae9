#pragma once

#include "Navigation.h"
#include "aggregate/AggregateQuery.h"

#include <optional>

namespace ecluse::ui {

// Where a user was in the workspace when it locked: the page, and the parameters of the aggregate
// table they were looking at (dataset, dimensions, measures, filters), so that unlocking takes them
// back there and computes the table again. Parameters only, never a result: nothing of the data
// may outlive the lock.
struct WorkspaceState
{
    std::optional<Page> page;
    std::optional<AggregateQuery> query;
    int rowDimensions = 0; // how many of the query's dimensions, from the first, go down the side
};

} // namespace ecluse::ui
