#include "FieldParsers.h"

#include <charconv>

namespace ecluse::FieldParsers {
namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Days from 1970-01-01 to year-month-day in the proleptic Gregorian calendar (H. Hinnant's
// days_from_civil).
std::int32_t daysFromCivil(int year, unsigned month, unsigned day)
{
    year -= month <= 2;
    const int era = (year >= 0 ? year : year - 399) / 400;
    const auto yearOfEra = static_cast<unsigned>(year - era * 400);
    const unsigned dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const unsigned dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + static_cast<std::int32_t>(dayOfEra) - 719468;
}

} // namespace

std::optional<std::int64_t> integer(std::string_view text) noexcept
{
    if (text.empty() || text.size() > 19 || (text.size() > 1 && text[0] == '+'))
        return std::nullopt;
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

std::optional<std::int64_t> amountInCents(std::string_view text) noexcept
{
    const bool negative = !text.empty() && text[0] == '-';
    if (negative)
        text.remove_prefix(1);
    const std::size_t dot = text.find('.');
    const std::string_view whole = text.substr(0, dot);
    const std::string_view decimals = dot == std::string_view::npos ? std::string_view() : text.substr(dot + 1);
    if (whole.empty() || whole.size() > 15 ||
        (dot != std::string_view::npos && (decimals.empty() || decimals.size() > 2)))
        return std::nullopt;
    std::int64_t cents = 0;
    for (const char c : whole) {
        if (!isDigit(c))
            return std::nullopt;
        cents = cents * 10 + (c - '0');
    }
    for (std::size_t i = 0; i < 2; ++i) {
        const char c = i < decimals.size() ? decimals[i] : '0';
        if (!isDigit(c))
            return std::nullopt;
        cents = cents * 10 + (c - '0');
    }
    return negative ? -cents : cents;
}

std::optional<std::int32_t> daysSinceEpoch(std::string_view text) noexcept
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    for (const std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u}) {
        if (!isDigit(text[i]))
            return std::nullopt;
    }
    const int year = (text[0] - '0') * 1000 + (text[1] - '0') * 100 + (text[2] - '0') * 10 + (text[3] - '0');
    const auto month = static_cast<unsigned>((text[5] - '0') * 10 + (text[6] - '0'));
    const auto day = static_cast<unsigned>((text[8] - '0') * 10 + (text[9] - '0'));
    static constexpr unsigned monthLength[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (month < 1 || month > 12 || day < 1 || day > monthLength[month - 1] + (month == 2 && leap ? 1 : 0))
        return std::nullopt;
    return daysFromCivil(year, month, day);
}

} // namespace ecluse::FieldParsers
