#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace ecluse::FieldParsers {

// Strict parsers for CSV fields on the import hot path: no allocation, no locale, nothing
// accepted that a person would read differently ("1e3", " 12", "12,5").

// An optional minus sign and decimal digits.
std::optional<std::int64_t> integer(std::string_view text) noexcept;
// Euros with at most two decimals, "." as separator, as cents: "12.5" → 1250, "-0.01" → -1.
std::optional<std::int64_t> amountInCents(std::string_view text) noexcept;
// YYYY-MM-DD, a real calendar date, as days since 1970-01-01.
std::optional<std::int32_t> daysSinceEpoch(std::string_view text) noexcept;

} // namespace ecluse::FieldParsers
