#include "ReleaseFile.h"

#include "common/Error.h"
#include "common/StrictJson.h"
#include "crypto/Aead.h"
#include "crypto/Digest.h"
#include "crypto/Ed25519.h"
#include "crypto/Random.h"
#include "crypto/Wipe.h"
#include "crypto/X25519.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QtEndian>

#include <algorithm>

namespace ecluse {
namespace {

// This file's messages, under the "ReleaseFile" context that lupdate files them in too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseFile)
};

constexpr int MagicSize = sizeof(ReleaseFile::Magic) - 1;
constexpr int SaltSize = 16;
const QString FormatName = QStringLiteral("ecluse-release");
const QString ScryptMethod = QStringLiteral("scrypt");
const QString RecipientMethod = QStringLiteral("x25519-hkdf-sha256");
const QByteArray RecipientInfo = QByteArrayLiteral("ecluse release key v1");

QString hex(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

[[noreturn]] void malformed(const QString& why)
{
    throw Error(ErrorKind::Integrity, Text::tr("not a release manifest Écluse wrote: %1").arg(why));
}

// Reads a manifest strictly: every field present, of its type, and nothing else.
class Fields
{
public:
    explicit Fields(const QJsonObject& json)
        : m_json(json)
    {}

    QString text(const QString& key)
    {
        const QJsonValue value = take(key);
        if (!value.isString() || value.toString().isEmpty())
            malformed(Text::tr("'%1' must be a non-empty string").arg(key));
        return value.toString();
    }
    qint64 integer(const QString& key, qint64 minimum, qint64 maximum)
    {
        const QJsonValue value = take(key);
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number != static_cast<double>(static_cast<qint64>(number)) ||
            static_cast<qint64>(number) < minimum || static_cast<qint64>(number) > maximum)
            malformed(Text::tr("'%1' must be a whole number from %2 to %3").arg(key).arg(minimum).arg(maximum));
        return static_cast<qint64>(number);
    }
    QByteArray bytes(const QString& key, qsizetype size)
    {
        const QString value = text(key);
        const QByteArray decoded = QByteArray::fromHex(value.toLatin1());
        if (decoded.size() != size || hex(decoded) != value)
            malformed(Text::tr("'%1' must be %2 bytes in lowercase hexadecimal").arg(key).arg(size));
        return decoded;
    }
    QStringList list(const QString& key, bool mayBeEmpty)
    {
        const QJsonValue value = take(key);
        if (!value.isArray() || (!mayBeEmpty && value.toArray().isEmpty()))
            malformed(Text::tr("'%1' must be a list of names").arg(key));
        QStringList out;
        for (const QJsonValue item : value.toArray()) {
            if (!item.isString() || item.toString().isEmpty())
                malformed(Text::tr("'%1' must be a list of names").arg(key));
            out << item.toString();
        }
        return out;
    }
    QJsonObject object(const QString& key)
    {
        const QJsonValue value = take(key);
        if (!value.isObject())
            malformed(Text::tr("'%1' must be an object").arg(key));
        return value.toObject();
    }
    void requireNoneLeft() const
    {
        if (!m_json.isEmpty())
            malformed(Text::tr("unknown field '%1'").arg(m_json.begin().key()));
    }

private:
    QJsonValue take(const QString& key)
    {
        if (!m_json.contains(key))
            malformed(Text::tr("'%1' is missing").arg(key));
        return m_json.take(key);
    }

    QJsonObject m_json;
};

QJsonObject keyAccessToJson(const ReleaseKeyAccess& key)
{
    if (key.method == ReleaseKeyAccess::Method::Passphrase)
        return {{QStringLiteral("method"), ScryptMethod},
                {QStringLiteral("salt"), hex(key.salt)},
                {QStringLiteral("n"), static_cast<qint64>(key.scrypt.n)},
                {QStringLiteral("r"), static_cast<qint64>(key.scrypt.r)},
                {QStringLiteral("p"), static_cast<qint64>(key.scrypt.p)}};
    return {{QStringLiteral("method"), RecipientMethod},
            {QStringLiteral("ephemeral"), hex(key.ephemeralPublicKey)},
            {QStringLiteral("recipient"), hex(key.recipientPublicKey)}};
}

ReleaseKeyAccess keyAccessFromJson(const QJsonObject& json)
{
    Fields fields(json);
    ReleaseKeyAccess key;
    const QString method = fields.text(QStringLiteral("method"));
    if (method == ScryptMethod) {
        key.method = ReleaseKeyAccess::Method::Passphrase;
        key.salt = fields.bytes(QStringLiteral("salt"), SaltSize);
        key.scrypt.n = static_cast<std::uint64_t>(fields.integer(QStringLiteral("n"), 2, qint64{1} << 30));
        key.scrypt.r = static_cast<std::uint32_t>(fields.integer(QStringLiteral("r"), 1, 1024));
        key.scrypt.p = static_cast<std::uint32_t>(fields.integer(QStringLiteral("p"), 1, 1024));
        // Too weak a cost would make a guessed passphrase cheap; too large a one, a way to exhaust memory.
        if (!key.scrypt.isAcceptable())
            malformed(Text::tr("its scrypt parameters are outside what Écluse accepts"));
    } else if (method == RecipientMethod) {
        key.method = ReleaseKeyAccess::Method::Recipient;
        key.ephemeralPublicKey = fields.bytes(QStringLiteral("ephemeral"), X25519KeySize);
        key.recipientPublicKey = fields.bytes(QStringLiteral("recipient"), X25519KeySize);
    } else {
        malformed(Text::tr("unknown key method '%1'").arg(method));
    }
    fields.requireNoneLeft();
    return key;
}

SecureBuffer recipientKey(const SecureBuffer& shared, const ReleaseKeyAccess& key)
{
    return hkdfSha256(shared, key.ephemeralPublicKey + key.recipientPublicKey, RecipientInfo, AesGcmKeySize);
}

// The number of data rows in a release's CSV: every line after the watermark and the header.
qint64 dataRows(const std::string& csv)
{
    const auto lines = static_cast<qint64>(std::count(csv.begin(), csv.end(), '\n'));
    return std::max<qint64>(0, lines - 2);
}

struct Parsed
{
    QByteArray signedPart; // magic, length and manifest
    QByteArray manifestBytes;
    QByteArray signature;
    QByteArrayView sealed;
};

Parsed parse(QByteArrayView file, const QString& source)
{
    const auto damaged = [&](const QString& why) {
        throw Error(ErrorKind::Integrity, Text::tr("%1 is not an intact Écluse release: %2").arg(source, why));
    };
    if (file.size() < MagicSize + 4 || file.first(MagicSize) != QByteArrayView(ReleaseFile::Magic, MagicSize))
        damaged(Text::tr("it does not start as a release file does"));
    const quint32 length = qFromBigEndian<quint32>(file.data() + MagicSize);
    if (length == 0 || length > ReleaseFile::MaximumManifestBytes)
        damaged(Text::tr("its manifest length is out of bounds"));
    const qsizetype manifestEnd = MagicSize + 4 + static_cast<qsizetype>(length);
    if (file.size() < manifestEnd + static_cast<qsizetype>(Ed25519SignatureSize + AesGcmTagSize))
        damaged(Text::tr("it is truncated"));
    Parsed parsed;
    parsed.signedPart = file.first(manifestEnd).toByteArray();
    parsed.manifestBytes = file.sliced(MagicSize + 4, length).toByteArray();
    parsed.signature = file.sliced(manifestEnd, Ed25519SignatureSize).toByteArray();
    parsed.sealed = file.sliced(manifestEnd + Ed25519SignatureSize);
    return parsed;
}

} // namespace

OpenedRelease::~OpenedRelease()
{
    wipe(csv);
}

QJsonObject ReleaseManifest::toJson() const
{
    return {{QStringLiteral("format"), FormatName},
            {QStringLiteral("version"), 1},
            {QStringLiteral("release"), release},
            {QStringLiteral("request"), request},
            {QStringLiteral("revision"), revision},
            {QStringLiteral("vault"), vault},
            {QStringLiteral("dataset"), dataset},
            {QStringLiteral("project"), project},
            {QStringLiteral("requester"), requester},
            {QStringLiteral("approvers"), QJsonArray::fromStringList(approvers)},
            {QStringLiteral("released"), releasedUtc.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("expires"), expires.toString(Qt::ISODate)},
            {QStringLiteral("columns"), QJsonArray::fromStringList(columns)},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("plaintextSha256"), hex(plaintextSha256)},
            {QStringLiteral("ciphertextSha256"), hex(ciphertextSha256)},
            {QStringLiteral("cipher"), QStringLiteral("AES-256-GCM")},
            {QStringLiteral("nonce"), hex(nonce)},
            {QStringLiteral("key"), keyAccessToJson(key)},
            {QStringLiteral("signer"), hex(signer)}};
}

ReleaseManifest ReleaseManifest::fromJson(const QJsonObject& json)
{
    Fields fields(json);
    if (fields.text(QStringLiteral("format")) != FormatName || fields.integer(QStringLiteral("version"), 1, 1) != 1)
        malformed(Text::tr("unknown format or version"));
    ReleaseManifest manifest;
    manifest.release = fields.text(QStringLiteral("release"));
    manifest.request = fields.integer(QStringLiteral("request"), 1, std::numeric_limits<qint32>::max());
    manifest.revision = static_cast<int>(fields.integer(QStringLiteral("revision"), 1, 1 << 20));
    manifest.vault = fields.text(QStringLiteral("vault"));
    manifest.dataset = fields.text(QStringLiteral("dataset"));
    manifest.project = fields.text(QStringLiteral("project"));
    manifest.requester = fields.text(QStringLiteral("requester"));
    manifest.approvers = fields.list(QStringLiteral("approvers"), false);
    manifest.releasedUtc = QDateTime::fromString(fields.text(QStringLiteral("released")), Qt::ISODate);
    manifest.expires = QDate::fromString(fields.text(QStringLiteral("expires")), Qt::ISODate);
    if (!manifest.releasedUtc.isValid() || !manifest.expires.isValid())
        malformed(Text::tr("its dates are not ISO 8601"));
    manifest.columns = fields.list(QStringLiteral("columns"), false);
    manifest.rows = fields.integer(QStringLiteral("rows"), 0, qint64{1} << 40);
    manifest.plaintextSha256 = fields.bytes(QStringLiteral("plaintextSha256"), Sha256Size);
    manifest.ciphertextSha256 = fields.bytes(QStringLiteral("ciphertextSha256"), Sha256Size);
    if (fields.text(QStringLiteral("cipher")) != QLatin1String("AES-256-GCM"))
        malformed(Text::tr("unknown cipher"));
    manifest.nonce = fields.bytes(QStringLiteral("nonce"), AesGcmNonceSize);
    manifest.key = keyAccessFromJson(fields.object(QStringLiteral("key")));
    manifest.signer = fields.bytes(QStringLiteral("signer"), Ed25519PublicKeySize);
    fields.requireNoneLeft();
    return manifest;
}

namespace ReleaseFile {

QByteArray seal(ReleaseManifest& manifest, const std::string& csv, const ReleaseRecipient& recipient,
                const ScryptParams& passphraseKdf, const Ed25519SigningKey& signer, Random& random)
{
    SecureBuffer contentKey;
    if (recipient.isPassphrase()) {
        manifest.key = {};
        manifest.key.method = ReleaseKeyAccess::Method::Passphrase;
        manifest.key.salt = random.publicBytes(SaltSize);
        manifest.key.scrypt = passphraseKdf;
        contentKey = scrypt(recipient.passphrase, manifest.key.salt, passphraseKdf, AesGcmKeySize);
    } else {
        const X25519PrivateKey ephemeral = X25519PrivateKey::generate(random);
        manifest.key = {};
        manifest.key.method = ReleaseKeyAccess::Method::Recipient;
        manifest.key.ephemeralPublicKey = ephemeral.publicKey();
        manifest.key.recipientPublicKey = recipient.publicKey;
        contentKey = recipientKey(ephemeral.agree(recipient.publicKey), manifest.key);
    }
    manifest.nonce = random.publicBytes(AesGcmNonceSize);
    manifest.signer = signer.publicKey();
    manifest.plaintextSha256 = sha256(QByteArrayView(csv.data(), static_cast<qsizetype>(csv.size())));
    const QByteArray sealed = aesGcmSeal(contentKey, manifest.nonce, manifest.release.toUtf8(),
                                         QByteArrayView(csv.data(), static_cast<qsizetype>(csv.size())));
    manifest.ciphertextSha256 = sha256(sealed);

    const QByteArray manifestBytes = QJsonDocument(manifest.toJson()).toJson(QJsonDocument::Compact);
    if (manifestBytes.size() > MaximumManifestBytes)
        throw Error(ErrorKind::InvalidInput,
                    Text::tr("the release manifest would be too large: ask for fewer columns"));
    QByteArray file(Magic, MagicSize);
    char length[4];
    qToBigEndian<quint32>(static_cast<quint32>(manifestBytes.size()), length);
    file.append(length, 4);
    file.append(manifestBytes);
    file.append(signer.sign(file));
    file.append(sealed);
    return file;
}

ReleaseManifest verify(QByteArrayView file, QByteArrayView trustedSigner, const QString& source)
{
    const Parsed parsed = parse(file, source);
    // The signature first: nothing of an unsigned manifest is believed, not even its format.
    if (!ed25519Verify(trustedSigner, parsed.signedPart, parsed.signature))
        throw Error(ErrorKind::Integrity,
                    Text::tr("%1: the signature does not verify with the vault key %2: the file was "
                             "changed, or another vault released it")
                        .arg(source, keyFingerprint(trustedSigner)));
    QString problem;
    const std::optional<QJsonObject> json = parseStrictJsonObject(parsed.manifestBytes, &problem);
    if (!json)
        malformed(problem);
    ReleaseManifest manifest = ReleaseManifest::fromJson(*json);
    if (manifest.signer != trustedSigner)
        throw Error(ErrorKind::Integrity,
                    Text::tr("%1: the manifest names another signer than the key that signed it").arg(source));
    if (!constantTimeEquals(sha256(parsed.sealed), manifest.ciphertextSha256))
        throw Error(ErrorKind::Integrity,
                    Text::tr("%1: the encrypted rows differ from those the manifest signed").arg(source));
    return manifest;
}

OpenedRelease open(QByteArrayView file, QByteArrayView trustedSigner, const QString& source,
                   const SecureBuffer* passphrase, const X25519PrivateKey* identity, const QDate& today)
{
    OpenedRelease opened;
    opened.manifest = verify(file, trustedSigner, source);
    const ReleaseManifest& manifest = opened.manifest;
    if (today > manifest.expires)
        throw Error(ErrorKind::Denied,
                    Text::tr("%1: release %2 could be kept until %3 only: it must be deleted, not opened")
                        .arg(source, manifest.release, manifest.expires.toString(Qt::ISODate)));
    SecureBuffer contentKey;
    if (manifest.key.method == ReleaseKeyAccess::Method::Passphrase) {
        if (!passphrase)
            throw Error(ErrorKind::Usage, Text::tr("%1 opens with a passphrase").arg(source));
        contentKey = scrypt(*passphrase, manifest.key.salt, manifest.key.scrypt, AesGcmKeySize);
    } else {
        if (!identity)
            throw Error(ErrorKind::Usage, Text::tr("%1 opens with the recipient's private key").arg(source));
        if (identity->publicKey() != manifest.key.recipientPublicKey)
            throw Error(ErrorKind::Denied, Text::tr("%1 was released for another recipient's key").arg(source));
        contentKey = recipientKey(identity->agree(manifest.key.ephemeralPublicKey), manifest.key);
    }
    const Parsed parsed = parse(file, source);
    if (!aesGcmOpen(contentKey, manifest.nonce, manifest.release.toUtf8(), parsed.sealed, opened.csv))
        throw Error(ErrorKind::Denied, Text::tr("%1: this passphrase or key does not open the release").arg(source));
    const QByteArrayView plain(opened.csv.data(), static_cast<qsizetype>(opened.csv.size()));
    if (!constantTimeEquals(sha256(plain), manifest.plaintextSha256))
        throw Error(ErrorKind::Integrity, Text::tr("%1: the rows differ from those the manifest signed").arg(source));
    if (dataRows(opened.csv) != manifest.rows)
        throw Error(ErrorKind::Integrity, Text::tr("%1: the file holds %2 rows where its manifest says %3")
                                              .arg(source)
                                              .arg(dataRows(opened.csv))
                                              .arg(manifest.rows));
    return opened;
}

} // namespace ReleaseFile
} // namespace ecluse
