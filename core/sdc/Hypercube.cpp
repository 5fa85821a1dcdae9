#include "sdc/Hypercube.h"

#include <algorithm>
#include <limits>

namespace ecluse {
namespace {

std::size_t at(int i)
{
    return static_cast<std::size_t>(i);
}

// Enumerating every combination of alternatives would be the product of the dimensions' extents
// for each cell; beyond this many the cheapest alternatives of each dimension are kept.
constexpr std::int64_t MaxCombinations = 100'000;

struct Cube
{
    std::vector<int> corners;
    std::vector<int> signs;
};

bool additive(const TableRelation& relation, const std::vector<std::int64_t>& units)
{
    std::int64_t sum = 0;
    for (int k = 0; k < relation.count; ++k)
        sum += units[at(relation.member(k))];
    return sum == units[at(relation.margin())];
}

Cube cubeOf(const TableShape& shape, const std::vector<int>& origin, const std::vector<int>& other)
{
    const int dims = shape.dimensionCount();
    Cube cube;
    std::vector<int> coordinates(origin.size());
    for (int mask = 0; mask < (1 << dims); ++mask) {
        int sign = 1;
        for (int d = 0; d < dims; ++d) {
            const bool moved = (mask >> d) & 1;
            coordinates[at(d)] = moved ? other[at(d)] : origin[at(d)];
            const bool bothInner = origin[at(d)] < shape.categories(d) && other[at(d)] < shape.categories(d);
            if (moved && bothInner)
                sign = -sign;
        }
        cube.corners.push_back(shape.index(coordinates));
        cube.signs.push_back(sign);
    }
    return cube;
}

// How far the first corner can move up, keeping what an attacker knows of every relation true:
// no corner moving down may go below zero; in a relation that is not additive (member <= margin
// <= sum), a member moving up may not pass its unchanged margin, and a margin moving down (with
// its member in the cube) may not pass below any of its other members, which stay as they are.
HypercubeMove moveOf(const TableShape& shape, const TableRelations& relations, const std::vector<std::int64_t>& units,
                     const std::vector<int>& origin, const std::vector<int>& other, Cube cube)
{
    constexpr std::int64_t none = std::numeric_limits<std::int64_t>::max();
    std::int64_t step = none;
    for (std::size_t i = 0; i < cube.corners.size(); ++i) {
        const int corner = cube.corners[i];
        const bool down = cube.signs[i] < 0;
        if (down)
            step = std::min(step, units[at(corner)]);
        for (int d = 0; d < shape.dimensionCount(); ++d) {
            const TableRelation& relation = relations.all()[at(relations.relationOf(corner, d))];
            if (additive(relation, units))
                continue;
            const bool pairedWithMargin = origin[at(d)] == shape.categories(d) || other[at(d)] == shape.categories(d);
            if (!pairedWithMargin) {
                // Its relation's margin is not a corner and stays put.
                if (!down)
                    step = std::min(step, units[at(relation.margin())] - units[at(corner)]);
                continue;
            }
            if (!down || corner != relation.margin())
                continue; // a member moving with its margin, or a margin moving up: nothing to pass
            const int partner = std::min(origin[at(d)], other[at(d)]); // the inner index in the cube
            for (int k = 0; k < relation.count; ++k) {
                if (k != partner)
                    step = std::min(step, units[at(corner)] - units[at(relation.member(k))]);
            }
        }
    }
    HypercubeMove move;
    move.corners = std::move(cube.corners);
    move.unbounded = step == none;
    move.step = move.unbounded ? 0 : std::max<std::int64_t>(0, step);
    return move;
}

// Calls `visit(other)` for each combination of one alternative index per dimension, drawn from
// `alternatives`; stops when it returns true.
template <typename Visit> void forEachCombination(const std::vector<std::vector<int>>& alternatives, Visit visit)
{
    const std::size_t dims = alternatives.size();
    std::vector<std::size_t> position(dims, 0);
    std::vector<int> other(dims);
    for (;;) {
        for (std::size_t d = 0; d < dims; ++d)
            other[d] = alternatives[d][position[d]];
        if (visit(other))
            return;
        std::size_t d = 0;
        while (d < dims && ++position[d] == alternatives[d].size())
            position[d++] = 0;
        if (d == dims)
            return;
    }
}

} // namespace

std::optional<HypercubeMove> suppressedHypercube(const TableShape& shape, const TableRelations& relations,
                                                 const std::vector<std::int64_t>& units,
                                                 const std::vector<bool>& suppressed, int cell, std::int64_t wanted)
{
    const std::vector<int> origin = shape.coordinates(cell);
    std::vector<int> neighbour = origin;
    std::vector<std::vector<int>> alternatives(origin.size());
    for (int d = 0; d < shape.dimensionCount(); ++d) {
        // The corner that differs from the cell in this dimension alone must be suppressed.
        for (int index = 0; index < shape.extent(d); ++index) {
            neighbour[at(d)] = index;
            if (index != origin[at(d)] && suppressed[at(shape.index(neighbour))])
                alternatives[at(d)].push_back(index);
        }
        neighbour[at(d)] = origin[at(d)];
        if (alternatives[at(d)].empty())
            return std::nullopt;
    }
    std::optional<HypercubeMove> best;
    if (origin.empty()) {
        best = moveOf(shape, relations, units, origin, {}, cubeOf(shape, origin, {}));
        return best;
    }
    std::int64_t visited = 0;
    forEachCombination(alternatives, [&](const std::vector<int>& other) {
        Cube cube = cubeOf(shape, origin, other);
        const bool allSuppressed =
            std::all_of(cube.corners.begin(), cube.corners.end(), [&](int corner) { return suppressed[at(corner)]; });
        if (allSuppressed) {
            HypercubeMove move = moveOf(shape, relations, units, origin, other, std::move(cube));
            if (!best || move.unbounded || (!best->unbounded && move.step > best->step))
                best = std::move(move);
        }
        return (best && best->reaches(wanted)) || ++visited >= MaxCombinations;
    });
    return best;
}

std::optional<HypercubeMove> cheapestHypercube(const TableShape& shape, const TableRelations& relations,
                                               const std::vector<std::int64_t>& units,
                                               const std::vector<bool>& suppressed,
                                               const std::vector<std::int64_t>& cost, int cell, std::int64_t wanted)
{
    const std::vector<int> origin = shape.coordinates(cell);
    if (origin.empty())
        return std::nullopt; // a lone grand total has no other cell to hide it with
    std::vector<int> neighbour = origin;
    std::vector<std::vector<int>> alternatives(origin.size());
    std::int64_t combinations = 1;
    for (int d = 0; d < shape.dimensionCount(); ++d) {
        std::vector<std::pair<std::int64_t, int>> byCost;
        for (int index = 0; index < shape.extent(d); ++index) {
            if (index == origin[at(d)])
                continue;
            neighbour[at(d)] = index;
            const int edge = shape.index(neighbour);
            byCost.emplace_back(suppressed[at(edge)] ? 0 : cost[at(edge)], index);
        }
        neighbour[at(d)] = origin[at(d)];
        std::sort(byCost.begin(), byCost.end());
        for (const auto& [edgeCost, index] : byCost)
            alternatives[at(d)].push_back(index);
        combinations *= static_cast<std::int64_t>(alternatives[at(d)].size());
    }
    // Keep the cheapest alternatives of the widest dimensions until the search stays bounded.
    while (combinations > MaxCombinations) {
        auto widest = std::max_element(alternatives.begin(), alternatives.end(),
                                       [](const auto& a, const auto& b) { return a.size() < b.size(); });
        combinations =
            combinations / static_cast<std::int64_t>(widest->size()) * static_cast<std::int64_t>(widest->size() / 2);
        widest->resize(widest->size() / 2);
    }
    std::optional<HypercubeMove> best;
    std::int64_t bestCost = std::numeric_limits<std::int64_t>::max();
    forEachCombination(alternatives, [&](const std::vector<int>& other) {
        HypercubeMove move = moveOf(shape, relations, units, origin, other, cubeOf(shape, origin, other));
        if (!move.reaches(wanted))
            return false;
        std::int64_t total = 0;
        for (int corner : move.corners) {
            if (!suppressed[at(corner)])
                total += cost[at(corner)];
        }
        if (total < bestCost) {
            bestCost = total;
            best = std::move(move);
        }
        return bestCost == 0;
    });
    return best;
}

} // namespace ecluse
