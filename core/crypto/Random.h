#pragma once

#include "SecureBuffer.h"

#include <QByteArray>

namespace ecluse {

// Randomness is injected so that tests can make key material repeatable where they need to.
class Random
{
public:
    virtual ~Random() = default;
    virtual void fill(unsigned char* out, std::size_t size) = 0;

    SecureBuffer secretBytes(std::size_t size);
    // For values that are not secret: salts, nonces, identifiers.
    QByteArray publicBytes(std::size_t size);
};

// The operating system's generator, through OpenSSL's DRBG.
class SystemRandom final : public Random
{
public:
    void fill(unsigned char* out, std::size_t size) override;
};

} // namespace ecluse
