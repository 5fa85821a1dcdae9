#include "aggregate/LinkedTables.h"
#include "audit/AuditTrail.h"
#include "data/CodeList.h"
#include "data/ColumnChunk.h"
#include "data/DataPackage.h"
#include "data/DatasetStore.h"
#include "data/DemoDataGenerator.h"
#include "data/PackageImporter.h"
#include "storage/Database.h"

#include "TestVault.h"
#include "VaultProbe.h"

#include "Failure.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

using namespace ecluse;
using ecluse::test::errorMessageOf;
using ecluse::test::TestVault;

namespace {

const QByteArray header = "BEN_NIR_PSA,BEN_SEX_COD,BEN_NAI_ANN,BEN_RES_DPT,BEN_RES_COM,EXE_SOI_DTD,PRS_NAT_REF,"
                          "PSE_SPE_COD,PRS_ACT_QTE,PRS_PAI_MNT,BSE_REM_MNT,BEN_DCD_DTE\n";
const QByteArray pseudonymA = QByteArray(64, 'a');
const QByteArray pseudonymB = QByteArray(64, 'b');

QByteArray row(const QByteArray& pseudonym, const QByteArray& override = {}, int column = -1)
{
    QList<QByteArray> fields{pseudonym, "2", "1980", "75",    "75056", "2025-03-14",
                             "1110",    "1", "1",    "30.00", "21.00", ""};
    if (column >= 0)
        fields[column] = override;
    return fields.join(',') + '\n';
}

} // namespace

class TestPackageImporter : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestVault> m_tv;
    std::unique_ptr<Vault> m_vault;
    QTemporaryDir m_work;
    int m_packages = 0;

    QString package(const QByteArray& csv, const QString& dataset = QStringLiteral("prestations"),
                    QDate retainUntil = QDate(2030, 12, 31))
    {
        const QString csvPath = m_work.filePath(QStringLiteral("input-%1.csv").arg(++m_packages));
        QFile file(csvPath);
        file.open(QIODevice::WriteOnly);
        file.write(csv);
        file.close();
        const QString folder = m_work.filePath(QStringLiteral("package-%1").arg(m_packages));
        DataPackage::build(folder, dataset, 1, QStringLiteral("CNAM test"), retainUntil, {csvPath},
                           m_tv->producer.key());
        return folder;
    }

    // The details of the last audit entry, and the whole trail as exported for a SIEM.
    std::pair<QString, QByteArray> lastRefusalAudited()
    {
        const std::vector<AuditEntry> entries = test::VaultProbe::audit(*m_vault).entries();
        if (entries.empty() || entries.back().action != QStringLiteral("package.import-refused"))
            return {};
        QBuffer exported;
        exported.open(QIODevice::WriteOnly);
        test::VaultProbe::audit(*m_vault).exportJsonLines(exported);
        return {entries.back().details, exported.data()};
    }

    qint64 chunkRows()
    {
        return test::VaultProbe::database(*m_vault).queryInt(
            "SELECT coalesce(sum(rows), 0) FROM dataset_chunks WHERE column_name = 'BEN_NIR_PSA'");
    }

    QByteArray vaultBytes()
    {
        m_vault->lock();
        QByteArray all;
        for (const QString& name : {Vault::DatabaseFileName, Vault::KeySlotFileName}) {
            QFile file(QDir(m_tv->folder()).filePath(name));
            file.open(QIODevice::ReadOnly);
            all += file.readAll();
        }
        m_vault->unlock(QStringLiteral("admin"), test::secret("correct horse battery staple"));
        return all;
    }

private Q_SLOTS:
    void init()
    {
        m_tv = std::make_unique<TestVault>();
        m_tv->clock->now = QDateTime(QDate(2026, 1, 10), QTime(9, 0), Qt::UTC);
        m_vault = m_tv->makeWithUsers({QStringLiteral("analyst1")});
    }

    void cleanup()
    {
        m_vault.reset();
        m_tv.reset();
    }

    void validPackageIsImportedWithProvenance()
    {
        const QString folder = package(header + row(pseudonymA) + row(pseudonymA) + row(pseudonymB));
        ImportResult result;
        const QString error = errorMessageOf([&] { result = PackageImporter(*m_vault).import(folder); });
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(result.rows, 3);
        QCOMPARE(result.newBeneficiaries, 2);
        QCOMPARE(chunkRows(), 3);
        const DatasetStore store(*m_vault, test::VaultProbe::capability());
        QCOMPARE(store.rowCount(QStringLiteral("prestations")), 3);
        const auto packages = store.packages();
        QCOMPARE(packages.size(), std::size_t(1));
        QCOMPARE(packages[0].producer, QStringLiteral("CNAM test"));
        QCOMPARE(packages[0].importedBy, QStringLiteral("admin"));
        QCOMPARE(packages[0].signerFingerprint, keyFingerprint(m_tv->producer.publicKey()));
        QVERIFY(test::auditActions(*m_vault).contains(QStringLiteral("package.import")));
        QVERIFY(m_vault->verify().intact());
    }

    void archivePackageImportsLikeAFolder()
    {
        const QString csvPath = m_work.filePath(QStringLiteral("archived.csv"));
        QFile file(csvPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(header + row(pseudonymA) + row(pseudonymB));
        file.close();
        const QString archive = m_work.filePath(QStringLiteral("package.tar"));
        DataPackage::build(archive, QStringLiteral("prestations"), 1, QStringLiteral("CNAM test"), QDate(2030, 1, 1),
                           {csvPath}, m_tv->producer.key());
        QCOMPARE(PackageImporter(*m_vault).import(archive).rows, 2);
        QCOMPARE(chunkRows(), 2);
    }

    void pseudonymsAreKeyedAgainAndStayStable()
    {
        PackageImporter(*m_vault).import(package(header + row(pseudonymA)));
        const ImportResult second =
            PackageImporter(*m_vault).import(package(header + row(pseudonymA) + row(pseudonymB)));
        QCOMPARE(second.newBeneficiaries, 1); // the same person keeps their pseudonym across packages
        Statement stored =
            test::VaultProbe::database(*m_vault).prepare("SELECT pseudonym FROM beneficiaries ORDER BY id");
        QVERIFY(stored.step());
        const QByteArray first = stored.blob(0);
        QCOMPARE(first.size(), 32);
        // Never the producer's pseudonym, in any form.
        QVERIFY(first != QByteArray::fromHex(pseudonymA));
        QVERIFY(!first.contains(pseudonymA.left(16)));

        // Another vault keys the same person differently: caches cannot be joined.
        TestVault other;
        other.clock->now = m_tv->clock->now;
        auto otherVault = other.makeWithUsers({});
        const QString csvPath = m_work.filePath(QStringLiteral("other.csv"));
        QFile file(csvPath);
        file.open(QIODevice::WriteOnly);
        file.write(header + row(pseudonymA));
        file.close();
        DataPackage::build(m_work.filePath(QStringLiteral("other-package")), QStringLiteral("prestations"), 1,
                           QStringLiteral("CNAM test"), QDate(2030, 1, 1), {csvPath}, other.producer.key());
        PackageImporter(*otherVault).import(m_work.filePath(QStringLiteral("other-package")));
        QVERIFY(test::VaultProbe::database(*otherVault).queryText("SELECT hex(pseudonym) FROM beneficiaries") !=
                QString::fromLatin1(first.toHex().toUpper()));
    }

    void schemaErrorsNameFileLineColumnAndRule_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown department")
            << 3 << QByteArray("2C")
            << QStringLiteral("column BEN_RES_DPT: value '2C' is not in the code list departement");
        QTest::newRow("bad date") << 5 << QByteArray("2025-02-30")
                                  << QStringLiteral("column EXE_SOI_DTD: value '2025-02-30' is not a date");
        QTest::newRow("date out of range") << 5 << QByteArray("2031-01-01") << QStringLiteral("column EXE_SOI_DTD");
        QTest::newRow("three decimals") << 9 << QByteArray("30.001") << QStringLiteral("column PRS_PAI_MNT");
        QTest::newRow("missing pseudonym")
            << 0 << QByteArray("") << QStringLiteral("column BEN_NIR_PSA: a value is required");
        QTest::newRow("bad commune") << 4 << QByteArray("7505") << QStringLiteral("column BEN_RES_COM");
        QTest::newRow("birth year") << 2 << QByteArray("1850") << QStringLiteral("column BEN_NAI_ANN");
    }

    void schemaErrorsNameFileLineColumnAndRule()
    {
        QFETCH(int, column);
        QFETCH(QByteArray, value);
        QFETCH(QString, expected);
        const QByteArray before = vaultBytes();
        const QString folder = package(header + row(pseudonymA) + row(pseudonymB) + row(pseudonymA, value, column));
        ErrorKind kind = ErrorKind::Other;
        const QString message = errorMessageOf([&] { PackageImporter(*m_vault).import(folder); }, &kind);
        QCOMPARE(kind, ErrorKind::InvalidInput);
        QVERIFY2(message.contains(QStringLiteral("input-%1.csv, line 4, ").arg(m_packages) + expected),
                 qPrintable(message));
        QCOMPARE(chunkRows(), 0);
        QCOMPARE(test::VaultProbe::database(*m_vault).queryInt("SELECT count(*) FROM beneficiaries"), 0);
        QVERIFY(test::auditActions(*m_vault).contains(QStringLiteral("package.import-refused")));
        Q_UNUSED(before);
    }

    void directIdentifiersAreRefusedWithoutRepeatingThem_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("kind");
        QTest::newRow("NIR in the commune column") << 4 << QByteArray("185057800608491") << QStringLiteral("NIR");
        QTest::newRow("e-mail as pseudonym") << 0 << QByteArray("jean.dupont@example.fr") << QStringLiteral("e-mail");
        QTest::newRow("phone as amount") << 9 << QByteArray("0612345678") << QStringLiteral("phone");
        QTest::newRow("IBAN") << 11 << QByteArray("FR7630006000011234567890189") << QStringLiteral("IBAN");
    }

    void directIdentifiersAreRefusedWithoutRepeatingThem()
    {
        QFETCH(int, column);
        QFETCH(QByteArray, value);
        QFETCH(QString, kind);
        const QString folder = package(header + row(pseudonymA) + row(pseudonymB, value, column));
        const QString message = errorMessageOf([&] { PackageImporter(*m_vault).import(folder); });
        QVERIFY2(message.contains(QStringLiteral("line 3")) && message.contains(kind), qPrintable(message));
        QVERIFY2(!message.contains(QString::fromLatin1(value)), qPrintable(message));
        QCOMPARE(chunkRows(), 0);
    }

    // The audit trail is kept for years and exported to a SIEM: a refusal names file, line,
    // column and rule there, never the value, even one the person importing was shown.
    void refusalsAreAuditedWithColumnAndRuleButNeverTheValue_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<QString>("audited");
        QTest::newRow("name as department")
            << 3 << QByteArray("MARTINEZ")
            << QStringLiteral("column BEN_RES_DPT: value 'MARTINEZ' is not in the code list")
            << QStringLiteral("column BEN_RES_DPT: the value is not in the code list departement");
        QTest::newRow("bad date") << 5 << QByteArray("1987-13-45")
                                  << QStringLiteral("column EXE_SOI_DTD: value '1987-13-45' is not a date")
                                  << QStringLiteral("column EXE_SOI_DTD: the value is not a date (YYYY-MM-DD) from");
        QTest::newRow("bad commune") << 4 << QByteArray("PARIS")
                                     << QStringLiteral("column BEN_RES_COM: value 'PARIS' is not a commune")
                                     << QStringLiteral("column BEN_RES_COM: the value is not a commune code");
        QTest::newRow("e-mail as pseudonym")
            << 0 << QByteArray("jean.martinez@example.fr")
            << QStringLiteral("column BEN_NIR_PSA: the value looks like a direct identifier (e-mail")
            << QStringLiteral("column BEN_NIR_PSA: the value looks like a direct identifier (e-mail");
    }

    void refusalsAreAuditedWithColumnAndRuleButNeverTheValue()
    {
        QFETCH(int, column);
        QFETCH(QByteArray, value);
        QFETCH(QString, shown);
        QFETCH(QString, audited);
        const QString folder = package(header + row(pseudonymA) + row(pseudonymB, value, column));
        const QString message = errorMessageOf([&] { PackageImporter(*m_vault).import(folder); });
        QVERIFY2(message.contains(QStringLiteral("input-%1.csv, line 3, ").arg(m_packages) + shown),
                 qPrintable(message));
        const auto [details, exported] = lastRefusalAudited();
        QVERIFY2(details.contains(QStringLiteral("input-%1.csv, line 3, ").arg(m_packages) + audited),
                 qPrintable(details));
        QVERIFY2(!details.contains(QString::fromLatin1(value)), qPrintable(details));
        QVERIFY(exported.contains("package.import-refused"));
        QVERIFY2(!exported.contains(value), exported.constData());
    }

    void archiveErrorsNameTheArchiveAndTheEntry()
    {
        const QString csvPath = m_work.filePath(QStringLiteral("refused.csv"));
        QFile file(csvPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(header + row(pseudonymA) + row(pseudonymB, "ZZ", 3));
        file.close();
        const QString archive = m_work.filePath(QStringLiteral("refused.tar"));
        DataPackage::build(archive, QStringLiteral("prestations"), 1, QStringLiteral("CNAM test"), QDate(2030, 1, 1),
                           {csvPath}, m_tv->producer.key());
        const QString message = errorMessageOf([&] { PackageImporter(*m_vault).import(archive); });
        QVERIFY2(message.contains(
                     QStringLiteral("refused.csv in package archive %1, line 3, column BEN_RES_DPT: ").arg(archive)),
                 qPrintable(message));
    }

    void rowAndHeaderErrorsNameTheColumn_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("expected");
        QByteArray shortRow = row(pseudonymB);
        shortRow.chop(1); // the newline
        shortRow.chop(1); // the last, empty field's comma
        QTest::newRow("a field missing") << header + row(pseudonymA) + shortRow + '\n'
                                         << QStringLiteral(
                                                "line 3, column BEN_DCD_DTE: 11 fields where the schema has 12");
        QTest::newRow("a field too many") << header + row(pseudonymA).replace("\n", ",x\n")
                                          << QStringLiteral("line 2, column 13: 13 fields where the schema has 12");
        QTest::newRow("header renamed") << QByteArray(header).replace("BEN_SEX_COD", "SEXE") + row(pseudonymA)
                                        << QStringLiteral(
                                               "line 1, column BEN_SEX_COD: the header must be BEN_NIR_PSA,");
        QTest::newRow("header short") << QByteArray(header).replace(",BEN_DCD_DTE", "") + row(pseudonymA)
                                      << QStringLiteral("line 1, column BEN_DCD_DTE: the header must be");
        QTest::newRow("no header") << QByteArray() << QStringLiteral("line 1, column BEN_NIR_PSA: the header must be");
        QTest::newRow("quote in a field")
            << header + row(pseudonymA, "7\"5", 3)
            << QStringLiteral("line 2, column BEN_RES_DPT: a quote inside an unquoted field");
    }

    void rowAndHeaderErrorsNameTheColumn()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, expected);
        const QString folder = package(csv);
        const QString message = errorMessageOf([&] { PackageImporter(*m_vault).import(folder); });
        QVERIFY2(message.contains(
                     QDir::toNativeSeparators(QDir(folder).filePath(QStringLiteral("input-%1.csv, ").arg(m_packages))) +
                     expected),
                 qPrintable(message));
    }

    void generatedDataRaisesNoFalseAlarm()
    {
        QBuffer csv;
        csv.open(QIODevice::WriteOnly);
        DemoDataGenerator({20000, 7, QDate(2025, 1, 1), QDate(2025, 12, 31)}).write(csv);
        const ImportResult result = PackageImporter(*m_vault).import(package(csv.data()));
        QCOMPARE(result.rows, 20000);
        QVERIFY(result.newBeneficiaries > 500);
    }

    void longNumbersAreNotEchoed()
    {
        // A NIR with a wrong key is no NIR for the scanner, but may still be one mistyped.
        const QString folder = package(header + row(pseudonymA, "185057800608436", 4));
        const QString message = errorMessageOf([&] { PackageImporter(*m_vault).import(folder); });
        QVERIFY2(message.contains(QStringLiteral("withheld")), qPrintable(message));
        QVERIFY(!message.contains(QStringLiteral("1850578")));
    }

    void errorsAreCappedAndCounted()
    {
        QByteArray csv = header;
        for (int i = 0; i < 50; ++i)
            csv += row(pseudonymA, "2C", 3);
        const QString message = errorMessageOf([&] { PackageImporter(*m_vault).import(package(csv)); });
        QVERIFY2(message.contains(QStringLiteral("50 error")), qPrintable(message));
        QCOMPARE(message.count(QStringLiteral("BEN_RES_DPT")), PackageImporter::MaximumReportedErrors);
    }

    void duplicatePackageIsRefused()
    {
        const QString folder = package(header + row(pseudonymA));
        PackageImporter(*m_vault).import(folder);
        ErrorKind kind = ErrorKind::Other;
        const QString message = errorMessageOf([&] { PackageImporter(*m_vault).import(folder); }, &kind);
        QCOMPARE(kind, ErrorKind::InvalidInput);
        QVERIFY2(message.contains(QStringLiteral("already imported")), qPrintable(message));
        QCOMPARE(chunkRows(), 1);
    }

    void tamperedPackageIsRefusedBeforeAnythingIsWritten()
    {
        const QString folder = package(header + row(pseudonymA) + row(pseudonymB));
        QFile file(QDir(folder).filePath(QStringLiteral("input-%1.csv").arg(m_packages)));
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(file.size() - 8);
        file.write("2");
        file.close();
        ErrorKind kind = ErrorKind::Other;
        errorMessageOf([&] { PackageImporter(*m_vault).import(folder); }, &kind);
        QCOMPARE(kind, ErrorKind::Integrity);
        QCOMPARE(chunkRows(), 0);
    }

    void cancelKeepsNothing()
    {
        QBuffer csv;
        csv.open(QIODevice::WriteOnly);
        DemoDataGenerator({100000, 3, QDate(2025, 1, 1), QDate(2025, 12, 31)}).write(csv);
        const QString folder = package(csv.data());
        qint64 seen = 0;
        const QString message = errorMessageOf([&] {
            PackageImporter(*m_vault).import(folder, [&](const ImportProgress& progress) -> bool {
                seen = progress.rows;
                return progress.totalRows == 100000 && progress.rows < 50000;
            });
        });
        QVERIFY2(message.contains(QStringLiteral("cancelled")), qPrintable(message));
        QVERIFY(seen >= 50000);
        QCOMPARE(chunkRows(), 0);
        QCOMPARE(DatasetStore(*m_vault, test::VaultProbe::capability()).packages().size(), std::size_t(0));
    }

    void onlyAdministratorsImport()
    {
        const QString folder = package(header + row(pseudonymA));
        m_vault->lock();
        m_vault->unlock(QStringLiteral("analyst1"), TestVault::passwordOf(QStringLiteral("analyst1")));
        ErrorKind kind = ErrorKind::Other;
        errorMessageOf([&] { PackageImporter(*m_vault).import(folder); }, &kind);
        QCOMPARE(kind, ErrorKind::Denied);
    }

    void packagesPastRetentionArePurged()
    {
        PackageImporter(*m_vault).import(
            package(header + row(pseudonymA), QStringLiteral("prestations"), QDate(2026, 6, 30)));
        QCOMPARE(chunkRows(), 1);
        // What a user was shown of these rows (linked tables) goes with them; other datasets' stays.
        PublishedTables shown(test::VaultProbe::database(*m_vault));
        const auto record = [&](const char* dataset) {
            PublishedTable table{QStringLiteral("analyst1"),
                                 QString::fromLatin1(dataset),
                                 "v1",
                                 {},
                                 {QStringLiteral("BEN_SEX_COD")},
                                 {{QStringLiteral("1"), QStringLiteral("2")}},
                                 {40, 60, 100}};
            shown.record(table);
        };
        record("prestations");
        record("damir");
        m_tv->clock->now = QDateTime(QDate(2026, 7, 1), QTime(9, 0), Qt::UTC);
        const DatasetStore store(*m_vault, test::VaultProbe::capability());
        QCOMPARE(store.rowCount(QStringLiteral("prestations")), 0);
        QCOMPARE(chunkRows(), 0);
        QVERIFY(test::auditActions(*m_vault).contains(QStringLiteral("package.purge")));
        QCOMPARE(shown.of(QStringLiteral("analyst1"), QStringLiteral("prestations"), "v1").size(), std::size_t(0));
        const std::vector<PublishedTable> kept = shown.of(QStringLiteral("analyst1"), QStringLiteral("damir"), "v1");
        QCOMPARE(kept.size(), std::size_t(1));
        QCOMPARE(kept.front().cells, (std::vector<std::int64_t>{40, 60, 100}));
    }

    void codesTakeOneByteAndDerivedDimensionsAreStored()
    {
        // Born 1980, cared for on 2025-03-14 in Paris; the second row's birth year is after the care year.
        PackageImporter(*m_vault).import(package(header + row(pseudonymA) + row(pseudonymB, "2026", 2)));
        const auto column = [&](const char* name) {
            Statement select = test::VaultProbe::database(*m_vault).prepare(
                "SELECT encoding, data FROM dataset_chunks WHERE column_name = ? AND chunk = 0");
            select.bind(1, QString::fromLatin1(name));
            if (!select.step())
                return std::pair<int, QByteArray>{-1, {}};
            return std::pair<int, QByteArray>{static_cast<int>(select.int64(0)), select.blob(1)};
        };
        const QByteArray codes = [] {
            const CodeList& bands = CodeList::builtin(u"tranche_age");
            const CodeMapping& regions = CodeMapping::regionOfDepartment();
            const int paris = regions.map(regions.from().indexOf(std::string_view("75")));
            QByteArray out;
            out.append(static_cast<char>(bands.indexOf(std::string_view("40"))));
            out.append(static_cast<char>(bands.indexOf(std::string_view("99"))));
            out.append(static_cast<char>(paris));
            return out;
        }();
        QCOMPARE(column("BEN_SEX_COD").first, static_cast<int>(ColumnChunk::Encoding::UInt8));
        QCOMPARE(column("BEN_SEX_COD").second,
                 QByteArray(2, static_cast<char>(CodeList::builtin(u"sexe").indexOf(std::string_view("2")))));
        QCOMPARE(column("PRS_NAT_REF").first, static_cast<int>(ColumnChunk::Encoding::UInt8));
        QCOMPARE(column("AGE_BEN_SNDS").first, static_cast<int>(ColumnChunk::Encoding::UInt8));
        QCOMPARE(column("AGE_BEN_SNDS").second, codes.left(2));
        QCOMPARE(column("BEN_RES_REG").second, QByteArray(2, codes.at(2)));
        QCOMPARE(column("MOIS").second, QByteArray(2, '\x03'));
        const std::int16_t year = 2025;
        QCOMPARE(column("ANNEE").first, static_cast<int>(ColumnChunk::Encoding::Int16));
        QCOMPARE(column("ANNEE").second, QByteArray(reinterpret_cast<const char*>(&year), 2).repeated(2));
    }

    void damirIsImportedToo()
    {
        QBuffer prestations;
        QBuffer damir;
        prestations.open(QIODevice::WriteOnly);
        damir.open(QIODevice::WriteOnly);
        DemoDataGenerator({5000, 11, QDate(2025, 1, 1), QDate(2025, 12, 31)}).write(prestations, &damir);
        const ImportResult result = PackageImporter(*m_vault).import(package(damir.data(), QStringLiteral("damir")));
        QVERIFY(result.rows > 100);
        QCOMPARE(result.newBeneficiaries, 0);
    }
};

QTEST_GUILESS_MAIN(TestPackageImporter)
#include "tst_packageimporter.moc"
