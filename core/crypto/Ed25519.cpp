#include "Ed25519.h"

#include "Digest.h"
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

// This file's messages, under the "Ed25519" context that lupdate files them in too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Ed25519)
};

using KeyPtr = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using BioPtr = std::unique_ptr<BIO, decltype(&BIO_free)>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;

const unsigned char* bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char*>(view.data());
}

KeyPtr privateKey(const SecureBuffer& seed)
{
    KeyPtr key(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, seed.data(), seed.size()), &EVP_PKEY_free);
    if (!key)
        detail::throwOpenSslError("Ed25519 private key");
    return key;
}

[[noreturn]] void notAKey(const char* what)
{
    throw Error(ErrorKind::InvalidInput, Text::tr(what));
}

} // namespace

Ed25519SigningKey::Ed25519SigningKey(SecureBuffer seed)
    : m_seed(std::move(seed))
{}

Ed25519SigningKey Ed25519SigningKey::generate(Random& random)
{
    return Ed25519SigningKey(random.secretBytes(32));
}

Ed25519SigningKey Ed25519SigningKey::fromSeed(SecureBuffer seed)
{
    if (seed.size() != 32)
        throw Error(ErrorKind::Other, Text::tr("an Ed25519 seed is 32 bytes"));
    return Ed25519SigningKey(std::move(seed));
}

Ed25519SigningKey Ed25519SigningKey::fromPem(const SecureBuffer& pem)
{
    BioPtr bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())), &BIO_free);
    KeyPtr key(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr, &EVP_PKEY_free);
    ERR_clear_error();
    if (!key || EVP_PKEY_get_id(key.get()) != EVP_PKEY_ED25519)
        notAKey(QT_TRANSLATE_NOOP("Ed25519", "not an Ed25519 private key"));
    SecureBuffer seed(32);
    std::size_t length = seed.size();
    if (EVP_PKEY_get_raw_private_key(key.get(), seed.data(), &length) != 1 || length != 32)
        notAKey(QT_TRANSLATE_NOOP("Ed25519", "not an Ed25519 private key"));
    return Ed25519SigningKey(std::move(seed));
}

SecureBuffer Ed25519SigningKey::toPem() const
{
    // The secure-memory BIO keeps the encoded key off the ordinary heap.
    BioPtr bio(BIO_new(BIO_s_secmem()), &BIO_free);
    KeyPtr key = privateKey(m_seed);
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        detail::throwOpenSslError("Ed25519 PEM encoding");
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return SecureBuffer(data, static_cast<std::size_t>(length));
}

QByteArray Ed25519SigningKey::publicKey() const
{
    KeyPtr key = privateKey(m_seed);
    QByteArray out(Ed25519PublicKeySize, Qt::Uninitialized);
    std::size_t length = Ed25519PublicKeySize;
    if (EVP_PKEY_get_raw_public_key(key.get(), reinterpret_cast<unsigned char*>(out.data()), &length) != 1)
        detail::throwOpenSslError("Ed25519 public key");
    return out;
}

QByteArray Ed25519SigningKey::sign(QByteArrayView message) const
{
    KeyPtr key = privateKey(m_seed);
    MdCtxPtr ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    QByteArray signature(Ed25519SignatureSize, Qt::Uninitialized);
    std::size_t length = Ed25519SignatureSize;
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1 ||
        EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(signature.data()), &length, bytes(message),
                       static_cast<std::size_t>(message.size())) != 1)
        detail::throwOpenSslError("Ed25519 signing");
    return signature;
}

bool ed25519Verify(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature)
{
    if (static_cast<std::size_t>(publicKey.size()) != Ed25519PublicKeySize ||
        static_cast<std::size_t>(signature.size()) != Ed25519SignatureSize)
        return false;
    KeyPtr key(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, bytes(publicKey), Ed25519PublicKeySize),
               &EVP_PKEY_free);
    MdCtxPtr ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    const bool valid = key && ctx && EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) == 1 &&
                       EVP_DigestVerify(ctx.get(), bytes(signature), Ed25519SignatureSize, bytes(message),
                                        static_cast<std::size_t>(message.size())) == 1;
    ERR_clear_error();
    return valid;
}

QByteArray ed25519PublicKeyToPem(QByteArrayView publicKey)
{
    KeyPtr key(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, bytes(publicKey),
                                           static_cast<std::size_t>(publicKey.size())),
               &EVP_PKEY_free);
    BioPtr bio(BIO_new(BIO_s_mem()), &BIO_free);
    if (!key || !bio || PEM_write_bio_PUBKEY(bio.get(), key.get()) != 1)
        detail::throwOpenSslError("Ed25519 public key PEM encoding");
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(length));
}

QByteArray ed25519PublicKeyFromPem(QByteArrayView pem)
{
    BioPtr bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())), &BIO_free);
    KeyPtr key(bio ? PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr) : nullptr, &EVP_PKEY_free);
    ERR_clear_error();
    if (!key || EVP_PKEY_get_id(key.get()) != EVP_PKEY_ED25519)
        notAKey(QT_TRANSLATE_NOOP("Ed25519", "not an Ed25519 public key"));
    QByteArray out(Ed25519PublicKeySize, Qt::Uninitialized);
    std::size_t length = Ed25519PublicKeySize;
    if (EVP_PKEY_get_raw_public_key(key.get(), reinterpret_cast<unsigned char*>(out.data()), &length) != 1)
        notAKey(QT_TRANSLATE_NOOP("Ed25519", "not an Ed25519 public key"));
    return out;
}

QString keyFingerprint(QByteArrayView publicKey)
{
    return QString::fromLatin1(sha256(publicKey).toHex().left(16));
}

} // namespace ecluse
