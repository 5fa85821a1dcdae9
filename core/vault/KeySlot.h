#pragma once

#include "crypto/Kdf.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace ecluse {

class Random;

// One wrapping of the vault's data key: AES-256-GCM under a key-encryption key derived from a
// user's password (scrypt) or from the recovery key (HKDF: it is already 256 random bits).
// Everything that describes the slot is bound as associated data, so a slot cannot be moved to
// another user or vault, nor its KDF cost lowered, without unwrapping failing.
struct KeySlot
{
    enum class Kind
    {
        Password,
        Recovery,
    };

    Kind kind = Kind::Password;
    QString user;        // empty for the recovery slot
    ScryptParams scrypt; // password slots only
    QByteArray salt;
    QByteArray nonce;
    QByteArray wrappedKey; // ciphertext and tag
    QDateTime createdUtc;
    // HMAC-SHA256 of canonicalBytes() under the vault's key-slot key (keySlotMacKey()): lets
    // `vault verify` prove that nobody without the data key edited a slot it cannot unwrap.
    QByteArray mac;

    QByteArray associatedData(const QString& vaultId) const;
    // Everything public about the slot: its associated data, nonce and wrapped key.
    QByteArray canonicalBytes(const QString& vaultId) const;
};

inline constexpr std::size_t DataKeySize = 32;

KeySlot wrapWithPassword(const QString& vaultId, const QString& user, const SecureBuffer& dataKey,
                         const SecureBuffer& password, const ScryptParams& params, Random& random,
                         const QDateTime& createdUtc);
KeySlot wrapWithRecoveryKey(const QString& vaultId, const SecureBuffer& dataKey, const SecureBuffer& recoveryKey,
                            Random& random, const QDateTime& createdUtc);
// The data key, or nothing when the secret is wrong or the slot was altered.
std::optional<SecureBuffer> unwrapKeySlot(const QString& vaultId, const KeySlot& slot, const SecureBuffer& secret);

// The key that authenticates keyslots.json (every slot and the file's header), derived from the
// data key: only someone who holds the data key can write a file that verifies.
SecureBuffer keySlotMacKey(const SecureBuffer& dataKey, const QString& vaultId);

} // namespace ecluse
