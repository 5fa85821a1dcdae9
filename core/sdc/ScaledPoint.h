#pragma once

#include <cstdint>
#include <optional>
#include <vector>

namespace ecluse {

// An exact rational point, x = numerators / denominator: how the floating-point simplexes' points
// are checked. Their doubles stand for rationals (the vertices of a table's program have small
// denominators: up to 39 on the demo's department x age band x sex).
struct ScaledPoint
{
    static constexpr std::int64_t MaxDenominator = 64;
    static constexpr std::int64_t MaxNumerator = std::int64_t{1} << 61;

    std::vector<std::int64_t> numerators; // each of magnitude below MaxNumerator
    std::int64_t denominator = 1;

    // The rational point the doubles of `point` stand for: the smallest denominator up to 64 that
    // brings every coordinate within rounding of an integer, with numerators that fit comfortably
    // in 64 bits (a 128-bit sum of a relation's terms cannot overflow). Only a guess, which the
    // caller checks exactly. nullopt when no such denominator exists.
    static std::optional<ScaledPoint> of(const std::vector<double>& point);
};

} // namespace ecluse
