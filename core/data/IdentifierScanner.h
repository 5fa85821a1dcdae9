#pragma once

#include <QString>

#include <string_view>

namespace ecluse {

// The direct identifiers no imported value may be: the vault holds pseudonymised data only, and any
// of these would name a person again.
enum class IdentifierKind
{
    None,
    Nir,         // French social security number (INSEE), with a valid key
    Email,       // local@domain.tld
    FrenchPhone, // 0X XX XX XX XX, +33 or 0033
    Iban,        // ISO 13616, with valid check digits
};

// For messages: "NIR", "e-mail address", "French phone number", "IBAN"; empty for None.
QString identifierKindName(IdentifierKind kind);

// Recognises a direct identifier in one CSV field, whatever its column: a NIR typed into a comment or a code
// column must not reach the vault either. It runs on every field of every imported row, so ordinary values
// (codes, amounts, dates, pseudonyms) are dismissed by their length and first byte before any arithmetic,
// and it never allocates.
class IdentifierScanner
{
public:
    // What the field looks like, or None. `field` is one unquoted CSV field, UTF-8.
    static IdentifierKind scan(std::string_view field) noexcept;
};

} // namespace ecluse
