#include "KeySlotFile.h"

#include "common/Canonical.h"
#include "common/Error.h"
#include "common/ReadFile.h"
#include "common/StrictJson.h"
#include "crypto/Aead.h"
#include "crypto/Digest.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>
#include <optional>

namespace ecluse {
namespace {

const QString formatName = QStringLiteral("ecluse-keyslots");

// This file's messages, under the "KeySlotFile" context that lupdate files them in too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(KeySlotFile)
};

// A problem with one part of the file; load() decides whether it stops everything.
struct Damage
{
    QString why;
};

[[noreturn]] void refuseDamaged(const QString& path, const QString& why)
{
    throw Error(ErrorKind::Integrity, Text::tr("the key-slot file %1 is damaged: %2").arg(path, why));
}

QString base64(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QByteArray fromBase64(const QJsonValue& value, qsizetype expectedSize, const char* field)
{
    const auto decoded =
        QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || (expectedSize > 0 && decoded.decoded.size() != expectedSize) || decoded.decoded.isEmpty())
        throw Damage{Text::tr("field '%1' is malformed").arg(QString::fromLatin1(field))};
    return decoded.decoded;
}

QString kindName(KeySlot::Kind kind)
{
    return kind == KeySlot::Kind::Password ? QStringLiteral("password") : QStringLiteral("recovery");
}

QString ownerOf(KeySlot::Kind kind, const QString& user)
{
    return kind == KeySlot::Kind::Recovery ? Text::tr("the recovery slot") : Text::tr("the slot of %1").arg(user);
}

// What a slot's checksum covers: its public fields and its MAC, so that a flip anywhere in the
// entry is seen before any key is known.
QByteArray slotChecksum(const QString& vaultId, const KeySlot& slot)
{
    return sha256(CanonicalBytes("ecluse-keyslot-check-v2").add(slot.canonicalBytes(vaultId)).add(slot.mac).bytes());
}

QByteArray slotMac(const SecureBuffer& macKey, const QString& vaultId, const KeySlot& slot)
{
    return hmacSha256(macKey, slot.canonicalBytes(vaultId));
}

QJsonObject toJson(const KeySlot& slot, const QString& vaultId)
{
    QJsonObject kdf;
    if (slot.kind == KeySlot::Kind::Password) {
        kdf = {{QStringLiteral("name"), QStringLiteral("scrypt")},
               {QStringLiteral("n"), static_cast<qint64>(slot.scrypt.n)},
               {QStringLiteral("r"), static_cast<qint64>(slot.scrypt.r)},
               {QStringLiteral("p"), static_cast<qint64>(slot.scrypt.p)},
               {QStringLiteral("salt"), base64(slot.salt)}};
    } else {
        kdf = {{QStringLiteral("name"), QStringLiteral("hkdf-sha256")}, {QStringLiteral("salt"), base64(slot.salt)}};
    }
    QJsonObject json{
        {QStringLiteral("kind"), kindName(slot.kind)},
        {QStringLiteral("kdf"), kdf},
        {QStringLiteral("cipher"), QStringLiteral("aes-256-gcm")},
        {QStringLiteral("nonce"), base64(slot.nonce)},
        {QStringLiteral("wrappedKey"), base64(slot.wrappedKey)},
        {QStringLiteral("created"), slot.createdUtc.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("mac"), base64(slot.mac)},
        {QStringLiteral("check"), base64(slotChecksum(vaultId, slot))},
    };
    if (slot.kind == KeySlot::Kind::Password)
        json.insert(QStringLiteral("user"), slot.user);
    return json;
}

// SQLCipher's names for the pages' MAC, as keyslots.json writes them.
QString hmacName(CipherSettings::Hmac hmac)
{
    return hmac == CipherSettings::Hmac::Sha256 ? QStringLiteral("HMAC_SHA256") : QStringLiteral("HMAC_SHA512");
}

std::optional<CipherSettings::Hmac> hmacFromName(const QString& name)
{
    if (name == QStringLiteral("HMAC_SHA256"))
        return CipherSettings::Hmac::Sha256;
    if (name == QStringLiteral("HMAC_SHA512"))
        return CipherSettings::Hmac::Sha512;
    return std::nullopt;
}

// Throws Damage.
KeySlot slotFromJson(const QJsonObject& json, int version, const QString& vaultId)
{
    KeySlot slot;
    const QString kind = json.value(QStringLiteral("kind")).toString();
    const QJsonObject kdf = json.value(QStringLiteral("kdf")).toObject();
    const QString kdfName = kdf.value(QStringLiteral("name")).toString();
    if (kind == QStringLiteral("password") && kdfName == QStringLiteral("scrypt")) {
        slot.kind = KeySlot::Kind::Password;
        slot.user = json.value(QStringLiteral("user")).toString();
        slot.scrypt = {static_cast<std::uint64_t>(kdf.value(QStringLiteral("n")).toInteger()),
                       static_cast<std::uint32_t>(kdf.value(QStringLiteral("r")).toInteger()),
                       static_cast<std::uint32_t>(kdf.value(QStringLiteral("p")).toInteger())};
        // Bounds stop a doctored file from making every sign-in exhaust memory.
        if (!slot.scrypt.isAcceptable() || slot.user.isEmpty())
            throw Damage{Text::tr("a password slot has unacceptable parameters")};
    } else if (kind == QStringLiteral("recovery") && kdfName == QStringLiteral("hkdf-sha256")) {
        slot.kind = KeySlot::Kind::Recovery;
    } else {
        throw Damage{Text::tr("unknown slot kind '%1' with key derivation '%2'").arg(kind, kdfName)};
    }
    if (json.value(QStringLiteral("cipher")).toString() != QStringLiteral("aes-256-gcm"))
        throw Damage{Text::tr("unknown slot cipher")};
    slot.salt = fromBase64(kdf.value(QStringLiteral("salt")), 32, "salt");
    slot.nonce = fromBase64(json.value(QStringLiteral("nonce")), AesGcmNonceSize, "nonce");
    slot.wrappedKey = fromBase64(json.value(QStringLiteral("wrappedKey")), DataKeySize + AesGcmTagSize, "wrappedKey");
    slot.createdUtc = QDateTime::fromString(json.value(QStringLiteral("created")).toString(), Qt::ISODate);
    if (!slot.createdUtc.isValid())
        throw Damage{Text::tr("no valid creation time")};
    if (version >= 2) {
        slot.mac = fromBase64(json.value(QStringLiteral("mac")), Sha256Size, "mac");
        const QByteArray check = fromBase64(json.value(QStringLiteral("check")), Sha256Size, "check");
        if (!constantTimeEquals(check, slotChecksum(vaultId, slot)))
            throw Damage{Text::tr("it does not match its checksum")};
    }
    return slot;
}

KeySlotChange changeFromJson(const QJsonObject& json)
{
    KeySlotChange change{json.value(QStringLiteral("action")).toString(),
                         json.value(QStringLiteral("user")).toString(),
                         json.value(QStringLiteral("by")).toString(),
                         QDateTime::fromString(json.value(QStringLiteral("at")).toString(), Qt::ISODate),
                         {}};
    for (const QJsonValue user : json.value(QStringLiteral("removed")).toArray())
        change.removed << user.toString();
    return change;
}

QJsonObject changeToJson(const KeySlotChange& change)
{
    QJsonObject json{{QStringLiteral("action"), change.action},
                     {QStringLiteral("user"), change.user},
                     {QStringLiteral("by"), change.by},
                     {QStringLiteral("at"), change.atUtc.toUTC().toString(Qt::ISODate)}};
    if (!change.removed.isEmpty())
        json.insert(QStringLiteral("removed"), QJsonArray::fromStringList(change.removed));
    return json;
}

QByteArray readBounded(const QString& path)
{
    // A folder, a device, a FIFO or a link in place of the file is damage, not something to wait
    // on or follow; so is an absent file (the vault cannot be opened without it).
    return readRegularFile(path, KeySlotFile::MaximumFileSize,
                           {.links = LinkPolicy::Refuse,
                            .refusal = ErrorKind::Integrity,
                            .missing = ErrorKind::Integrity,
                            .name = Text::tr("the key-slot file %1").arg(path)});
}

} // namespace

QString DamagedKeySlot::owner() const
{
    return ownerOf(kind, user);
}

KeySlotFile KeySlotFile::load(const QString& path)
{
    return parse(readBounded(path), path);
}

KeySlotFile KeySlotFile::parse(const QByteArray& bytes, const QString& path)
{
    if (bytes.size() > MaximumFileSize)
        refuseDamaged(path, Text::tr("the file is larger than 1 MiB"));
    QString problem;
    const std::optional<QJsonObject> document = parseStrictJsonObject(bytes, &problem);
    if (!document)
        refuseDamaged(path, Text::tr("it is not a valid JSON object (%1)").arg(problem));
    const QJsonObject& root = *document;
    if (root.value(QStringLiteral("format")).toString() != formatName)
        refuseDamaged(path, Text::tr("it is not an Écluse key-slot file"));
    const qint64 version = root.value(QStringLiteral("version")).toInteger();
    if (version > FormatVersion)
        throw Error(ErrorKind::Other, Text::tr("the key-slot file %1 has format version %2, but this build of Écluse "
                                               "reads only up to version %3: use a newer Écluse")
                                          .arg(path)
                                          .arg(version)
                                          .arg(FormatVersion));
    if (version < 1)
        refuseDamaged(path, Text::tr("it has no valid format version"));

    KeySlotFile result;
    result.version = static_cast<int>(version);
    result.vaultId = root.value(QStringLiteral("vault")).toString();
    // Files before version 3 describe vaults made with SQLCipher 4's default MAC.
    result.cipherHmac = CipherSettings::Hmac::Sha512;
    if (version == 1) {
        result.cipherPageSize = static_cast<int>(
            root.value(QStringLiteral("database")).toObject().value(QStringLiteral("pageSize")).toInteger());
    } else {
        result.cipherPageSize = static_cast<int>(root.value(QStringLiteral("pageSize")).toInteger());
        if (version >= 3) {
            const std::optional<CipherSettings::Hmac> hmac =
                hmacFromName(root.value(QStringLiteral("cipherHmac")).toString());
            if (!hmac)
                refuseDamaged(path, Text::tr("it names no MAC algorithm Écluse knows for the vault's pages"));
            result.cipherHmac = *hmac;
        }
        result.generation = root.value(QStringLiteral("generation")).toInteger();
        result.change = changeFromJson(root.value(QStringLiteral("change")).toObject());
        try {
            const QByteArray check = fromBase64(root.value(QStringLiteral("check")), Sha256Size, "check");
            result.m_headerMac = fromBase64(root.value(QStringLiteral("mac")), Sha256Size, "mac");
            if (!constantTimeEquals(check, sha256(result.headerBytes())))
                refuseDamaged(path,
                              Text::tr("its header (vault id, page settings, generation or last change) does not match "
                                       "its checksum"));
        } catch (const Damage& damage) {
            refuseDamaged(path, damage.why);
        }
        if (result.generation < 1)
            refuseDamaged(path, Text::tr("it has no valid generation"));
    }
    const bool powerOfTwo = (result.cipherPageSize & (result.cipherPageSize - 1)) == 0;
    if (result.vaultId.size() < 16 || result.cipherPageSize < 512 || result.cipherPageSize > 65536 || !powerOfTwo)
        refuseDamaged(path, Text::tr("the vault description is malformed"));

    for (const QJsonValue value : root.value(QStringLiteral("slots")).toArray()) {
        const QJsonObject json = value.toObject();
        try {
            result.slots.push_back(slotFromJson(json, result.version, result.vaultId));
        } catch (const Damage& damage) {
            const bool recovery = json.value(QStringLiteral("kind")).toString() == QStringLiteral("recovery");
            result.damaged.push_back({recovery ? KeySlot::Kind::Recovery : KeySlot::Kind::Password,
                                      json.value(QStringLiteral("user")).toString(), damage.why, json});
        }
    }
    return result;
}

QByteArray KeySlotFile::headerBytes() const
{
    // Version 3 adds the pages' MAC algorithm, under a label of its own: a version-2 header can
    // never be read as a version-3 one.
    CanonicalBytes bytes(version >= 3 ? "ecluse-keyslots-header-v3" : "ecluse-keyslots-header-v2");
    bytes.add(vaultId.toUtf8()).add(cipherPageSize);
    if (version >= 3)
        bytes.add(hmacName(cipherHmac).toUtf8());
    return bytes.add(generation)
        .add(change.action.toUtf8())
        .add(change.user.toUtf8())
        .add(change.by.toUtf8())
        .add(change.atUtc.toUTC().toString(Qt::ISODate).toUtf8())
        .add(change.removed.join(QLatin1Char(',')).toUtf8())
        .bytes();
}

QByteArray KeySlotFile::headerMac(const SecureBuffer& macKey) const
{
    // The header's MAC also covers every intact slot's MAC, in order: a slot added or removed by
    // someone without the key changes it.
    CanonicalBytes bytes("ecluse-keyslots-mac-v2");
    bytes.add(headerBytes());
    for (const KeySlot& slot : slots)
        bytes.add(slot.mac);
    return hmacSha256(macKey, bytes.bytes());
}

void KeySlotFile::save(const QString& path, const SecureBuffer& macKey)
{
    version = FormatVersion;
    for (KeySlot& slot : slots)
        slot.mac = slotMac(macKey, vaultId, slot);
    m_headerMac = headerMac(macKey);

    QJsonArray slotArray;
    for (const KeySlot& slot : slots)
        slotArray.append(toJson(slot, vaultId));
    for (const DamagedKeySlot& entry : damaged)
        slotArray.append(entry.json);
    const QJsonObject root{
        {QStringLiteral("format"), formatName},
        {QStringLiteral("version"), FormatVersion},
        {QStringLiteral("vault"), vaultId},
        {QStringLiteral("pageSize"), cipherPageSize},
        {QStringLiteral("cipherHmac"), hmacName(cipherHmac)},
        {QStringLiteral("generation"), generation},
        {QStringLiteral("change"), changeToJson(change)},
        {QStringLiteral("check"), base64(sha256(headerBytes()))},
        {QStringLiteral("mac"), base64(m_headerMac)},
        {QStringLiteral("slots"), slotArray},
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(ErrorKind::Other, Text::tr("cannot write the key-slot file %1: %2").arg(path, file.errorString()));
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray bytes = QJsonDocument(root).toJson();
    if (file.write(bytes) != bytes.size() || !file.commit())
        throw Error(ErrorKind::Other, Text::tr("cannot write the key-slot file %1: %2").arg(path, file.errorString()));
}

QStringList KeySlotFile::verify(const SecureBuffer& macKey) const
{
    QStringList problems;
    for (const DamagedKeySlot& entry : damaged)
        problems << Text::tr("%1 is damaged: %2").arg(entry.owner(), entry.problem);
    return problems + unauthenticatedParts(macKey);
}

QStringList KeySlotFile::unauthenticatedParts(const SecureBuffer& macKey) const
{
    if (version < 2)
        return {Text::tr("the file has no MACs (format version 1): it is upgraded at the next unlock")};
    QStringList problems;
    for (const KeySlot& slot : slots) {
        if (!constantTimeEquals(slot.mac, slotMac(macKey, vaultId, slot)))
            problems << Text::tr("%1 was changed without the vault's key: its MAC does not match")
                            .arg(ownerOf(slot.kind, slot.user));
    }
    if (!constantTimeEquals(m_headerMac, headerMac(macKey)))
        problems << Text::tr(
            "the list of slots or the header was changed without the vault's key: the file's MAC does not "
            "match");
    return problems;
}

const KeySlot* KeySlotFile::passwordSlot(const QString& user) const
{
    const auto found = std::find_if(slots.begin(), slots.end(), [&](const KeySlot& slot) {
        return slot.kind == KeySlot::Kind::Password && slot.user == user;
    });
    return found == slots.end() ? nullptr : &*found;
}

const KeySlot* KeySlotFile::recoverySlot() const
{
    const auto found = std::find_if(slots.begin(), slots.end(),
                                    [](const KeySlot& slot) { return slot.kind == KeySlot::Kind::Recovery; });
    return found == slots.end() ? nullptr : &*found;
}

const DamagedKeySlot* KeySlotFile::damagedSlot(KeySlot::Kind kind, const QString& user) const
{
    const auto found = std::find_if(damaged.begin(), damaged.end(), [&](const DamagedKeySlot& entry) {
        return entry.kind == kind && (kind == KeySlot::Kind::Recovery || entry.user == user);
    });
    return found == damaged.end() ? nullptr : &*found;
}

void KeySlotFile::put(KeySlot slot)
{
    std::erase_if(damaged, [&](const DamagedKeySlot& entry) {
        return entry.kind == slot.kind && (slot.kind == KeySlot::Kind::Recovery || entry.user == slot.user);
    });
    const auto same = std::find_if(slots.begin(), slots.end(), [&](const KeySlot& existing) {
        return existing.kind == slot.kind && existing.user == slot.user;
    });
    if (same != slots.end())
        *same = std::move(slot);
    else
        slots.push_back(std::move(slot));
}

bool KeySlotFile::removePasswordSlot(const QString& user)
{
    const auto removedDamaged = std::erase_if(damaged, [&](const DamagedKeySlot& entry) {
        return entry.kind == KeySlot::Kind::Password && entry.user == user;
    });
    const auto removed = std::erase_if(
        slots, [&](const KeySlot& slot) { return slot.kind == KeySlot::Kind::Password && slot.user == user; });
    return removed + removedDamaged > 0;
}

} // namespace ecluse
