#include "AggregateEngine.h"

#include "aggregate/ColumnStore.h"
#include "common/Error.h"
#include "data/Catalogue.h"
#include "data/ColumnChunk.h"
#include "sdc/Int128.h"
#include "storage/Database.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QLocale>

#include <openssl/crypto.h>

#include <algorithm>
#include <array>
#include <exception>
#include <limits>
#include <map>
#include <mutex>
#include <optional>
#include <thread>

namespace ecluse {
namespace {

using namespace engine;

// This file's messages, under the "AggregateEngine" context that lupdate files them in too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AggregateEngine)
};

constexpr int MaxDimensions = TableShape::MaxDimensions;

// Below this many rows a second thread costs more than it saves (starting one is ~0.1 ms).
constexpr qint64 parallelRows = 4096;

// Zeroes the whole allocation, capacity included: what a cleared vector held is still there.
template <typename T> void wipe(std::vector<T>& values)
{
    values.resize(values.capacity());
    if (!values.empty())
        OPENSSL_cleanse(values.data(), values.size() * sizeof(T));
    values.clear();
    values.shrink_to_fit();
}

struct DatasetCache
{
    DatasetRows rows;
    std::map<QString, Column> columns; // "d:" dimensions, "v:" measures, "t:" dates
    std::uint64_t lastUsed = 0;
};

// A filter reduced to what the pass tests per row.
struct RowFilter
{
    const std::uint16_t* codes = nullptr;
    std::vector<std::uint8_t> allowed; // by category, NoCategory included (never allowed)
    const std::int32_t* days = nullptr;
    std::int32_t from = std::numeric_limits<std::int32_t>::min();
    std::int32_t to = std::numeric_limits<std::int32_t>::max();
};

struct Pass
{
    int dimensions = 0;
    std::array<const std::uint16_t*, MaxDimensions> codes{};
    std::array<int, MaxDimensions> categories{};
    std::array<int, MaxDimensions> strides{};
    int cellCount = 1;
    std::vector<RowFilter> filters;
    const std::int32_t* careDays = nullptr;
    std::vector<const std::int64_t*> values; // one per Sum measure
    int topCount = 0;
    const DatasetRows* rows = nullptr;
    const std::atomic_bool* cancel = nullptr;
};

// What one thread computed over its units; every unit is wholly inside one thread's range, so
// per-unit contributions are complete and partials merge by addition.
// Counts stay 64-bit: a dataset has fewer than 2^32 rows (DatasetRows indexes them on 32 bits), so
// no count, margins included, comes near 2^63. Amounts do: a schema allows int64 values, and a
// margin adds up to 2^32 of them; 128 bits hold any such sum exactly (below 2^95), and what is
// shown or compared is narrowed to 64 bits at the end, or the query refused.
struct Partial
{
    std::vector<std::int64_t> units;
    std::vector<std::int64_t> records;
    std::vector<Int128> sums;     // measure * cellCount + cell
    std::vector<Int128> absolute; // same layout
    std::vector<Int128> top;      // (measure * cellCount + cell) * topCount + rank, largest first
    qint64 rowsScanned = 0;
    std::int32_t firstDay = std::numeric_limits<std::int32_t>::max();
    std::int32_t lastDay = std::numeric_limits<std::int32_t>::min();
};

void insertTop(Int128* top, int count, Int128 value)
{
    if (count == 0 || value <= top[count - 1])
        return;
    int i = count - 1;
    while (i > 0 && top[i - 1] < value) {
        top[i] = top[i - 1];
        --i;
    }
    top[i] = value;
}

// Packages are built for any x86-64 processor (SSE2), where each row's cell index takes emulated
// 32-bit multiplies; on Linux with GCC or Clang, block preparation is also compiled for AVX2 and
// the loader picks that copy on processors that have it (warm queries 10 to 25 % faster,
// docs/PERFORMANCE.md). Not under the sanitizers, whose runtime is not ready when the choice is
// made at load time.
#if defined(__x86_64__) && defined(__linux__) && (defined(__GNUC__) || defined(__clang__)) && !defined(ECLUSE_SANITIZED)
#define ECLUSE_ALSO_FOR_AVX2 __attribute__((target_clones("avx2", "default")))
#else
#define ECLUSE_ALSO_FOR_AVX2
#endif

// Rows go by blocks. A block is prepared column by column in tight loops the compiler vectorises:
// each row's inner cell (-1 for a row a filter or a missing code leaves out), then the indices of
// the rows kept. The walks that follow are scalar but touch only kept rows.
constexpr int BlockRows = 1024;
using BlockRowIndex = std::array<int, BlockRows>;

// Prepares rows [begin, begin + count) as above and returns how many were kept; widens
// [firstDay, lastDay] to the care dates of the rows kept.
template <int Dims>
ECLUSE_ALSO_FOR_AVX2 int prepareBlock(const Pass& pass, std::int64_t begin, int count, BlockRowIndex& cellOf,
                                      BlockRowIndex& keptRows, std::int32_t& firstDay, std::int32_t& lastDay)
{
    for (int i = 0; i < count; ++i)
        cellOf[static_cast<std::size_t>(i)] = 0;
    for (int d = 0; d < Dims; ++d) {
        const std::uint16_t* codes = pass.codes[static_cast<std::size_t>(d)] + begin;
        const int stride = pass.strides[static_cast<std::size_t>(d)];
        for (int i = 0; i < count; ++i) {
            const int code = codes[i];
            const int cell = cellOf[static_cast<std::size_t>(i)];
            cellOf[static_cast<std::size_t>(i)] = ((code == NoCategory) | (cell < 0)) ? -1 : cell + code * stride;
        }
    }
    for (const RowFilter& filter : pass.filters) {
        if (filter.codes) {
            const std::uint16_t* codes = filter.codes + begin;
            const std::uint8_t* allowed = filter.allowed.data();
            for (int i = 0; i < count; ++i) {
                if (!allowed[codes[i]])
                    cellOf[static_cast<std::size_t>(i)] = -1;
            }
        } else {
            const std::int32_t* days = filter.days + begin;
            const std::int32_t from = filter.from;
            const std::int32_t to = filter.to;
            for (int i = 0; i < count; ++i) {
                const std::int32_t day = days[i];
                const bool excluded = (day == ColumnChunk::NullInt32) | (day < from) | (day > to);
                cellOf[static_cast<std::size_t>(i)] = excluded ? -1 : cellOf[static_cast<std::size_t>(i)];
            }
        }
    }
    if (pass.careDays) {
        const std::int32_t* days = pass.careDays + begin;
        std::int32_t first = firstDay;
        std::int32_t last = lastDay;
        // Selects, not branches (`&`, not `&&`): the compiler turns the loop into vector min/max.
        constexpr std::int32_t above = std::numeric_limits<std::int32_t>::max();
        constexpr std::int32_t below = std::numeric_limits<std::int32_t>::min();
        for (int i = 0; i < count; ++i) {
            const std::int32_t day = days[i];
            // All ones for a row left out (no cell, or no date), else zero.
            const std::int32_t out =
                (cellOf[static_cast<std::size_t>(i)] >> 31) | -static_cast<std::int32_t>(day == ColumnChunk::NullInt32);
            const std::int32_t low = (day & ~out) | (above & out);
            const std::int32_t high = (day & ~out) | (below & out);
            first = low < first ? low : first;
            last = high > last ? high : last;
        }
        firstDay = first;
        lastDay = last;
    }
    // Gathered without a branch: with a filter keeping one row in four at random, a test per row
    // would mispredict most of the time.
    int kept = 0;
    for (int i = 0; i < count; ++i) {
        keptRows[static_cast<std::size_t>(kept)] = i;
        kept += cellOf[static_cast<std::size_t>(i)] >= 0 ? 1 : 0;
    }
    return kept;
}

// The unit of each row, for rows visited in increasing order from the first row of unit `first`.
class UnitCursor
{
public:
    UnitCursor(const DatasetRows& rows, std::int64_t first, std::int64_t last)
        : m_rows(rows)
        , m_unit(first)
        , m_nextUnitRow(first < last ? nextRow(first) : 0)
    {}

    std::int64_t unitOf(std::int64_t row)
    {
        while (row >= m_nextUnitRow)
            m_nextUnitRow = nextRow(++m_unit);
        return m_unit;
    }

private:
    std::int64_t nextRow(std::int64_t unit) const
    {
        return m_rows.unitsAreRows ? unit + 1 : m_rows.runStart[static_cast<std::size_t>(unit + 1)];
    }

    const DatasetRows& m_rows;
    std::int64_t m_unit;
    std::int64_t m_nextUnitRow;
};

// The rows of units [first, last) by blocks of BlockRows, `cancel` checked every 64 blocks.
class RowBlocks
{
public:
    RowBlocks(const Pass& pass, std::int64_t first, std::int64_t last)
        : m_cancel(pass.cancel)
        , m_first(pass.rows->unitsAreRows ? first : pass.rows->runStart[static_cast<std::size_t>(first)])
        , m_last(pass.rows->unitsAreRows ? last : pass.rows->runStart[static_cast<std::size_t>(last)])
        , m_begin(m_first - BlockRows)
    {}

    // Moves to the next block; false after the last one.
    bool next()
    {
        m_begin += BlockRows;
        if (m_begin >= m_last)
            return false;
        if (((m_begin - m_first) & (64 * BlockRows - 1)) == 0)
            throwIfCancelled(m_cancel);
        return true;
    }
    std::int64_t begin() const { return m_begin; }
    int count() const { return static_cast<int>(std::min<std::int64_t>(BlockRows, m_last - m_begin)); }

private:
    const std::atomic_bool* m_cancel;
    std::int64_t m_first;
    std::int64_t m_last;
    std::int64_t m_begin;
};

// The 2^Dims cells a row's inner cell adds to: itself and each of its margins. The row's codes
// are its coordinates: reading them again costs less than dividing the cell index.
template <int Dims> struct Margins
{
    std::array<int, (1 << Dims)> cells{};

    Margins(const Pass& pass, int inner, std::int64_t row)
    {
        std::array<int, MaxDimensions> step{};
        for (int d = 0; d < Dims; ++d) {
            const auto dd = static_cast<std::size_t>(d);
            step[dd] = (pass.categories[dd] - pass.codes[dd][row]) * pass.strides[dd];
        }
        for (int mask = 0; mask < (1 << Dims); ++mask) {
            int target = inner;
            for (int d = 0; d < Dims; ++d) {
                if (mask & (1 << d))
                    target += step[static_cast<std::size_t>(d)];
            }
            cells[static_cast<std::size_t>(mask)] = target;
        }
    }
};

// Calls visit(inner, margin) for every inner cell and each of its margins, the cell itself left
// out: cheap, the table is small next to the rows.
template <typename Visit> void forEachMargin(const Pass& pass, Visit&& visit)
{
    const int dims = pass.dimensions;
    std::vector<int> coordinates(static_cast<std::size_t>(dims));
    for (int cell = 0; cell < pass.cellCount; ++cell) {
        bool inner = true;
        for (int d = 0; d < dims && inner; ++d) {
            const auto dd = static_cast<std::size_t>(d);
            coordinates[dd] = cell / pass.strides[dd] % (pass.categories[dd] + 1);
            inner = coordinates[dd] < pass.categories[dd];
        }
        if (!inner)
            continue;
        for (int mask = 1; mask < (1 << dims); ++mask) {
            int target = cell;
            for (int d = 0; d < dims; ++d) {
                const auto dd = static_cast<std::size_t>(d);
                if (mask & (1 << d))
                    target += (pass.categories[dd] - coordinates[dd]) * pass.strides[dd];
            }
            visit(cell, target);
        }
    }
}

// Adds each inner cell's value to its margins.
template <typename T> void foldMargins(const Pass& pass, T* values)
{
    forEachMargin(pass, [values](int inner, int margin) { values[margin] += values[inner]; });
}

// The pass without sums, the common case of browsing counts: no per-unit accumulators at all.
// Records are counted per inner cell (folded onto the margins at the end); a unit is counted in a
// cell the first time one of its rows projects there (per-cell stamp = last unit seen), so a row
// whose inner cell the unit already touched costs no projection.
template <int Dims> void runCountPass(const Pass& pass, std::int64_t first, std::int64_t last, Partial& out)
{
    const auto cells = static_cast<std::size_t>(pass.cellCount);
    out.units.assign(cells, 0);
    out.records.assign(cells, 0);
    std::vector<std::uint32_t> stamp(cells, std::numeric_limits<std::uint32_t>::max());
    BlockRowIndex cellOf{};
    BlockRowIndex keptRows{};
    std::int64_t* units = out.units.data();
    std::int64_t* records = out.records.data();
    qint64 scanned = 0;

    UnitCursor cursor(*pass.rows, first, last);
    for (RowBlocks blocks(pass, first, last); blocks.next();) {
        const std::int64_t begin = blocks.begin();
        const int kept = prepareBlock<Dims>(pass, begin, blocks.count(), cellOf, keptRows, out.firstDay, out.lastDay);
        scanned += kept;
        for (int k = 0; k < kept; ++k) {
            const int i = keptRows[static_cast<std::size_t>(k)];
            const auto u = static_cast<std::uint32_t>(cursor.unitOf(begin + i));
            const int cell = cellOf[static_cast<std::size_t>(i)];
            ++records[cell];
            if (stamp[static_cast<std::size_t>(cell)] == u)
                continue;
            // The margins again, from the cell: only on a unit's first row in it.
            for (const int target : Margins<Dims>(pass, cell, begin + i).cells) {
                if (stamp[static_cast<std::size_t>(target)] != u) {
                    stamp[static_cast<std::size_t>(target)] = u;
                    ++units[target];
                }
            }
        }
    }
    foldMargins(pass, records);
    out.rowsScanned = scanned;
}

// The pass with sums. Records and sums are added per inner cell and folded onto the margins at the
// end, like the counts. What cannot be folded in general is each unit's net sum in every cell it
// touches (its contribution, which dominance rules need; an amount and its refund cancel out in
// it): the unit's rows are summed per inner cell, and the sums projected when the walk leaves the
// unit. Most units have one inner cell (a beneficiary lives in one department, is of one sex):
// their net sum is the same in every cell they touch, so they are counted, summed and ranked in
// that inner cell alone, and those figures folded onto the margins at the end like the others
// (the largest contributions of a margin are the largest of its inner cells' largest).
template <int Dims> class SumPass
{
public:
    SumPass(const Pass& pass, Partial& out)
        : m_pass(pass)
        , m_out(out)
        , m_cells(static_cast<std::size_t>(pass.cellCount))
        , m_measures(pass.values.size())
        , m_k(static_cast<std::size_t>(pass.topCount))
        , m_innerStamp(m_cells, std::numeric_limits<std::uint32_t>::max())
        , m_innerSlot(m_cells, 0)
        , m_cellStamp(m_cells, std::numeric_limits<std::uint32_t>::max())
        , m_cellSlot(m_cells, 0)
    {
        out.units.assign(m_cells, 0);
        out.records.assign(m_cells, 0);
        out.sums.assign(m_cells * m_measures, 0);
        out.absolute.assign(m_cells * m_measures, 0);
        out.top.assign(m_cells * m_measures * m_k, 0);
        m_alone.units.assign(m_cells, 0);
        m_alone.absolute.assign(m_cells * m_measures, 0);
        m_alone.top.assign(m_cells * m_measures * m_k, 0);
    }

    ~SumPass()
    {
        // Per-unit sums and contributions are individual data: not left in freed memory.
        wipe(m_unitSums);
        wipe(m_touchedSums);
        wipe(m_alone.absolute);
        wipe(m_alone.top);
    }

    SumPass(const SumPass&) = delete;
    SumPass& operator=(const SumPass&) = delete;

    void run(std::int64_t first, std::int64_t last)
    {
        // One amount is the common case: its loop keeps the column's address in a register.
        if (m_measures == 1)
            walk<1>(first, last);
        else
            walk<0>(first, last);
        m_out.rowsScanned = m_scanned;
        foldOntoMargins();
    }

private:
    // Measures = 1, or 0 for any number.
    template <std::size_t Measures> void walk(std::int64_t first, std::int64_t last)
    {
        BlockRowIndex cellOf{};
        BlockRowIndex keptRows{};
        UnitCursor cursor(*m_pass.rows, first, last);
        const std::size_t measures = Measures == 1 ? 1 : m_measures;
        const std::int64_t* const* values = m_pass.values.data();
        const std::int64_t* firstValues = values[0];
        std::int64_t* records = m_out.records.data();
        std::uint32_t current = 0;
        // One amount: a unit's rows mostly fall in one inner cell one after the other, so the run's
        // records and sum stay in registers (never in memory: no pointer to them is taken) until
        // the cell or the unit changes.
        int runCell = -1;
        std::int64_t runRow = 0;
        std::int64_t runRecords = 0;
        Int128 runSum = 0;
        for (RowBlocks blocks(m_pass, first, last); blocks.next();) {
            const std::int64_t begin = blocks.begin();
            const int kept =
                prepareBlock<Dims>(m_pass, begin, blocks.count(), cellOf, keptRows, m_out.firstDay, m_out.lastDay);
            m_scanned += kept;
            for (int k = 0; k < kept; ++k) {
                const int i = keptRows[static_cast<std::size_t>(k)];
                const std::int64_t row = begin + i;
                const auto unit = static_cast<std::uint32_t>(cursor.unitOf(row));
                const int cell = cellOf[static_cast<std::size_t>(i)];
                if constexpr (Measures == 1) {
                    if (cell == runCell && unit == current) {
                        runSum += firstValues[row];
                        ++runRecords;
                        continue;
                    }
                    if (runCell >= 0)
                        closeRun(current, runCell, runRow, runRecords, runSum, unit != current);
                }
                if (unit != current) {
                    leaveUnit(current);
                    current = unit;
                }
                if constexpr (Measures == 1) {
                    runCell = cell;
                    runRow = row;
                    runRecords = 1;
                    runSum = firstValues[row];
                } else {
                    ++records[cell];
                    Int128* sums = slotOf(unit, cell, row);
                    for (std::size_t m = 0; m < measures; ++m)
                        sums[m] += values[m][row];
                }
            }
        }
        if (runCell >= 0)
            closeRun(current, runCell, runRow, runRecords, runSum, true);
        leaveUnit(current);
        runSum = 0; // an individual's amount: not left on the stack
    }

    // The unit's sums in an inner cell, made on its first row there (`row`).
    Int128* slotOf(std::uint32_t unit, int cell, std::int64_t row)
    {
        const auto c = static_cast<std::size_t>(cell);
        if (m_innerStamp[c] != unit) {
            m_innerStamp[c] = unit;
            m_innerSlot[c] = static_cast<std::uint32_t>(m_unitCells.size());
            m_unitCells.push_back({cell, row});
            m_unitSums.resize(m_unitSums.size() + m_measures, 0);
        }
        return m_unitSums.data() + m_innerSlot[c] * m_measures;
    }

    // Ends a run of one amount. When it ends its unit and is all the unit had, the unit has one
    // inner cell: its figures go straight to that cell, without a slot.
    void closeRun(std::uint32_t unit, int cell, std::int64_t row, std::int64_t records, Int128 sum, bool unitEnds)
    {
        const auto c = static_cast<std::size_t>(cell);
        m_out.records[c] += records;
        if (unitEnds && m_unitCells.empty()) {
            m_out.sums[c] += sum;
            ++m_alone.units[c];
            const Int128 contribution = sum < 0 ? -sum : sum;
            m_alone.absolute[c] += contribution;
            insertTop(m_alone.top.data() + c * m_k, m_pass.topCount, contribution);
            return;
        }
        *slotOf(unit, cell, row) += sum;
    }

    // One unit's net sums in one cell, into `into` (the pass's output or the single-cell figures).
    void contribute(Partial& into, std::size_t cell, const Int128* sums) const
    {
        ++into.units[cell];
        for (std::size_t m = 0; m < m_measures; ++m) {
            const Int128 contribution = sums[m] < 0 ? -sums[m] : sums[m];
            into.absolute[m * m_cells + cell] += contribution;
            insertTop(into.top.data() + (m * m_cells + cell) * m_k, m_pass.topCount, contribution);
        }
    }

    void leaveUnit(std::uint32_t unit)
    {
        if (m_unitCells.empty())
            return;
        for (std::size_t slot = 0; slot < m_unitCells.size(); ++slot) {
            const auto cell = static_cast<std::size_t>(m_unitCells[slot].cell);
            for (std::size_t m = 0; m < m_measures; ++m)
                m_out.sums[m * m_cells + cell] += m_unitSums[slot * m_measures + m];
        }
        if (m_unitCells.size() == 1) {
            contribute(m_alone, static_cast<std::size_t>(m_unitCells.front().cell), m_unitSums.data());
        } else {
            m_touchedCells.clear();
            m_touchedSums.clear();
            for (std::size_t slot = 0; slot < m_unitCells.size(); ++slot) {
                const UnitCell& inner = m_unitCells[slot];
                for (const int target : Margins<Dims>(m_pass, inner.cell, inner.row).cells) {
                    const auto t = static_cast<std::size_t>(target);
                    if (m_cellStamp[t] != unit) {
                        m_cellStamp[t] = unit;
                        m_cellSlot[t] = static_cast<std::uint32_t>(m_touchedCells.size());
                        m_touchedCells.push_back(target);
                        m_touchedSums.resize(m_touchedSums.size() + m_measures, 0);
                    }
                    Int128* into = m_touchedSums.data() + m_cellSlot[t] * m_measures;
                    for (std::size_t m = 0; m < m_measures; ++m)
                        into[m] += m_unitSums[slot * m_measures + m];
                }
            }
            for (std::size_t t = 0; t < m_touchedCells.size(); ++t)
                contribute(m_out, static_cast<std::size_t>(m_touchedCells[t]), m_touchedSums.data() + t * m_measures);
        }
        m_unitCells.clear();
        m_unitSums.clear(); // wiped, capacity included, when the pass ends
    }

    void foldOntoMargins()
    {
        foldMargins(m_pass, m_out.records.data());
        for (std::size_t m = 0; m < m_measures; ++m)
            foldMargins(m_pass, m_out.sums.data() + m * m_cells);
        // The single-cell units: each inner cell's figures go to itself and to its margins.
        const auto addAlone = [this](std::size_t from, std::size_t to) {
            m_out.units[to] += m_alone.units[from];
            for (std::size_t m = 0; m < m_measures; ++m) {
                m_out.absolute[m * m_cells + to] += m_alone.absolute[m * m_cells + from];
                const Int128* top = m_alone.top.data() + (m * m_cells + from) * m_k;
                for (std::size_t rank = 0; rank < m_k && top[rank] > 0; ++rank)
                    insertTop(m_out.top.data() + (m * m_cells + to) * m_k, m_pass.topCount, top[rank]);
            }
        };
        forEachMargin(m_pass, [&](int inner, int margin) {
            addAlone(static_cast<std::size_t>(inner), static_cast<std::size_t>(margin));
        });
        for (std::size_t cell = 0; cell < m_cells; ++cell) {
            if (m_alone.units[cell] > 0)
                addAlone(cell, cell);
        }
    }

    struct UnitCell
    {
        int cell;
        std::int64_t row; // one of the unit's rows in it: its codes are the cell's coordinates
    };

    const Pass& m_pass;
    Partial& m_out;
    const std::size_t m_cells;
    const std::size_t m_measures;
    const std::size_t m_k;
    std::vector<std::uint32_t> m_innerStamp; // last unit with rows in the inner cell
    std::vector<std::uint32_t> m_innerSlot;  // its slot in m_unitCells
    std::vector<std::uint32_t> m_cellStamp;  // last unit projected onto the cell (several inner cells)
    std::vector<std::uint32_t> m_cellSlot;   // its slot in m_touchedCells
    std::vector<UnitCell> m_unitCells;       // the current unit's inner cells
    std::vector<Int128> m_unitSums;          // their sums, slot * measures + measure
    std::vector<int> m_touchedCells;
    std::vector<Int128> m_touchedSums;
    Partial m_alone; // units with one inner cell: units, absolute and top, by inner cell
    qint64 m_scanned = 0;
};

template <int Dims> void runPass(const Pass& pass, std::int64_t first, std::int64_t last, Partial& out)
{
    if (pass.values.empty())
        return runCountPass<Dims>(pass, first, last, out);
    SumPass<Dims>(pass, out).run(first, last);
}

void runAnyPass(const Pass& pass, std::int64_t first, std::int64_t last, Partial& out)
{
    switch (pass.dimensions) {
    case 0:
        return runPass<0>(pass, first, last, out);
    case 1:
        return runPass<1>(pass, first, last, out);
    case 2:
        return runPass<2>(pass, first, last, out);
    case 3:
        return runPass<3>(pass, first, last, out);
    default:
        static_assert(MaxDimensions == 4);
        return runPass<4>(pass, first, last, out);
    }
}

void merge(Partial& into, const Partial& other, int topCount)
{
    for (std::size_t i = 0; i < into.units.size(); ++i) {
        into.units[i] += other.units[i];
        into.records[i] += other.records[i];
    }
    for (std::size_t i = 0; i < into.sums.size(); ++i) {
        into.sums[i] += other.sums[i];
        into.absolute[i] += other.absolute[i];
    }
    const auto k = static_cast<std::size_t>(topCount);
    for (std::size_t list = 0; k > 0 && list < into.sums.size(); ++list) {
        for (std::size_t rank = 0; rank < k; ++rank)
            insertTop(into.top.data() + list * k, topCount, other.top[list * k + rank]);
    }
    into.rowsScanned += other.rowsScanned;
    into.firstDay = std::min(into.firstDay, other.firstDay);
    into.lastDay = std::max(into.lastDay, other.lastDay);
}

std::int32_t daysSinceEpoch(const QDate& date)
{
    return static_cast<std::int32_t>(QDate(1970, 1, 1).daysTo(date));
}

// The largest magnitude a value of `column` may reach, as users read it: "92,233,720,368,547,758.07 €"
// for amounts (cents), "9,223,372,036,854,775,807" for other measures.
QString largestValueText(const ColumnSpec& column)
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    constexpr std::int64_t largest = std::numeric_limits<std::int64_t>::max();
    if (column.type != ColumnType::Amount)
        return english.toString(largest);
    return QStringLiteral("%1.%2 €").arg(english.toString(largest / 100)).arg(largest % 100, 2, 10, QLatin1Char('0'));
}

// Sums become values users see and disclosure control compares: each must fit 64 bits, or the
// query is refused with `refusal`. Never wrapped, never left to a rule to suppress.
std::vector<std::int64_t> narrowed(const std::vector<Int128>& values, std::size_t from, std::size_t to,
                                   const QString& refusal)
{
    std::vector<std::int64_t> out;
    out.reserve(to - from);
    for (std::size_t i = from; i < to; ++i) {
        const std::optional<std::int64_t> value = narrowToInt64(values[i]);
        if (!value)
            throw Error(ErrorKind::InvalidInput, refusal);
        out.push_back(*value);
    }
    return out;
}

} // namespace

class AggregateEngine::Impl
{
public:
    Impl(std::function<Database&()> database, std::function<Database()> openReader, std::int64_t budget)
        : m_database(std::move(database))
        , m_openReader(std::move(openReader))
        , m_budget(budget)
    {}

    AggregateTable compute(const AggregateQuery& query, int topCount, const Progress& progress,
                           const std::atomic_bool* cancel);
    void setReadAhead(ReadAhead readAhead) { m_readAhead = readAhead; }
    void dropAll()
    {
        m_datasets.clear(); // WipedArray zeroes every column as it goes
        m_bytes = 0;
    }
    std::atomic<std::int64_t> m_bytes{0};
    std::mutex m_mutex;

private:
    DatasetCache& ensureLoaded(const DatasetSchema& schema, const std::vector<std::pair<QString, QString>>& needed,
                               const Progress& progress, const std::atomic_bool* cancel);
    void evict(std::int64_t room, const DatasetCache* keep, const std::vector<QString>& keepColumns);
    void recount();

    std::function<Database&()> m_database;
    std::function<Database()> m_openReader;
    std::int64_t m_budget;
    ReadAhead m_readAhead = ReadAhead::CareDates;
    std::map<QString, std::unique_ptr<DatasetCache>> m_datasets;
    std::uint64_t m_tick = 0;
};

void AggregateEngine::Impl::recount()
{
    std::int64_t total = 0;
    for (const auto& [name, cache] : m_datasets) {
        total += cache->rows.bytes();
        for (const auto& [key, column] : cache->columns)
            total += column.bytes();
    }
    m_bytes = total;
}

// Frees least-recently-used columns until `room` more bytes fit the budget; the columns the
// current query needs stay. A dataset whose columns are all gone loses its unit order too.
void AggregateEngine::Impl::evict(std::int64_t room, const DatasetCache* keep, const std::vector<QString>& keepColumns)
{
    for (;;) {
        recount();
        if (m_bytes + room <= m_budget)
            return;
        DatasetCache* oldestCache = nullptr;
        const QString* oldestKey = nullptr;
        std::uint64_t oldest = std::numeric_limits<std::uint64_t>::max();
        for (auto& [name, cache] : m_datasets) {
            for (auto& [key, column] : cache->columns) {
                if (cache.get() == keep && std::find(keepColumns.begin(), keepColumns.end(), key) != keepColumns.end())
                    continue;
                if (column.lastUsed < oldest) {
                    oldest = column.lastUsed;
                    oldestCache = cache.get();
                    oldestKey = &key;
                }
            }
        }
        if (oldestKey) {
            oldestCache->columns.erase(*oldestKey);
            continue;
        }
        // Only unit orders are left: drop the other datasets' ones, oldest first.
        auto victim = m_datasets.end();
        for (auto it = m_datasets.begin(); it != m_datasets.end(); ++it) {
            if (it->second.get() != keep && it->second->columns.empty() &&
                (victim == m_datasets.end() || it->second->lastUsed < victim->second->lastUsed))
                victim = it;
        }
        if (victim == m_datasets.end())
            return; // what is left is the current query's own: it runs over budget, then shrinks
        m_datasets.erase(victim);
    }
}

DatasetCache& AggregateEngine::Impl::ensureLoaded(const DatasetSchema& schema,
                                                  const std::vector<std::pair<QString, QString>>& needed,
                                                  const Progress& progress, const std::atomic_bool* cancel)
{
    Database& db = m_database();
    const QString step = Text::tr("Reading columns");
    // A package imported or purged by another connection while columns load would mix two states
    // of the data: the signature is read again afterwards and the load redone if it moved.
    for (int attempt = 0; attempt < 3; ++attempt) {
        const QStringList signature = packageSignature(db, schema.name);
        auto found = m_datasets.find(schema.name);
        if (found != m_datasets.end() && found->second->rows.signature != signature) {
            m_datasets.erase(found);
            found = m_datasets.end();
        }
        std::vector<QString> keys;
        std::vector<std::pair<QString, QString>> missing;
        for (const auto& [key, column] : needed) {
            keys.push_back(key);
            if (found == m_datasets.end() || !found->second->columns.contains(key))
                missing.emplace_back(key, column);
        }
        const int steps = static_cast<int>(missing.size()) + (found == m_datasets.end() ? 1 : 0);
        int stepDone = 0;
        const auto report = [&](double fraction) {
            if (progress)
                progress(
                    {static_cast<int>(90.0 * (stepDone + std::clamp(fraction, 0.0, 1.0)) / std::max(1, steps)), step});
        };
        // Decrypting pages is most of a cold load: a second connection, opened for this load
        // only (its page cache holds plaintext), reads half of the chunks on another core.
        std::optional<Database> reader;
        if (m_openReader && !missing.empty())
            reader.emplace(m_openReader());
        ColumnLoader loader(db, reader ? &*reader : nullptr, schema, cancel, report);
        if (found == m_datasets.end()) {
            recount();
            auto cache = std::make_unique<DatasetCache>();
            cache->rows = loader.loadRows(signature);
            found = m_datasets.emplace(schema.name, std::move(cache)).first;
            ++stepDone;
        }
        DatasetCache& cache = *found->second;
        cache.lastUsed = ++m_tick;
        if (cache.rows.rows == 0)
            throw Error(ErrorKind::InvalidInput, Text::tr("the vault holds no rows of dataset %1").arg(schema.name));
        for (const auto& [key, column] : missing) {
            const std::int64_t width = key.startsWith(QLatin1String("d:"))   ? 2
                                       : key.startsWith(QLatin1String("v:")) ? 8
                                                                             : 4;
            evict(width * cache.rows.rows, &cache, keys);
            Column loaded = key.startsWith(QLatin1String("d:"))   ? loader.loadDimension(cache.rows, column)
                            : key.startsWith(QLatin1String("v:")) ? loader.loadValues(cache.rows, column)
                                                                  : loader.loadDays(cache.rows, column);
            cache.columns.insert_or_assign(key, std::move(loaded));
            ++stepDone;
            recount();
        }
        for (const QString& key : keys)
            cache.columns.at(key).lastUsed = ++m_tick;
        if (packageSignature(db, schema.name) == signature)
            return cache;
        m_datasets.erase(schema.name);
    }
    throw Error(ErrorKind::Other, Text::tr("the vault's data kept changing while the query read it: try again"));
}

AggregateTable AggregateEngine::Impl::compute(const AggregateQuery& query, int topCount, const Progress& progress,
                                              const std::atomic_bool* cancel)
{
    const DatasetSchema* schema = Catalogue::builtin().dataset(query.dataset);
    if (!schema)
        throw Error(ErrorKind::Usage, Text::tr("unknown dataset '%1'").arg(query.dataset));
    if (query.dimensions.size() > MaxDimensions)
        throw Error(ErrorKind::Usage, Text::tr("at most %1 dimensions").arg(MaxDimensions));
    topCount = std::max(0, topCount);

    // Columns to have in memory, as (cache key, column).
    std::vector<std::pair<QString, QString>> needed;
    const auto need = [&](const QString& key, const QString& column) {
        if (std::none_of(needed.begin(), needed.end(), [&](const auto& n) { return n.first == key; }))
            needed.emplace_back(key, column);
    };
    for (const QString& dimension : query.dimensions)
        need(QStringLiteral("d:") + dimension, dimension);
    for (const Filter& filter : query.filters) {
        if (filter.isDateRange()) {
            const ColumnSpec* column = schema->column(filter.column);
            if (!column || column->type != ColumnType::Date)
                throw Error(ErrorKind::Usage,
                            Text::tr("%1 is not a date column of %2").arg(filter.column, schema->name));
            need(QStringLiteral("t:") + filter.column, filter.column);
        } else {
            need(QStringLiteral("d:") + filter.column, filter.column);
        }
    }
    const QString careDate = schema->careDateColumn();
    std::vector<QString> sumColumns;
    for (const Measure& measure : query.measures) {
        if (measure.kind != MeasureKind::Sum)
            continue;
        const ColumnSpec* column = schema->column(measure.column);
        if (!column || !column->isMeasure)
            throw Error(ErrorKind::Usage, Text::tr("%1 is not a measure of %2").arg(measure.column, schema->name));
        sumColumns.push_back(measure.column);
        need(QStringLiteral("v:") + measure.column, measure.column);
    }

    // The period of the rows kept needs their care dates, unless every row is kept (no filter,
    // no row without a category on a dimension): then it is the period the packages recorded at
    // import, and a cold query reads one column less (unless reading ahead for a session).
    int shown = 0; // the progress bar never goes back when the care dates come second
    const Progress forward = [&](const AggregateProgress& step) {
        shown = std::max(shown, step.percent);
        if (progress)
            progress({shown, step.step});
    };
    DatasetCache* loaded = &ensureLoaded(*schema, needed, forward, cancel);
    const auto everyRowKept = [&] {
        if (m_readAhead == ReadAhead::CareDates || !query.filters.empty() || !loaded->rows.carePeriod)
            return false;
        return std::none_of(query.dimensions.begin(), query.dimensions.end(), [&](const QString& dimension) {
            return loaded->columns.at(QStringLiteral("d:") + dimension).anyEmpty;
        });
    };
    const bool readCareDates = !careDate.isEmpty() && !everyRowKept();
    if (readCareDates) {
        need(QStringLiteral("t:") + careDate, careDate);
        loaded = &ensureLoaded(*schema, needed, forward, cancel);
    }
    DatasetCache& cache = *loaded;
    if (progress)
        progress({90, Text::tr("Computing")});

    AggregateTable table;
    table.dataset = schema->name;
    table.measures = query.measures;
    Pass pass;
    pass.rows = &cache.rows;
    pass.cancel = cancel;
    pass.topCount = topCount;
    pass.dimensions = static_cast<int>(query.dimensions.size());
    std::vector<int> categories;
    for (int d = 0; d < pass.dimensions; ++d) {
        const QString& name = query.dimensions[d];
        const Column& column = cache.columns.at(QStringLiteral("d:") + name);
        TableDimension dimension;
        dimension.name = name;
        if (const ColumnSpec* spec = schema->column(name))
            dimension.label = spec->label;
        else if (const DerivedDimension* derived = schema->derivedDimension(name))
            dimension.label = derived->label;
        dimension.codes = column.categoryCodes;
        dimension.labels = column.categoryLabels;
        dimension.unitsAdditive = column.unitsAdditive;
        if (dimension.codes.isEmpty())
            throw Error(ErrorKind::InvalidInput, Text::tr("dimension %1 has no value in the data").arg(name));
        categories.push_back(static_cast<int>(dimension.codes.size()));
        pass.codes[static_cast<std::size_t>(d)] = column.codes.data();
        pass.categories[static_cast<std::size_t>(d)] = static_cast<int>(dimension.codes.size());
        table.dimensions.push_back(std::move(dimension));
    }
    table.shape = TableShape(categories);
    // Same layout as TableShape: the last dimension varies fastest, margins at index categories.
    for (int d = pass.dimensions - 1; d >= 0; --d) {
        const auto dd = static_cast<std::size_t>(d);
        pass.strides[dd] = pass.cellCount;
        if (static_cast<std::int64_t>(pass.cellCount) * (pass.categories[dd] + 1) > std::numeric_limits<int>::max() / 4)
            throw Error(ErrorKind::Usage, Text::tr("the table would have too many cells"));
        pass.cellCount *= pass.categories[dd] + 1;
    }

    for (const Filter& filter : query.filters) {
        RowFilter row;
        if (filter.isDateRange()) {
            row.days = cache.columns.at(QStringLiteral("t:") + filter.column).days.data();
            if (filter.from)
                row.from = daysSinceEpoch(*filter.from);
            if (filter.to)
                row.to = daysSinceEpoch(*filter.to);
        } else {
            const Column& column = cache.columns.at(QStringLiteral("d:") + filter.column);
            row.codes = column.codes.data();
            row.allowed.assign(std::size_t{NoCategory} + 1, 0);
            // Values the data does not hold (a year without rows) simply match nothing.
            for (const QString& value : filter.values) {
                const qsizetype index = column.categoryCodes.indexOf(value);
                if (index >= 0)
                    row.allowed[static_cast<std::size_t>(index)] = 1;
            }
        }
        pass.filters.push_back(std::move(row));
    }
    if (readCareDates)
        pass.careDays = cache.columns.at(QStringLiteral("t:") + careDate).days.data();
    for (const QString& column : sumColumns)
        pass.values.push_back(cache.columns.at(QStringLiteral("v:") + column).values.data());

    // Two threads over two halves of the units, balanced by rows.
    const std::int64_t units = cache.rows.units();
    std::int64_t split = units;
    if (cache.rows.rows >= parallelRows) {
        if (cache.rows.unitsAreRows) {
            split = units / 2;
        } else {
            const std::uint32_t* start = cache.rows.runStart.data();
            split = std::lower_bound(start, start + units, static_cast<std::uint32_t>(cache.rows.rows / 2)) - start;
        }
    }
    Partial first;
    Partial second;
    std::exception_ptr failure;
    {
        std::thread helper;
        if (split < units) {
            helper = std::thread([&] {
                try {
                    runAnyPass(pass, split, units, second);
                } catch (...) {
                    failure = std::current_exception();
                }
            });
        }
        try {
            runAnyPass(pass, 0, split, first);
        } catch (...) {
            if (helper.joinable())
                helper.join();
            throw;
        }
        if (helper.joinable()) {
            helper.join();
            if (failure)
                std::rethrow_exception(failure);
            merge(first, second, topCount);
        }
    }

    const auto cells = static_cast<std::size_t>(pass.cellCount);
    const auto k = static_cast<std::size_t>(topCount);
    table.units = std::move(first.units);
    table.records = std::move(first.records);
    try {
        for (std::size_t m = 0; m < sumColumns.size(); ++m) {
            const ColumnSpec& column = *schema->column(sumColumns[m]);
            const QString limit = largestValueText(column);
            table.sums.push_back(
                narrowed(first.sums, m * cells, (m + 1) * cells,
                         Text::tr("the sum of %1 cannot be represented: it exceeds ±%2").arg(column.name, limit)));
            MagnitudeColumn magnitude;
            magnitude.topCount = topCount;
            // Exact in 128 bits: only disclosure control reads it (MagnitudeColumn).
            magnitude.absoluteTotal.assign(first.absolute.begin() + static_cast<std::ptrdiff_t>(m * cells),
                                           first.absolute.begin() + static_cast<std::ptrdiff_t>((m + 1) * cells));
            magnitude.top = narrowed(
                first.top, m * cells * k, (m + 1) * cells * k,
                Text::tr("one contribution to %1 cannot be represented: it exceeds %2").arg(column.name, limit));
            table.magnitudes.push_back(std::move(magnitude));
        }
    } catch (...) {
        wipe(first.top);
        wipe(second.top);
        throw;
    }
    table.rowsScanned = first.rowsScanned;
    const QDate epoch(1970, 1, 1);
    if (readCareDates) {
        if (first.firstDay <= first.lastDay) {
            table.earliest = epoch.addDays(first.firstDay);
            table.latest = epoch.addDays(first.lastDay);
        }
        const Column& days = cache.columns.at(QStringLiteral("t:") + careDate);
        if (days.firstDay <= days.lastDay) {
            table.datasetEarliest = epoch.addDays(days.firstDay);
            table.datasetLatest = epoch.addDays(days.lastDay);
        }
    } else if (!careDate.isEmpty()) {
        table.earliest = table.datasetEarliest = epoch.addDays(cache.rows.carePeriod->first);
        table.latest = table.datasetLatest = epoch.addDays(cache.rows.carePeriod->second);
    }
    // The largest contributions are individual values: wiped before the partials are freed.
    wipe(first.top);
    wipe(second.top);
    evict(0, nullptr, {});
    if (progress)
        progress({100, Text::tr("Computing")});
    return table;
}

AggregateEngine::AggregateEngine(Vault& vault, VaultCapability, std::int64_t cacheBytes)
    : m_impl(std::make_unique<Impl>([&vault]() -> Database& { return vault.database(VaultCapability()); },
                                    [&vault] { return vault.openReader(VaultCapability()); }, cacheBytes))
{}

AggregateEngine::AggregateEngine(Database& database, std::int64_t cacheBytes, std::function<Database()> openReader)
    : m_impl(std::make_unique<Impl>([&database]() -> Database& { return database; }, std::move(openReader), cacheBytes))
{}

AggregateEngine::~AggregateEngine()
{
    dropCaches();
}

void AggregateEngine::setReadAhead(ReadAhead readAhead)
{
    const std::lock_guard lock(m_impl->m_mutex);
    m_impl->setReadAhead(readAhead);
}

AggregateTable AggregateEngine::compute(const AggregateQuery& query, int topCount, const Progress& progress,
                                        const std::atomic_bool* cancel)
{
    // One query at a time: the cache is shared. dropCaches() waits for a running query, which
    // checks `cancel` every few thousand units, so the owner cancels first, then drops.
    const std::lock_guard lock(m_impl->m_mutex);
    return m_impl->compute(query, topCount, progress, cancel);
}

void AggregateEngine::dropCaches()
{
    const std::lock_guard lock(m_impl->m_mutex);
    m_impl->dropAll();
}

std::int64_t AggregateEngine::cachedBytes() const
{
    return m_impl->m_bytes.load();
}

} // namespace ecluse
