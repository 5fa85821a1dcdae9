#pragma once

#include <cstdint>
#include <limits>
#include <optional>

namespace ecluse {

// Exact sums and products of 64-bit values. Fewer than 2^32 rows (the most a vault's dataset holds)
// of int64 amounts add up to less than 2^95, far from its limit. A GCC/Clang extension (MinGW
// included), hence the marker for -Wpedantic.
__extension__ typedef __int128 Int128;

// `value` as int64 when it lies within ±(2^63 - 1), else nullopt. INT64_MIN is left out on purpose:
// whatever passes can be negated and shown as a magnitude without overflowing in turn.
inline std::optional<std::int64_t> narrowToInt64(Int128 value)
{
    constexpr Int128 limit = std::numeric_limits<std::int64_t>::max();
    if (value > limit || value < -limit)
        return std::nullopt;
    return static_cast<std::int64_t>(value);
}

} // namespace ecluse
