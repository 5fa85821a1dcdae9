#include "Kdf.h"

#include "OpenSslError.h"

#include <openssl/core_names.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

#include <memory>

namespace ecluse {
namespace {

using KdfPtr = std::unique_ptr<EVP_KDF, decltype(&EVP_KDF_free)>;
using KdfCtxPtr = std::unique_ptr<EVP_KDF_CTX, decltype(&EVP_KDF_CTX_free)>;

SecureBuffer derive(const char* algorithm, const OSSL_PARAM* params, std::size_t keyLength)
{
    KdfPtr kdf(EVP_KDF_fetch(nullptr, algorithm, nullptr), &EVP_KDF_free);
    if (!kdf)
        detail::throwOpenSslError(algorithm);
    KdfCtxPtr ctx(EVP_KDF_CTX_new(kdf.get()), &EVP_KDF_CTX_free);
    SecureBuffer out(keyLength);
    if (!ctx || EVP_KDF_derive(ctx.get(), out.data(), keyLength, params) != 1)
        detail::throwOpenSslError(algorithm);
    return out;
}

void* mutableBytes(const void* data)
{
    // OSSL_PARAM takes non-const pointers for input octet strings it only reads.
    return const_cast<void*>(data);
}

} // namespace

bool ScryptParams::isAcceptable() const
{
    const bool powerOfTwo = n > 1 && (n & (n - 1)) == 0;
    const std::uint64_t memory = 128ull * r * n;
    return powerOfTwo && n >= (1u << 14) && r >= 1 && p >= 1 && p <= 16 && memory <= (1ull << 30);
}

SecureBuffer scrypt(const SecureBuffer& password, QByteArrayView salt, const ScryptParams& params,
                    std::size_t keyLength)
{
    std::uint64_t n = params.n;
    std::uint32_t r = params.r;
    std::uint32_t p = params.p;
    std::uint64_t maxMemory = 1ull << 31;
    const OSSL_PARAM ossl[] = {
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD, mutableBytes(password.data()), password.size()),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, mutableBytes(salt.data()),
                                          static_cast<std::size_t>(salt.size())),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &r),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &p),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxMemory),
        OSSL_PARAM_construct_end(),
    };
    return derive("SCRYPT", ossl, keyLength);
}

SecureBuffer hkdfSha256(const SecureBuffer& inputKey, QByteArrayView salt, QByteArrayView info, std::size_t keyLength)
{
    char digest[] = "SHA256";
    OSSL_PARAM ossl[5];
    OSSL_PARAM* param = ossl;
    *param++ = OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0);
    *param++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, mutableBytes(inputKey.data()), inputKey.size());
    if (!salt.isEmpty())
        *param++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, mutableBytes(salt.data()),
                                                     static_cast<std::size_t>(salt.size()));
    *param++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, mutableBytes(info.data()),
                                                 static_cast<std::size_t>(info.size()));
    *param = OSSL_PARAM_construct_end();
    return derive("HKDF", ossl, keyLength);
}

} // namespace ecluse
