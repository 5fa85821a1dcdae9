// Property test of secondary suppression: random tables of 2 to 4 dimensions with margins, checked
// by computations of its own rather than by the audit protectTable runs: an exact span check, and
// an attacker solving the whole table's linear programs with GLPK (AttackerOracle.h).

#include "AttackerOracle.h"
#include "TableUnits.h"
#include "common/Error.h"
#include "sdc/DisclosureControl.h"
#include "sdc/ProtectionAudit.h"

#include <QTest>

#include <gmpxx.h>

#include <random>

using namespace ecluse;

namespace {

std::size_t at(int i)
{
    return static_cast<std::size_t>(i);
}

// The inner cells a cell totals: those agreeing with it on every coordinate that is not a margin.
std::vector<int> innerCellsOf(const TableShape& shape, int cell)
{
    std::vector<int> result;
    for (int inner = 0; inner < shape.cellCount(); ++inner) {
        if (!shape.isInner(inner))
            continue;
        bool inside = true;
        for (int d = 0; d < shape.dimensionCount() && inside; ++d)
            inside = shape.isMargin(cell, d) || shape.coordinate(cell, d) == shape.coordinate(inner, d);
        if (inside)
            result.push_back(inner);
    }
    return result;
}

// Straightforward dense rational check that no primary cell is a linear combination of the
// published cells, each seen as the 0/1 vector of the inner cells it totals. Published inner
// cells are unit vectors, so only the coordinates of suppressed inner cells matter.
std::vector<int> primariesInPublishedSpan(const TableShape& shape, const DisclosureOutcome& outcome)
{
    std::vector<int> coordinateOf(at(shape.cellCount()), -1);
    int width = 0;
    for (int cell = 0; cell < shape.cellCount(); ++cell) {
        if (shape.isInner(cell) && outcome.status[at(cell)] != CellStatus::Published)
            coordinateOf[at(cell)] = width++;
    }
    const auto project = [&](int cell) {
        std::vector<mpq_class> vector(at(width));
        for (int inner : innerCellsOf(shape, cell)) {
            if (coordinateOf[at(inner)] >= 0)
                vector[at(coordinateOf[at(inner)])] = 1;
        }
        return vector;
    };
    std::vector<std::vector<mpq_class>> basis;
    std::vector<int> pivots;
    const auto reduce = [&](std::vector<mpq_class>& vector) {
        for (std::size_t k = 0; k < basis.size(); ++k) {
            const mpq_class factor = vector[at(pivots[k])];
            if (sgn(factor) == 0)
                continue;
            for (std::size_t j = 0; j < vector.size(); ++j)
                vector[j] -= factor * basis[k][j];
        }
    };
    for (int cell = 0; cell < shape.cellCount(); ++cell) {
        if (shape.isInner(cell) || outcome.status[at(cell)] != CellStatus::Published)
            continue;
        std::vector<mpq_class> vector = project(cell);
        reduce(vector);
        int pivot = -1;
        for (int j = 0; j < width && pivot < 0; ++j) {
            if (sgn(vector[at(j)]) != 0)
                pivot = j;
        }
        if (pivot < 0)
            continue;
        const mpq_class scale = vector[at(pivot)];
        for (mpq_class& value : vector)
            value /= scale;
        basis.push_back(std::move(vector));
        pivots.push_back(pivot);
    }
    std::vector<int> disclosed;
    for (int cell = 0; cell < shape.cellCount(); ++cell) {
        if (outcome.status[at(cell)] != CellStatus::Primary)
            continue;
        std::vector<mpq_class> vector = project(cell);
        reduce(vector);
        bool zero = true;
        for (const mpq_class& value : vector)
            zero = zero && sgn(value) == 0;
        if (zero)
            disclosed.push_back(cell);
    }
    return disclosed;
}

DisclosureInput randomTable(std::mt19937& random)
{
    std::uniform_int_distribution<int> dimensions(2, 4);
    std::uniform_int_distribution<int> size(2, 6);
    std::vector<int> categories(at(dimensions(random)));
    for (int& c : categories)
        c = size(random);
    DisclosureInput input;
    input.shape = TableShape(categories);
    const TableShape& shape = input.shape;
    // Some tables are nearly clean, some riddled with small cells and zeros.
    const double smallShare = std::array<double, 3>{0.02, 0.08, 0.15}[random() % 3];
    std::bernoulli_distribution small(smallShare);
    std::uniform_int_distribution<int> smallUnits(0, 10);
    std::uniform_int_distribution<int> largeUnits(11, 400);
    std::vector<std::int64_t> inner;
    for (int cell = 0; cell < shape.cellCount(); ++cell) {
        if (shape.isInner(cell))
            inner.push_back(small(random) ? smallUnits(random) : largeUnits(random));
    }
    input.units = test::withMargins(shape, inner);
    return input;
}

// Distinct counts: beneficiaries with one category on each dimension but the last, where each has
// one to three (as with months of care), so margins over the last dimension count fewer units
// than their cells add up to. Category weights are uneven, which leaves small cells scattered.
DisclosureInput randomDistinctCountTable(std::mt19937& random)
{
    std::uniform_int_distribution<int> dimensions(2, 4);
    std::uniform_int_distribution<int> size(2, 6);
    std::vector<int> categories(at(dimensions(random)));
    for (int& c : categories)
        c = size(random);
    DisclosureInput input;
    input.shape = TableShape(categories);
    const TableShape& shape = input.shape;
    std::vector<std::discrete_distribution<int>> pick;
    for (int c : categories) {
        std::vector<double> weights(at(c));
        for (double& weight : weights)
            weight = std::uniform_real_distribution<double>(0.05, 1.0)(random);
        pick.emplace_back(weights.begin(), weights.end());
    }
    int inner = 1;
    for (int c : categories)
        inner *= c;
    const int last = shape.dimensionCount() - 1;
    std::uniform_int_distribution<int> extra(0, 2);
    const int people = inner * std::uniform_int_distribution<int>(8, 30)(random);
    input.units.assign(at(shape.cellCount()), 0);
    std::vector<int> coordinates(categories.size());
    for (int person = 0; person < people; ++person) {
        for (int d = 0; d < last; ++d)
            coordinates[at(d)] = pick[at(d)](random);
        std::vector<bool> inLast(at(categories.back()), false);
        for (int times = extra(random); times >= 0; --times)
            inLast[at(pick[at(last)](random))] = true;
        // Every cell whose coordinates are the person's or a margin, counted once.
        for (int cell = 0; cell < shape.cellCount(); ++cell) {
            bool counts = true;
            for (int d = 0; d < shape.dimensionCount() && counts; ++d) {
                const int index = shape.coordinate(cell, d);
                if (index == shape.categories(d))
                    continue;
                counts = d == last ? inLast[at(index)] : index == coordinates[at(d)];
            }
            if (counts)
                ++input.units[at(cell)];
        }
    }
    return input;
}

// Protects `count` tables from `make` and checks each pattern with both independent checks.
template <typename Make> void checkRandomTables(std::uint32_t seed, int count, Make make, bool additive)
{
    std::mt19937 random(seed);
    const DisclosureRules rules;
    int refused = 0;
    int primaries = 0;
    int hidden = 0;
    for (int table = 0; table < count; ++table) {
        const DisclosureInput input = make(random);
        const TableShape& shape = input.shape;
        DisclosureOutcome outcome;
        try {
            outcome = protectTable(input, rules);
        } catch (const Error& error) {
            QCOMPARE(error.kind(), ErrorKind::Other);
            ++refused;
            continue;
        }
        for (int cell = 0; cell < shape.cellCount(); ++cell) {
            const std::int64_t units = input.units[at(cell)];
            if (units > 0 && units < rules.threshold) {
                QVERIFY2(outcome.status[at(cell)] == CellStatus::Primary, "a small cell is not primary");
                ++primaries;
            }
        }
        hidden += outcome.primaryCount + outcome.secondaryCount;
        // The span check reasons with equalities: it holds for additive tables only.
        if (additive) {
            const std::vector<int> disclosed = primariesInPublishedSpan(shape, outcome);
            QVERIFY2(disclosed.empty(),
                     qPrintable(QStringLiteral("table %1: primary cell %2 is a combination of published cells")
                                    .arg(table)
                                    .arg(disclosed.empty() ? -1 : disclosed.front())));
        }
        const std::vector<int> exposed = test::exposedPrimaryCells(shape, input.units, outcome.status, rules.threshold);
        QVERIFY2(exposed.empty(), qPrintable(QStringLiteral("table %1: the attacker bounds primary cell %2 (%3 units)")
                                                 .arg(table)
                                                 .arg(exposed.empty() ? -1 : exposed.front())
                                                 .arg(exposed.empty() ? 0 : input.units[at(exposed.front())])));
        const DisclosureOutcome again = protectTable(input, rules);
        QCOMPARE(again.status, outcome.status);
    }
    qInfo("%d tables, %d refused, %d small cells, %d cells hidden", count, refused, primaries, hidden);
    QVERIFY(primaries > 100);
    // The hypercube fix-up always finds a way: a refusal would be a defect.
    QCOMPARE(refused, 0);
}

} // namespace

class TestSecondarySuppression : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void randomTablesNeverDiscloseAPrimaryCell() { checkRandomTables(20240611, 300, randomTable, true); }

    void randomDistinctCountTablesNeverDiscloseAPrimaryCell()
    {
        checkRandomTables(20261203, 150, randomDistinctCountTable, false);
    }

    void theIndependentCheckCatchesADisclosedCell()
    {
        // 1-dimension table, cell 0 suppressed alone: the total gives it away.
        const TableShape shape({3});
        DisclosureOutcome outcome;
        outcome.status = {CellStatus::Primary, CellStatus::Published, CellStatus::Published, CellStatus::Published};
        QCOMPARE(primariesInPublishedSpan(shape, outcome), std::vector<int>{0});
        outcome.status[1] = CellStatus::Secondary;
        QVERIFY(primariesInPublishedSpan(shape, outcome).empty());
    }
};

QTEST_GUILESS_MAIN(TestSecondarySuppression)
#include "tst_secondarysuppression.moc"
