#include "sdc/ProtectionAudit.h"

#include "common/Error.h"
#include "sdc/GmpInt64.h"
#include "sdc/Hypercube.h"
#include "sdc/Int128.h"
#include "sdc/RationalSimplex.h"
#include "sdc/TableRelations.h"

#include <QCoreApplication>

#include <gmpxx.h>

#include <algorithm>
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
constexpr std::size_t DirectGroup = 150;

// The suppressed cells fall apart into groups that share no relation; each group is audited on
// its own, which keeps the exact linear algebra small.
struct Component
{
    std::vector<int> cells;     // suppressed cells, increasing
    std::vector<int> relations; // relations holding at least one of them
};

std::vector<Component> components(const TableShape& shape, const TableRelations& relations,
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

// Exact disclosure: with published cells as constants, the relations restricted to the
// suppressed cells form a matrix A; a suppressed cell c is determined iff the unit vector e_c is
// in A's row space. In reduced row echelon form that means c is a pivot column whose row has no
// other nonzero entry.
std::vector<bool> determinedCells(const TableRelations& relations, const Component& component,
                                  const std::vector<int>& column)
{
    const std::size_t width = component.cells.size();
    std::vector<std::vector<mpq_class>> rows;
    for (int r : component.relations) {
        const TableRelation& relation = relations.all()[at(r)];
        std::vector<mpq_class> row(width);
        for (int k = 0; k <= relation.count; ++k) {
            const int local = column[at(relation.member(k))];
            if (local >= 0)
                row[at(local)] = k == relation.count ? 1 : -1;
        }
        rows.push_back(std::move(row));
    }
    std::vector<int> pivotRowOf(width, -1);
    std::size_t rank = 0;
    for (std::size_t c = 0; c < width && rank < rows.size(); ++c) {
        std::size_t found = rank;
        while (found < rows.size() && sgn(rows[found][c]) == 0)
            ++found;
        if (found == rows.size())
            continue;
        std::swap(rows[found], rows[rank]);
        std::vector<mpq_class>& pivot = rows[rank];
        const mpq_class divisor = pivot[c];
        std::vector<std::size_t> nonzero;
        for (std::size_t j = 0; j < width; ++j) {
            if (sgn(pivot[j]) != 0) {
                pivot[j] /= divisor;
                nonzero.push_back(j);
            }
        }
        for (std::size_t i = 0; i < rows.size(); ++i) {
            if (i == rank || sgn(rows[i][c]) == 0)
                continue;
            const mpq_class factor = rows[i][c];
            for (std::size_t j : nonzero)
                rows[i][j] -= factor * pivot[j];
        }
        pivotRowOf[c] = static_cast<int>(rank);
        ++rank;
    }
    std::vector<bool> determined(width, false);
    for (std::size_t c = 0; c < width; ++c) {
        if (pivotRowOf[c] < 0)
            continue;
        const std::vector<mpq_class>& row = rows[at(pivotRowOf[c])];
        bool alone = true;
        for (std::size_t j = 0; j < width && alone; ++j)
            alone = j == c || sgn(row[j]) == 0;
        determined[c] = alone;
    }
    return determined;
}

// The linear program of a component: one variable per suppressed cell, then slack variables for
// the inequalities of non-additive relations. Published cells enter as constants.
std::vector<SparseRow> feasibleRegion(const TableRelations& relations, const Component& component,
                                      const std::vector<int>& column, const std::vector<std::int64_t>& units,
                                      int& columns)
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
    for (int r : component.relations) {
        const TableRelation& relation = relations.all()[at(r)];
        const int margin = relation.margin();
        std::int64_t sum = 0;
        for (int k = 0; k < relation.count; ++k)
            sum += units[at(relation.member(k))];
        SparseRow total;
        addTerm(total, margin, 1);
        for (int k = 0; k < relation.count; ++k)
            addTerm(total, relation.member(k), -1);
        if (units[at(margin)] == sum) {
            rows.push_back(std::move(total));
            continue;
        }
        // Not additive: margin - sum + slack = 0, and member - margin + slack = 0 for each member.
        total.terms.emplace_back(columns++, 1);
        rows.push_back(std::move(total));
        for (int k = 0; k < relation.count; ++k) {
            const int member = relation.member(k);
            if (column[at(member)] < 0 && column[at(margin)] < 0)
                continue;
            SparseRow bound;
            addTerm(bound, member, 1);
            addTerm(bound, margin, -1);
            bound.terms.emplace_back(columns++, 1);
            rows.push_back(std::move(bound));
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
                                    const std::vector<bool>& suppressed, int cell)
{
    if (units.size() != at(shape.cellCount()) || suppressed.size() != at(shape.cellCount()) || cell < 0 ||
        cell >= shape.cellCount())
        misfit();
    requireCountableUnits(units);
    const std::int64_t value = units[at(cell)];
    if (!suppressed[at(cell)])
        return UnitsInterval{value, value, false};
    const TableRelations relations(shape);
    for (const Component& component : components(shape, relations, suppressed)) {
        if (!std::binary_search(component.cells.begin(), component.cells.end(), cell))
            continue;
        const std::vector<int> column = localColumns(shape, component);
        int columns = 0;
        const std::vector<SparseRow> rows = feasibleRegion(relations, component, column, units, columns);
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

std::vector<PrimaryCellProof>
auditProtection(const TableShape& shape, const std::vector<std::int64_t>& units, const std::vector<CellStatus>& status,
                const std::vector<SuppressionRule>& rule, int threshold, const std::vector<int>& only,
                bool hypercubesOnly, const std::atomic_bool* cancel, const std::function<void(double)>& progress)
{
    const auto cells = at(shape.cellCount());
    if (units.size() != cells || status.size() != cells || rule.size() != cells)
        misfit();
    requireCountableUnits(units);
    std::vector<bool> suppressed(cells);
    for (std::size_t c = 0; c < cells; ++c)
        suppressed[c] = status[c] != CellStatus::Published;

    const TableRelations relations(shape);
    const HypercubeSearch hypercubes(shape, relations, units);
    std::vector<std::vector<int>> suppressedOf(relations.all().size()); // per relation
    for (std::size_t r = 0; r < relations.all().size(); ++r) {
        const TableRelation& relation = relations.all()[r];
        for (int k = 0; k <= relation.count; ++k) {
            if (suppressed[at(relation.member(k))])
                suppressedOf[r].push_back(relation.member(k));
        }
    }
    std::vector<int> depth(cells, -1);
    // For progress only: `only` lists primary cells.
    const auto toAudit = static_cast<double>(std::max<std::size_t>(
        1, only.empty() ? static_cast<std::size_t>(std::count(status.begin(), status.end(), CellStatus::Primary))
                        : only.size()));

    std::vector<PrimaryCellProof> proofs;
    for (const Component& component : components(shape, relations, suppressed)) {
        // A group of moderate size gets one linear program, phase 1 solved once, re-optimised for
        // each of its primary cells; larger groups are approached through neighbourhoods.
        const bool direct = component.cells.size() <= DirectGroup;
        std::optional<RationalSimplex> groupSimplex;
        for (int cell : component.cells) {
            if (status[at(cell)] != CellStatus::Primary ||
                (!only.empty() && std::find(only.begin(), only.end(), cell) == only.end()))
                continue;
            throwIfCancelled(cancel);
            if (progress)
                progress(std::min(1.0, static_cast<double>(proofs.size()) / toAudit));
            PrimaryCellProof proof;
            proof.cell = cell;
            proof.rule = rule[at(cell)];
            proof.determinedByPublished = true; // until a free direction or a second value is found
            const std::int64_t value = units[at(cell)];
            // A small cell must be able to reach the threshold; a cell already above it (a dominance
            // or p% cell) must merely not be pinned to one value.
            const bool small = value < threshold;
            const mpq_class target = toMpq(small ? threshold : value + 1);

            const std::int64_t wanted = small ? threshold - value : 1;
            if (const auto move = hypercubes.suppressed(suppressed, cell, wanted)) {
                // A move that changes the cell by `wanted` (>= 1) and no published cell: the cell
                // is not a function of them, and reaches what it must.
                proof.determinedByPublished = false;
                proof.unbounded = move->unbounded;
                proof.upperBound = move->unbounded ? std::numeric_limits<std::int64_t>::max() : value + move->step;
                proof.isProtected = true;
                proofs.push_back(proof);
                continue;
            }
            if (hypercubesOnly) {
                proof.isProtected = false;
                proofs.push_back(proof);
                continue;
            }

            // Any point feasible when the cells beyond a neighbourhood keep their true values is
            // feasible for the whole table, so a proof found on a neighbourhood holds. Growing it
            // step by step keeps the exact arithmetic small; the whole group is the last resort.
            std::vector<int> region{cell};
            depth[at(cell)] = 0;
            std::size_t frontier = 0;
            std::size_t lastSolved = 0;
            if (direct) {
                region = component.cells;
                for (int member : region)
                    depth[at(member)] = 0;
            }
            for (int radius = 1;; ++radius) {
                const std::size_t levelEnd = region.size();
                for (; frontier < levelEnd; ++frontier) {
                    const int from = region[frontier];
                    for (int d = 0; d < relations.dimensionCount(); ++d) {
                        for (int next : suppressedOf[at(relations.relationOf(from, d))]) {
                            if (depth[at(next)] < 0) {
                                depth[at(next)] = radius;
                                region.push_back(next);
                            }
                        }
                    }
                }
                const bool whole = region.size() == component.cells.size();
                if (!whole && region.size() == levelEnd && radius > 1)
                    break; // cannot happen in a connected group; never loop on it
                if (!whole && region.size() > MaxRegion)
                    break; // unproven: the table gets more suppression, or is refused
                // Each linear program costs about the cube of its size: solve again only once the
                // neighbourhood has doubled.
                if (!whole && region.size() < 2 * lastSolved)
                    continue;
                lastSolved = region.size();
                Component local;
                local.cells = region;
                std::sort(local.cells.begin(), local.cells.end());
                for (int member : local.cells) {
                    for (int d = 0; d < relations.dimensionCount(); ++d)
                        local.relations.push_back(relations.relationOf(member, d));
                }
                std::sort(local.relations.begin(), local.relations.end());
                local.relations.erase(std::unique(local.relations.begin(), local.relations.end()),
                                      local.relations.end());
                const std::vector<int> column = localColumns(shape, local);
                const int localCell = column[at(cell)];
                bool additive = true;
                for (int r : local.relations) {
                    const TableRelation& relation = relations.all()[at(r)];
                    std::int64_t sum = 0;
                    for (int k = 0; k < relation.count; ++k)
                        sum += units[at(relation.member(k))];
                    additive = additive && sum == units[at(relation.margin())];
                }
                std::optional<RationalSimplex> localSimplex;
                RationalSimplex* simplexPointer = nullptr;
                if (whole) {
                    if (!groupSimplex) {
                        int columns = 0;
                        const std::vector<SparseRow> rows = feasibleRegion(relations, local, column, units, columns);
                        groupSimplex.emplace(columns, rows);
                    }
                    simplexPointer = &*groupSimplex;
                } else {
                    int columns = 0;
                    const std::vector<SparseRow> rows = feasibleRegion(relations, local, column, units, columns);
                    localSimplex.emplace(columns, rows);
                    simplexPointer = &*localSimplex;
                }
                RationalSimplex& simplex = *simplexPointer;
                if (!simplex.feasible())
                    inconsistent();
                const RationalSimplex::Result high = simplex.maximise(localCell, target);
                proof.unbounded = high.stop == RationalSimplex::Stop::Unbounded;
                proof.upperBoundIsMaximum = whole && high.stop == RationalSimplex::Stop::Optimal;
                proof.upperBound = proof.unbounded ? std::numeric_limits<std::int64_t>::max() : floorOf(high.value);
                bool wideEnough = high.stop != RationalSimplex::Stop::Optimal || high.value >= target;
                bool moves = high.stop != RationalSimplex::Stop::Optimal || high.value != toMpq(value);
                if (!small && !wideEnough) {
                    const RationalSimplex::Result low = simplex.minimise(localCell, toMpq(value - 1));
                    wideEnough = low.value < toMpq(value);
                    moves = moves || wideEnough;
                }
                // With equalities only, the true table is a feasible point: a second value for the
                // cell proves it is not a function of the published cells. Otherwise (distinct
                // counts that are not additive) the span is checked on its own, as equalities.
                if (additive && moves)
                    proof.determinedByPublished = false;
                else if (moves || whole)
                    proof.determinedByPublished = determinedCells(relations, local, column)[at(localCell)];
                if ((!proof.determinedByPublished && wideEnough) || whole) {
                    proof.isProtected = !proof.determinedByPublished && wideEnough;
                    break;
                }
            }
            for (int member : region)
                depth[at(member)] = -1;
            proofs.push_back(proof);
        }
    }
    std::sort(proofs.begin(), proofs.end(),
              [](const PrimaryCellProof& a, const PrimaryCellProof& b) { return a.cell < b.cell; });
    return proofs;
}

} // namespace ecluse
