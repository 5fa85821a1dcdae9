#include "data/IdentifierScanner.h"

#include <QRandomGenerator>
#include <QTest>

#include <string_view>

using namespace ecluse;

namespace ecluse {
// QCOMPARE prints the kind by name when a verdict is wrong.
char* toString(IdentifierKind kind)
{
    return qstrdup(kind == IdentifierKind::None ? "None" : identifierKindName(kind).toUtf8().constData());
}
} // namespace ecluse

namespace {
std::string_view view(const QByteArray& bytes)
{
    return {bytes.constData(), static_cast<std::size_t>(bytes.size())};
}

// The INSEE key written independently of the scanner: 97 - (N mod 97) over the 13 digits, 2A and 2B read as
// 19 and 18. `base` may hold separators.
QByteArray nirKey(QByteArray base)
{
    base.replace(' ', "").replace('.', "");
    if (base.mid(5, 2) == "2A")
        base.replace(5, 2, "19");
    else if (base.mid(5, 2) == "2B")
        base.replace(5, 2, "18");
    return QByteArray::number(97 - base.left(13).toLongLong() % 97).rightJustified(2, '0');
}

QByteArray withNirKey(const QByteArray& base)
{
    return base + nirKey(base);
}

bool hasValidNirKey(const QByteArray& nir)
{
    return nir.right(2) == nirKey(nir.left(13));
}

QByteArray randomDigits(QRandomGenerator& random, int count)
{
    QByteArray digits;
    for (int i = 0; i < count; ++i)
        digits += static_cast<char>('0' + random.bounded(10));
    return digits;
}
} // namespace

// The import refuses any row where this scanner sees a direct identifier: a miss lets a person's identity into
// the vault, a false alarm blocks a legitimate package.
class TestIdentifierScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identifiersAreCaught_data()
    {
        QTest::addColumn<QByteArray>("field");
        QTest::addColumn<IdentifierKind>("kind");

        QTest::newRow("NIR") << withNirKey("1850578006084") << IdentifierKind::Nir;
        QTest::newRow("NIR, woman born in Corsica") << withNirKey("291072A004123") << IdentifierKind::Nir;
        QTest::newRow("NIR, Haute-Corse, lowercase") << withNirKey("178112B033017").toLower() << IdentifierKind::Nir;
        QTest::newRow("NIR with spaces") << withNirKey("1 85 05 78 006 084 ") << IdentifierKind::Nir;
        QTest::newRow("NIR with spaces, Corsica") << withNirKey("2 91 07 2A 004 123 ") << IdentifierKind::Nir;
        QTest::newRow("NIR with dots") << withNirKey("2.63.11.75.115.042.") << IdentifierKind::Nir;
        QTest::newRow("NIR, unknown month") << withNirKey("1855099352007") << IdentifierKind::Nir;
        QTest::newRow("NIR, temporary number") << withNirKey("7901299135001") << IdentifierKind::Nir;
        QTest::newRow("NIR padded with blanks") << " " + withNirKey("1850578006084") + "\t" << IdentifierKind::Nir;

        QTest::newRow("e-mail") << QByteArray("jean.dupont@example.fr") << IdentifierKind::Email;
        QTest::newRow("e-mail, subdomain and tag") << QByteArray("a+b@sub.example.com") << IdentifierKind::Email;
        QTest::newRow("e-mail, digits first") << QByteArray("0612345678@sms.example.fr") << IdentifierKind::Email;

        QTest::newRow("phone") << QByteArray("0612345678") << IdentifierKind::FrenchPhone;
        QTest::newRow("phone, spaces") << QByteArray("06 12 34 56 78") << IdentifierKind::FrenchPhone;
        QTest::newRow("phone, dots") << QByteArray("06.12.34.56.78") << IdentifierKind::FrenchPhone;
        QTest::newRow("phone, dashes") << QByteArray("01-45-67-89-10") << IdentifierKind::FrenchPhone;
        QTest::newRow("phone, +33 spaced") << QByteArray("+33 6 12 34 56 78") << IdentifierKind::FrenchPhone;
        QTest::newRow("phone, +33") << QByteArray("+33612345678") << IdentifierKind::FrenchPhone;
        QTest::newRow("phone, 0033") << QByteArray("0033612345678") << IdentifierKind::FrenchPhone;
        QTest::newRow("phone, +33 (0)") << QByteArray("+33 (0)6 12 34 56 78") << IdentifierKind::FrenchPhone;

        QTest::newRow("IBAN FR") << QByteArray("FR7630006000011234567890189") << IdentifierKind::Iban;
        QTest::newRow("IBAN FR, groups") << QByteArray("FR76 3000 6000 0112 3456 7890 189") << IdentifierKind::Iban;
        QTest::newRow("IBAN DE") << QByteArray("DE89370400440532013000") << IdentifierKind::Iban;
        QTest::newRow("IBAN GB") << QByteArray("GB82WEST12345698765432") << IdentifierKind::Iban;
        QTest::newRow("IBAN GB, lowercase") << QByteArray("gb82west12345698765432") << IdentifierKind::Iban;
    }

    void identifiersAreCaught()
    {
        QFETCH(QByteArray, field);
        QFETCH(IdentifierKind, kind);
        QCOMPARE(IdentifierScanner::scan(view(field)), kind);
    }

    void ordinaryValuesPass_data()
    {
        QTest::addColumn<QByteArray>("field");

        QTest::newRow("pseudonym") << QByteArray("3f1c8e2a9b7d4c6e0a5f2b8d1e9c7a3b6d4f0e2c8a1b9d7f5e3c0a2b4d6f8e1c");
        QTest::newRow("pseudonym, all digits")
            << QByteArray("1850578006084361850578006084361850578006084361850578006084361234");
        QTest::newRow("amount") << QByteArray("12.50");
        QTest::newRow("negative amount") << QByteArray("-0.01");
        QTest::newRow("large amount") << QByteArray("-1234567.20");
        QTest::newRow("date") << QByteArray("2026-03-15");
        QTest::newRow("department") << QByteArray("75");
        QTest::newRow("Corsican department") << QByteArray("2A");
        QTest::newRow("Corsican commune") << QByteArray("2A004");
        QTest::newRow("commune") << QByteArray("75056");
        QTest::newRow("one") << QByteArray("1");
        QTest::newRow("code") << QByteArray("C1111");
        QTest::newRow("year") << QByteArray("1985");
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("zero") << QByteArray("0");
        QTest::newRow("blanks") << QByteArray("   ");
        QTest::newRow("15 digits, invalid key") << QByteArray("100000000000000");
        const QByteArray nir = withNirKey("1850578006084");
        QTest::newRow("NIR with a wrong key")
            << nir.left(13) + QByteArray::number(nir.right(2).toInt() % 97 + 1).rightJustified(2, '0');
        QTest::newRow("NIR without key") << QByteArray("1850578006084");
        QTest::newRow("NIR-shaped, month 13") << withNirKey("1851378006084");
        QTest::newRow("IBAN with one digit changed") << QByteArray("FR7630006000011234567890188");
        QTest::newRow("IBAN-shaped, check digits 01") << QByteArray("FR0130006000011234567890189");
        QTest::newRow("10 digits, second digit 0") << QByteArray("0012345678");
        QTest::newRow("9 digits from 0") << QByteArray("061234567");
        QTest::newRow("20 digits") << QByteArray("12345678901234567890");
        QTest::newRow("at sign without domain") << QByteArray("jean@dupont");
        QTest::newRow("e-mail with a space") << QByteArray("jean dupont@example.fr");
        QTest::newRow("numeric top-level label") << QByteArray("x@10.0.0.1");
    }

    void ordinaryValuesPass()
    {
        QFETCH(QByteArray, field);
        QCOMPARE(IdentifierScanner::scan(view(field)), IdentifierKind::None);
    }

    void randomPseudonymsAreNeverIdentifiers()
    {
        QRandomGenerator random(20260315);
        for (int n = 0; n < 1000; ++n) {
            QByteArray pseudonym;
            for (int i = 0; i < 64; ++i)
                pseudonym += "0123456789abcdef"[random.bounded(16)];
            QVERIFY2(IdentifierScanner::scan(view(pseudonym)) == IdentifierKind::None, pseudonym.constData());
        }
    }

    // Which random NIR-shaped numbers are caught is decided by the key alone, exactly as INSEE computes it.
    void randomDigitStringsRarelyLookLikeNir()
    {
        QRandomGenerator random(1985);
        int caught = 0;
        for (int n = 0; n < 10000; ++n) {
            const QByteArray month = QByteArray::number(random.bounded(1, 13)).rightJustified(2, '0');
            const QByteArray digits = '1' + randomDigits(random, 2) + month + randomDigits(random, 10);
            const IdentifierKind expected = hasValidNirKey(digits) ? IdentifierKind::Nir : IdentifierKind::None;
            QVERIFY2(IdentifierScanner::scan(view(digits)) == expected, digits.constData());
            caught += expected == IdentifierKind::Nir;
        }
        QVERIFY(caught > 0); // both verdicts were exercised
    }

    // ISO 13616: of the 100 check-digit pairs in front of one account, only the computed one is an IBAN.
    void onlyTheRightIbanCheckDigitsAreCaught()
    {
        for (int check = 0; check < 100; ++check) {
            const QByteArray iban = "FR" + QByteArray::number(check).rightJustified(2, '0') + "30006000011234567890189";
            const IdentifierKind expected = check == 76 ? IdentifierKind::Iban : IdentifierKind::None;
            QVERIFY2(IdentifierScanner::scan(view(iban)) == expected, iban.constData());
        }
    }

    void kindsHaveNamesForMessages()
    {
        QCOMPARE(identifierKindName(IdentifierKind::Nir), QStringLiteral("NIR"));
        QCOMPARE(identifierKindName(IdentifierKind::Email), QStringLiteral("e-mail address"));
        QCOMPARE(identifierKindName(IdentifierKind::FrenchPhone), QStringLiteral("French phone number"));
        QCOMPARE(identifierKindName(IdentifierKind::Iban), QStringLiteral("IBAN"));
    }
};

QTEST_GUILESS_MAIN(TestIdentifierScanner)
#include "tst_identifierscanner.moc"
