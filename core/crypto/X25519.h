#pragma once

#include "SecureBuffer.h"

#include <QByteArray>
#include <QByteArrayView>

namespace ecluse {

class Random;

inline constexpr std::size_t X25519KeySize = 32;

// An X25519 key pair: a recipient's, for whom a release is encrypted, or the one-time key of the
// sender. The private key stays in a SecureBuffer; on disk it is PKCS#8 PEM, so that
// `openssl genpkey -algorithm X25519` makes keys Écluse reads.
class X25519PrivateKey
{
public:
    static X25519PrivateKey generate(Random& random);
    // Throws ErrorKind::InvalidInput when the text is not an X25519 private key.
    static X25519PrivateKey fromPem(const SecureBuffer& pem);

    SecureBuffer toPem() const;
    QByteArray publicKey() const;
    // The shared secret with a peer's public key (RFC 7748). Throws ErrorKind::InvalidInput for a
    // key that is not 32 bytes or whose secret would be all zeros (a point of small order).
    SecureBuffer agree(QByteArrayView peerPublicKey) const;

private:
    explicit X25519PrivateKey(SecureBuffer raw);
    SecureBuffer m_raw;
};

// SubjectPublicKeyInfo PEM and back; fromPem throws ErrorKind::InvalidInput.
QByteArray x25519PublicKeyToPem(QByteArrayView publicKey);
QByteArray x25519PublicKeyFromPem(QByteArrayView pem);

} // namespace ecluse
