#pragma once

#include "SecureBuffer.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace ecluse {

inline constexpr std::size_t AesGcmKeySize = 32;
inline constexpr std::size_t AesGcmNonceSize = 12;
inline constexpr std::size_t AesGcmTagSize = 16;

// AES-256-GCM. The result is ciphertext followed by the 16-byte tag.
QByteArray aesGcmSeal(const SecureBuffer& key, QByteArrayView nonce, QByteArrayView associatedData,
                      const SecureBuffer& plaintext);

// Returns nothing when the tag does not verify: wrong key, or altered ciphertext or associated data.
std::optional<SecureBuffer> aesGcmOpen(const SecureBuffer& key, QByteArrayView nonce, QByteArrayView associatedData,
                                       QByteArrayView sealed);

} // namespace ecluse
