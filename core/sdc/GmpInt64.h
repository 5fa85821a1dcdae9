#pragma once

#include <gmpxx.h>

#include <cstdint>
#include <optional>

namespace ecluse {

// Conversions between 64-bit integers and GMP, exact over the whole int64 range on every platform.
// GMP's own constructors and get_si() go through `long`, which is 32 bits on Windows: a count of
// three billion or an amount in cents would silently lose its high bits there.
mpz_class toMpz(std::int64_t value);
mpq_class toMpq(std::int64_t value);
// nullopt when `value` lies outside [INT64_MIN, INT64_MAX].
std::optional<std::int64_t> toInt64(const mpz_class& value);

} // namespace ecluse
