#pragma once

#include <cstdint>
#include <limits>

namespace ecluse {

// How a dataset's rows are kept in the vault: per package, chunks of up to ChunkRows rows, each
// column of a chunk one BLOB of fixed-width little-endian values. Reading a few columns of ten
// million rows is then a handful of large BLOB reads instead of ten million row steps.
namespace ColumnChunk {

inline constexpr int ChunkRows = 65536;

enum class Encoding : std::uint8_t
{
    UInt32 = 1, // beneficiary ids (the vault's own, dense)
    UInt16 = 2, // code-list indexes
    Int32 = 3,  // integers, amounts in cents, dates as days since 1970-01-01
    Int16 = 4,  // years
    Fixed5 = 5, // commune codes, 5 ASCII bytes
    Int64 = 6,  // integers and amounts whose range does not fit 32 bits (aggregated datasets)
    UInt8 = 7,  // code-list indexes of lists of at most MaxUInt8Codes entries (imports since the aggregate engine)
};

// A code list this small is stored one byte per row: the aggregate engine reads half the bytes.
inline constexpr int MaxUInt8Codes = 255;

// Besides the schema's columns, packages imported since the aggregate engine store the derived
// dimensions too (DatasetSchema::derived, same names): AGE_BEN_SNDS and BEN_RES_REG as UInt8
// code-list indexes, ANNEE as Int16 years, MOIS as UInt8 months 1..12. A query then reads one
// byte per row instead of a birth year and a care date. Older packages lack them; the engine
// derives them on load.

// Bytes per value of an encoding; 0 for a value that is not one.
constexpr int widthOf(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Int64:
        return 8;
    case Encoding::UInt32:
    case Encoding::Int32:
        return 4;
    case Encoding::UInt16:
    case Encoding::Int16:
        return 2;
    case Encoding::UInt8:
        return 1;
    case Encoding::Fixed5:
        return 5;
    }
    return 0;
}

// Empty optional fields.
inline constexpr std::uint16_t NullCode = std::numeric_limits<std::uint16_t>::max();
inline constexpr std::uint8_t NullCode8 = std::numeric_limits<std::uint8_t>::max();
inline constexpr std::int32_t NullInt32 = std::numeric_limits<std::int32_t>::min();
inline constexpr std::int16_t NullInt16 = std::numeric_limits<std::int16_t>::min();
inline constexpr std::int64_t NullInt64 = std::numeric_limits<std::int64_t>::min();

} // namespace ColumnChunk
} // namespace ecluse
