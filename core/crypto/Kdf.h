#pragma once

#include "SecureBuffer.h"

#include <QByteArrayView>

#include <cstdint>

namespace ecluse {

struct ScryptParams
{
    std::uint64_t n = 0; // CPU/memory cost, a power of two
    std::uint32_t r = 0; // block size
    std::uint32_t p = 0; // parallelism

    // About 0.3 s and 80 MiB on the reference 2-core workstation (see docs/SECURITY.md).
    static ScryptParams interactive() { return {1u << 16, 10, 1}; }
    // Refuses parameters too weak to protect a password or large enough to exhaust memory.
    bool isAcceptable() const;
    bool operator==(const ScryptParams&) const = default;
};

SecureBuffer scrypt(const SecureBuffer& password, QByteArrayView salt, const ScryptParams& params,
                    std::size_t keyLength);

SecureBuffer hkdfSha256(const SecureBuffer& inputKey, QByteArrayView salt, QByteArrayView info, std::size_t keyLength);

} // namespace ecluse
