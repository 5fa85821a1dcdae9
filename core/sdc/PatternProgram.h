#pragma once

#include "sdc/LinkedKnowledge.h"
#include "sdc/ScaledPoint.h"
#include "sdc/TableRelations.h"
#include "sdc/TableShape.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <utility>
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
// An attacker's table found by a program over a pattern: the suppressed cells it moves, increasing,
// and their values there (numerator / denominator). It holds for any pattern that hides at least
// those cells, which a program checks exactly before reading it (PatternProgram::witnesses).
struct AttackerPoint
{
    std::vector<std::pair<int, std::int64_t>> moved; // cell, numerator
    std::int64_t denominator = 1;

    std::vector<int> movedCells() const;
};

class PatternProgram
{
public:
    struct Witness
    {
        std::shared_ptr<const AttackerPoint> point; // shared by the quantities it proves
        std::int64_t reached = 0;                   // units the quantity reaches there, rounded towards its truth
    };
    enum class Stop
    {
        Never,
        AtFirstFailure, // a caller that needs every quantity proven: the rest are not sought
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
    // get nullopt. The `known` points (found before, on another pattern) are read first, those
    // that hold here exactly; then all quantities left are pushed together, solve after solve
    // while that proves more; then each left, alone.
    std::vector<std::optional<Witness>> witnesses(const std::vector<ProtectedQuantity>& quantities,
                                                  Stop stop = Stop::Never,
                                                  const std::vector<std::shared_ptr<const AttackerPoint>>& known = {});

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
    void setHeld(int cell, bool held);
    // A variable's bounds in the solver: its rise unbounded and its fall down to zero units, or
    // both nil while it is held.
    double riseLimit(int column) const;
    double fallLimit(int column) const;
    // Whether a point (per variable, numerators over `denominator`) holds exactly: every row, every
    // bound, the held variables at their units.
    bool holds(const std::vector<std::int64_t>& numerators, std::int64_t denominator) const;
    // The same for a point that leaves every variable but `moved` at its units: only their bounds
    // and the rows that hold them need checking, where the true table holds every row.
    bool holdsMoving(const std::vector<std::int64_t>& numerators, std::int64_t denominator,
                     const std::vector<int>& moved) const;
    // A variable's bounds (>= 0, and its units while held), and a row, at a point.
    bool variableHolds(int column, std::int64_t numerator, std::int64_t denominator) const;
    bool rowHolds(const Row& row, const std::vector<std::int64_t>& numerators, std::int64_t denominator) const;
    // The solver's point read as a rational point, if it holds.
    std::optional<ScaledPoint> solverPoint() const;
    // A known point over this program's variables, if it moves none published or held here.
    std::optional<ScaledPoint> knownPoint(const AttackerPoint& point) const;
    // Built at the first solve: a program whose known points prove everything needs no solver.
    ClpSimplex* model();
    void solve(const std::vector<int>& columns, const std::vector<std::int64_t>& rises);

    const std::vector<std::int64_t>& m_units;
    std::vector<int> m_column; // per cell: its variable, or -1 when published at construction
    std::vector<int> m_cell;   // per variable
    std::vector<bool> m_held;  // per variable
    std::vector<Row> m_rows;
    std::vector<std::vector<int>> m_rowsOf; // per variable: the rows that hold it
    bool m_truthHolds = true;               // every row holds at the true table (checked once)
    std::int64_t m_iterationsLeft = 0;
    std::unique_ptr<ClpSimplex> m_model;
    bool m_modelFailed = false; // the solver could not take the rows: no solve at all
};

} // namespace ecluse
