#include "crypto/Random.h"
#include "vault/RecoveryKey.h"

#include <QTest>

using namespace ecluse;

class TestRecoveryKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printedFormReadsBack()
    {
        SystemRandom random;
        const SecureBuffer key = RecoveryKey::generate(random);
        const SecureBuffer printed = RecoveryKey::format(key);
        QCOMPARE(printed.size(), std::size_t(52 + 12)); // 13 groups of 4, 12 dashes
        const auto parsed = RecoveryKey::parse(printed);
        QVERIFY(parsed);
        QVERIFY(parsed->equals(key));
    }

    void caseSpacesAndDashesDoNotMatter()
    {
        SystemRandom random;
        const SecureBuffer key = RecoveryKey::generate(random);
        QByteArray text(RecoveryKey::format(key).chars(), 64);
        text = text.toLower().replace('-', ' ');
        const auto parsed = RecoveryKey::parse(SecureBuffer(text.constData(), static_cast<std::size_t>(text.size())));
        QVERIFY(parsed);
        QVERIFY(parsed->equals(key));
    }

    void malformedKeysAreRefused_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("too short") << QByteArray("ABCD-EFGH");
        QTest::newRow("not base32") << QByteArray(52, '1');
        QTest::newRow("too long") << QByteArray(56, 'A');
    }

    void malformedKeysAreRefused()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!RecoveryKey::parse(SecureBuffer(text.constData(), static_cast<std::size_t>(text.size()))));
    }
};

QTEST_GUILESS_MAIN(TestRecoveryKey)
#include "tst_recoverykey.moc"
