#include "Aead.h"

#include "OpenSslError.h"
#include "Wipe.h"

#include <QCoreApplication>

#include <openssl/evp.h>

#include <memory>

namespace ecluse {
namespace {

// This file's messages, under the "Aead" context that lupdate files them in too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Aead)
};

using CipherCtxPtr = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

const unsigned char* bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char*>(view.data());
}

int length(std::size_t size)
{
    if (size > (1u << 30))
        throw Error(ErrorKind::InvalidInput, Text::tr("AES-GCM input too large"));
    return static_cast<int>(size);
}

void checkSizes(const SecureBuffer& key, QByteArrayView nonce)
{
    if (key.size() != AesGcmKeySize || static_cast<std::size_t>(nonce.size()) != AesGcmNonceSize)
        throw Error(ErrorKind::Other, Text::tr("AES-GCM needs a 32-byte key and a 12-byte nonce"));
}

} // namespace

QByteArray aesGcmSeal(const SecureBuffer& key, QByteArrayView nonce, QByteArrayView associatedData,
                      QByteArrayView plaintext)
{
    checkSizes(key, nonce);
    const std::size_t plainSize = static_cast<std::size_t>(plaintext.size());
    CipherCtxPtr ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    QByteArray out(static_cast<qsizetype>(plainSize + AesGcmTagSize), Qt::Uninitialized);
    auto* cipher = reinterpret_cast<unsigned char*>(out.data());
    int written = 0;
    int finalWritten = 0;
    if (!ctx || EVP_EncryptInit_ex2(ctx.get(), EVP_aes_256_gcm(), key.data(), bytes(nonce), nullptr) != 1 ||
        EVP_EncryptUpdate(ctx.get(), nullptr, &written, bytes(associatedData), length(associatedData.size())) != 1 ||
        EVP_EncryptUpdate(ctx.get(), cipher, &written, bytes(plaintext), length(plainSize)) != 1 ||
        EVP_EncryptFinal_ex(ctx.get(), cipher + written, &finalWritten) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, AesGcmTagSize, cipher + plainSize) != 1)
        detail::throwOpenSslError("AES-256-GCM seal");
    return out;
}

QByteArray aesGcmSeal(const SecureBuffer& key, QByteArrayView nonce, QByteArrayView associatedData,
                      const SecureBuffer& plaintext)
{
    return aesGcmSeal(key, nonce, associatedData, plaintext.view());
}

namespace {

// Decrypts into `plain` (cipherSize bytes long); false when the tag does not verify.
bool decrypt(const SecureBuffer& key, QByteArrayView nonce, QByteArrayView associatedData, QByteArrayView sealed,
             unsigned char* plain)
{
    const std::size_t cipherSize = static_cast<std::size_t>(sealed.size()) - AesGcmTagSize;
    CipherCtxPtr ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int written = 0;
    int finalWritten = 0;
    // EVP wants a writable tag buffer.
    unsigned char tag[AesGcmTagSize];
    std::copy_n(bytes(sealed) + cipherSize, AesGcmTagSize, tag);
    if (!ctx || EVP_DecryptInit_ex2(ctx.get(), EVP_aes_256_gcm(), key.data(), bytes(nonce), nullptr) != 1 ||
        EVP_DecryptUpdate(ctx.get(), nullptr, &written, bytes(associatedData), length(associatedData.size())) != 1 ||
        EVP_DecryptUpdate(ctx.get(), plain, &written, bytes(sealed), length(cipherSize)) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, AesGcmTagSize, tag) != 1)
        detail::throwOpenSslError("AES-256-GCM open");
    return EVP_DecryptFinal_ex(ctx.get(), plain + written, &finalWritten) == 1;
}

} // namespace

std::optional<SecureBuffer> aesGcmOpen(const SecureBuffer& key, QByteArrayView nonce, QByteArrayView associatedData,
                                       QByteArrayView sealed)
{
    checkSizes(key, nonce);
    if (static_cast<std::size_t>(sealed.size()) < AesGcmTagSize)
        return std::nullopt;
    SecureBuffer plain(static_cast<std::size_t>(sealed.size()) - AesGcmTagSize);
    if (!decrypt(key, nonce, associatedData, sealed, plain.data()))
        return std::nullopt;
    return plain;
}

bool aesGcmOpen(const SecureBuffer& key, QByteArrayView nonce, QByteArrayView associatedData, QByteArrayView sealed,
                std::string& plaintext)
{
    checkSizes(key, nonce);
    wipe(plaintext);
    if (static_cast<std::size_t>(sealed.size()) < AesGcmTagSize)
        return false;
    plaintext.resize(static_cast<std::size_t>(sealed.size()) - AesGcmTagSize);
    if (decrypt(key, nonce, associatedData, sealed, reinterpret_cast<unsigned char*>(plaintext.data())))
        return true;
    wipe(plaintext);
    return false;
}

} // namespace ecluse
