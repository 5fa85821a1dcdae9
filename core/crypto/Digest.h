#pragma once

#include "SecureBuffer.h"

#include <QByteArray>
#include <QByteArrayView>

struct evp_md_ctx_st; // OpenSSL's EVP_MD_CTX, kept out of this header

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

// Constant-time equality for MACs and hashes.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

} // namespace ecluse
