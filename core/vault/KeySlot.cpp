#include "KeySlot.h"

#include "common/Canonical.h"
#include "crypto/Aead.h"
#include "crypto/Random.h"

namespace ecluse {
namespace {

constexpr std::size_t saltSize = 32;
constexpr char recoveryInfo[] = "ecluse recovery slot v1";

SecureBuffer keyEncryptionKey(const KeySlot& slot, const SecureBuffer& secret)
{
    if (slot.kind == KeySlot::Kind::Password)
        return scrypt(secret, slot.salt, slot.scrypt, AesGcmKeySize);
    return hkdfSha256(secret, slot.salt, recoveryInfo, AesGcmKeySize);
}

KeySlot seal(KeySlot slot, const QString& vaultId, const SecureBuffer& dataKey, const SecureBuffer& secret,
             Random& random)
{
    slot.salt = random.publicBytes(saltSize);
    slot.nonce = random.publicBytes(AesGcmNonceSize);
    slot.wrappedKey = aesGcmSeal(keyEncryptionKey(slot, secret), slot.nonce, slot.associatedData(vaultId), dataKey);
    return slot;
}

} // namespace

QByteArray KeySlot::associatedData(const QString& vaultId) const
{
    QByteArray out("ecluse-keyslot-v1");
    auto field = [&out](const QByteArray& value) {
        out.append('\0');
        out.append(QByteArray::number(value.size()));
        out.append(':');
        out.append(value);
    };
    field(vaultId.toUtf8());
    field(kind == Kind::Password ? "password" : "recovery");
    field(user.toUtf8());
    field(QByteArray::number(scrypt.n) + ',' + QByteArray::number(scrypt.r) + ',' + QByteArray::number(scrypt.p));
    field(salt);
    field(createdUtc.toUTC().toString(Qt::ISODate).toUtf8());
    return out;
}

QByteArray KeySlot::canonicalBytes(const QString& vaultId) const
{
    return CanonicalBytes("ecluse-keyslot-public-v2").add(associatedData(vaultId)).add(nonce).add(wrappedKey).bytes();
}

SecureBuffer keySlotMacKey(const SecureBuffer& dataKey, const QString& vaultId)
{
    return hkdfSha256(dataKey, vaultId.toUtf8(), "ecluse keyslots v2", 32);
}

KeySlot wrapWithPassword(const QString& vaultId, const QString& user, const SecureBuffer& dataKey,
                         const SecureBuffer& password, const ScryptParams& params, Random& random,
                         const QDateTime& createdUtc)
{
    KeySlot slot;
    slot.kind = KeySlot::Kind::Password;
    slot.user = user;
    slot.scrypt = params;
    slot.createdUtc = createdUtc.toUTC();
    return seal(std::move(slot), vaultId, dataKey, password, random);
}

KeySlot wrapWithRecoveryKey(const QString& vaultId, const SecureBuffer& dataKey, const SecureBuffer& recoveryKey,
                            Random& random, const QDateTime& createdUtc)
{
    KeySlot slot;
    slot.kind = KeySlot::Kind::Recovery;
    slot.createdUtc = createdUtc.toUTC();
    return seal(std::move(slot), vaultId, dataKey, recoveryKey, random);
}

std::optional<SecureBuffer> unwrapKeySlot(const QString& vaultId, const KeySlot& slot, const SecureBuffer& secret)
{
    auto key = aesGcmOpen(keyEncryptionKey(slot, secret), slot.nonce, slot.associatedData(vaultId), slot.wrappedKey);
    if (key && key->size() != DataKeySize)
        return std::nullopt;
    return key;
}

} // namespace ecluse
