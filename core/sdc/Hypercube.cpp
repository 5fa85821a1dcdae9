#include "sdc/Hypercube.h"

#include <QScopeGuard>

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
    CubeWalk(const TableShape& shape, int cell, int direction, std::vector<std::vector<int>> alternatives)
        : corners{cell}
        , signs{direction}
        , m_shape(shape)
        , m_origin(shape.coordinates(cell))
        , m_alternatives(std::move(alternatives))
    {}

    std::vector<int> corners;
    std::vector<int> signs;
    // The dimensions the cube extends along, in the walk's order: corners i and i ^ (1 << j) differ
    // only along extended()[j], each corner's copy being appended as the cube doubles.
    const std::vector<int>& extended() const { return m_extended; }

    // `movesAlone(corner, d)`: whether `corner` may move while no other member of its relation
    // along d does (that relation does not add up). Along a dimension the cube does not extend,
    // every corner is alone in its relation, so a cube that stays along a dimension where one of
    // its corners may not is cut there, not at its leaves.
    template <typename Admit, typename Retract, typename Leaf, typename MovesAlone>
    bool walk(Admit& admit, Retract& retract, Leaf& leaf, MovesAlone& movesAlone, std::size_t level = 0)
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
                if (!staysAlone(movesAlone, from) || !admit(from)) {
                    corners.resize(from);
                    signs.resize(from);
                    continue;
                }
                m_extended.push_back(d);
            } else {
                if (!std::all_of(corners.begin(), corners.end(), [&](int corner) { return movesAlone(corner, d); }))
                    continue;
                m_stayed.push_back(d);
            }
            const bool stop = walk(admit, retract, leaf, movesAlone, level + 1);
            if (extends) {
                retract(from);
                corners.resize(from);
                signs.resize(from);
                m_extended.pop_back();
            } else {
                m_stayed.pop_back();
            }
            if (stop)
                return true;
        }
        return false;
    }

private:
    // Whether the corners from position `from` on may move alone along the dimensions stayed on.
    template <typename MovesAlone> bool staysAlone(MovesAlone& movesAlone, std::size_t from) const
    {
        for (std::size_t i = from; i < corners.size(); ++i) {
            for (int d : m_stayed) {
                if (!movesAlone(corners[i], d))
                    return false;
            }
        }
        return true;
    }

    const TableShape& m_shape;
    std::vector<int> m_origin;
    std::vector<std::vector<int>> m_alternatives;
    std::vector<int> m_stayed;   // the dimensions the cube does not extend along, so far
    std::vector<int> m_extended; // and those it does
    std::int64_t m_visits = 0;
};

} // namespace

struct HypercubeSearch::InSteps
{
    explicit InSteps(const HypercubeSearch& outer)
        : units(outer.m_units)
        , linked(outer.m_linked ? *outer.m_linked : LinkedSums())
    {
        linked.retotal(units);
        search.emplace(outer.m_shape, outer.m_relations, units, &linked);
    }

    // A cube's move by `amount`, one step of a chain.
    struct Step
    {
        std::vector<int> corners;
        std::vector<int> signs;
        std::int64_t amount = 0;
    };

    // Moves the table by `step`, or back (`sense` -1).
    void apply(const Step& step, int sense = 1)
    {
        for (std::size_t i = 0; i < step.corners.size(); ++i) {
            std::int64_t& corner = units[at(step.corners[i])];
            const std::int64_t before = corner;
            corner += sense * step.signs[i] * step.amount;
            search->adjust(step.corners[i], before);
        }
        linked.retotal(units);
    }

    // Where a cell of `held` may rise alone in a relation that does not add up, its margin bounds
    // it (member <= margin): a cube that raises a suppressed margin by what `wanted` lacks, and no
    // member of `quantity`, makes room for the quantity's next cube. Applied; returned to be
    // undone should that cube not come.
    std::vector<Step> liftMargins(const std::vector<bool>& suppressed, const std::vector<int>& held,
                                  const ProtectedQuantity& quantity, std::int64_t wanted)
    {
        const TableRelations& relations = search->m_relations;
        std::vector<Step> lifts;
        std::vector<int> lifted;
        for (int cell : held) {
            for (int d = 0; d < relations.dimensionCount(); ++d) {
                const int margin = relations.all()[at(relations.relationOf(cell, d))].margin();
                const std::int64_t room = units[at(margin)] - units[at(cell)];
                if (margin == cell || !suppressed[at(margin)] || room >= wanted || !search->movesAlone(cell, d) ||
                    std::find(lifted.begin(), lifted.end(), margin) != lifted.end())
                    continue;
                const std::int64_t lift = wanted - room;
                auto cube = search->suppressedOneCube(suppressed, ProtectedQuantity{{margin}, 1, lift});
                if (!cube || std::any_of(cube->corners.begin(), cube->corners.end(), [&](int corner) {
                        return std::binary_search(quantity.members.begin(), quantity.members.end(), corner);
                    }))
                    continue;
                lifts.push_back({std::move(cube->corners), std::move(cube->signs), lift});
                apply(lifts.back());
                lifted.push_back(margin);
            }
        }
        return lifts;
    }

    std::vector<std::int64_t> units;
    LinkedSums linked;
    std::optional<HypercubeSearch> search; // over `units` and `linked`, which the steps move
};

HypercubeSearch::~HypercubeSearch() = default;

HypercubeSearch::HypercubeSearch(const TableShape& shape, const TableRelations& relations,
                                 const std::vector<std::int64_t>& units, const LinkedSums* linked)
    : m_shape(shape)
    , m_relations(relations)
    , m_units(units)
    , m_linked(linked && !linked->empty() ? linked : nullptr)
    , m_totals(relations.all().size())
{
    for (std::size_t r = 0; r < relations.all().size(); ++r)
        m_totals[r] = totalsOf(relations.all()[r]);
}

HypercubeSearch::RelationTotals HypercubeSearch::totalsOf(const TableRelation& relation) const
{
    RelationTotals totals;
    for (int k = 0; k < relation.count; ++k) {
        const int member = relation.member(k);
        totals.sum += m_units[at(member)];
        // Insert into the three largest.
        int held = member;
        for (int& slot : totals.largest) {
            if (slot < 0 || m_units[at(held)] > m_units[at(slot)])
                std::swap(slot, held);
            if (held < 0)
                break;
        }
    }
    return totals;
}

bool HypercubeSearch::movesAlone(int corner, int d) const
{
    const int r = m_relations.relationOf(corner, d);
    return m_totals[at(r)].sum != m_units[at(m_relations.all()[at(r)].margin())];
}

void HypercubeSearch::adjust(int cell, std::int64_t before)
{
    const std::int64_t now = m_units[at(cell)];
    if (now == before)
        return;
    // Among equal units, any order does (totalsOf's depends on the members' order): reachOf reads
    // the units of the first that is no corner of the cube, which holds at most two of them.
    const auto ahead = [&](int a, int b) {
        return b < 0 || m_units[at(a)] > m_units[at(b)] || (m_units[at(a)] == m_units[at(b)] && a < b);
    };
    for (int d = 0; d < m_relations.dimensionCount(); ++d) {
        const int r = m_relations.relationOf(cell, d);
        const TableRelation& relation = m_relations.all()[at(r)];
        if (relation.margin() == cell)
            continue; // the totals are the members'
        RelationTotals& totals = m_totals[at(r)];
        auto& largest = totals.largest;
        auto slot = std::find(largest.begin(), largest.end(), cell);
        if (slot != largest.end() && now < before) {
            totals = totalsOf(relation); // which member it falls behind is not kept
            continue;
        }
        totals.sum += now - before;
        if (slot == largest.end()) {
            if (!ahead(cell, largest.back()))
                continue;
            slot = largest.end() - 1;
            *slot = cell;
        }
        for (; slot != largest.begin() && ahead(*slot, *(slot - 1)); --slot)
            std::iter_swap(slot, slot - 1);
    }
}

// How far the first corner can move up, every corner moving by its sign times the same step,
// keeping true what an attacker knows of every relation that holds a corner: where the units add
// up, margin == sum (a move that breaks it is no move at all); elsewhere member <= margin <= sum.
// And no corner below zero. `touched` is scratch space, kept by the caller across the many cubes
// of one search so that checking a cube allocates nothing.
HypercubeSearch::Reach HypercubeSearch::reachOf(const std::vector<int>& corners, const std::vector<int>& signs,
                                                const std::vector<int>& extended,
                                                std::vector<std::pair<int, int>>& touched) const
{
    constexpr std::int64_t none = std::numeric_limits<std::int64_t>::max();
    std::int64_t step = none;
    bool valid = true;
    for (std::size_t i = 0; i < corners.size(); ++i) {
        if (signs[i] < 0)
            step = std::min(step, m_units[at(corners[i])]);
    }
    // The corners that share a relation, side by side: along a dimension the cube extends, each
    // corner and its copy; along the others, every corner alone.
    touched.clear(); // relation, corner (index in the cube)
    for (int d = 0; d < m_relations.dimensionCount(); ++d) {
        const auto along = std::find(extended.begin(), extended.end(), d);
        const bool paired = along != extended.end();
        const auto bit = along - extended.begin();
        for (std::size_t i = 0; i < corners.size(); ++i) {
            const int relation = m_relations.relationOf(corners[i], d);
            if (!paired) {
                touched.emplace_back(relation, static_cast<int>(i));
            } else if ((i >> bit & 1) == 0) {
                touched.emplace_back(relation, static_cast<int>(i));
                touched.emplace_back(relation, static_cast<int>(i ^ (std::size_t{1} << bit)));
            }
        }
    }
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
            (corners[i] == relation.margin() ? marginMove : sumMove) += signs[i];
        }
        if (totals.sum == margin) {
            valid = marginMove == sumMove;
        } else {
            if (marginMove > sumMove) // margin <= sum
                step = std::min(step, (totals.sum - margin) / (marginMove - sumMove));
            // member <= margin, for the members in the cube...
            for (std::size_t t = begin; t < end; ++t) {
                const auto i = at(touched[t].second);
                if (corners[i] != relation.margin() && signs[i] > marginMove)
                    step = std::min(step, (margin - m_units[at(corners[i])]) / (signs[i] - marginMove));
            }
            // ...and for the largest of those that stay, should the margin come down.
            for (int member : totals.largest) {
                const bool inCube = std::any_of(touched.begin() + static_cast<std::ptrdiff_t>(begin),
                                                touched.begin() + static_cast<std::ptrdiff_t>(end),
                                                [&](const auto& entry) { return corners[at(entry.second)] == member; });
                if (member < 0 || inCube)
                    continue;
                if (marginMove < 0)
                    step = std::min(step, (margin - m_units[at(member)]) / -marginMove);
                break;
            }
        }
        begin = end;
    }
    valid = valid && linkedAllow(corners, signs, step, touched);
    Reach reach;
    reach.unbounded = valid && step == none;
    reach.step = !valid || reach.unbounded ? 0 : std::max<std::int64_t>(0, step);
    return reach;
}

// The same for the sums known from earlier tables, whose values are constants, and for the
// ceilings that wider earlier cells set.
bool HypercubeSearch::linkedAllow(const std::vector<int>& corners, const std::vector<int>& signs, std::int64_t& step,
                                  std::vector<std::pair<int, int>>& touched) const
{
    if (!m_linked)
        return true;
    touched.clear(); // known sum, corner
    for (std::size_t i = 0; i < corners.size(); ++i) {
        const int corner = corners[i];
        for (int sum : m_linked->of(corner))
            touched.emplace_back(sum, static_cast<int>(i));
        const std::int64_t ceiling = m_linked->ceiling(corner);
        if (ceiling >= 0 && signs[i] > 0)
            step = std::min(step, ceiling - m_units[at(corner)]);
        const std::int64_t floor = m_linked->floor(corner);
        if (floor >= 0 && signs[i] < 0)
            step = std::min(step, m_units[at(corner)] - floor);
    }
    std::sort(touched.begin(), touched.end());
    for (std::size_t begin = 0; begin < touched.size();) {
        std::size_t end = begin;
        int move = 0;
        for (; end < touched.size() && touched[end].first == touched[begin].first; ++end)
            move += signs[at(touched[end].second)];
        const LinkedSums::Sum& sum = m_linked->all()[at(touched[begin].first)];
        if (sum.additive()) {
            if (move != 0)
                return false;
        } else {
            if (move < 0) // known <= sum of its members
                step = std::min(step, (sum.total - sum.units) / -move);
            for (std::size_t t = begin; t < end; ++t) { // member <= known
                const auto i = at(touched[t].second);
                if (signs[i] > 0)
                    step = std::min(step, sum.units - m_units[at(corners[i])]);
            }
        }
        begin = end;
    }
    return true;
}

namespace {

// How much `quantity` rises per unit of the cube's step: its members among the corners, signed.
int gainOf(const std::vector<int>& corners, const std::vector<int>& signs, const ProtectedQuantity& quantity)
{
    if (quantity.members.size() == 1)
        return 1; // the cube starts from the member, in the quantity's direction; no other corner is it
    int gain = 0;
    for (std::size_t i = 0; i < corners.size(); ++i) {
        if (std::binary_search(quantity.members.begin(), quantity.members.end(), corners[i]))
            gain += signs[i];
    }
    return gain * quantity.direction;
}

// A corner that moves down must hold at least this many units for the quantity to rise by
// `wanted`: the whole of it when the quantity is one cell.
std::int64_t leastDownward(const ProtectedQuantity& quantity)
{
    return quantity.members.size() == 1 ? quantity.wanted : 1;
}

// The cube's move scaled to the quantity's rise, or nullopt when it does not reach `wanted`.
std::optional<HypercubeMove> asRise(HypercubeSearch::Reach reach, const std::vector<int>& corners,
                                    const std::vector<int>& signs, int gain, std::int64_t wanted)
{
    if (gain <= 0 || (!reach.unbounded && reach.step == 0))
        return std::nullopt;
    HypercubeMove move;
    move.unbounded = reach.unbounded;
    if (!move.unbounded)
        move.step = reach.step > std::numeric_limits<std::int64_t>::max() / gain
                        ? std::numeric_limits<std::int64_t>::max()
                        : reach.step * gain;
    if (!move.reaches(wanted))
        return std::nullopt;
    move.corners = corners;
    move.signs = signs;
    return move;
}

} // namespace

std::optional<HypercubeMove> HypercubeSearch::suppressed(const std::vector<bool>& suppressed,
                                                         const ProtectedQuantity& quantity, Chains chains) const
{
    if (auto move = suppressedOneCube(suppressed, quantity))
        return move;
    if (chains == Chains::Never || (chains == Chains::WithKnownSums && !m_linked))
        return std::nullopt;
    if (auto move = suppressedInSteps(suppressed, quantity, false))
        return move;
    if (chains == Chains::WithoutLifts || m_linked)
        return std::nullopt;
    return suppressedInSteps(suppressed, quantity, true);
}

std::optional<HypercubeMove> HypercubeSearch::suppressedInSteps(const std::vector<bool>& suppressed,
                                                                const ProtectedQuantity& quantity, bool lifts) const
{
    // Each step raises the quantity by at least an even share of what is left, so that a chain
    // that cannot make it is cut after its first steps. With known sums, a step may have to be a
    // single unit (a sum pins every cube to its members, none holding much alone): up to 16 steps.
    // In a table alone, chains are a second resort (after one cube, before the linear program),
    // sought for thousands of cells: three steps, where nearly all that chains free is found
    // (DISCLOSURE.md has what more cost).
    const std::int64_t maxSteps = m_linked ? 16 : 3;
    // One search over the table as the steps leave it: after each step only the relations that
    // hold a moved corner change. Kept from one quantity to the next, the moved cells put back.
    if (!m_inSteps)
        m_inSteps = std::make_unique<InSteps>(*this);
    InSteps& steps = *m_inSteps;
    const HypercubeSearch& from = *steps.search;
    std::vector<int> moved;
    const auto putBack = qScopeGuard([&] {
        if (moved.empty())
            return;
        for (int corner : moved) {
            const std::int64_t before = steps.units[at(corner)];
            steps.units[at(corner)] = m_units[at(corner)];
            steps.search->adjust(corner, before);
        }
        steps.linked.retotal(steps.units);
    });
    HypercubeMove total;
    const auto take = [&](const std::vector<int>& corners) {
        moved.insert(moved.end(), corners.begin(), corners.end());
        for (int corner : corners) {
            if (std::find(total.corners.begin(), total.corners.end(), corner) == total.corners.end())
                total.corners.push_back(corner);
        }
    };
    std::int64_t rise = 0;
    ProtectedQuantity share = quantity;
    for (std::int64_t step = 0; step < maxSteps && rise < quantity.wanted; ++step) {
        const std::int64_t stepsLeft = maxSteps - step;
        share.wanted = (quantity.wanted - rise + stepsLeft - 1) / stepsLeft;
        std::optional<HypercubeMove> move = from.suppressedOneCube(suppressed, share);
        if (!move && lifts && quantity.direction > 0) {
            // The cells that may be held under a margin: the quantity's, and those the steps so
            // far raised to their margins.
            std::vector<int> held = quantity.members;
            held.insert(held.end(), total.corners.begin(), total.corners.end());
            const std::vector<InSteps::Step> lifted = steps.liftMargins(suppressed, held, quantity, share.wanted);
            if (!lifted.empty())
                move = from.suppressedOneCube(suppressed, share);
            for (const InSteps::Step& lift : lifted) {
                if (move)
                    take(lift.corners);
                else
                    steps.apply(lift, -1);
            }
        }
        if (!move)
            return std::nullopt;
        if (move->unbounded) {
            take(move->corners);
            total.unbounded = true;
            return total;
        }
        // The cube's own step is its rise divided by its gain, which its corners give back.
        const int gain = move->step > 0 ? gainOf(move->corners, move->signs, quantity) : 0;
        if (gain <= 0)
            return std::nullopt;
        take(move->corners);
        steps.apply({move->corners, move->signs, move->step / gain});
        rise += move->step;
    }
    if (rise < quantity.wanted)
        return std::nullopt;
    total.step = rise;
    for (int corner : total.corners)
        total.moves.push_back(steps.units[at(corner)] - m_units[at(corner)]);
    return total;
}

std::optional<HypercubeMove> HypercubeSearch::suppressedOneCube(const std::vector<bool>& suppressed,
                                                                const ProtectedQuantity& quantity) const
{
    for (int start : quantity.members) {
        if (!suppressed[at(start)])
            continue;
        if (auto move = suppressedFrom(suppressed, start, quantity))
            return move;
    }
    return std::nullopt;
}

std::optional<HypercubeMove> HypercubeSearch::suppressedFrom(const std::vector<bool>& suppressed, int cell,
                                                             const ProtectedQuantity& quantity) const
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
    CubeWalk walk(m_shape, cell, quantity.direction, std::move(alternatives));
    const auto movesAlone = [this](int corner, int d) { return this->movesAlone(corner, d); };
    const std::int64_t least = leastDownward(quantity);
    std::optional<HypercubeMove> best;
    // Every corner suppressed, and none that moves down holding fewer units than the quantity
    // needs: corners only add up as the cube grows, so such a branch can never reach `wanted`.
    const auto admit = [&](std::size_t from) {
        for (std::size_t i = from; i < walk.corners.size(); ++i) {
            const int corner = walk.corners[i];
            if (!suppressed[at(corner)] || (walk.signs[i] < 0 && m_units[at(corner)] < least))
                return false;
        }
        return true;
    };
    const auto retract = [](std::size_t) {};
    std::vector<std::pair<int, int>> touched;
    const auto leaf = [&] {
        best = asRise(reachOf(walk.corners, walk.signs, walk.extended(), touched), walk.corners, walk.signs,
                      gainOf(walk.corners, walk.signs, quantity), quantity.wanted);
        return best.has_value();
    };
    walk.walk(admit, retract, leaf, movesAlone);
    return best;
}

std::optional<HypercubeMove> HypercubeSearch::cheapest(const std::vector<bool>& suppressed,
                                                       const std::vector<std::int64_t>& cost,
                                                       const ProtectedQuantity& quantity) const
{
    std::optional<HypercubeMove> best;
    std::int64_t bestCost = std::numeric_limits<std::int64_t>::max();
    for (int start : quantity.members) {
        if (auto move = cheapestFrom(suppressed, cost, start, quantity, bestCost))
            best = std::move(move);
        if (bestCost == 0)
            break;
    }
    return best;
}

std::optional<HypercubeMove> HypercubeSearch::cheapestFrom(const std::vector<bool>& suppressed,
                                                           const std::vector<std::int64_t>& cost, int cell,
                                                           const ProtectedQuantity& quantity,
                                                           std::int64_t& bestCost) const
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
            if (!suppressed[at(edge)] && cost[at(edge)] < 0)
                continue; // never hidden
            byCost.emplace_back(suppressed[at(edge)] ? 0 : cost[at(edge)], index);
        }
        neighbour[at(d)] = origin[at(d)];
        std::sort(byCost.begin(), byCost.end());
        for (const auto& [edgeCost, index] : byCost)
            alternatives[at(d)].push_back(index);
    }
    CubeWalk walk(m_shape, cell, quantity.direction, std::move(alternatives));
    const auto movesAlone = [this](int corner, int d) { return this->movesAlone(corner, d); };
    const std::int64_t least = leastDownward(quantity);
    const auto costOf = [&](int corner) { return suppressed[at(corner)] ? 0 : cost[at(corner)]; };
    std::optional<HypercubeMove> best;
    if (costOf(cell) < 0)
        return best;
    std::int64_t spent = costOf(cell);
    std::vector<std::int64_t> added; // per admitted step, what it added to `spent`
    // Branch and bound: a partial cube that already costs as much as the best one is cut.
    const auto admit = [&](std::size_t from) {
        std::int64_t more = 0;
        for (std::size_t i = from; i < walk.corners.size(); ++i) {
            if (walk.signs[i] < 0 && m_units[at(walk.corners[i])] < least)
                return false; // corners only add up: this branch cannot reach `wanted`
            if (costOf(walk.corners[i]) < 0)
                return false; // a cell that is never hidden
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
    std::vector<std::pair<int, int>> touched;
    const auto leaf = [&] {
        if (spent >= bestCost)
            return false;
        if (auto move = asRise(reachOf(walk.corners, walk.signs, walk.extended(), touched), walk.corners, walk.signs,
                               gainOf(walk.corners, walk.signs, quantity), quantity.wanted)) {
            bestCost = spent;
            best = std::move(move);
        }
        return bestCost == 0;
    };
    walk.walk(admit, retract, leaf, movesAlone);
    return best;
}

} // namespace ecluse
