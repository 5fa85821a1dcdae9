#pragma once

#include "sdc/DisclosureControl.h"
#include "sdc/LinkedKnowledge.h"
#include "sdc/TableShape.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace ecluse::test {

// What an attacker who sees every published cell of a table can prove about a hidden one, solved
// with GLPK's simplex: a solver from the distribution that shares nothing with Écluse's own audit
// but the cell numbering of TableShape. The attacker knows every cell is >= 0, and each relation
// "a margin totals its members": an equality where the true units add up (margin == sum), else
// what distinct counts always satisfy, member <= margin <= sum of members. The labels of hidden
// cells (primary or secondary) are not published, so the attacker has none.
//
// With `knowledge` (linked tables), the attacker also knows the cells published to the same user
// before: each known sum of cells equals what was shown (or, where distinct counts do not add up,
// member <= shown <= sum), and each cell stays under its ceiling (a wider cell shown before).
//
// Floating point, like any attacker with an off-the-shelf solver: bounds are compared with a
// tolerance far below one unit.
class AttackerOracle
{
public:
    struct Bounds
    {
        double lower = 0;
        double upper = 0;
        bool unbounded = false;
    };

    AttackerOracle(const TableShape& shape, const std::vector<std::int64_t>& units, const std::vector<bool>& hidden,
                   const LinkedKnowledge& knowledge = {});
    ~AttackerOracle();
    AttackerOracle(const AttackerOracle&) = delete;
    AttackerOracle& operator=(const AttackerOracle&) = delete;

    // The range the cell's units can take; a published cell's is its value.
    Bounds bounds(int cell);
    // The most the cell can take, without its lower bound (one linear program instead of two).
    Bounds upper(int cell);
    // The range of the units of several cells summed.
    Bounds boundsOfSum(const std::vector<int>& cells);

private:
    struct Problem;
    std::unique_ptr<Problem> m_problem;
    const std::vector<std::int64_t>& m_units;
};

// The primary cells of `status` an attacker can expose: a small one (below `threshold`) whose
// largest possible value stays below the threshold, or any primary cell pinned to one value; with
// `knowledge`, also a cell whose difference with its ceiling is 1 to threshold - 1 and can be
// proven below the threshold (not only the cells Écluse marked).
std::vector<int> exposedPrimaryCells(const TableShape& shape, const std::vector<std::int64_t>& units,
                                     const std::vector<CellStatus>& status, int threshold,
                                     const LinkedKnowledge& knowledge = {});

// The earlier primary cells (knowledge.hiddenPrimary, by index) an attacker who also sees this
// table's published cells can prove small, or pin to one value.
std::vector<int> exposedEarlierPrimaryCells(const TableShape& shape, const std::vector<std::int64_t>& units,
                                            const std::vector<bool>& hidden, int threshold,
                                            const LinkedKnowledge& knowledge);

} // namespace ecluse::test
