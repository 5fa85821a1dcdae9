#pragma once

#include "SecureBuffer.h"

#include <QByteArray>
#include <QByteArrayView>

namespace ecluse {

class Random;

inline constexpr std::size_t Ed25519PublicKeySize = 32;
inline constexpr std::size_t Ed25519SignatureSize = 64;

// A signing key of a habilitation authority or a data producer. The 32-byte seed stays in a
// SecureBuffer; on disk it is a PKCS#8 PEM file, so that OpenSSL's tools can read it.
class Ed25519SigningKey
{
public:
    static Ed25519SigningKey generate(Random& random);
    // Throws ErrorKind::InvalidInput when the text is not an Ed25519 private key.
    static Ed25519SigningKey fromPem(const SecureBuffer& pem);
    // A key kept as its 32-byte seed, e.g. one derived from a vault's data key.
    static Ed25519SigningKey fromSeed(SecureBuffer seed);

    SecureBuffer toPem() const;
    QByteArray publicKey() const;
    QByteArray sign(QByteArrayView message) const;

private:
    explicit Ed25519SigningKey(SecureBuffer seed);
    SecureBuffer m_seed;
};

bool ed25519Verify(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature);

// SubjectPublicKeyInfo PEM and back; fromPem throws ErrorKind::InvalidInput.
QByteArray ed25519PublicKeyToPem(QByteArrayView publicKey);
QByteArray ed25519PublicKeyFromPem(QByteArrayView pem);

// A short, stable name for a public key: the first 16 hexadecimal digits of its SHA-256.
QString keyFingerprint(QByteArrayView publicKey);

} // namespace ecluse
