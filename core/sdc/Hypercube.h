#pragma once

#include "sdc/TableRelations.h"
#include "sdc/TableShape.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace ecluse {

// A hypercube around a cell: for each dimension one other index (an inner category or the
// margin). Moving its 2^k corners together, the cell up, each corner up or down by the same
// amount, leaves every relation of the table balanced: along a dimension whose two indexes are
// categories they move in opposite directions (the margin is unchanged), along one whose other
// index is the margin they move together. When every corner is suppressed, the published cells do
// not change, so the cell is not determined by them, and the amount it can move up before a
// corner reaches zero proves how high it may be (the hypercube method, Repsilber; Giessing).
struct HypercubeMove
{
    std::vector<int> corners; // the cell first
    std::int64_t step = 0;    // how far the cell can move up; meaningless when unbounded
    bool unbounded = false;   // no corner moves down: the cell can be anything above its value

    bool reaches(std::int64_t amount) const { return unbounded || step >= amount; }
};

// The largest move up of `cell` along a hypercube whose corners are all suppressed, keeping every
// cell >= 0 and, in relations whose units are not additive (margin < sum), every member <= its
// margin. Searches until a move reaches `wanted`. Exact integer arithmetic; nullopt when the cell
// lies on no such hypercube.
std::optional<HypercubeMove> suppressedHypercube(const TableShape& shape, const TableRelations& relations,
                                                 const std::vector<std::int64_t>& units,
                                                 const std::vector<bool>& suppressed, int cell, std::int64_t wanted);

// The hypercube through `cell` that moves it up by `wanted` at least and costs least to suppress:
// the sum of cost[c] over its corners not suppressed yet (ties: the first found, so the same table
// always gives the same choice). nullopt when none can.
std::optional<HypercubeMove> cheapestHypercube(const TableShape& shape, const TableRelations& relations,
                                               const std::vector<std::int64_t>& units,
                                               const std::vector<bool>& suppressed,
                                               const std::vector<std::int64_t>& cost, int cell, std::int64_t wanted);

} // namespace ecluse
