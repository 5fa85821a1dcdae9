// Conversions between int64 and GMP: exact over the whole range, on every platform. GMP's own
// constructors and get_si() go through `long`, 32 bits on Windows; these go through neither.

#include "sdc/GmpInt64.h"

#include <QTest>

#include <limits>

using namespace ecluse;

namespace {

constexpr qint64 Smallest = std::numeric_limits<qint64>::min();
constexpr qint64 Largest = std::numeric_limits<qint64>::max();

} // namespace

class TestGmpInt64 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valuesRoundTripExactly_data()
    {
        QTest::addColumn<qint64>("value");
        QTest::newRow("zero") << qint64{0};
        QTest::newRow("one") << qint64{1};
        QTest::newRow("minus one") << qint64{-1};
        QTest::newRow("2^31 - 1") << qint64{2'147'483'647};
        QTest::newRow("2^31") << qint64{2'147'483'648};
        QTest::newRow("-2^31") << qint64{-2'147'483'648};
        QTest::newRow("-2^31 - 1") << qint64{-2'147'483'649};
        QTest::newRow("three billion units") << qint64{3'000'000'007};
        QTest::newRow("2^32") << qint64{4'294'967'296};
        QTest::newRow("2^53 + 1") << qint64{9'007'199'254'740'993};
        QTest::newRow("10^12 euros in cents") << qint64{100'000'000'000'000};
        QTest::newRow("2^62") << qint64{4'611'686'018'427'387'904};
        QTest::newRow("2^63 - 2") << Largest - 1;
        QTest::newRow("2^63 - 1") << Largest;
        QTest::newRow("-2^63 + 1") << Smallest + 1;
        QTest::newRow("-2^63") << Smallest;
    }

    void valuesRoundTripExactly()
    {
        QFETCH(qint64, value);
        const std::string decimal = QByteArray::number(value).toStdString();
        const mpz_class integer = toMpz(value);
        QCOMPARE(integer.get_str(), decimal);
        QCOMPARE(toMpq(value).get_str(), decimal);
        QCOMPARE(toInt64(integer), std::optional<std::int64_t>(value));
        // The same value computed by GMP itself, from its decimal digits, narrows back too.
        QCOMPARE(toInt64(mpz_class(decimal)), std::optional<std::int64_t>(value));
    }

    void valuesBeyondSixtyFourBitsDoNotNarrow_data()
    {
        QTest::addColumn<QByteArray>("decimal");
        QTest::newRow("2^63") << QByteArray("9223372036854775808");
        QTest::newRow("-2^63 - 1") << QByteArray("-9223372036854775809");
        QTest::newRow("2^64 - 1") << QByteArray("18446744073709551615");
        QTest::newRow("2^64") << QByteArray("18446744073709551616");
        QTest::newRow("-2^64") << QByteArray("-18446744073709551616");
        QTest::newRow("2^64 + 5, whose low bits are 5") << QByteArray("18446744073709551621");
        QTest::newRow("10^30") << QByteArray("1000000000000000000000000000000");
    }

    void valuesBeyondSixtyFourBitsDoNotNarrow()
    {
        QFETCH(QByteArray, decimal);
        QCOMPARE(toInt64(mpz_class(decimal.toStdString())), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestGmpInt64)
#include "tst_gmpint64.moc"
