#include "ColumnStore.h"

#include "common/Error.h"
#include "data/CodeList.h"
#include "data/ColumnChunk.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <exception>
#include <functional>
#include <limits>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace ecluse::engine {
namespace {

using namespace ColumnChunk;

// This file's messages, under the "AggregateEngine" context that lupdate files them in too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AggregateEngine)
};

constexpr std::int64_t NullValue = std::numeric_limits<std::int64_t>::min();

template <typename T> void widen(const unsigned char* data, int rows, std::int64_t* out, T null, bool hasNull)
{
    for (int i = 0; i < rows; ++i) {
        T value;
        std::memcpy(&value, data + static_cast<std::size_t>(i) * sizeof(T), sizeof(T));
        out[i] = hasNull && value == null ? NullValue : static_cast<std::int64_t>(value);
    }
}

// One chunk of any integer encoding as int64 values, empty ones as NullValue.
void decode(const unsigned char* data, Encoding encoding, int rows, std::int64_t* out)
{
    switch (encoding) {
    case Encoding::UInt8:
        return widen<std::uint8_t>(data, rows, out, NullCode8, true);
    case Encoding::UInt16:
        return widen<std::uint16_t>(data, rows, out, NullCode, true);
    case Encoding::UInt32:
        return widen<std::uint32_t>(data, rows, out, 0, false);
    case Encoding::Int16:
        return widen<std::int16_t>(data, rows, out, NullInt16, true);
    case Encoding::Int32:
        return widen<std::int32_t>(data, rows, out, NullInt32, true);
    case Encoding::Int64:
        return widen<std::int64_t>(data, rows, out, NullInt64, true);
    case Encoding::Fixed5:
        break;
    }
    throw Error(ErrorKind::Other, Text::tr("a column stored as text cannot be aggregated"));
}

// Runs decoding tasks on one thread, in submission order, at most a few chunks ahead of the
// reader: memory stays flat, and the reader never waits on the decoder unless it is ahead.
class Worker
{
public:
    Worker()
        : m_thread([this] { run(); })
    {}
    ~Worker()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_closed = true;
            m_queue.clear();
        }
        m_wake.notify_all();
        m_thread.join();
    }
    Worker(const Worker&) = delete;
    Worker& operator=(const Worker&) = delete;

    void submit(std::function<void()> task)
    {
        std::unique_lock lock(m_mutex);
        m_room.wait(lock, [this] { return m_queue.size() + m_running < 8 || m_failure; });
        if (m_failure)
            std::rethrow_exception(m_failure);
        m_queue.push_back(std::move(task));
        m_wake.notify_one();
    }

    // Waits until every task ran; rethrows the first failure.
    void drain()
    {
        std::unique_lock lock(m_mutex);
        m_room.wait(lock, [this] { return (m_queue.empty() && m_running == 0) || m_failure; });
        if (m_failure)
            std::rethrow_exception(m_failure);
    }

private:
    void run()
    {
        for (;;) {
            std::function<void()> task;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return !m_queue.empty() || m_closed; });
                if (m_closed)
                    return;
                task = std::move(m_queue.front());
                m_queue.pop_front();
                ++m_running;
            }
            try {
                task();
            } catch (...) {
                const std::lock_guard lock(m_mutex);
                if (!m_failure)
                    m_failure = std::current_exception();
                m_queue.clear();
            }
            {
                const std::lock_guard lock(m_mutex);
                --m_running;
            }
            m_room.notify_all();
        }
    }

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_room;
    std::deque<std::function<void()>> m_queue;
    std::size_t m_running = 0;
    bool m_closed = false;
    std::exception_ptr m_failure;
    std::thread m_thread; // last: started once everything above exists
};

using Bytes = std::shared_ptr<WipedArray<unsigned char>>;

struct ChunkRef
{
    qint64 rowid = 0;
    int rows = 0;
    Encoding encoding = Encoding::Int32;
};

// One source column of a chunk as read: its bytes and how to decode them.
struct Piece
{
    Bytes bytes;
    Encoding encoding = Encoding::Int32;
};

// How a dimension's per-row key is obtained; keys are category indexes, or for the dimensions
// whose categories are the values present (years, integers) value - base before compaction.
struct DimensionPlan
{
    enum class Kind
    {
        Code,    // a coded column, or a derived one stored as a code-list index
        AgeBand, // from birth year and care date
        Region,  // from the department
        Year,    // from the care date; stored derived: the year itself
        Month,   // from the care date; stored derived: 1..12
        Integer, // an integer column: value - minimum
    };
    Kind kind = Kind::Code;
    QStringList sources; // columns it is computed from when a package lacks it
    qint64 base = 0;     // Year and Integer
    const CodeList* list = nullptr;
};

class Reader
{
public:
    Reader(Database& db, const std::atomic_bool* cancel)
        : m_db(db)
        , m_cancel(cancel)
    {}

    std::vector<ChunkRef> chunks(const QString& package, const QString& column)
    {
        Statement select = m_db.prepare("SELECT chunk, rows, encoding, rowid FROM dataset_chunks "
                                        "WHERE package = ? AND column_name = ? ORDER BY chunk");
        select.bind(1, package).bind(2, column);
        std::vector<ChunkRef> out;
        while (select.step()) {
            if (select.int64(0) != static_cast<qint64>(out.size()))
                throw Error(
                    ErrorKind::Integrity,
                    Text::tr("package %1: chunk %2 of column %3 is missing").arg(package).arg(out.size()).arg(column));
            out.push_back({select.int64(3), static_cast<int>(select.int64(1)), static_cast<Encoding>(select.int64(2))});
        }
        return out;
    }

    Bytes read(const ChunkRef& chunk, const QString& column)
    {
        throwIfCancelled(m_cancel);
        if (m_blob)
            m_blob->reopen(chunk.rowid);
        else
            m_blob.emplace(m_db, "dataset_chunks", "data", chunk.rowid);
        const int size = m_blob->size();
        if (widthOf(chunk.encoding) == 0 || size != chunk.rows * widthOf(chunk.encoding))
            throw Error(ErrorKind::Integrity,
                        Text::tr("column %1: a chunk's size does not match its row count").arg(column));
        auto bytes = std::make_shared<WipedArray<unsigned char>>(static_cast<std::size_t>(size));
        if (size > 0)
            m_blob->read(bytes->data(), size);
        return bytes;
    }

private:
    Database& m_db;
    const std::atomic_bool* m_cancel;
    std::optional<BlobReader> m_blob;
};

// The chunks of one row range, one per source column, and what becomes of them once read.
struct ReadJob
{
    std::vector<ChunkRef> chunks;
    int rows = 0;
    // Runs on the reading thread: hands the pieces to the decoding worker.
    std::function<void(std::vector<Piece>)> consume;
};

// Reads every job's chunks, the even jobs on `main`'s connection on this thread and, when there
// is a second connection, the odd ones on a thread of its own: decryption is most of a cold read
// and runs on both cores. Progress is reported from this thread only.
void readJobs(Reader& main, Reader* second, std::vector<ReadJob>& jobs, const QString& column,
              const std::function<void(qint64 rowsRead)>& progress)
{
    std::atomic<qint64> rowsRead{0};
    const auto readOne = [&](Reader& reader, ReadJob& job) {
        std::vector<Piece> pieces;
        for (const ChunkRef& chunk : job.chunks)
            pieces.push_back({reader.read(chunk, column), chunk.encoding});
        job.consume(std::move(pieces));
        rowsRead += job.rows;
    };
    std::exception_ptr secondFailure;
    std::atomic_bool stop{false};
    std::thread helper;
    if (second) {
        helper = std::thread([&] {
            try {
                for (std::size_t i = 1; i < jobs.size() && !stop; i += 2)
                    readOne(*second, jobs[i]);
            } catch (...) {
                secondFailure = std::current_exception();
            }
        });
    }
    try {
        for (std::size_t i = 0; i < jobs.size(); i += second ? 2 : 1) {
            readOne(main, jobs[i]);
            if (progress)
                progress(rowsRead.load());
        }
    } catch (...) {
        stop = true;
        if (helper.joinable())
            helper.join();
        throw;
    }
    if (helper.joinable())
        helper.join();
    if (secondFailure)
        std::rethrow_exception(secondFailure);
    if (progress)
        progress(rowsRead.load());
}

template <typename T> void scatter(const DatasetRows& rows, qint64 firstRow, int count, const T* values, T* target)
{
    if (rows.unitsAreRows) {
        std::copy_n(values, count, target + firstRow);
        return;
    }
    const std::uint32_t* position = rows.position.data() + firstRow;
    for (int i = 0; i < count; ++i)
        target[position[i]] = values[i];
}

} // namespace

QStringList packageSignature(Database& db, const QString& dataset)
{
    Statement select = db.prepare("SELECT id, rows, imported_utc FROM packages WHERE dataset = ? ORDER BY id");
    select.bind(1, dataset);
    QStringList out;
    while (select.step())
        out << select.text(0) + QLatin1Char('|') + QString::number(select.int64(1)) + QLatin1Char('|') + select.text(2);
    return out;
}

ColumnLoader::ColumnLoader(Database& db, Database* second, const DatasetSchema& schema, const std::atomic_bool* cancel,
                           std::function<void(double)> progress)
    : m_db(db)
    , m_second(second)
    , m_schema(schema)
    , m_cancel(cancel)
    , m_progress(std::move(progress))
{}

DatasetRows ColumnLoader::loadRows(const QStringList& signature)
{
    DatasetRows out;
    out.dataset = m_schema.name;
    out.signature = signature;
    const ColumnSpec* pseudonym = nullptr;
    for (const ColumnSpec& column : m_schema.columns) {
        if (column.type == ColumnType::Pseudonym)
            pseudonym = &column;
    }
    out.unitsAreRows = pseudonym == nullptr;
    const QString layoutColumn = pseudonym ? pseudonym->name : m_schema.columns.front().name;

    Reader reader(m_db, m_cancel);
    Statement select = m_db.prepare("SELECT id, rows, care_first_day, care_last_day FROM packages "
                                    "WHERE dataset = ? ORDER BY id");
    select.bind(1, m_schema.name);
    std::vector<std::pair<QString, qint64>> packages;
    std::int32_t careFirst = std::numeric_limits<std::int32_t>::max();
    std::int32_t careLast = std::numeric_limits<std::int32_t>::min();
    bool periodKnown = true;
    while (select.step()) {
        packages.emplace_back(select.text(0), select.int64(1));
        if (select.isNull(2) || select.isNull(3)) {
            periodKnown = false;
            continue;
        }
        const qint64 first = select.int64(2);
        const qint64 last = select.int64(3);
        if (first > last || first < std::numeric_limits<std::int32_t>::min() ||
            last > std::numeric_limits<std::int32_t>::max())
            throw Error(ErrorKind::Integrity,
                        Text::tr("package %1 records an impossible care period").arg(packages.back().first));
        careFirst = std::min(careFirst, static_cast<std::int32_t>(first));
        careLast = std::max(careLast, static_cast<std::int32_t>(last));
    }
    if (periodKnown && careFirst <= careLast)
        out.carePeriod = std::pair{careFirst, careLast};
    std::vector<std::vector<ChunkRef>> layout;
    for (const auto& [id, rows] : packages) {
        PackageRows package{id, out.rows, {}};
        layout.push_back(reader.chunks(id, layoutColumn));
        qint64 total = 0;
        for (const ChunkRef& chunk : layout.back()) {
            package.chunkRows.push_back(chunk.rows);
            total += chunk.rows;
        }
        if (total != rows)
            throw Error(ErrorKind::Integrity,
                        Text::tr("package %1 holds %2 rows where its record says %3").arg(id).arg(total).arg(rows));
        out.rows += rows;
        out.packages.push_back(std::move(package));
    }
    // Row positions are 32-bit: far beyond what one workstation's memory holds anyway.
    if (out.rows >= std::numeric_limits<std::uint32_t>::max())
        throw Error(ErrorKind::Other,
                    Text::tr("dataset %1 holds too many rows for the aggregate engine").arg(out.dataset));
    if (out.unitsAreRows)
        return out;

    // Beneficiary ids in stored order, then a counting sort: units numbered by id, each unit's
    // rows one run. The ids are the vault's own dense numbers, so the counts array stays small.
    WipedArray<std::uint32_t> ids(static_cast<std::size_t>(out.rows));
    std::uint32_t maxId = 0;
    {
        Worker worker;
        std::vector<ReadJob> jobs;
        for (std::size_t p = 0; p < layout.size(); ++p) {
            qint64 firstRow = out.packages[p].firstRow;
            for (const ChunkRef& chunk : layout[p]) {
                if (chunk.encoding != Encoding::UInt32)
                    throw Error(ErrorKind::Integrity,
                                Text::tr("column %1 is not stored as beneficiary numbers").arg(layoutColumn));
                jobs.push_back({{chunk}, chunk.rows, [&, firstRow, rows = chunk.rows](std::vector<Piece> pieces) {
                                    worker.submit([bytes = pieces.front().bytes, firstRow, rows, &ids, &maxId] {
                                        std::uint32_t* target = ids.data() + firstRow;
                                        std::memcpy(target, bytes->data(), static_cast<std::size_t>(rows) * 4);
                                        maxId = std::max(maxId, *std::max_element(target, target + rows));
                                    });
                                }});
                firstRow += chunk.rows;
            }
        }
        std::optional<Reader> secondReader;
        if (m_second)
            secondReader.emplace(*m_second, m_cancel);
        readJobs(reader, secondReader ? &*secondReader : nullptr, jobs, layoutColumn, [&](qint64 done) {
            if (m_progress)
                m_progress(static_cast<double>(done) / static_cast<double>(out.rows));
        });
        worker.drain();
    }
    throwIfCancelled(m_cancel);
    WipedArray<std::uint32_t> next(static_cast<std::size_t>(maxId) + 1);
    std::fill_n(next.data(), next.size(), 0u);
    for (std::size_t i = 0; i < ids.size(); ++i)
        ++next[ids[i]];
    std::uint32_t units = 0;
    for (std::size_t id = 0; id < next.size(); ++id)
        units += next[id] > 0 ? 1u : 0u;
    out.runStart = WipedArray<std::uint32_t>(static_cast<std::size_t>(units) + 1);
    out.unitId = WipedArray<std::uint32_t>(static_cast<std::size_t>(units));
    std::uint32_t start = 0;
    std::uint32_t unit = 0;
    for (std::size_t id = 0; id < next.size(); ++id) {
        if (next[id] == 0)
            continue;
        out.unitId[unit] = static_cast<std::uint32_t>(id);
        out.runStart[unit++] = start;
        const std::uint32_t count = next[id];
        next[id] = start;
        start += count;
    }
    out.runStart[units] = start;
    out.position = WipedArray<std::uint32_t>(ids.size());
    for (std::size_t i = 0; i < ids.size(); ++i)
        out.position[i] = next[ids[i]]++;
    return out;
}

namespace {

DimensionPlan planDimension(const DatasetSchema& schema, const QString& name)
{
    DimensionPlan plan;
    if (const ColumnSpec* column = schema.column(name)) {
        if (column->type == ColumnType::Code) {
            plan.list = &CodeList::builtin(column->codeList);
            return plan;
        }
        if (column->type == ColumnType::Integer || column->type == ColumnType::Year) {
            // Keys are 16 bits: a dimension of more values would not make a readable table anyway.
            if (column->maximum - column->minimum >= NoCategory)
                throw Error(ErrorKind::Usage, Text::tr("column %1 has too many values to be a dimension").arg(name));
            plan.kind = DimensionPlan::Kind::Integer;
            plan.base = column->minimum;
            return plan;
        }
        throw Error(ErrorKind::Usage, Text::tr("column %1 cannot be a dimension").arg(name));
    }
    const DerivedDimension* derived = schema.derivedDimension(name);
    if (!derived)
        throw Error(ErrorKind::Usage, Text::tr("dataset %1 has no dimension %2").arg(schema.name, name));
    plan.sources = derived->from;
    const auto requireSources = [&](qsizetype count) {
        if (plan.sources.size() != count)
            throw Error(ErrorKind::Other, Text::tr("derived dimension %1 is not defined as expected").arg(name));
    };
    if (name == QStringLiteral("AGE_BEN_SNDS")) {
        requireSources(2);
        plan.kind = DimensionPlan::Kind::AgeBand;
        plan.list = &CodeList::builtin(u"tranche_age");
    } else if (name == QStringLiteral("BEN_RES_REG")) {
        requireSources(1);
        plan.kind = DimensionPlan::Kind::Region;
        plan.list = &CodeMapping::regionOfDepartment().to();
    } else if (name == QStringLiteral("ANNEE")) {
        requireSources(1);
        plan.kind = DimensionPlan::Kind::Year;
        plan.base = 1900;
    } else if (name == QStringLiteral("MOIS")) {
        requireSources(1);
        plan.kind = DimensionPlan::Kind::Month;
    } else {
        throw Error(ErrorKind::Other, Text::tr("no rule computes derived dimension %1").arg(name));
    }
    return plan;
}

std::uint16_t key(std::int64_t value, std::int64_t limit)
{
    return value == NullValue || value < 0 || value >= limit ? NoCategory : static_cast<std::uint16_t>(value);
}

// Keys of one chunk from the stored dimension itself (`derived` false) or its sources.
void dimensionKeys(const DimensionPlan& plan, bool derived, const std::vector<Piece>& pieces, int rows, std::int64_t* a,
                   std::int64_t* b, std::uint16_t* keys)
{
    decode(pieces[0].bytes->data(), pieces[0].encoding, rows, a);
    if (pieces.size() > 1)
        decode(pieces[1].bytes->data(), pieces[1].encoding, rows, b);
    const std::int64_t listSize = plan.list ? plan.list->size() : 0;
    switch (plan.kind) {
    case DimensionPlan::Kind::Code:
        for (int i = 0; i < rows; ++i)
            keys[i] = key(a[i], listSize);
        return;
    case DimensionPlan::Kind::AgeBand:
        if (!derived) {
            for (int i = 0; i < rows; ++i)
                keys[i] = key(a[i], listSize);
            return;
        }
        for (int i = 0; i < rows; ++i) {
            keys[i] =
                a[i] == NullValue || b[i] == NullValue
                    ? NoCategory
                    : key(DerivedValues::ageBandIndex(static_cast<int>(a[i]), DerivedValues::yearMonthOfDay(b[i]).year),
                          listSize);
        }
        return;
    case DimensionPlan::Kind::Region: {
        if (!derived) {
            for (int i = 0; i < rows; ++i)
                keys[i] = key(a[i], listSize);
            return;
        }
        const CodeMapping& regions = CodeMapping::regionOfDepartment();
        for (int i = 0; i < rows; ++i)
            keys[i] = a[i] == NullValue ? NoCategory : key(regions.map(static_cast<int>(a[i])), listSize);
        return;
    }
    case DimensionPlan::Kind::Year:
        for (int i = 0; i < rows; ++i) {
            const std::int64_t year = a[i] == NullValue ? NullValue
                                      : derived         ? DerivedValues::yearMonthOfDay(a[i]).year
                                                        : a[i];
            keys[i] = year == NullValue ? NoCategory : key(year - plan.base, NoCategory);
        }
        return;
    case DimensionPlan::Kind::Month:
        for (int i = 0; i < rows; ++i) {
            const std::int64_t month = a[i] == NullValue ? NullValue
                                       : derived         ? DerivedValues::yearMonthOfDay(a[i]).month
                                                         : a[i];
            keys[i] = month == NullValue ? NoCategory : key(month - 1, 12);
        }
        return;
    case DimensionPlan::Kind::Integer:
        for (int i = 0; i < rows; ++i)
            keys[i] = a[i] == NullValue ? NoCategory : key(a[i] - plan.base, NoCategory);
        return;
    }
}

} // namespace

Column ColumnLoader::loadDimension(const DatasetRows& rows, const QString& name)
{
    const DimensionPlan plan = planDimension(m_schema, name);
    Column out;
    out.kind = ColumnKind::Dimension;
    out.codes = WipedArray<std::uint16_t>(static_cast<std::size_t>(rows.rows));
    Reader reader(m_db, m_cancel);
    // Scratch of the decoding thread, reused chunk after chunk and wiped once at the end.
    WipedArray<std::int64_t> a(ChunkRows);
    WipedArray<std::int64_t> b(ChunkRows);
    WipedArray<std::uint16_t> keys(ChunkRows);
    {
        Worker worker;
        std::vector<ReadJob> jobs;
        for (const PackageRows& package : rows.packages) {
            std::vector<ChunkRef> stored = reader.chunks(package.id, name);
            const bool derived = stored.empty() && !plan.sources.isEmpty();
            std::vector<std::vector<ChunkRef>> inputs;
            if (derived) {
                for (const QString& source : plan.sources)
                    inputs.push_back(reader.chunks(package.id, source));
            } else {
                inputs.push_back(std::move(stored));
            }
            for (std::size_t s = 0; s < inputs.size(); ++s) {
                if (inputs[s].size() != package.chunkRows.size())
                    throw Error(ErrorKind::Integrity,
                                Text::tr("package %1 lacks column %2")
                                    .arg(package.id, derived ? plan.sources[static_cast<qsizetype>(s)] : name));
            }
            qint64 firstRow = package.firstRow;
            for (std::size_t c = 0; c < package.chunkRows.size(); ++c) {
                const int count = package.chunkRows[c];
                std::vector<ChunkRef> chunks;
                for (std::size_t s = 0; s < inputs.size(); ++s) {
                    if (inputs[s][c].rows != count)
                        throw Error(
                            ErrorKind::Integrity,
                            Text::tr("package %1: columns of chunk %2 differ in length").arg(package.id).arg(c));
                    chunks.push_back(inputs[s][c]);
                }
                jobs.push_back({std::move(chunks), count, [&, firstRow, count, derived](std::vector<Piece> pieces) {
                                    worker.submit([&, pieces = std::move(pieces), firstRow, count, derived] {
                                        dimensionKeys(plan, derived, pieces, count, a.data(), b.data(), keys.data());
                                        scatter(rows, firstRow, count, keys.data(), out.codes.data());
                                    });
                                }});
                firstRow += count;
            }
        }
        std::optional<Reader> secondReader;
        if (m_second)
            secondReader.emplace(*m_second, m_cancel);
        readJobs(reader, secondReader ? &*secondReader : nullptr, jobs, name, [&](qint64 done) {
            if (m_progress)
                m_progress(static_cast<double>(done) / static_cast<double>(std::max<qint64>(1, rows.rows)));
        });
        worker.drain();
    }
    throwIfCancelled(m_cancel);

    std::uint16_t* codes = out.codes.data();
    const std::size_t count = out.codes.size();
    if (plan.kind == DimensionPlan::Kind::Year || plan.kind == DimensionPlan::Kind::Integer) {
        // Categories are the values present, ascending: years without data make no empty columns.
        std::vector<std::uint16_t> remap(NoCategory + 1, NoCategory);
        for (std::size_t i = 0; i < count; ++i) {
            if (codes[i] != NoCategory)
                remap[codes[i]] = 0;
        }
        std::uint16_t next = 0;
        for (int k = 0; k < NoCategory; ++k) {
            if (remap[static_cast<std::size_t>(k)] == 0) {
                remap[static_cast<std::size_t>(k)] = next++;
                const QString text = QString::number(plan.base + k);
                out.categoryCodes << text;
                out.categoryLabels << text;
            }
        }
        for (std::size_t i = 0; i < count; ++i)
            codes[i] = remap[codes[i]];
    } else if (plan.kind == DimensionPlan::Kind::Month) {
        const QLocale french(QLocale::French, QLocale::France);
        for (int month = 1; month <= 12; ++month) {
            out.categoryCodes << QString::number(month);
            out.categoryLabels << french.standaloneMonthName(month);
        }
    } else {
        for (const CodeList::Entry& entry : plan.list->entries()) {
            out.categoryCodes << entry.code;
            out.categoryLabels << entry.label;
        }
    }

    // Additive when no unit has rows in two categories: then a margin's units are exactly the
    // sum of its cells'. Checked on the data rather than assumed, since a person may move.
    out.unitsAdditive = true;
    if (!rows.unitsAreRows) {
        const std::uint32_t* start = rows.runStart.data();
        const std::size_t units = rows.runStart.size() - 1;
        for (std::size_t u = 0; u < units && out.unitsAdditive; ++u) {
            const std::uint16_t first = codes[start[u]];
            for (std::uint32_t r = start[u] + 1; r < start[u + 1]; ++r) {
                if (codes[r] != first) {
                    out.unitsAdditive = false;
                    break;
                }
            }
        }
    }
    out.anyEmpty = std::find(codes, codes + count, NoCategory) != codes + count;
    return out;
}

namespace {

// Value and day columns share this: one stored column, decoded to int64 and narrowed.
using Decoder = void (*)(const unsigned char*, Encoding, int, std::int64_t*);

// decode(), and commune codes as their five bytes in one number: what an extract writes back.
void decodeStored(const unsigned char* data, Encoding encoding, int rows, std::int64_t* out)
{
    if (encoding != Encoding::Fixed5)
        return decode(data, encoding, rows, out);
    for (int i = 0; i < rows; ++i) {
        std::int64_t packed = 0;
        for (int b = 0; b < 5; ++b)
            packed = (packed << 8) | data[static_cast<std::size_t>(i) * 5 + static_cast<std::size_t>(b)];
        out[i] = packed == 0 ? NullValue : packed; // empty fields are stored as five zero bytes
    }
}

template <typename T>
void loadPlain(Database& db, Database* second, const std::atomic_bool* cancel,
               const std::function<void(double)>& progress, const DatasetRows& rows, const QString& name, T null,
               WipedArray<T>& target, Decoder decoder = decode)
{
    target = WipedArray<T>(static_cast<std::size_t>(rows.rows));
    Reader reader(db, cancel);
    WipedArray<std::int64_t> wide(ChunkRows);
    WipedArray<T> narrow(ChunkRows);
    Worker worker;
    std::vector<ReadJob> jobs;
    for (const PackageRows& package : rows.packages) {
        const std::vector<ChunkRef> chunks = reader.chunks(package.id, name);
        if (chunks.size() != package.chunkRows.size())
            throw Error(ErrorKind::Integrity, Text::tr("package %1 lacks column %2").arg(package.id, name));
        qint64 firstRow = package.firstRow;
        for (std::size_t c = 0; c < chunks.size(); ++c) {
            const int count = package.chunkRows[c];
            if (chunks[c].rows != count)
                throw Error(ErrorKind::Integrity,
                            Text::tr("package %1: columns of chunk %2 differ in length").arg(package.id).arg(c));
            jobs.push_back({{chunks[c]}, count, [&, firstRow, count](std::vector<Piece> pieces) {
                                worker.submit([&, piece = std::move(pieces.front()), firstRow, count] {
                                    decoder(piece.bytes->data(), piece.encoding, count, wide.data());
                                    for (int i = 0; i < count; ++i)
                                        narrow[static_cast<std::size_t>(i)] =
                                            wide[static_cast<std::size_t>(i)] == NullValue
                                                ? null
                                                : static_cast<T>(wide[static_cast<std::size_t>(i)]);
                                    scatter(rows, firstRow, count, narrow.data(), target.data());
                                });
                            }});
            firstRow += count;
        }
    }
    std::optional<Reader> secondReader;
    if (second)
        secondReader.emplace(*second, cancel);
    readJobs(reader, secondReader ? &*secondReader : nullptr, jobs, name, [&](qint64 done) {
        if (progress)
            progress(static_cast<double>(done) / static_cast<double>(std::max<qint64>(1, rows.rows)));
    });
    worker.drain();
    throwIfCancelled(cancel);
}

} // namespace

Column ColumnLoader::loadValues(const DatasetRows& rows, const QString& name)
{
    Column out;
    out.kind = ColumnKind::Value;
    loadPlain<std::int64_t>(m_db, m_second, m_cancel, m_progress, rows, name, 0, out.values);
    return out;
}

Column ColumnLoader::loadDays(const DatasetRows& rows, const QString& name)
{
    Column out;
    out.kind = ColumnKind::Day;
    loadPlain<std::int32_t>(m_db, m_second, m_cancel, m_progress, rows, name, NullInt32, out.days);
    // Once per load: the period a table covers when its query does not narrow the dates.
    for (std::size_t row = 0; row < out.days.size(); ++row) {
        const std::int32_t day = out.days[row];
        if (day != NullInt32) {
            out.firstDay = std::min(out.firstDay, day);
            out.lastDay = std::max(out.lastDay, day);
        }
    }
    return out;
}

Column ColumnLoader::loadStored(const DatasetRows& rows, const QString& name)
{
    Column out;
    out.kind = ColumnKind::Value;
    loadPlain<std::int64_t>(m_db, m_second, m_cancel, m_progress, rows, name, NullInt64, out.values, decodeStored);
    return out;
}

} // namespace ecluse::engine
