#include "Failure.h"
#include "common/Error.h"
#include "crypto/Digest.h"
#include "crypto/Ed25519.h"
#include "crypto/Random.h"
#include "crypto/X25519.h"
#include "extract/ReleaseFile.h"

#include <QJsonDocument>
#include <QTest>
#include <QtEndian>

#include <cstring>

using namespace ecluse;
using ecluse::test::errorKindOf;

namespace {

SecureBuffer secret(const char* text)
{
    return SecureBuffer(text, std::strlen(text));
}

const QDate today(2026, 12, 2);
const std::string rows = "# Écluse release REL-0123456789ABCDEF\nBEN_NIR_PSA,PRS_PAI_MNT\nab12,30.00\ncd34,-4.50\n";

ReleaseManifest manifest()
{
    ReleaseManifest m;
    m.release = QStringLiteral("REL-0123456789ABCDEF");
    m.request = 7;
    m.revision = 2;
    m.vault = QStringLiteral("0b7c9e3a-5f1d-4c2b-9a8e-1d2c3b4a5f6e");
    m.dataset = QStringLiteral("prestations");
    m.project = QStringLiteral("CNAM-2026-041");
    m.requester = QStringLiteral("analyst1");
    m.approvers = {QStringLiteral("steward1")};
    m.releasedUtc = QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);
    m.expires = QDate(2027, 6, 30);
    m.columns = {QStringLiteral("BEN_NIR_PSA"), QStringLiteral("PRS_PAI_MNT")};
    m.rows = 2;
    return m;
}

constexpr ScryptParams cheap{1u << 14, 8, 1};

// Rewrites the manifest of a file and signs it again with `signer`: what a holder of the vault's
// key could do, to check that the reader's own rules hold regardless of the signature.
QByteArray resigned(const QByteArray& file, const Ed25519SigningKey& signer,
                    const std::function<void(QJsonObject&)>& edit)
{
    const int magic = static_cast<int>(std::strlen(ReleaseFile::Magic));
    const quint32 length = qFromBigEndian<quint32>(file.constData() + magic);
    QJsonObject json = QJsonDocument::fromJson(file.mid(magic + 4, length)).object();
    edit(json);
    const QByteArray manifestBytes = QJsonDocument(json).toJson(QJsonDocument::Compact);
    QByteArray out(ReleaseFile::Magic, magic);
    char size[4];
    qToBigEndian<quint32>(static_cast<quint32>(manifestBytes.size()), size);
    out.append(size, 4);
    out.append(manifestBytes);
    out.append(signer.sign(out));
    out.append(file.mid(magic + 4 + length + 64));
    return out;
}

} // namespace

// The release file format on its own: what a recipient's copy of Écluse (or any program that
// follows SECURITY.md) checks before it believes a single row.
class TestReleaseFile : public QObject
{
    Q_OBJECT

private:
    SystemRandom m_random;
    Ed25519SigningKey m_signer = Ed25519SigningKey::generate(m_random);

    QByteArray sealForPassphrase(ReleaseManifest& m)
    {
        ReleaseRecipient recipient;
        recipient.passphrase = secret("a release pass phrase");
        return ReleaseFile::seal(m, rows, recipient, cheap, m_signer, m_random);
    }

    OpenedRelease open(const QByteArray& file, const char* passphrase = "a release pass phrase")
    {
        const SecureBuffer key = secret(passphrase);
        return ReleaseFile::open(file, m_signer.publicKey(), QStringLiteral("r.ecl"), &key, nullptr, today);
    }

private Q_SLOTS:
    void aPassphraseReleaseOpensToTheSameRows()
    {
        ReleaseManifest m = manifest();
        const QByteArray file = sealForPassphrase(m);
        QVERIFY(file.startsWith(ReleaseFile::Magic));
        QVERIFY(!file.contains("30.00"));
        const OpenedRelease opened = open(file);
        QCOMPARE(opened.csv, rows);
        QCOMPARE(opened.manifest.release, m.release);
        QCOMPARE(opened.manifest.approvers, m.approvers);
        QCOMPARE(opened.manifest.plaintextSha256, sha256(QByteArrayView(rows.data(), qsizetype(rows.size()))));
        QCOMPARE(opened.manifest.signer, m_signer.publicKey());
        QCOMPARE(errorKindOf([&] { open(file, "another pass phrase"); }), ErrorKind::Denied);
    }

    void aRecipientReleaseOpensWithThatRecipientsKeyOnly()
    {
        const X25519PrivateKey recipientKey = X25519PrivateKey::generate(m_random);
        ReleaseManifest m = manifest();
        ReleaseRecipient recipient;
        recipient.publicKey = recipientKey.publicKey();
        const QByteArray file = ReleaseFile::seal(m, rows, recipient, cheap, m_signer, m_random);
        const OpenedRelease opened =
            ReleaseFile::open(file, m_signer.publicKey(), QStringLiteral("r.ecl"), nullptr, &recipientKey, today);
        QCOMPARE(opened.csv, rows);
        // Two releases for one recipient use two one-time keys: nothing links their ciphertexts.
        ReleaseManifest second = manifest();
        ReleaseFile::seal(second, rows, recipient, cheap, m_signer, m_random);
        QVERIFY(second.key.ephemeralPublicKey != m.key.ephemeralPublicKey);
        const X25519PrivateKey other = X25519PrivateKey::generate(m_random);
        QCOMPARE(errorKindOf([&] {
                     ReleaseFile::open(file, m_signer.publicKey(), QStringLiteral("r.ecl"), nullptr, &other, today);
                 }),
                 ErrorKind::Denied);
        // Its key survives PEM, as `ecluse-cli release keygen` writes it.
        const X25519PrivateKey reread = X25519PrivateKey::fromPem(recipientKey.toPem());
        QCOMPARE(reread.publicKey(), recipientKey.publicKey());
        QCOMPARE(x25519PublicKeyFromPem(x25519PublicKeyToPem(recipientKey.publicKey())), recipientKey.publicKey());
    }

    void anyFlippedByteIsRefused()
    {
        ReleaseManifest m = manifest();
        const QByteArray file = sealForPassphrase(m);
        // Every byte of the header and signature, and a spread of the rest.
        for (qsizetype i = 0; i < file.size(); i += (i < 400 ? 1 : 7)) {
            QByteArray flipped = file;
            flipped[i] = static_cast<char>(flipped[i] ^ 0x01);
            const ErrorKind kind = errorKindOf([&] { open(flipped); });
            QVERIFY2(kind == ErrorKind::Integrity, qPrintable(QStringLiteral("byte %1 of %2").arg(i).arg(file.size())));
        }
        // The tag's last byte too.
        QByteArray flipped = file;
        flipped[file.size() - 1] = static_cast<char>(flipped[file.size() - 1] ^ 0x80);
        QCOMPARE(errorKindOf([&] { open(flipped); }), ErrorKind::Integrity);
    }

    void truncatedOrExtendedFilesAreRefused()
    {
        ReleaseManifest m = manifest();
        const QByteArray file = sealForPassphrase(m);
        for (const qsizetype size : {qsizetype(0), qsizetype(5), qsizetype(12), qsizetype(200), file.size() - 1})
            QCOMPARE(errorKindOf([&] { open(file.left(size)); }), ErrorKind::Integrity);
        QCOMPARE(errorKindOf([&] { open(file + "x"); }), ErrorKind::Integrity);
    }

    void anotherVaultsSignatureIsRefused()
    {
        ReleaseManifest m = manifest();
        const QByteArray file = sealForPassphrase(m);
        const Ed25519SigningKey other = Ed25519SigningKey::generate(m_random);
        const SecureBuffer key = secret("a release pass phrase");
        QString message;
        QCOMPARE(errorKindOf(
                     [&] { ReleaseFile::open(file, other.publicKey(), QStringLiteral("r.ecl"), &key, nullptr, today); },
                     &message),
                 ErrorKind::Integrity);
        QVERIFY2(message.contains(QStringLiteral("signature")), qPrintable(message));
    }

    void aSignedManifestIsStillReadStrictly()
    {
        ReleaseManifest m = manifest();
        const QByteArray file = sealForPassphrase(m);
        const auto refused = [&](const std::function<void(QJsonObject&)>& edit) {
            return errorKindOf([&] { open(resigned(file, m_signer, edit)); });
        };
        QCOMPARE(refused([](QJsonObject& json) { json.insert(QStringLiteral("extra"), 1); }), ErrorKind::Integrity);
        QCOMPARE(refused([](QJsonObject& json) { json.remove(QStringLiteral("rows")); }), ErrorKind::Integrity);
        QCOMPARE(refused([](QJsonObject& json) { json.insert(QStringLiteral("rows"), 3); }), ErrorKind::Integrity);
        QCOMPARE(refused([](QJsonObject& json) { json.insert(QStringLiteral("version"), 2); }), ErrorKind::Integrity);
        // A cost too low to protect a passphrase is refused, whoever signed it.
        QCOMPARE(refused([](QJsonObject& json) {
                     QJsonObject key = json.value(QStringLiteral("key")).toObject();
                     key.insert(QStringLiteral("n"), 1024);
                     json.insert(QStringLiteral("key"), key);
                 }),
                 ErrorKind::Integrity);
        // The unchanged manifest, signed again, still opens: the edits above are what was refused.
        QCOMPARE(open(resigned(file, m_signer, [](QJsonObject&) {})).csv, rows);
    }

    void anExpiredReleaseIsNotOpened()
    {
        ReleaseManifest m = manifest();
        m.expires = today.addDays(-1);
        const QByteArray file = sealForPassphrase(m);
        QString message;
        QCOMPARE(errorKindOf([&] { open(file); }, &message), ErrorKind::Denied);
        QVERIFY2(message.contains(QStringLiteral("deleted")), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestReleaseFile)
#include "tst_releasefile.moc"
