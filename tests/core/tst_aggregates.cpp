#include "Failure.h"
#include "TestVault.h"
#include "VaultProbe.h"
#include "aggregate/Aggregates.h"
#include "crypto/Digest.h"
#include "data/DataPackage.h"
#include "data/DemoDataGenerator.h"
#include "data/PackageImporter.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <limits>

using namespace ecluse;
using namespace ecluse::test;

// The service the GUI and the CLI share: who may query, what a result holds, what the trail keeps.
class TestAggregates : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestVault> m_tv;
    std::unique_ptr<Vault> m_vault;
    QTemporaryDir m_work;

    static QList<TestUser> users(const QDateTime& now)
    {
        QList<TestUser> all = TestAuthority::standardUsers(now);
        // An analyst of prestations without any potential identifier.
        all.append({QStringLiteral("analyst2"),
                    {QStringLiteral("analyst")},
                    now.addDays(-30),
                    now.addDays(335),
                    {TestAuthority::grant("prestations", "aggregate")}});
        // An analyst of damir only.
        all.append({QStringLiteral("analyst3"),
                    {QStringLiteral("analyst")},
                    now.addDays(-30),
                    now.addDays(335),
                    {TestAuthority::grant("damir", "aggregate")}});
        return all;
    }

    void signIn(const char* user)
    {
        m_vault->lock();
        const QString name = QString::fromLatin1(user);
        m_vault->unlock(name, name == QLatin1String("admin") ? secret("correct horse battery staple")
                                                             : TestVault::passwordOf(name));
    }

    static AggregateQuery query(QStringList dimensions,
                                std::vector<Measure> measures = {{MeasureKind::Beneficiaries, {}}})
    {
        AggregateQuery q;
        q.dataset = QStringLiteral("prestations");
        q.dimensions = std::move(dimensions);
        q.measures = std::move(measures);
        return q;
    }

    static QJsonObject detailsOf(const AuditEntry& entry)
    {
        return QJsonDocument::fromJson(entry.details.toUtf8()).object();
    }

    // The largest amount Open DAMIR allows, 10^12 €, on rows per sex enough for the sum of both
    // sexes (9.24 × 10^18 cents) to pass 2^63 while each sex alone (4.62 × 10^18) stays below.
    static constexpr qint64 LargeRowsPerSex = 46'200;
    static constexpr qint64 LargestDamirCents = qint64{1'000'000'000'000} * 100;

    // Region 11: both sexes at +10^12 €. Region 24: men at +10^12 €, women at -10^12 €
    // (regularisations), a total of zero whose contributions add up past 2^63.
    void importLargeDamirAmounts()
    {
        QByteArray csv = "FLX_ANN_MOI,BEN_RES_REG,AGE_BEN_SNDS,BEN_SEX_COD,PSE_SPE_SNDS,PRS_NAT_REF,FLT_ACT_QTE,"
                         "FLT_PAI_MNT,FLT_REM_MNT\n";
        for (const char* region : {"11", "24"}) {
            const QByteArray women = QByteArray(region) == "24" ? "-" : "";
            for (qint64 i = 0; i < LargeRowsPerSex; ++i) {
                csv += "202501," + QByteArray(region) + ",30,1,1,1110,1,1000000000000.00,0.00\n";
                csv += "202501," + QByteArray(region) + ",30,2,1,1110,1," + women + "1000000000000.00,0.00\n";
            }
        }
        const QString path = m_work.filePath(QStringLiteral("damir.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csv);
        file.close();
        const QString folder = m_work.filePath(QStringLiteral("damir-package"));
        DataPackage::build(folder, QStringLiteral("damir"), 1, QStringLiteral("CNAM test"), QDate(2030, 12, 31), {path},
                           m_tv->producer.key());
        PackageImporter(*m_vault).import(folder);
    }

    static AggregateQuery damirPaidByRegion(const char* region, QStringList dimensions)
    {
        AggregateQuery q;
        q.dataset = QStringLiteral("damir");
        q.dimensions = std::move(dimensions);
        q.measures = {{MeasureKind::Records, {}}, {MeasureKind::Sum, QStringLiteral("FLT_PAI_MNT")}};
        q.filters = {{QStringLiteral("BEN_RES_REG"), {QString::fromLatin1(region)}, {}, {}}};
        return q;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_tv = std::make_unique<TestVault>();
        m_vault = m_tv->make();
        m_vault->create(QStringLiteral("admin"), secret("correct horse battery staple"));
        m_vault->importHabilitations(m_tv->authority.sign(1, users(m_tv->clock->now), m_tv->clock->now));
        for (const char* user : {"analyst1", "analyst2", "analyst3", "steward1", "auditor1"})
            m_vault->enrol(QString::fromLatin1(user), TestVault::passwordOf(QString::fromLatin1(user)));

        const QString csv = m_work.filePath(QStringLiteral("prestations.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        DemoDataGenerator({30000, 7, QDate(2025, 1, 1), QDate(2025, 12, 31)}).write(file);
        file.close();
        const QString folder = m_work.filePath(QStringLiteral("package"));
        DataPackage::build(folder, QStringLiteral("prestations"), 1, QStringLiteral("CNAM test"), QDate(2030, 12, 31),
                           {csv}, m_tv->producer.key());
        PackageImporter(*m_vault).import(folder);
        importLargeDamirAmounts();
    }

    void onlyAnalystsWithAGrantMayQuery_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("dataset");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("analyst with a grant") << QStringLiteral("analyst1") << QStringLiteral("prestations") << true;
        QTest::newRow("analyst without this dataset")
            << QStringLiteral("analyst3") << QStringLiteral("prestations") << false;
        QTest::newRow("steward") << QStringLiteral("steward1") << QStringLiteral("prestations") << false;
        QTest::newRow("auditor") << QStringLiteral("auditor1") << QStringLiteral("prestations") << false;
        QTest::newRow("administrator") << QStringLiteral("admin") << QStringLiteral("prestations") << false;
    }

    void onlyAnalystsWithAGrantMayQuery()
    {
        QFETCH(QString, user);
        QFETCH(QString, dataset);
        QFETCH(bool, allowed);
        signIn(user.toLatin1().constData());
        Aggregates aggregates(*m_vault);
        QCOMPARE(aggregates.mayQuery(dataset), allowed);
        AggregateQuery q = query({QStringLiteral("BEN_SEX_COD")});
        q.dataset = dataset;
        const ErrorKind kind = errorKindOf([&] { aggregates.run(q); });
        QCOMPARE(kind == ErrorKind::Denied, !allowed);
        QCOMPARE(test::VaultProbe::audit(*m_vault).entries().back().action,
                 allowed ? QStringLiteral("aggregate.query") : QStringLiteral("access.denied"));
    }

    void suppressedCellsCarryNoValue()
    {
        signIn("analyst1");
        Aggregates aggregates(*m_vault);
        const AggregateResult result = aggregates.run(
            query({QStringLiteral("BEN_RES_REG"), QStringLiteral("AGE_BEN_SNDS")},
                  {{MeasureKind::Beneficiaries, {}}, {MeasureKind::Sum, QStringLiteral("PRS_PAI_MNT")}}));
        QCOMPARE(static_cast<int>(result.cells.size()), result.shape.cellCount());
        int suppressed = 0;
        for (const ResultCell& cell : result.cells) {
            QCOMPARE(cell.values.size(), std::size_t{2});
            if (!cell.suppressed) {
                QVERIFY(cell.values[0] && cell.values[1]);
                QVERIFY(*cell.values[0] == 0 || *cell.values[0] >= result.rules.threshold);
            } else {
                ++suppressed;
                QVERIFY(!cell.values[0] && !cell.values[1]);
            }
        }
        QCOMPARE(suppressed, result.suppressedCount);
        QVERIFY(suppressed > 0);                  // 30,000 claims over 18 regions and 10 age bands leave small cells
        QVERIFY(!result.cells.back().suppressed); // the grand total
    }

    void theSameQueryGivesTheSamePattern()
    {
        signIn("analyst1");
        const AggregateQuery q =
            query({QStringLiteral("BEN_RES_REG"), QStringLiteral("BEN_SEX_COD"), QStringLiteral("MOIS")});
        Aggregates first(*m_vault);
        Aggregates second(*m_vault);
        AggregateResult a;
        try {
            a = first.run(q);
        } catch (const Error& e) {
            QFAIL(qPrintable(e.message())); // a table of this size must be protected, not refused
        }
        QVERIFY(a.suppressedCount > 0); // else the same pattern twice proves nothing
        const AggregateResult b = second.run(q);
        const AggregateResult warm = first.run(q);
        QCOMPARE(a.cells.size(), b.cells.size());
        for (std::size_t i = 0; i < a.cells.size(); ++i) {
            QCOMPARE(a.cells[i].suppressed, b.cells[i].suppressed);
            QCOMPARE(a.cells[i].values, b.cells[i].values);
            QCOMPARE(a.cells[i].suppressed, warm.cells[i].suppressed);
        }
    }

    void everyQueryIsAuditedWithTheHashOfWhatWasShown()
    {
        signIn("analyst1");
        Aggregates aggregates(*m_vault);
        const AggregateResult result = aggregates.run(query({QStringLiteral("BEN_SEX_COD")}));
        const AuditEntry entry = test::VaultProbe::audit(*m_vault).entries().back();
        QCOMPARE(entry.action, QStringLiteral("aggregate.query"));
        QCOMPARE(entry.object, result.queryId);
        QCOMPARE(entry.user, QStringLiteral("analyst1"));
        const QJsonObject details = detailsOf(entry);
        QCOMPARE(details.value(QStringLiteral("query")).toObject(), result.query.toJson());
        QCOMPARE(details.value(QStringLiteral("sha256")).toString(),
                 QString::fromLatin1(sha256(QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact)).toHex()));
        // The trail keeps how many cells were primary and secondary; the result says only how many
        // are suppressed.
        QCOMPARE(details.value(QStringLiteral("primary")).toInt() + details.value(QStringLiteral("secondary")).toInt(),
                 result.suppressedCount);
    }

    void aPotentialIdentifierNeedsItsGrant()
    {
        AggregateQuery q = query({QStringLiteral("BEN_SEX_COD")});
        q.filters.push_back({QStringLiteral("EXE_SOI_DTD"), {}, QDate(2025, 3, 1), QDate(2025, 3, 31)});

        signIn("analyst2"); // prestations without a potential identifier
        {
            Aggregates aggregates(*m_vault);
            const QString message = errorMessageOf([&] { aggregates.run(q); });
            QVERIFY2(message.contains(QStringLiteral("potential identifier")), qPrintable(message));
            QCOMPARE(test::VaultProbe::audit(*m_vault).entries().back().action, QStringLiteral("access.denied"));
        }
        signIn("analyst1"); // holds the care date
        Aggregates aggregates(*m_vault);
        const AggregateResult result = aggregates.run(q);
        QVERIFY(result.earliest >= QDate(2025, 3, 1));
        QVERIFY(result.latest <= QDate(2025, 3, 31));
    }

    void aSumBeyondSixtyFourBitsIsRefusedNotWrapped()
    {
        signIn("analyst3");
        Aggregates aggregates(*m_vault);
        const qint64 entries = test::VaultProbe::audit(*m_vault).size();
        ErrorKind kind = ErrorKind::Other;
        const QString message =
            errorMessageOf([&] { aggregates.run(damirPaidByRegion("11", {QStringLiteral("BEN_SEX_COD")})); }, &kind);
        QCOMPARE(kind, ErrorKind::InvalidInput);
        QCOMPARE(message, QStringLiteral(
                              "the sum of FLT_PAI_MNT cannot be represented: it exceeds ±92,233,720,368,547,758.07 €"));
        for (const AuditEntry& entry : test::VaultProbe::audit(*m_vault).entries(entries + 1))
            QVERIFY(entry.action != QStringLiteral("aggregate.query")); // nothing was shown

        // One sex alone fits 64 bits: published to the cent.
        AggregateQuery men = damirPaidByRegion("11", {});
        men.filters.push_back({QStringLiteral("BEN_SEX_COD"), {QStringLiteral("1")}, {}, {}});
        const AggregateResult result = aggregates.run(men);
        QCOMPARE(result.cells.size(), std::size_t{1});
        QVERIFY(!result.cells.front().suppressed);
        QCOMPARE(result.cells.front().values.at(1), std::optional<std::int64_t>(LargeRowsPerSex * LargestDamirCents));
        QCOMPARE(result.formatValue(1, *result.cells.front().values.at(1)), QStringLiteral("46200000000000000.00"));
    }

    // Men and women's amounts cancel out: the total (zero) and each sex fit 64 bits, but the sum
    // of the contributions' absolute values, which the dominance and p% rules divide by, does
    // not. Wrapped, it turned negative and the p% rule suppressed the total.
    void amountsThatCancelOutAreJudgedOnTheirExactContributions()
    {
        signIn("analyst3");
        Aggregates aggregates(*m_vault);
        const AggregateResult result = aggregates.run(damirPaidByRegion("24", {QStringLiteral("BEN_SEX_COD")}));
        QCOMPARE(result.suppressedCount, 0);
        const std::int64_t half = LargeRowsPerSex * LargestDamirCents;
        for (int cell = 0; cell < result.shape.cellCount(); ++cell) {
            const ResultCell& out = result.cells.at(static_cast<std::size_t>(cell));
            QVERIFY(!out.suppressed);
            const QString sex = result.codeAt(cell, 0);
            const std::int64_t expected = sex == QLatin1String("1") ? half : sex == QLatin1String("2") ? -half : 0;
            QCOMPARE(out.values.at(1), std::optional<std::int64_t>(expected));
        }
        QVERIFY(result.isMargin(result.shape.cellCount() - 1, 0));
    }

    void amountsAreFormattedExactlyAtBothEndsOfTheRange()
    {
        AggregateResult result;
        result.query = query({}, {{MeasureKind::Sum, QStringLiteral("PRS_PAI_MNT")}});
        QCOMPARE(result.formatValue(0, std::numeric_limits<std::int64_t>::min()),
                 QStringLiteral("-92233720368547758.08"));
        QCOMPARE(result.formatValue(0, std::numeric_limits<std::int64_t>::max()),
                 QStringLiteral("92233720368547758.07"));
        QCOMPARE(result.formatValue(0, -5), QStringLiteral("-0.05"));
        QCOMPARE(result.formatValue(0, 12345), QStringLiteral("123.45"));
    }

    void malformedQueriesAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("dimensions");
        QTest::addColumn<QString>("measure");
        QTest::addColumn<QString>("message");
        QTest::newRow("pseudonym") << QStringList{QStringLiteral("BEN_NIR_PSA")} << QStringLiteral("beneficiaries")
                                   << QStringLiteral("not a dimension");
        QTest::newRow("twice") << QStringList{QStringLiteral("BEN_SEX_COD"), QStringLiteral("BEN_SEX_COD")}
                               << QStringLiteral("beneficiaries") << QStringLiteral("given twice");
        QTest::newRow("not a measure") << QStringList{QStringLiteral("BEN_SEX_COD")} << QStringLiteral("BEN_NAI_ANN")
                                       << QStringLiteral("not a measure");
    }

    void malformedQueriesAreUsageErrors()
    {
        QFETCH(QStringList, dimensions);
        QFETCH(QString, measure);
        QFETCH(QString, message);
        signIn("analyst1");
        Aggregates aggregates(*m_vault);
        const qint64 entries = test::VaultProbe::audit(*m_vault).size();
        ErrorKind kind = ErrorKind::Other;
        const QString thrown =
            errorMessageOf([&] { aggregates.run(query(dimensions, parseMeasures(measure))); }, &kind);
        QCOMPARE(kind, ErrorKind::Usage);
        QVERIFY2(thrown.contains(message), qPrintable(thrown));
        QCOMPARE(test::VaultProbe::audit(*m_vault).size(), entries); // nothing ran, nothing to audit
    }
};

QTEST_GUILESS_MAIN(TestAggregates)
#include "tst_aggregates.moc"
