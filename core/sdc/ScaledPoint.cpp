#include "sdc/ScaledPoint.h"

#include <cmath>

namespace ecluse {

namespace {

constexpr double Rounding = 1e-6;

} // namespace

std::optional<ScaledPoint> ScaledPoint::of(const std::vector<double>& point)
{
    ScaledPoint scaled;
    scaled.numerators.resize(point.size());
    for (std::int64_t denominator = 1; denominator <= MaxDenominator; ++denominator) {
        const auto d = static_cast<double>(denominator);
        bool fits = true;
        for (std::size_t i = 0; i < point.size() && fits; ++i) {
            const double value = point[i] * d;
            const double nearest = std::round(value);
            fits = std::abs(value - nearest) <= Rounding && std::abs(nearest) < static_cast<double>(MaxNumerator);
            if (fits)
                scaled.numerators[i] = static_cast<std::int64_t>(nearest);
        }
        if (fits) {
            scaled.denominator = denominator;
            return scaled;
        }
    }
    return std::nullopt;
}

} // namespace ecluse
