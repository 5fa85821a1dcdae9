#pragma once

#include "sdc/LinkedKnowledge.h"
#include "sdc/TableRelations.h"
#include "sdc/TableShape.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

class ClpSimplex;

namespace ecluse {

// The attacker's linear program over a whole pattern of a table alone: a variable per suppressed
// cell (>= 0), the published cells as constants, every relation (an equality where the units add
// up, member <= margin <= sum elsewhere). For the proofs that need more cells than the audit's
// dense neighbourhoods hold: above all the wide margins (one-dimension margins, the grand total),
// whose proofs spread over most of a table's suppressed cells.
//
// COIN-OR Clp's sparse simplex finds points in floating point, each solve starting from the last
// one's basis; a point counts only once read as a rational point (ScaledPoint) and checked
// exactly against the relations, so nothing rests on the solver's arithmetic. Deterministic: the
// same calls on the same table give the same answers.
class PatternProgram
{
public:
    struct Witness
    {
        std::vector<int> moved;   // the cells the attacker's table moves, increasing
        std::int64_t reached = 0; // units the quantity reaches there, rounded towards its truth
    };

    // Every argument must outlive the program; `suppressed` is read once. Its solves take at most
    // `iterationsPerCell` simplex iterations per suppressed cell in all, so that its cost follows the
    // pattern's size (what is left unproven once they are spent gets nullopt).
    PatternProgram(const TableShape& shape, const TableRelations& relations, const std::vector<std::int64_t>& units,
                   const std::vector<bool>& suppressed, int iterationsPerCell);
    ~PatternProgram();
    PatternProgram(const PatternProgram&) = delete;
    PatternProgram& operator=(const PatternProgram&) = delete;

    // Whether a pattern of `suppressedCells` cells is small enough for it. A solve's cost grows
    // faster than the pattern (2 ms from the last basis at 1,800 suppressed cells, 90 ms at 3,200),
    // and a table needs one per quantity it proves alone: beyond this, disclosure control keeps to
    // hypercubes and neighbourhoods (DISCLOSURE.md).
    static bool suits(std::size_t suppressedCells) { return suppressedCells <= MaxCells; }

    // Keeps a cell suppressed at construction at its units (published since, or one no witness
    // may move), or lets it move again.
    void hold(int cell);
    void release(int cell);

    // Per quantity, an attacker's table that gets it where it must (its members up by `wanted`),
    // or nullopt where none was found. Quantities of one cell rising only (a table alone); others
    // get nullopt. All are pushed together, solve after solve while that proves more; then each
    // left, alone.
    std::vector<std::optional<Witness>> witnesses(const std::vector<ProtectedQuantity>& quantities);

private:
    static constexpr std::size_t MaxCells = 2500;

    struct Row
    {
        std::vector<std::pair<int, std::int64_t>> terms; // column, coefficient
        std::int64_t rhs = 0;
        bool equality = false; // else terms <= rhs
    };

    int columnOf(int cell) const { return m_column[static_cast<std::size_t>(cell)]; }
    // The solver's column for a variable's fall (the variable's own column is its rise).
    int fallOf(int column) const { return static_cast<int>(m_cell.size()) + column; }
    bool rising(const ProtectedQuantity& quantity) const;
    // The solver's point read exactly and checked against every row and bound.
    std::optional<std::vector<std::int64_t>> checkedPoint(std::int64_t& denominator) const;
    void solve(const std::vector<int>& columns, const std::vector<std::int64_t>& rises);

    const std::vector<std::int64_t>& m_units;
    std::vector<int> m_column; // per cell: its variable, or -1 when published at construction
    std::vector<int> m_cell;   // per variable
    std::vector<bool> m_held;  // per variable
    std::vector<Row> m_rows;
    std::int64_t m_iterationsLeft = 0;
    std::unique_ptr<ClpSimplex> m_model;
};

} // namespace ecluse
