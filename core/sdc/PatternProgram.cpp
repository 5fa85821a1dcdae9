#include "sdc/PatternProgram.h"

#include "sdc/Int128.h"
#include "sdc/ScaledPoint.h"

#include <ClpSimplex.hpp>
#include <CoinError.hpp>
#include <CoinPackedMatrix.hpp>

#include <algorithm>

namespace ecluse {

namespace {

std::size_t at(int i)
{
    return static_cast<std::size_t>(i);
}

// Per solve, so that a program that makes no progress costs a bounded amount of work, the same on
// every machine (a time limit would make patterns depend on the load). Solves from the last basis
// take a few dozen iterations on the demo's tables, the first of a program several hundred.
constexpr int MaxIterations = 4000;

} // namespace

PatternProgram::PatternProgram(const TableShape& shape, const TableRelations& relations,
                               const std::vector<std::int64_t>& units, const std::vector<bool>& suppressed,
                               int iterationsPerCell)
    : m_units(units)
    , m_column(at(shape.cellCount()), -1)
    , m_model(std::make_unique<ClpSimplex>())
{
    for (int cell = 0; cell < shape.cellCount(); ++cell) {
        if (suppressed[at(cell)]) {
            m_column[at(cell)] = static_cast<int>(m_cell.size());
            m_cell.push_back(cell);
        }
    }
    m_held.assign(m_cell.size(), false);
    m_iterationsLeft = static_cast<std::int64_t>(iterationsPerCell) * static_cast<std::int64_t>(m_cell.size());
    // terms <= rhs, or == rhs: the published cells' units go to the right-hand side.
    for (const TableRelation& relation : relations.all()) {
        attackerRows(relation, m_units, [&](const auto& cells, bool equality) {
            Row row;
            row.equality = equality;
            for (const auto& [cell, coefficient] : cells) {
                if (columnOf(cell) >= 0)
                    row.terms.emplace_back(columnOf(cell), coefficient);
                else
                    row.rhs -= coefficient * m_units[at(cell)];
            }
            if (!row.terms.empty())
                m_rows.push_back(std::move(row));
        });
    }

    // The solver works on each variable's rise and fall from the true table (x = units + rise -
    // fall, both >= 0, the fall at most the units): the true table is then the starting basis, all
    // at zero and feasible, where x itself would need a first phase of a thousand iterations.
    const auto variables = static_cast<int>(m_cell.size());
    std::vector<int> rowIndex;
    std::vector<int> columnIndex;
    std::vector<double> elements;
    std::vector<double> rowLower;
    std::vector<double> rowUpper;
    for (std::size_t r = 0; r < m_rows.size(); ++r) {
        std::int64_t slack = m_rows[r].rhs; // what the true table leaves: 0 on an equality
        for (const auto& [column, coefficient] : m_rows[r].terms) {
            slack -= coefficient * m_units[at(m_cell[at(column)])];
            for (const auto& [solverColumn, sign] : {std::pair{column, 1}, std::pair{variables + column, -1}}) {
                rowIndex.push_back(static_cast<int>(r));
                columnIndex.push_back(solverColumn);
                elements.push_back(static_cast<double>(sign * coefficient));
            }
        }
        rowLower.push_back(m_rows[r].equality ? static_cast<double>(slack) : -COIN_DBL_MAX);
        rowUpper.push_back(static_cast<double>(slack));
    }
    const CoinPackedMatrix matrix(false, rowIndex.data(), columnIndex.data(), elements.data(),
                                  static_cast<CoinBigIndex>(elements.size()));
    const std::vector<double> lower(2 * m_cell.size(), 0);
    std::vector<double> upper(2 * m_cell.size(), COIN_DBL_MAX);
    for (std::size_t c = 0; c < m_cell.size(); ++c)
        upper[m_cell.size() + c] = static_cast<double>(m_units[at(m_cell[c])]);
    const std::vector<double> objective(2 * m_cell.size(), 0);
    m_model->setLogLevel(0);
    try {
        m_model->loadProblem(matrix, lower.data(), upper.data(), objective.data(), rowLower.data(), rowUpper.data());
    } catch (const CoinError&) {
        m_model.reset(); // no witness at all: every quantity keeps to the other proofs
        return;
    }
    m_model->setOptimizationDirection(-1); // maximise
}

PatternProgram::~PatternProgram() = default;

void PatternProgram::hold(int cell)
{
    const int column = columnOf(cell);
    if (column < 0 || !m_model)
        return;
    m_held[at(column)] = true;
    m_model->setColumnBounds(column, 0, 0);
    m_model->setColumnBounds(fallOf(column), 0, 0);
}

void PatternProgram::release(int cell)
{
    const int column = columnOf(cell);
    if (column < 0 || !m_model)
        return;
    m_held[at(column)] = false;
    m_model->setColumnBounds(column, 0, COIN_DBL_MAX);
    m_model->setColumnBounds(fallOf(column), 0, static_cast<double>(m_units[at(cell)]));
}

bool PatternProgram::rising(const ProtectedQuantity& quantity) const
{
    if (quantity.members.size() != 1 || quantity.direction <= 0)
        return false;
    const int column = columnOf(quantity.members.front());
    return column >= 0 && !m_held[at(column)];
}

void PatternProgram::solve(const std::vector<int>& columns, const std::vector<std::int64_t>& rises)
{
    // Each quantity pushed up by what it needs and no further: a point that reaches several of
    // them at once proves each.
    for (std::size_t i = 0; i < columns.size(); ++i) {
        m_model->setObjectiveCoefficient(columns[i], 1);
        m_model->setObjectiveCoefficient(fallOf(columns[i]), -1);
        m_model->setColumnUpper(columns[i], static_cast<double>(rises[i]));
    }
    // From the last basis, keeping the factorization and work areas between solves: most solves
    // take a few dozen iterations, and setting up again would cost more than they do.
    constexpr int KeepFactorization = 1 | 2;
    m_model->setMaximumIterations(static_cast<int>(std::min<std::int64_t>(MaxIterations, m_iterationsLeft)));
    m_model->primal(0, KeepFactorization);
    m_iterationsLeft -= m_model->numberIterations();
    for (int column : columns) {
        m_model->setObjectiveCoefficient(column, 0);
        m_model->setObjectiveCoefficient(fallOf(column), 0);
        m_model->setColumnUpper(column, COIN_DBL_MAX);
    }
}

std::optional<std::vector<std::int64_t>> PatternProgram::checkedPoint(std::int64_t& denominator) const
{
    const double* solution = m_model->primalColumnSolution();
    std::vector<double> point(m_cell.size());
    for (std::size_t c = 0; c < m_cell.size(); ++c)
        point[c] = static_cast<double>(m_units[at(m_cell[c])]) + solution[c] - solution[m_cell.size() + c];
    const std::optional<ScaledPoint> x = ScaledPoint::of(point);
    if (!x)
        return std::nullopt;
    const Int128 d = x->denominator;
    for (std::size_t c = 0; c < m_cell.size(); ++c) {
        const std::int64_t numerator = x->numerators[c];
        if (numerator < 0 || (m_held[c] && Int128{numerator} != d * m_units[at(m_cell[c])]))
            return std::nullopt;
    }
    for (const Row& row : m_rows) {
        Int128 sum = 0;
        for (const auto& [column, coefficient] : row.terms)
            sum += Int128{coefficient} * x->numerators[at(column)];
        const Int128 rhs = Int128{row.rhs} * d;
        if (row.equality ? sum != rhs : sum > rhs)
            return std::nullopt;
    }
    denominator = x->denominator;
    return x->numerators;
}

std::vector<std::optional<PatternProgram::Witness>>
PatternProgram::witnesses(const std::vector<ProtectedQuantity>& quantities)
{
    std::vector<std::optional<Witness>> found(quantities.size());
    if (!m_model)
        return found;
    std::vector<std::size_t> left;
    for (std::size_t q = 0; q < quantities.size(); ++q) {
        if (rising(quantities[q]))
            left.push_back(q);
    }
    const auto targetOf = [&](std::size_t q) {
        const int cell = quantities[q].members.front();
        return m_units[at(cell)] + quantities[q].wanted;
    };
    // Each point the solver leaves is read first: it often reaches more quantities than it was
    // solved for. All together, until a solve gets no further; then one by one.
    const auto collect = [&] {
        std::int64_t denominator = 1;
        const auto point = checkedPoint(denominator);
        if (!point)
            return false;
        std::vector<int> moved;
        for (std::size_t c = 0; c < m_cell.size(); ++c) {
            if (Int128{(*point)[c]} != Int128{denominator} * m_units[at(m_cell[c])])
                moved.push_back(m_cell[c]);
        }
        const auto before = left.size();
        std::erase_if(left, [&](std::size_t q) {
            const std::int64_t numerator = (*point)[at(columnOf(quantities[q].members.front()))];
            if (Int128{numerator} < Int128{targetOf(q)} * denominator)
                return false;
            found[q] = Witness{moved, numerator / denominator};
            return true;
        });
        return left.size() < before;
    };
    collect();
    const auto solveFor = [&](const std::vector<std::size_t>& batch) {
        std::vector<int> columns;
        std::vector<std::int64_t> rises;
        for (std::size_t q : batch) {
            columns.push_back(columnOf(quantities[q].members.front()));
            rises.push_back(quantities[q].wanted);
        }
        if (m_iterationsLeft <= 0)
            return false;
        try {
            solve(columns, rises);
        } catch (const CoinError&) {
            return false; // the solver gave up: no point to read, the quantities stay unproven here
        }
        return collect();
    };
    while (!left.empty() && solveFor(left)) {
    }
    const std::vector<std::size_t> alone = left;
    for (std::size_t q : alone) {
        if (!found[q]) // an earlier point may have reached it
            solveFor({q});
    }
    return found;
}

} // namespace ecluse
