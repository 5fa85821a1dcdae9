#include "crypto/Digest.h"
#include "data/DemoDataGenerator.h"
#include "data/FieldParsers.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QTest>

using namespace ecluse;

namespace {

QByteArray generate(qint64 rows, std::uint64_t seed, QByteArray* damir = nullptr)
{
    QBuffer out;
    QBuffer aggregate;
    out.open(QIODevice::WriteOnly);
    aggregate.open(QIODevice::WriteOnly);
    DemoDataGenerator({rows, seed, QDate(2025, 1, 1), QDate(2025, 12, 31)}).write(out, damir ? &aggregate : nullptr);
    if (damir)
        *damir = aggregate.data();
    return out.data();
}

} // namespace

class TestDemoDataGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedGivesTheSameBytes()
    {
        QCOMPARE(sha256(generate(30000, 9)), sha256(generate(30000, 9)));
        QVERIFY(sha256(generate(30000, 9)) != sha256(generate(30000, 10)));
    }

    void givesExactlyTheRowsAskedFor()
    {
        const QList<QByteArray> lines = generate(12345, 1).trimmed().split('\n');
        QCOMPARE(lines.size(), 12346);
        QVERIFY(lines.first().startsWith("BEN_NIR_PSA,"));
    }

    void pseudonymsLookLikeRealOnesAndNeverLikeANir()
    {
        static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
        const QList<QByteArray> lines = generate(5000, 2).trimmed().split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray pseudonym = lines[i].left(lines[i].indexOf(','));
            QVERIFY2(hex.match(QString::fromLatin1(pseudonym)).hasMatch(), pseudonym.constData());
        }
    }

    void damirAddsUpToTheClaims()
    {
        QByteArray damir;
        const QList<QByteArray> claims = generate(20000, 4, &damir).trimmed().split('\n');
        std::int64_t paid = 0;
        for (qsizetype i = 1; i < claims.size(); ++i)
            paid += *FieldParsers::amountInCents(claims[i].split(',')[9].toStdString());
        std::int64_t aggregated = 0;
        const QList<QByteArray> rows = damir.trimmed().split('\n');
        QVERIFY(rows.size() > 100);
        for (qsizetype i = 1; i < rows.size(); ++i)
            aggregated += *FieldParsers::amountInCents(rows[i].split(',')[7].toStdString());
        QCOMPARE(aggregated, paid);
    }

    void rareCombinationsExist()
    {
        // Centenarians in Mayotte: the small cells disclosure control must catch.
        const QList<QByteArray> lines = generate(200000, 3).trimmed().split('\n');
        qsizetype rare = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> fields = lines[i].split(',');
            if (fields[3] == "976" && fields[2].toInt() <= 1927)
                ++rare;
        }
        QVERIFY(rare > 0);
    }
};

QTEST_GUILESS_MAIN(TestDemoDataGenerator)
#include "tst_demodatagenerator.moc"
