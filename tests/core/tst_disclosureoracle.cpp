// Disclosure control on the tables analysts really ask for, checked by an independent attacker:
// GLPK's simplex over every relation of the table (AttackerOracle.h), on demo vaults of 20,000 and
// 100,000 rows (seed 7, the demo's own generator), 2 to 4 dimensions, with and without filters.
// No size limit: the attacker solves the whole table, whatever the number of hidden cells.

#include "AttackerOracle.h"
#include "TestVault.h"
#include "VaultProbe.h"
#include "aggregate/AggregateEngine.h"
#include "data/Catalogue.h"
#include "demo/DemoWorkstation.h"
#include "sdc/DisclosureControl.h"

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

} // namespace

class TestDisclosureOracle : public QObject
{
    Q_OBJECT

    std::map<qint64, Demo> m_demos; // by rows

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
};

QTEST_GUILESS_MAIN(TestDisclosureOracle)
#include "tst_disclosureoracle.moc"
