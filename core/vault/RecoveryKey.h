#pragma once

#include "crypto/SecureBuffer.h"

#include <optional>

namespace ecluse {

class Random;

// The recovery key is 32 random bytes shown once, at vault creation, as 13 groups of four
// base32 characters (RFC 4648 alphabet): easy to write down and read back over the phone.
namespace RecoveryKey {

inline constexpr std::size_t Size = 32;

SecureBuffer generate(Random& random);
SecureBuffer format(const SecureBuffer& key);
// Accepts the printed form, ignoring case, spaces and dashes; nothing when it is malformed.
std::optional<SecureBuffer> parse(const SecureBuffer& text);

} // namespace RecoveryKey
} // namespace ecluse
