#include "X25519.h"

#include "OpenSslError.h"
#include "Random.h"

#include <QCoreApplication>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <memory>

namespace ecluse {
namespace {

// This file's messages, under the "X25519" context that lupdate files them in too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(X25519)
};

using KeyPtr = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using BioPtr = std::unique_ptr<BIO, decltype(&BIO_free)>;
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)>;

const unsigned char* bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char*>(view.data());
}

[[noreturn]] void notAKey(const char* what)
{
    throw Error(ErrorKind::InvalidInput, Text::tr(what));
}

KeyPtr privateKey(const SecureBuffer& raw)
{
    KeyPtr key(EVP_PKEY_new_raw_private_key(EVP_PKEY_X25519, nullptr, raw.data(), raw.size()), &EVP_PKEY_free);
    if (!key)
        detail::throwOpenSslError("X25519 private key");
    return key;
}

QByteArray rawPublicKey(EVP_PKEY* key, const char* what)
{
    QByteArray out(X25519KeySize, Qt::Uninitialized);
    std::size_t length = X25519KeySize;
    if (EVP_PKEY_get_raw_public_key(key, reinterpret_cast<unsigned char*>(out.data()), &length) != 1 ||
        length != X25519KeySize)
        notAKey(what);
    return out;
}

} // namespace

X25519PrivateKey::X25519PrivateKey(SecureBuffer raw)
    : m_raw(std::move(raw))
{}

X25519PrivateKey X25519PrivateKey::generate(Random& random)
{
    // Any 32 bytes are a private key: X25519 clamps them itself.
    return X25519PrivateKey(random.secretBytes(X25519KeySize));
}

X25519PrivateKey X25519PrivateKey::fromPem(const SecureBuffer& pem)
{
    BioPtr bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())), &BIO_free);
    KeyPtr key(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr, &EVP_PKEY_free);
    ERR_clear_error();
    if (!key || EVP_PKEY_get_id(key.get()) != EVP_PKEY_X25519)
        notAKey(QT_TRANSLATE_NOOP("X25519", "not an X25519 private key"));
    SecureBuffer raw(X25519KeySize);
    std::size_t length = raw.size();
    if (EVP_PKEY_get_raw_private_key(key.get(), raw.data(), &length) != 1 || length != X25519KeySize)
        notAKey(QT_TRANSLATE_NOOP("X25519", "not an X25519 private key"));
    return X25519PrivateKey(std::move(raw));
}

SecureBuffer X25519PrivateKey::toPem() const
{
    BioPtr bio(BIO_new(BIO_s_secmem()), &BIO_free);
    KeyPtr key = privateKey(m_raw);
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        detail::throwOpenSslError("X25519 PEM encoding");
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return SecureBuffer(data, static_cast<std::size_t>(length));
}

QByteArray X25519PrivateKey::publicKey() const
{
    KeyPtr key = privateKey(m_raw);
    return rawPublicKey(key.get(), QT_TRANSLATE_NOOP("X25519", "not an X25519 private key"));
}

SecureBuffer X25519PrivateKey::agree(QByteArrayView peerPublicKey) const
{
    if (static_cast<std::size_t>(peerPublicKey.size()) != X25519KeySize)
        notAKey(QT_TRANSLATE_NOOP("X25519", "not an X25519 public key"));
    KeyPtr self = privateKey(m_raw);
    KeyPtr peer(EVP_PKEY_new_raw_public_key(EVP_PKEY_X25519, nullptr, bytes(peerPublicKey), X25519KeySize),
                &EVP_PKEY_free);
    if (!peer)
        notAKey(QT_TRANSLATE_NOOP("X25519", "not an X25519 public key"));
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new(self.get(), nullptr), &EVP_PKEY_CTX_free);
    SecureBuffer secret(X25519KeySize);
    std::size_t length = secret.size();
    // OpenSSL refuses an all-zero result (a small-order peer key): no secret to derive a key from.
    if (!ctx || EVP_PKEY_derive_init(ctx.get()) != 1 || EVP_PKEY_derive_set_peer(ctx.get(), peer.get()) != 1 ||
        EVP_PKEY_derive(ctx.get(), secret.data(), &length) != 1 || length != X25519KeySize) {
        ERR_clear_error();
        notAKey("public key fit for key agreement");
    }
    return secret;
}

QByteArray x25519PublicKeyToPem(QByteArrayView publicKey)
{
    KeyPtr key(EVP_PKEY_new_raw_public_key(EVP_PKEY_X25519, nullptr, bytes(publicKey),
                                           static_cast<std::size_t>(publicKey.size())),
               &EVP_PKEY_free);
    BioPtr bio(BIO_new(BIO_s_mem()), &BIO_free);
    if (!key || !bio || PEM_write_bio_PUBKEY(bio.get(), key.get()) != 1)
        detail::throwOpenSslError("X25519 public key PEM encoding");
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(length));
}

QByteArray x25519PublicKeyFromPem(QByteArrayView pem)
{
    BioPtr bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())), &BIO_free);
    KeyPtr key(bio ? PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr) : nullptr, &EVP_PKEY_free);
    ERR_clear_error();
    if (!key || EVP_PKEY_get_id(key.get()) != EVP_PKEY_X25519)
        notAKey(QT_TRANSLATE_NOOP("X25519", "not an X25519 public key"));
    return rawPublicKey(key.get(), "public key");
}

} // namespace ecluse
