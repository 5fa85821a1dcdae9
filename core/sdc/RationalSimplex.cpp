#include "sdc/RationalSimplex.h"

#include "sdc/GmpInt64.h"

namespace ecluse {

RationalSimplex::RationalSimplex(int columns, const std::vector<SparseRow>& rows)
    : m_columns(columns)
{
    const auto width = static_cast<std::size_t>(columns);
    for (const SparseRow& row : rows) {
        std::vector<mpq_class> dense(width);
        for (const auto& [column, coefficient] : row.terms)
            dense[static_cast<std::size_t>(column)] += toMpz(coefficient);
        m_tableau.push_back(std::move(dense));
        m_rhs.push_back(toMpq(row.rhs));
    }
    m_basis.assign(m_tableau.size(), -1);
    m_basicRow.assign(width, -1);

    // Gauss-Jordan first: it drops redundant relations (a table has many) and gives a basis.
    std::size_t rank = 0;
    for (int column = 0; column < columns && rank < m_tableau.size(); ++column) {
        std::size_t found = rank;
        while (found < m_tableau.size() && sgn(m_tableau[found][static_cast<std::size_t>(column)]) == 0)
            ++found;
        if (found == m_tableau.size())
            continue;
        std::swap(m_tableau[found], m_tableau[rank]);
        std::swap(m_rhs[found], m_rhs[rank]);
        pivot(static_cast<int>(rank), column);
        ++rank;
    }
    for (std::size_t row = rank; row < m_tableau.size(); ++row) {
        if (sgn(m_rhs[row]) != 0)
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
        if (sgn(m_rhs[row]) < 0)
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
        int entering = -1;
        for (int column = 0; column < columns && entering < 0; ++column) {
            if (m_basicRow[static_cast<std::size_t>(column)] >= 0)
                continue;
            mpq_class reduced;
            for (std::size_t row = 0; row < m_tableau.size(); ++row) {
                if (isArtificial(m_basis[row]))
                    reduced += m_tableau[row][static_cast<std::size_t>(column)];
            }
            if (sgn(reduced) > 0)
                entering = column;
        }
        if (entering < 0)
            break;
        const int leaving = leavingRow(entering);
        if (leaving < 0)
            break; // cannot happen: the phase-1 objective is bounded by zero
        pivot(leaving, entering);
    }
    for (std::size_t row = 0; row < m_tableau.size(); ++row) {
        if (isArtificial(m_basis[row]) && sgn(m_rhs[row]) != 0) {
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
            if (sgn(m_tableau[row][static_cast<std::size_t>(column)]) != 0)
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

void RationalSimplex::dropRow(int row)
{
    const auto r = static_cast<std::size_t>(row);
    m_basicRow[static_cast<std::size_t>(m_basis[r])] = -1;
    m_tableau.erase(m_tableau.begin() + row);
    m_rhs.erase(m_rhs.begin() + row);
    m_basis.erase(m_basis.begin() + row);
    for (std::size_t i = r; i < m_basis.size(); ++i)
        m_basicRow[static_cast<std::size_t>(m_basis[i])] = static_cast<int>(i);
}

void RationalSimplex::pivot(int row, int column)
{
    const auto r = static_cast<std::size_t>(row);
    const auto c = static_cast<std::size_t>(column);
    std::vector<mpq_class>& pivotRow = m_tableau[r];
    const mpq_class divisor = pivotRow[c];
    std::vector<std::size_t> nonzero;
    for (std::size_t j = 0; j < pivotRow.size(); ++j) {
        if (sgn(pivotRow[j]) != 0) {
            pivotRow[j] /= divisor;
            nonzero.push_back(j);
        }
    }
    m_rhs[r] /= divisor;
    for (std::size_t i = 0; i < m_tableau.size(); ++i) {
        if (i == r || sgn(m_tableau[i][c]) == 0)
            continue;
        const mpq_class factor = m_tableau[i][c];
        for (std::size_t j : nonzero)
            m_tableau[i][j] -= factor * pivotRow[j];
        m_rhs[i] -= factor * m_rhs[r];
    }
    if (m_basis[r] >= 0)
        m_basicRow[static_cast<std::size_t>(m_basis[r])] = -1;
    m_basis[r] = column;
    m_basicRow[c] = row;
}

int RationalSimplex::leavingRow(int column) const
{
    const auto c = static_cast<std::size_t>(column);
    int best = -1;
    mpq_class bestRatio;
    for (std::size_t i = 0; i < m_tableau.size(); ++i) {
        if (sgn(m_tableau[i][c]) <= 0)
            continue;
        mpq_class ratio = m_rhs[i] / m_tableau[i][c];
        const auto b = static_cast<std::size_t>(best);
        if (best < 0 || ratio < bestRatio || (ratio == bestRatio && m_basis[i] < m_basis[b])) {
            best = static_cast<int>(i);
            bestRatio = std::move(ratio);
        }
    }
    return best;
}

mpq_class RationalSimplex::valueOf(int column) const
{
    const int row = m_basicRow[static_cast<std::size_t>(column)];
    return row < 0 ? mpq_class(0) : m_rhs[static_cast<std::size_t>(row)];
}

RationalSimplex::Result RationalSimplex::maximise(int column, const std::optional<mpq_class>& target)
{
    return optimise(column, 1, target);
}

RationalSimplex::Result RationalSimplex::minimise(int column, const std::optional<mpq_class>& target)
{
    return optimise(column, -1, target);
}

RationalSimplex::Result RationalSimplex::optimise(int column, int sign, const std::optional<mpq_class>& target)
{
    for (;;) {
        mpq_class value = valueOf(column);
        if (target && (sign > 0 ? value >= *target : value <= *target))
            return Result{Stop::Reached, std::move(value)};
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
                    sgn(objectiveRow[static_cast<std::size_t>(j)]) * sign < 0)
                    entering = j;
            }
        }
        if (entering < 0)
            return Result{Stop::Optimal, std::move(value)};
        const int leaving = leavingRow(entering);
        if (leaving < 0)
            return Result{Stop::Unbounded, std::move(value)};
        pivot(leaving, entering);
    }
}

} // namespace ecluse
