#include "common/Canonical.h"
#include "crypto/Digest.h"
#include "crypto/Random.h"
#include "vault/KeySlotFile.h"

#include "TestFiles.h"
#include "TestVault.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ecluse;
using ecluse::test::readFile;
using ecluse::test::secret;
using ecluse::test::writeFile;

namespace {

// Whether `loaded` says what `reference` says (a flip that changed nothing, such as the case of a
// hexadecimal digit, is no damage).
bool sameContents(const KeySlotFile& loaded, const KeySlotFile& reference)
{
    if (loaded.vaultId != reference.vaultId || loaded.generation != reference.generation ||
        loaded.cipherPageSize != reference.cipherPageSize || loaded.cipherHmac != reference.cipherHmac ||
        loaded.slots.size() != reference.slots.size())
        return false;
    for (std::size_t i = 0; i < loaded.slots.size(); ++i) {
        const KeySlot& a = loaded.slots[i];
        const KeySlot& b = reference.slots[i];
        if (a.user != b.user || a.salt != b.salt || a.nonce != b.nonce || a.wrappedKey != b.wrappedKey ||
            a.mac != b.mac || a.createdUtc != b.createdUtc || !(a.scrypt == b.scrypt))
            return false;
    }
    return true;
}

} // namespace

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
        writeSlotFile(path, dataKey);
        QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());

        const KeySlotFile loaded = KeySlotFile::load(path);
        QCOMPARE(loaded.vaultId, m_vaultId);
        QCOMPARE(loaded.generation, 3);
        QCOMPARE(loaded.change.action, QStringLiteral("enrol"));
        QVERIFY(loaded.damaged.empty());
        QVERIFY2(loaded.verify(keySlotMacKey(dataKey, m_vaultId)).isEmpty(),
                 qPrintable(loaded.verify(keySlotMacKey(dataKey, m_vaultId)).join(QLatin1Char('\n'))));
        QVERIFY(unwrapKeySlot(m_vaultId, *loaded.passwordSlot(QStringLiteral("alice")), secret("alice's long password"))
                    ->equals(dataKey));
    }

    void everyFlippedBitIsCaught()
    {
        // Issue 9: flips in another user's salt or wrapped key used to pass verification, and the
        // user was then told "wrong password". Whatever bit flips, the file is refused, a slot is
        // reported damaged, or verification under the key names the part.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keyslots.json"));
        const SecureBuffer dataKey = m_random.secretBytes(32);
        writeSlotFile(path, dataKey);
        const QByteArray original = readFile(path);
        const SecureBuffer macKey = keySlotMacKey(dataKey, m_vaultId);
        const KeySlotFile reference = KeySlotFile::parse(original, path);
        int unnoticed = 0;
        QStringList unnoticedAt;
        for (qsizetype at = 0; at < original.size(); ++at) {
            if (original.at(at) == ' ' || original.at(at) == '\n')
                continue; // JSON whitespace: a flip there makes invalid JSON or changes nothing
            for (int bit : {0, 3, 6}) {
                QByteArray flipped = original;
                flipped[at] = static_cast<char>(flipped.at(at) ^ (1 << bit));
                try {
                    const KeySlotFile loaded = KeySlotFile::parse(flipped, path);
                    if (loaded.damaged.empty() && loaded.verify(macKey).isEmpty() && !sameContents(loaded, reference)) {
                        ++unnoticed;
                        unnoticedAt << QString::number(at);
                    }
                } catch (const Error& error) {
                    QVERIFY2(error.kind() == ErrorKind::Integrity || error.kind() == ErrorKind::Other,
                             qPrintable(error.message()));
                }
            }
        }
        QVERIFY2(unnoticed == 0, qPrintable(unnoticedAt.join(QLatin1Char(' '))));
    }

    void slotRewrittenWithoutTheKeyFailsVerificationOnly()
    {
        // Someone without the data key gives analyst2's slot a new salt and fixes its checksum:
        // the file loads (nothing accidental), and `vault verify` names the slot.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keyslots.json"));
        const SecureBuffer dataKey = m_random.secretBytes(32);
        KeySlotFile file = writeSlotFile(path, dataKey);
        KeySlotFile forged = KeySlotFile::load(path);
        KeySlot* bob = nullptr;
        for (KeySlot& slot : forged.slots) {
            if (slot.user == QStringLiteral("bob"))
                bob = &slot;
        }
        QVERIFY(bob);
        bob->salt = m_random.publicBytes(32);
        forged.save(path, m_random.secretBytes(32)); // an attacker's own key, not the vault's
        const KeySlotFile loaded = KeySlotFile::load(path);
        QVERIFY(loaded.damaged.empty());
        const QStringList problems = loaded.verify(keySlotMacKey(dataKey, m_vaultId));
        QVERIFY2(problems.join(QLatin1Char(' ')).contains(QStringLiteral("the slot of bob")),
                 qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void damagedSlotDoesNotStopTheOthers()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keyslots.json"));
        const SecureBuffer dataKey = m_random.secretBytes(32);
        writeSlotFile(path, dataKey);
        QByteArray bytes = readFile(path);
        // bob's salt, re-encoded as valid base64 of other bytes: only the checksum can tell.
        const KeySlotFile loaded = KeySlotFile::load(path);
        const QByteArray salt = loaded.passwordSlot(QStringLiteral("bob"))->salt.toBase64();
        QVERIFY(bytes.contains(salt));
        QByteArray otherSalt = loaded.passwordSlot(QStringLiteral("bob"))->salt;
        otherSalt[5] = static_cast<char>(otherSalt[5] ^ 0x10);
        bytes.replace(salt, otherSalt.toBase64());
        writeFile(path, bytes);

        const KeySlotFile damaged = KeySlotFile::load(path);
        QVERIFY(!damaged.passwordSlot(QStringLiteral("bob")));
        QVERIFY(damaged.damagedSlot(KeySlot::Kind::Password, QStringLiteral("bob")));
        QVERIFY(
            unwrapKeySlot(m_vaultId, *damaged.passwordSlot(QStringLiteral("alice")), secret("alice's long password"))
                ->equals(dataKey));
        // Saved again (another user enrolled meanwhile), the damaged entry is kept as evidence.
        KeySlotFile next = damaged;
        next.save(path, keySlotMacKey(dataKey, m_vaultId));
        QVERIFY(KeySlotFile::load(path).damagedSlot(KeySlot::Kind::Password, QStringLiteral("bob")));
    }

    void damagedFileIsAnIntegrityError_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::newRow("not json") << QByteArray("{ this is not json");
        QTest::newRow("foreign json") << QByteArray(R"({"format": "something-else", "version": 1})");
        QTest::newRow("no version") << QByteArray(R"({"format": "ecluse-keyslots"})");
        QTest::newRow("bad page size") << QByteArray(
            R"({"format":"ecluse-keyslots","version":1,"vault":"0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9",)"
            R"("database":{"pageSize":1000},"slots":[]})");
        QTest::newRow("header without checksum")
            << QByteArray(R"({"format":"ecluse-keyslots","version":2,"vault":"0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9",)"
                          R"("pageSize":4096,"generation":1,"change":{},"slots":[]})");
        QTest::newRow("too large")
            << QByteArray("{\"format\":\"ecluse-keyslots\",\"pad\":\"").append(QByteArray(2 << 20, 'x')).append("\"}");
    }

    void damagedFileIsAnIntegrityError()
    {
        QFETCH(QByteArray, contents);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keyslots.json"));
        writeFile(path, contents);
        try {
            KeySlotFile::load(path);
            QFAIL("a damaged key-slot file must be refused");
        } catch (const Error& error) {
            QCOMPARE(error.kind(), ErrorKind::Integrity);
            QVERIFY2(error.message().contains(path), qPrintable(error.message()));
        }
    }

    void somethingElseInPlaceOfTheFileIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keyslots.json"));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("keyslots.json")));
        try {
            KeySlotFile::load(path);
            QFAIL("a folder is not a key-slot file");
        } catch (const Error& error) {
            QCOMPARE(error.kind(), ErrorKind::Integrity);
        }
    }

    void slotWithAbsurdParametersIsDamagedNotFatal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keyslots.json"));
        writeFile(path,
                  R"({"format":"ecluse-keyslots","version":1,"vault":"0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9",)"
                  R"("database":{"pageSize":4096},"slots":[{"kind":"password","user":"a",)"
                  R"("cipher":"aes-256-gcm","kdf":{"name":"scrypt","n":1073741824,"r":8,"p":1,"salt":"AAAA"}}]})");
        const KeySlotFile loaded = KeySlotFile::load(path);
        QVERIFY(loaded.slots.empty());
        QVERIFY(loaded.damagedSlot(KeySlot::Kind::Password, QStringLiteral("a")));
    }

    void newVaultsRecordTheirPagesMac()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keyslots.json"));
        writeSlotFile(path, m_random.secretBytes(32));
        const QJsonObject root = QJsonDocument::fromJson(readFile(path)).object();
        QCOMPARE(root.value(QStringLiteral("version")).toInt(), 3);
        QCOMPARE(root.value(QStringLiteral("cipherHmac")).toString(), QStringLiteral("HMAC_SHA256"));
        QCOMPARE(KeySlotFile::load(path).cipher().hmac, CipherSettings::Hmac::Sha256);
    }

    void aFileOfVersionTwoDescribesASha512Vault()
    {
        // Vaults made before the MAC was recorded use SQLCipher 4's default, HMAC-SHA512: their file
        // (version 2, its header checksum over the version-2 header) must still say so.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keyslots.json"));
        const KeySlotFile written = writeSlotFile(path, m_random.secretBytes(32));
        QJsonObject root = QJsonDocument::fromJson(readFile(path)).object();
        root.remove(QStringLiteral("cipherHmac"));
        root.insert(QStringLiteral("version"), 2);
        const QByteArray header = CanonicalBytes("ecluse-keyslots-header-v2")
                                      .add(written.vaultId.toUtf8())
                                      .add(written.cipherPageSize)
                                      .add(written.generation)
                                      .add(written.change.action.toUtf8())
                                      .add(written.change.user.toUtf8())
                                      .add(written.change.by.toUtf8())
                                      .add(written.change.atUtc.toUTC().toString(Qt::ISODate).toUtf8())
                                      .add(written.change.removed.join(QLatin1Char(',')).toUtf8())
                                      .bytes();
        root.insert(QStringLiteral("check"), QString::fromLatin1(sha256(header).toBase64()));
        writeFile(path, QJsonDocument(root).toJson());
        const KeySlotFile loaded = KeySlotFile::load(path);
        QCOMPARE(loaded.version, 2);
        QCOMPARE(loaded.cipher().hmac, CipherSettings::Hmac::Sha512);
        QCOMPARE(loaded.cipher().pageSize, written.cipherPageSize);

        // The same header read as version 3 does not match: a file cannot be relabelled.
        root.insert(QStringLiteral("version"), 3);
        root.insert(QStringLiteral("cipherHmac"), QStringLiteral("HMAC_SHA512"));
        writeFile(path, QJsonDocument(root).toJson());
        QVERIFY_THROWS_EXCEPTION(Error, KeySlotFile::load(path));
    }

    void anUnknownPagesMacIsDamage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keyslots.json"));
        writeSlotFile(path, m_random.secretBytes(32));
        QJsonObject root = QJsonDocument::fromJson(readFile(path)).object();
        root.insert(QStringLiteral("cipherHmac"), QStringLiteral("HMAC_SHA1"));
        writeFile(path, QJsonDocument(root).toJson());
        try {
            KeySlotFile::load(path);
            QFAIL("an unknown MAC algorithm must be refused");
        } catch (const Error& error) {
            QCOMPARE(error.kind(), ErrorKind::Integrity);
            QVERIFY2(error.message().contains(QStringLiteral("MAC algorithm")), qPrintable(error.message()));
        }
    }

    void newerFormatIsRefusedClearly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keyslots.json"));
        writeFile(path, R"({"format": "ecluse-keyslots", "version": 4})");
        try {
            KeySlotFile::load(path);
            QFAIL("a newer key-slot format must be refused");
        } catch (const Error& error) {
            QCOMPARE(error.kind(), ErrorKind::Other);
            QVERIFY2(error.message().contains(QStringLiteral("newer")), qPrintable(error.message()));
        }
    }

private:
    KeySlotFile writeSlotFile(const QString& path, const SecureBuffer& dataKey)
    {
        KeySlotFile file;
        file.vaultId = m_vaultId;
        file.generation = 3;
        file.change = {QStringLiteral("enrol"), QStringLiteral("bob"), QStringLiteral("alice"), m_created, {}};
        file.put(wrapWithRecoveryKey(m_vaultId, dataKey, m_random.secretBytes(32), m_random, m_created));
        file.put(aliceSlot(dataKey));
        file.put(wrapWithPassword(m_vaultId, QStringLiteral("bob"), dataKey, secret("bob's long password!"), m_cheap,
                                  m_random, m_created));
        file.save(path, keySlotMacKey(dataKey, m_vaultId));
        return file;
    }
};

QTEST_GUILESS_MAIN(TestKeySlot)
#include "tst_keyslot.moc"
