// Import speed: rows per second of PackageImporter (signature and hash checks, parsing,
// validation, identifier scanning, re-keying, column chunks, one transaction) against the raw
// rate of a prepared INSERT of the same number of 12-column rows into an SQLCipher table keyed
// the same way, measured in the same run. Usage: bench_import [ROWS] (default 10,000,000).

#include "data/DataPackage.h"
#include "data/DemoDataGenerator.h"
#include "data/PackageImporter.h"
#include "storage/Database.h"
#include "vault/VaultDatabase.h"

#include "TestVault.h"
#include "VaultProbe.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>

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

// The baseline: what SQLCipher takes to store the rows one by one, values already in memory.
double preparedInsertRate(const QString& path, qint64 rows)
{
    SystemRandom random;
    const SecureBuffer key = random.secretBytes(32);
    Database db = openVaultDatabase(path, key, CipherSettings{}, Database::Mode::Create);
    db.execute("CREATE TABLE claims(ben TEXT, sex INTEGER, birth INTEGER, dept TEXT, commune TEXT, care INTEGER, "
               "nature INTEGER, specialty INTEGER, quantity INTEGER, paid INTEGER, reimbursed INTEGER, death INTEGER)");
    QElapsedTimer timer;
    timer.start();
    Transaction transaction(db);
    Statement insert = db.prepare("INSERT INTO claims VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const QString pseudonym(64, QLatin1Char('a'));
    for (qint64 i = 0; i < rows; ++i) {
        insert.bind(1, pseudonym)
            .bind(2, qint64(1 + i % 2))
            .bind(3, qint64(1950 + i % 70))
            .bind(4, QStringLiteral("75"))
            .bind(5, QStringLiteral("75056"))
            .bind(6, qint64(20000 + i % 700))
            .bind(7, qint64(1110))
            .bind(8, qint64(1))
            .bind(9, qint64(1))
            .bind(10, qint64(3000))
            .bind(11, qint64(2100))
            .bindNull(12);
        insert.run();
        insert.reset();
    }
    transaction.commit();
    return static_cast<double>(rows) / seconds(timer);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    initialiseSecureHeap();
    const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 10'000'000;
    QTemporaryDir work;
    std::printf("rows: %lld\n", static_cast<long long>(rows));

    QElapsedTimer timer;
    timer.start();
    const QString csv = work.filePath(QStringLiteral("prestations.csv"));
    {
        QFile file(csv);
        file.open(QIODevice::WriteOnly);
        DemoDataGenerator({rows, 42, QDate(2024, 1, 1), QDate(2025, 12, 31)}).write(file);
        std::printf("generated %lld MB of CSV in %.1f s (not counted)\n", static_cast<long long>(file.size() >> 20),
                    seconds(timer));
    }

    test::TestVault tv;
    tv.clock->now = QDateTime(QDate(2026, 1, 10), QTime(9, 0), Qt::UTC);
    auto vault = tv.makeWithUsers({});
    const QString package = work.filePath(QStringLiteral("package"));
    DataPackage::build(package, QStringLiteral("prestations"), 1, QStringLiteral("bench"), QDate(2030, 1, 1), {csv},
                       tv.producer.key());

    // "--import-only" skips the baseline, for profiling the importer alone.
    const bool importOnly = argc > 2 && QByteArray(argv[2]) == "--import-only";
    const double baseline = importOnly ? 1.0 : preparedInsertRate(work.filePath(QStringLiteral("baseline.db")), rows);
    std::printf("baseline: prepared INSERT into SQLCipher, one transaction: %.0f rows/s\n", baseline);

    timer.restart();
    DataPackage::verify(package, {tv.producer.key().publicKey()});
    std::printf("of which signature and hash verification alone: %.2f s\n", seconds(timer));

    timer.restart();
    const ImportResult result = PackageImporter(*vault).import(package);
    const double rate = static_cast<double>(result.rows) / seconds(timer);
    std::printf("import (verify, parse, validate, scan, re-key, store, audit): %lld rows in %.2f s = %.0f rows/s\n",
                static_cast<long long>(result.rows), seconds(timer), rate);
    std::printf("ratio import / baseline: %.2f\n", rate / baseline);
    std::printf("target 600000 rows/s: %s\n", rate >= 600000 ? "met" : "NOT met");
    std::printf("peak resident memory of the process: %ld MiB\n", peakRssMiB());

    // For the aggregate engine to come: reading back what a 3-dimension query needs (the
    // beneficiary, three coded dimensions, one measure) after a fresh unlock.
    vault->lock();
    timer.restart();
    vault->unlock(QStringLiteral("admin"), test::secret("correct horse battery staple"));
    const double unlockSeconds = seconds(timer);
    timer.restart();
    qint64 bytes = 0;
    Statement read = ecluse::test::VaultProbe::database(*vault).prepare(
        "SELECT data FROM dataset_chunks WHERE column_name IN ('BEN_NIR_PSA', 'BEN_RES_DPT', 'BEN_SEX_COD', "
        "'PRS_NAT_REF', 'PRS_PAI_MNT')");
    while (read.step())
        bytes += read.blob(0).size();
    std::printf("read back 5 columns (%lld MB) after unlock in %.2f s (unlock itself %.2f s)\n",
                static_cast<long long>(bytes >> 20), seconds(timer), unlockSeconds);
    return 0;
}
