// Disclosure control on the tables analysts really ask for, checked by an independent attacker:
// GLPK's simplex over every relation of the table (AttackerOracle.h), on demo vaults of 20,000 and
// 100,000 rows (seed 7, the demo's own generator), 2 to 4 dimensions, with and without filters.
// No size limit: the attacker solves the whole table, whatever the number of hidden cells.

#include "AttackerOracle.h"
#include "TestVault.h"
#include "VaultProbe.h"
#include "aggregate/AggregateEngine.h"
#include "aggregate/Aggregates.h"
#include "data/Catalogue.h"
#include "data/CodeList.h"
#include "demo/DemoWorkstation.h"
#include "sdc/DisclosureControl.h"
#include "sdc/PatternProgram.h"

#include <QElapsedTimer>
#include <QTest>

#include <map>

using namespace ecluse;

Q_DECLARE_METATYPE(AggregateQuery)

namespace {

struct Demo
{
    test::TestVault tv;
    std::unique_ptr<Vault> vault;
    std::unique_ptr<AggregateEngine> engine;
};

const char DemoPassword[] = "oracle demo password";

AggregateQuery queryOf(const QString& dimensions, const std::vector<Filter>& filters, bool withAmounts)
{
    AggregateQuery query{QStringLiteral("prestations"),
                         dimensions.split(QLatin1Char(',')),
                         {{MeasureKind::Beneficiaries, {}}, {MeasureKind::Records, {}}},
                         filters};
    if (withAmounts)
        query.measures.push_back({MeasureKind::Sum, QStringLiteral("PRS_PAI_MNT")});
    return query;
}

Filter codes(const char* column, const QStringList& values)
{
    return {QString::fromLatin1(column), values, {}, {}};
}

Filter careDates(QDate from, QDate to)
{
    return {QStringLiteral("EXE_SOI_DTD"), {}, from, to};
}

const QString FourDimensions = QStringLiteral("BEN_SEX_COD,AGE_BEN_SNDS,BEN_RES_REG,ANNEE");

std::size_t at(int i)
{
    return static_cast<std::size_t>(i);
}

// What an analyst knows of the department x sex table once shown region x sex, derived here from
// the published result alone and the department → region code list: each region's cell shown is
// the sum of its departments' cells. The earlier table's primary cells are what the test knows
// (the analyst does not): its small cells, as sums of departments.
LinkedKnowledge regionKnowledge(const AggregateResult& regions, const AggregateTable& departments, int threshold)
{
    const CodeMapping& regionOf = CodeMapping::regionOfDepartment();
    const TableDimension& departmentDimension = departments.dimensions.at(0);
    LinkedKnowledge knowledge;
    for (int cell = 0; cell < regions.shape.cellCount(); ++cell) {
        const int region = regions.shape.coordinate(cell, 0);
        const int sex = regions.shape.coordinate(cell, 1);
        std::vector<int> members;
        for (int d = 0; d <= departments.shape.categories(0); ++d) {
            const bool inRegion =
                region == regions.shape.categories(0)
                    ? d == departments.shape.categories(0)
                    : d < departments.shape.categories(0) && regionOf.to().code(regionOf.map(regionOf.from().indexOf(
                                                                 QStringView(departmentDimension.codes.at(d))))) ==
                                                                 regions.dimensions.at(0).codes.at(region);
            if (inRegion)
                members.push_back(departments.shape.index({d, sex}));
        }
        const ResultCell& shown = regions.cells.at(at(cell));
        if (!shown.suppressed) {
            knowledge.known.push_back({members, *shown.values.at(0)});
        } else {
            std::int64_t units = 0;
            for (int member : members)
                units += departments.units.at(at(member));
            if (units > 0 && units < threshold)
                knowledge.hiddenPrimary.push_back(members);
        }
    }
    return knowledge;
}

std::vector<bool> hiddenIn(const AggregateResult& result)
{
    std::vector<bool> hidden;
    for (const ResultCell& cell : result.cells)
        hidden.push_back(cell.suppressed);
    return hidden;
}

std::vector<CellStatus> statusIn(const AggregateResult& result, const AggregateTable& table, int threshold)
{
    std::vector<CellStatus> status;
    for (std::size_t c = 0; c < result.cells.size(); ++c) {
        const bool small = table.units[c] > 0 && table.units[c] < threshold;
        status.push_back(!result.cells[c].suppressed ? CellStatus::Published
                         : small                     ? CellStatus::Primary
                                                     : CellStatus::Secondary);
    }
    return status;
}

// The grand total and the one-dimension margins hidden as secondary cells.
std::vector<int> hiddenWideMargins(const TableShape& shape, const std::vector<CellStatus>& status)
{
    std::vector<int> hidden;
    for (int cell = 0; cell < shape.cellCount(); ++cell) {
        int margins = 0;
        for (int d = 0; d < shape.dimensionCount(); ++d)
            margins += shape.isMargin(cell, d) ? 1 : 0;
        if (margins >= shape.dimensionCount() - 1 && status[std::size_t(cell)] == CellStatus::Secondary)
            hidden.push_back(cell);
    }
    return hidden;
}

} // namespace

class TestDisclosureOracle : public QObject
{
    Q_OBJECT

    std::map<qint64, Demo> m_demos; // by rows

    std::vector<std::unique_ptr<Demo>> m_linkedDemos;

    // A demo workstation of 100,000 rows of its own: what one analyst was shown in one test must
    // not be linked to the tables of another.
    Demo& freshDemo()
    {
        auto demo = std::make_unique<Demo>();
        DemoWorkstation::create(demo->tv.folder(), demo->tv.environment(), test::secret(DemoPassword), {100'000, 7});
        demo->vault = demo->tv.make();
        demo->vault->unlock(QStringLiteral("analyst1"), test::secret(DemoPassword));
        demo->engine = std::make_unique<AggregateEngine>(*demo->vault, test::VaultProbe::capability());
        m_linkedDemos.push_back(std::move(demo));
        return *m_linkedDemos.back();
    }

    AggregateEngine& engine(qint64 rows)
    {
        Demo& demo = m_demos[rows];
        if (!demo.engine) {
            DemoWorkstation::create(demo.tv.folder(), demo.tv.environment(), test::secret(DemoPassword), {rows, 7});
            demo.vault = demo.tv.make();
            demo.vault->unlock(QStringLiteral("analyst1"), test::secret(DemoPassword));
            demo.engine = std::make_unique<AggregateEngine>(*demo.vault, test::VaultProbe::capability());
        }
        return *demo.engine;
    }

    // The distinct beneficiaries of `dimensions` on the 100,000-row demo, computed and protected.
    std::pair<AggregateTable, DisclosureOutcome> protectedBeneficiaries(const QString& dimensions)
    {
        AggregateQuery query{
            QStringLiteral("prestations"), dimensions.split(QLatin1Char(',')), {{MeasureKind::Beneficiaries, {}}}, {}};
        query.validate(*Catalogue::builtin().dataset(u"prestations"));
        const DisclosureRules rules;
        AggregateTable table = engine(100'000).compute(query, std::max(2, rules.dominanceN));
        DisclosureOutcome outcome = protectTable({table.shape, table.units, table.magnitudes, {}}, rules);
        return {std::move(table), std::move(outcome)};
    }

private Q_SLOTS:
    void realTablesExposeNoPrimaryCell_data()
    {
        QTest::addColumn<qint64>("rows");
        QTest::addColumn<AggregateQuery>("query");
        const QDate from(2024, 7, 1);
        const QDate to(2025, 6, 30);
        const QStringList specialties{QStringLiteral("1"), QStringLiteral("3"), QStringLiteral("12")};
        const QStringList ages{QStringLiteral("0"), QStringLiteral("60"), QStringLiteral("80")};
        const QStringList regions{QStringLiteral("11"), QStringLiteral("27"), QStringLiteral("84")};
        for (const qint64 rows : {20'000, 100'000}) {
            const auto row = [&](const char* name, const AggregateQuery& query) {
                QTest::addRow("%lldk %s", static_cast<long long>(rows / 1000), name) << rows << query;
            };
            row("region x sex", queryOf(QStringLiteral("BEN_RES_REG,BEN_SEX_COD"), {}, false));
            row("department x sex", queryOf(QStringLiteral("BEN_RES_DPT,BEN_SEX_COD"), {}, false));
            row("specialty x month", queryOf(QStringLiteral("PSE_SPE_COD,MOIS"), {}, false));
            row("nature x age x year, amounts", queryOf(QStringLiteral("PRS_NAT_REF,AGE_BEN_SNDS,ANNEE"), {}, true));
            row("sex x specialty x nature, one month",
                queryOf(QStringLiteral("BEN_SEX_COD,PSE_SPE_COD,PRS_NAT_REF"),
                        {careDates(QDate(2025, 3, 1), QDate(2025, 3, 31))}, false));
            row("department x age x sex", queryOf(QStringLiteral("BEN_RES_DPT,AGE_BEN_SNDS,BEN_SEX_COD"), {}, false));
            row("sex x age x region x year", queryOf(FourDimensions, {}, false));
            row("sex x age x region x year, twelve months", queryOf(FourDimensions, {careDates(from, to)}, false));
            row("sex x age x region x year, three specialties",
                queryOf(FourDimensions, {codes("PSE_SPE_COD", specialties)}, false));
            row("sex x age x region x year, three age bands",
                queryOf(FourDimensions, {codes("AGE_BEN_SNDS", ages)}, false));
            row("sex x age x region x year, three regions, twelve months",
                queryOf(FourDimensions, {codes("BEN_RES_REG", regions), careDates(from, to)}, false));
        }
    }

    void realTablesExposeNoPrimaryCell()
    {
        QFETCH(qint64, rows);
        QFETCH(AggregateQuery, query);
        query.validate(*Catalogue::builtin().dataset(u"prestations"));
        const DisclosureRules rules;
        const AggregateTable table = engine(rows).compute(query, std::max(2, rules.dominanceN));
        QElapsedTimer timer;
        timer.start();
        const DisclosureOutcome outcome = protectTable({table.shape, table.units, table.magnitudes, {}}, rules);
        const qint64 protection = timer.elapsed();
        timer.restart();
        const std::vector<int> exposed =
            test::exposedPrimaryCells(table.shape, table.units, outcome.status, rules.threshold);
        qInfo("%d cells, %d primary, %d secondary; protected in %lld ms, attacked in %lld ms", table.shape.cellCount(),
              outcome.primaryCount, outcome.secondaryCount, protection, timer.elapsed());
        QVERIFY2(exposed.empty(), qPrintable(QStringLiteral("%1 primary cells exposed, the first %2 (%3 units)")
                                                 .arg(exposed.size())
                                                 .arg(exposed.empty() ? -1 : exposed.front())
                                                 .arg(exposed.empty() ? 0 : table.units[exposed.front()])));
    }

    // Margins are hidden only where a primary cell needs them: on department x age band x sex
    // (100,000 rows), the grand total is published, and publishing any one-dimension margin still
    // hidden, alone, lets the independent attacker bound some primary cell below the threshold.
    void aWideMarginStaysHiddenOnlyWhereAPrimaryCellNeedsIt()
    {
        const DisclosureRules rules;
        const auto [table, outcome] = protectedBeneficiaries(QStringLiteral("BEN_RES_DPT,AGE_BEN_SNDS,BEN_SEX_COD"));
        const TableShape& shape = table.shape;
        const int grandTotal = shape.cellCount() - 1;
        QCOMPARE(outcome.status[at(grandTotal)], CellStatus::Published);
        const std::vector<int> hiddenMargins = hiddenWideMargins(shape, outcome.status);
        // Before the program over the whole pattern, 13 were hidden, 11 of them for no primary cell.
        QVERIFY2(hiddenMargins.size() <= 3, qPrintable(QString::number(hiddenMargins.size())));
        for (int margin : hiddenMargins) {
            std::vector<CellStatus> status = outcome.status;
            status[at(margin)] = CellStatus::Published;
            QVERIFY2(!test::exposedPrimaryCells(shape, table.units, status, rules.threshold).empty(),
                     qPrintable(QStringLiteral("margin %1 (%2 units) is hidden, yet no primary cell needs it")
                                    .arg(margin)
                                    .arg(table.units[at(margin)])));
        }
        QVERIFY(test::exposedPrimaryCells(shape, table.units, outcome.status, rules.threshold).empty());
    }

    // Four dimensions of distinct counts (sex x age band x region x year), where the program's first
    // solve alone takes some 1,900 simplex iterations: every wide margin gets tried and none is
    // needed. With 2 iterations per suppressed cell, all 22 stayed hidden.
    void fourDimensionsOfDistinctCountsHideNoWideMargin()
    {
        const DisclosureRules rules;
        const auto [table, outcome] = protectedBeneficiaries(FourDimensions);
        const std::vector<int> hiddenMargins = hiddenWideMargins(table.shape, outcome.status);
        QVERIFY2(hiddenMargins.empty(), qPrintable(QString::number(hiddenMargins.size())));
        QVERIFY(test::exposedPrimaryCells(table.shape, table.units, outcome.status, rules.threshold).empty());
    }

    // A pattern too wide for one program over all of it (region x age band x sex x month, some
    // 3,200 suppressed cells) proves its wide margins with pairs of moves that cancel on the
    // margin, and what they leave on a program over the slices through it (widened by where their
    // proofs went when few are left). All 29 of its wide margins stayed hidden before either, 16
    // with the slices alone, 12 with pairs that lift a cell along hypercubes only, 8 with pairs for
    // margins of up to 200 cells, 7 before the slices were widened; the grand total was among them.
    // The independent attacker finds no primary cell exposed by the pattern.
    void aPatternTooWideForOneProgramStillPublishesMostOfItsMargins()
    {
        const DisclosureRules rules;
        const auto [table, outcome] =
            protectedBeneficiaries(QStringLiteral("BEN_RES_REG,AGE_BEN_SNDS,BEN_SEX_COD,MOIS"));
        const auto suppressed = std::count_if(outcome.status.begin(), outcome.status.end(),
                                              [](CellStatus status) { return status != CellStatus::Published; });
        QVERIFY2(!PatternProgram::suits(std::size_t(suppressed)), qPrintable(QString::number(suppressed)));
        QCOMPARE(outcome.status[at(table.shape.cellCount() - 1)], CellStatus::Published);
        const std::size_t hiddenMargins = hiddenWideMargins(table.shape, outcome.status).size();
        QVERIFY2(hiddenMargins <= 5, qPrintable(QString::number(hiddenMargins)));
        QVERIFY(test::exposedPrimaryCells(table.shape, table.units, outcome.status, rules.threshold).empty());
    }

    // The drill-down: region x sex, then department x sex, shown to one analyst. Each is
    // protected alone, yet together they determined the small departments' cells; protected as
    // linked tables, neither table's small cells can be worked out from both.
    void aDrillDownFromRegionsRevealsNoDepartment()
    {
        const DisclosureRules rules;
        Demo& demo = freshDemo();
        Aggregates aggregates(*demo.vault);
        const AggregateQuery byRegion = queryOf(QStringLiteral("BEN_RES_REG,BEN_SEX_COD"), {}, false);
        const AggregateQuery byDepartment = queryOf(QStringLiteral("BEN_RES_DPT,BEN_SEX_COD"), {}, false);
        const AggregateResult regions = aggregates.run(byRegion);
        const AggregateResult departments = aggregates.run(byDepartment);
        const AggregateTable table = demo.engine->compute(byDepartment, std::max(2, rules.dominanceN));
        const LinkedKnowledge knowledge = regionKnowledge(regions, table, rules.threshold);

        // Protected alone, the department table gives away small cells once the regions are known.
        const DisclosureOutcome alone = protectTable({table.shape, table.units, table.magnitudes, {}}, rules);
        const std::vector<int> exposedAlone =
            test::exposedPrimaryCells(table.shape, table.units, alone.status, rules.threshold, knowledge);
        qInfo("protected alone: %zu department cells exposed by the regions", exposedAlone.size());
        QVERIFY(!exposedAlone.empty());

        const std::vector<int> exposed = test::exposedPrimaryCells(
            table.shape, table.units, statusIn(departments, table, rules.threshold), rules.threshold, knowledge);
        QVERIFY2(exposed.empty(), qPrintable(QStringLiteral("%1 department cells exposed").arg(exposed.size())));
        const std::vector<int> regionsExposed = test::exposedEarlierPrimaryCells(
            table.shape, table.units, hiddenIn(departments), rules.threshold, knowledge);
        QVERIFY2(regionsExposed.empty(),
                 qPrintable(QStringLiteral("%1 region cells exposed").arg(regionsExposed.size())));
        // What the regions showed is shown again: the national margins by sex, the grand total.
        for (int sex = 0; sex <= table.shape.categories(1); ++sex) {
            const int margin = table.shape.index({table.shape.categories(0), sex});
            QVERIFY(!regions.cells.at(at(regions.shape.index({regions.shape.categories(0), sex}))).suppressed);
            QVERIFY(!departments.cells.at(at(margin)).suppressed);
        }
        // Asked again, the table is the table shown.
        const AggregateResult again = aggregates.run(byDepartment);
        QCOMPARE(hiddenIn(again), hiddenIn(departments));
    }

    // The other way round: departments first, then regions. The regions' published cells are sums
    // of departments, which must not pin the departments hidden before.
    void aDrillUpToRegionsRevealsNoDepartment()
    {
        const DisclosureRules rules;
        Demo& demo = freshDemo();
        Aggregates aggregates(*demo.vault);
        const AggregateQuery byDepartment = queryOf(QStringLiteral("BEN_RES_DPT,BEN_SEX_COD"), {}, false);
        const AggregateQuery byRegion = queryOf(QStringLiteral("BEN_RES_REG,BEN_SEX_COD"), {}, false);
        const AggregateResult departments = aggregates.run(byDepartment);
        const AggregateResult regions = aggregates.run(byRegion);
        const AggregateTable table = demo.engine->compute(byDepartment, std::max(2, rules.dominanceN));
        const std::vector<CellStatus> status = statusIn(departments, table, rules.threshold);

        // The regions protected alone pin departments hidden before.
        const AggregateTable regionTable = demo.engine->compute(byRegion, std::max(2, rules.dominanceN));
        const DisclosureOutcome alone =
            protectTable({regionTable.shape, regionTable.units, regionTable.magnitudes, {}}, rules);
        AggregateResult aloneResult = regions;
        for (std::size_t c = 0; c < aloneResult.cells.size(); ++c) {
            aloneResult.cells[c].suppressed = alone.status[c] != CellStatus::Published;
            if (!aloneResult.cells[c].suppressed)
                aloneResult.cells[c].values = {regionTable.units[c]};
        }
        const std::vector<int> exposedAlone = test::exposedPrimaryCells(
            table.shape, table.units, status, rules.threshold, regionKnowledge(aloneResult, table, rules.threshold));
        qInfo("protected alone: %zu department cells exposed by the regions", exposedAlone.size());
        QVERIFY(!exposedAlone.empty());

        const std::vector<int> exposed = test::exposedPrimaryCells(table.shape, table.units, status, rules.threshold,
                                                                   regionKnowledge(regions, table, rules.threshold));
        QVERIFY2(exposed.empty(), qPrintable(QStringLiteral("%1 department cells exposed").arg(exposed.size())));
    }

    // All ages, then all but the unknown ones: the difference is a table of its own, whose small
    // cells must not show.
    void aNarrowerFilterRevealsNoSmallDifference()
    {
        const DisclosureRules rules;
        Demo& demo = freshDemo();
        Aggregates aggregates(*demo.vault);
        const QString dimensions = QStringLiteral("BEN_RES_REG,BEN_SEX_COD");
        const AggregateQuery all = queryOf(dimensions, {}, false);
        const CodeList& bands = CodeList::builtin(u"tranche_age");
        QStringList younger;
        for (int band = 0; band < bands.size(); ++band) {
            if (bands.code(band) != QStringLiteral("99"))
                younger << bands.code(band);
        }
        const AggregateQuery knownAges = queryOf(dimensions, {codes("AGE_BEN_SNDS", younger)}, false);
        const AggregateResult wide = aggregates.run(all);
        const AggregateResult narrow = aggregates.run(knownAges);
        const AggregateTable table = demo.engine->compute(knownAges, std::max(2, rules.dominanceN));
        LinkedKnowledge knowledge;
        knowledge.ceiling.assign(wide.cells.size(), -1);
        int smallDifferences = 0;
        for (std::size_t c = 0; c < wide.cells.size(); ++c) {
            if (wide.cells[c].suppressed)
                continue;
            knowledge.ceiling[c] = *wide.cells[c].values.at(0);
            const std::int64_t difference = knowledge.ceiling[c] - table.units[c];
            if (difference > 0 && difference < rules.threshold) {
                ++smallDifferences;
                QVERIFY2(narrow.cells[c].suppressed, "a cell whose difference with the wider table is small is shown");
            }
        }
        qInfo("%d cells differ from the wider table by 1 to %d beneficiaries", smallDifferences, rules.threshold - 1);
        QVERIFY(smallDifferences > 0);
        const std::vector<int> exposed = test::exposedPrimaryCells(
            table.shape, table.units, statusIn(narrow, table, rules.threshold), rules.threshold, knowledge);
        QVERIFY2(exposed.empty(), qPrintable(QStringLiteral("%1 cells exposed").arg(exposed.size())));
    }

    // The other order: all ages but the unknown ones first, then all ages. The wider table's cells
    // that exceed the narrower ones by 1 to 10 beneficiaries are hidden.
    void aWiderFilterAfterANarrowerRevealsNoSmallDifference()
    {
        const DisclosureRules rules;
        Demo& demo = freshDemo();
        Aggregates aggregates(*demo.vault);
        const CodeList& bands = CodeList::builtin(u"tranche_age");
        QStringList known;
        for (int band = 0; band < bands.size(); ++band) {
            if (bands.code(band) != QStringLiteral("99"))
                known << bands.code(band);
        }
        const QString dimensions = QStringLiteral("BEN_RES_REG,BEN_SEX_COD");
        const AggregateQuery narrowQuery = queryOf(dimensions, {codes("AGE_BEN_SNDS", known)}, false);
        const AggregateQuery wideQuery = queryOf(dimensions, {}, false);
        const AggregateResult narrow = aggregates.run(narrowQuery);
        const AggregateResult wide = aggregates.run(wideQuery);
        const AggregateTable table = demo.engine->compute(wideQuery, std::max(2, rules.dominanceN));
        LinkedKnowledge knowledge;
        knowledge.floor.assign(wide.cells.size(), -1);
        int smallDifferences = 0;
        for (std::size_t c = 0; c < narrow.cells.size(); ++c) {
            if (narrow.cells[c].suppressed)
                continue;
            knowledge.floor[c] = *narrow.cells[c].values.at(0);
            const std::int64_t difference = table.units[c] - knowledge.floor[c];
            if (difference > 0 && difference < rules.threshold) {
                ++smallDifferences;
                QVERIFY2(wide.cells[c].suppressed, "a cell whose difference with the narrower table is small is shown");
            }
        }
        qInfo("%d cells exceed the narrower table by 1 to %d beneficiaries", smallDifferences, rules.threshold - 1);
        QVERIFY(smallDifferences > 0);
        const std::vector<int> exposed = test::exposedPrimaryCells(
            table.shape, table.units, statusIn(wide, table, rules.threshold), rules.threshold, knowledge);
        QVERIFY2(exposed.empty(), qPrintable(QStringLiteral("%1 cells exposed").arg(exposed.size())));
    }
};

QTEST_GUILESS_MAIN(TestDisclosureOracle)
#include "tst_disclosureoracle.moc"
