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

std::vector<int> AttackerPoint::movedCells() const
{
    std::vector<int> cells;
    cells.reserve(moved.size());
    for (const auto& [cell, numerator] : moved)
        cells.push_back(cell);
    return cells;
}

PatternProgram::PatternProgram(const TableShape& shape, const TableRelations& relations,
                               const std::vector<std::int64_t>& units, const std::vector<bool>& suppressed,
                               int iterationsPerCell)
    : m_units(units)
    , m_column(at(shape.cellCount()), -1)
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
    // A known point is checked where it moves (holdsMoving): the rows and bounds it leaves alone
    // hold as they do at the true table, which is checked here once rather than assumed.
    m_rowsOf.resize(m_cell.size());
    std::vector<std::int64_t> truth(m_cell.size());
    for (std::size_t c = 0; c < m_cell.size(); ++c) {
        truth[c] = m_units[at(m_cell[c])];
        m_truthHolds = m_truthHolds && truth[c] >= 0;
    }
    for (std::size_t r = 0; r < m_rows.size(); ++r) {
        for (const auto& [column, coefficient] : m_rows[r].terms)
            m_rowsOf[at(column)].push_back(static_cast<int>(r));
        m_truthHolds = m_truthHolds && rowHolds(m_rows[r], truth, 1);
    }
}

PatternProgram::~PatternProgram() = default;

ClpSimplex* PatternProgram::model()
{
    if (m_model || m_modelFailed)
        return m_model.get();
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
    for (int column = 0; column < variables; ++column) {
        upper[at(column)] = riseLimit(column);
        upper[at(fallOf(column))] = fallLimit(column);
    }
    const std::vector<double> objective(2 * m_cell.size(), 0);
    auto built = std::make_unique<ClpSimplex>();
    built->setLogLevel(0);
    try {
        built->loadProblem(matrix, lower.data(), upper.data(), objective.data(), rowLower.data(), rowUpper.data());
    } catch (const CoinError&) {
        m_modelFailed = true; // no solve at all: every quantity keeps to the known points and other proofs
        return nullptr;
    }
    built->setOptimizationDirection(-1); // maximise
    m_model = std::move(built);
    return m_model.get();
}

void PatternProgram::hold(int cell)
{
    setHeld(cell, true);
}

void PatternProgram::release(int cell)
{
    setHeld(cell, false);
}

void PatternProgram::setHeld(int cell, bool held)
{
    const int column = columnOf(cell);
    if (column < 0)
        return;
    m_held[at(column)] = held;
    if (m_model) {
        m_model->setColumnUpper(column, riseLimit(column));
        m_model->setColumnUpper(fallOf(column), fallLimit(column));
    }
}

double PatternProgram::riseLimit(int column) const
{
    return m_held[at(column)] ? 0 : COIN_DBL_MAX;
}

double PatternProgram::fallLimit(int column) const
{
    return m_held[at(column)] ? 0 : static_cast<double>(m_units[at(m_cell[at(column)])]);
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
        m_model->setColumnUpper(column, riseLimit(column));
    }
}

bool PatternProgram::holds(const std::vector<std::int64_t>& numerators, std::int64_t denominator) const
{
    for (std::size_t c = 0; c < m_cell.size(); ++c) {
        if (!variableHolds(static_cast<int>(c), numerators[c], denominator))
            return false;
    }
    return std::all_of(m_rows.begin(), m_rows.end(),
                       [&](const Row& row) { return rowHolds(row, numerators, denominator); });
}

bool PatternProgram::holdsMoving(const std::vector<std::int64_t>& numerators, std::int64_t denominator,
                                 const std::vector<int>& moved) const
{
    std::vector<int> rows;
    for (int column : moved) {
        if (!variableHolds(column, numerators[at(column)], denominator))
            return false;
        rows.insert(rows.end(), m_rowsOf[at(column)].begin(), m_rowsOf[at(column)].end());
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return std::all_of(rows.begin(), rows.end(),
                       [&](int row) { return rowHolds(m_rows[at(row)], numerators, denominator); });
}

bool PatternProgram::variableHolds(int column, std::int64_t numerator, std::int64_t denominator) const
{
    return numerator >= 0 &&
           (!m_held[at(column)] || Int128{numerator} == Int128{denominator} * m_units[at(m_cell[at(column)])]);
}

bool PatternProgram::rowHolds(const Row& row, const std::vector<std::int64_t>& numerators,
                              std::int64_t denominator) const
{
    Int128 sum = 0;
    for (const auto& [column, coefficient] : row.terms)
        sum += Int128{coefficient} * numerators[at(column)];
    const Int128 rhs = Int128{row.rhs} * denominator;
    return row.equality ? sum == rhs : sum <= rhs;
}

std::optional<ScaledPoint> PatternProgram::solverPoint() const
{
    const double* solution = m_model->primalColumnSolution();
    std::vector<double> point(m_cell.size());
    for (std::size_t c = 0; c < m_cell.size(); ++c)
        point[c] = static_cast<double>(m_units[at(m_cell[c])]) + solution[c] - solution[m_cell.size() + c];
    std::optional<ScaledPoint> x = ScaledPoint::of(point);
    if (!x || !holds(x->numerators, x->denominator))
        return std::nullopt;
    return x;
}

std::optional<ScaledPoint> PatternProgram::knownPoint(const AttackerPoint& point) const
{
    // Within ScaledPoint's bounds, so that the exact check cannot overflow.
    if (point.denominator < 1 || point.denominator > ScaledPoint::MaxDenominator)
        return std::nullopt;
    ScaledPoint x;
    x.denominator = point.denominator;
    x.numerators.resize(m_cell.size());
    for (std::size_t c = 0; c < m_cell.size(); ++c) {
        const Int128 unmoved = Int128{m_units[at(m_cell[c])]} * point.denominator;
        if (unmoved >= ScaledPoint::MaxNumerator)
            return std::nullopt;
        x.numerators[c] = static_cast<std::int64_t>(unmoved);
    }
    std::vector<int> moved;
    for (const auto& [cell, numerator] : point.moved) {
        if (cell < 0 || at(cell) >= m_column.size() || columnOf(cell) < 0)
            return std::nullopt; // it moves a cell published here
        if (numerator < 0 || numerator >= ScaledPoint::MaxNumerator)
            return std::nullopt;
        x.numerators[at(columnOf(cell))] = numerator;
        moved.push_back(columnOf(cell));
    }
    if (!(m_truthHolds ? holdsMoving(x.numerators, x.denominator, moved) : holds(x.numerators, x.denominator)))
        return std::nullopt;
    return x;
}

std::vector<std::optional<PatternProgram::Witness>>
PatternProgram::witnesses(const std::vector<ProtectedQuantity>& quantities, Stop stop,
                          const std::vector<std::shared_ptr<const AttackerPoint>>& known)
{
    std::vector<std::optional<Witness>> found(quantities.size());
    std::vector<std::size_t> left;
    for (std::size_t q = 0; q < quantities.size(); ++q) {
        if (rising(quantities[q]))
            left.push_back(q);
    }
    const auto targetOf = [&](std::size_t q) {
        const int cell = quantities[q].members.front();
        return m_units[at(cell)] + quantities[q].wanted;
    };
    // Each point is read for every quantity left: it often reaches more quantities than it was
    // solved for. Returns whether it proved any.
    const auto collect = [&](const ScaledPoint& x) {
        std::shared_ptr<AttackerPoint> point;
        const auto before = left.size();
        std::erase_if(left, [&](std::size_t q) {
            const std::int64_t numerator = x.numerators[at(columnOf(quantities[q].members.front()))];
            if (Int128{numerator} < Int128{targetOf(q)} * x.denominator)
                return false;
            if (!point) {
                point = std::make_shared<AttackerPoint>();
                point->denominator = x.denominator;
                for (std::size_t c = 0; c < m_cell.size(); ++c) {
                    if (Int128{x.numerators[c]} != Int128{x.denominator} * m_units[at(m_cell[c])])
                        point->moved.emplace_back(m_cell[c], x.numerators[c]);
                }
            }
            found[q] = Witness{point, numerator / x.denominator};
            return true;
        });
        return left.size() < before;
    };
    for (const auto& point : known) {
        if (left.empty())
            return found;
        if (const auto x = point ? knownPoint(*point) : std::nullopt)
            collect(*x);
    }
    if (left.empty() || m_iterationsLeft <= 0 || !model())
        return found;
    if (const auto x = solverPoint())
        collect(*x);
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
        const auto x = solverPoint();
        return x && collect(*x);
    };
    // All together, until a solve gets no further; then one by one.
    while (!left.empty() && solveFor(left)) {
    }
    const std::vector<std::size_t> alone = left;
    for (std::size_t q : alone) {
        if (found[q]) // an earlier point may have reached it
            continue;
        solveFor({q});
        if (!found[q] && stop == Stop::AtFirstFailure)
            break;
    }
    return found;
}

} // namespace ecluse
