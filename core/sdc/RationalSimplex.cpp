#include "sdc/RationalSimplex.h"

#include "sdc/GmpInt64.h"

namespace ecluse {

mpq_class SimplexArithmetic<mpq_class>::of(std::int64_t value)
{
    return toMpq(value);
}

template <typename Number>
Simplex<Number>::Simplex(int columns, const std::vector<SparseRow>& rows)
    : m_columns(columns)
{
    const auto width = static_cast<std::size_t>(columns);
    for (const SparseRow& row : rows) {
        std::vector<Number> dense(width);
        for (const auto& [column, coefficient] : row.terms)
            dense[static_cast<std::size_t>(column)] += Arithmetic::of(coefficient);
        m_tableau.push_back(std::move(dense));
        m_rhs.push_back(Arithmetic::of(row.rhs));
    }
    m_basis.assign(m_tableau.size(), -1);
    m_basicRow.assign(width, -1);
    m_pivotsLeft = Arithmetic::maxPivots == SIZE_MAX ? SIZE_MAX : Arithmetic::maxPivots * (width + rows.size());

    // Gauss-Jordan first: it drops redundant relations (a table has many) and gives a basis.
    std::size_t rank = 0;
    for (int column = 0; column < columns && rank < m_tableau.size(); ++column) {
        std::size_t found = rank;
        while (found < m_tableau.size() && Arithmetic::sign(m_tableau[found][static_cast<std::size_t>(column)]) == 0)
            ++found;
        if (found == m_tableau.size())
            continue;
        std::swap(m_tableau[found], m_tableau[rank]);
        std::swap(m_rhs[found], m_rhs[rank]);
        pivot(static_cast<int>(rank), column);
        ++rank;
    }
    for (std::size_t row = rank; row < m_tableau.size(); ++row) {
        if (Arithmetic::sign(m_rhs[row]) != 0)
            m_feasible = false;
    }
    m_tableau.resize(rank);
    m_rhs.resize(rank);
    m_basis.resize(rank);
    if (!m_feasible)
        return;

    // Phase 1: a row whose basic value is negative gets an artificial variable instead.
    std::vector<std::size_t> artificialRows;
    for (std::size_t row = 0; row < rank; ++row) {
        if (Arithmetic::sign(m_rhs[row]) < 0)
            artificialRows.push_back(row);
    }
    if (artificialRows.empty())
        return;
    const std::size_t total = width + artificialRows.size();
    for (auto& row : m_tableau)
        row.resize(total);
    m_basicRow.resize(total, -1);
    for (std::size_t k = 0; k < artificialRows.size(); ++k) {
        const std::size_t row = artificialRows[k];
        for (auto& value : m_tableau[row])
            value = -value;
        m_rhs[row] = -m_rhs[row];
        m_basicRow[static_cast<std::size_t>(m_basis[row])] = -1;
        m_basis[row] = static_cast<int>(width + k);
        m_tableau[row][width + k] = 1;
        m_basicRow[width + k] = static_cast<int>(row);
    }
    const auto isArtificial = [&](int column) { return column >= columns; };
    for (;;) {
        // Maximise minus the sum of the artificials: reduced cost of j is the sum of T[i][j]
        // over the rows whose basic variable is artificial.
        std::vector<std::size_t> stillArtificial;
        for (std::size_t row = 0; row < m_tableau.size(); ++row) {
            if (isArtificial(m_basis[row]))
                stillArtificial.push_back(row);
        }
        int entering = -1;
        for (int column = 0; column < columns && entering < 0; ++column) {
            if (m_basicRow[static_cast<std::size_t>(column)] >= 0)
                continue;
            Number reduced{};
            for (std::size_t row : stillArtificial)
                reduced += m_tableau[row][static_cast<std::size_t>(column)];
            if (Arithmetic::sign(reduced) > 0)
                entering = column;
        }
        if (entering < 0)
            break;
        const int leaving = leavingRow(entering);
        if (leaving < 0)
            break; // cannot happen: the phase-1 objective is bounded by zero
        if (outOfPivots()) {
            m_feasible = false;
            return;
        }
        pivot(leaving, entering);
    }
    for (std::size_t row = 0; row < m_tableau.size(); ++row) {
        if (isArtificial(m_basis[row]) && Arithmetic::sign(m_rhs[row]) != 0) {
            m_feasible = false;
            return;
        }
    }
    // Artificials left in the basis at zero: swap them for a structural column, or the row is
    // redundant.
    for (std::size_t row = 0; row < m_tableau.size();) {
        if (!isArtificial(m_basis[row])) {
            ++row;
            continue;
        }
        int replacement = -1;
        for (int column = 0; column < columns && replacement < 0; ++column) {
            if (Arithmetic::sign(m_tableau[row][static_cast<std::size_t>(column)]) != 0)
                replacement = column;
        }
        if (replacement >= 0) {
            pivot(static_cast<int>(row), replacement);
            ++row;
        } else {
            dropRow(static_cast<int>(row));
        }
    }
    for (auto& row : m_tableau)
        row.resize(width);
    m_basicRow.resize(width);
}

template <typename Number> void Simplex<Number>::dropRow(int row)
{
    const auto r = static_cast<std::size_t>(row);
    m_basicRow[static_cast<std::size_t>(m_basis[r])] = -1;
    m_tableau.erase(m_tableau.begin() + row);
    m_rhs.erase(m_rhs.begin() + row);
    m_basis.erase(m_basis.begin() + row);
    for (std::size_t i = r; i < m_basis.size(); ++i)
        m_basicRow[static_cast<std::size_t>(m_basis[i])] = static_cast<int>(i);
}

template <typename Number> void Simplex<Number>::pivot(int row, int column)
{
    const auto r = static_cast<std::size_t>(row);
    const auto c = static_cast<std::size_t>(column);
    std::vector<Number>& pivotRow = m_tableau[r];
    const Number divisor = pivotRow[c];
    std::vector<std::size_t> nonzero;
    for (std::size_t j = 0; j < pivotRow.size(); ++j) {
        if (Arithmetic::sign(pivotRow[j]) != 0) {
            pivotRow[j] /= divisor;
            nonzero.push_back(j);
        }
    }
    m_rhs[r] /= divisor;
    for (std::size_t i = 0; i < m_tableau.size(); ++i) {
        if (i == r || Arithmetic::sign(m_tableau[i][c]) == 0)
            continue;
        const Number factor = m_tableau[i][c];
        for (std::size_t j : nonzero)
            m_tableau[i][j] -= factor * pivotRow[j];
        m_rhs[i] -= factor * m_rhs[r];
    }
    if (m_basis[r] >= 0)
        m_basicRow[static_cast<std::size_t>(m_basis[r])] = -1;
    m_basis[r] = column;
    m_basicRow[c] = row;
}

template <typename Number> int Simplex<Number>::leavingRow(int column) const
{
    const auto c = static_cast<std::size_t>(column);
    int best = -1;
    Number bestRatio{};
    for (std::size_t i = 0; i < m_tableau.size(); ++i) {
        if (Arithmetic::sign(m_tableau[i][c]) <= 0)
            continue;
        Number ratio = m_rhs[i] / m_tableau[i][c];
        const auto b = static_cast<std::size_t>(best);
        if (best < 0 || ratio < bestRatio || (ratio == bestRatio && m_basis[i] < m_basis[b])) {
            best = static_cast<int>(i);
            bestRatio = std::move(ratio);
        }
    }
    return best;
}

template <typename Number> Number Simplex<Number>::value(int column) const
{
    const int row = m_basicRow[static_cast<std::size_t>(column)];
    return row < 0 ? Number{} : m_rhs[static_cast<std::size_t>(row)];
}

template <typename Number>
typename Simplex<Number>::Result Simplex<Number>::maximise(int column, const std::optional<Number>& target)
{
    return optimise(column, 1, target);
}

template <typename Number>
typename Simplex<Number>::Result Simplex<Number>::minimise(int column, const std::optional<Number>& target)
{
    return optimise(column, -1, target);
}

template <typename Number>
typename Simplex<Number>::Result Simplex<Number>::optimise(int column, int sign, const std::optional<Number>& target)
{
    for (;;) {
        Number current = value(column);
        if (target && (sign > 0 ? current >= *target : current <= *target))
            return Result{Stop::Reached, std::move(current)};
        int entering = -1;
        const int row = m_basicRow[static_cast<std::size_t>(column)];
        if (row < 0) {
            // Nonbasic at zero: only the variable itself can improve it, and only upwards.
            if (sign > 0)
                entering = column;
        } else {
            const auto& objectiveRow = m_tableau[static_cast<std::size_t>(row)];
            for (int j = 0; j < m_columns && entering < 0; ++j) {
                if (m_basicRow[static_cast<std::size_t>(j)] < 0 &&
                    Arithmetic::sign(objectiveRow[static_cast<std::size_t>(j)]) * sign < 0)
                    entering = j;
            }
        }
        if (entering < 0)
            return Result{Stop::Optimal, std::move(current)};
        const int leaving = leavingRow(entering);
        if (leaving < 0)
            return Result{Stop::Unbounded, std::move(current)};
        if (outOfPivots())
            return Result{Stop::GaveUp, std::move(current)};
        pivot(leaving, entering);
    }
}

template <typename Number> bool Simplex<Number>::outOfPivots()
{
    if (m_pivotsLeft == 0)
        return true;
    if (m_pivotsLeft != SIZE_MAX)
        --m_pivotsLeft;
    return false;
}

template class Simplex<mpq_class>;
template class Simplex<double>;

} // namespace ecluse
