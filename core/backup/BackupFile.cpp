#include "BackupFile.h"

#include "common/Error.h"
#include "common/StrictJson.h"
#include "crypto/Digest.h"
#include "crypto/Ed25519.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QtEndian>

namespace ecluse {
namespace {

// This file's messages, under the "BackupFile" context that lupdate files them in too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BackupFile)
};

const QString FormatName = QStringLiteral("ecluse-backup");

QString hex(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

[[noreturn]] void malformed(const QString& why)
{
    throw Error(ErrorKind::Integrity, Text::tr("not a backup manifest Écluse wrote: %1").arg(why));
}

QJsonValue take(QJsonObject& json, const QString& key)
{
    if (!json.contains(key))
        malformed(Text::tr("'%1' is missing").arg(key));
    return json.take(key);
}

QString text(QJsonObject& json, const QString& key)
{
    const QJsonValue value = take(json, key);
    if (!value.isString() || value.toString().isEmpty())
        malformed(Text::tr("'%1' must be a non-empty string").arg(key));
    return value.toString();
}

qint64 integer(QJsonObject& json, const QString& key, qint64 minimum, qint64 maximum)
{
    const QJsonValue value = take(json, key);
    const double number = value.toDouble(-1);
    const auto whole = static_cast<qint64>(number);
    if (!value.isDouble() || number != static_cast<double>(whole) || whole < minimum || whole > maximum)
        malformed(Text::tr("'%1' must be a whole number from %2 to %3").arg(key).arg(minimum).arg(maximum));
    return whole;
}

QByteArray bytes(QJsonObject& json, const QString& key, qsizetype size)
{
    const QString value = text(json, key);
    const QByteArray decoded = QByteArray::fromHex(value.toLatin1());
    if (decoded.size() != size || hex(decoded) != value)
        malformed(Text::tr("'%1' must be %2 bytes in lowercase hexadecimal").arg(key).arg(size));
    return decoded;
}

// SHA-256 of `size` bytes of `file` from where it stands, read in pieces.
QByteArray hashOf(QFile& file, qint64 size)
{
    Sha256 hash;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    while (size > 0) {
        const qint64 read = file.read(buffer.data(), std::min<qint64>(size, buffer.size()));
        if (read <= 0)
            throw Error(ErrorKind::Integrity, Text::tr("%1 ends early").arg(file.fileName()));
        hash.addData(QByteArrayView(buffer.constData(), read));
        size -= read;
    }
    return hash.result();
}

} // namespace

QJsonObject BackupManifest::toJson() const
{
    return {{QStringLiteral("format"), FormatName},
            {QStringLiteral("version"), 1},
            {QStringLiteral("vault"), vault},
            {QStringLiteral("schemaVersion"), schemaVersion},
            {QStringLiteral("pageSize"), pageSize},
            {QStringLiteral("created"), createdUtc.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("createdBy"), createdBy},
            {QStringLiteral("auditHead"), auditHead},
            {QStringLiteral("auditHeadHash"), hex(auditHeadHash)},
            {QStringLiteral("keySlotBytes"), keySlotBytes},
            {QStringLiteral("keySlotSha256"), hex(keySlotSha256)},
            {QStringLiteral("databaseBytes"), databaseBytes},
            {QStringLiteral("databaseSha256"), hex(databaseSha256)},
            {QStringLiteral("signer"), hex(signer)}};
}

BackupManifest BackupManifest::fromJson(const QJsonObject& source)
{
    QJsonObject json = source;
    if (text(json, QStringLiteral("format")) != FormatName || integer(json, QStringLiteral("version"), 1, 1) != 1)
        malformed(Text::tr("unknown format or version"));
    BackupManifest manifest;
    manifest.vault = text(json, QStringLiteral("vault"));
    manifest.schemaVersion = static_cast<int>(integer(json, QStringLiteral("schemaVersion"), 1, 1000));
    manifest.pageSize = static_cast<int>(integer(json, QStringLiteral("pageSize"), 512, 65536));
    manifest.createdUtc = QDateTime::fromString(text(json, QStringLiteral("created")), Qt::ISODateWithMs);
    if (!manifest.createdUtc.isValid())
        malformed(Text::tr("'created' is not an ISO 8601 time"));
    manifest.createdBy = text(json, QStringLiteral("createdBy"));
    manifest.auditHead = integer(json, QStringLiteral("auditHead"), 1, qint64{1} << 50);
    manifest.auditHeadHash = bytes(json, QStringLiteral("auditHeadHash"), Sha256Size);
    manifest.keySlotBytes = integer(json, QStringLiteral("keySlotBytes"), 1, 1 << 20);
    manifest.keySlotSha256 = bytes(json, QStringLiteral("keySlotSha256"), Sha256Size);
    manifest.databaseBytes = integer(json, QStringLiteral("databaseBytes"), 1, qint64{1} << 45);
    manifest.databaseSha256 = bytes(json, QStringLiteral("databaseSha256"), Sha256Size);
    manifest.signer = bytes(json, QStringLiteral("signer"), Ed25519PublicKeySize);
    if (!json.isEmpty())
        malformed(Text::tr("unknown field '%1'").arg(json.begin().key()));
    return manifest;
}

namespace BackupFile {

QByteArray header(const BackupManifest& manifest, const Ed25519SigningKey& signer)
{
    const QByteArray manifestBytes = QJsonDocument(manifest.toJson()).toJson(QJsonDocument::Compact);
    QByteArray signedPart(Magic, MagicSize);
    char length[4];
    qToBigEndian<quint32>(static_cast<quint32>(manifestBytes.size()), length);
    signedPart.append(length, 4);
    signedPart.append(manifestBytes);
    QByteArray out = signedPart + signer.sign(signedPart);
    out.replace(0, MagicSize, QByteArray(MagicSize, '\0'));
    return out;
}

Layout inspect(const QString& path)
{
    const auto damaged = [&](const QString& why) {
        throw Error(ErrorKind::Integrity, Text::tr("%1 is not an intact Écluse backup: %2").arg(path, why));
    };
    const QFileInfo info(path);
    if (info.isSymLink() || !info.isFile())
        throw Error(ErrorKind::InvalidInput, Text::tr("%1 is not a regular file").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorKind::InvalidInput, Text::tr("cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray start = file.read(MagicSize + 4);
    if (start.size() < MagicSize + 4 || !start.startsWith(QByteArrayView(Magic, MagicSize)))
        damaged(Text::tr("it does not start as a finished backup does (cut short, or not a backup)"));
    const quint32 length = qFromBigEndian<quint32>(start.constData() + MagicSize);
    if (length == 0 || length > MaximumManifestBytes)
        damaged(Text::tr("its manifest length is out of bounds"));
    const QByteArray manifestBytes = file.read(length);
    const QByteArray signature = file.read(Ed25519SignatureSize);
    if (manifestBytes.size() != static_cast<qsizetype>(length) || signature.size() != Ed25519SignatureSize)
        damaged(Text::tr("it is truncated"));
    QString problem;
    const std::optional<QJsonObject> json = parseStrictJsonObject(manifestBytes, &problem);
    if (!json)
        damaged(problem);
    Layout layout;
    layout.manifest = BackupManifest::fromJson(*json);
    const BackupManifest& manifest = layout.manifest;
    if (!ed25519Verify(manifest.signer, start + manifestBytes, signature))
        damaged(Text::tr("its signature does not verify"));
    layout.keySlotOffset = MagicSize + 4 + length + Ed25519SignatureSize;
    layout.databaseOffset = layout.keySlotOffset + manifest.keySlotBytes;
    if (file.size() != layout.databaseOffset + manifest.databaseBytes)
        damaged(Text::tr("its size differs from what its manifest says"));
    if (!constantTimeEquals(hashOf(file, manifest.keySlotBytes), manifest.keySlotSha256))
        damaged(Text::tr("its key slots differ from those its manifest signed"));
    if (!constantTimeEquals(hashOf(file, manifest.databaseBytes), manifest.databaseSha256))
        damaged(Text::tr("its database differs from the one its manifest signed"));
    return layout;
}

} // namespace BackupFile
} // namespace ecluse
