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
};

// Empty optional fields.
inline constexpr std::uint16_t NullCode = std::numeric_limits<std::uint16_t>::max();
inline constexpr std::int32_t NullInt32 = std::numeric_limits<std::int32_t>::min();
inline constexpr std::int16_t NullInt16 = std::numeric_limits<std::int16_t>::min();
inline constexpr std::int64_t NullInt64 = std::numeric_limits<std::int64_t>::min();

} // namespace ColumnChunk
} // namespace ecluse
