#include "aggregate/AggregateEngine.h"
#include "aggregate/Aggregates.h"
#include "data/CodeList.h"
#include "data/ColumnChunk.h"
#include "data/DataPackage.h"
#include "data/DemoDataGenerator.h"
#include "data/PackageImporter.h"
#include "storage/Database.h"

#include "Failure.h"
#include "TestVault.h"
#include "VaultProbe.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

#include <algorithm>
#include <map>
#include <numeric>
#include <set>

using namespace ecluse;
using ecluse::test::errorMessageOf;
using ecluse::test::TestVault;

namespace {

// One prestations row as the brute force sees it, parsed from the CSV independently of the
// importer and the engine.
struct Claim
{
    QByteArray unit;
    QMap<QString, QString> fields;
    QDate care;
    std::array<qint64, 3> amounts{}; // PRS_ACT_QTE, PRS_PAI_MNT, BSE_REM_MNT in cents
};

qint64 cents(const QByteArray& text)
{
    return qRound64(text.toDouble() * 100);
}

std::vector<Claim> parse(const QByteArray& csv, bool damir)
{
    std::vector<Claim> out;
    const QList<QByteArray> lines = csv.split('\n');
    const QList<QByteArray> header = lines.front().split(',');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines[i].isEmpty())
            continue;
        const QList<QByteArray> values = lines[i].split(',');
        Claim claim;
        for (qsizetype c = 0; c < header.size(); ++c)
            claim.fields.insert(QString::fromLatin1(header[c]), QString::fromLatin1(values[c]));
        if (damir) {
            claim.unit = QByteArray::number(i); // each row its own unit
            claim.amounts = {values[6].toLongLong(), cents(values[7]), cents(values[8])};
        } else {
            claim.unit = values[0];
            claim.care = QDate::fromString(claim.fields.value(QStringLiteral("EXE_SOI_DTD")), Qt::ISODate);
            claim.amounts = {values[8].toLongLong(), cents(values[9]), cents(values[10])};
        }
        out.push_back(claim);
    }
    return out;
}

// The expected table, cell by cell, from sets of units: nothing shared with the engine but the
// code lists and the documented cell layout (last dimension fastest, margin at index size).
struct Expected
{
    std::vector<QStringList> categories;
    std::vector<bool> additive;
    std::vector<std::int64_t> units;
    std::vector<std::int64_t> records;
    std::vector<std::vector<std::int64_t>> sums;
    std::vector<std::vector<std::int64_t>> absolute;
    std::vector<std::vector<std::int64_t>> top;
    qint64 rows = 0;
    QDate earliest;
    QDate latest;
};

QString category(const Claim& claim, const QString& dimension)
{
    if (claim.fields.contains(dimension))
        return claim.fields.value(dimension);
    if (dimension == QStringLiteral("AGE_BEN_SNDS")) {
        const int age = claim.care.year() - claim.fields.value(QStringLiteral("BEN_NAI_ANN")).toInt();
        if (age < 0)
            return QStringLiteral("99");
        return age < 20 ? QStringLiteral("0") : QString::number(std::min(age / 10, 8) * 10);
    }
    if (dimension == QStringLiteral("BEN_RES_REG") && claim.fields.contains(QStringLiteral("BEN_RES_DPT"))) {
        const CodeMapping& regions = CodeMapping::regionOfDepartment();
        return regions.to().code(
            regions.map(regions.from().indexOf(claim.fields.value(QStringLiteral("BEN_RES_DPT")))));
    }
    if (dimension == QStringLiteral("ANNEE"))
        return QString::number(claim.care.year());
    if (dimension == QStringLiteral("MOIS"))
        return QString::number(claim.care.month());
    return claim.fields.value(dimension);
}

QStringList categoriesOf(const std::vector<Claim>& claims, const QString& dimension, const QString& codeList)
{
    if (dimension == QStringLiteral("MOIS"))
        return {QStringLiteral("1"), QStringLiteral("2"),  QStringLiteral("3"),  QStringLiteral("4"),
                QStringLiteral("5"), QStringLiteral("6"),  QStringLiteral("7"),  QStringLiteral("8"),
                QStringLiteral("9"), QStringLiteral("10"), QStringLiteral("11"), QStringLiteral("12")};
    if (codeList.isEmpty()) { // values present, ascending
        std::set<int> values;
        for (const Claim& claim : claims)
            values.insert(category(claim, dimension).toInt());
        QStringList out;
        for (int value : values)
            out << QString::number(value);
        return out;
    }
    QStringList out;
    for (const CodeList::Entry& entry : CodeList::builtin(codeList).entries())
        out << entry.code;
    return out;
}

Expected bruteForce(const std::vector<Claim>& claims, const QStringList& dimensions, const QStringList& codeLists,
                    const std::vector<Filter>& filters, const std::vector<int>& sumColumns, int topCount)
{
    Expected e;
    const auto d = static_cast<std::size_t>(dimensions.size());
    std::vector<int> strides(d);
    int cells = 1;
    for (qsizetype i = 0; i < dimensions.size(); ++i)
        e.categories.push_back(categoriesOf(claims, dimensions[i], codeLists[i]));
    for (std::size_t i = d; i-- > 0;) {
        strides[i] = cells;
        cells *= static_cast<int>(e.categories[i].size()) + 1;
    }
    for (std::size_t i = 0; i < d; ++i) {
        std::map<QByteArray, QString> seen;
        bool additive = true;
        for (const Claim& claim : claims) {
            const QString value = category(claim, dimensions[static_cast<qsizetype>(i)]);
            const auto [it, inserted] = seen.emplace(claim.unit, value);
            additive = additive && (inserted || it->second == value);
        }
        e.additive.push_back(additive);
    }
    // cell -> unit -> (records, sums)
    std::vector<std::map<QByteArray, std::pair<qint64, std::vector<std::int64_t>>>> perCell(
        static_cast<std::size_t>(cells));
    for (const Claim& claim : claims) {
        bool kept = true;
        for (const Filter& filter : filters) {
            if (filter.isDateRange()) {
                const QDate date = QDate::fromString(claim.fields.value(filter.column), Qt::ISODate);
                kept = kept && date.isValid() && (!filter.from || date >= *filter.from) &&
                       (!filter.to || date <= *filter.to);
            } else {
                kept = kept && filter.values.contains(category(claim, filter.column));
            }
        }
        if (!kept)
            continue;
        ++e.rows;
        if (claim.care.isValid()) {
            e.earliest = e.earliest.isValid() ? std::min(e.earliest, claim.care) : claim.care;
            e.latest = e.latest.isValid() ? std::max(e.latest, claim.care) : claim.care;
        }
        std::vector<int> coordinates(d);
        for (std::size_t i = 0; i < d; ++i)
            coordinates[i] =
                static_cast<int>(e.categories[i].indexOf(category(claim, dimensions[static_cast<qsizetype>(i)])));
        for (int mask = 0; mask < (1 << d); ++mask) {
            int cell = 0;
            for (std::size_t i = 0; i < d; ++i)
                cell += ((mask >> i) & 1 ? static_cast<int>(e.categories[i].size()) : coordinates[i]) * strides[i];
            auto& entry = perCell[static_cast<std::size_t>(cell)][claim.unit];
            entry.second.resize(sumColumns.size());
            ++entry.first;
            for (std::size_t m = 0; m < sumColumns.size(); ++m)
                entry.second[m] += claim.amounts[static_cast<std::size_t>(sumColumns[m])];
        }
    }
    e.sums.assign(sumColumns.size(), std::vector<std::int64_t>(static_cast<std::size_t>(cells)));
    e.absolute = e.sums;
    e.top.assign(sumColumns.size(), std::vector<std::int64_t>(static_cast<std::size_t>(cells * topCount)));
    for (std::size_t c = 0; c < perCell.size(); ++c) {
        e.units.push_back(static_cast<qint64>(perCell[c].size()));
        qint64 records = 0;
        std::vector<std::vector<std::int64_t>> contributions(sumColumns.size());
        for (const auto& [unit, entry] : perCell[c]) {
            records += entry.first;
            for (std::size_t m = 0; m < sumColumns.size(); ++m) {
                e.sums[m][c] += entry.second[m];
                e.absolute[m][c] += std::abs(entry.second[m]);
                contributions[m].push_back(std::abs(entry.second[m]));
            }
        }
        e.records.push_back(records);
        for (std::size_t m = 0; m < sumColumns.size(); ++m) {
            std::sort(contributions[m].rbegin(), contributions[m].rend());
            for (std::size_t r = 0; r < static_cast<std::size_t>(topCount) && r < contributions[m].size(); ++r)
                e.top[m][c * static_cast<std::size_t>(topCount) + r] = contributions[m][r];
        }
    }
    return e;
}

struct Case
{
    const char* name;
    QStringList dimensions;
    QStringList codeLists;
    std::vector<Filter> filters;
};

std::vector<Case> prestationsCases()
{
    const auto list = [](std::initializer_list<const char*> names) {
        QStringList out;
        for (const char* name : names)
            out << QString::fromLatin1(name);
        return out;
    };
    Filter women{QStringLiteral("BEN_SEX_COD"), {QStringLiteral("2")}, {}, {}};
    Filter winter{QStringLiteral("EXE_SOI_DTD"), {}, QDate(2024, 12, 1), QDate(2025, 2, 15)};
    Filter openEnded{QStringLiteral("EXE_SOI_DTD"), {}, QDate(2025, 1, 10), std::nullopt};
    Filter year{QStringLiteral("ANNEE"), {QStringLiteral("2025")}, {}, {}};
    Filter old{
        QStringLiteral("AGE_BEN_SNDS"), {QStringLiteral("60"), QStringLiteral("70"), QStringLiteral("80")}, {}, {}};
    Filter island{QStringLiteral("BEN_RES_REG"), {QStringLiteral("11"), QStringLiteral("94")}, {}, {}};
    return {
        {"department x age x sex",
         list({"BEN_RES_DPT", "AGE_BEN_SNDS", "BEN_SEX_COD"}),
         list({"departement", "tranche_age", "sexe"}),
         {}},
        {"region x year, women", list({"BEN_RES_REG", "ANNEE"}), list({"region", ""}), {women}},
        {"month, winter dates", list({"MOIS"}), list({""}), {winter}},
        {"nature x specialty x sex x age, from a date on",
         list({"PRS_NAT_REF", "PSE_SPE_COD", "BEN_SEX_COD", "AGE_BEN_SNDS"}),
         list({"nature_prestation", "specialite", "sexe", "tranche_age"}),
         {openEnded}},
        {"age x month, one year, old, two regions",
         list({"AGE_BEN_SNDS", "MOIS"}),
         list({"tranche_age", ""}),
         {year, old, island}},
        {"grand total only", {}, {}, {}},
    };
}

} // namespace

class TestAggregateEngine : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestVault> m_tv;
    std::unique_ptr<Vault> m_vault;
    std::vector<Claim> m_claims;

    QByteArray generate(qint64 rows, std::uint64_t seed, QDate from, QDate to, QByteArray* damir = nullptr)
    {
        QBuffer prestations;
        QBuffer aggregated;
        prestations.open(QIODevice::WriteOnly);
        aggregated.open(QIODevice::WriteOnly);
        DemoDataGenerator({rows, seed, from, to}).write(prestations, damir ? &aggregated : nullptr);
        if (damir)
            *damir = aggregated.data();
        return prestations.data();
    }

    void import(const QByteArray& csv, const QString& dataset = QStringLiteral("prestations"))
    {
        const QString folder = m_tv->package(csv, dataset);
        QVERIFY(!folder.isEmpty());
        PackageImporter(*m_vault).import(folder);
    }

    // Two packages of the same seed: the same people (pseudonyms) in both, with other attributes
    // drawn the second time, so units span packages and some change department or sex.
    void importTwoPackages()
    {
        const QByteArray first = generate(3000, 7, QDate(2024, 6, 1), QDate(2024, 12, 31));
        const QByteArray second = generate(2000, 7, QDate(2025, 1, 1), QDate(2025, 3, 31));
        import(first);
        import(second);
        m_claims = parse(first, false);
        const std::vector<Claim> more = parse(second, false);
        m_claims.insert(m_claims.end(), more.begin(), more.end());
    }

    static AggregateQuery query(const Case& c)
    {
        return {QStringLiteral("prestations"),
                c.dimensions,
                {{MeasureKind::Beneficiaries, {}},
                 {MeasureKind::Records, {}},
                 {MeasureKind::Sum, QStringLiteral("PRS_PAI_MNT")},
                 {MeasureKind::Sum, QStringLiteral("PRS_ACT_QTE")}},
                c.filters};
    }

    void checkAll(AggregateEngine& engine)
    {
        for (const Case& c : prestationsCases()) {
            const AggregateTable table = engine.compute(query(c), 3);
            const Expected expected = bruteForce(m_claims, c.dimensions, c.codeLists, c.filters, {1, 0}, 3);
            check(c.name, table, expected);
            // One amount alone takes the sum pass's loop for a single measure.
            AggregateQuery paid = query(c);
            paid.measures.pop_back();
            const AggregateTable paidTable = engine.compute(paid, 3);
            const QByteArray alone = QByteArray(c.name) + " (one amount)";
            QVERIFY2(paidTable.units == expected.units && paidTable.records == expected.records, alone);
            QVERIFY2(paidTable.sums.size() == 1 && paidTable.sums[0] == expected.sums[0], alone);
            QVERIFY2(std::equal(paidTable.magnitudes[0].absoluteTotal.begin(),
                                paidTable.magnitudes[0].absoluteTotal.end(), expected.absolute[0].begin(),
                                expected.absolute[0].end()),
                     alone);
            QVERIFY2(paidTable.magnitudes[0].top == expected.top[0], alone);
            // Counts alone take the engine's other pass, without per-unit sums.
            AggregateQuery counts = query(c);
            counts.measures.resize(2);
            const AggregateTable countTable = engine.compute(counts, 3);
            const QByteArray what = QByteArray(c.name) + " (counts only)";
            QVERIFY2(countTable.units == expected.units, what);
            QVERIFY2(countTable.records == expected.records, what);
            QVERIFY2(countTable.sums.empty() && countTable.magnitudes.empty(), what);
            QVERIFY2(countTable.rowsScanned == expected.rows, what);
            QVERIFY2(countTable.earliest == expected.earliest && countTable.latest == expected.latest, what);
        }
    }

    static void check(const char* name, const AggregateTable& table, const Expected& expected)
    {
        const QByteArray what = QByteArray(name);
        QVERIFY2(table.dimensions.size() == expected.categories.size(), what);
        for (std::size_t d = 0; d < expected.categories.size(); ++d) {
            QVERIFY2(table.dimensions[d].codes == expected.categories[d], what + " categories");
            QVERIFY2(table.dimensions[d].labels.size() == expected.categories[d].size(), what);
            QVERIFY2(table.dimensions[d].unitsAdditive == expected.additive[d], what + " additivity");
        }
        QVERIFY2(table.units == expected.units, what + " units");
        QVERIFY2(table.records == expected.records, what + " records");
        QVERIFY2(table.sums.size() == 2 && table.magnitudes.size() == 2, what);
        for (std::size_t m = 0; m < 2; ++m) {
            QVERIFY2(table.sums[m] == expected.sums[m], what + " sums");
            QVERIFY2(std::equal(table.magnitudes[m].absoluteTotal.begin(), table.magnitudes[m].absoluteTotal.end(),
                                expected.absolute[m].begin(), expected.absolute[m].end()),
                     what + " absolute totals");
            QVERIFY2(table.magnitudes[m].topCount == 3, what);
            QVERIFY2(table.magnitudes[m].top == expected.top[m], what + " top contributions");
        }
        QVERIFY2(table.rowsScanned == expected.rows, what + " rows");
        QVERIFY2(table.earliest == expected.earliest && table.latest == expected.latest, what + " dates");
        QVERIFY2(table.shape.cellCount() == static_cast<int>(expected.units.size()), what + " shape");
    }

    // A prestations package whose amounts are then rewritten in the vault, claim by claim in import
    // order, as 64-bit values the importer's range check would refuse: the engine must not rely on
    // that check for its arithmetic. The first claims of each beneficiary in `firstClaims` take the
    // amounts listed, its other claims zero; other beneficiaries keep their amounts or get zero.
    void importWithAmounts(const std::vector<std::vector<qint64>>& firstClaims, bool keepOthers)
    {
        const QByteArray csv = generate(3000, 7, QDate(2024, 6, 1), QDate(2024, 12, 31));
        import(csv);
        m_claims = parse(csv, false);
        std::map<QByteArray, std::size_t> claimsOf;
        for (const Claim& claim : m_claims)
            ++claimsOf[claim.unit];
        std::map<QByteArray, std::vector<qint64>> chosen; // beneficiary -> amounts of its first claims
        for (const auto& [unit, count] : claimsOf) {
            if (chosen.size() < firstClaims.size() && count >= firstClaims[chosen.size()].size())
                chosen.emplace(unit, firstClaims[chosen.size()]);
        }
        QCOMPARE(chosen.size(), firstClaims.size());
        std::vector<qint64> amounts;
        std::map<QByteArray, std::size_t> seen;
        for (const Claim& claim : m_claims) {
            const auto found = chosen.find(claim.unit);
            if (found == chosen.end()) {
                amounts.push_back(keepOthers ? claim.amounts[1] : 0);
                continue;
            }
            const std::size_t rank = seen[claim.unit]++;
            amounts.push_back(rank < found->second.size() ? found->second[rank] : 0);
        }

        Database& db = test::VaultProbe::database(*m_vault);
        std::vector<std::pair<qint64, int>> chunks; // rowid, rows
        {
            Statement select = db.prepare(
                "SELECT rowid, rows FROM dataset_chunks WHERE column_name = 'PRS_PAI_MNT' ORDER BY package, chunk");
            while (select.step())
                chunks.emplace_back(select.int64(0), static_cast<int>(select.int64(1)));
        }
        Statement update = db.prepare("UPDATE dataset_chunks SET encoding = ?, data = ? WHERE rowid = ?");
        std::size_t next = 0;
        for (const auto& [rowid, rows] : chunks) {
            QByteArray data;
            for (int row = 0; row < rows; ++row) {
                const qint64 value = amounts.at(next++);
                data.append(reinterpret_cast<const char*>(&value), sizeof value);
            }
            update.bind(1, static_cast<qint64>(ColumnChunk::Encoding::Int64)).bindBlob(2, data).bind(3, rowid).run();
            update.reset();
        }
        QCOMPARE(next, amounts.size());
    }

    static AggregateQuery amountPaid()
    {
        return {QStringLiteral("prestations"), {}, {{MeasureKind::Sum, QStringLiteral("PRS_PAI_MNT")}}, {}};
    }

private Q_SLOTS:
    void init()
    {
        m_tv = std::make_unique<TestVault>();
        m_tv->clock->now = QDateTime(QDate(2026, 1, 10), QTime(9, 0), Qt::UTC);
        m_vault = m_tv->makeWithUsers({});
        m_claims.clear();
    }

    void cleanup()
    {
        m_vault.reset();
        m_tv.reset();
    }

    void everyCellAndMarginMatchesABruteForceCount()
    {
        importTwoPackages();
        AggregateEngine engine(*m_vault, test::VaultProbe::capability());
        checkAll(engine);
        // Answered again from the cache, in another order of queries: the same tables.
        checkAll(engine);
        // The data really has units spanning packages and categories, or this test proves less.
        const Expected months = bruteForce(m_claims, {QStringLiteral("MOIS")}, {QString()}, {}, {}, 0);
        QVERIFY(months.units.back() < std::accumulate(months.units.begin(), months.units.end() - 1, std::int64_t{0}));
        QVERIFY(!months.additive.front());
    }

    void damirCountsEachRowAsAUnit()
    {
        QByteArray damir;
        generate(3000, 5, QDate(2025, 1, 1), QDate(2025, 6, 30), &damir);
        import(damir, QStringLiteral("damir"));
        const std::vector<Claim> claims = parse(damir, true);
        AggregateEngine engine(*m_vault, test::VaultProbe::capability());
        const AggregateQuery q{
            QStringLiteral("damir"),
            {QStringLiteral("BEN_RES_REG"), QStringLiteral("FLX_ANN_MOI"), QStringLiteral("BEN_SEX_COD")},
            {{MeasureKind::Beneficiaries, {}},
             {MeasureKind::Sum, QStringLiteral("FLT_PAI_MNT")},
             {MeasureKind::Sum, QStringLiteral("FLT_ACT_QTE")}},
            {{QStringLiteral("AGE_BEN_SNDS"), {QStringLiteral("0"), QStringLiteral("80")}, {}, {}}}};
        const AggregateTable table = engine.compute(q, 3);
        const Expected expected = bruteForce(
            claims, q.dimensions, {QStringLiteral("region"), QString(), QStringLiteral("sexe")}, q.filters, {1, 0}, 3);
        check("damir", table, expected);
        QCOMPARE(table.units, table.records);
        QVERIFY(!table.earliest.isValid());
        AggregateQuery counts = q;
        counts.measures.resize(1);
        QCOMPARE(engine.compute(counts, 3).units, expected.units);
    }

    // A beneficiary whose claims net to -2^63 cents contributes 2^63, which 64 bits cannot hold:
    // negated in 64 bits it wrapped to a negative contribution no rule would ever see. The total
    // itself fits (the other claims add up to more than zero); the query is refused all the same.
    void aContributionBeyondSixtyFourBitsRefusesTheQuery()
    {
        constexpr qint64 quarter = qint64{1} << 62;
        importWithAmounts({{-quarter, -quarter}}, true);
        AggregateEngine engine(*m_vault, test::VaultProbe::capability());
        ErrorKind kind = ErrorKind::Other;
        const QString message = errorMessageOf([&] { engine.compute(amountPaid(), 2); }, &kind);
        QCOMPARE(kind, ErrorKind::InvalidInput);
        QCOMPARE(message, QStringLiteral("one contribution to PRS_PAI_MNT cannot be represented: it exceeds "
                                         "92,233,720,368,547,758.07 €"));
    }

    // Two beneficiaries netting to +(2^63 - 1) and -(2^63 - 1) cents, each over two claims: a total
    // of zero and two contributions that fit 64 bits, but an absolute total of 2^64 - 2 that does
    // not. Disclosure control gets it exactly; in 64 bits it wrapped to -2.
    void contributionsAddingUpPastSixtyFourBitsKeepAnExactTotal()
    {
        constexpr qint64 quarter = qint64{1} << 62;
        constexpr qint64 largest = std::numeric_limits<qint64>::max();
        importWithAmounts({{quarter, quarter - 1}, {-quarter, -(quarter - 1)}}, false);
        AggregateEngine engine(*m_vault, test::VaultProbe::capability());
        const AggregateTable table = engine.compute(amountPaid(), 2);
        QCOMPARE(table.sums, (std::vector<std::vector<std::int64_t>>{{0}}));
        QCOMPARE(table.magnitudes.size(), std::size_t{1});
        QVERIFY(table.magnitudes[0].absoluteTotal == std::vector<Int128>{Int128{largest} * 2});
        QCOMPARE(table.magnitudes[0].top, (std::vector<std::int64_t>{largest, largest}));
    }

    void aCancelledQueryThrowsCancelled()
    {
        importTwoPackages();
        AggregateEngine engine(*m_vault, test::VaultProbe::capability());
        const std::atomic_bool cancel{true};
        try {
            engine.compute(query(prestationsCases().front()), 2, {}, &cancel);
            QFAIL("the query ran to the end");
        } catch (const Error& error) {
            QCOMPARE(error.kind(), ErrorKind::Other);
            QCOMPARE(error.message(), QStringLiteral("cancelled"));
        }
        // Cancelled while computing, once the columns are cached.
        engine.compute(query(prestationsCases().front()), 2);
        QVERIFY_THROWS_EXCEPTION(Error, engine.compute(query(prestationsCases().front()), 2, {}, &cancel));
    }

    void progressIsReportedUpToTheEnd()
    {
        importTwoPackages();
        AggregateEngine engine(*m_vault, test::VaultProbe::capability());
        std::vector<int> percents;
        engine.compute(query(prestationsCases().front()), 2,
                       [&](const AggregateProgress& p) { percents.push_back(p.percent); });
        QVERIFY(percents.size() > 2);
        QVERIFY(std::is_sorted(percents.begin(), percents.end()));
        QCOMPARE(percents.back(), 100);
    }

    // Issue 12: the page showed the period of the rows a query kept, not the query's. The engine
    // gives the dataset's whole period; the result, the query's care dates where it filters them.
    void thePeriodShownIsTheQuerys()
    {
        importTwoPackages();
        AggregateEngine engine(*m_vault, test::VaultProbe::capability());
        const QDate first = std::min_element(m_claims.begin(), m_claims.end(), [](const Claim& a, const Claim& b) {
                                return a.care < b.care;
                            })->care;
        const QDate last = std::max_element(m_claims.begin(), m_claims.end(), [](const Claim& a, const Claim& b) {
                               return a.care < b.care;
                           })->care;
        for (const Case& c : prestationsCases()) {
            const AggregateTable table = engine.compute(query(c), 2);
            QVERIFY2(table.datasetEarliest == first && table.datasetLatest == last, c.name);

            AggregateResult result;
            result.query = query(c);
            result.earliest = table.earliest;
            result.latest = table.latest;
            result.datasetEarliest = table.datasetEarliest;
            result.datasetLatest = table.datasetLatest;
            const AggregateResult::Period period = result.period();
            QDate from = first;
            QDate to = last;
            bool filtered = false;
            for (const Filter& filter : c.filters) {
                if (filter.column == QLatin1String("EXE_SOI_DTD")) {
                    from = filter.from.value_or(from);
                    to = filter.to.value_or(to);
                    filtered = true;
                } else if (filter.column == QLatin1String("ANNEE")) {
                    from = QDate(filter.values.first().toInt(), 1, 1);
                    to = QDate(filter.values.first().toInt(), 12, 31);
                    filtered = true;
                }
            }
            QVERIFY2(period.from == from && period.to == to && period.filtered == filtered, c.name);
        }

        // Open DAMIR has no care date: no period at all.
        AggregateResult damir;
        damir.query.dataset = QStringLiteral("damir");
        QVERIFY(!damir.period().from.isValid());
    }

    // Issue 12: progress stood at 95 % while disclosure control ran for seconds. It now reports
    // its own stages, never going back, up to the end.
    void disclosureControlReportsItsProgress()
    {
        importTwoPackages();
        AggregateEngine engine(*m_vault, test::VaultProbe::capability());
        AggregateQuery q = query(prestationsCases().front()); // department x age x sex
        q.measures.resize(1);
        const AggregateTable table = engine.compute(q, 2);
        std::vector<DisclosureProgress> steps;
        const DisclosureOutcome outcome =
            protectTable({table.shape, table.units, table.magnitudes, {}}, DisclosureRules(), nullptr,
                         [&](const DisclosureProgress& step) { steps.push_back(step); });
        QVERIFY(outcome.primaryCount > 0 && outcome.secondaryCount > 0);
        QVERIFY(steps.size() > 3);
        QVERIFY(
            std::is_sorted(steps.begin(), steps.end(),
                           [](const DisclosureProgress& a, const DisclosureProgress& b) { return a.done < b.done; }));
        QCOMPARE(steps.front().stage, DisclosureProgress::Stage::Suppression);
        QCOMPARE(steps.back().stage, DisclosureProgress::Stage::Audit);
        QCOMPARE(steps.back().done, 1.0);
        // The same pattern with or without someone listening.
        const DisclosureOutcome silent =
            protectTable({table.shape, table.units, table.magnitudes, {}}, DisclosureRules());
        QVERIFY(silent.status == outcome.status);

        // Through the service, as the page hears it: the engine first, disclosure control last,
        // never going back.
        m_vault->enrol(QStringLiteral("analyst1"), TestVault::passwordOf(QStringLiteral("analyst1")));
        m_vault->lock();
        m_vault->unlock(QStringLiteral("analyst1"), TestVault::passwordOf(QStringLiteral("analyst1")));
        std::vector<AggregateProgress> reports;
        Aggregates(*m_vault).run(q, [&](const AggregateProgress& step) { reports.push_back(step); });
        QVERIFY(
            std::is_sorted(reports.begin(), reports.end(), [](const AggregateProgress& a, const AggregateProgress& b) {
                return a.percent < b.percent;
            }));
        QCOMPARE(reports.back().percent, 100);
        const auto control = std::find_if(reports.begin(), reports.end(), [](const AggregateProgress& step) {
            return step.step.startsWith(QStringLiteral("Disclosure control"));
        });
        QVERIFY(control != reports.end());
        QVERIFY(std::all_of(control, reports.end(), [](const AggregateProgress& step) {
            return step.percent >= 80 && step.step.startsWith(QStringLiteral("Disclosure control"));
        }));
        QVERIFY(std::distance(control, reports.end()) > 3);
    }

    void dropCachesEmptiesTheCache()
    {
        importTwoPackages();
        AggregateEngine engine(*m_vault, test::VaultProbe::capability());
        QCOMPARE(engine.cachedBytes(), 0);
        const AggregateTable before = engine.compute(query(prestationsCases().front()), 2);
        QVERIFY(engine.cachedBytes() > 5000 * 2);
        engine.dropCaches();
        QCOMPARE(engine.cachedBytes(), 0);
        QCOMPARE(engine.compute(query(prestationsCases().front()), 2).units, before.units);
    }

    void aTinyBudgetStillAnswersAndKeepsNothing()
    {
        importTwoPackages();
        AggregateEngine engine(*m_vault, test::VaultProbe::capability(), 1);
        checkAll(engine);
        QCOMPARE(engine.cachedBytes(), 0);
    }

    void aBudgetEvictsTheLeastRecentlyUsedColumns()
    {
        importTwoPackages();
        AggregateEngine unbounded(*m_vault, test::VaultProbe::capability());
        unbounded.compute(query(prestationsCases().front()), 2);
        const std::int64_t oneQuery = unbounded.cachedBytes();
        AggregateEngine engine(*m_vault, test::VaultProbe::capability(), oneQuery + oneQuery / 4);
        checkAll(engine);
        QVERIFY(engine.cachedBytes() <= oneQuery + oneQuery / 4);
        QVERIFY(engine.cachedBytes() > 0);
    }

    void aPackageImportedAfterAQueryIsSeen()
    {
        const QByteArray first = generate(3000, 7, QDate(2024, 6, 1), QDate(2024, 12, 31));
        import(first);
        m_claims = parse(first, false);
        AggregateEngine engine(*m_vault, test::VaultProbe::capability());
        const AggregateTable before = engine.compute(query(prestationsCases().front()), 3);
        QCOMPARE(before.records.back(), std::int64_t{3000});
        const QByteArray second = generate(2000, 7, QDate(2025, 1, 1), QDate(2025, 3, 31));
        import(second);
        const std::vector<Claim> more = parse(second, false);
        m_claims.insert(m_claims.end(), more.begin(), more.end());
        checkAll(engine);
    }

    // Issue 13 §4: each package records the period of its care dates at import, so that a table
    // keeping every row (no filter) tells its period without reading the care-date column.
    void eachPackageRecordsItsCarePeriod()
    {
        const QByteArray first = generate(3000, 7, QDate(2024, 6, 1), QDate(2024, 12, 31));
        const QByteArray second = generate(2000, 7, QDate(2025, 1, 1), QDate(2025, 3, 31));
        import(first);
        import(second);
        Database& db = test::VaultProbe::database(*m_vault);
        Statement select = db.prepare("SELECT care_first_day, care_last_day FROM packages ORDER BY care_first_day");
        for (const QByteArray& csv : {first, second}) {
            const std::vector<Claim> claims = parse(csv, false);
            const auto [earliest, latest] = std::minmax_element(
                claims.begin(), claims.end(), [](const Claim& a, const Claim& b) { return a.care < b.care; });
            QVERIFY(select.step());
            QCOMPARE(select.int64(0), QDate(1970, 1, 1).daysTo(earliest->care));
            QCOMPARE(select.int64(1), QDate(1970, 1, 1).daysTo(latest->care));
        }
        QVERIFY(!select.step());
    }

    void aTableOfEveryRowDoesNotReadTheCareDates()
    {
        importTwoPackages();
        const Case everyone = prestationsCases().back(); // grand total only: no dimension, no filter
        QVERIFY(everyone.filters.empty());
        const std::int64_t oneDayPerRow = 4 * static_cast<std::int64_t>(m_claims.size());
        AggregateEngine recorded(*m_vault, test::VaultProbe::capability());
        recorded.setReadAhead(AggregateEngine::ReadAhead::Nothing);
        const AggregateTable table = recorded.compute(query(everyone), 2);
        const std::int64_t withoutDates = recorded.cachedBytes();
        // A session's engine reads them ahead, for the date filter that may follow.
        AggregateEngine session(*m_vault, test::VaultProbe::capability());
        const AggregateTable ahead = session.compute(query(everyone), 2);
        QCOMPARE(session.cachedBytes(), withoutDates + oneDayPerRow);
        QCOMPARE(ahead.earliest, table.earliest);
        QCOMPARE(ahead.latest, table.latest);

        // A package imported before the vault recorded periods: the engine reads the care dates,
        // one 32-bit day per row, and finds the same period.
        test::VaultProbe::database(*m_vault).execute("UPDATE packages SET care_first_day = NULL, care_last_day = NULL "
                                                     "WHERE id = (SELECT min(id) FROM packages)");
        AggregateEngine unrecorded(*m_vault, test::VaultProbe::capability());
        unrecorded.setReadAhead(AggregateEngine::ReadAhead::Nothing);
        const AggregateTable read = unrecorded.compute(query(everyone), 2);
        QCOMPARE(unrecorded.cachedBytes(), withoutDates + oneDayPerRow);
        QCOMPARE(read.earliest, table.earliest);
        QCOMPARE(read.latest, table.latest);
        QCOMPARE(read.datasetEarliest, table.datasetEarliest);
        QCOMPARE(read.datasetLatest, table.datasetLatest);
        // Every table, filtered or not, still matches the brute-force count, dates included.
        checkAll(unrecorded);
    }

    // A record that cannot be true (altered outside Écluse) stops the query rather than giving a
    // period the data does not have.
    void anImpossibleCarePeriodIsRefused()
    {
        importTwoPackages();
        test::VaultProbe::database(*m_vault).execute(
            "UPDATE packages SET care_first_day = care_last_day + 1 WHERE id = (SELECT min(id) FROM packages)");
        AggregateEngine engine(*m_vault, test::VaultProbe::capability());
        engine.setReadAhead(AggregateEngine::ReadAhead::Nothing);
        QString message;
        QCOMPARE(test::errorKindOf([&] { engine.compute(query(prestationsCases().back()), 2); }, &message),
                 ErrorKind::Integrity);
        QVERIFY2(message.contains(QLatin1String("impossible care period")), qPrintable(message));
    }

    // A row without a category on a dimension is left out of the table, and out of its period:
    // then the care dates are read even without a filter.
    void aRowWithoutACategoryIsLeftOutOfThePeriod()
    {
        const QByteArray csv = generate(3000, 7, QDate(2024, 6, 1), QDate(2024, 12, 31));
        import(csv);
        m_claims = parse(csv, false);
        const QDate earliest = std::min_element(m_claims.begin(), m_claims.end(), [](const Claim& a, const Claim& b) {
                                   return a.care < b.care;
                               })->care;
        // Every row of the first day loses its sex, as an empty optional code would leave it.
        Database& db = test::VaultProbe::database(*m_vault);
        QByteArray sexes;
        {
            Statement select = db.prepare(
                "SELECT data FROM dataset_chunks WHERE column_name = 'BEN_SEX_COD' AND chunk = 0 AND encoding = 7");
            QVERIFY(select.step());
            sexes = select.blob(0);
        }
        QCOMPARE(sexes.size(), static_cast<qsizetype>(m_claims.size()));
        QDate rest;
        for (std::size_t i = 0; i < m_claims.size(); ++i) {
            if (m_claims[i].care == earliest)
                sexes[static_cast<qsizetype>(i)] = static_cast<char>(ColumnChunk::NullCode8);
            else if (!rest.isValid() || m_claims[i].care < rest)
                rest = m_claims[i].care;
        }
        db.prepare("UPDATE dataset_chunks SET data = ? WHERE column_name = 'BEN_SEX_COD' AND chunk = 0")
            .bindBlob(1, sexes)
            .run();

        AggregateEngine engine(*m_vault, test::VaultProbe::capability());
        engine.setReadAhead(AggregateEngine::ReadAhead::Nothing);
        const AggregateTable bySex = engine.compute(
            {QStringLiteral("prestations"), {QStringLiteral("BEN_SEX_COD")}, {{MeasureKind::Records, {}}}, {}}, 2);
        QCOMPARE(bySex.earliest, rest);
        QCOMPARE(bySex.datasetEarliest, earliest);
        QCOMPARE(bySex.records.back(),
                 static_cast<std::int64_t>(std::count_if(m_claims.begin(), m_claims.end(),
                                                         [&](const Claim& claim) { return claim.care != earliest; })));
    }

    void oldEncodingsWithoutDerivedColumnsGiveTheSameTables()
    {
        importTwoPackages();
        // Rewrite the chunks as the importer did before: code indexes on 16 bits, no derived
        // dimensions stored, so the engine must widen and derive them itself.
        Database& db = test::VaultProbe::database(*m_vault);
        QCOMPARE(db.queryInt("SELECT count(*) FROM dataset_chunks WHERE column_name = 'AGE_BEN_SNDS'") > 0, true);
        db.execute("DELETE FROM dataset_chunks WHERE column_name IN ('AGE_BEN_SNDS', 'BEN_RES_REG', 'ANNEE', 'MOIS')");
        std::vector<std::pair<qint64, QByteArray>> narrow;
        {
            Statement select = db.prepare("SELECT rowid, data FROM dataset_chunks WHERE encoding = 7");
            while (select.step())
                narrow.emplace_back(select.int64(0), select.blob(1));
        }
        QVERIFY(!narrow.empty());
        Statement update = db.prepare("UPDATE dataset_chunks SET encoding = 2, data = ? WHERE rowid = ?");
        for (const auto& [rowid, bytes] : narrow) {
            QByteArray wide;
            for (const char byte : bytes) {
                const auto value = static_cast<std::uint8_t>(byte);
                const std::uint16_t code = value == ColumnChunk::NullCode8 ? ColumnChunk::NullCode : value;
                wide.append(reinterpret_cast<const char*>(&code), 2);
            }
            update.bindBlob(1, wide).bind(2, rowid).run();
            update.reset();
        }
        QCOMPARE(db.queryInt("SELECT count(*) FROM dataset_chunks WHERE encoding = 7"), qint64{0});
        AggregateEngine engine(*m_vault, test::VaultProbe::capability());
        checkAll(engine);
    }
};

QTEST_GUILESS_MAIN(TestAggregateEngine)
#include "tst_aggregateengine.moc"
