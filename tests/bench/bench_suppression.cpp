// The suppression yardstick: how many cells, and how many units, Écluse's pattern hides, against
// (a) the hypercube method alone, as τ-Argus applies it (each primary cell in turn gets the
// cheapest hypercube of cells that lets it reach the threshold), and (b) an optimal pattern, the
// Fischetti–Salazar model solved as a mixed integer program by GLPK, on the tables small enough
// for it. Every pattern is checked by the independent attacker (tests/support/AttackerOracle.h).
//
// Tables: the property test's random generators (additive, and distinct counts), and real demo
// queries on demo vaults of 100,000 rows and, with --large, 10,000,000 rows (seed 7).
//
// Usage: bench_suppression [--tables N] [--large] [--vault DIR] [--mip-seconds S]
//   --tables       random tables per generator (default 150)
//   --large        also the 10M-row demo, built in a temporary folder, or kept in DIR with --vault
//                  (built there when absent, reused after)
//   --mip-seconds  GLPK's time limit per table (default 10)

#include "AttackerOracle.h"
#include "RandomTables.h"
#include "TestVault.h"
#include "VaultProbe.h"
#include "aggregate/AggregateEngine.h"
#include "audit/SealFileWitness.h"
#include "common/Error.h"
#include "crypto/Random.h"
#include "data/Catalogue.h"
#include "demo/DemoWorkstation.h"
#include "sdc/DisclosureControl.h"
#include "sdc/Hypercube.h"
#include "sdc/RedundantSuppression.h"
#include "sdc/TableRelations.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <glpk.h>

#include <cstdio>
#include <optional>
#include <random>

using namespace ecluse;

namespace {

std::size_t at(int i)
{
    return static_cast<std::size_t>(i);
}

struct Pattern
{
    std::vector<bool> suppressed;
    bool found = true;
    bool optimal = true; // for the integer program: proven optimal, not only the best found in time
    double seconds = 0;
};

// τ-Argus's hypercube method, as core applies it (RedundantSuppression.h), cost = units hidden.
Pattern hypercubeMethod(const DisclosureInput& input, const std::vector<bool>& primary, int threshold)
{
    QElapsedTimer timer;
    timer.start();
    const TableRelations relations(input.shape);
    const HypercubeSearch hypercubes(input.shape, relations, input.units);
    Pattern pattern;
    const auto found =
        hypercubePattern(hypercubes, PrimaryNeeds::of(primary, input.units, threshold), unitsHiddenCost(input.units));
    pattern.found = found.has_value();
    pattern.suppressed = found.value_or(primary);
    pattern.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    return pattern;
}

// Fischetti and Salazar's model in its compact form: a binary per cell (hidden or not, primary
// cells hidden), and for each primary cell a copy of the table an attacker could face, which
// satisfies the relations, is >= 0, moves only hidden cells, and lifts the primary cell by its
// need. Minimises the units hidden (plus a thousandth per cell, for fewer cells among equals).
Pattern optimalPattern(const DisclosureInput& input, const std::vector<bool>& primary, int threshold, int seconds)
{
    QElapsedTimer timer;
    timer.start();
    const TableShape& shape = input.shape;
    const TableRelations relations(shape);
    const int cells = shape.cellCount();
    std::vector<int> primaries;
    for (int c = 0; c < cells; ++c) {
        if (primary[at(c)])
            primaries.push_back(c);
    }
    const double bigM = static_cast<double>(input.units.back()) + threshold;
    glp_prob* lp = glp_create_prob();
    glp_set_obj_dir(lp, GLP_MIN);
    const int copies = static_cast<int>(primaries.size());
    glp_add_cols(lp, cells * (1 + copies));
    const auto x = [&](int cell) { return cell + 1; };
    const auto y = [&](int copy, int cell) { return cells * (1 + copy) + cell + 1; };
    for (int c = 0; c < cells; ++c) {
        glp_set_col_kind(lp, x(c), GLP_BV);
        if (primary[at(c)])
            glp_set_col_bnds(lp, x(c), GLP_FX, 1, 1);
        glp_set_obj_coef(lp, x(c), static_cast<double>(input.units[at(c)]) + 0.001);
    }
    std::vector<int> ia{0};
    std::vector<int> ja{0};
    std::vector<double> ar{0};
    int row = 0;
    const auto addRow = [&](const std::vector<std::pair<int, double>>& terms, int type, double lower, double upper) {
        glp_add_rows(lp, 1);
        ++row;
        glp_set_row_bnds(lp, row, type, lower, upper);
        for (const auto& [column, value] : terms) {
            ia.push_back(row);
            ja.push_back(column);
            ar.push_back(value);
        }
    };
    for (int k = 0; k < copies; ++k) {
        for (int c = 0; c < cells; ++c) {
            glp_set_col_bnds(lp, y(k, c), GLP_LO, 0, 0);
            const double a = static_cast<double>(input.units[at(c)]);
            addRow({{y(k, c), 1}, {x(c), -bigM}}, GLP_UP, 0, a); // moves up only if hidden
            addRow({{y(k, c), 1}, {x(c), a}}, GLP_LO, a, 0);     // moves down only if hidden
        }
        for (const TableRelation& relation : relations.all()) {
            std::int64_t sum = 0;
            std::vector<std::pair<int, double>> total{{y(k, relation.margin()), 1}};
            for (int m = 0; m < relation.count; ++m) {
                sum += input.units[at(relation.member(m))];
                total.emplace_back(y(k, relation.member(m)), -1);
            }
            if (sum == input.units[at(relation.margin())]) {
                addRow(total, GLP_FX, 0, 0);
                continue;
            }
            addRow(total, GLP_UP, 0, 0);
            for (int m = 0; m < relation.count; ++m)
                addRow({{y(k, relation.member(m)), 1}, {y(k, relation.margin()), -1}}, GLP_UP, 0, 0);
        }
        const int p = primaries[at(k)];
        const double lift = static_cast<double>(input.units[at(p)] + PrimaryNeeds::rise(input.units[at(p)], threshold));
        addRow({{y(k, p), 1}}, GLP_LO, lift, 0);
    }
    glp_load_matrix(lp, static_cast<int>(ar.size()) - 1, ia.data(), ja.data(), ar.data());
    glp_iocp parameters;
    glp_init_iocp(&parameters);
    parameters.msg_lev = GLP_MSG_OFF;
    parameters.presolve = GLP_ON;
    parameters.tm_lim = seconds * 1000;
    Pattern pattern;
    const int error = glp_intopt(lp, &parameters);
    const int status = glp_mip_status(lp);
    pattern.found = (error == 0 || error == GLP_ETMLIM) && (status == GLP_OPT || status == GLP_FEAS);
    pattern.optimal = status == GLP_OPT;
    pattern.suppressed.assign(at(cells), false);
    for (int c = 0; c < cells && pattern.found; ++c)
        pattern.suppressed[at(c)] = glp_mip_col_val(lp, x(c)) > 0.5;
    glp_delete_prob(lp);
    pattern.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    return pattern;
}

struct Totals
{
    int tables = 0;
    long long cells = 0;
    long long units = 0;
    double seconds = 0;
    int exposed = 0; // tables where the attacker bounds a primary cell
    int failed = 0;  // tables the method could not protect

    void add(const DisclosureInput& input, const Pattern& pattern, const std::vector<bool>& primary, int threshold)
    {
        ++tables;
        seconds += pattern.seconds;
        if (!pattern.found) {
            ++failed;
            return;
        }
        std::vector<CellStatus> status(pattern.suppressed.size(), CellStatus::Published);
        for (std::size_t c = 0; c < status.size(); ++c) {
            if (pattern.suppressed[c]) {
                ++cells;
                units += input.units[c];
                status[c] = primary[c] ? CellStatus::Primary : CellStatus::Secondary;
            }
        }
        if (!test::exposedPrimaryCells(input.shape, input.units, status, threshold).empty())
            ++exposed;
    }

    QByteArray line() const
    {
        return QStringLiteral("%1 cells, %2 units, %3 s%4%5")
            .arg(cells, 7)
            .arg(units, 9)
            .arg(seconds, 7, 'f', 2)
            .arg(exposed ? QStringLiteral(", %1 exposed").arg(exposed) : QString())
            .arg(failed ? QStringLiteral(", %1 failed").arg(failed) : QString())
            .toUtf8();
    }
};

struct Comparison
{
    Totals ecluse;
    Totals hypercube;
    // On the tables the integer program solved to optimality only, the three side by side.
    Totals ecluseOnSolved;
    Totals hypercubeOnSolved;
    Totals optimal;
    int notSolved = 0;
};

void compare(const DisclosureInput& input, Comparison& comparison, bool withOptimum, int mipSeconds)
{
    const DisclosureRules rules;
    QElapsedTimer timer;
    timer.start();
    DisclosureOutcome outcome;
    try {
        outcome = protectTable(input, rules);
    } catch (const Error& error) {
        std::printf("  protectTable refused a table: %s\n", qPrintable(error.message()));
        ++comparison.ecluse.failed;
        return;
    }
    Pattern ecluse;
    ecluse.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    std::vector<bool> primary(outcome.status.size());
    for (std::size_t c = 0; c < primary.size(); ++c) {
        primary[c] = outcome.status[c] == CellStatus::Primary;
        ecluse.suppressed.push_back(outcome.status[c] != CellStatus::Published);
    }
    const Pattern hypercube = hypercubeMethod(input, primary, rules.threshold);
    comparison.ecluse.add(input, ecluse, primary, rules.threshold);
    comparison.hypercube.add(input, hypercube, primary, rules.threshold);
    if (!withOptimum)
        return;
    const Pattern optimal = optimalPattern(input, primary, rules.threshold, mipSeconds);
    if (!optimal.found || !optimal.optimal) {
        ++comparison.notSolved;
        return;
    }
    comparison.optimal.add(input, optimal, primary, rules.threshold);
    comparison.ecluseOnSolved.add(input, ecluse, primary, rules.threshold);
    comparison.hypercubeOnSolved.add(input, hypercube, primary, rules.threshold);
}

void report(const char* title, const Comparison& c)
{
    std::printf("\n%s: %d tables\n", title, c.ecluse.tables);
    std::printf("  Écluse          %s\n", c.ecluse.line().constData());
    std::printf("  hypercube alone %s\n", c.hypercube.line().constData());
    if (c.ecluse.units > 0)
        std::printf("  units hidden, Écluse / hypercube: %.3f\n",
                    static_cast<double>(c.ecluse.units) / static_cast<double>(std::max(1LL, c.hypercube.units)));
    if (c.optimal.tables == 0)
        return;
    std::printf("  on the %d tables GLPK solved to optimality (%d not solved in time):\n", c.optimal.tables,
                c.notSolved);
    std::printf("    optimal         %s\n", c.optimal.line().constData());
    std::printf("    Écluse          %s\n", c.ecluseOnSolved.line().constData());
    std::printf("    hypercube alone %s\n", c.hypercubeOnSolved.line().constData());
    std::printf("    units hidden, Écluse / optimal: %.3f, hypercube / optimal: %.3f\n",
                static_cast<double>(c.ecluseOnSolved.units) / static_cast<double>(std::max(1LL, c.optimal.units)),
                static_cast<double>(c.hypercubeOnSolved.units) / static_cast<double>(std::max(1LL, c.optimal.units)));
}

// Small enough for the compact integer program: cells times primary cells.
bool smallEnough(const DisclosureInput& input)
{
    int primaries = 0;
    for (std::size_t c = 0; c < input.units.size(); ++c)
        primaries += input.units[c] > 0 && input.units[c] < DisclosureRules().threshold ? 1 : 0;
    return input.shape.cellCount() * (primaries + 1) <= 12'000;
}

struct RealQuery
{
    const char* name;
    const char* dimensions;
    std::vector<Filter> filters;
};

std::vector<RealQuery> realQueries()
{
    const Filter twelveMonths{QStringLiteral("EXE_SOI_DTD"), {}, QDate(2024, 7, 1), QDate(2025, 6, 30)};
    const Filter march{QStringLiteral("EXE_SOI_DTD"), {}, QDate(2025, 3, 1), QDate(2025, 3, 31)};
    const Filter specialties{
        QStringLiteral("PSE_SPE_COD"), {QStringLiteral("1"), QStringLiteral("3"), QStringLiteral("12")}, {}, {}};
    return {
        {"region x sex", "BEN_RES_REG,BEN_SEX_COD", {}},
        {"department x sex", "BEN_RES_DPT,BEN_SEX_COD", {}},
        {"specialty x month", "PSE_SPE_COD,MOIS", {}},
        {"nature x age x year", "PRS_NAT_REF,AGE_BEN_SNDS,ANNEE", {}},
        {"sex x specialty x nature, March 2025", "BEN_SEX_COD,PSE_SPE_COD,PRS_NAT_REF", {march}},
        {"department x age x sex", "BEN_RES_DPT,AGE_BEN_SNDS,BEN_SEX_COD", {}},
        {"sex x age x region x year", "BEN_SEX_COD,AGE_BEN_SNDS,BEN_RES_REG,ANNEE", {}},
        {"sex x age x region x year, twelve months", "BEN_SEX_COD,AGE_BEN_SNDS,BEN_RES_REG,ANNEE", {twelveMonths}},
        {"sex x age x region x year, three specialties", "BEN_SEX_COD,AGE_BEN_SNDS,BEN_RES_REG,ANNEE", {specialties}},
        {"region x age x sex x month", "BEN_RES_REG,AGE_BEN_SNDS,BEN_SEX_COD,MOIS", {}},
    };
}

// A demo vault in `root` (its "vault" and "seals" folders), built when absent, on the test clock
// (care dates in 2024 and 2025, as in the figures).
void realTables(const QString& root, qint64 rows, int mipSeconds)
{
    VaultEnvironment environment;
    environment.clock = std::make_shared<test::ManualClock>();
    environment.random = std::make_shared<SystemRandom>();
    environment.witnesses = {std::make_shared<SealFileWitness>(QDir(root).filePath(QStringLiteral("seals")))};
    environment.passwordKdf = ScryptParams{1u << 14, 8, 1};
    const QString vaultFolder = QDir(root).filePath(QStringLiteral("vault"));
    const char password[] = "bench suppression password";
    if (!QDir(vaultFolder).exists()) {
        std::printf("\nbuilding a demo vault of %lld rows...\n", static_cast<long long>(rows));
        std::fflush(stdout);
        DemoWorkstation::create(vaultFolder, environment, test::secret(password), {rows, 7});
    }
    Vault vault(vaultFolder, environment);
    vault.unlock(QStringLiteral("analyst1"), test::secret(password));
    AggregateEngine engine(vault, test::VaultProbe::capability());
    Comparison all;
    std::printf("\ndemo, %lld rows, seed 7: cells hidden / units hidden (Écluse | hypercube alone)\n",
                static_cast<long long>(rows));
    for (const RealQuery& real : realQueries()) {
        AggregateQuery query{QStringLiteral("prestations"),
                             QString::fromLatin1(real.dimensions).split(QLatin1Char(',')),
                             {{MeasureKind::Beneficiaries, {}}},
                             real.filters};
        query.validate(*Catalogue::builtin().dataset(u"prestations"));
        const AggregateTable table = engine.compute(query, 2);
        const DisclosureInput input{table.shape, table.units, {}, {}};
        Comparison one;
        compare(input, one, smallEnough(input), mipSeconds);
        compare(input, all, false, mipSeconds);
        std::printf("  %-46s %6d cells: %5lld / %8lld (%.2f s) | %5lld / %8lld (%.2f s)%s%s\n", real.name,
                    table.shape.cellCount(), one.ecluse.cells, one.ecluse.units, one.ecluse.seconds,
                    one.hypercube.cells, one.hypercube.units, one.hypercube.seconds,
                    one.ecluse.exposed || one.hypercube.exposed ? " EXPOSED" : "",
                    one.optimal.tables
                        ? qPrintable(QStringLiteral(" | optimal %1 / %2").arg(one.optimal.cells).arg(one.optimal.units))
                        : "");
    }
    report(qPrintable(QStringLiteral("demo %1 rows, all queries").arg(rows)), all);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int tables = 150;
    bool large = false;
    QString vaultFolder;
    int mipSeconds = 10;
    const QStringList arguments = app.arguments();
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--tables") && i + 1 < arguments.size())
            tables = arguments[++i].toInt();
        else if (arguments[i] == QLatin1String("--large"))
            large = true;
        else if (arguments[i] == QLatin1String("--vault") && i + 1 < arguments.size())
            vaultFolder = arguments[++i];
        else if (arguments[i] == QLatin1String("--mip-seconds") && i + 1 < arguments.size())
            mipSeconds = arguments[++i].toInt();
    }
    glp_term_out(GLP_OFF);
    for (const auto& [title, make, seed] :
         {std::tuple{"random additive tables", &test::randomTable, 20240611u},
          std::tuple{"random distinct-count tables", &test::randomDistinctCountTable, 20261203u}}) {
        std::mt19937 random(seed);
        Comparison comparison;
        for (int t = 0; t < tables; ++t) {
            const DisclosureInput input = make(random);
            compare(input, comparison, smallEnough(input), mipSeconds);
        }
        report(title, comparison);
    }
    QTemporaryDir work;
    realTables(work.filePath(QStringLiteral("demo-100k")), 100'000, mipSeconds);
    if (large)
        realTables(vaultFolder.isEmpty() ? work.filePath(QStringLiteral("demo-10m")) : vaultFolder, 10'000'000,
                   mipSeconds);
    return 0;
}
