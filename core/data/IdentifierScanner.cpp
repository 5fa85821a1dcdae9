#include "IdentifierScanner.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cstdint>

namespace ecluse {

namespace {

// This file's messages, under the "IdentifierScanner" context that lupdate files them in too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(IdentifierScanner)
};

bool isDigit(char c) noexcept
{
    return c >= '0' && c <= '9';
}

bool isLetter(char c) noexcept
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

unsigned digitValue(char c) noexcept
{
    return static_cast<unsigned>(c - '0');
}

constexpr std::uint64_t bit(std::size_t n)
{
    return std::uint64_t{1} << n;
}

// Copies `field` into `out` without its separators. A separator may only follow the n-th kept character when
// bit n of `boundaries` is set, and only once there: "06 12 34 56 78" is how a phone number is written,
// "0 61 234 5678" is some other value. Returns how many characters were kept; 0 when a separator is misplaced
// or the field does not fit in `out`.
template <std::size_t Capacity, typename IsSeparator>
std::size_t stripSeparators(std::string_view field, IsSeparator isSeparator, std::uint64_t boundaries,
                            std::array<char, Capacity>& out) noexcept
{
    std::size_t kept = 0;
    std::uint64_t seen = 0;
    for (const char c : field) {
        if (isSeparator(c)) {
            if (!(boundaries & bit(kept)) || (seen & bit(kept)))
                return 0;
            seen |= bit(kept);
        } else if (kept == Capacity) {
            return 0;
        } else {
            out[kept++] = c;
        }
    }
    return kept;
}

// INSEE NIR: sex (1), year (2), month (2), department (2), commune (3), order (3), key (2), often written with
// spaces or dots between those groups. Only a valid key counts: 13 digits alone collide with ordinary numbers
// (stay, invoice, batch numbers), whereas a 15-character value of that shape matches by chance 1 time in 97.
bool isNir(std::string_view field) noexcept
{
    constexpr std::uint64_t groupEnds = bit(1) | bit(3) | bit(5) | bit(7) | bit(10) | bit(13);
    const auto isSeparator = [](char c) { return c == ' ' || c == '.'; };
    std::array<char, 15> c{};
    if (field.size() < 15 || field.size() > 21 || stripSeparators(field, isSeparator, groupEnds, c) != c.size())
        return false;
    // 1 and 2 for men and women; 3, 4, 7 and 8 in temporary numbers (people born abroad, pending registration).
    if (!(c[0] >= '1' && c[0] <= '4') && c[0] != '7' && c[0] != '8')
        return false;
    // Corsica: departments 2A and 2B count as 19 and 18 in the key.
    if (c[5] == '2' && (c[6] == 'A' || c[6] == 'a' || c[6] == 'B' || c[6] == 'b')) {
        c[5] = '1';
        c[6] = (c[6] == 'A' || c[6] == 'a') ? '9' : '8';
    }
    if (!std::all_of(c.begin(), c.end(), isDigit))
        return false;
    // 01-12, or the conventional months INSEE assigns when the birth month is unknown or uncertified (20-42, 50-99).
    const unsigned month = 10 * digitValue(c[3]) + digitValue(c[4]);
    if (!((month >= 1 && month <= 12) || (month >= 20 && month <= 42) || month >= 50))
        return false;
    std::uint64_t number = 0;
    for (std::size_t i = 0; i < 13; ++i)
        number = number * 10 + digitValue(c[i]);
    const unsigned key = 10 * digitValue(c[13]) + digitValue(c[14]);
    return key == 97 - number % 97;
}

// local@domain.tld. RFC 5322 allows more in the local part, but not in the addresses found in a claims
// export; the domain needs a dot and an all-letter top-level label of 2 or more, as in DNS.
bool isEmail(std::string_view field, std::size_t at) noexcept
{
    const std::string_view local = field.substr(0, at);
    const auto isLocalChar = [](char c) {
        return isLetter(c) || isDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    };
    if (local.empty() || !std::all_of(local.begin(), local.end(), isLocalChar))
        return false;
    std::size_t dots = 0;
    std::size_t labelLength = 0;
    bool labelIsLetters = true;
    for (const char c : field.substr(at + 1)) {
        if (c == '.') {
            if (labelLength == 0)
                return false;
            ++dots;
            labelLength = 0;
            labelIsLetters = true;
        } else if (isLetter(c)) {
            ++labelLength;
        } else if (isDigit(c) || c == '-') {
            ++labelLength;
            labelIsLetters = false;
        } else {
            return false;
        }
    }
    return dots > 0 && labelLength >= 2 && labelIsLetters;
}

// French numbering plan (ARCEP): 0 then nine digits, the first not 0; from abroad +33 or 0033 replaces the 0.
// Usually written in pairs with ' ', '.' or '-'. Deliberately strict: a bare 10-digit value starting 0[1-9]
// counts too, because no column of a claims table legitimately holds one.
bool isFrenchPhone(std::string_view field) noexcept
{
    const auto isSeparator = [](char c) { return c == ' ' || c == '.' || c == '-'; };
    std::string_view subscriber;
    if (field.starts_with("+33") || field.starts_with("0033")) {
        subscriber = field.substr(field.front() == '+' ? 3 : 4);
        if (!subscriber.empty() && isSeparator(subscriber.front()))
            subscriber.remove_prefix(1);
        // The national 0 kept by habit: "+33 (0)6 12 34 56 78", "+33 06 12 34 56 78".
        if (subscriber.starts_with("(0)"))
            subscriber.remove_prefix(3);
        else if (subscriber.starts_with('0'))
            subscriber.remove_prefix(1);
    } else if (field.front() == '0') {
        subscriber = field.substr(1);
    } else {
        return false;
    }
    // "6 12 34 56 78": separators after the 1st, 3rd, 5th and 7th digit.
    constexpr std::uint64_t pairEnds = bit(1) | bit(3) | bit(5) | bit(7);
    std::array<char, 9> c{};
    if (stripSeparators(subscriber, isSeparator, pairEnds, c) != c.size())
        return false;
    return c[0] != '0' && std::all_of(c.begin(), c.end(), isDigit);
}

// ISO 13616: country (2 letters), check digits (2), then 11 to 30 letters or digits, printed in groups of 4.
// Valid when, the first 4 characters moved to the end and letters read as 10..35, the number is 1 mod 97
// (ISO 7064 MOD 97-10), which also makes check digits 00, 01 and 99 impossible.
bool isIban(std::string_view field) noexcept
{
    constexpr std::uint64_t groupEnds = bit(4) | bit(8) | bit(12) | bit(16) | bit(20) | bit(24) | bit(28) | bit(32);
    std::array<char, 34> c{};
    const std::size_t length = stripSeparators(
        field, [](char ch) { return ch == ' '; }, groupEnds, c);
    if (length < 15 || !isLetter(c[0]) || !isLetter(c[1]) || !isDigit(c[2]) || !isDigit(c[3]))
        return false;
    const unsigned checkDigits = 10 * digitValue(c[2]) + digitValue(c[3]);
    if (checkDigits < 2 || checkDigits > 98)
        return false;
    // Reduced only when it nears 64 bits: each modulo waits for the one before.
    std::uint64_t number = 0;
    const auto append = [&number](char ch) {
        if (isDigit(ch))
            number = number * 10 + digitValue(ch);
        else if (isLetter(ch))
            number = number * 100 + static_cast<unsigned>((ch | 0x20) - 'a') + 10;
        else
            return false;
        if (number >= 1'000'000'000'000'000)
            number %= 97;
        return true;
    };
    const auto end = c.begin() + static_cast<std::ptrdiff_t>(length);
    return std::all_of(c.begin() + 4, end, append) && std::all_of(c.begin(), c.begin() + 4, append) && number % 97 == 1;
}

} // namespace

QString identifierKindName(IdentifierKind kind)
{
    switch (kind) {
    case IdentifierKind::None:
        return {};
    case IdentifierKind::Nir:
        return Text::tr("NIR");
    case IdentifierKind::Email:
        return Text::tr("e-mail address");
    case IdentifierKind::FrenchPhone:
        return Text::tr("French phone number");
    case IdentifierKind::Iban:
        return Text::tr("IBAN");
    }
    return {};
}

IdentifierKind IdentifierScanner::scan(std::string_view field) noexcept
{
    // An identifier padded with blanks is still one.
    while (!field.empty() && (field.front() == ' ' || field.front() == '\t'))
        field.remove_prefix(1);
    while (!field.empty() && (field.back() == ' ' || field.back() == '\t'))
        field.remove_suffix(1);
    // The shortest identifier is an address like "a@b.fr": codes, amounts and flags stop here.
    if (field.size() < 6)
        return IdentifierKind::None;
    if (const std::size_t at = field.find('@'); at != std::string_view::npos)
        return isEmail(field, at) ? IdentifierKind::Email : IdentifierKind::None;
    // From a bare phone number (10) to a spaced IBAN (34 + 8 spaces): dates and 64-hex pseudonyms stop here.
    if (field.size() < 10 || field.size() > 42)
        return IdentifierKind::None;
    // Each remaining kind has its own first byte, so at most one check runs.
    const char first = field.front();
    if (first == '0' || first == '+')
        return isFrenchPhone(field) ? IdentifierKind::FrenchPhone : IdentifierKind::None;
    if (isDigit(first))
        return isNir(field) ? IdentifierKind::Nir : IdentifierKind::None;
    if (isLetter(first))
        return isIban(field) ? IdentifierKind::Iban : IdentifierKind::None;
    return IdentifierKind::None;
}

} // namespace ecluse
