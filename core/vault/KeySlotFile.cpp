#include "KeySlotFile.h"

#include "common/Error.h"
#include "crypto/Aead.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace ecluse {
namespace {

const QString formatName = QStringLiteral("ecluse-keyslots");
constexpr qint64 maximumFileSize = 1 << 20;

QString tr(const char* text)
{
    return QCoreApplication::translate("ecluse::KeySlotFile", text);
}

[[noreturn]] void damaged(const QString& path, const QString& why)
{
    throw Error(ErrorKind::Integrity, tr("the key-slot file %1 is damaged: %2").arg(path, why));
}

QString base64(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QByteArray fromBase64(const QJsonValue& value, qsizetype expectedSize, const QString& path, const char* field)
{
    const auto decoded =
        QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || (expectedSize > 0 && decoded.decoded.size() != expectedSize) || decoded.decoded.isEmpty())
        damaged(path, tr("field '%1' is malformed").arg(QString::fromLatin1(field)));
    return decoded.decoded;
}

QJsonObject toJson(const KeySlot& slot)
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
        {QStringLiteral("kind"),
         slot.kind == KeySlot::Kind::Password ? QStringLiteral("password") : QStringLiteral("recovery")},
        {QStringLiteral("kdf"), kdf},
        {QStringLiteral("cipher"), QStringLiteral("aes-256-gcm")},
        {QStringLiteral("nonce"), base64(slot.nonce)},
        {QStringLiteral("wrappedKey"), base64(slot.wrappedKey)},
        {QStringLiteral("created"), slot.createdUtc.toUTC().toString(Qt::ISODate)},
    };
    if (slot.kind == KeySlot::Kind::Password)
        json.insert(QStringLiteral("user"), slot.user);
    return json;
}

KeySlot slotFromJson(const QJsonObject& json, const QString& path)
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
            damaged(path, tr("a password slot has unacceptable parameters"));
    } else if (kind == QStringLiteral("recovery") && kdfName == QStringLiteral("hkdf-sha256")) {
        slot.kind = KeySlot::Kind::Recovery;
    } else {
        damaged(path, tr("unknown slot kind '%1' with key derivation '%2'").arg(kind, kdfName));
    }
    if (json.value(QStringLiteral("cipher")).toString() != QStringLiteral("aes-256-gcm"))
        damaged(path, tr("unknown slot cipher"));
    slot.salt = fromBase64(kdf.value(QStringLiteral("salt")), 32, path, "salt");
    slot.nonce = fromBase64(json.value(QStringLiteral("nonce")), AesGcmNonceSize, path, "nonce");
    slot.wrappedKey =
        fromBase64(json.value(QStringLiteral("wrappedKey")), DataKeySize + AesGcmTagSize, path, "wrappedKey");
    slot.createdUtc = QDateTime::fromString(json.value(QStringLiteral("created")).toString(), Qt::ISODate);
    if (!slot.createdUtc.isValid())
        damaged(path, tr("a slot has no valid creation time"));
    return slot;
}

} // namespace

KeySlotFile KeySlotFile::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorKind::Other, tr("cannot read the key-slot file %1: %2").arg(path, file.errorString()));
    if (file.size() > maximumFileSize)
        damaged(path, tr("the file is too large"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        damaged(path, tr("it is not valid JSON (%1)").arg(parseError.errorString()));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != formatName)
        damaged(path, tr("it is not an Écluse key-slot file"));
    const qint64 version = root.value(QStringLiteral("version")).toInteger();
    if (version > FormatVersion)
        throw Error(ErrorKind::Other, tr("the key-slot file %1 has format version %2, but this build of Écluse "
                                         "reads only up to version %3: use a newer Écluse")
                                          .arg(path)
                                          .arg(version)
                                          .arg(FormatVersion));
    if (version < 1)
        damaged(path, tr("it has no valid format version"));

    KeySlotFile result;
    result.vaultId = root.value(QStringLiteral("vault")).toString();
    const QJsonObject database = root.value(QStringLiteral("database")).toObject();
    result.cipherPageSize = static_cast<int>(database.value(QStringLiteral("pageSize")).toInteger());
    const bool powerOfTwo = (result.cipherPageSize & (result.cipherPageSize - 1)) == 0;
    if (result.vaultId.size() < 16 || result.cipherPageSize < 512 || result.cipherPageSize > 65536 || !powerOfTwo)
        damaged(path, tr("the vault description is malformed"));
    for (const QJsonValue value : root.value(QStringLiteral("slots")).toArray())
        result.slots.push_back(slotFromJson(value.toObject(), path));
    return result;
}

void KeySlotFile::save(const QString& path) const
{
    QJsonArray slotArray;
    for (const KeySlot& slot : slots)
        slotArray.append(toJson(slot));
    const QJsonObject root{
        {QStringLiteral("format"), formatName},
        {QStringLiteral("version"), FormatVersion},
        {QStringLiteral("vault"), vaultId},
        {QStringLiteral("database"),
         QJsonObject{{QStringLiteral("file"), QStringLiteral("vault.db")},
                     {QStringLiteral("cipher"), QStringLiteral("sqlcipher4: aes-256-cbc, hmac-sha512")},
                     {QStringLiteral("pageSize"), cipherPageSize}}},
        {QStringLiteral("slots"), slotArray},
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(ErrorKind::Other, tr("cannot write the key-slot file %1: %2").arg(path, file.errorString()));
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.write(QJsonDocument(root).toJson());
    if (!file.commit())
        throw Error(ErrorKind::Other, tr("cannot write the key-slot file %1: %2").arg(path, file.errorString()));
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

void KeySlotFile::put(KeySlot slot)
{
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
    return std::erase_if(slots, [&](const KeySlot& slot) {
               return slot.kind == KeySlot::Kind::Password && slot.user == user;
           }) > 0;
}

} // namespace ecluse
