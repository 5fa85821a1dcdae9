// Disclosure control speed, where analysts wait for it: sparse tables of a 100,000-row demo vault
// (seed 7) of 4,120, 10,400 and about 95,000 cells, and a synthetic department x age band x sex
// table (101 x 10 x 3, 4,488 cells with margins) with scattered small cells. Baselines in the same
// run: computing the table itself (the engine, warm), and the hypercube method alone (τ-Argus's,
// no audit), which Écluse also runs as one of its starting points.
//
// Usage: bench_disclosure [SMALL] (small inner cells of the synthetic table, default 30)

#include "TableUnits.h"
#include "TestVault.h"
#include "VaultProbe.h"
#include "aggregate/AggregateEngine.h"
#include "audit/SealFileWitness.h"
#include "crypto/Random.h"
#include "data/Catalogue.h"
#include "demo/DemoWorkstation.h"
#include "sdc/DisclosureControl.h"
#include "sdc/Hypercube.h"
#include "sdc/RedundantSuppression.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>
#include <random>

using namespace ecluse;
using ecluse::test::withMargins;

namespace {

// Best of `runs`, in milliseconds: the machine is shared, the best run is the least disturbed.
double bestOf(int runs, const std::function<void()>& work)
{
    double best = 1e18;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        work();
        best = std::min(best, static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    return best;
}

double hypercubeMethodMs(const DisclosureInput& input, const DisclosureOutcome& outcome, const DisclosureRules& rules)
{
    std::vector<bool> primary(outcome.status.size());
    for (std::size_t c = 0; c < primary.size(); ++c)
        primary[c] = outcome.status[c] == CellStatus::Primary;
    const PrimaryNeeds needs = PrimaryNeeds::of(std::move(primary), input.units, rules.threshold);
    return bestOf(3, [&] {
        const TableRelations relations(input.shape);
        const HypercubeSearch hypercubes(input.shape, relations, input.units);
        hypercubePattern(hypercubes, needs, unitsHiddenCost(input.units));
    });
}

void report(const char* name, const DisclosureInput& input, double baselineMs)
{
    const DisclosureRules rules;
    DisclosureOutcome outcome;
    const double protect = bestOf(3, [&] { outcome = protectTable(input, rules); });
    const double hypercubes = hypercubeMethodMs(input, outcome, rules);
    std::printf("%-34s %7d cells %6d primary %6d secondary | protectTable %8.1f ms | table %7.1f ms (x%.1f) | "
                "hypercube method alone %7.1f ms\n",
                name, input.shape.cellCount(), outcome.primaryCount, outcome.secondaryCount, protect, baselineMs,
                protect / std::max(baselineMs, 0.001), hypercubes);
}

void syntheticTable(int small)
{
    DisclosureInput input;
    input.shape = TableShape({101, 10, 3});
    std::mt19937 random(7);
    std::uniform_int_distribution<int> large(40, 900);
    std::vector<std::int64_t> inner(101 * 10 * 3);
    for (std::int64_t& value : inner)
        value = large(random);
    std::uniform_int_distribution<std::size_t> where(0, inner.size() - 1);
    std::uniform_int_distribution<int> tiny(1, 10);
    for (int i = 0; i < small; ++i)
        inner[where(random)] = tiny(random);
    // The baseline here: summing the margins.
    const double margins = bestOf(3, [&] { input.units = withMargins(input.shape, inner); });
    report(qPrintable(QStringLiteral("synthetic 101x10x3, %1 small").arg(small)), input, margins);
}

void demoTables()
{
    QTemporaryDir work;
    VaultEnvironment environment;
    environment.clock = std::make_shared<test::ManualClock>();
    environment.random = std::make_shared<SystemRandom>();
    environment.witnesses = {std::make_shared<SealFileWitness>(work.filePath(QStringLiteral("seals")))};
    environment.passwordKdf = ScryptParams{1u << 14, 8, 1};
    const QString folder = work.filePath(QStringLiteral("vault"));
    const char password[] = "bench disclosure password";
    DemoWorkstation::create(folder, environment, test::secret(password), {100'000, 7});
    Vault vault(folder, environment);
    vault.unlock(QStringLiteral("analyst1"), test::secret(password));
    AggregateEngine engine(vault, test::VaultProbe::capability());
    const std::vector<std::pair<const char*, const char*>> queries{
        {"department x age x sex", "BEN_RES_DPT,AGE_BEN_SNDS,BEN_SEX_COD"},
        {"region x age x sex x month", "BEN_RES_REG,AGE_BEN_SNDS,BEN_SEX_COD,MOIS"},
        {"region x specialty x month x age", "BEN_RES_REG,PSE_SPE_COD,MOIS,AGE_BEN_SNDS"},
    };
    for (const auto& [name, dimensions] : queries) {
        AggregateQuery query{QStringLiteral("prestations"),
                             QString::fromLatin1(dimensions).split(QLatin1Char(',')),
                             {{MeasureKind::Beneficiaries, {}}},
                             {}};
        query.validate(*Catalogue::builtin().dataset(u"prestations"));
        AggregateTable table = engine.compute(query, 2); // loads the columns: the timed runs are warm
        const double compute = bestOf(3, [&] { table = engine.compute(query, 2); });
        report(name, {table.shape, table.units, {}, {}}, compute);
    }
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int small = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 30;
    std::printf("disclosure control, best of 3 (2 cores, one used)\n");
    syntheticTable(small);
    std::printf("demo vault, 100,000 rows, seed 7:\n");
    demoTables();
    return 0;
}
