#pragma once

#include <gmpxx.h>

#include <cstddef>
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

// The arithmetic a simplex runs on: exact rationals, or doubles for a quick first answer.
template <typename Number> struct SimplexArithmetic;

template <> struct SimplexArithmetic<mpq_class>
{
    static int sign(const mpq_class& value) { return sgn(value); }
    static mpq_class of(std::int64_t value);
    static constexpr std::size_t maxPivots = SIZE_MAX; // Bland's rule terminates
};

template <> struct SimplexArithmetic<double>
{
    static constexpr double tolerance = 1e-9;
    static int sign(double value) { return value > tolerance ? 1 : value < -tolerance ? -1 : 0; }
    static double of(std::int64_t value) { return static_cast<double>(value); }
    // Rounding can make Bland's rule cycle: give up after this many pivots per row and column.
    static constexpr std::size_t maxPivots = 50;
};

// Simplex for { A x = b, x >= 0 }: the protection audit maximises and minimises one cell at a
// time over the same region. Phase 1 runs once, in the constructor; each later optimisation
// starts from the previous basis. Bland's rule (smallest entering index, smallest leaving basic
// variable on ties) rules out cycling in exact arithmetic, so every call terminates.
// Over mpq_class (RationalSimplex) its answers are exact; over double (FloatSimplex) they are a
// quick estimate, which may be wrong, and which may give up (Stop::GaveUp).
template <typename Number> class Simplex
{
public:
    enum class Stop
    {
        Optimal,   // value is the optimum
        Unbounded, // the variable can grow without limit
        Reached,   // a feasible point reaches the target; value is that point's coordinate
        GaveUp,    // doubles only: too many pivots, no answer
    };
    struct Result
    {
        Stop stop = Stop::Optimal;
        Number value{};
    };

    Simplex(int columns, const std::vector<SparseRow>& rows);

    // False when the rows have no solution >= 0 (doubles: or the first phase gave up).
    bool feasible() const { return m_feasible; }
    // Pushes x[column] up (or down) until it reaches `target`, when given, or its optimum.
    Result maximise(int column, const std::optional<Number>& target);
    Result minimise(int column, const std::optional<Number>& target);
    // The value of x[column] at the current point (after an optimisation, the point it stopped at).
    Number value(int column) const;

private:
    using Arithmetic = SimplexArithmetic<Number>;

    Result optimise(int column, int sign, const std::optional<Number>& target);
    int leavingRow(int column) const;
    void pivot(int row, int column);
    void dropRow(int row);
    bool outOfPivots();

    int m_columns = 0; // structural columns; artificial ones follow during phase 1
    std::vector<std::vector<Number>> m_tableau;
    std::vector<Number> m_rhs;
    std::vector<int> m_basis;    // per row: its basic column
    std::vector<int> m_basicRow; // per column: its row, or -1
    bool m_feasible = true;
    std::size_t m_pivotsLeft = 0;
};

extern template class Simplex<mpq_class>;
extern template class Simplex<double>;
using RationalSimplex = Simplex<mpq_class>;
using FloatSimplex = Simplex<double>;

} // namespace ecluse
