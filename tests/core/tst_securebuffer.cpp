#include "crypto/SecureBuffer.h"

#include <QTest>

using namespace ecluse;

class TestSecureBuffer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void growingKeepsTheContents()
    {
        SecureBuffer buffer;
        QByteArray expected;
        for (int i = 0; i < 1000; ++i) {
            const auto byte = static_cast<unsigned char>(i * 7);
            buffer.append(byte);
            expected.append(static_cast<char>(byte));
        }
        QCOMPARE(buffer.view(), QByteArrayView(expected));
    }

    void moveLeavesTheSourceEmpty()
    {
        SecureBuffer source("secret", 6);
        SecureBuffer target = std::move(source);
        QVERIFY(source.isEmpty());
        QCOMPARE(source.data(), nullptr);
        QCOMPARE(target.view(), QByteArrayView("secret"));
    }

    void cloneIsEqualButSeparate()
    {
        SecureBuffer original("key", 3);
        SecureBuffer copy = original.clone();
        QVERIFY(copy.equals(original));
        QVERIFY(copy.data() != original.data());
        copy.data()[0] = 'K';
        QVERIFY(!copy.equals(original));
    }

    void truncateDropsTheTail()
    {
        SecureBuffer buffer("password\r", 9);
        buffer.truncate(8);
        QCOMPARE(buffer.view(), QByteArrayView("password"));
    }

    void clearReleasesEverything()
    {
        SecureBuffer buffer("abc", 3);
        buffer.clear();
        QVERIFY(buffer.isEmpty());
        QCOMPARE(buffer.data(), nullptr);
    }

    void hexIsLowercase()
    {
        const unsigned char bytes[] = {0x00, 0xab, 0xff, 0x10};
        QCOMPARE(SecureBuffer(bytes, 4).toHex().view(), QByteArrayView("00abff10"));
    }
};

QTEST_GUILESS_MAIN(TestSecureBuffer)
#include "tst_securebuffer.moc"
