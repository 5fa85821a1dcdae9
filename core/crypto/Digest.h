#pragma once

#include "SecureBuffer.h"

#include <QByteArray>
#include <QByteArrayView>

struct evp_md_ctx_st;  // OpenSSL's EVP_MD_CTX, kept out of this header
struct evp_mac_ctx_st; // OpenSSL's EVP_MAC_CTX

namespace ecluse {

inline constexpr std::size_t Sha256Size = 32;

QByteArray sha256(QByteArrayView data);

// Incremental SHA-256 for data that arrives in pieces (files, exports).
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void addData(QByteArrayView data);
    QByteArray result();

private:
    ::evp_md_ctx_st* m_ctx;
};

QByteArray hmacSha256(const SecureBuffer& key, QByteArrayView data);

// HMAC-SHA256 under one key for many messages (re-keying millions of pseudonyms): the key is
// set once, each message reuses the context.
class HmacSha256
{
public:
    explicit HmacSha256(const SecureBuffer& key);
    ~HmacSha256();
    HmacSha256(const HmacSha256&) = delete;
    HmacSha256& operator=(const HmacSha256&) = delete;

    // Writes the 32-byte MAC of data to out.
    void compute(QByteArrayView data, unsigned char* out);

private:
    ::evp_mac_ctx_st* m_template; // keyed once, re-initialised for each message
};

// Constant-time equality for MACs and hashes.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

} // namespace ecluse
