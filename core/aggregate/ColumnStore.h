#pragma once

#include "aggregate/EngineMemory.h"
#include "data/DatasetSchema.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <utility>
#include <vector>

namespace ecluse {

class Database;

// A dataset's rows read from the vault's column chunks into memory: for the aggregate engine, and
// for the extracts, which select and write rows with the engine's own reading of the data.
namespace engine {

// A row with no category on a dimension (an empty optional code): left out of every cell.
inline constexpr std::uint16_t NoCategory = 0xFFFF;

struct PackageRows
{
    QString id;
    qint64 firstRow = 0;        // of the package, in the order rows are read
    std::vector<int> chunkRows; // per chunk, by chunk number
};

// The frame every cached column of a dataset shares: rows regrouped by unit (beneficiary), so
// that each unit's rows are one run and distinct counts are one linear pass.
struct DatasetRows
{
    QString dataset;
    QStringList signature; // packages: id, rows, import time; a change means reload
    qint64 rows = 0;
    bool unitsAreRows = false;          // no pseudonym column (DAMIR): each row its own unit
    WipedArray<std::uint32_t> position; // stored row -> row in memory; empty when unitsAreRows
    WipedArray<std::uint32_t> runStart; // unit u's rows are [runStart[u], runStart[u + 1])
    WipedArray<std::uint32_t> unitId;   // unit u's beneficiary number in the vault; empty when unitsAreRows
    std::vector<PackageRows> packages;
    // The earliest and latest care date of the rows (days since 1970-01-01), as the packages
    // recorded them at import; nothing when a package did not (imported before the vault kept
    // them) or holds none.
    std::optional<std::pair<std::int32_t, std::int32_t>> carePeriod;

    std::int64_t units() const { return unitsAreRows ? rows : static_cast<std::int64_t>(runStart.size()) - 1; }
    std::int64_t bytes() const
    {
        return static_cast<std::int64_t>(position.bytes() + runStart.bytes() + unitId.bytes());
    }
};

enum class ColumnKind
{
    Dimension, // category index per row (NoCategory when empty)
    Value,     // a measure, 0 when empty
    Day,       // days since 1970-01-01, ColumnChunk::NullInt32 when empty
};

struct Column
{
    ColumnKind kind = ColumnKind::Dimension;
    WipedArray<std::uint16_t> codes;
    WipedArray<std::int64_t> values;
    WipedArray<std::int32_t> days;
    // Dimensions: the categories in the order users see them.
    QStringList categoryCodes;
    QStringList categoryLabels;
    bool unitsAdditive = true;
    bool anyEmpty = false; // some row has no category (NoCategory)
    // Days: the earliest and latest date the column holds (firstDay > lastDay when none).
    std::int32_t firstDay = std::numeric_limits<std::int32_t>::max();
    std::int32_t lastDay = std::numeric_limits<std::int32_t>::min();
    std::uint64_t lastUsed = 0;

    std::int64_t bytes() const { return static_cast<std::int64_t>(codes.bytes() + values.bytes() + days.bytes()); }
};

// The signature of a dataset's packages now: compared with DatasetRows::signature.
QStringList packageSignature(Database& db, const QString& dataset);

// Reads column chunks with sqlite3_blob_read on the calling thread (and on a second connection's
// thread when there is one) while another thread decodes, derives and scatters them into unit
// order, so decryption and computation overlap.
// Checks `cancel` between chunks; `progress` gets the fraction of the current column done.
class ColumnLoader
{
public:
    // `second`, when not null, is another connection to the same data: chunks are then read on
    // two threads, one per connection.
    ColumnLoader(Database& db, Database* second, const DatasetSchema& schema, const std::atomic_bool* cancel,
                 std::function<void(double)> progress);

    // Packages, chunk layout and the unit order (a counting sort over the dense beneficiary ids).
    DatasetRows loadRows(const QStringList& signature);
    // A coded or derived dimension, or an integer dimension (DAMIR's FLX_ANN_MOI).
    Column loadDimension(const DatasetRows& rows, const QString& name);
    Column loadValues(const DatasetRows& rows, const QString& name);
    Column loadDays(const DatasetRows& rows, const QString& name);
    // Any stored column as it is kept, in `values`: empty fields as ColumnChunk::NullInt64, commune
    // codes as their five bytes, big-endian. For extracts, which write every column back as text.
    Column loadStored(const DatasetRows& rows, const QString& name);

private:
    Database& m_db;
    Database* m_second;
    const DatasetSchema& m_schema;
    const std::atomic_bool* m_cancel;
    std::function<void(double)> m_progress;
};

} // namespace engine
} // namespace ecluse
