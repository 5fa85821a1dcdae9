#include "sdc/ProtectionAudit.h"

#include "common/Error.h"
#include "sdc/GmpInt64.h"
#include "sdc/Hypercube.h"
#include "sdc/Int128.h"
#include "sdc/PatternProgram.h"
#include "sdc/RationalSimplex.h"
#include "sdc/ScaledPoint.h"
#include "sdc/TableRelations.h"

#include <QCoreApplication>

#include <gmpxx.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <optional>

namespace ecluse {

namespace {

std::size_t at(int i)
{
    return static_cast<std::size_t>(i);
}

// Beyond this many suppressed cells around a primary cell the exact arithmetic gets slow (dense
// rational tableaux); a cell not proven by then counts as unprotected, which is the safe side.
constexpr std::size_t MaxRegion = 200;
// Known sums of earlier tables pin most hypercubes, so far more cells need the linear program, on
// wider neighbourhoods (moves spread across a known sum's members).
constexpr std::size_t MaxLinkedRegion = 1000;
constexpr std::size_t DirectGroup = 150;
// Trimming seeks a certificate for nearly every cell it tries, most of them in vain: on
// neighbourhoods this small the floating-point simplex stays cheap (its cost grows with the cube
// of their size), and what they miss merely stays hidden.
constexpr std::size_t MaxCertifiedRegion = 100;
// What the program over the whole pattern may spend per suppressed cell before the neighbourhoods
// take over (PatternProgram.h): 0.7 on the demo's department x age band x sex. It must re-prove
// what trimming published on it, which neighbourhoods cannot (a cell left unproven costs a repair,
// more cells hidden): twice trimming's own budget.
constexpr int AuditIterationsPerCell = 4;

// The suppressed cells fall apart into groups that share no relation; each group is audited on
// its own, which keeps the exact linear algebra small.
struct Component
{
    std::vector<int> cells;     // suppressed cells, increasing
    std::vector<int> relations; // relations holding at least one of them
    std::vector<int> linked;    // known sums holding at least one of them
};

std::vector<Component> components(const TableShape& shape, const TableRelations& relations, const LinkedSums& linked,
                                  const std::vector<bool>& suppressed)
{
    std::vector<int> parent(at(shape.cellCount()));
    std::iota(parent.begin(), parent.end(), 0);
    const auto find = [&](int x) {
        while (parent[at(x)] != x) {
            parent[at(x)] = parent[at(parent[at(x)])];
            x = parent[at(x)];
        }
        return x;
    };
    std::vector<int> firstSuppressed(relations.all().size(), -1);
    for (std::size_t r = 0; r < relations.all().size(); ++r) {
        const TableRelation& relation = relations.all()[r];
        for (int k = 0; k <= relation.count; ++k) {
            const int cell = relation.member(k); // member(count) is the margin
            if (!suppressed[at(cell)])
                continue;
            if (firstSuppressed[r] < 0) {
                firstSuppressed[r] = cell;
            } else {
                const int a = find(firstSuppressed[r]);
                const int b = find(cell);
                parent[at(std::max(a, b))] = std::min(a, b);
            }
        }
    }
    std::vector<int> firstInSum(linked.all().size(), -1);
    for (std::size_t k = 0; k < linked.all().size(); ++k) {
        for (int cell : linked.all()[k].members) {
            if (!suppressed[at(cell)])
                continue;
            if (firstInSum[k] < 0) {
                firstInSum[k] = cell;
            } else {
                const int a = find(firstInSum[k]);
                const int b = find(cell);
                parent[at(std::max(a, b))] = std::min(a, b);
            }
        }
    }
    std::vector<int> componentOf(at(shape.cellCount()), -1);
    std::vector<Component> result;
    for (int cell = 0; cell < shape.cellCount(); ++cell) {
        if (!suppressed[at(cell)])
            continue;
        const int root = find(cell);
        if (componentOf[at(root)] < 0) {
            componentOf[at(root)] = static_cast<int>(result.size());
            result.emplace_back();
        }
        componentOf[at(cell)] = componentOf[at(root)];
        result[at(componentOf[at(root)])].cells.push_back(cell);
    }
    for (std::size_t r = 0; r < relations.all().size(); ++r) {
        if (firstSuppressed[r] >= 0)
            result[at(componentOf[at(firstSuppressed[r])])].relations.push_back(static_cast<int>(r));
    }
    for (std::size_t k = 0; k < linked.all().size(); ++k) {
        if (firstInSum[k] >= 0)
            result[at(componentOf[at(firstInSum[k])])].linked.push_back(static_cast<int>(k));
    }
    return result;
}

// Local column of each suppressed cell of a component.
std::vector<int> localColumns(const TableShape& shape, const Component& component)
{
    std::vector<int> column(at(shape.cellCount()), -1);
    for (std::size_t i = 0; i < component.cells.size(); ++i)
        column[at(component.cells[i])] = static_cast<int>(i);
    return column;
}

// The relations of a component as equalities over its suppressed cells (local columns), published
// cells left out: what the span test below reasons with.
std::vector<SparseRow> equalityRows(const TableRelations& relations, const LinkedSums& linked,
                                    const Component& component, const std::vector<int>& column)
{
    std::vector<SparseRow> rows;
    for (int r : component.relations) {
        const TableRelation& relation = relations.all()[at(r)];
        SparseRow row;
        for (int k = 0; k <= relation.count; ++k) {
            const int local = column[at(relation.member(k))];
            if (local >= 0)
                row.terms.emplace_back(local, k == relation.count ? 1 : -1);
        }
        rows.push_back(std::move(row));
    }
    for (int k : component.linked) {
        SparseRow row;
        for (int member : linked.all()[at(k)].members) {
            if (column[at(member)] >= 0)
                row.terms.emplace_back(column[at(member)], 1);
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

// Exact disclosure: with published cells as constants, the equalities restricted to the
// suppressed cells form a matrix A; a column c is determined iff the unit vector e_c is in A's
// row space. In reduced row echelon form that means c is a pivot column whose row has no other
// nonzero entry.
class EqualitySpan
{
public:
    EqualitySpan(const std::vector<SparseRow>& sparse, std::size_t width)
        : m_pivotRowOf(width, -1)
    {
        for (const SparseRow& row : sparse) {
            std::vector<mpq_class> dense(width);
            for (const auto& [local, coefficient] : row.terms)
                dense[at(local)] += static_cast<int>(coefficient);
            m_rows.push_back(std::move(dense));
        }
        std::size_t rank = 0;
        for (std::size_t c = 0; c < width && rank < m_rows.size(); ++c) {
            std::size_t found = rank;
            while (found < m_rows.size() && sgn(m_rows[found][c]) == 0)
                ++found;
            if (found == m_rows.size())
                continue;
            std::swap(m_rows[found], m_rows[rank]);
            std::vector<mpq_class>& pivot = m_rows[rank];
            const mpq_class divisor = pivot[c];
            std::vector<std::size_t> nonzero;
            for (std::size_t j = 0; j < width; ++j) {
                if (sgn(pivot[j]) != 0) {
                    pivot[j] /= divisor;
                    nonzero.push_back(j);
                }
            }
            for (std::size_t i = 0; i < m_rows.size(); ++i) {
                if (i == rank || sgn(m_rows[i][c]) == 0)
                    continue;
                const mpq_class factor = m_rows[i][c];
                for (std::size_t j : nonzero)
                    m_rows[i][j] -= factor * pivot[j];
            }
            m_pivotRowOf[c] = static_cast<int>(rank);
            ++rank;
        }
    }

    std::vector<bool> determinedColumns() const
    {
        std::vector<bool> determined(m_pivotRowOf.size(), false);
        for (std::size_t c = 0; c < determined.size(); ++c)
            determined[c] = freeColumnOf(c) < 0;
        return determined;
    }

private:
    // A free column whose null-space direction moves `column` (itself, or one its pivot row holds), or -1
    // when it is determined.
    int freeColumnOf(std::size_t column) const
    {
        if (m_pivotRowOf[column] < 0)
            return static_cast<int>(column);
        const std::vector<mpq_class>& row = m_rows[at(m_pivotRowOf[column])];
        for (std::size_t j = 0; j < row.size(); ++j) {
            if (j != column && sgn(row[j]) != 0)
                return static_cast<int>(j);
        }
        return -1;
    }

    std::vector<std::vector<mpq_class>> m_rows;
    std::vector<int> m_pivotRowOf;
};

// The linear program of a component: one variable per suppressed cell, then slack variables for
// the inequalities of non-additive relations. Published cells enter as constants.
std::vector<SparseRow> feasibleRegion(const TableRelations& relations, const LinkedSums& linked,
                                      const Component& component, const std::vector<int>& column,
                                      const std::vector<std::int64_t>& units, int& columns)
{
    columns = static_cast<int>(component.cells.size());
    std::vector<SparseRow> rows;
    // Adds `sign` * cell to the row: a variable if suppressed, else a constant moved to the right.
    const auto addTerm = [&](SparseRow& row, int cell, std::int64_t sign) {
        const int local = column[at(cell)];
        if (local >= 0)
            row.terms.emplace_back(local, sign);
        else
            row.rhs -= sign * units[at(cell)];
    };
    // The relations' rows, an inequality with its slack (row + slack == rhs); a row of published
    // cells only says nothing.
    for (int r : component.relations) {
        attackerRows(relations.all()[at(r)], units, [&](const auto& cells, bool equality) {
            SparseRow row;
            for (const auto& [cell, coefficient] : cells)
                addTerm(row, cell, coefficient);
            if (row.terms.empty())
                return;
            if (!equality)
                row.terms.emplace_back(columns++, 1);
            rows.push_back(std::move(row));
        });
    }
    // Known sums: constants, so sum == known where the units add up, else known <= sum (with a
    // slack) and member <= known for each suppressed member.
    for (int k : component.linked) {
        const LinkedSums::Sum& sum = linked.all()[at(k)];
        SparseRow total;
        total.rhs = sum.units;
        for (int member : sum.members)
            addTerm(total, member, 1);
        if (!sum.additive())
            total.terms.emplace_back(columns++, -1);
        rows.push_back(std::move(total));
        if (sum.additive())
            continue;
        for (int member : sum.members) {
            if (column[at(member)] < 0)
                continue;
            SparseRow bound;
            bound.rhs = sum.units;
            addTerm(bound, member, 1);
            bound.terms.emplace_back(columns++, 1);
            rows.push_back(std::move(bound));
        }
    }
    // Ceilings and floors from earlier cells over other rows: cell + slack == ceiling,
    // cell - slack == floor.
    for (int cell : component.cells) {
        for (const int side : {1, -1}) {
            const std::int64_t bound = side > 0 ? linked.ceiling(cell) : linked.floor(cell);
            if (bound < 0)
                continue;
            SparseRow row;
            row.rhs = bound;
            addTerm(row, cell, 1);
            row.terms.emplace_back(columns++, side);
            rows.push_back(std::move(row));
        }
    }
    return rows;
}

// This file's messages, under the "ProtectionAudit" context that lupdate files them in too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ProtectionAudit)
};

// Apart from the functions that need it: lupdate files a message said in a function whose
// signature names std:: under the wrong context.
Error unrepresentableBound()
{
    return Error(ErrorKind::InvalidInput,
                 Text::tr("a bound of the protection audit cannot be represented in 64 bits; nothing is shown"));
}

std::int64_t int64Of(const mpz_class& value)
{
    if (const std::optional<std::int64_t> narrow = toInt64(value))
        return *narrow;
    throw unrepresentableBound();
}

std::int64_t floorOf(const mpq_class& value)
{
    mpz_class result;
    mpz_fdiv_q(result.get_mpz_t(), value.get_num_mpz_t(), value.get_den_mpz_t());
    return int64Of(result);
}

std::int64_t ceilOf(const mpq_class& value)
{
    mpz_class result;
    mpz_cdiv_q(result.get_mpz_t(), value.get_num_mpz_t(), value.get_den_mpz_t());
    return int64Of(result);
}

[[noreturn]] void inconsistent()
{
    throw Error(ErrorKind::Other,
                Text::tr("the table's margins contradict its cells; it cannot be protected and nothing is "
                         "shown"));
}

[[noreturn]] void misfit()
{
    throw Error(ErrorKind::Usage, Text::tr("the pattern does not fit the table"));
}

// The linear program of a quantity on a neighbourhood: its cells are the variables, every cell
// beyond keeps its true value. Any point feasible there is feasible for the whole table, so a
// proof found on a neighbourhood holds.
struct LocalProgram
{
    Component local;         // the neighbourhood, increasing, with the relations and sums that hold its cells
    std::vector<int> column; // per cell of the table: its variable, or -1
    std::vector<SparseRow> rows;
    int columns = 0;
    int objective = -1; // the cell's variable, or one more column equal to the quantity's sum

    LocalProgram(const TableShape& shape, const TableRelations& relations, const LinkedSums& linked,
                 const std::vector<std::int64_t>& units, std::vector<int> region, const ProtectedQuantity& quantity)
    {
        local.cells = std::move(region);
        std::sort(local.cells.begin(), local.cells.end());
        for (int member : local.cells) {
            for (int d = 0; d < relations.dimensionCount(); ++d)
                local.relations.push_back(relations.relationOf(member, d));
            local.linked.insert(local.linked.end(), linked.of(member).begin(), linked.of(member).end());
        }
        for (auto* list : {&local.relations, &local.linked}) {
            std::sort(list->begin(), list->end());
            list->erase(std::unique(list->begin(), list->end()), list->end());
        }
        column = localColumns(shape, local);
        rows = feasibleRegion(relations, linked, local, column, units, columns);
        if (quantity.members.size() == 1) {
            objective = column[at(quantity.members.front())];
            return;
        }
        objective = columns++;
        SparseRow definition;
        definition.terms = {{objective, 1}};
        for (int member : quantity.members) {
            if (column[at(member)] >= 0)
                definition.terms.emplace_back(column[at(member)], -1);
            else
                definition.rhs += units[at(member)];
        }
        rows.push_back(std::move(definition));
    }

    // The span test's equalities: the relations as if they added up, and for a sum of cells one
    // more column equal to its suppressed members. `spanColumn` gets the quantity's column.
    EqualitySpan span(const TableRelations& relations, const LinkedSums& linked, const ProtectedQuantity& quantity,
                      int& spanColumn) const
    {
        std::vector<SparseRow> equalities = equalityRows(relations, linked, local, column);
        const std::size_t width = local.cells.size();
        if (quantity.members.size() == 1) {
            spanColumn = column[at(quantity.members.front())];
            return EqualitySpan(equalities, width);
        }
        spanColumn = static_cast<int>(width);
        SparseRow definition;
        definition.terms = {{spanColumn, 1}};
        for (int member : quantity.members) {
            if (column[at(member)] >= 0)
                definition.terms.emplace_back(column[at(member)], -1);
        }
        equalities.push_back(std::move(definition));
        return EqualitySpan(equalities, width + 1);
    }
};

// How far a quantity can go in its direction on a program.
template <typename Number> struct Reach
{
    typename Simplex<Number>::Result far;
    bool wideEnough = false; // it reaches what it must (or, pinned only, moves either way)
    bool moves = false;      // it takes another value than its true one
};

// A quantity against a pattern.
struct Stake
{
    std::int64_t value = 0;         // the true units of its members, summed
    std::vector<int> hiddenMembers; // its suppressed members
    std::int64_t target = 0;        // how far direction * value must be able to go
    // Without the threshold to reach (a dominance or p% cell), not being pinned is enough.
    bool pinnedOnly = false;

    Stake(const ProtectedQuantity& quantity, const std::vector<std::int64_t>& units,
          const std::vector<bool>& suppressed, int threshold)
    {
        for (int member : quantity.members) {
            value += units[at(member)];
            if (suppressed[at(member)])
                hiddenMembers.push_back(member);
        }
        target = quantity.direction * value + quantity.wanted;
        pinnedOnly = quantity.direction > 0 && value >= threshold;
    }
};

// Pushes the quantity in its direction on `simplex` until it reaches what it must, or as far as
// it goes; the simplex is left at the point it stopped at.
template <typename Number>
Reach<Number> reachOf(Simplex<Number>& simplex, const LocalProgram& program, const ProtectedQuantity& quantity,
                      const Stake& stake)
{
    using Arithmetic = SimplexArithmetic<Number>;
    using Stop = typename Simplex<Number>::Stop;
    const Number value = Arithmetic::of(stake.value);
    const Number target = Arithmetic::of(stake.target);
    Reach<Number> reach;
    reach.far = quantity.direction > 0
                    ? simplex.maximise(program.objective, target)
                    : simplex.minimise(program.objective, Arithmetic::of(stake.value - quantity.wanted));
    const Number reached = quantity.direction * reach.far.value;
    reach.wideEnough = reach.far.stop != Stop::Optimal || reached >= target;
    reach.moves = reach.far.stop != Stop::Optimal || reach.far.value != value;
    if (stake.pinnedOnly && !reach.wideEnough) {
        const typename Simplex<Number>::Result low =
            simplex.minimise(program.objective, Arithmetic::of(stake.value - 1));
        reach.wideEnough = low.value < value;
        reach.moves = reach.moves || reach.wideEnough;
    }
    return reach;
}

// Whether the point satisfies every row exactly: the sum of coefficient * numerator equals
// denominator * rhs (128-bit sums of 64-bit terms, far within range for a denominator of 64).
bool satisfies(const std::vector<SparseRow>& rows, const ScaledPoint& x)
{
    return std::all_of(rows.begin(), rows.end(), [&](const SparseRow& row) {
        Int128 sum = 0;
        for (const auto& [column, coefficient] : row.terms)
            sum += Int128{coefficient} * x.numerators[at(column)];
        return sum == Int128{row.rhs} * x.denominator;
    });
}

// A table an attacker could face, from the floating-point simplex's point read as a rational
// point (ScaledPoint) and checked exactly: every variable >= 0, every row holds, the quantity
// where it must get. It is returned as the cells it moves, in increasing order, and their values
// there; nullptr when the doubles find no such point, or it does not hold exactly. The audit's
// model is the linear relaxation (DISCLOSURE.md), so a rational table proves as much as an
// integral one.
std::shared_ptr<const AttackerPoint> exactWitness(const LocalProgram& program, const ProtectedQuantity& quantity,
                                                  const Stake& stake, const std::vector<std::int64_t>& units)
{
    FloatSimplex simplex(program.columns, program.rows);
    if (!simplex.feasible())
        return nullptr;
    // Where the doubles say it stopped is only a guess: the point is checked below.
    reachOf(simplex, program, quantity, stake);
    std::vector<double> point(at(program.columns));
    for (int c = 0; c < program.columns; ++c)
        point[at(c)] = simplex.value(c);
    const auto x = ScaledPoint::of(point);
    if (!x || std::any_of(x->numerators.begin(), x->numerators.end(), [](std::int64_t v) { return v < 0; }) ||
        !satisfies(program.rows, *x))
        return nullptr;
    const Int128 denominator = x->denominator;
    const Int128 reached = x->numerators[at(program.objective)];
    const bool enough = stake.pinnedOnly ? reached != denominator * stake.value
                                         : quantity.direction * reached >= denominator * stake.target;
    if (!enough)
        return nullptr;
    auto witness = std::make_shared<AttackerPoint>();
    witness->denominator = x->denominator;
    for (std::size_t c = 0; c < program.local.cells.size(); ++c) {
        if (Int128{x->numerators[c]} != denominator * units[at(program.local.cells[c])])
            witness->moved.emplace_back(program.local.cells[c], x->numerators[c]);
    }
    std::sort(witness->moved.begin(), witness->moved.end());
    return witness;
}

} // namespace

void requireCountableUnits(const std::vector<std::int64_t>& units)
{
    Int128 total = 0;
    for (std::int64_t count : units) {
        if (count < 0)
            throw Error(ErrorKind::InvalidInput, Text::tr("a cell of the table has a negative number of units"));
        total += count;
    }
    if (total > MaxTableUnits)
        throw Error(ErrorKind::InvalidInput,
                    Text::tr("the cells of the table count more than %1 units together; disclosure control cannot "
                             "compute with them exactly")
                        .arg(MaxTableUnits));
}

UnitsInterval feasibleUnitsInterval(const TableShape& shape, const std::vector<std::int64_t>& units,
                                    const std::vector<bool>& suppressed, int cell, const LinkedKnowledge& knowledge)
{
    if (units.size() != at(shape.cellCount()) || suppressed.size() != at(shape.cellCount()) || cell < 0 ||
        cell >= shape.cellCount())
        misfit();
    requireCountableUnits(units);
    const std::int64_t value = units[at(cell)];
    if (!suppressed[at(cell)])
        return UnitsInterval{value, value, false};
    const TableRelations relations(shape);
    const LinkedSums linked(knowledge, units);
    for (const Component& component : components(shape, relations, linked, suppressed)) {
        if (!std::binary_search(component.cells.begin(), component.cells.end(), cell))
            continue;
        const std::vector<int> column = localColumns(shape, component);
        int columns = 0;
        const std::vector<SparseRow> rows = feasibleRegion(relations, linked, component, column, units, columns);
        RationalSimplex simplex(columns, rows);
        if (!simplex.feasible())
            inconsistent();
        UnitsInterval interval;
        const RationalSimplex::Result low = simplex.minimise(column[at(cell)], std::nullopt);
        interval.lower = ceilOf(low.value);
        const RationalSimplex::Result high = simplex.maximise(column[at(cell)], std::nullopt);
        interval.unbounded = high.stop == RationalSimplex::Stop::Unbounded;
        interval.upper = interval.unbounded ? std::numeric_limits<std::int64_t>::max() : floorOf(high.value);
        return interval;
    }
    inconsistent();
}

std::vector<ProtectedQuantity> auditedQuantities(const std::vector<std::int64_t>& units,
                                                 const std::vector<CellStatus>& status,
                                                 const std::vector<SuppressionRule>& rule, int threshold,
                                                 const LinkedKnowledge& knowledge)
{
    std::vector<bool> rising(status.size()); // cells a primary rule hid (not only a small difference)
    for (std::size_t c = 0; c < status.size(); ++c)
        rising[c] = status[c] == CellStatus::Primary && rule[c] != SuppressionRule::Difference;
    return protectedQuantities(rising, units, threshold, knowledge);
}

std::vector<PrimaryCellProof>
auditProtection(const TableShape& shape, const std::vector<std::int64_t>& units, const std::vector<CellStatus>& status,
                const std::vector<SuppressionRule>& rule, int threshold, const std::vector<int>& only,
                bool hypercubesOnly, const std::atomic_bool* cancel, const std::function<void(double)>& progress,
                const LinkedKnowledge& knowledge, const WholePatternPoints* wholePattern)
{
    const auto cells = at(shape.cellCount());
    if (units.size() != cells || status.size() != cells || rule.size() != cells)
        misfit();
    requireCountableUnits(units);
    std::vector<bool> suppressed(cells);
    for (std::size_t c = 0; c < cells; ++c)
        suppressed[c] = status[c] != CellStatus::Published;
    const LinkedSums linked(knowledge, units); // checks the knowledge against the table first
    const std::vector<ProtectedQuantity> quantities = auditedQuantities(units, status, rule, threshold, knowledge);
    const TableRelations relations(shape);
    const HypercubeSearch hypercubes(shape, relations, units, &linked);
    const std::size_t maxRegion = knowledge.empty() ? MaxRegion : MaxLinkedRegion;
    std::vector<bool> marks(cells, false); // the Neighbourhood's scratch space
    std::vector<int> componentOf(cells, -1);
    const std::vector<Component> groups = components(shape, relations, linked, suppressed);
    for (std::size_t g = 0; g < groups.size(); ++g) {
        for (int cell : groups[g].cells)
            componentOf[at(cell)] = static_cast<int>(g);
    }
    std::vector<std::optional<RationalSimplex>> groupSimplex(groups.size());
    std::vector<std::vector<bool>> groupDetermined(groups.size()); // the same for every cell of a group
    std::vector<bool> asked(quantities.size(), only.empty());
    for (int q : only) {
        if (q >= 0 && at(q) < asked.size())
            asked[at(q)] = true;
    }
    std::vector<std::size_t> toAudit;
    for (std::size_t q = 0; q < quantities.size(); ++q) {
        if (asked[q])
            toAudit.push_back(q);
    }

    // The exact linear program on a neighbourhood grown ring by ring keeps the arithmetic small;
    // the whole group (every cell tied to the quantity) is the last resort. True when the
    // neighbourhood grew past `limit` cells unproven.
    const auto proveOnNeighbourhoods = [&](PrimaryCellProof& proof, const ProtectedQuantity& quantity,
                                           const Stake& stake, std::size_t limit) {
        const bool single = quantity.members.size() == 1;
        const std::vector<int>& hiddenMembers = stake.hiddenMembers;
        // A group's own linear program is built once and each cell's optimum starts from the last
        // one's basis, so where most cells around need the program anyway (linked tables), the
        // whole group is cheaper than a neighbourhood rebuilt per cell.
        std::vector<int> memberGroups;
        for (int member : hiddenMembers)
            memberGroups.push_back(componentOf[at(member)]);
        std::sort(memberGroups.begin(), memberGroups.end());
        memberGroups.erase(std::unique(memberGroups.begin(), memberGroups.end()), memberGroups.end());
        std::size_t groupSize = 0; // every cell tied to the quantity
        for (int g : memberGroups)
            groupSize += groups[at(g)].cells.size();
        const int group = memberGroups.front();
        const Component& component = groups[at(group)];
        const bool oneGroup = memberGroups.size() == 1;
        const bool direct = oneGroup && (component.cells.size() <= DirectGroup ||
                                         (single && !knowledge.empty() && component.cells.size() <= MaxLinkedRegion));
        Neighbourhood region(relations, linked, suppressed, marks);
        region.add(direct ? component.cells : hiddenMembers);
        std::size_t lastSolved = 0;
        for (bool grew = direct || region.grow();; grew = region.grow()) {
            const bool whole = !grew || region.cells().size() == groupSize;
            if (!whole && region.cells().size() > limit)
                return true; // unproven on neighbourhoods this small
            // Each linear program costs about the cube of its size: solve again only once the
            // neighbourhood has doubled.
            if (!whole && region.cells().size() < 2 * lastSolved)
                continue;
            lastSolved = region.cells().size();
            const LocalProgram program(shape, relations, linked, units, region.cells(), quantity);
            std::optional<RationalSimplex> localSimplex;
            RationalSimplex* simplexPointer = nullptr;
            if (whole && single && oneGroup) {
                if (!groupSimplex[at(group)])
                    groupSimplex[at(group)].emplace(program.columns, program.rows);
                simplexPointer = &*groupSimplex[at(group)];
            } else {
                localSimplex.emplace(program.columns, program.rows);
                simplexPointer = &*localSimplex;
            }
            RationalSimplex& simplex = *simplexPointer;
            if (!simplex.feasible())
                inconsistent();
            const Reach<mpq_class> reach = reachOf(simplex, program, quantity, stake);
            proof.unbounded = reach.far.stop == RationalSimplex::Stop::Unbounded;
            proof.upperBoundIsMaximum = whole && reach.far.stop == RationalSimplex::Stop::Optimal;
            proof.upperBound = proof.unbounded          ? std::numeric_limits<std::int64_t>::max()
                               : quantity.direction > 0 ? floorOf(reach.far.value)
                                                        : ceilOf(reach.far.value);
            // The true table satisfies every relation, inequalities included (member <= margin
            // <= sum, ceilings, known sums): a second feasible value for the quantity proves it
            // is not a function of the published cells, under what the attacker knows. Where it
            // cannot move, the span test says whether it is determined, for the report.
            if (reach.moves) {
                proof.determinedByPublished = false;
            } else if (whole && single && oneGroup && !groupDetermined[at(group)].empty()) {
                proof.determinedByPublished = groupDetermined[at(group)][at(program.objective)];
            } else if (whole) {
                int spanColumn = -1;
                std::vector<bool> determined =
                    program.span(relations, linked, quantity, spanColumn).determinedColumns();
                proof.determinedByPublished = determined[at(spanColumn)];
                if (whole && single && oneGroup)
                    groupDetermined[at(group)] = std::move(determined);
            }
            if ((!proof.determinedByPublished && reach.wideEnough) || whole) {
                proof.isProtected = !proof.determinedByPublished && reach.wideEnough;
                return false;
            }
        }
    };

    std::vector<PrimaryCellProof> proofs;
    // A table alone whose trimming published wide margins on the program over the whole pattern
    // (PatternProgram.h): its points, and its solves where the pattern suits them.
    const bool askProgram = wholePattern != nullptr && knowledge.empty();
    const bool solveProgram =
        PatternProgram::suits(static_cast<std::size_t>(std::count(suppressed.begin(), suppressed.end(), true)));
    std::vector<std::size_t> tooWide; // among proofs: left to the program over the whole pattern
    for (std::size_t q : toAudit) {
        const ProtectedQuantity& quantity = quantities[q];
        throwIfCancelled(cancel);
        if (progress)
            progress(static_cast<double>(proofs.size()) / static_cast<double>(toAudit.size()));
        PrimaryCellProof proof;
        proof.quantity = static_cast<int>(q);
        proof.direction = quantity.direction;
        const bool single = quantity.members.size() == 1;
        if (single) {
            proof.cell = quantity.members.front();
            proof.rule = rule[at(proof.cell)];
        }
        if (const std::size_t firstSum = quantities.size() - knowledge.hiddenPrimary.size(); q >= firstSum)
            proof.sum = static_cast<int>(q - firstSum);
        proof.determinedByPublished = true; // until a free direction or a second value is found
        const Stake stake(quantity, units, suppressed, threshold);
        const std::int64_t value = stake.value;
        const std::vector<int>& hiddenMembers = stake.hiddenMembers;
        if (hiddenMembers.empty()) {
            // Published, every part of it: the attacker reads it off.
            proof.upperBound = value;
            proofs.push_back(proof);
            continue;
        }

        if (const auto move = hypercubes.suppressed(suppressed, quantity)) {
            // A move that changes the quantity by `wanted` (>= 1) and no published cell: it is not
            // a function of them, and reaches what it must.
            proof.determinedByPublished = false;
            proof.unbounded = move->unbounded;
            proof.upperBound =
                move->unbounded ? std::numeric_limits<std::int64_t>::max() : value + quantity.direction * move->step;
            proof.isProtected = true;
            proofs.push_back(proof);
            continue;
        }
        if (hypercubesOnly) {
            proof.isProtected = false;
            proofs.push_back(proof);
            continue;
        }

        // Where it suits, the program over the whole pattern (below) before any neighbourhood but
        // a small group's: one solve there proves many quantities at once, where each
        // neighbourhood costs a rational simplex.
        if (proveOnNeighbourhoods(proof, quantity, stake, askProgram ? 0 : maxRegion) && askProgram)
            tooWide.push_back(proofs.size());
        proofs.push_back(proof);
    }
    // What hypercubes could not prove: the attacker's program over the whole pattern (its points
    // checked exactly), the points trimming found first (most cells need no solve then), then all
    // such quantities in as few solves as it can; then, for what it leaves, the neighbourhoods up
    // to their limit.
    if (!tooWide.empty()) {
        PatternProgram program(shape, relations, units, suppressed, solveProgram ? AuditIterationsPerCell : 0);
        std::vector<ProtectedQuantity> unproven;
        for (std::size_t p : tooWide)
            unproven.push_back(quantities[at(proofs[p].quantity)]);
        const auto witnesses = program.witnesses(unproven, PatternProgram::Stop::Never, wholePattern->points);
        for (std::size_t k = 0; k < tooWide.size(); ++k) {
            PrimaryCellProof& proof = proofs[tooWide[k]];
            if (!witnesses[k]) {
                const ProtectedQuantity& quantity = quantities[at(proof.quantity)];
                proveOnNeighbourhoods(proof, quantity, Stake(quantity, units, suppressed, threshold), maxRegion);
                continue;
            }
            proof.determinedByPublished = false;
            proof.upperBound = witnesses[k]->reached;
            proof.isProtected = true;
        }
    }
    std::sort(proofs.begin(), proofs.end(),
              [](const PrimaryCellProof& a, const PrimaryCellProof& b) { return a.quantity < b.quantity; });
    return proofs;
}

ExactCertifier::ExactCertifier(const TableShape& shape, const TableRelations& relations, const LinkedSums& linked,
                               const std::vector<std::int64_t>& units, int threshold)
    : m_shape(shape)
    , m_relations(relations)
    , m_linked(linked)
    , m_units(units)
    , m_threshold(threshold)
    , m_marks(units.size(), false)
{}

std::shared_ptr<const AttackerPoint> ExactCertifier::witness(const std::vector<bool>& suppressed,
                                                             const ProtectedQuantity& quantity)
{
    const Stake stake(quantity, m_units, suppressed, m_threshold);
    if (stake.hiddenMembers.empty())
        return nullptr;
    // The audit's rings and the same points to solve at (auditProtection above), without the
    // groups it computes once per pattern: the ring that adds nothing tells the whole group.
    Neighbourhood region(m_relations, m_linked, suppressed, m_marks);
    region.add(stake.hiddenMembers);
    std::size_t lastSolved = 0;
    for (bool grew = region.grow();; grew = region.grow()) {
        const bool whole = !grew;
        if (!whole && region.cells().size() > MaxCertifiedRegion)
            return nullptr;
        if (!whole && region.cells().size() < 2 * lastSolved)
            continue;
        lastSolved = region.cells().size();
        const LocalProgram program(m_shape, m_relations, m_linked, m_units, region.cells(), quantity);
        // Doubles find the certificates, exact arithmetic checks them: trimming tries many cells,
        // nearly all needed, and an exact rational simplex for each would cost a hundred times
        // more. What the doubles miss stays hidden, which is the safe side.
        // The witness reaches the need and, being another feasible value, shows the quantity is
        // not determined.
        if (auto point = exactWitness(program, quantity, stake, m_units))
            return point;
        if (whole)
            return nullptr;
    }
}

} // namespace ecluse
