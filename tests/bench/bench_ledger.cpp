// The organisation server under many workstations: N processes, each a workstation with a vault
// of its own and its own role and certificate, append audit entries as fast as they can for a
// while; each append commits locally, writes the seal and sends its head to PostgreSQL. Prints
// heads per second, latency percentiles and whether every local head reached the server, next to
// the same appends on one workstation without a server, measured first in the same run.
//
//   ECLUSE_PG_WORKSTATIONS="$(echo ws_{1..20})" scripts/pg-test-cluster.sh run
//       build/tests/bench/bench_ledger [--seconds 60]
//
// Workers are this program again (--worker ROLE); the cluster's roles are the workstations.

#include "TestPostgres.h"
#include "TestVault.h"
#include "audit/PgHeadLedger.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>

#include <algorithm>
#include <cstdio>

using namespace ecluse;

namespace {

struct Run
{
    qint64 appends = 0;
    double seconds = 0;
    double p50 = 0;
    double p99 = 0;
    double worst = 0;
    qint64 lost = 0; // local heads missing from the server, or different there
};

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[static_cast<std::size_t>(p * static_cast<double>(values.size() - 1))];
}

// One workstation appending for `seconds`, with the server as `role` (none: alone).
Run appendFor(const QString& role, double seconds)
{
    test::TestVault tv;
    tv.clock->now = QDateTime::currentDateTimeUtc();
    if (!role.isEmpty())
        tv.ledger = std::make_shared<PgHeadLedger>(test::TestPostgres().settings(role));
    auto vault = tv.make();
    vault->create(QStringLiteral("admin"), test::secret("bench ledger password"));
    AuditTrail& trail = test::VaultProbe::audit(*vault);
    std::vector<double> latencies;
    QElapsedTimer total;
    total.start();
    while (static_cast<double>(total.nsecsElapsed()) / 1e9 < seconds) {
        QElapsedTimer one;
        one.start();
        trail.append(QStringLiteral("admin"), QStringLiteral("aggregate.query"), QStringLiteral("prestations"),
                     {{QStringLiteral("n"), static_cast<qint64>(latencies.size())}});
        latencies.push_back(static_cast<double>(one.nsecsElapsed()) / 1e6);
    }
    Run run;
    run.seconds = static_cast<double>(total.nsecsElapsed()) / 1e9;
    run.appends = static_cast<qint64>(latencies.size());
    run.p50 = percentile(latencies, 0.50);
    run.p99 = percentile(latencies, 0.99);
    run.worst = percentile(latencies, 1.0);
    if (tv.ledger) {
        const std::vector<AuditEntry> entries = trail.entries();
        const std::vector<LedgerHead> heads = tv.ledger->heads(
            test::VaultProbe::database(*vault).queryText("SELECT value FROM vault_meta WHERE key = 'id'"));
        for (std::size_t i = 0; i < entries.size(); ++i) {
            const bool there =
                i < heads.size() && heads[i].sequence == entries[i].sequence && heads[i].entryHash == entries[i].hash();
            run.lost += there ? 0 : 1;
        }
    }
    return run;
}

void printRun(const char* who, const Run& run)
{
    std::printf("%s %lld appends in %.1f s (%.0f/s), latency p50 %.2f ms, p99 %.2f ms, worst %.1f ms, lost %lld\n", who,
                static_cast<long long>(run.appends), run.seconds, static_cast<double>(run.appends) / run.seconds,
                run.p50, run.p99, run.worst, static_cast<long long>(run.lost));
}

int worker(const QString& role, double seconds)
{
    const Run run = appendFor(role, seconds);
    // One line the parent reads: appends seconds p50 p99 worst lost.
    std::printf("%lld %.3f %.3f %.3f %.3f %lld\n", static_cast<long long>(run.appends), run.seconds, run.p50, run.p99,
                run.worst, static_cast<long long>(run.lost));
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    double seconds = 60;
    for (int i = 1; i + 1 < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--seconds"))
            seconds = arguments[i + 1].toDouble();
        if (arguments[i] == QLatin1String("--worker"))
            return worker(arguments[i + 1], seconds);
    }
    const test::TestPostgres pg;
    if (!pg.isUp()) {
        std::fprintf(stderr, "bench_ledger: no cluster: run it through scripts/pg-test-cluster.sh run\n");
        return 1;
    }
    const QStringList roles = pg.workstations();
    std::printf("audit heads to the organisation server, %lld workstations, %.0f s each\n",
                static_cast<long long>(roles.size()), seconds);

    const Run alone = appendFor({}, std::min(seconds, 10.0));
    printRun("baseline: one workstation without a server:", alone);
    std::fflush(stdout);

    std::vector<std::unique_ptr<QProcess>> workers;
    for (const QString& role : roles) {
        auto process = std::make_unique<QProcess>();
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start(QCoreApplication::applicationFilePath(),
                       {QStringLiteral("--seconds"), QString::number(seconds), QStringLiteral("--worker"), role});
        workers.push_back(std::move(process));
    }
    Run all;
    std::vector<double> p99s;
    int failed = 0;
    for (const auto& process : workers) {
        process->waitForFinished(static_cast<int>(seconds * 1000) + 120'000);
        const QList<QByteArray> fields = process->readAllStandardOutput().trimmed().split(' ');
        if (process->exitCode() != 0 || fields.size() != 6) {
            ++failed;
            continue;
        }
        all.appends += fields[0].toLongLong();
        all.seconds = std::max(all.seconds, fields[1].toDouble());
        all.p50 = std::max(all.p50, fields[2].toDouble());
        p99s.push_back(fields[3].toDouble());
        all.worst = std::max(all.worst, fields[4].toDouble());
        all.lost += fields[5].toLongLong();
    }
    all.p99 = p99s.empty() ? 0 : *std::max_element(p99s.begin(), p99s.end());
    printRun(qPrintable(QStringLiteral("%1 workstations at once (worst worker's p50 and p99):").arg(roles.size())),
             all);
    std::printf("p99 with the server / alone: %.1f; workers that failed: %d\n", all.p99 / std::max(alone.p99, 1e-9),
                failed);
    return failed == 0 && all.lost == 0 ? 0 : 1;
}
