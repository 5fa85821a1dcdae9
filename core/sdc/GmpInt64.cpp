#include "sdc/GmpInt64.h"

namespace ecluse {
namespace {

// The magnitude travels as one 64-bit word in the host's byte order, whatever the size of a GMP
// limb or of `long`.
constexpr int WordOrder = -1;
constexpr int NativeEndian = 0;
constexpr std::size_t NoNails = 0;

} // namespace

mpz_class toMpz(std::int64_t value)
{
    // Unsigned arithmetic: the magnitude of INT64_MIN is 2^63, which no int64 holds.
    const auto bits = static_cast<std::uint64_t>(value);
    const std::uint64_t magnitude = value < 0 ? 0 - bits : bits;
    mpz_class result;
    mpz_import(result.get_mpz_t(), 1, WordOrder, sizeof magnitude, NativeEndian, NoNails, &magnitude);
    if (value < 0)
        mpz_neg(result.get_mpz_t(), result.get_mpz_t());
    return result;
}

mpq_class toMpq(std::int64_t value)
{
    return mpq_class(toMpz(value));
}

std::optional<std::int64_t> toInt64(const mpz_class& value)
{
    if (mpz_sizeinbase(value.get_mpz_t(), 2) > 64)
        return std::nullopt;
    std::uint64_t magnitude = 0;
    mpz_export(&magnitude, nullptr, WordOrder, sizeof magnitude, NativeEndian, NoNails, value.get_mpz_t());
    constexpr std::uint64_t twoTo63 = std::uint64_t{1} << 63;
    if (sgn(value) < 0) {
        if (magnitude > twoTo63)
            return std::nullopt;
        return static_cast<std::int64_t>(0 - magnitude); // modular since C++20: exactly -magnitude
    }
    if (magnitude >= twoTo63)
        return std::nullopt;
    return static_cast<std::int64_t>(magnitude);
}

} // namespace ecluse
