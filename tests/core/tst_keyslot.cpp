#include "crypto/Random.h"
#include "vault/KeySlotFile.h"

#include "TestVault.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ecluse;
using ecluse::test::secret;

class TestKeySlot : public QObject
{
    Q_OBJECT

private:
    SystemRandom m_random;
    const ScryptParams m_cheap{1u << 14, 8, 1};
    const QString m_vaultId = QStringLiteral("0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9");
    const QDateTime m_created = QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC);

    KeySlot aliceSlot(const SecureBuffer& dataKey)
    {
        return wrapWithPassword(m_vaultId, QStringLiteral("alice"), dataKey, secret("alice's long password"), m_cheap,
                                m_random, m_created);
    }

private Q_SLOTS:
    void passwordUnwrapsTheDataKey()
    {
        const SecureBuffer dataKey = m_random.secretBytes(32);
        const auto unwrapped = unwrapKeySlot(m_vaultId, aliceSlot(dataKey), secret("alice's long password"));
        QVERIFY(unwrapped);
        QVERIFY(unwrapped->equals(dataKey));
    }

    void wrongPasswordUnwrapsNothing()
    {
        QVERIFY(!unwrapKeySlot(m_vaultId, aliceSlot(m_random.secretBytes(32)), secret("alice's long passworD")));
    }

    void slotCannotBeMovedOrWeakened()
    {
        const KeySlot slot = aliceSlot(m_random.secretBytes(32));
        KeySlot renamed = slot;
        renamed.user = QStringLiteral("mallory");
        QVERIFY(!unwrapKeySlot(m_vaultId, renamed, secret("alice's long password")));
        QVERIFY(!unwrapKeySlot(QStringLiteral("another-vault-id-0000"), slot, secret("alice's long password")));
        KeySlot weakened = slot;
        weakened.scrypt.n = 1u << 15; // an attacker lowering the cost breaks the binding
        QVERIFY(!unwrapKeySlot(m_vaultId, weakened, secret("alice's long password")));
    }

    void recoverySlotOpensWithTheRecoveryKeyOnly()
    {
        const SecureBuffer dataKey = m_random.secretBytes(32);
        const SecureBuffer recoveryKey = m_random.secretBytes(32);
        const KeySlot slot = wrapWithRecoveryKey(m_vaultId, dataKey, recoveryKey, m_random, m_created);
        QVERIFY(unwrapKeySlot(m_vaultId, slot, recoveryKey)->equals(dataKey));
        QVERIFY(!unwrapKeySlot(m_vaultId, slot, m_random.secretBytes(32)));
    }

    void fileRoundTripsAndStaysPrivate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keyslots.json"));
        const SecureBuffer dataKey = m_random.secretBytes(32);
        KeySlotFile file;
        file.vaultId = m_vaultId;
        file.put(aliceSlot(dataKey));
        file.save(path);
        QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());

        const KeySlotFile loaded = KeySlotFile::load(path);
        QCOMPARE(loaded.vaultId, m_vaultId);
        QVERIFY(loaded.passwordSlot(QStringLiteral("alice")));
        QVERIFY(unwrapKeySlot(m_vaultId, *loaded.passwordSlot(QStringLiteral("alice")), secret("alice's long password"))
                    ->equals(dataKey));
    }

    void damagedFileIsAnIntegrityError_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::newRow("not json") << QByteArray("{ this is not json");
        QTest::newRow("foreign json") << QByteArray(R"({"format": "something-else", "version": 1})");
        QTest::newRow("bad nonce") << QByteArray(
            R"({"format":"ecluse-keyslots","version":1,"vault":"0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9",)"
            R"("database":{"pageSize":4096},"slots":[{"kind":"recovery","cipher":"aes-256-gcm",)"
            R"("kdf":{"name":"hkdf-sha256","salt":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="},)"
            R"("nonce":"AAAA","wrappedKey":"AAAA","created":"2026-11-28T10:00:00Z"}]})");
        QTest::newRow("memory-exhausting cost") << QByteArray(
            R"({"format":"ecluse-keyslots","version":1,"vault":"0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9",)"
            R"("database":{"pageSize":4096},"slots":[{"kind":"password","user":"a","cipher":"aes-256-gcm",)"
            R"("kdf":{"name":"scrypt","n":1073741824,"r":8,"p":1,"salt":"AAAA"}}]})");
    }

    void damagedFileIsAnIntegrityError()
    {
        QFETCH(QByteArray, contents);
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("keyslots.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(contents);
        file.close();
        try {
            KeySlotFile::load(file.fileName());
            QFAIL("a damaged key-slot file must be refused");
        } catch (const Error& error) {
            QCOMPARE(error.kind(), ErrorKind::Integrity);
        }
    }

    void newerFormatIsRefusedClearly()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("keyslots.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "ecluse-keyslots", "version": 2})");
        file.close();
        try {
            KeySlotFile::load(file.fileName());
            QFAIL("a newer key-slot format must be refused");
        } catch (const Error& error) {
            QCOMPARE(error.kind(), ErrorKind::Other);
            QVERIFY2(error.message().contains(QStringLiteral("newer")), qPrintable(error.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestKeySlot)
#include "tst_keyslot.moc"
