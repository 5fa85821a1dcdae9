// Linked tables in disclosure control: a user who was published one table knows its cells when the
// next one comes. A drill-down (region × sex, then department × sex), the same table again, and a
// narrower filter (a difference table) must reveal no primary cell of either table, as the
// independent attacker (GLPK, AttackerOracle.h) sees them together.

#include "AttackerOracle.h"
#include "Failure.h"
#include "RandomTables.h"
#include "TableUnits.h"
#include "aggregate/LinkedTables.h"
#include "common/Error.h"
#include "sdc/DisclosureControl.h"
#include "sdc/Hypercube.h"
#include "sdc/ProtectionAudit.h"
#include "sdc/TableRelations.h"

#include <QTest>

#include <random>

using namespace ecluse;

namespace {

std::size_t at(int i)
{
    return static_cast<std::size_t>(i);
}

// A table whose first dimension groups into coarser categories (departments into regions), and
// the coarser table computed from the same rows.
struct Hierarchy
{
    DisclosureInput fine;
    DisclosureInput coarse;
    std::vector<std::vector<int>> members; // per coarse cell, the fine cells it adds up
};

Hierarchy randomHierarchy(std::mt19937& random)
{
    Hierarchy h;
    h.fine = test::randomTable(random);
    const TableShape& fine = h.fine.shape;
    const int children = fine.categories(0);
    const int groups = std::max(1, children / 2);
    std::vector<int> groupOf(at(children));
    for (int i = 0; i < children; ++i)
        groupOf[at(i)] = i * groups / children; // contiguous groups of one to three
    std::vector<int> categories{groups};
    for (int d = 1; d < fine.dimensionCount(); ++d)
        categories.push_back(fine.categories(d));
    h.coarse.shape = TableShape(categories);
    const TableShape& coarse = h.coarse.shape;
    h.coarse.units.assign(at(coarse.cellCount()), 0);
    h.members.resize(at(coarse.cellCount()));
    for (int cell = 0; cell < fine.cellCount(); ++cell) {
        std::vector<int> coordinates = fine.coordinates(cell);
        coordinates[0] = coordinates[0] == children ? groups : groupOf[at(coordinates[0])];
        const int target = coarse.index(coordinates);
        h.members[at(target)].push_back(cell);
        h.coarse.units[at(target)] += h.fine.units[at(cell)];
    }
    return h;
}

// What the user knows of the fine table once the coarse one was published with `outcome`.
LinkedKnowledge knowledgeOf(const Hierarchy& h, const DisclosureOutcome& outcome)
{
    LinkedKnowledge knowledge;
    for (int cell = 0; cell < h.coarse.shape.cellCount(); ++cell) {
        const CellStatus status = outcome.status[at(cell)];
        if (status == CellStatus::Published)
            knowledge.known.push_back({h.members[at(cell)], h.coarse.units[at(cell)]});
        else if (status == CellStatus::Primary)
            knowledge.hiddenPrimary.push_back(h.members[at(cell)]);
    }
    return knowledge;
}

std::vector<bool> hiddenOf(const DisclosureOutcome& outcome)
{
    std::vector<bool> hidden(outcome.status.size());
    for (std::size_t c = 0; c < hidden.size(); ++c)
        hidden[c] = outcome.status[c] != CellStatus::Published;
    return hidden;
}

constexpr int Threshold = 11;

// How many random tables each property runs on; a sanitized build checks memory on fewer.
#ifdef ECLUSE_SANITIZED_TESTS
constexpr int Tables = 24;
#else
constexpr int Tables = 40;
#endif

// A table over fewer rows than `wide` (a few rows fewer in some inner cells), with the cells `wide`
// published as ceilings.
DisclosureInput narrowerThan(const DisclosureInput& wide, const DisclosureOutcome& shown, std::mt19937& random)
{
    const TableShape& shape = wide.shape;
    std::vector<std::int64_t> inner;
    std::uniform_int_distribution<int> fewer(0, 12);
    std::bernoulli_distribution touched(0.3);
    for (int cell = 0; cell < shape.cellCount(); ++cell) {
        if (shape.isInner(cell)) {
            const std::int64_t units = wide.units[at(cell)];
            inner.push_back(touched(random) ? std::max<std::int64_t>(0, units - fewer(random)) : units);
        }
    }
    DisclosureInput narrow;
    narrow.shape = shape;
    narrow.units = test::withMargins(shape, inner);
    narrow.linked.ceiling.assign(at(shape.cellCount()), -1);
    for (int cell = 0; cell < shape.cellCount(); ++cell) {
        if (shown.status[at(cell)] == CellStatus::Published)
            narrow.linked.ceiling[at(cell)] = wide.units[at(cell)];
    }
    return narrow;
}

// A random table as the engine would give it: categories "0", "1", ... along each dimension.
AggregateTable tableOf(const DisclosureInput& input)
{
    AggregateTable table;
    table.shape = input.shape;
    table.units = input.units;
    for (int d = 0; d < input.shape.dimensionCount(); ++d) {
        TableDimension dimension;
        dimension.name = QStringLiteral("D%1").arg(d);
        for (int k = 0; k < input.shape.categories(d); ++k)
            dimension.codes << QString::number(k);
        table.dimensions.push_back(dimension);
    }
    return table;
}

// The vault's record of `input` shown with `outcome`.
PublishedTable recordOf(const DisclosureInput& input, const DisclosureOutcome& outcome)
{
    PublishedTable record;
    for (const TableDimension& dimension : tableOf(input).dimensions) {
        record.dimensions << dimension.name;
        record.codes.push_back(dimension.codes);
    }
    for (std::size_t c = 0; c < input.units.size(); ++c) {
        record.cells.push_back(outcome.status[c] == CellStatus::Published ? input.units[c]
                               : outcome.status[c] == CellStatus::Primary ? PublishedTable::HiddenPrimary
                                                                          : PublishedTable::Hidden);
    }
    return record;
}

} // namespace

class TestLinkedTables : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The property behind the example: each table protected alone can still expose the
    // departments' small cells once the regions are known; protected with what was shown, never.
    void aDrillDownRevealsNoPrimaryCellOfEitherTable()
    {
        std::mt19937 random(20261203);
        int exposedAlone = 0;
        int earlierExposedAlone = 0;
        for (int t = 0; t < Tables * 15 / 4; ++t) { // 150
            const Hierarchy h = randomHierarchy(random);
            const DisclosureOutcome coarse = protectTable(h.coarse, DisclosureRules());
            DisclosureInput linked = h.fine;
            linked.linked = knowledgeOf(h, coarse);

            const DisclosureOutcome alone = protectTable(h.fine, DisclosureRules());
            exposedAlone +=
                test::exposedPrimaryCells(h.fine.shape, h.fine.units, alone.status, Threshold, linked.linked).empty()
                    ? 0
                    : 1;
            earlierExposedAlone +=
                test::exposedEarlierPrimaryCells(h.fine.shape, h.fine.units, hiddenOf(alone), Threshold, linked.linked)
                        .empty()
                    ? 0
                    : 1;

            const DisclosureOutcome outcome = protectTable(linked, DisclosureRules());
            const std::vector<int> exposed =
                test::exposedPrimaryCells(h.fine.shape, h.fine.units, outcome.status, Threshold, linked.linked);
            QVERIFY2(exposed.empty(), qPrintable(QStringLiteral("table %1: %2 primary cells exposed with the "
                                                                "earlier table")
                                                     .arg(t)
                                                     .arg(exposed.size())));
            const std::vector<int> earlier = test::exposedEarlierPrimaryCells(
                h.fine.shape, h.fine.units, hiddenOf(outcome), Threshold, linked.linked);
            QVERIFY2(earlier.empty(),
                     qPrintable(QStringLiteral("table %1: %2 primary cells of the earlier table exposed")
                                    .arg(t)
                                    .arg(earlier.size())));
            // What was shown is shown again: a cell of the earlier table that is one cell here.
            for (const LinkedKnowledge::KnownSum& known : linked.linked.known) {
                if (known.members.size() == 1)
                    QCOMPARE(outcome.status[at(known.members.front())], CellStatus::Published);
            }
        }
        // The attacker finds the hole when the tables are protected one by one: the test can fail.
        QVERIFY(exposedAlone + earlierExposedAlone > 0);
        qInfo("protected alone, %d of %d drill-downs exposed a department and %d a region", exposedAlone,
              Tables * 15 / 4, earlierExposedAlone);
    }

    // The search in steps moves a copy of the table that one search keeps from one quantity to the
    // next and puts back after each: every answer must be the one a fresh search gives.
    void aSearchInStepsAnswersEachQuantityAsAFreshOne()
    {
        std::mt19937 random(20261204);
        int chains = 0;
        for (int t = 0; t < Tables; ++t) {
            const Hierarchy h = randomHierarchy(random);
            DisclosureInput linked = h.fine;
            linked.linked = knowledgeOf(h, protectTable(h.coarse, DisclosureRules()));
            const LinkedKnowledge& knowledge = linked.linked;
            const DisclosureOutcome outcome = protectTable(linked, DisclosureRules());
            const std::vector<bool> hidden = hiddenOf(outcome);
            const TableRelations relations(h.fine.shape);
            const LinkedSums sums(knowledge, h.fine.units);
            const HypercubeSearch shared(h.fine.shape, relations, h.fine.units, &sums);
            const std::vector<ProtectedQuantity> quantities =
                auditedQuantities(h.fine.units, outcome.status, outcome.rule, Threshold, knowledge);
            for (int pass = 0; pass < 2; ++pass) { // the second pass starts from a used search
                for (const ProtectedQuantity& quantity : quantities) {
                    const auto reused = shared.suppressed(hidden, quantity);
                    const HypercubeSearch fresh(h.fine.shape, relations, h.fine.units, &sums);
                    const auto expected = fresh.suppressed(hidden, quantity);
                    QCOMPARE(reused.has_value(), expected.has_value());
                    if (!reused)
                        continue;
                    QCOMPARE(reused->corners, expected->corners);
                    QCOMPARE(reused->signs, expected->signs);
                    QCOMPARE(reused->unbounded, expected->unbounded);
                    QCOMPARE(reused->step, expected->step);
                    chains += pass == 0 && reused->signs.empty() ? 1 : 0;
                }
            }
        }
        QVERIFY2(chains > 0, "no quantity needed several cubes: the property tests nothing");
    }

    void theSameTableAgainKeepsWhatWasShown()
    {
        std::mt19937 random(7);
        for (int t = 0; t < Tables * 3 / 2; ++t) { // 60
            DisclosureInput input = test::randomTable(random);
            const DisclosureOutcome first = protectTable(input, DisclosureRules());
            for (int cell = 0; cell < input.shape.cellCount(); ++cell) {
                if (first.status[at(cell)] == CellStatus::Published)
                    input.linked.known.push_back({{cell}, input.units[at(cell)]});
                else if (first.status[at(cell)] == CellStatus::Primary)
                    input.linked.hiddenPrimary.push_back({cell});
            }
            const DisclosureOutcome again = protectTable(input, DisclosureRules());
            for (int cell = 0; cell < input.shape.cellCount(); ++cell) {
                if (first.status[at(cell)] == CellStatus::Published)
                    QCOMPARE(again.status[at(cell)], CellStatus::Published);
                QCOMPARE(again.status[at(cell)] == CellStatus::Primary, first.status[at(cell)] == CellStatus::Primary);
            }
            QVERIFY(test::exposedPrimaryCells(input.shape, input.units, again.status, Threshold, input.linked).empty());
        }
    }

    // All ages first, then all but one band: what the narrower table leaves out is a table too.
    void aSmallDifferenceWithAWiderTableIsProtected()
    {
        std::mt19937 random(11);
        int differences = 0;
        for (int t = 0; t < Tables; ++t) {
            const DisclosureInput wide = test::randomTable(random);
            const DisclosureOutcome shown = protectTable(wide, DisclosureRules());
            const TableShape& shape = wide.shape;
            const DisclosureInput narrow = narrowerThan(wide, shown, random);
            const DisclosureOutcome outcome = protectTable(narrow, DisclosureRules());
            for (int cell = 0; cell < shape.cellCount(); ++cell) {
                if (hasSmallDifference(narrow.linked, narrow.units, cell, Threshold)) {
                    ++differences;
                    QVERIFY(outcome.status[at(cell)] == CellStatus::Primary);
                    QCOMPARE(outcome.rule[at(cell)] == SuppressionRule::Difference,
                             narrow.units[at(cell)] >= Threshold || narrow.units[at(cell)] == 0);
                }
            }
            const std::vector<int> exposed =
                test::exposedPrimaryCells(shape, narrow.units, outcome.status, Threshold, narrow.linked);
            QVERIFY2(exposed.empty(),
                     qPrintable(QStringLiteral("table %1: %2 cells exposed").arg(t).arg(exposed.size())));
        }
        QVERIFY(differences > Tables / 2);
    }

    // Counts first, then an amount: a cell shown by the counts becomes dominance-primary. It is
    // hidden for its amount, but its units stay known to the attacker, and the protection of the
    // other cells must reason with them.
    void aCellShownBeforeStaysKnownWhenAnAmountHidesIt()
    {
        DisclosureInput input;
        input.shape = TableShape({3});
        input.units = {50, 2, 40, 92};
        MagnitudeColumn amounts;
        amounts.topCount = 2;
        amounts.absoluteTotal = {1000, 200, 1000, 2200};
        amounts.top = {950, 10, 100, 90, 100, 90, 950, 100}; // cell 0: one contributor holds 95 %
        input.magnitudes.push_back(amounts);
        input.linked.known.push_back({{0}, 50});
        const DisclosureOutcome outcome = protectTable(input, DisclosureRules());
        QCOMPARE(outcome.rule.at(0), SuppressionRule::Dominance);
        QCOMPARE(outcome.status.at(1), CellStatus::Primary);
        // Cell 0's units were shown: only they may be pinned.
        QCOMPARE(test::exposedPrimaryCells(input.shape, input.units, outcome.status, Threshold, input.linked),
                 std::vector<int>{0});
    }

    // The wider table first: its cells hidden must not be narrowed down by the narrower table's
    // published cells, which are floors under them.
    void aNarrowerTableDoesNotExposeTheWiderOnesHiddenCells()
    {
        std::mt19937 random(23);
        int checked = 0;
        for (int t = 0; t < Tables; ++t) {
            const DisclosureInput wide = test::randomTable(random);
            const DisclosureOutcome shown = protectTable(wide, DisclosureRules());
            const TableShape& shape = wide.shape;
            DisclosureInput narrow = narrowerThan(wide, shown, random);
            // The wider table as the attacker sees it once the narrower one is published: each
            // narrower cell published is a floor.
            const auto floorsOf = [&](const DisclosureOutcome& outcome) {
                LinkedKnowledge floors;
                floors.floor.assign(at(shape.cellCount()), -1);
                for (int cell = 0; cell < shape.cellCount(); ++cell) {
                    if (outcome.status[at(cell)] == CellStatus::Published)
                        floors.floor[at(cell)] = narrow.units[at(cell)];
                }
                return floors;
            };
            DisclosureOutcome outcome = protectTable(narrow, DisclosureRules());
            checked += test::exposedPrimaryCells(shape, wide.units, shown.status, Threshold, floorsOf(outcome)).empty()
                           ? 0
                           : 1;
            // What Aggregates does: audit the wider table again, hide what exposes it, protect again.
            const PublishedTable record = recordOf(wide, shown);
            const AggregateTable wideTable = tableOf(wide);
            const AggregateTable narrowTable = tableOf(narrow);
            std::vector<std::vector<int>> within(at(shape.cellCount()));
            for (int cell = 0; cell < shape.cellCount(); ++cell)
                within[at(cell)] = {cell};
            for (int round = 0;; ++round) {
                QVERIFY(round < 8);
                const std::vector<int> revealing = cellsRevealingEarlier(record, wideTable, within, RowsRelation::Wider,
                                                                         {}, narrowTable, hiddenOf(outcome), Threshold);
                if (revealing.empty())
                    break;
                narrow.linked.hiddenBefore.insert(narrow.linked.hiddenBefore.end(), revealing.begin(), revealing.end());
                outcome = protectTable(narrow, DisclosureRules());
            }
            const std::vector<int> exposed =
                test::exposedPrimaryCells(shape, wide.units, shown.status, Threshold, floorsOf(outcome));
            QVERIFY2(
                exposed.empty(),
                qPrintable(QStringLiteral("table %1: %2 cells of the wider table exposed").arg(t).arg(exposed.size())));
        }
        qInfo("%d of %d wider tables exposed by a narrower one protected alone; none audited again", checked, Tables);
        QVERIFY(checked > 0);
    }

    void knowledgeThatContradictsTheTableIsRefused()
    {
        DisclosureInput input;
        input.shape = TableShape({2});
        input.units = {20, 30, 50};
        input.linked.known.push_back({{0, 1}, 51}); // the cells add up to 50
        ErrorKind kind = ErrorKind::Other;
        const QString message = test::errorMessageOf([&] { protectTable(input, DisclosureRules()); }, &kind);
        QCOMPARE(kind, ErrorKind::InvalidInput);
        QVERIFY(message.contains(QStringLiteral("contradicts")));

        input.linked.known = {{{0}, 19}};
        QCOMPARE(test::errorMessageOf([&] { protectTable(input, DisclosureRules()); }, &kind), message);

        input.linked.known = {{{0, 7}, 19}};
        test::errorMessageOf([&] { protectTable(input, DisclosureRules()); }, &kind);
        QCOMPARE(kind, ErrorKind::Usage);
    }
};

QTEST_GUILESS_MAIN(TestLinkedTables)
#include "tst_linkedtables.moc"
