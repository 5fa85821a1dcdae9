#include "common/Error.h"
#include "crypto/Ed25519.h"
#include "crypto/Random.h"

#include <QTest>

using namespace ecluse;

class TestEd25519 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signatureVerifiesOnlyForItsMessageAndKey()
    {
        SystemRandom random;
        const Ed25519SigningKey key = Ed25519SigningKey::generate(random);
        const QByteArray signature = key.sign("manifest");
        QCOMPARE(signature.size(), 64);
        QVERIFY(ed25519Verify(key.publicKey(), "manifest", signature));
        QVERIFY(!ed25519Verify(key.publicKey(), "manifesT", signature));
        QVERIFY(!ed25519Verify(Ed25519SigningKey::generate(random).publicKey(), "manifest", signature));
        QVERIFY(!ed25519Verify(key.publicKey(), "manifest", signature.left(63)));
    }

    void rfc8032TestVectorOne()
    {
        const QByteArray seedHex = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
        const QByteArray seed = QByteArray::fromHex(seedHex);
        const QByteArray pem = "-----BEGIN PRIVATE KEY-----\n" +
                               (QByteArray::fromHex("302e020100300506032b657004220420") + seed).toBase64() +
                               "\n-----END PRIVATE KEY-----\n";
        const Ed25519SigningKey key =
            Ed25519SigningKey::fromPem(SecureBuffer(pem.constData(), std::size_t(pem.size())));
        QCOMPARE(key.publicKey().toHex(),
                 QByteArray("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"));
        QCOMPARE(
            key.sign("").toHex(),
            QByteArray("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46"
                       "bd25bf5f0595bbe24655141438e7a100b"));
    }

    void pemRoundTrips()
    {
        SystemRandom random;
        const Ed25519SigningKey key = Ed25519SigningKey::generate(random);
        const Ed25519SigningKey again = Ed25519SigningKey::fromPem(key.toPem());
        QCOMPARE(again.publicKey(), key.publicKey());
        QCOMPARE(ed25519PublicKeyFromPem(ed25519PublicKeyToPem(key.publicKey())), key.publicKey());
        QCOMPARE(keyFingerprint(key.publicKey()).size(), 16);
    }

    void garbageIsNotAKey()
    {
        QVERIFY_THROWS_EXCEPTION(Error, Ed25519SigningKey::fromPem(SecureBuffer("not a key", 9)));
        QVERIFY_THROWS_EXCEPTION(
            Error, ed25519PublicKeyFromPem("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n"));
    }
};

QTEST_GUILESS_MAIN(TestEd25519)
#include "tst_ed25519.moc"
