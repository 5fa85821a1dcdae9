#include "CliWorkstation.h"
#include "common/ReadFile.h"
#include "crypto/Ed25519.h"
#include "data/Catalogue.h"
#include "data/DataPackage.h"
#include "data/DatasetSchema.h"
#include "data/DemoDataGenerator.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTest>

#include <algorithm>
#include <functional>

#ifdef Q_OS_LINUX
#include <poll.h>
#include <signal.h>
#include <sys/inotify.h>
#include <unistd.h>
#endif

using ecluse::test::CliResult;
using ecluse::test::CliWorkstation;

namespace {

QStringList words(const char* text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '));
}

// What a change left: the vault as it was, or as the change made it. Anything else is a mix.
enum class State
{
    Old,
    New,
};

struct Operation
{
    QStringList arguments; // run as `user`, who types `input`; "@HOME@" stands for the trial's home
    QString user;
    QByteArray input;
};

// When a trial kills the command.
struct Kill
{
    int afterMs = 0;
    // Rather at the instant keyslots.json is replaced, the commit point of slot changes, before
    // vault.db commits (Linux: inotify; elsewhere the delay alone).
    bool onKeySlotFile = false;
};

#ifdef Q_OS_LINUX
// Whether the events waiting on an inotify descriptor include keyslots.json moved into place.
bool keySlotFileReplaced(int watch)
{
    alignas(inotify_event) char buffer[4096];
    bool replaced = false;
    for (ssize_t got = 0; (got = ::read(watch, buffer, sizeof buffer)) > 0;) {
        for (ssize_t at = 0; at < got;) {
            const auto* event = reinterpret_cast<const inotify_event*>(buffer + at);
            replaced = replaced || (event->len > 0 && qstrcmp(event->name, "keyslots.json") == 0);
            at += static_cast<ssize_t>(sizeof(inotify_event) + event->len);
        }
    }
    return replaced;
}

// Waits until `process` ends (true), or keyslots.json is replaced or `ms` pass (false).
bool waitForEndOrKeySlotFile(QProcess& process, int watch, int ms)
{
    const QDeadlineTimer deadline(ms);
    pollfd event{watch, POLLIN, 0};
    while (!deadline.hasExpired()) {
        if (process.waitForFinished(0))
            return true;
        if (::poll(&event, 1, 5) > 0 && keySlotFileReplaced(watch))
            return false;
    }
    return false;
}
#endif

// The entries of `action` on `object` after the first `head` of a trail, and how many of them
// completed a change interrupted before vault.db committed.
int entriesAfter(const QList<QJsonObject>& trail, qint64 head, const QString& action, const QString& object,
                 int* completed)
{
    int found = 0;
    for (qsizetype i = head; i < trail.size(); ++i) {
        if (trail[i].value(QStringLiteral("action")).toString() != action ||
            trail[i].value(QStringLiteral("object")).toString() != object)
            continue;
        ++found;
        const QJsonObject details = trail[i].value(QStringLiteral("details")).toObject();
        *completed += details.value(QStringLiteral("completedAfterInterruption")).toBool() ? 1 : 0;
    }
    return found;
}

// How the trials of one operation ended.
struct Tally
{
    int killedWhileRunning = 0; // the others had finished before the kill
    int oldState = 0;
    int newState = 0;
    int completedAfterInterruption = 0; // changes the next sign-in completed from keyslots.json
};

// Whether `user` signs in with `password`: 0 or 2 (wrong user or password), nothing else.
bool signsIn(const QString& home, const QString& user, const QString& password, QString* problem)
{
    const CliResult result = CliWorkstation::run(home,
                                                 {QStringLiteral("habilitation"), QStringLiteral("show"),
                                                  QStringLiteral("--user"), user, QStringLiteral("--password-stdin")},
                                                 (password + QLatin1Char('\n')).toUtf8());
    if (result.exitCode != 0 && result.exitCode != 2)
        *problem += QStringLiteral("%1 signing in: exit %2: %3").arg(user).arg(result.exitCode).arg(result.err);
    return result.exitCode == 0;
}

bool isListed(const QString& home, const QString& user, QString* problem)
{
    const CliResult result = CliWorkstation::runAs(home, QStringLiteral("admin"), words("--json user list"));
    if (result.exitCode != 0)
        *problem += QStringLiteral("user list: ") + result.err;
    for (const QJsonValue account : QJsonDocument::fromJson(result.out.toUtf8()).array()) {
        if (account.toObject().value(QStringLiteral("name")).toString() == user)
            return true;
    }
    return false;
}

// The state of an account change: `user` signs in and is listed (`whenIn`), or neither.
std::function<State(const QString&)> wholly(const QString& user, State whenIn)
{
    return [user, whenIn](const QString& home) {
        QString problem;
        const bool signedIn = signsIn(home, user, CliWorkstation::password(user), &problem);
        const bool listed = isListed(home, user, &problem);
        [&] {
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            QVERIFY2(signedIn == listed,
                     qPrintable(user + (signedIn ? QStringLiteral(" signs in but is not listed")
                                                 : QStringLiteral(" is listed but cannot sign in"))));
        }();
        const State other = whenIn == State::New ? State::Old : State::New;
        return signedIn ? whenIn : other;
    };
}

} // namespace

// A command killed (SIGKILL) at a random moment of a change leaves a vault that opens, verifies,
// and holds the state before the change or the state after it, never a mix. Each operation is
// first run to the end to measure it; every trial then works on a fresh copy of one prepared
// workstation and kills the command after a random delay within that duration.
// ECLUSE_FAULT_TRIALS (trials per operation) and ECLUSE_FAULT_SEED override the defaults; the seed
// is printed so that a failure can be replayed.
class TestFaultInjection : public QObject
{
    Q_OBJECT

private:
    CliWorkstation m_station;
    QString m_template;
    QString m_package;
    QString m_packageId;
    qint64 m_packageRows = 0;
    qint64 m_auditHead = 0; // entries of the prepared trail
    int m_trials = 12;
    QRandomGenerator m_random;
    int m_home = 0;

    QString freshHome()
    {
        const QString home = m_station.scratch(QStringLiteral("home-%1").arg(++m_home));
        CliWorkstation::copyHome(m_template, home);
        return home;
    }

    // Runs the operation in `home` and kills it when `kill` says, unless it ended first; returns
    // whether the kill found it running.
    static bool runAndKill(const QString& home, const Operation& operation, const Kill& kill)
    {
#ifdef Q_OS_LINUX
        const int watch = kill.onKeySlotFile ? inotify_init1(IN_CLOEXEC | IN_NONBLOCK) : -1;
        if (watch >= 0)
            inotify_add_watch(watch, QFile::encodeName(CliWorkstation::vaultFolder(home)).constData(), IN_MOVED_TO);
#endif
        QStringList arguments = operation.arguments;
        arguments.replaceInStrings(QStringLiteral("@HOME@"), home);
        QProcess process;
        process.setProcessEnvironment(ecluse::test::cliEnvironment(home));
        process.start(qEnvironmentVariable("ECLUSE_CLI"),
                      QStringList{QStringLiteral("--vault"), CliWorkstation::vaultFolder(home)} + arguments +
                          QStringList{QStringLiteral("--user"), operation.user, QStringLiteral("--password-stdin")});
        if (!process.waitForStarted())
            qFatal("ecluse-cli did not start");
        process.write(operation.input);
        process.closeWriteChannel();
#ifdef Q_OS_LINUX
        const bool ended =
            watch >= 0 ? waitForEndOrKeySlotFile(process, watch, kill.afterMs) : process.waitForFinished(kill.afterMs);
        if (watch >= 0)
            ::close(watch);
#else
        const bool ended = process.waitForFinished(kill.afterMs);
#endif
        if (!ended)
            process.kill(); // SIGKILL: no handler, no cleanup, as a power cut would leave it
        process.waitForFinished();
        return process.exitStatus() == QProcess::CrashExit;
    }

    // The duration of a run to the end, on a fresh copy (the median of three, as the machine's
    // load varies): the window the kills are drawn from.
    int measure(const Operation& operation)
    {
        QList<int> durations;
        for (int run = 0; run < 3; ++run) {
            const QString home = freshHome();
            QElapsedTimer clock;
            clock.start();
            if (runAndKill(home, operation, {120000}))
                qFatal("the operation did not finish in two minutes");
            durations << static_cast<int>(clock.elapsed());
            QDir(home).removeRecursively();
        }
        std::sort(durations.begin(), durations.end());
        return durations[1];
    }

    // The vault a killed command left must open and verify, for an administrator and an auditor.
    static void requireSound(const QString& home)
    {
        const CliResult vault = CliWorkstation::runAs(home, QStringLiteral("admin"), words("vault verify"));
        QVERIFY2(vault.exitCode == 0, qPrintable(vault.out + vault.err));
        const CliResult audit = CliWorkstation::runAs(home, QStringLiteral("auditor1"), words("audit verify"));
        QVERIFY2(audit.exitCode == 0, qPrintable(audit.out + audit.err));
    }

    // Runs the trials of one operation; `stateOf` reads the state a trial left (failing the test on
    // a mix) and `audited` is the action the change adds to the trail, on `object`.
    // `slotChange`: the operation's commit point is keyslots.json, and a third of the trials kill at
    // the instant it is replaced.
    void runTrials(const char* name, const Operation& operation,
                   const std::function<State(const QString& home)>& stateOf, const QString& audited,
                   const QString& object, bool slotChange)
    {
        const int duration = measure(operation);
        const int ways = slotChange ? 3 : 2;
        Tally tally;
        for (int trial = 0; trial < m_trials; ++trial) {
            // The commit comes at the very end of each operation: every other trial draws from the
            // last fifth of the run, so that kills land around the commit as well as before it.
            const double from = trial % ways == 1 ? 0.8 : 0.0;
            const auto delay = static_cast<int>(duration * (from + (1.0 - from) * m_random.generateDouble()));
            const Kill kill = trial % ways == 2 ? Kill{2 * duration, true} : Kill{delay, false};
            const QString home = freshHome();
            tally.killedWhileRunning += runAndKill(home, operation, kill);
            requireSound(home);
            const State state = QTest::currentTestFailed() ? State::Old : stateOf(home);
            if (QTest::currentTestFailed()) {
                // The seed and the trial replay it; the home stays for a look until the test ends.
                qWarning("%s: trial %d, killed after %d ms%s, left %s", name, trial, kill.afterMs,
                         kill.onKeySlotFile ? " or when keyslots.json was replaced" : "", qPrintable(home));
                return;
            }
            QString problem;
            const QList<QJsonObject> trail = CliWorkstation::auditTrail(home, &problem);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            int completed = 0;
            const int entries = entriesAfter(trail, m_auditHead, audited, object, &completed);
            QVERIFY2(entries == (state == State::New ? 1 : 0),
                     qPrintable(QStringLiteral("trial %1 ended in the %2 state with %3 %4 entries")
                                    .arg(trial)
                                    .arg(state == State::New ? QStringLiteral("new") : QStringLiteral("old"))
                                    .arg(entries)
                                    .arg(audited)));
            (state == State::New ? tally.newState : tally.oldState) += 1;
            tally.completedAfterInterruption += completed;
            QDir(home).removeRecursively();
        }
        qInfo("%s: %d trials over %d ms; %d killed while running; %d old state, %d new state; %d completed "
              "after interruption",
              name, m_trials, duration, tally.killedWhileRunning, tally.oldState, tally.newState,
              tally.completedAfterInterruption);
        // Kills that all land on the same side of the commit prove nothing about the commit.
        QVERIFY2(tally.killedWhileRunning > 0, "no kill found the command running: the delays are wrong");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("ECLUSE_CLI")), "ECLUSE_CLI is not set");
        QVERIFY(ecluse::test::writeCliPolicy(QStringLiteral(ECLUSE_TEST_POLICY_FILE), m_station.policy()));
        bool ok = false;
        const int trials = qEnvironmentVariableIntValue("ECLUSE_FAULT_TRIALS", &ok);
        if (ok && trials > 0)
            m_trials = trials;
        const quint32 seed = qEnvironmentVariableIsSet("ECLUSE_FAULT_SEED")
                                 ? qEnvironmentVariable("ECLUSE_FAULT_SEED").toUInt()
                                 : QRandomGenerator::system()->generate();
        m_random.seed(seed);
        qInfo("ECLUSE_FAULT_SEED=%u ECLUSE_FAULT_TRIALS=%d", seed, m_trials);

        // The administrator, an analyst and an auditor enrolled; steward1 named by the manifest,
        // not yet enrolled.
        m_template = m_station.scratch(QStringLiteral("template"));
        m_station.create(m_template, {QStringLiteral("analyst1"), QStringLiteral("auditor1")});
        QString problem;
        const QString probe = freshHome();
        m_auditHead = CliWorkstation::auditTrail(probe, &problem).size() - 1; // without the export's own sign-in
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QDir(probe).removeRecursively();

        // A package large enough for kills to land in the middle of writing its rows.
        m_packageRows = 150000;
        const QString csv = m_station.scratch(QStringLiteral("claims.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        ecluse::DemoDataGenerator({m_packageRows, 7, QDate(2025, 1, 1), QDate(2025, 12, 31)}).write(file);
        file.close();
        m_package = m_station.scratch(QStringLiteral("package"));
        m_packageId = ecluse::DataPackage::build(
                          m_package, QStringLiteral("prestations"),
                          ecluse::Catalogue::builtin().dataset(QStringLiteral("prestations"))->version,
                          QStringLiteral("CNAM test"), QDate::currentDate().addYears(1), {csv},
                          ecluse::Ed25519SigningKey::fromPem(ecluse::readSecretFile(m_station.keyFile(), 1 << 16)))
                          .id;
    }

    void cleanupTestCase()
    {
        QFile::remove(QStringLiteral(ECLUSE_TEST_POLICY_FILE));
    }

    void killedImportLeavesAllItsRowsOrNone()
    {
        const Operation import{{QStringLiteral("package"), QStringLiteral("import"), m_package},
                               QStringLiteral("admin"),
                               CliWorkstation::passwordLine(QStringLiteral("admin"))};
        runTrials(
            "import", import,
            [this](const QString& home) {
                const CliResult shown =
                    CliWorkstation::runAs(home, QStringLiteral("analyst1"), words("--json catalogue show prestations"));
                const CliResult listed =
                    CliWorkstation::runAs(home, QStringLiteral("analyst1"), words("--json catalogue list"));
                [&] { QVERIFY2(shown.exitCode == 0 && listed.exitCode == 0, qPrintable(shown.err + listed.err)); }();
                qint64 rows = -1;
                for (const QJsonValue dataset : QJsonDocument::fromJson(listed.out.toUtf8()).array()) {
                    if (dataset.toObject().value(QStringLiteral("name")).toString() == QLatin1String("prestations"))
                        rows = dataset.toObject().value(QStringLiteral("rows")).toInteger();
                }
                QStringList provenance;
                for (const QJsonValue package :
                     QJsonDocument::fromJson(shown.out.toUtf8()).object().value(QStringLiteral("packages")).toArray())
                    provenance << package.toObject().value(QStringLiteral("id")).toString();
                if (rows == 0 && provenance.isEmpty())
                    return State::Old;
                if (rows == m_packageRows && provenance == QStringList{m_packageId})
                    return State::New;
                [&] {
                    QFAIL(qPrintable(QStringLiteral("%1 rows, packages in the provenance: %2")
                                         .arg(rows)
                                         .arg(provenance.join(QStringLiteral(", ")))));
                }();
                return State::Old;
            },
            QStringLiteral("package.import"), m_packageId, false);
    }

    void killedPasswordChangeLeavesExactlyOnePasswordWorking()
    {
        const QString analyst = QStringLiteral("analyst1");
        const QString newPassword = QStringLiteral("analyst1 new pass phrase");
        const Operation change{words("vault passwd"), analyst,
                               CliWorkstation::passwordLine(analyst) + newPassword.toUtf8() + '\n'};
        runTrials(
            "password change", change,
            [&](const QString& home) {
                QString problem;
                const bool oldWorks = signsIn(home, analyst, CliWorkstation::password(analyst), &problem);
                const bool newWorks = signsIn(home, analyst, newPassword, &problem);
                [&] {
                    QVERIFY2(problem.isEmpty(), qPrintable(problem));
                    QVERIFY2(oldWorks != newWorks, oldWorks ? "both passwords work" : "neither password works");
                }();
                return newWorks ? State::New : State::Old;
            },
            QStringLiteral("account.password-change"), analyst, true);
    }

    void killedEnrolmentLeavesTheUserWhollyInOrOut()
    {
        const QString steward = QStringLiteral("steward1");
        const Operation enrol{{QStringLiteral("user"), QStringLiteral("enrol"), steward},
                              QStringLiteral("admin"),
                              CliWorkstation::passwordLine(QStringLiteral("admin")) +
                                  CliWorkstation::passwordLine(steward)};
        runTrials("enrolment", enrol, wholly(steward, State::New), QStringLiteral("account.enrol"), steward, true);
    }

    void killedReleaseLeavesARecordedReleaseOrAnApprovedRequestWithItsFileTraced()
    {
        // Another workstation to copy for these trials: the claims imported, and a request of
        // analyst1's approved by steward1.
        const QString prepared = freshHome();
        const auto require = [&](const QString& user, const QStringList& arguments, const QByteArray& more = {}) {
            const CliResult result = CliWorkstation::run(
                prepared, arguments + QStringList{QStringLiteral("--user"), user, QStringLiteral("--password-stdin")},
                CliWorkstation::passwordLine(user) + more);
            [&] {
                QVERIFY2(result.exitCode == 0, qPrintable(arguments.join(u' ') + QLatin1Char('\n') + result.err));
            }();
            return result.out.trimmed();
        };
        require(QStringLiteral("admin"), {QStringLiteral("package"), QStringLiteral("import"), m_package});
        require(QStringLiteral("admin"), words("user enrol steward1"),
                CliWorkstation::passwordLine(QStringLiteral("steward1")));
        const QString id = require(
            QStringLiteral("analyst1"),
            {QStringLiteral("request"), QStringLiteral("create"), QStringLiteral("--dataset"),
             QStringLiteral("prestations"), QStringLiteral("--columns"),
             QStringLiteral("BEN_NIR_PSA,BEN_SEX_COD,EXE_SOI_DTD,PRS_PAI_MNT"), QStringLiteral("--filter"),
             QStringLiteral("BEN_SEX_COD=2"), QStringLiteral("--period"), QStringLiteral("2025-01-01..2025-12-31"),
             QStringLiteral("--purpose"), QStringLiteral("Remboursements des femmes en 2025, tous soins"),
             QStringLiteral("--project"), QStringLiteral("CNAM-2026-041"), QStringLiteral("--until"),
             QDate::currentDate().addYears(1).toString(Qt::ISODate)});
        require(QStringLiteral("analyst1"), {QStringLiteral("request"), QStringLiteral("submit"), id});
        require(QStringLiteral("steward1"), {QStringLiteral("request"), QStringLiteral("approve"), id});
        if (QTest::currentTestFailed())
            return;
        const QString workstation = m_template;
        const qint64 head = m_auditHead;
        m_template = prepared;
        m_auditHead = 0; // the entries counted are on this request, which only the release changes
        const auto restore = qScopeGuard([&] {
            m_template = workstation;
            m_auditHead = head;
        });

        const QByteArray passphrase = "the release pass phrase\n";
        const QString file = QStringLiteral("@HOME@/Documents/Ecluse/release.ecl");
        const Operation release{{QStringLiteral("request"), QStringLiteral("release"), id, QStringLiteral("--out"),
                                 file, QStringLiteral("--passphrase-stdin")},
                                QStringLiteral("analyst1"),
                                CliWorkstation::passwordLine(QStringLiteral("analyst1")) + passphrase};
        runTrials(
            "release", release,
            [&](const QString& home) {
                const QString path = QString(file).replace(QStringLiteral("@HOME@"), home);
                const CliResult shown = CliWorkstation::runAs(
                    home, QStringLiteral("analyst1"),
                    {QStringLiteral("--json"), QStringLiteral("request"), QStringLiteral("show"), id});
                const QString state =
                    QJsonDocument::fromJson(shown.out.toUtf8()).object().value(QStringLiteral("state")).toString();
                QString problem;
                const QList<QJsonObject> trail = CliWorkstation::auditTrail(home, &problem);
                const bool fileNamed = std::any_of(trail.begin(), trail.end(), [&](const QJsonObject& entry) {
                    return entry.value(QStringLiteral("action")).toString() == QLatin1String("extract.release-file") &&
                           entry.value(QStringLiteral("object")).toString() == path;
                });
                const QStringList left = QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files);
                if (state == QLatin1String("released")) {
                    // The file is there and opens, to the rows the trail's entry names.
                    const QString signer = QDir(home).filePath(QStringLiteral("signer.pub"));
                    CliWorkstation::runAs(
                        home, QStringLiteral("analyst1"),
                        {QStringLiteral("release"), QStringLiteral("signer"), QStringLiteral("--out"), signer});
                    const CliResult opened =
                        CliWorkstation::run(home,
                                            {QStringLiteral("release"), QStringLiteral("open"), path,
                                             QStringLiteral("--out"), QDir(home).filePath(QStringLiteral("opened.csv")),
                                             QStringLiteral("--signer"), signer, QStringLiteral("--passphrase-stdin")},
                                            passphrase);
                    [&] {
                        QVERIFY2(fileNamed, "a released request whose file the trail does not name");
                        QVERIFY2(opened.exitCode == 0, qPrintable(opened.err));
                    }();
                    return State::New;
                }
                // Approved still: whatever the killed command left in the folder, the trail names it.
                [&] {
                    QVERIFY2(problem.isEmpty(), qPrintable(problem));
                    QVERIFY2(state == QLatin1String("approved"), qPrintable(state + shown.err));
                    QVERIFY2(left.isEmpty() || fileNamed,
                             qPrintable(QStringLiteral("left %1, not in the trail").arg(left.join(u", "))));
                }();
                return State::Old;
            },
            QStringLiteral("extract.release"), QStringLiteral("request %1").arg(id), false);
    }

    void killedBackupLeavesNoFileThatVerifiesUnlessWhole()
    {
        // Another workstation to copy: the claims imported, so that a backup takes a while.
        const QString prepared = freshHome();
        const CliResult imported = CliWorkstation::runAs(
            prepared, QStringLiteral("admin"), {QStringLiteral("package"), QStringLiteral("import"), m_package});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const QString workstation = m_template;
        m_template = prepared;
        const auto restore = qScopeGuard([&] { m_template = workstation; });

        const Operation backup{{QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--to"),
                                QStringLiteral("@HOME@/backups")},
                               QStringLiteral("admin"),
                               CliWorkstation::passwordLine(QStringLiteral("admin"))};
        const int duration = measure(backup);
        int killed = 0;
        int whole = 0;
        for (int trial = 0; trial < m_trials; ++trial) {
            const QString home = freshHome();
            const auto delay = static_cast<int>(duration * m_random.generateDouble());
            killed += runAndKill(home, backup, {delay, false});
            requireSound(home);
            const QDir folder(QDir(home).filePath(QStringLiteral("backups")));
            // Whatever was left verifies whole (a backup that was finished) or is refused as
            // damaged: never accepted half-written.
            for (const QString& name : folder.entryList(QDir::Files)) {
                const CliResult verified =
                    CliWorkstation::runAs(home, QStringLiteral("admin"),
                                          {QStringLiteral("backup"), QStringLiteral("verify"), folder.filePath(name)});
                QVERIFY2(verified.exitCode == 0 || verified.exitCode == 3,
                         qPrintable(QStringLiteral("trial %1 (killed after %2 ms): %3 exit %4: %5")
                                        .arg(trial)
                                        .arg(delay)
                                        .arg(name)
                                        .arg(verified.exitCode)
                                        .arg(verified.err)));
                whole += verified.exitCode == 0;
            }
            // The next backup works, and takes away what the killed one left unfinished.
            const CliResult next = CliWorkstation::runAs(
                home, QStringLiteral("admin"),
                {QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--to"), folder.path()});
            QVERIFY2(next.exitCode == 0, qPrintable(next.err));
            for (const QString& name : folder.entryList(QDir::Files)) {
                const CliResult verified =
                    CliWorkstation::runAs(home, QStringLiteral("admin"),
                                          {QStringLiteral("backup"), QStringLiteral("verify"), folder.filePath(name)});
                QVERIFY2(verified.exitCode == 0, qPrintable(name + QLatin1Char(' ') + verified.err));
            }
            if (QTest::currentTestFailed())
                return;
            QDir(home).removeRecursively();
        }
        qInfo("backup: %d trials over %d ms; %d killed while running; %d whole backups left", m_trials, duration,
              killed, whole);
        QVERIFY2(killed > 0, "no kill found the command running: the delays are wrong");
    }

    void killedRevocationLeavesTheUserWhollyInOrOut()
    {
        const QString analyst = QStringLiteral("analyst1");
        const Operation revoke{{QStringLiteral("user"), QStringLiteral("revoke"), analyst},
                               QStringLiteral("admin"),
                               CliWorkstation::passwordLine(QStringLiteral("admin"))};
        runTrials("revocation", revoke, wholly(analyst, State::Old), QStringLiteral("account.revoke"), analyst, true);
    }
};

QTEST_GUILESS_MAIN(TestFaultInjection)
#include "tst_fault_injection.moc"
