#pragma once

#include "sdc/TableRelations.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace ecluse {

// What a user already knows of a table from the tables published to them before (linked tables,
// core/aggregate/LinkedTables.h), written over this table's cells.
struct LinkedKnowledge
{
    // A cell published before, as the sum of this table's cells that count the same rows (one
    // cell when both tables have it; a region as the sum of its departments). `units` is what was
    // shown: equal to the members' sum where the units add up, else member <= units <= sum.
    struct KnownSum
    {
        std::vector<int> members; // increasing
        std::int64_t units = 0;
    };

    std::vector<KnownSum> known;
    // Primary cells of earlier tables, hidden then, each as the sum of this table's cells: this
    // table must not reveal them either.
    std::vector<std::vector<int>> hiddenPrimary; // members increasing
    // Cells hidden before (primary or not) that are one cell of this table: hidden again, so that a
    // table asked for again is the table shown before, and a cell hidden in one table is hidden in
    // the next. Never one that another earlier table showed.
    std::vector<int> hiddenBefore;
    // Per cell, or empty: the units of a cell published before over a superset of this cell's rows
    // (a wider filter), -1 where none. The attacker knows cell <= ceiling, and ceiling - cell is
    // the count of a difference table.
    std::vector<std::int64_t> ceiling;
    // The same over a subset of its rows (a narrower filter shown before): cell >= floor, and
    // cell - floor is the count of a difference table.
    std::vector<std::int64_t> floor;

    bool empty() const
    {
        return known.empty() && hiddenPrimary.empty() && hiddenBefore.empty() && ceiling.empty() && floor.empty();
    }
    // Whether `cell` was shown before as it is (a known sum of that one cell).
    bool knownExactly(int cell) const;
};

// A quantity an attacker must not pin down: `direction` times the units of `members` summed must
// be able to rise by `wanted`. A small primary cell must be able to rise to the threshold
// ({cell}, +1); a cell whose difference with a wider earlier cell is small must be able to fall
// ({cell}, -1); an earlier primary cell is a sum of this table's cells.
struct ProtectedQuantity
{
    std::vector<int> members; // increasing
    int direction = 1;
    std::int64_t wanted = 1;
};

// How far a quantity of `units` must be able to rise: to the threshold when it is below, else by one
// (it must merely not be pinned to one value: a dominance or p% cell).
inline std::int64_t riseNeeded(std::int64_t units, int threshold)
{
    return units < threshold ? threshold - units : 1;
}

// Whether the difference between `cell` and its ceiling or its floor is a small count (1 to
// threshold - 1: the frequency rule applied to the difference table).
bool hasSmallDifference(const LinkedKnowledge& linked, const std::vector<std::int64_t>& units, int cell, int threshold);

// What a pattern must protect: each of the `rising` cells (primary cells) rising as riseNeeded
// says; each cell whose difference with its ceiling (floor) is small falling (rising) until that
// difference could reach the threshold; each earlier primary cell rising as its members' units
// summed need. A cell shown before as it is has nothing left to protect: it gets none.
std::vector<ProtectedQuantity> protectedQuantities(const std::vector<bool>& rising,
                                                   const std::vector<std::int64_t>& units, int threshold,
                                                   const LinkedKnowledge& linked);

class LinkedSums;

// The suppressed cells connected to any of the suppressed `cells` through chains of relations and
// known sums: the cells whose values one another's constrain.
std::vector<int> suppressedAround(const std::vector<int>& cells, const TableRelations& relations,
                                  const LinkedSums& linked, const std::vector<bool>& suppressed);

// The known sums of a table prepared for the searches and the audit: their members' totals, which
// of them add up, and the sums that hold each cell.
class LinkedSums
{
public:
    struct Sum
    {
        std::vector<int> members;
        std::int64_t units = 0; // the known value
        std::int64_t total = 0; // the members' units summed
        bool additive() const { return units == total; }
    };

    LinkedSums() = default;
    // Throws ErrorKind::InvalidInput when the knowledge contradicts `units` (a member counting
    // more than a known sum, a sum above its members' total, a cell above its ceiling), or
    // ErrorKind::Usage when it names cells the table does not have.
    LinkedSums(const LinkedKnowledge& knowledge, const std::vector<std::int64_t>& units);

    const std::vector<Sum>& all() const { return m_sums; }
    // The known sums that hold `cell`.
    const std::vector<int>& of(int cell) const;
    // The ceiling, or floor, of `cell`, or -1.
    std::int64_t ceiling(int cell) const;
    std::int64_t floor(int cell) const;
    bool empty() const { return m_sums.empty() && m_ceiling.empty() && m_floor.empty(); }
    // The members' totals again, after the cells moved to `units` (a move that keeps every known
    // sum true).
    void retotal(const std::vector<std::int64_t>& units);

private:
    std::vector<Sum> m_sums;
    std::vector<std::vector<int>> m_of; // per cell, empty when there are no sums
    std::vector<std::int64_t> m_ceiling;
    std::vector<std::int64_t> m_floor;
    static const std::vector<int> s_none;
};

// Calls visit(other) for every member of the relations and known sums that hold `cell`, margins
// and `cell` itself included: the cells an attacker's arithmetic ties to it.
template <typename Visit>
void forEachTiedCell(const TableRelations& relations, const LinkedSums& linked, int cell, Visit&& visit)
{
    for (int d = 0; d < relations.dimensionCount(); ++d) {
        const TableRelation& relation = relations.all()[static_cast<std::size_t>(relations.relationOf(cell, d))];
        for (int k = 0; k <= relation.count; ++k)
            visit(relation.member(k));
    }
    for (int sum : linked.of(cell)) {
        for (int member : linked.all()[static_cast<std::size_t>(sum)].members)
            visit(member);
    }
}

// The suppressed cells around some cells, grown one ring at a time along the relations and known
// sums that tie them together (forEachTiedCell). `marks` (one per cell, all false) is scratch
// space, left as found; every argument must outlive the neighbourhood.
class Neighbourhood
{
public:
    Neighbourhood(const TableRelations& relations, const LinkedSums& linked, const std::vector<bool>& suppressed,
                  std::vector<bool>& marks);
    Neighbourhood(const Neighbourhood&) = delete;
    Neighbourhood& operator=(const Neighbourhood&) = delete;
    ~Neighbourhood();

    const std::vector<int>& cells() const { return m_cells; }

    // Adds the suppressed ones of `cells`; they are grown from at the next ring.
    void add(const std::vector<int>& cells);

    // Adds the suppressed cells tied to those added since the last ring: false when there were
    // none, every cell connected to them being in already.
    bool grow();

private:
    void reach(int cell);

    const TableRelations& m_relations;
    const LinkedSums& m_linked;
    const std::vector<bool>& m_suppressed;
    std::vector<bool>& m_marks;
    std::vector<int> m_cells;
    std::size_t m_frontier = 0;
};

} // namespace ecluse
