#pragma once

#include <gmpxx.h>

#include <cstdint>
#include <optional>
#include <vector>

namespace ecluse {

// A row of an equality system over integers: sum of coefficient * x[column] == rhs.
struct SparseRow
{
    std::vector<std::pair<int, std::int64_t>> terms;
    std::int64_t rhs = 0;
};

// Exact simplex over the rationals for { A x = b, x >= 0 }: the protection audit maximises and
// minimises one cell at a time over the same region. Phase 1 runs once, in the constructor;
// each later optimisation starts from the previous basis. Bland's rule (smallest entering index,
// smallest leaving basic variable on ties) rules out cycling, so every call terminates.
class RationalSimplex
{
public:
    enum class Stop
    {
        Optimal,   // value is the optimum
        Unbounded, // the variable can grow without limit
        Reached,   // a feasible point reaches the target; value is that point's coordinate
    };
    struct Result
    {
        Stop stop = Stop::Optimal;
        mpq_class value;
    };

    RationalSimplex(int columns, const std::vector<SparseRow>& rows);

    bool feasible() const { return m_feasible; }
    // Pushes x[column] up (or down) until it reaches `target`, when given, or its optimum.
    Result maximise(int column, const std::optional<mpq_class>& target);
    Result minimise(int column, const std::optional<mpq_class>& target);

private:
    Result optimise(int column, int sign, const std::optional<mpq_class>& target);
    int leavingRow(int column) const;
    void pivot(int row, int column);
    void dropRow(int row);
    mpq_class valueOf(int column) const;

    int m_columns = 0; // structural columns; artificial ones follow during phase 1
    std::vector<std::vector<mpq_class>> m_tableau;
    std::vector<mpq_class> m_rhs;
    std::vector<int> m_basis;    // per row: its basic column
    std::vector<int> m_basicRow; // per column: its row, or -1
    bool m_feasible = true;
};

} // namespace ecluse
