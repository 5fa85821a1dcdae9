#include "Digest.h"

#include "OpenSslError.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <memory>

namespace ecluse {

QByteArray sha256(QByteArrayView data)
{
    Sha256 hash;
    hash.addData(data);
    return hash.result();
}

Sha256::Sha256()
    : m_ctx(EVP_MD_CTX_new())
{
    if (!m_ctx || EVP_DigestInit_ex2(m_ctx, EVP_sha256(), nullptr) != 1) {
        EVP_MD_CTX_free(m_ctx);
        detail::throwOpenSslError("SHA-256 init");
    }
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_ctx);
}

void Sha256::addData(QByteArrayView data)
{
    if (EVP_DigestUpdate(m_ctx, data.data(), static_cast<std::size_t>(data.size())) != 1)
        detail::throwOpenSslError("SHA-256 update");
}

QByteArray Sha256::result()
{
    QByteArray out(Sha256Size, Qt::Uninitialized);
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(m_ctx, reinterpret_cast<unsigned char*>(out.data()), &length) != 1)
        detail::throwOpenSslError("SHA-256 final");
    return out;
}

QByteArray hmacSha256(const SecureBuffer& key, QByteArrayView data)
{
    using MacPtr = std::unique_ptr<EVP_MAC, decltype(&EVP_MAC_free)>;
    using CtxPtr = std::unique_ptr<EVP_MAC_CTX, decltype(&EVP_MAC_CTX_free)>;
    MacPtr mac(EVP_MAC_fetch(nullptr, "HMAC", nullptr), &EVP_MAC_free);
    if (!mac)
        detail::throwOpenSslError("HMAC fetch");
    CtxPtr ctx(EVP_MAC_CTX_new(mac.get()), &EVP_MAC_CTX_free);
    char digest[] = "SHA256";
    const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
                                 OSSL_PARAM_construct_end()};
    QByteArray out(Sha256Size, Qt::Uninitialized);
    std::size_t length = 0;
    if (!ctx || EVP_MAC_init(ctx.get(), key.data(), key.size(), params) != 1 ||
        EVP_MAC_update(ctx.get(), reinterpret_cast<const unsigned char*>(data.data()),
                       static_cast<std::size_t>(data.size())) != 1 ||
        EVP_MAC_final(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &length, Sha256Size) != 1)
        detail::throwOpenSslError("HMAC-SHA256");
    return out;
}

HmacSha256::HmacSha256(const SecureBuffer& key)
    : m_template(nullptr)
{
    EVP_MAC* mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    if (!mac)
        detail::throwOpenSslError("HMAC fetch");
    m_template = EVP_MAC_CTX_new(mac);
    EVP_MAC_free(mac); // the context keeps its own reference
    char digest[] = "SHA256";
    const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
                                 OSSL_PARAM_construct_end()};
    if (!m_template || EVP_MAC_init(m_template, key.data(), key.size(), params) != 1) {
        EVP_MAC_CTX_free(m_template);
        detail::throwOpenSslError("HMAC-SHA256 key");
    }
}

HmacSha256::~HmacSha256()
{
    EVP_MAC_CTX_free(m_template);
}

void HmacSha256::compute(QByteArrayView data, unsigned char* out)
{
    // Re-initialising with no key keeps the key already set: no new context per message.
    std::size_t length = 0;
    if (EVP_MAC_init(m_template, nullptr, 0, nullptr) != 1
        || EVP_MAC_update(m_template, reinterpret_cast<const unsigned char*>(data.data()),
                          static_cast<std::size_t>(data.size()))
               != 1
        || EVP_MAC_final(m_template, out, &length, Sha256Size) != 1)
        detail::throwOpenSslError("HMAC-SHA256");
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), static_cast<std::size_t>(a.size())) == 0;
}

} // namespace ecluse
