#pragma once

#include "SecureBuffer.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>
#include <string>

namespace ecluse {

inline constexpr std::size_t AesGcmKeySize = 32;
inline constexpr std::size_t AesGcmNonceSize = 12;
inline constexpr std::size_t AesGcmTagSize = 16;

// AES-256-GCM. The result is ciphertext followed by the 16-byte tag.
QByteArray aesGcmSeal(const SecureBuffer& key, QByteArrayView nonce, QByteArrayView associatedData,
                      const SecureBuffer& plaintext);

// The same for plaintext too large for the locked heap (a release file's rows): the caller wipes
// it (crypto/Wipe.h). At most 1 GiB.
QByteArray aesGcmSeal(const SecureBuffer& key, QByteArrayView nonce, QByteArrayView associatedData,
                      QByteArrayView plaintext);

// Returns nothing when the tag does not verify: wrong key, or altered ciphertext or associated data.
std::optional<SecureBuffer> aesGcmOpen(const SecureBuffer& key, QByteArrayView nonce, QByteArrayView associatedData,
                                       QByteArrayView sealed);
// Into `plaintext`, which the caller wipes; false, with `plaintext` wiped, when the tag does not verify.
bool aesGcmOpen(const SecureBuffer& key, QByteArrayView nonce, QByteArrayView associatedData, QByteArrayView sealed,
                std::string& plaintext);

} // namespace ecluse
