// Aggregate engine speed on the demo generator's prestations: a 3-dimension table (department x
// age band x sex) with every margin and exact distinct beneficiaries, cold after unlock, warm
// after a filter change and a drill-down; the same tables with an amount (sums and each
// beneficiary's contribution) against counts alone, and department x amount as the first query
// after unlock; the same engine on an unencrypted copy; and the naive SQL (GROUP BY with
// COUNT(DISTINCT)) on the same rows in SQLCipher, measured in the same run.
//
// Usage: bench_aggregate [ROWS] [--vault DIR] [--skip-sql]
//        bench_aggregate [ROWS] --csv FILE
//   ROWS       rows of prestations for a new demo vault (default 10,000,000)
//   --vault    keep the demo vault in DIR and reuse it on the next run (built when absent)
//   --skip-sql leave out the naive SQL baseline (about a minute at 10M rows)
//   --csv      only write the prestations of `ecluse-cli demo init --rows ROWS --seed 42`, made
//              this year, as CSV into FILE: DuckDB's side of the comparison in PERFORMANCE.md

#include "VaultProbe.h"
#include "aggregate/AggregateEngine.h"
#include "audit/SealFileWitness.h"
#include "common/Clock.h"
#include "crypto/Random.h"
#include "crypto/SecureBuffer.h"
#include "data/CodeList.h"
#include "data/DemoDataGenerator.h"
#include "demo/DemoWorkstation.h"
#include "sdc/DisclosureControl.h"
#include "storage/Database.h"
#include "vault/Vault.h"
#include "vault/VaultDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <functional>
#include <map>
#include <memory>
#include <tuple>

using namespace ecluse;

namespace {

double seconds(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

long peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

SecureBuffer password()
{
    static const char text[] = "bench aggregate password";
    return SecureBuffer(text, sizeof text - 1);
}

VaultEnvironment environment(const QString& root)
{
    VaultEnvironment env;
    env.clock = std::make_shared<SystemClock>();
    env.random = std::make_shared<SystemRandom>();
    env.witnesses = {std::make_shared<SealFileWitness>(QDir(root).filePath(QStringLiteral("seals")))};
    env.passwordKdf = ScryptParams{1u << 14, 8, 1};
    return env;
}

AggregateQuery threeDimensions()
{
    return {QStringLiteral("prestations"),
            {QStringLiteral("BEN_RES_DPT"), QStringLiteral("AGE_BEN_SNDS"), QStringLiteral("BEN_SEX_COD")},
            {{MeasureKind::Beneficiaries, {}}, {MeasureKind::Records, {}}},
            {}};
}

struct Timed
{
    AggregateTable table;
    double seconds = 0;
};

Timed timed(AggregateEngine& engine, const AggregateQuery& query, int topCount = 2)
{
    QElapsedTimer timer;
    timer.start();
    Timed out{engine.compute(query, topCount), 0};
    out.seconds = seconds(timer);
    return out;
}

// The three query shapes of the target, on one engine: cold, filter change, drill-down.
struct Series
{
    double cold = 0;
    double warm = 0;
    double drill = 0;
    double sumCold = 0;
    double sumWarm = 0;
    double countWarm = 0;  // the same 3-dim table without the amount, warm: the counts pass
    double oneSumCold = 0; // department x amount paid, first query after unlock
    double oneSumWarm = 0;
    double oneCountWarm = 0;   // department, counts only, warm
    double oneShotSumCold = 0; // oneSumCold without reading ahead, as ecluse-cli answers it
    AggregateTable table;
};

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// Each figure is the median of `repeats` runs: the machine is shared and single runs vary by tens
// of percent. Cold runs get a fresh connection (empty SQLite page cache) and a fresh engine each.
Series runSeries(const std::function<std::unique_ptr<AggregateEngine>()>& freshEngine, const char* label,
                 int repeats = 5)
{
    Series s;
    std::vector<double> cold, warm, drill, sumCold, sumWarm, countWarm, oneSumCold, oneSumWarm, oneCountWarm,
        oneShotSumCold;
    AggregateQuery filtered = threeDimensions();
    filtered.filters.push_back({QStringLiteral("EXE_SOI_DTD"), {}, QDate(2024, 1, 1), QDate(2024, 6, 30)});
    AggregateQuery drillDown = filtered;
    drillDown.filters.push_back({QStringLiteral("BEN_RES_DPT"), {QStringLiteral("75")}, {}, {}});
    AggregateQuery amounts = threeDimensions();
    amounts.measures.push_back({MeasureKind::Sum, QStringLiteral("PRS_PAI_MNT")});
    std::int64_t cache = 0;
    for (int run = 0; run < repeats; ++run) {
        std::unique_ptr<AggregateEngine> engine = freshEngine();
        Timed first = timed(*engine, threeDimensions());
        cold.push_back(first.seconds);
        s.table = first.table;
        warm.push_back(timed(*engine, filtered).seconds);
        drill.push_back(timed(*engine, drillDown).seconds);
        sumCold.push_back(timed(*engine, amounts).seconds);
        sumWarm.push_back(timed(*engine, amounts).seconds);
        countWarm.push_back(timed(*engine, threeDimensions()).seconds);
        cache = engine->cachedBytes();
    }
    // One dimension and one sum, the first query after unlock: what `ecluse-cli aggregate` does.
    AggregateQuery oneSum{QStringLiteral("prestations"),
                          {QStringLiteral("BEN_RES_DPT")},
                          {{MeasureKind::Beneficiaries, {}}, {MeasureKind::Sum, QStringLiteral("PRS_PAI_MNT")}},
                          {}};
    AggregateQuery oneCount = oneSum;
    oneCount.measures.pop_back();
    for (int run = 0; run < repeats; ++run) {
        std::unique_ptr<AggregateEngine> engine = freshEngine();
        oneSumCold.push_back(timed(*engine, oneSum).seconds);
        oneSumWarm.push_back(timed(*engine, oneSum).seconds);
        oneCountWarm.push_back(timed(*engine, oneCount).seconds);
        engine = freshEngine();
        engine->setReadAhead(AggregateEngine::ReadAhead::Nothing);
        oneShotSumCold.push_back(timed(*engine, oneSum).seconds);
    }
    s.cold = median(cold);
    s.warm = median(warm);
    s.drill = median(drill);
    s.sumCold = median(sumCold);
    s.sumWarm = median(sumWarm);
    s.countWarm = median(countWarm);
    s.oneSumCold = median(oneSumCold);
    s.oneSumWarm = median(oneSumWarm);
    s.oneCountWarm = median(oneCountWarm);
    s.oneShotSumCold = median(oneShotSumCold);
    std::printf("%s (median of %d): cold 3-dim %.3f s | warm, date filter changed %.1f ms | drill-down to one "
                "department %.1f ms\n",
                label, repeats, s.cold, s.warm * 1e3, s.drill * 1e3);
    std::printf("%s: + amount paid with top-2 contributions: first %.3f s (loads one column), then %.1f ms\n", label,
                s.sumCold, s.sumWarm * 1e3);
    std::printf("%s: sums against counts, warm: 3-dim %.1f ms with the amount, %.1f ms without (%.2fx); "
                "department %.1f ms with, %.1f ms without (%.2fx)\n",
                label, s.sumWarm * 1e3, s.countWarm * 1e3, s.sumWarm / s.countWarm, s.oneSumWarm * 1e3,
                s.oneCountWarm * 1e3, s.oneSumWarm / s.oneCountWarm);
    std::printf("%s: department x amount paid, first query after unlock %.3f s; %.3f s without reading the care "
                "dates ahead (ecluse-cli)\n",
                label, s.oneSumCold, s.oneShotSumCold);
    std::printf("%s: %lld rows, %lld beneficiaries in the grand total, cache %lld MiB\n", label,
                static_cast<long long>(s.table.rowsScanned), static_cast<long long>(s.table.units.back()),
                static_cast<long long>(cache >> 20));
    return s;
}

// The baseline: the same rows as a plain row table in SQLCipher, GROUP BY with COUNT(DISTINCT).
// Inner cells only: SQLite has no CUBE, and the margins would take one more such query each.
void naiveSql(Database& vaultDb, const QString& path, const AggregateTable& engineTable)
{
    SystemRandom random;
    const SecureBuffer key = random.secretBytes(32);
    Database db = openVaultDatabase(path, key, CipherSettings{}, Database::Mode::Create);
    db.execute("CREATE TABLE claims(ben INTEGER, dept INTEGER, age INTEGER, sex INTEGER)");
    QElapsedTimer timer;
    timer.start();
    // Loading is not what is measured: cipher_memory_security (process-wide) is lifted meanwhile
    // so that the 10 million INSERTs take seconds, not minutes, and set again for the query.
    db.execute("PRAGMA cipher_memory_security = OFF");
    {
        Transaction transaction(db);
        // 200 rows per statement: SQLite's per-statement work, not the row's, dominates a load.
        constexpr int batch = 200;
        QByteArray sql = "INSERT INTO claims VALUES(?, ?, ?, ?)";
        for (int i = 1; i < batch; ++i)
            sql += ", (?, ?, ?, ?)";
        Statement insert = db.prepare(sql.constData());
        Statement single = db.prepare("INSERT INTO claims VALUES(?, ?, ?, ?)");
        Statement chunks = vaultDb.prepare("SELECT c.package, c.chunk, c.rows FROM dataset_chunks c "
                                           "JOIN packages p ON p.id = c.package "
                                           "WHERE p.dataset = 'prestations' AND c.column_name = 'BEN_NIR_PSA' "
                                           "ORDER BY c.package, c.chunk");
        Statement column = vaultDb.prepare("SELECT data FROM dataset_chunks WHERE package = ? AND chunk = ? AND "
                                           "column_name = ?");
        const auto read = [&](const QString& package, qint64 chunk, const char* name) {
            column.bind(1, package).bind(2, chunk).bind(3, QString::fromLatin1(name));
            column.step();
            QByteArray data = column.blob(0);
            column.reset();
            return data;
        };
        const auto at = [](const QByteArray& data, qint64 rows, qint64 i) -> qint64 {
            const qint64 width = data.size() / rows;
            std::uint32_t value = 0;
            std::memcpy(&value, data.constData() + i * width, static_cast<std::size_t>(width));
            return value;
        };
        while (chunks.step()) {
            const QString package = chunks.text(0);
            const qint64 chunk = chunks.int64(1);
            const qint64 rows = chunks.int64(2);
            const QByteArray ben = read(package, chunk, "BEN_NIR_PSA");
            const QByteArray dept = read(package, chunk, "BEN_RES_DPT");
            const QByteArray age = read(package, chunk, "AGE_BEN_SNDS");
            const QByteArray sex = read(package, chunk, "BEN_SEX_COD");
            qint64 i = 0;
            for (; i + batch <= rows; i += batch) {
                for (int j = 0; j < batch; ++j) {
                    insert.bind(4 * j + 1, at(ben, rows, i + j))
                        .bind(4 * j + 2, at(dept, rows, i + j))
                        .bind(4 * j + 3, at(age, rows, i + j))
                        .bind(4 * j + 4, at(sex, rows, i + j));
                }
                insert.run();
                insert.reset();
            }
            for (; i < rows; ++i) {
                single.bind(1, at(ben, rows, i))
                    .bind(2, at(dept, rows, i))
                    .bind(3, at(age, rows, i))
                    .bind(4, at(sex, rows, i))
                    .run();
                single.reset();
            }
        }
        transaction.commit();
    }
    db.execute("PRAGMA cipher_memory_security = ON");
    std::printf("naive SQL: %lld rows loaded in %.1f s (not counted)\n",
                static_cast<long long>(db.queryInt("SELECT count(*) FROM claims")), seconds(timer));
    db.close();
    db = openVaultDatabase(path, key, CipherSettings{}, Database::Mode::OpenExisting);
    timer.restart();
    Statement group = db.prepare("SELECT dept, age, sex, COUNT(DISTINCT ben), COUNT(*) FROM claims "
                                 "GROUP BY dept, age, sex");
    std::map<std::tuple<qint64, qint64, qint64>, qint64> units;
    while (group.step())
        units[{group.int64(0), group.int64(1), group.int64(2)}] = group.int64(3);
    const double elapsed = seconds(timer);
    // The engine's inner cells must be the same numbers.
    const TableShape& shape = engineTable.shape;
    bool agree = true;
    std::size_t nonEmpty = 0;
    for (int cell = 0; cell < shape.cellCount(); ++cell) {
        if (!shape.isInner(cell))
            continue;
        const std::vector<int> c = shape.coordinates(cell);
        const auto found = units.find({c[0], c[1], c[2]});
        const qint64 expected = found == units.end() ? 0 : found->second;
        nonEmpty += expected > 0 ? 1 : 0;
        agree = agree && expected == engineTable.units[static_cast<std::size_t>(cell)];
    }
    agree = agree && nonEmpty == units.size();
    std::printf("naive SQL: GROUP BY dept, age, sex with COUNT(DISTINCT), inner cells only, temp_store=MEMORY: %.1f s "
                "(%zu cells; engine agrees: %s)\n",
                elapsed, units.size(), agree ? "yes" : "NO");
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    initialiseSecureHeap();
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    qint64 rows = 10'000'000;
    QString keep;
    QString csv;
    bool skipSql = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--vault" && i + 1 < argc)
            keep = QString::fromLocal8Bit(argv[++i]);
        else if (arg == "--csv" && i + 1 < argc)
            csv = QString::fromLocal8Bit(argv[++i]);
        else if (arg == "--skip-sql")
            skipSql = true;
        else
            rows = arg.toLongLong();
    }
    if (!csv.isEmpty()) {
        // The dates DemoWorkstation gives the generator: the two years before this one.
        QFile out(csv);
        const QDate today = QDate::currentDate();
        if (!out.open(QIODevice::WriteOnly))
            return 1;
        DemoDataGenerator({rows, 42, QDate(today.year() - 2, 1, 1), QDate(today.year() - 1, 12, 31)}).write(out);
        return out.flush() ? 0 : 1;
    }
    QTemporaryDir work;
    const QString root = keep.isEmpty() ? work.path() : keep;
    QDir().mkpath(root);
    Vault vault(QDir(root).filePath(QStringLiteral("vault")), environment(root));
    QElapsedTimer timer;
    timer.start();
    if (vault.exists()) {
        vault.unlock(QStringLiteral("admin"), password());
        std::printf("reusing the demo vault in %s\n", qPrintable(root));
    } else {
        DemoWorkstation::create(vault.folder(), environment(root), password(), {rows, 42});
        vault.unlock(QStringLiteral("admin"), password());
        std::printf("demo vault with %lld rows of prestations built in %.1f s (not counted)\n",
                    static_cast<long long>(rows), seconds(timer));
    }

    // Cold: a fresh unlock, so SQLite's page cache is empty and the engine has nothing cached.
    const Series encrypted = runSeries(
        [&] {
            vault.lock();
            vault.unlock(QStringLiteral("admin"), password());
            return std::make_unique<AggregateEngine>(vault, ecluse::test::VaultProbe::capability());
        },
        "encrypted vault");
    std::printf("targets: cold <= 1 s %s, warm <= 100 ms %s, warm sums <= 70 ms %s, cold 1-dim sum <= 0.5 s %s\n",
                encrypted.cold <= 1.0 ? "met" : "NOT met",
                std::max(encrypted.warm, encrypted.drill) <= 0.1 ? "met" : "NOT met",
                encrypted.sumWarm <= 0.07 ? "met" : "NOT met", encrypted.oneSumCold <= 0.5 ? "met" : "NOT met");
    {
        // What a query adds on top of the engine before anything is shown: disclosure control.
        QElapsedTimer protection;
        protection.start();
        const DisclosureOutcome outcome = protectTable(
            {encrypted.table.shape, encrypted.table.units, encrypted.table.magnitudes, {}}, DisclosureRules{});
        std::printf("disclosure control of the cold table: %.1f ms (%d primary, %d secondary of %d cells)\n",
                    seconds(protection) * 1000.0, outcome.primaryCount, outcome.secondaryCount,
                    encrypted.table.shape.cellCount());
    }

    // The same data in a plaintext SQLite file (a benchmark artefact of synthetic data only).
    const QString plainPath = work.filePath(QStringLiteral("plain.db"));
    {
        timer.restart();
        // The vault's connection may not create files (it opens an existing vault): make it here.
        Database(plainPath, Database::Mode::Create).execute("PRAGMA user_version = 1");
        Database& db = ecluse::test::VaultProbe::database(vault);
        Statement attach = db.prepare("ATTACH DATABASE ? AS plain KEY ''");
        attach.bind(1, plainPath).run();
        db.queryText("SELECT sqlcipher_export('plain')");
        db.execute("DETACH DATABASE plain");
        std::printf("unencrypted copy written in %.1f s (not counted)\n", seconds(timer));
    }
    vault.lock();
    vault.unlock(QStringLiteral("admin"), password());
    {
        Database plain;
        const Series s = runSeries(
            [&] {
                plain = Database(plainPath, Database::Mode::OpenExisting);
                plain.execute("PRAGMA temp_store = MEMORY");
                // Two connections, as the vault gives the engine: the same engine on both sides.
                return std::make_unique<AggregateEngine>(plain, AggregateEngine::DefaultCacheBytes, [&] {
                    Database reader(plainPath, Database::Mode::OpenExisting);
                    reader.execute("PRAGMA query_only = ON");
                    reader.execute("PRAGMA temp_store = MEMORY");
                    return reader;
                });
            },
            "unencrypted copy");
        std::printf("encrypted / unencrypted: cold %.2fx, warm %.2fx, drill-down %.2fx, amount column %.2fx, "
                    "cold 1-dim sum %.2fx, the same for ecluse-cli %.2fx (target <= 1.2x)\n",
                    encrypted.cold / s.cold, encrypted.warm / s.warm, encrypted.drill / s.drill,
                    encrypted.sumCold / s.sumCold, encrypted.oneSumCold / s.oneSumCold,
                    encrypted.oneShotSumCold / s.oneShotSumCold);
        if (s.table.units != encrypted.table.units)
            std::printf("WARNING: the unencrypted copy gave other counts\n");
    }
    QFile::remove(plainPath);
    std::printf("peak resident memory of the process: %ld MiB\n", peakRssMiB());

    if (!skipSql)
        naiveSql(ecluse::test::VaultProbe::database(vault), work.filePath(QStringLiteral("naive.db")), encrypted.table);
    return 0;
}
