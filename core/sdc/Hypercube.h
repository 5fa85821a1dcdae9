#pragma once

#include "sdc/LinkedKnowledge.h"
#include "sdc/TableRelations.h"
#include "sdc/TableShape.h"

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace ecluse {

// A hypercube around a cell: for each dimension one other index (an inner category or the
// margin), or none. Moving its corners together, the cell up, each corner up or down by the same
// amount, leaves every relation that adds up balanced: along a dimension whose two indexes are
// categories they move in opposite directions (the margin is unchanged), along one whose other
// index is the margin they move together. Along a dimension whose relations do not add up
// (distinct counts: member <= margin <= sum), the cube need not extend at all, within the slack
// those inequalities leave. When every corner is suppressed, the published cells do not change,
// so the cell is not determined by them, and the amount it can move up before a corner reaches
// zero or an inequality binds proves how high it may be (the hypercube method, Repsilber;
// Giessing; extended here to distinct counts).
//
// A cube can also move a cell down (its direction flipped), or a sum of cells: a cube through one
// of them, whose corners in the sum do not cancel out. Known sums from earlier tables (linked
// tables) constrain a move like the table's own relations.
struct HypercubeMove
{
    std::vector<int> corners;        // the cell the cube starts from first
    std::vector<int> signs;          // per corner: +1 up, -1 down as the quantity rises; empty for a chain of cubes
    std::int64_t step = 0;           // how far the quantity can rise; meaningless when unbounded
    bool unbounded = false;          // nothing bounds the move (no corner moves down, no inequality binds)
    std::vector<std::int64_t> moves; // a bounded chain: per corner, how far its steps moved it in all

    bool reaches(std::int64_t amount) const { return unbounded || step >= amount; }
};

// Searches hypercubes in one table. Built once per table: it keeps, per relation, the total of
// its members and its largest members, so that checking a cube costs a few operations per corner
// whatever the size of the relations.
class HypercubeSearch
{
public:
    // `linked`, when given, must outlive the search.
    HypercubeSearch(const TableShape& shape, const TableRelations& relations, const std::vector<std::int64_t>& units,
                    const LinkedSums* linked = nullptr);
    ~HypercubeSearch();
    HypercubeSearch(const HypercubeSearch&) = delete;
    HypercubeSearch& operator=(const HypercubeSearch&) = delete;

    // A move that raises `quantity` by its `wanted` at least along a hypercube whose corners are
    // all suppressed, keeping every cell >= 0, every relation that adds up an equality and, in
    // relations whose units do not add up (margin < sum), member <= margin <= sum; the same for
    // the known sums, and every cell under its ceiling. Exact integer arithmetic; nullopt when
    // none is found (within a bounded search).
    // Where no one cube reaches `wanted`, several cubes one after the other, each from the table
    // the previous one left (a chain): their corners together, and their rises added up. Known
    // sums need them most (a sum pins every cube to its members, none holding enough alone), but
    // a chain is an exact proof in a table alone too. In a table alone, where a cell may rise
    // alone in a relation that does not add up, its margin caps it (member <= margin): a chain
    // may then first raise that margin, when it is suppressed, along a cube that moves the
    // quantity by nothing (a lift), and rise further in the room made. `chains` says when they are
    // sought: always (lifts included), without lifts (they rely on more cells), only with known
    // sums (the hypercube method's own pattern, one cube per quantity as τ-Argus builds it, where
    // a known sum leaves no such cube), or never.
    enum class Chains
    {
        Always,
        WithoutLifts,
        WithKnownSums,
        Never
    };
    std::optional<HypercubeMove> suppressed(const std::vector<bool>& suppressed, const ProtectedQuantity& quantity,
                                            Chains chains = Chains::Always) const;
    std::optional<HypercubeMove> suppressed(const std::vector<bool>& suppressed, int cell, std::int64_t wanted,
                                            Chains chains = Chains::Always) const
    {
        return this->suppressed(suppressed, ProtectedQuantity{{cell}, 1, wanted}, chains);
    }

    // The hypercube that raises `quantity` by its `wanted` at least and costs least to suppress:
    // the sum of cost[c] over its corners not suppressed yet (ties: the first found, so the same
    // table always gives the same choice); a cell not suppressed whose cost is negative is never
    // a corner. nullopt when none can.
    std::optional<HypercubeMove> cheapest(const std::vector<bool>& suppressed, const std::vector<std::int64_t>& cost,
                                          const ProtectedQuantity& quantity) const;
    std::optional<HypercubeMove> cheapest(const std::vector<bool>& suppressed, const std::vector<std::int64_t>& cost,
                                          int cell, std::int64_t wanted) const
    {
        return cheapest(suppressed, cost, ProtectedQuantity{{cell}, 1, wanted});
    }

    // How far a cube can move its first corner up (see reachOf in Hypercube.cpp).
    struct Reach
    {
        std::int64_t step = 0;  // meaningless when unbounded
        bool unbounded = false; // nothing bounds the move
    };

private:
    struct InSteps;
    struct RelationTotals
    {
        std::int64_t sum = 0;
        std::array<int, 3> largest{-1, -1, -1}; // member cells with the most units, most first
    };

    RelationTotals totalsOf(const TableRelation& relation) const;
    // Whether `corner` may move alone in its relation along `d`: that relation does not add up.
    bool movesAlone(int corner, int d) const;
    // After the units of `cell` changed from `before` (a step of suppressedInSteps): its relations'
    // totals follow, most without going through their members again.
    void adjust(int cell, std::int64_t before);
    // `extended`: the dimensions the cube extends along, in the order it doubled (CubeWalk).
    Reach reachOf(const std::vector<int>& corners, const std::vector<int>& signs, const std::vector<int>& extended,
                  std::vector<std::pair<int, int>>& touched) const;
    std::optional<HypercubeMove> suppressedOneCube(const std::vector<bool>& suppressed,
                                                   const ProtectedQuantity& quantity) const;
    std::optional<HypercubeMove> suppressedInSteps(const std::vector<bool>& suppressed,
                                                   const ProtectedQuantity& quantity, bool lifts) const;
    // Within reachOf: what the known sums and ceilings allow.
    bool linkedAllow(const std::vector<int>& corners, const std::vector<int>& signs, std::int64_t& step,
                     std::vector<std::pair<int, int>>& touched) const;
    std::optional<HypercubeMove> suppressedFrom(const std::vector<bool>& suppressed, int start,
                                                const ProtectedQuantity& quantity) const;
    std::optional<HypercubeMove> cheapestFrom(const std::vector<bool>& suppressed,
                                              const std::vector<std::int64_t>& cost, int start,
                                              const ProtectedQuantity& quantity, std::int64_t& bestCost) const;

    const TableShape& m_shape;
    const TableRelations& m_relations;
    const std::vector<std::int64_t>& m_units;
    const LinkedSums* m_linked = nullptr;
    std::vector<RelationTotals> m_totals; // per relation
    // suppressedInSteps' copy of the table and known sums, which its steps move and it puts back:
    // made once, not per quantity. Makes a search usable from one thread at a time.
    mutable std::unique_ptr<InSteps> m_inSteps;
};

} // namespace ecluse
