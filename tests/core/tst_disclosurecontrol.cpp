#include "Failure.h"
#include "TableUnits.h"
#include "common/Error.h"
#include "policy/Policy.h"
#include "sdc/DisclosureControl.h"
#include "sdc/Hypercube.h"
#include "sdc/ProtectionAudit.h"
#include "sdc/TableRelations.h"

#include <QTest>

#include <array>
#include <limits>
#include <map>
#include <numeric>

using namespace ecluse;
using ecluse::test::errorMessageOf;
using ecluse::test::withMargins;

namespace {

// A one-cell table (the grand total alone) with one magnitude, to test a rule in isolation.
DisclosureInput singleCell(std::int64_t units, Int128 total = 0, std::int64_t x1 = 0, std::int64_t x2 = 0)
{
    DisclosureInput input;
    input.shape = TableShape(std::vector<int>{});
    input.units = {units};
    MagnitudeColumn magnitude;
    magnitude.absoluteTotal = {total};
    magnitude.top = {x1, x2};
    input.magnitudes.push_back(magnitude);
    return input;
}

// The units of a 3 x 3 table and its margins, all given: those of distinct beneficiaries need not
// add up.
std::vector<std::int64_t> threeByThree(const TableShape& shape, const std::int64_t (&inner)[3][3],
                                       const std::array<std::int64_t, 3>& rowMargins,
                                       const std::array<std::int64_t, 3>& columnMargins, std::int64_t total)
{
    std::vector<std::int64_t> units(std::size_t(shape.cellCount()));
    const auto cell = [&](int row, int column) { return std::size_t(shape.index({row, column})); };
    for (int i = 0; i < 3; ++i) {
        for (int j = 0; j < 3; ++j)
            units[cell(i, j)] = inner[i][j];
        units[cell(i, 3)] = rowMargins[std::size_t(i)];
        units[cell(3, i)] = columnMargins[std::size_t(i)];
    }
    units[cell(3, 3)] = total;
    return units;
}

} // namespace

class TestDisclosureControl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void primaryRulesFireAtTheirBoundaries_data()
    {
        QTest::addColumn<qint64>("units");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<qint64>("x1");
        QTest::addColumn<qint64>("x2");
        QTest::addColumn<int>("kPercent");
        QTest::addColumn<bool>("zerosDisclosive");
        QTest::addColumn<int>("expected");

        const int none = int(SuppressionRule::None);
        QTest::newRow("10 units suppressed")
            << qint64(10) << qint64(0) << qint64(0) << qint64(0) << 90 << false << int(SuppressionRule::Frequency);
        QTest::newRow("11 units published") << qint64(11) << qint64(0) << qint64(0) << qint64(0) << 90 << false << none;
        QTest::newRow("1 unit suppressed")
            << qint64(1) << qint64(0) << qint64(0) << qint64(0) << 90 << false << int(SuppressionRule::Frequency);
        QTest::newRow("two largest exactly 90%") << qint64(50) << qint64(1000) << qint64(450) << qint64(450) << 90
                                                 << false << int(SuppressionRule::Dominance);
        QTest::newRow("two largest just below 90%")
            << qint64(50) << qint64(1000) << qint64(450) << qint64(449) << 90 << false << none;
        // k = 100% leaves the p% rule alone: with the defaults dominance fires first whenever p% would.
        QTest::newRow("remainder exactly 10% of x1")
            << qint64(50) << qint64(1000) << qint64(500) << qint64(450) << 100 << false << none;
        QTest::newRow("remainder just below 10% of x1") << qint64(50) << qint64(1000) << qint64(500) << qint64(451)
                                                        << 100 << false << int(SuppressionRule::PPercent);
        QTest::newRow("frequency is recorded before dominance")
            << qint64(3) << qint64(1000) << qint64(999) << qint64(1) << 90 << false << int(SuppressionRule::Frequency);
        QTest::newRow("zero published when zeros are not disclosive")
            << qint64(0) << qint64(0) << qint64(0) << qint64(0) << 90 << false << none;
        QTest::newRow("zero suppressed when zeros are disclosive")
            << qint64(0) << qint64(0) << qint64(0) << qint64(0) << 90 << true << int(SuppressionRule::Zero);
        QTest::newRow("huge amounts compared exactly")
            << qint64(500) << qint64(9'000'000'000'000'000'000) << qint64(4'050'000'000'000'000'000)
            << qint64(4'050'000'000'000'000'000) << 90 << false << int(SuppressionRule::Dominance);
    }

    void primaryRulesFireAtTheirBoundaries()
    {
        QFETCH(qint64, units);
        QFETCH(qint64, total);
        QFETCH(qint64, x1);
        QFETCH(qint64, x2);
        QFETCH(int, kPercent);
        QFETCH(bool, zerosDisclosive);
        QFETCH(int, expected);
        DisclosureRules rules;
        rules.dominanceKPercent = kPercent;
        rules.zeroCellsDisclosive = zerosDisclosive;
        const DisclosureOutcome outcome = protectTable(singleCell(units, total, x1, x2), rules);
        QCOMPARE(int(outcome.rule.at(0)), expected);
        const bool suppressed = expected != int(SuppressionRule::None);
        QCOMPARE(outcome.status.at(0), suppressed ? CellStatus::Primary : CellStatus::Published);
        QCOMPARE(outcome.primaryCount, suppressed ? 1 : 0);
        QCOMPARE(outcome.proofs.size(), std::size_t(suppressed ? 1 : 0));
    }

    // Two contributions of 2^63 - 1 and a remainder of 2^62: a total beyond 64 bits, of which the
    // two largest hold just under 80% (100 x1+x2 = 100·2^64 - 200 against 80 total = 100·2^64 - 160).
    void contributionsAddingUpPastSixtyFourBitsAreJudgedExactly_data()
    {
        QTest::addColumn<int>("kPercent");
        QTest::addColumn<int>("expected");
        QTest::newRow("90%") << 90 << int(SuppressionRule::None);
        QTest::newRow("80%, just above their share") << 80 << int(SuppressionRule::None);
        QTest::newRow("79%") << 79 << int(SuppressionRule::Dominance);
    }

    void contributionsAddingUpPastSixtyFourBitsAreJudgedExactly()
    {
        QFETCH(int, kPercent);
        QFETCH(int, expected);
        constexpr std::int64_t largest = std::numeric_limits<std::int64_t>::max();
        DisclosureRules rules;
        rules.dominanceKPercent = kPercent;
        const DisclosureInput input = singleCell(500, Int128{largest} * 2 + (Int128{1} << 62), largest, largest);
        QCOMPARE(int(protectTable(input, rules).rule.at(0)), expected);
    }

    void magnitudesOutOfRangeAreRefused_data()
    {
        QTest::addColumn<bool>("negativeTotal");
        QTest::addColumn<bool>("negativeContribution");
        QTest::newRow("negative total") << true << false;
        QTest::newRow("negative contribution") << false << true;
        QTest::newRow("total beyond 2^95") << false << false;
    }

    // 100 times a total beyond 2^95, or p% of it, would no longer be exact in 128 bits; no vault
    // can hold one (fewer than 2^32 rows of 64-bit amounts).
    void magnitudesOutOfRangeAreRefused()
    {
        QFETCH(bool, negativeTotal);
        QFETCH(bool, negativeContribution);
        DisclosureInput input =
            singleCell(500, negativeTotal ? Int128{-1} : MaxAbsoluteTotal + 1, 10, negativeContribution ? -10 : 10);
        ErrorKind kind = ErrorKind::Other;
        const QString message = errorMessageOf([&] { protectTable(input, DisclosureRules()); }, &kind);
        QCOMPARE(kind, ErrorKind::InvalidInput);
        QCOMPARE(message, QStringLiteral("a magnitude of the table is negative or out of range"));
        input.magnitudes.front().absoluteTotal = {MaxAbsoluteTotal};
        input.magnitudes.front().top = {10, 10};
        QCOMPARE(protectTable(input, DisclosureRules()).rule.at(0), SuppressionRule::None);
    }

    // Counts that no vault can produce (a dataset has fewer than 2^32 rows) but that used to
    // overflow: a relation's sum in the validation, "one more than the cell" in the audit.
    void unitCountsBeyondExactArithmeticAreRefused()
    {
        constexpr std::int64_t largest = std::numeric_limits<std::int64_t>::max();
        const QString refusal = QStringLiteral("the cells of the table count more than 4611686018427387904 units "
                                               "together; disclosure control cannot compute with them exactly");
        DisclosureInput wide;
        wide.shape = TableShape({2});
        wide.units = {largest, largest, largest};
        const DisclosureInput dominant = singleCell(largest, 1000, 999, 1);
        for (const DisclosureInput& input : {wide, dominant}) {
            ErrorKind kind = ErrorKind::Other;
            QCOMPARE(errorMessageOf([&] { protectTable(input, DisclosureRules()); }, &kind), refusal);
            QCOMPARE(kind, ErrorKind::InvalidInput);
        }
        const std::vector<std::int64_t> units = {largest};
        QCOMPARE(errorMessageOf([&] {
                     auditProtection(TableShape(std::vector<int>{}), units, {CellStatus::Primary},
                                     {SuppressionRule::Dominance}, 11);
                 }),
                 refusal);
        QCOMPARE(errorMessageOf([&] { feasibleUnitsInterval(TableShape(std::vector<int>{}), units, {true}, 0); }),
                 refusal);
        // At the limit, the arithmetic still holds: the cell can be anything from 0 up.
        const std::vector<std::int64_t> atLimit = {MaxTableUnits};
        const UnitsInterval interval = feasibleUnitsInterval(TableShape(std::vector<int>{}), atLimit, {true}, 0);
        QVERIFY(interval.unbounded);
    }

    // Past 2^31 units GMP's own conversions (through `long`, 32 bits on Windows) lost the high bits.
    void auditBoundsAreExactBeyondThirtyTwoBits()
    {
        const TableShape shape({2});
        const std::vector<std::int64_t> units = withMargins(shape, {3'000'000'007, 5'000'000'011});
        const UnitsInterval interval = feasibleUnitsInterval(shape, units, {true, true, false}, 0);
        QCOMPARE(interval.lower, std::int64_t{0});
        QCOMPARE(interval.upper, std::int64_t{8'000'000'018});
        QVERIFY(!interval.unbounded);
        const std::vector<std::int64_t> nonAdditive = {3'000'000'007, 5'000'000'011, 6'000'000'013};
        const UnitsInterval bounded = feasibleUnitsInterval(shape, nonAdditive, {true, true, false}, 0);
        QCOMPARE(bounded.lower, std::int64_t{0});
        QCOMPARE(bounded.upper, std::int64_t{6'000'000'013}); // a member is at most its margin
    }

    void aPrimaryCategoryWithAPublishedTotalForcesASecondSuppression()
    {
        DisclosureInput input;
        input.shape = TableShape({3});
        input.units = withMargins(input.shape, {5, 200, 100});
        const DisclosureOutcome outcome = protectTable(input, DisclosureRules());
        QCOMPARE(outcome.status, (std::vector<CellStatus>{CellStatus::Primary, CellStatus::Published,
                                                          CellStatus::Secondary, CellStatus::Published}));
        QCOMPARE(outcome.rule.at(2), SuppressionRule::Linear);
        QCOMPARE(outcome.secondaryCount, 1);
        QCOMPARE(outcome.proofs.size(), std::size_t(1));
        QCOMPARE(outcome.proofs.front().cell, 0);
        QVERIFY(!outcome.proofs.front().determinedByPublished);
        QVERIFY(outcome.proofs.front().upperBound >= 11);
        QVERIFY(outcome.proofs.front().isProtected);
    }

    void aCancelledProtectionStopsWithoutAResult()
    {
        DisclosureInput input;
        input.shape = TableShape({3});
        input.units = withMargins(input.shape, {5, 200, 100});
        const std::atomic_bool cancel{true};
        try {
            protectTable(input, DisclosureRules(), &cancel);
            QFAIL("a cancelled protection returned a pattern");
        } catch (const Error& error) {
            QCOMPARE(error.kind(), ErrorKind::Other);
            QCOMPARE(error.message(), QStringLiteral("cancelled"));
        }
    }

    void twoSmallCellsOfOneTotalNeedAThirdCell()
    {
        // 5 and 4 hide each other linearly, but the total minus the published cells gives their sum, 9.
        DisclosureInput input;
        input.shape = TableShape({4});
        input.units = withMargins(input.shape, {5, 4, 300, 200});
        const DisclosureOutcome outcome = protectTable(input, DisclosureRules());
        QCOMPARE(outcome.status.at(0), CellStatus::Primary);
        QCOMPARE(outcome.status.at(1), CellStatus::Primary);
        QCOMPARE(outcome.status.at(3), CellStatus::Secondary);
        QCOMPARE(outcome.rule.at(3), SuppressionRule::SmallSum);
        QCOMPARE(outcome.status.at(2), CellStatus::Published);
        QCOMPARE(outcome.status.at(4), CellStatus::Published);
        for (const PrimaryCellProof& proof : outcome.proofs)
            QVERIFY(proof.isProtected && proof.upperBound >= 11);
    }

    void zeroCellsAreProtectedOnlyWhenPolicySaysSo()
    {
        DisclosureInput input;
        input.shape = TableShape({3});
        input.units = withMargins(input.shape, {0, 50, 60});
        QCOMPARE(protectTable(input, DisclosureRules()).primaryCount, 0);

        DisclosureRules rules;
        rules.zeroCellsDisclosive = true;
        const DisclosureOutcome outcome = protectTable(input, rules);
        QCOMPARE(outcome.rule.at(0), SuppressionRule::Zero);
        QCOMPARE(outcome.status.at(1), CellStatus::Secondary);
        QVERIFY(outcome.proofs.at(0).isProtected);
    }

    void aSmallMarginIsPrimaryToo()
    {
        DisclosureInput input;
        input.shape = TableShape({2, 2});
        input.units = withMargins(input.shape, {3, 4, 30, 40});
        const DisclosureOutcome outcome = protectTable(input, DisclosureRules());
        const int rowMargin = input.shape.index({0, 2});
        QCOMPARE(input.units.at(std::size_t(rowMargin)), std::int64_t(7));
        QCOMPARE(outcome.status.at(std::size_t(rowMargin)), CellStatus::Primary);
        QCOMPARE(outcome.rule.at(std::size_t(rowMargin)), SuppressionRule::Frequency);
        for (int cell = 0; cell < input.shape.cellCount(); ++cell) {
            if (input.units.at(std::size_t(cell)) < 11)
                QVERIFY(outcome.status.at(std::size_t(cell)) != CellStatus::Published);
        }
        for (const PrimaryCellProof& proof : outcome.proofs)
            QVERIFY(proof.isProtected);
    }

    void handbookExampleGivesTheFirstCellThreeToSix()
    {
        // Rows total 7, 3, 6; columns 9, 7; the third row (3, 3) is published.
        const TableShape shape({3, 2});
        const std::vector<std::int64_t> units = withMargins(shape, {4, 3, 2, 1, 3, 3});
        QCOMPARE(units.at(std::size_t(shape.index({0, 2}))), std::int64_t(7));
        QCOMPARE(units.at(std::size_t(shape.index({3, 0}))), std::int64_t(9));
        std::vector<bool> suppressed(std::size_t(shape.cellCount()), false);
        for (int row = 0; row < 2; ++row) {
            for (int column = 0; column < 2; ++column)
                suppressed.at(std::size_t(shape.index({row, column}))) = true;
        }
        const UnitsInterval first = feasibleUnitsInterval(shape, units, suppressed, shape.index({0, 0}));
        QCOMPARE(first.lower, std::int64_t(3));
        QCOMPARE(first.upper, std::int64_t(6));
        QVERIFY(!first.unbounded);
        const UnitsInterval last = feasibleUnitsInterval(shape, units, suppressed, shape.index({1, 1}));
        QCOMPARE(last.lower, std::int64_t(0));
        QCOMPARE(last.upper, std::int64_t(3));
        const UnitsInterval published = feasibleUnitsInterval(shape, units, suppressed, shape.index({2, 0}));
        QCOMPARE(published.lower, std::int64_t(3));
        QCOMPARE(published.upper, std::int64_t(3));
    }

    void auditRefusesTheHandbookPatternForAThresholdOfEleven()
    {
        const TableShape shape({3, 2});
        const std::vector<std::int64_t> units = withMargins(shape, {4, 3, 2, 1, 3, 3});
        std::vector<CellStatus> status(std::size_t(shape.cellCount()), CellStatus::Published);
        std::vector<SuppressionRule> rule(std::size_t(shape.cellCount()), SuppressionRule::None);
        for (int row = 0; row < 2; ++row) {
            for (int column = 0; column < 2; ++column)
                status.at(std::size_t(shape.index({row, column}))) = CellStatus::Secondary;
        }
        const int primary = shape.index({0, 0});
        status.at(std::size_t(primary)) = CellStatus::Primary;
        rule.at(std::size_t(primary)) = SuppressionRule::Frequency;

        std::vector<PrimaryCellProof> proofs = auditProtection(shape, units, status, rule, 11);
        QCOMPARE(proofs.size(), std::size_t(1));
        QVERIFY(!proofs.front().determinedByPublished);
        QCOMPARE(proofs.front().upperBound, std::int64_t(6));
        QVERIFY(proofs.front().upperBoundIsMaximum);
        QVERIFY(!proofs.front().isProtected);

        proofs = auditProtection(shape, units, status, rule, 6);
        QVERIFY(proofs.front().isProtected);
    }

    void auditFindsACellWorkedOutFromItsRowAndColumn()
    {
        const TableShape shape({3, 2});
        const std::vector<std::int64_t> units = withMargins(shape, {4, 3, 2, 1, 3, 3});
        std::vector<CellStatus> status(std::size_t(shape.cellCount()), CellStatus::Published);
        std::vector<SuppressionRule> rule(std::size_t(shape.cellCount()), SuppressionRule::None);
        status.at(std::size_t(shape.index({0, 0}))) = CellStatus::Primary;
        rule.at(std::size_t(shape.index({0, 0}))) = SuppressionRule::Frequency;
        status.at(std::size_t(shape.index({0, 1}))) = CellStatus::Secondary;
        const std::vector<PrimaryCellProof> proofs = auditProtection(shape, units, status, rule, 3);
        QCOMPARE(proofs.size(), std::size_t(1));
        QVERIFY(proofs.front().determinedByPublished);
        QVERIFY(!proofs.front().isProtected);
    }

    // Distinct counts that do not add up (3 + 20 beneficiaries, 21 in all): read as an equality the
    // margin would pin the hidden cell at 21 - 20 = 1, but the attacker knows only
    // cell <= 21 <= cell + 20, under which it can be anything from 1 to 21. A second value under
    // those inequalities is what proves it is not determined.
    void auditJudgesDistinctCountsByTheirInequalities()
    {
        const TableShape shape({2});
        const std::vector<std::int64_t> units{3, 20, 21};
        std::vector<CellStatus> status(3, CellStatus::Published);
        std::vector<SuppressionRule> rule(3, SuppressionRule::None);
        status.at(std::size_t(shape.index({0}))) = CellStatus::Primary;
        rule.at(std::size_t(shape.index({0}))) = SuppressionRule::Frequency;
        QCOMPARE(shape.index({2}), 2);
        const std::vector<PrimaryCellProof> proofs = auditProtection(shape, units, status, rule, 11);
        QCOMPARE(proofs.size(), std::size_t(1));
        QVERIFY(!proofs.front().determinedByPublished);
        QVERIFY(proofs.front().isProtected);
        QCOMPARE(proofs.front().upperBound, std::int64_t(21));
    }

    // The same rule where no hypercube, nor a short chain of them, proves the cell and the linear
    // program must: the primary cell rises by taking units from any of four hidden cells of a
    // column whose units add up, each fall limited to 3 by the slack of its row (margin < sum).
    // One such move is a hypercube and reaches 3 of the 10 needed; a chain of three cubes each
    // reaching a third of it (4) does not exist; all four together reach 12. Read as equalities,
    // the cell's row (its other members and margin published) would pin it: it is protected all
    // the same, since the true table meets every inequality the attacker knows and so does the
    // one it rises to.
    void auditProvesByTheLinearProgramWhatOnlyInequalitiesAllow()
    {
        const TableShape shape({5, 3});
        const auto cell = [&](int row, int column) { return std::size_t(shape.index({row, column})); };
        std::vector<std::int64_t> units(std::size_t(shape.cellCount()));
        for (int row = 0; row < 5; ++row) {
            units[cell(row, 0)] = row == 0 ? 1 : 20;
            units[cell(row, 1)] = row == 0 ? 30 : 25;
            units[cell(row, 2)] = row == 0 ? 30 : 25;
            units[cell(row, 3)] = row == 0 ? 40 : 67; // distinct beneficiaries: 3 below 70
        }
        units[cell(5, 0)] = 81; // column 0 adds up: 1 + 4 x 20
        units[cell(5, 1)] = 100;
        units[cell(5, 2)] = 100;
        units[cell(5, 3)] = 150;
        std::vector<CellStatus> status(units.size(), CellStatus::Published);
        std::vector<SuppressionRule> rule(units.size(), SuppressionRule::None);
        status[cell(0, 0)] = CellStatus::Primary;
        rule[cell(0, 0)] = SuppressionRule::Frequency;
        for (int row = 1; row < 5; ++row)
            status[cell(row, 0)] = CellStatus::Secondary;

        std::vector<bool> hidden(units.size());
        for (std::size_t c = 0; c < units.size(); ++c)
            hidden[c] = status[c] != CellStatus::Published;
        const TableRelations relations(shape);
        const HypercubeSearch hypercubes(shape, relations, units);
        QVERIFY(hypercubes.suppressed(hidden, int(cell(0, 0)), 3, HypercubeSearch::Chains::Never));
        QVERIFY(!hypercubes.suppressed(hidden, int(cell(0, 0)), 4, HypercubeSearch::Chains::Never));
        QVERIFY(!hypercubes.suppressed(hidden, int(cell(0, 0)), 10));

        const std::vector<PrimaryCellProof> proofs = auditProtection(shape, units, status, rule, 11);
        QCOMPARE(proofs.size(), std::size_t(1));
        QCOMPARE(proofs.front().cell, int(cell(0, 0)));
        QVERIFY(!proofs.front().determinedByPublished);
        QVERIFY(proofs.front().isProtected);
        QCOMPARE(proofs.front().upperBound, std::int64_t(13)); // 1 + 4 x 3
    }

    // A chain of hypercubes, each from the table the last one left, is a proof too: two cells of
    // the column give 6 each, one cube at a time.
    void aChainOfHypercubesProvesWhatNoOneCubeReaches()
    {
        const TableShape shape({3, 3});
        const auto cell = [&](int row, int column) { return std::size_t(shape.index({row, column})); };
        const std::int64_t inner[3][3] = {{1, 30, 30}, {20, 25, 25}, {20, 25, 25}};
        // Rows: margins below their sums (distinct beneficiaries), rows 1 and 2 by 6; column 0
        // adds up (1 + 20 + 20).
        const std::vector<std::int64_t> units = threeByThree(shape, inner, {40, 64, 64}, {41, 60, 60}, 100);
        std::vector<bool> hidden(units.size());
        hidden[cell(0, 0)] = hidden[cell(1, 0)] = hidden[cell(2, 0)] = true;
        const TableRelations relations(shape);
        const HypercubeSearch hypercubes(shape, relations, units);
        QVERIFY(!hypercubes.suppressed(hidden, int(cell(0, 0)), 7, HypercubeSearch::Chains::Never));
        const auto chain = hypercubes.suppressed(hidden, int(cell(0, 0)), 10);
        QVERIFY(chain);
        QCOMPARE(chain->step, std::int64_t(12));
        std::vector<int> corners = chain->corners;
        std::sort(corners.begin(), corners.end());
        QCOMPARE(corners, (std::vector<int>{int(cell(0, 0)), int(cell(1, 0)), int(cell(2, 0))}));
        // How far its steps moved each corner in all: the cell by the chain's rise, the other two
        // down by as much together (column 0 adds up to a published total), neither below zero.
        QCOMPARE(chain->moves.size(), chain->corners.size());
        std::map<int, std::int64_t> moved;
        for (std::size_t k = 0; k < chain->corners.size(); ++k)
            moved[chain->corners[k]] = chain->moves[k];
        QCOMPARE(moved[int(cell(0, 0))], std::int64_t(12));
        QCOMPARE(moved[int(cell(1, 0))] + moved[int(cell(2, 0))], std::int64_t(-12));
        QVERIFY(moved[int(cell(1, 0))] >= -20 && moved[int(cell(2, 0))] >= -20);
        // The hypercube method's own pattern takes one cube per cell, as τ-Argus does.
        QVERIFY(!hypercubes.suppressed(hidden, int(cell(0, 0)), 10, HypercubeSearch::Chains::WithKnownSums));
    }

    // Where a cell is held under its margin in a relation that does not add up (distinct
    // beneficiaries), a cube that raises that margin first makes room: here the only cube through
    // the cell reaches 3 of the 9 it needs, the margin of its row being 4, and each step of the
    // chain first moves 3 units of row margin from row 1 to row 0.
    void aChainRaisesAMarginToMakeRoom()
    {
        const TableShape shape({3, 3});
        const auto cell = [&](int row, int column) { return std::size_t(shape.index({row, column})); };
        const std::int64_t inner[3][3] = {{1, 4, 4}, {10, 10, 10}, {10, 10, 10}};
        // Rows: margins below their sums; columns add up; the total 54 below 69, the sum of the
        // column margins, as distinct beneficiaries again.
        const std::vector<std::int64_t> units = threeByThree(shape, inner, {4, 25, 25}, {21, 24, 24}, 54);
        std::vector<bool> hidden(units.size());
        for (const std::size_t c : {cell(0, 0), cell(3, 0), cell(0, 3), cell(1, 3)})
            hidden[c] = true;
        const TableRelations relations(shape);
        const HypercubeSearch hypercubes(shape, relations, units);
        const int start = int(cell(0, 0));
        QVERIFY(hypercubes.suppressed(hidden, start, 3, HypercubeSearch::Chains::Never));
        QVERIFY(!hypercubes.suppressed(hidden, start, 4, HypercubeSearch::Chains::Never));
        QVERIFY(!hypercubes.suppressed(hidden, start, 9, HypercubeSearch::Chains::WithoutLifts));
        const auto chain = hypercubes.suppressed(hidden, start, 9);
        QVERIFY(chain);
        QVERIFY(chain->reaches(9));
        std::vector<int> corners = chain->corners;
        std::sort(corners.begin(), corners.end());
        QCOMPARE(corners, (std::vector<int>{start, int(cell(0, 3)), int(cell(1, 3)), int(cell(3, 0))}));
        // The exact linear program agrees: the cell can reach the threshold.
        QVERIFY(feasibleUnitsInterval(shape, units, hidden, start).upper >= 10);

        std::vector<CellStatus> status(units.size(), CellStatus::Published);
        std::vector<SuppressionRule> rule(units.size(), SuppressionRule::None);
        for (std::size_t c = 0; c < units.size(); ++c)
            status[c] = hidden[c] ? CellStatus::Secondary : CellStatus::Published;
        status[cell(0, 0)] = CellStatus::Primary;
        rule[cell(0, 0)] = SuppressionRule::Frequency;
        const std::vector<PrimaryCellProof> proofs = auditProtection(shape, units, status, rule, 10);
        QCOMPARE(proofs.size(), std::size_t(1));
        QVERIFY(proofs.front().isProtected);
    }

    void protectionIsDeterministic()
    {
        DisclosureInput input;
        input.shape = TableShape({5, 4, 3});
        std::vector<std::int64_t> inner(60);
        for (std::size_t i = 0; i < inner.size(); ++i)
            inner[i] = (i * 37) % 11 == 0 ? std::int64_t(i % 7) : std::int64_t(20 + (i * 53) % 90);
        input.units = withMargins(input.shape, inner);
        const DisclosureOutcome first = protectTable(input, DisclosureRules());
        const DisclosureOutcome second = protectTable(input, DisclosureRules());
        QVERIFY(first.primaryCount > 0);
        QVERIFY(first.secondaryCount > 0);
        QCOMPARE(first.status, second.status);
        QCOMPARE(first.rule, second.rule);
    }

    void aTableOfSmallCellsIsWhollySuppressedOrRefused()
    {
        DisclosureInput input;
        input.shape = TableShape({3, 3});
        input.units = withMargins(input.shape, {1, 2, 1, 1, 1, 2, 1, 1, 1});
        try {
            const DisclosureOutcome outcome = protectTable(input, DisclosureRules());
            for (int cell = 0; cell < input.shape.cellCount(); ++cell) {
                if (input.units.at(std::size_t(cell)) < 11)
                    QVERIFY(outcome.status.at(std::size_t(cell)) != CellStatus::Published);
            }
            for (const PrimaryCellProof& proof : outcome.proofs)
                QVERIFY(proof.isProtected);
        } catch (const Error& error) {
            QCOMPARE(error.kind(), ErrorKind::Other);
        }
    }

    void nonAdditiveMarginsAreAuditedWithTheirTrueInequalities()
    {
        // Distinct beneficiaries per month: the year's 250 is less than the months' sum. Knowing
        // only x0 <= 250 <= x0 + 300, an attacker cannot tell the small month from a large one:
        // it needs no other cell hidden (an equality would have given it away at once).
        DisclosureInput input;
        input.shape = TableShape({3});
        input.units = {5, 200, 100, 250};
        const DisclosureOutcome outcome = protectTable(input, DisclosureRules());
        QCOMPARE(outcome.status, (std::vector<CellStatus>{CellStatus::Primary, CellStatus::Published,
                                                          CellStatus::Published, CellStatus::Published}));
        QVERIFY(outcome.proofs.at(0).isProtected);
        const UnitsInterval interval = feasibleUnitsInterval(input.shape, input.units, {true, false, false, false}, 0);
        QCOMPARE(interval.upper, std::int64_t{250});

        // Additive, the same hidden month is the year minus the others: a second cell must go.
        input.units = {5, 200, 100, 305};
        const DisclosureOutcome additive = protectTable(input, DisclosureRules());
        QCOMPARE(additive.status.at(2), CellStatus::Secondary);
        QVERIFY(additive.proofs.at(0).isProtected);
    }

    void aTableWhoseMarginsContradictItsCellsIsRefused()
    {
        DisclosureInput input;
        input.shape = TableShape({2});
        input.units = {50, 60, 200};
        try {
            protectTable(input, DisclosureRules());
            QFAIL("a margin larger than its cells was accepted");
        } catch (const Error& error) {
            QCOMPARE(error.kind(), ErrorKind::InvalidInput);
        }
    }

    void malformedInputIsAUsageError()
    {
        DisclosureInput input;
        input.shape = TableShape({2});
        input.units = {50, 60};
        QVERIFY_THROWS_EXCEPTION(Error, protectTable(input, DisclosureRules()));
        try {
            TableShape({1, 1, 1, 1, 1});
            QFAIL("a five-dimension shape was accepted");
        } catch (const Error& error) {
            QCOMPARE(error.kind(), ErrorKind::Usage);
        }
        try {
            TableShape({3, 0});
            QFAIL("a dimension without categories was accepted");
        } catch (const Error& error) {
            QCOMPARE(error.kind(), ErrorKind::Usage);
        }
    }

    void tableShapeFlattensWithTheLastDimensionFastest()
    {
        const TableShape shape({2, 3});
        QCOMPARE(shape.cellCount(), 12);
        QCOMPARE(shape.index({1, 2}), 6);
        QCOMPARE(shape.coordinates(6), (std::vector<int>{1, 2}));
        QCOMPARE(shape.coordinate(11, 0), 2);
        QVERIFY(shape.isMargin(11, 1));
        QVERIFY(shape.isInner(6));
        QVERIFY(!shape.isInner(3));
        const TableShape scalar;
        QCOMPARE(scalar.cellCount(), 1);
        QVERIFY(scalar.isInner(0));
    }

    void rulesComeFromPolicyAndSummariseThemselves()
    {
        Policy policy;
        policy.smallCellThreshold = 5;
        policy.dominanceN = 3;
        policy.dominanceKPercent = 80;
        policy.pRulePercent = 15;
        policy.zeroCellsDisclosive = true;
        const DisclosureRules rules = DisclosureRules::fromPolicy(policy);
        QCOMPARE(rules.threshold, 5);
        QCOMPARE(rules.dominanceN, 3);
        QCOMPARE(rules.dominanceKPercent, 80);
        QCOMPARE(rules.pPercent, 15);
        QVERIFY(rules.zeroCellsDisclosive);
        QCOMPARE(DisclosureRules().summary(),
                 QStringLiteral("frequency < 11, (2, 90%)-dominance, p% = 10%, zeros published"));
        QCOMPARE(rules.summary(), QStringLiteral("frequency < 5, (3, 80%)-dominance, p% = 15%, zeros suppressed"));
    }
};

QTEST_GUILESS_MAIN(TestDisclosureControl)
#include "tst_disclosurecontrol.moc"
