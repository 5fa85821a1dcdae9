#pragma once

#include "aggregate/AggregateTable.h"

#include <atomic>
#include <functional>
#include <memory>

namespace ecluse {

class Database;
class Database;
class Vault;
class VaultCapability;

struct AggregateProgress
{
    int percent = 0;
    QString step; // "Lecture des colonnes", "Calcul"
};

// Computes aggregate tables from a vault's column chunks, in memory: columns are read once as
// large BLOBs, kept grouped by beneficiary, and reused by the next queries, so distinct counts at
// every margin are one linear pass. Nothing is written to disk. The cache has a byte budget and
// is wiped by dropCaches(), which the owner calls when the session locks; it is also dropped when
// the vault's data changes.
//
// Access control, disclosure control and audit are not here: callers go through Aggregates.
class AggregateEngine
{
public:
    using Progress = std::function<void(const AggregateProgress&)>;

    static constexpr std::int64_t DefaultCacheBytes = std::int64_t{1} << 30;

    // What a query reads beyond its own needs. A session keeps the engine from query to query:
    // reading the care dates with the first query makes the date filter that often follows warm.
    // A process that answers one query (the CLI) reads only what that query needs: a table that
    // keeps every row takes its period from the packages' records (docs/ARCHITECTURE.md).
    enum class ReadAhead
    {
        CareDates, // the default
        Nothing,
    };

    // Raw tables, before disclosure control: only Aggregates (and tests) make one over a vault.
    AggregateEngine(Vault& vault, VaultCapability capability, std::int64_t cacheBytes = DefaultCacheBytes);
    // Over an already opened database with the vault's tables, which must outlive the engine:
    // the benchmark's unencrypted copy. `openReader`, when given, opens a second connection to
    // the same data, as Vault::openReader() does for a vault.
    explicit AggregateEngine(Database& database, std::int64_t cacheBytes = DefaultCacheBytes,
                             std::function<Database()> openReader = {});
    ~AggregateEngine();
    AggregateEngine(const AggregateEngine&) = delete;
    AggregateEngine& operator=(const AggregateEngine&) = delete;

    // The query must have been validated. `topCount` contributions are kept per cell for each
    // Sum measure. Throws ErrorKind::Other("cancelled") when `cancel` becomes true.
    AggregateTable compute(const AggregateQuery& query, int topCount, const Progress& progress = {},
                           const std::atomic_bool* cancel = nullptr);

    void setReadAhead(ReadAhead readAhead);

    // Wipes (zeroes) and frees every cached column.
    void dropCaches();
    std::int64_t cachedBytes() const;

private:
    class Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace ecluse
