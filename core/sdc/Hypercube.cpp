#include "sdc/Hypercube.h"

#include <algorithm>
#include <limits>

namespace ecluse {
namespace {

std::size_t at(int i)
{
    return static_cast<std::size_t>(i);
}

// A search stops after visiting this many partial cubes: enough for every table seen, and a bound
// on the time a cell can take. Cells not proven by then go to the audit's linear program.
constexpr std::int64_t MaxVisits = 200'000;

// Depth first over one index per dimension (the cell's own index: the cube does not extend along
// that dimension), building the cube's corners as it goes: choosing index i along d adds, for
// every corner so far, that corner moved to i along d. `admit(from)` sees the corners added from
// position `from` on and may refuse them, cutting the branch; `retract(from)` undoes what an
// admitted step added; `leaf()` sees a whole cube. Admit and leaf return true to go on / to stop.
class CubeWalk
{
public:
    CubeWalk(const TableShape& shape, int cell, std::vector<std::vector<int>> alternatives)
        : corners{cell}
        , signs{1}
        , m_shape(shape)
        , m_origin(shape.coordinates(cell))
        , m_alternatives(std::move(alternatives))
    {}

    std::vector<int> corners;
    std::vector<int> signs;

    template <typename Admit, typename Retract, typename Leaf>
    bool walk(Admit& admit, Retract& retract, Leaf& leaf, std::size_t level = 0)
    {
        if (++m_visits > MaxVisits)
            return true;
        if (level == m_alternatives.size())
            return leaf();
        const int d = static_cast<int>(level);
        for (int index : m_alternatives[level]) {
            const bool extends = index != m_origin[level];
            const std::size_t from = corners.size();
            if (extends) {
                const int shift = (index - m_origin[level]) * m_shape.stride(d);
                const bool bothInner = m_origin[level] < m_shape.categories(d) && index < m_shape.categories(d);
                for (std::size_t i = 0; i < from; ++i) {
                    corners.push_back(corners[i] + shift);
                    signs.push_back(bothInner ? -signs[i] : signs[i]);
                }
                if (!admit(from)) {
                    corners.resize(from);
                    signs.resize(from);
                    continue;
                }
            }
            const bool stop = walk(admit, retract, leaf, level + 1);
            if (extends) {
                retract(from);
                corners.resize(from);
                signs.resize(from);
            }
            if (stop)
                return true;
        }
        return false;
    }

private:
    const TableShape& m_shape;
    std::vector<int> m_origin;
    std::vector<std::vector<int>> m_alternatives;
    std::int64_t m_visits = 0;
};

} // namespace

struct HypercubeSearch::Cube
{
    std::vector<int> corners;
    std::vector<int> signs;
};

HypercubeSearch::HypercubeSearch(const TableShape& shape, const TableRelations& relations,
                                 const std::vector<std::int64_t>& units)
    : m_shape(shape)
    , m_relations(relations)
    , m_units(units)
    , m_totals(relations.all().size())
{
    for (std::size_t r = 0; r < relations.all().size(); ++r) {
        const TableRelation& relation = relations.all()[r];
        RelationTotals& totals = m_totals[r];
        for (int k = 0; k < relation.count; ++k) {
            const int member = relation.member(k);
            totals.sum += units[at(member)];
            // Insert into the three largest, earlier cells first among equals.
            int held = member;
            for (int& slot : totals.largest) {
                if (slot < 0 || units[at(held)] > units[at(slot)])
                    std::swap(slot, held);
                if (held < 0)
                    break;
            }
        }
    }
}

// How far the first corner can move up, every corner moving by its sign times the same step,
// keeping true what an attacker knows of every relation that holds a corner: where the units add
// up, margin == sum (a move that breaks it is no move at all); elsewhere member <= margin <= sum.
// And no corner below zero.
HypercubeMove HypercubeSearch::moveOf(Cube cube) const
{
    constexpr std::int64_t none = std::numeric_limits<std::int64_t>::max();
    std::int64_t step = none;
    bool valid = true;
    std::vector<std::pair<int, int>> touched; // relation, corner (index in the cube)
    for (std::size_t i = 0; i < cube.corners.size(); ++i) {
        if (cube.signs[i] < 0)
            step = std::min(step, m_units[at(cube.corners[i])]);
        for (int d = 0; d < m_relations.dimensionCount(); ++d)
            touched.emplace_back(m_relations.relationOf(cube.corners[i], d), static_cast<int>(i));
    }
    std::sort(touched.begin(), touched.end());
    for (std::size_t begin = 0; begin < touched.size() && valid;) {
        std::size_t end = begin;
        while (end < touched.size() && touched[end].first == touched[begin].first)
            ++end;
        const TableRelation& relation = m_relations.all()[at(touched[begin].first)];
        const RelationTotals& totals = m_totals[at(touched[begin].first)];
        const std::int64_t margin = m_units[at(relation.margin())];
        int marginMove = 0;
        int sumMove = 0;
        for (std::size_t t = begin; t < end; ++t) {
            const auto i = at(touched[t].second);
            (cube.corners[i] == relation.margin() ? marginMove : sumMove) += cube.signs[i];
        }
        if (totals.sum == margin) {
            valid = marginMove == sumMove;
        } else {
            if (marginMove > sumMove) // margin <= sum
                step = std::min(step, (totals.sum - margin) / (marginMove - sumMove));
            // member <= margin, for the members in the cube...
            for (std::size_t t = begin; t < end; ++t) {
                const auto i = at(touched[t].second);
                if (cube.corners[i] != relation.margin() && cube.signs[i] > marginMove)
                    step = std::min(step, (margin - m_units[at(cube.corners[i])]) / (cube.signs[i] - marginMove));
            }
            // ...and for the largest of those that stay, should the margin come down.
            for (int member : totals.largest) {
                const bool inCube =
                    std::any_of(touched.begin() + static_cast<std::ptrdiff_t>(begin),
                                touched.begin() + static_cast<std::ptrdiff_t>(end),
                                [&](const auto& entry) { return cube.corners[at(entry.second)] == member; });
                if (member < 0 || inCube)
                    continue;
                if (marginMove < 0)
                    step = std::min(step, (margin - m_units[at(member)]) / -marginMove);
                break;
            }
        }
        begin = end;
    }
    HypercubeMove move;
    move.corners = std::move(cube.corners);
    move.unbounded = valid && step == none;
    move.step = !valid || move.unbounded ? 0 : std::max<std::int64_t>(0, step);
    return move;
}

std::optional<HypercubeMove> HypercubeSearch::suppressed(const std::vector<bool>& suppressed, int cell,
                                                         std::int64_t wanted) const
{
    const std::vector<int> origin = m_shape.coordinates(cell);
    std::vector<int> neighbour = origin;
    std::vector<std::vector<int>> alternatives(origin.size());
    for (int d = 0; d < m_shape.dimensionCount(); ++d) {
        // Not extending along d costs nothing; extending, the corner that differs from the cell in
        // this dimension alone must be suppressed.
        alternatives[at(d)].push_back(origin[at(d)]);
        for (int index = 0; index < m_shape.extent(d); ++index) {
            neighbour[at(d)] = index;
            if (index != origin[at(d)] && suppressed[at(m_shape.index(neighbour))])
                alternatives[at(d)].push_back(index);
        }
        neighbour[at(d)] = origin[at(d)];
    }
    CubeWalk walk(m_shape, cell, std::move(alternatives));
    std::optional<HypercubeMove> best;
    // Every corner suppressed, and none that moves down holding fewer units than the cell needs:
    // corners only add up as the cube grows, so such a branch can never reach `wanted`.
    const auto admit = [&](std::size_t from) {
        for (std::size_t i = from; i < walk.corners.size(); ++i) {
            const int corner = walk.corners[i];
            if (!suppressed[at(corner)] || (walk.signs[i] < 0 && m_units[at(corner)] < wanted))
                return false;
        }
        return true;
    };
    const auto retract = [](std::size_t) {};
    const auto leaf = [&] {
        HypercubeMove move = moveOf(Cube{walk.corners, walk.signs});
        if (move.reaches(wanted))
            best = std::move(move);
        return best.has_value();
    };
    walk.walk(admit, retract, leaf);
    return best;
}

std::optional<HypercubeMove> HypercubeSearch::cheapest(const std::vector<bool>& suppressed,
                                                       const std::vector<std::int64_t>& cost, int cell,
                                                       std::int64_t wanted) const
{
    const std::vector<int> origin = m_shape.coordinates(cell);
    std::vector<int> neighbour = origin;
    std::vector<std::vector<int>> alternatives(origin.size());
    for (int d = 0; d < m_shape.dimensionCount(); ++d) {
        std::vector<std::pair<std::int64_t, int>> byCost{{0, origin[at(d)]}}; // not extending along d
        for (int index = 0; index < m_shape.extent(d); ++index) {
            if (index == origin[at(d)])
                continue;
            neighbour[at(d)] = index;
            const int edge = m_shape.index(neighbour);
            byCost.emplace_back(suppressed[at(edge)] ? 0 : cost[at(edge)], index);
        }
        neighbour[at(d)] = origin[at(d)];
        std::sort(byCost.begin(), byCost.end());
        for (const auto& [edgeCost, index] : byCost)
            alternatives[at(d)].push_back(index);
    }
    CubeWalk walk(m_shape, cell, std::move(alternatives));
    const auto costOf = [&](int corner) { return suppressed[at(corner)] ? 0 : cost[at(corner)]; };
    std::optional<HypercubeMove> best;
    std::int64_t bestCost = std::numeric_limits<std::int64_t>::max();
    std::int64_t spent = costOf(cell);
    std::vector<std::int64_t> added; // per admitted step, what it added to `spent`
    // Branch and bound: a partial cube that already costs as much as the best one is cut.
    const auto admit = [&](std::size_t from) {
        std::int64_t more = 0;
        for (std::size_t i = from; i < walk.corners.size(); ++i) {
            if (walk.signs[i] < 0 && m_units[at(walk.corners[i])] < wanted)
                return false; // corners only add up: this branch cannot reach `wanted`
            more += costOf(walk.corners[i]);
        }
        if (spent + more >= bestCost)
            return false;
        spent += more;
        added.push_back(more);
        return true;
    };
    const auto retract = [&](std::size_t) {
        spent -= added.back();
        added.pop_back();
    };
    const auto leaf = [&] {
        if (spent >= bestCost)
            return false;
        HypercubeMove move = moveOf(Cube{walk.corners, walk.signs});
        if (move.reaches(wanted)) {
            bestCost = spent;
            best = std::move(move);
        }
        return bestCost == 0;
    };
    walk.walk(admit, retract, leaf);
    return best;
}

} // namespace ecluse
