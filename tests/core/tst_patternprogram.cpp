// The attacker's linear program over a whole pattern (core/sdc/PatternProgram.h): the tables an
// attacker could face that it finds, checked exactly, for the cells suppressed and no others.

#include "sdc/PatternProgram.h"

#include <QTest>

#include <memory>

using namespace ecluse;

namespace {

// A 3 x 3 table with its margins, each relation adding up.
std::vector<std::int64_t> additive(const TableShape& shape, const std::int64_t (&inner)[3][3])
{
    std::vector<std::int64_t> units(std::size_t(shape.cellCount()));
    for (int i = 0; i < 3; ++i) {
        for (int j = 0; j < 3; ++j) {
            const std::int64_t value = inner[i][j];
            units[std::size_t(shape.index({i, j}))] = value;
            units[std::size_t(shape.index({i, 3}))] += value;
            units[std::size_t(shape.index({3, j}))] += value;
            units[std::size_t(shape.index({3, 3}))] += value;
        }
    }
    return units;
}

// Simplex iterations per suppressed cell: far more than these tables need.
constexpr int Generous = 100;

ProtectedQuantity risingTo(int cell, std::int64_t units, std::int64_t threshold)
{
    return ProtectedQuantity{{cell}, 1, threshold - units};
}

} // namespace

class TestPatternProgram : public QObject
{
    Q_OBJECT

    const TableShape m_shape{{3, 3}};
    const std::int64_t m_inner[3][3] = {{3, 8, 20}, {9, 4, 20}, {20, 20, 20}};

    int cell(int row, int column) const { return m_shape.index({row, column}); }

    // The four corners of rows 0-1 x columns 0-1 suppressed: moving them together (+x, -x, -x, +x)
    // keeps every margin, up to x = 8, where cell (0, 1) reaches zero.
    std::vector<bool> square() const
    {
        std::vector<bool> suppressed(std::size_t(m_shape.cellCount()));
        for (int c : {cell(0, 0), cell(0, 1), cell(1, 0), cell(1, 1)})
            suppressed[std::size_t(c)] = true;
        return suppressed;
    }

private Q_SLOTS:
    void aWitnessMovesSuppressedCellsOnlyAndReachesTheThreshold()
    {
        const std::vector<std::int64_t> units = additive(m_shape, m_inner);
        const TableRelations relations(m_shape);
        PatternProgram program(m_shape, relations, units, square(), Generous);
        const auto found = program.witnesses({risingTo(cell(0, 0), 3, 10)});
        QCOMPARE(found.size(), std::size_t(1));
        QVERIFY(found.front());
        QVERIFY(found.front()->reached >= 10);
        QVERIFY(found.front()->reached <= 3 + 8); // as far as the square goes
        const std::vector<int> square{cell(0, 0), cell(0, 1), cell(1, 0), cell(1, 1)};
        QCOMPARE(found.front()->point->movedCells(), square);
    }

    void aCellHeldStopsTheMovesThroughIt()
    {
        const std::vector<std::int64_t> units = additive(m_shape, m_inner);
        const TableRelations relations(m_shape);
        PatternProgram program(m_shape, relations, units, square(), Generous);
        program.hold(cell(0, 1)); // row 0 then pins cell (0, 0): its other cells are held or published
        QVERIFY(!program.witnesses({risingTo(cell(0, 0), 3, 10)}).front());
        program.release(cell(0, 1));
        QVERIFY(program.witnesses({risingTo(cell(0, 0), 3, 10)}).front());
    }

    void aCellThatCannotReachTheThresholdHasNoWitness()
    {
        const std::vector<std::int64_t> units = additive(m_shape, m_inner);
        const TableRelations relations(m_shape);
        PatternProgram program(m_shape, relations, units, square(), Generous);
        // The square lets cell (1, 1) rise by 8 at most (cell (0, 1) then reaches zero): 4 + 8 < 15.
        QVERIFY(!program.witnesses({risingTo(cell(1, 1), 4, 15)}).front());
        QVERIFY(program.witnesses({risingTo(cell(1, 1), 4, 12)}).front());
    }

    void severalQuantitiesAreProvenTogether()
    {
        const std::vector<std::int64_t> units = additive(m_shape, m_inner);
        const TableRelations relations(m_shape);
        PatternProgram program(m_shape, relations, units, square(), Generous);
        // Both diagonal cells rise with the square; the other two fall, and cannot reach 10 too.
        const auto found =
            program.witnesses({risingTo(cell(0, 0), 3, 10), risingTo(cell(1, 1), 4, 10), risingTo(cell(0, 1), 8, 10)});
        QVERIFY(found[0] && found[0]->reached >= 10);
        QVERIFY(found[1] && found[1]->reached >= 10);
        // Cell (0, 1) rises the other way round, alone: 8 + 3 (cell (0, 0) to zero).
        QVERIFY(found[2] && found[2]->reached >= 10);
    }

    void aDistinctCountRisesAloneUnderItsMargin()
    {
        // One dimension of distinct beneficiaries: a person may fall in several categories, so the
        // margin (50) is below the sum (62) and each cell may rise alone up to it.
        const TableShape shape({3});
        const TableRelations relations(shape);
        std::vector<bool> suppressed{true, false, false, false};
        const std::vector<std::int64_t> distinctUnits{2, 30, 30, 50};
        PatternProgram distinct(shape, relations, distinctUnits, suppressed, Generous);
        const auto found = distinct.witnesses({risingTo(0, 2, 10)});
        QVERIFY(found.front());
        QCOMPARE(found.front()->point->movedCells(), std::vector<int>{0});
        // Where the units add up (margin 62), the published cells pin it.
        const std::vector<std::int64_t> addingUnits{2, 30, 30, 62};
        PatternProgram adding(shape, relations, addingUnits, suppressed, Generous);
        QVERIFY(!adding.witnesses({risingTo(0, 2, 10)}).front());
    }

    void aProgramWithoutIterationsLeftFindsNone()
    {
        const std::vector<std::int64_t> units = additive(m_shape, m_inner);
        const TableRelations relations(m_shape);
        PatternProgram starved(m_shape, relations, units, square(), 0);
        QVERIFY(!starved.witnesses({risingTo(cell(0, 0), 3, 10)}).front());
    }

    // The audit reads the points trimming found before it solves: one that holds on its pattern
    // proves what it reaches with no solve at all.
    void aKnownPointProvesWithoutASolve()
    {
        const std::vector<std::int64_t> units = additive(m_shape, m_inner);
        const TableRelations relations(m_shape);
        PatternProgram finder(m_shape, relations, units, square(), Generous);
        const auto found = finder.witnesses({risingTo(cell(0, 0), 3, 10)}).front();
        QVERIFY(found);

        PatternProgram starved(m_shape, relations, units, square(), 0);
        QVERIFY(!starved.witnesses({risingTo(cell(0, 0), 3, 10)}).front());
        const auto known = starved.witnesses({risingTo(cell(0, 0), 3, 10), risingTo(cell(1, 1), 4, 10)},
                                             PatternProgram::Stop::Never, {found->point});
        QVERIFY(known[0] && known[0]->reached >= 10);
        QCOMPARE(known[0]->point->moved, found->point->moved);
        QCOMPARE(known[0]->point->denominator, found->point->denominator);
        // The same point takes cell (1, 1) as far as cell (0, 0): 4 + (reached - 3).
        QVERIFY(known[1] && known[1]->reached == 4 + found->reached - 3);
    }

    // Whatever a known point claims is checked exactly on this program's pattern: it proves
    // nothing where it moves a cell published here or held, breaks a relation or leaves zero.
    void aKnownPointThatDoesNotHoldHereProvesNothing()
    {
        const std::vector<std::int64_t> units = additive(m_shape, m_inner);
        const TableRelations relations(m_shape);
        // The square move by +7 (cell (0, 1): 8 - 7 = 1), found on the square's pattern.
        const auto squareBy = [&](std::int64_t x) {
            auto point = std::make_shared<AttackerPoint>();
            point->moved = {{cell(0, 0), 3 + x}, {cell(0, 1), 8 - x}, {cell(1, 0), 9 - x}, {cell(1, 1), 4 + x}};
            return point;
        };
        const std::vector<ProtectedQuantity> wanted{risingTo(cell(0, 0), 3, 10)};
        {
            PatternProgram starved(m_shape, relations, units, square(), 0);
            QVERIFY(starved.witnesses(wanted, PatternProgram::Stop::Never, {squareBy(7)}).front());
        }
        {
            // Cell (1, 0) published here.
            std::vector<bool> suppressed = square();
            suppressed[std::size_t(cell(1, 0))] = false;
            PatternProgram starved(m_shape, relations, units, suppressed, 0);
            QVERIFY(!starved.witnesses(wanted, PatternProgram::Stop::Never, {squareBy(7)}).front());
        }
        {
            PatternProgram starved(m_shape, relations, units, square(), 0);
            starved.hold(cell(1, 1));
            QVERIFY(!starved.witnesses(wanted, PatternProgram::Stop::Never, {squareBy(7)}).front());
        }
        {
            PatternProgram starved(m_shape, relations, units, square(), 0);
            auto alone = std::make_shared<AttackerPoint>(); // row 0 and column 0 no longer add up
            alone->moved = {{cell(0, 0), 10}};
            auto belowZero = squareBy(9);  // cell (0, 1) at -1
            auto overScaled = squareBy(7); // the right point, over a denominator no solve gives
            overScaled->denominator = 1000;
            for (auto& [moved, numerator] : overScaled->moved)
                numerator *= 1000;
            QVERIFY(!starved.witnesses(wanted, PatternProgram::Stop::Never, {alone, belowZero, overScaled, nullptr})
                         .front());
        }
    }

    // A known point is checked on the relations of the cells it moves only where the true table
    // holds every relation; a table that breaks one (here row 2 above the sum of its cells) gets
    // every relation checked, so that a point leaving the broken one alone proves nothing.
    void aKnownPointIsCheckedEverywhereWhenTheTrueTableBreaksARelation()
    {
        std::vector<std::int64_t> units = additive(m_shape, m_inner);
        const TableRelations relations(m_shape);
        std::vector<bool> suppressed = square();
        suppressed[std::size_t(cell(2, 2))] = true;
        auto point = std::make_shared<AttackerPoint>();
        point->moved = {{cell(0, 0), 10}, {cell(0, 1), 1}, {cell(1, 0), 2}, {cell(1, 1), 11}};
        const std::vector<ProtectedQuantity> wanted{risingTo(cell(0, 0), 3, 10)};
        {
            PatternProgram starved(m_shape, relations, units, suppressed, 0);
            QVERIFY(starved.witnesses(wanted, PatternProgram::Stop::Never, {point}).front());
        }
        units[std::size_t(cell(2, 3))] += 1;
        PatternProgram starved(m_shape, relations, units, suppressed, 0);
        QVERIFY(!starved.witnesses(wanted, PatternProgram::Stop::Never, {point}).front());
    }

    void quantitiesItDoesNotSolveGetNone()
    {
        const std::vector<std::int64_t> units = additive(m_shape, m_inner);
        const TableRelations relations(m_shape);
        PatternProgram program(m_shape, relations, units, square(), Generous);
        const auto found = program.witnesses({ProtectedQuantity{{cell(0, 0)}, -1, 1},            // falling
                                              ProtectedQuantity{{cell(0, 0), cell(1, 1)}, 1, 1}, // a sum
                                              risingTo(cell(2, 2), 20, 21)});                    // published
        QVERIFY(!found[0] && !found[1] && !found[2]);
    }
};

QTEST_GUILESS_MAIN(TestPatternProgram)
#include "tst_patternprogram.moc"
