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
// Known sums of earlier tables pin most hypercubes, so far more cells need the linear program, on
// wider neighbourhoods (moves spread across a known sum's members).
constexpr std::size_t MaxLinkedRegion = 1000;
constexpr std::size_t DirectGroup = 150;

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
std::vector<bool> determinedColumns(const std::vector<SparseRow>& sparse, std::size_t width)
{
    std::vector<std::vector<mpq_class>> rows;
    for (const SparseRow& row : sparse) {
        std::vector<mpq_class> dense(width);
        for (const auto& [local, coefficient] : row.terms)
            dense[at(local)] += static_cast<int>(coefficient);
        rows.push_back(std::move(dense));
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

std::vector<PrimaryCellProof>
auditProtection(const TableShape& shape, const std::vector<std::int64_t>& units, const std::vector<CellStatus>& status,
                const std::vector<SuppressionRule>& rule, int threshold, const std::vector<int>& only,
                bool hypercubesOnly, const std::atomic_bool* cancel, const std::function<void(double)>& progress,
                const LinkedKnowledge& knowledge)
{
    const auto cells = at(shape.cellCount());
    if (units.size() != cells || status.size() != cells || rule.size() != cells)
        misfit();
    requireCountableUnits(units);
    std::vector<bool> suppressed(cells);
    std::vector<bool> rising(cells); // primary cells a primary rule hid (not only a small difference)
    for (std::size_t c = 0; c < cells; ++c) {
        suppressed[c] = status[c] != CellStatus::Published;
        rising[c] = status[c] == CellStatus::Primary && rule[c] != SuppressionRule::Difference;
    }
    const LinkedSums linked(knowledge, units); // checks the knowledge against the table first
    const std::vector<ProtectedQuantity> quantities = protectedQuantities(rising, units, threshold, knowledge);
    const TableRelations relations(shape);
    const HypercubeSearch hypercubes(shape, relations, units, &linked);
    std::vector<std::vector<int>> suppressedOf(relations.all().size()); // per relation
    for (std::size_t r = 0; r < relations.all().size(); ++r) {
        const TableRelation& relation = relations.all()[r];
        for (int k = 0; k <= relation.count; ++k) {
            if (suppressed[at(relation.member(k))])
                suppressedOf[r].push_back(relation.member(k));
        }
    }
    std::vector<int> depth(cells, -1);
    std::vector<int> componentOf(cells, -1);
    const std::vector<Component> groups = components(shape, relations, linked, suppressed);
    for (std::size_t g = 0; g < groups.size(); ++g) {
        for (int cell : groups[g].cells)
            componentOf[at(cell)] = static_cast<int>(g);
    }
    std::vector<std::optional<RationalSimplex>> groupSimplex(groups.size());
    std::vector<std::vector<bool>> groupDetermined(groups.size()); // the same for every cell of a group
    std::vector<std::size_t> toAudit;
    for (std::size_t q = 0; q < quantities.size(); ++q) {
        if (only.empty() || std::find(only.begin(), only.end(), static_cast<int>(q)) != only.end())
            toAudit.push_back(q);
    }

    std::vector<PrimaryCellProof> proofs;
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
        std::int64_t value = 0;
        std::vector<int> hiddenMembers;
        for (int member : quantity.members) {
            value += units[at(member)];
            if (suppressed[at(member)])
                hiddenMembers.push_back(member);
        }
        if (hiddenMembers.empty()) {
            // Published, every part of it: the attacker reads it off.
            proof.upperBound = value;
            proofs.push_back(proof);
            continue;
        }
        const std::int64_t signedValue = quantity.direction * value;
        const mpq_class target = toMpq(signedValue + quantity.wanted);
        // Without the threshold to reach (a dominance or p% cell), not being pinned is enough.
        const bool pinnedOnly = quantity.direction > 0 && value >= threshold;

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

        // Any point feasible when the cells beyond a neighbourhood keep their true values is
        // feasible for the whole table, so a proof found on a neighbourhood holds. Growing it
        // step by step keeps the exact arithmetic small; the whole group is the last resort.
        // A quantity over several components cannot be bounded by one: those get no proof.
        const int group = componentOf[at(hiddenMembers.front())];
        const Component& component = groups[at(group)];
        const bool oneGroup = std::all_of(hiddenMembers.begin(), hiddenMembers.end(),
                                          [&](int member) { return componentOf[at(member)] == group; });
        // A group's own linear program is built once and each cell's optimum starts from the last
        // one's basis, so where most cells around need the program anyway (linked tables), the
        // whole group is cheaper than a neighbourhood rebuilt per cell.
        const bool direct = component.cells.size() <= DirectGroup ||
                            (single && !knowledge.empty() && component.cells.size() <= MaxLinkedRegion);
        std::vector<int> region = direct ? component.cells : hiddenMembers;
        for (int member : region)
            depth[at(member)] = 0;
        std::size_t frontier = direct ? region.size() : 0;
        std::size_t lastSolved = 0;
        for (int radius = 1; oneGroup; ++radius) {
            const std::size_t levelEnd = region.size();
            const auto reach = [&](int next) {
                if (depth[at(next)] < 0) {
                    depth[at(next)] = radius;
                    region.push_back(next);
                }
            };
            for (; frontier < levelEnd; ++frontier) {
                const int from = region[frontier];
                for (int d = 0; d < relations.dimensionCount(); ++d) {
                    for (int next : suppressedOf[at(relations.relationOf(from, d))])
                        reach(next);
                }
                for (int k : linked.of(from)) {
                    for (int next : linked.all()[at(k)].members) {
                        if (suppressed[at(next)])
                            reach(next);
                    }
                }
            }
            const bool whole = region.size() == component.cells.size();
            if (!whole && region.size() == levelEnd && radius > 1)
                break; // cannot happen in a connected group; never loop on it
            if (!whole && region.size() > (knowledge.empty() ? MaxRegion : MaxLinkedRegion))
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
                local.linked.insert(local.linked.end(), linked.of(member).begin(), linked.of(member).end());
            }
            for (auto* list : {&local.relations, &local.linked}) {
                std::sort(list->begin(), list->end());
                list->erase(std::unique(list->begin(), list->end()), list->end());
            }
            const std::vector<int> column = localColumns(shape, local);
            // With equalities only, the true table is a feasible point: a second value for the
            // quantity proves it is not a function of the published cells. Inequalities (distinct
            // counts that do not add up, ceilings) get the span checked on its own, as equalities.
            bool additive = std::all_of(local.cells.begin(), local.cells.end(), [&](int member) {
                return linked.ceiling(member) < 0 && linked.floor(member) < 0;
            });
            for (int r : local.relations) {
                const TableRelation& relation = relations.all()[at(r)];
                std::int64_t sum = 0;
                for (int k = 0; k < relation.count; ++k)
                    sum += units[at(relation.member(k))];
                additive = additive && sum == units[at(relation.margin())];
            }
            for (int k : local.linked)
                additive = additive && linked.all()[at(k)].additive();

            int columns = 0;
            std::vector<SparseRow> rows = feasibleRegion(relations, linked, local, column, units, columns);
            // A sum of several cells is one more column, equal to its hidden members plus the
            // published ones.
            int objective = single ? column[at(proof.cell)] : -1;
            SparseRow definition;
            if (!single) {
                objective = columns++;
                definition.terms = {{objective, 1}};
                for (int member : quantity.members) {
                    if (column[at(member)] >= 0)
                        definition.terms.emplace_back(column[at(member)], -1);
                    else
                        definition.rhs += units[at(member)];
                }
                rows.push_back(definition);
            }
            std::optional<RationalSimplex> localSimplex;
            RationalSimplex* simplexPointer = nullptr;
            if (whole && single) {
                if (!groupSimplex[at(group)])
                    groupSimplex[at(group)].emplace(columns, rows);
                simplexPointer = &*groupSimplex[at(group)];
            } else {
                localSimplex.emplace(columns, rows);
                simplexPointer = &*localSimplex;
            }
            RationalSimplex& simplex = *simplexPointer;
            if (!simplex.feasible())
                inconsistent();
            const RationalSimplex::Result far = quantity.direction > 0
                                                    ? simplex.maximise(objective, target)
                                                    : simplex.minimise(objective, toMpq(value - quantity.wanted));
            proof.unbounded = far.stop == RationalSimplex::Stop::Unbounded;
            proof.upperBoundIsMaximum = whole && far.stop == RationalSimplex::Stop::Optimal;
            proof.upperBound = proof.unbounded          ? std::numeric_limits<std::int64_t>::max()
                               : quantity.direction > 0 ? floorOf(far.value)
                                                        : ceilOf(far.value);
            const mpq_class reached = quantity.direction * far.value;
            bool wideEnough = far.stop != RationalSimplex::Stop::Optimal || reached >= target;
            bool moves = far.stop != RationalSimplex::Stop::Optimal || far.value != toMpq(value);
            if (pinnedOnly && !wideEnough) {
                const RationalSimplex::Result low = simplex.minimise(objective, toMpq(value - 1));
                wideEnough = low.value < toMpq(value);
                moves = moves || wideEnough;
            }
            if (additive && moves) {
                proof.determinedByPublished = false;
            } else if (whole && single && !groupDetermined[at(group)].empty()) {
                proof.determinedByPublished = groupDetermined[at(group)][at(column[at(proof.cell)])];
            } else if (moves || whole) {
                std::vector<SparseRow> equalities = equalityRows(relations, linked, local, column);
                std::size_t width = local.cells.size();
                int spanColumn = single ? column[at(proof.cell)] : static_cast<int>(width);
                if (!single) {
                    SparseRow spanDefinition;
                    spanDefinition.terms = {{spanColumn, 1}};
                    for (int member : quantity.members) {
                        if (column[at(member)] >= 0)
                            spanDefinition.terms.emplace_back(column[at(member)], -1);
                    }
                    equalities.push_back(std::move(spanDefinition));
                    ++width;
                }
                std::vector<bool> determined = determinedColumns(equalities, width);
                proof.determinedByPublished = determined[at(spanColumn)];
                if (whole && single)
                    groupDetermined[at(group)] = std::move(determined);
            }
            if ((!proof.determinedByPublished && wideEnough) || whole) {
                proof.isProtected = !proof.determinedByPublished && wideEnough;
                break;
            }
        }
        for (int member : region)
            depth[at(member)] = -1;
        proofs.push_back(proof);
    }
    std::sort(proofs.begin(), proofs.end(),
              [](const PrimaryCellProof& a, const PrimaryCellProof& b) { return a.quantity < b.quantity; });
    return proofs;
}

} // namespace ecluse
