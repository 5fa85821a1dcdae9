// The organisation server under many workstations: N processes, each a workstation with a vault
// of its own and its own role and certificate, append audit entries as fast as they can for a
// while, and every tenth step draft and submit an extract request instead; each append commits
// locally, writes the seal and sends its head to PostgreSQL, each request step goes to the
// server's functions. Prints heads per second, latency percentiles, request steps' latencies and
// whether every local head and request reached the server, next to the same appends on one
// workstation without a server, measured first in the same run.
//
//   ECLUSE_PG_WORKSTATIONS="$(echo ws_{1..20})" scripts/pg-test-cluster.sh run
//       build/tests/bench/bench_ledger [--seconds 60]
//
// Workers are this program again (--worker ROLE); the cluster's roles are the workstations.

#include "TestPostgres.h"
#include "TestVault.h"
#include "audit/PgHeadLedger.h"
#include "extract/ExtractRequests.h"

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
    qint64 requests = 0;
    double requestP50 = 0; // one request drafted and submitted, milliseconds
    double requestP99 = 0;
    qint64 requestsLost = 0; // submitted here, not submitted on the server
};

ExtractSpec benchSpec(const QDate& today, qint64 n)
{
    ExtractSpec spec;
    spec.dataset = QStringLiteral("prestations");
    spec.columns = {QStringLiteral("BEN_SEX_COD"), QStringLiteral("PRS_PAI_MNT")};
    spec.periodFrom = QDate(2025, 1, 1);
    spec.periodTo = QDate(2025, 6, 30);
    spec.purpose = QStringLiteral("Banc d'essai du serveur de l'organisation, demande %1").arg(n);
    spec.project = QStringLiteral("BENCH-%1").arg(n);
    spec.retainUntil = today.addYears(1);
    return spec;
}

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
    if (!role.isEmpty()) {
        tv.ledger = std::make_shared<PgHeadLedger>(test::TestPostgres().settings(role));
        tv.organisationServer = test::TestPostgres().settings(role);
    }
    tv.policy.extractMaxPerMonth = 1'000'000; // every worker's analyst1 counts as one on the server
    auto vault = tv.makeWithUsers({QStringLiteral("analyst1")});
    vault->lock();
    vault->unlock(QStringLiteral("analyst1"), test::TestVault::passwordOf(QStringLiteral("analyst1")));
    AuditTrail& trail = test::VaultProbe::audit(*vault);
    // Opened once, as the GUI's page keeps its list: opening reads every request of the organisation.
    std::unique_ptr<ExtractRequests> requests = role.isEmpty() ? nullptr : std::make_unique<ExtractRequests>(*vault);
    std::vector<qint64> submitted;
    std::vector<double> latencies;
    std::vector<double> requestLatencies;
    QElapsedTimer total;
    total.start();
    for (qint64 step = 0; static_cast<double>(total.nsecsElapsed()) / 1e9 < seconds; ++step) {
        QElapsedTimer one;
        one.start();
        if (requests && step % 10 == 9) {
            const qint64 id = requests->create(benchSpec(tv.clock->now.date(), step));
            requests->submit(id);
            submitted.push_back(id);
            requestLatencies.push_back(static_cast<double>(one.nsecsElapsed()) / 1e6);
            continue;
        }
        trail.append(QStringLiteral("analyst1"), QStringLiteral("aggregate.query"), QStringLiteral("prestations"),
                     {{QStringLiteral("n"), step}});
        latencies.push_back(static_cast<double>(one.nsecsElapsed()) / 1e6);
    }
    Run run;
    run.seconds = static_cast<double>(total.nsecsElapsed()) / 1e9;
    run.appends = static_cast<qint64>(latencies.size());
    run.p50 = percentile(latencies, 0.50);
    run.p99 = percentile(latencies, 0.99);
    run.worst = percentile(latencies, 1.0);
    run.requests = static_cast<qint64>(submitted.size());
    run.requestP50 = percentile(requestLatencies, 0.50);
    run.requestP99 = percentile(requestLatencies, 0.99);
    for (const qint64 id : submitted) {
        const ExtractRequest request = requests->find(id);
        run.requestsLost += request.state == RequestState::Submitted && request.history.size() == 2 ? 0 : 1;
    }
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
    if (run.requests > 0)
        std::printf("  and %lld requests drafted and submitted (%.1f/s), p50 %.1f ms, p99 %.1f ms, lost %lld\n",
                    static_cast<long long>(run.requests), static_cast<double>(run.requests) / run.seconds,
                    run.requestP50, run.requestP99, static_cast<long long>(run.requestsLost));
}

int worker(const QString& role, double seconds)
{
    const Run run = appendFor(role, seconds);
    // One line the parent reads: appends seconds p50 p99 worst lost requests requestP50 requestP99
    // requestsLost.
    std::printf("%lld %.3f %.3f %.3f %.3f %lld %lld %.3f %.3f %lld\n", static_cast<long long>(run.appends), run.seconds,
                run.p50, run.p99, run.worst, static_cast<long long>(run.lost), static_cast<long long>(run.requests),
                run.requestP50, run.requestP99, static_cast<long long>(run.requestsLost));
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
        if (process->exitCode() != 0 || fields.size() != 10) {
            ++failed;
            continue;
        }
        all.appends += fields[0].toLongLong();
        all.seconds = std::max(all.seconds, fields[1].toDouble());
        all.p50 = std::max(all.p50, fields[2].toDouble());
        p99s.push_back(fields[3].toDouble());
        all.worst = std::max(all.worst, fields[4].toDouble());
        all.lost += fields[5].toLongLong();
        all.requests += fields[6].toLongLong();
        all.requestP50 = std::max(all.requestP50, fields[7].toDouble());
        all.requestP99 = std::max(all.requestP99, fields[8].toDouble());
        all.requestsLost += fields[9].toLongLong();
    }
    all.p99 = p99s.empty() ? 0 : *std::max_element(p99s.begin(), p99s.end());
    printRun(qPrintable(QStringLiteral("%1 workstations at once (worst worker's p50 and p99):").arg(roles.size())),
             all);
    std::printf("p99 with the server / alone: %.1f; workers that failed: %d\n", all.p99 / std::max(alone.p99, 1e-9),
                failed);
    return failed == 0 && all.lost == 0 && all.requestsLost == 0 ? 0 : 1;
}
