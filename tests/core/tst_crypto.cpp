#include "crypto/Aead.h"
#include "crypto/Digest.h"
#include "crypto/Kdf.h"
#include "crypto/Random.h"

#include <QTest>

using namespace ecluse;

namespace {
SecureBuffer bytes(const QByteArray& data)
{
    return SecureBuffer(data.constData(), static_cast<std::size_t>(data.size()));
}
} // namespace

// Known-answer vectors from the RFCs: a wrapper that passes a parameter wrongly fails here.
class TestCrypto : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sha256MatchesTheStandardVector()
    {
        QCOMPARE(sha256("abc").toHex(), QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }

    void hmacMatchesRfc4231()
    {
        QCOMPARE(hmacSha256(bytes("Jefe"), "what do ya want for nothing?").toHex(),
                 QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
    }

    void hkdfMatchesRfc5869()
    {
        const SecureBuffer ikm = bytes(QByteArray(22, '\x0b'));
        const QByteArray salt = QByteArray::fromHex("000102030405060708090a0b0c");
        const QByteArray info = QByteArray::fromHex("f0f1f2f3f4f5f6f7f8f9");
        QCOMPARE(QByteArray(hkdfSha256(ikm, salt, info, 42).chars(), 42).toHex(),
                 QByteArray("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865"));
    }

    void scryptMatchesRfc7914()
    {
        const SecureBuffer key = scrypt(bytes("password"), "NaCl", ScryptParams{1024, 8, 16}, 64);
        QCOMPARE(
            QByteArray(key.chars(), 64).toHex(),
            QByteArray("fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b3731622eaf30d92e22a3886ff109279d9830"
                       "dac727afb94a83ee6d8360cbdfa2cc0640"));
    }

    void scryptParametersHaveBounds()
    {
        QVERIFY(ScryptParams::interactive().isAcceptable());
        QVERIFY(!(ScryptParams{1024, 8, 1}.isAcceptable()));           // too cheap to slow guessing
        QVERIFY(!(ScryptParams{(1u << 16) + 1, 8, 1}.isAcceptable())); // not a power of two
        QVERIFY(!(ScryptParams{1ull << 24, 8, 1}.isAcceptable()));     // 2 GiB of memory
    }

    void gcmOpensWhatItSealed()
    {
        SystemRandom random;
        const SecureBuffer key = random.secretBytes(32);
        const QByteArray nonce = random.publicBytes(12);
        const QByteArray sealed = aesGcmSeal(key, nonce, "context", bytes("the data key"));
        QCOMPARE(sealed.size(), 12 + 16);
        const auto opened = aesGcmOpen(key, nonce, "context", sealed);
        QVERIFY(opened);
        QCOMPARE(opened->view(), QByteArrayView("the data key"));
    }

    void gcmRefusesAnyChange()
    {
        SystemRandom random;
        const SecureBuffer key = random.secretBytes(32);
        const QByteArray nonce = random.publicBytes(12);
        const QByteArray sealed = aesGcmSeal(key, nonce, "context", bytes("the data key"));
        QByteArray flipped = sealed;
        flipped[3] = static_cast<char>(flipped[3] ^ 1);
        QVERIFY(!aesGcmOpen(key, nonce, "context", flipped));
        QVERIFY(!aesGcmOpen(key, nonce, "other context", sealed));
        QVERIFY(!aesGcmOpen(random.secretBytes(32), nonce, "context", sealed));
        QVERIFY(!aesGcmOpen(key, nonce, "context", sealed.left(10)));
    }
};

QTEST_GUILESS_MAIN(TestCrypto)
#include "tst_crypto.moc"
