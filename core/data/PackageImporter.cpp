#include "PackageImporter.h"

#include "Catalogue.h"
#include "CodeList.h"
#include "ColumnChunk.h"
#include "CsvReader.h"
#include "DataPackage.h"
#include "DatasetStore.h"
#include "FieldParsers.h"
#include "IdentifierScanner.h"
#include "audit/AuditTrail.h"
#include "crypto/Digest.h"
#include "crypto/Ed25519.h"
#include "crypto/Wipe.h"
#include "storage/Database.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>

#include <array>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <exception>
#include <limits>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <unordered_map>
#include <utility>

namespace ecluse {
namespace {

using namespace ColumnChunk;

// This file's messages, under the "PackageImporter" context that lupdate files them in too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PackageImporter)
};

constexpr qint64 progressEvery = 32768;

double rate(qint64 rows, const QElapsedTimer& clock)
{
    return static_cast<double>(rows) / std::max(1e-3, static_cast<double>(clock.nsecsElapsed()) / 1e9);
}
constexpr qint64 errorLimit = 10000; // past this many, the file is plainly not this dataset

constexpr std::size_t maximumPseudonym = 128;

bool isPseudonym(std::string_view text)
{
    static constexpr auto alphanumeric = [] {
        std::array<bool, 256> table{};
        for (int c = '0'; c <= '9'; ++c)
            table[static_cast<std::size_t>(c)] = true;
        for (int c = 'a'; c <= 'z'; ++c)
            table[static_cast<std::size_t>(c)] = table[static_cast<std::size_t>(c - 'a' + 'A')] = true;
        return table;
    }();
    if (text.size() < 8 || text.size() > maximumPseudonym)
        return false;
    return std::all_of(text.begin(), text.end(), [](char c) { return alphanumeric[static_cast<unsigned char>(c)]; });
}

// Lets the pseudonym maps be searched with a string_view, without building a string per row.
struct StringHash
{
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const noexcept { return std::hash<std::string_view>{}(text); }
};
using PseudonymMap = std::unordered_map<std::string, std::uint32_t, StringHash, std::equal_to<>>;

bool fitsInt32(const ColumnSpec& spec)
{
    return spec.minimum > std::numeric_limits<std::int32_t>::min() &&
           spec.maximum <= std::numeric_limits<std::int32_t>::max();
}

template <typename T> void put(std::string& buffer, T value)
{
    char bytes[sizeof(T)];
    std::memcpy(bytes, &value, sizeof(T)); // the vault's chunk format is little-endian, as x86 and ARM are
    buffer.append(bytes, sizeof(T));
}

// One column being built: how to check a field and where its encoded values go.
struct ColumnWriter
{
    const ColumnSpec* spec;
    const CodeList* codes = nullptr;
    Encoding encoding = Encoding::Int32;
    std::string buffer;
};

// A derived dimension stored with the rows (see ColumnChunk.h), computed from the staged values
// of its source columns.
struct DerivedWriter
{
    enum class Kind
    {
        AgeBand, // AGE_BEN_SNDS from BEN_NAI_ANN and EXE_SOI_DTD
        Region,  // BEN_RES_REG from BEN_RES_DPT
        Year,    // ANNEE from EXE_SOI_DTD
        Month,   // MOIS from EXE_SOI_DTD
    };
    QString name;
    Kind kind = Kind::Year;
    Encoding encoding = Encoding::UInt8;
    std::vector<std::size_t> sources; // indexes of the schema columns it is computed from
    std::string buffer;
};

// A field a rule refused. The rule alone goes to the audit trail, which is exported to a SIEM
// and kept for years: no value of a package ever enters it. The person importing also sees the
// value, where it cannot identify anyone, to find the faulty row.
struct Refusal
{
    QString rule;
    QString ruleWithValue; // empty when the message shows no value
    explicit operator bool() const { return !rule.isEmpty(); }
};

// What the import throws when rows were refused: the message for the person importing, and the
// same without values for the audit trail.
class RowsRefused : public Error
{
public:
    RowsRefused(const QString& message, QString withoutValues)
        : Error(ErrorKind::InvalidInput, message)
        , m_withoutValues(std::move(withoutValues))
    {}
    const QString& withoutValues() const { return m_withoutValues; }

private:
    QString m_withoutValues;
};

// Validation failures, capped, then summarised: the first ones name file, line, column and rule.
class ErrorLog
{
public:
    void add(const QString& file, qint64 line, const QString& column, const Refusal& refusal)
    {
        if (m_count++ < PackageImporter::MaximumReportedErrors) {
            const QString where = Text::tr("%1, line %2, column %3: ").arg(file).arg(line).arg(column);
            m_first << where + (refusal.ruleWithValue.isEmpty() ? refusal.rule : refusal.ruleWithValue);
            m_firstWithoutValues << where + refusal.rule;
        }
        if (m_count >= errorLimit)
            throwIfAny();
    }
    void throwIfAny() const
    {
        if (m_count == 0)
            return;
        QString summary = Text::tr("the package was refused: %n error(s)", nullptr, static_cast<int>(m_count));
        if (m_count > m_first.size())
            summary += Text::tr(" (the first %1 follow)").arg(m_first.size());
        summary += QLatin1Char('\n');
        throw RowsRefused(summary + m_first.join(QLatin1Char('\n')),
                          summary + m_firstWithoutValues.join(QLatin1Char('\n')));
    }

private:
    qint64 m_count = 0;
    QStringList m_first;
    QStringList m_firstWithoutValues;
};

// A refused value, for the person importing. Long digit runs are withheld: a mistyped NIR or
// phone number is not caught by the scanner but is still personal data, and error messages end
// up in logs and tickets.
QString quoted(std::string_view value)
{
    if (std::count_if(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; }) >= 9)
        return Text::tr("(value withheld: it holds a long number)");
    return QLatin1Char('\'') +
           QString::fromUtf8(value.data(), static_cast<qsizetype>(std::min<std::size_t>(value.size(), 40))) +
           QLatin1Char('\'');
}

// Writes finished chunks on a second thread while the first parses the next ones: parsing and
// validating cost about as much as storing and encrypting, and the machine has two cores. The
// writer alone touches the database during the run; the connection is opened in SQLite's
// serialized mode.
class ChunkWriter
{
public:
    struct Chunk
    {
        int index = 0;
        int rows = 0;
        std::vector<std::string> columns; // the rows' values, wiped when the chunk is dropped
        std::vector<std::pair<std::uint32_t, std::array<unsigned char, Sha256Size>>> beneficiaries;

        Chunk() = default;
        Chunk(Chunk&&) = default;
        Chunk& operator=(Chunk&&) = default;
        ~Chunk()
        {
            for (std::string& column : columns)
                wipe(column);
        }
    };

    ChunkWriter(Database& db, QString packageId, std::vector<std::pair<QString, Encoding>> columns)
        : m_packageId(std::move(packageId))
        , m_columns(std::move(columns))
        , m_insertChunk(db.prepare("INSERT INTO dataset_chunks(package, chunk, column_name, rows, encoding, data) "
                                   "VALUES(?, ?, ?, ?, ?, ?)"))
        , m_insertBeneficiary(db.prepare("INSERT INTO beneficiaries(id, pseudonym) VALUES(?, ?)"))
        , m_thread([this] { run(); })
    {}

    // Stops without finishing: the caller's transaction rolls back whatever was written.
    ~ChunkWriter()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_closed = true;
            m_queue.clear();
        }
        m_wake.notify_all();
        if (m_thread.joinable())
            m_thread.join();
    }

    void submit(Chunk chunk)
    {
        std::unique_lock lock(m_mutex);
        // Two chunks in flight at most: memory stays flat whatever the file size.
        m_room.wait(lock, [this] { return m_queue.size() < 2 || m_failure; });
        if (m_failure)
            std::rethrow_exception(m_failure);
        m_queue.push_back(std::move(chunk));
        m_wake.notify_one();
    }

    // Waits until every chunk is written; rethrows the writer's error, if any.
    void finish()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_closed = true;
        }
        m_wake.notify_all();
        m_thread.join();
        if (m_failure)
            std::rethrow_exception(m_failure);
    }

private:
    void run()
    {
        for (;;) {
            Chunk chunk;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return !m_queue.empty() || m_closed; });
                if (m_queue.empty())
                    return;
                chunk = std::move(m_queue.front());
                m_queue.pop_front();
            }
            m_room.notify_one();
            try {
                write(chunk);
            } catch (...) {
                const std::lock_guard lock(m_mutex);
                m_failure = std::current_exception();
                m_queue.clear();
                m_room.notify_all();
                return;
            }
        }
    }

    void write(const Chunk& chunk)
    {
        for (const auto& [id, mac] : chunk.beneficiaries) {
            m_insertBeneficiary.bind(1, static_cast<qint64>(id))
                .bindBlobNoCopy(2, QByteArrayView(mac.data(), static_cast<qsizetype>(mac.size())))
                .run();
            m_insertBeneficiary.reset();
        }
        for (std::size_t i = 0; i < m_columns.size(); ++i) {
            const std::string& data = chunk.columns[i];
            m_insertChunk.bind(1, m_packageId)
                .bind(2, static_cast<qint64>(chunk.index))
                .bind(3, m_columns[i].first)
                .bind(4, static_cast<qint64>(chunk.rows))
                .bind(5, static_cast<qint64>(m_columns[i].second))
                .bindBlobNoCopy(6, QByteArrayView(data.data(), static_cast<qsizetype>(data.size())))
                .run();
            m_insertChunk.reset();
        }
    }

    QString m_packageId;
    std::vector<std::pair<QString, Encoding>> m_columns;
    Statement m_insertChunk;
    Statement m_insertBeneficiary;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_room;
    std::deque<Chunk> m_queue;
    bool m_closed = false;
    std::exception_ptr m_failure;
    std::thread m_thread; // last: started once everything above exists
};

// The running import: beneficiaries, column buffers, chunk writes.
class ImportRun
{
public:
    // The vault's database and its pseudonym key come from the importer, which required
    // ImportData first.
    ImportRun(Database& db, SecureBuffer pseudonymKey, const DatasetSchema& schema, const QString& packageId)
        : m_db(db)
        , m_schema(schema)
        , m_packageId(packageId)
        , m_pseudonymKey(std::move(pseudonymKey))
    {
        Statement existing = m_db.prepare("SELECT id, pseudonym FROM beneficiaries");
        while (existing.step()) {
            const QByteArray key = existing.blob(1);
            m_byVaultPseudonym.emplace(std::string(key.constData(), static_cast<std::size_t>(key.size())),
                                       static_cast<std::uint32_t>(existing.int64(0)));
        }
        m_nextBeneficiary =
            static_cast<std::uint32_t>(m_db.queryInt("SELECT coalesce(max(id), 0) + 1 FROM beneficiaries"));
        for (const ColumnSpec& spec : schema.columns) {
            ColumnWriter writer{&spec, nullptr, Encoding::Int32, {}};
            switch (spec.type) {
            case ColumnType::Pseudonym:
                writer.encoding = Encoding::UInt32;
                break;
            case ColumnType::Code:
                writer.codes = &CodeList::builtin(spec.codeList);
                writer.encoding = writer.codes->size() <= MaxUInt8Codes ? Encoding::UInt8 : Encoding::UInt16;
                break;
            case ColumnType::CommuneCode:
                writer.encoding = Encoding::Fixed5;
                break;
            case ColumnType::Year:
                writer.encoding = Encoding::Int16;
                break;
            case ColumnType::Integer:
            case ColumnType::Amount:
                writer.encoding = fitsInt32(spec) ? Encoding::Int32 : Encoding::Int64;
                break;
            case ColumnType::Date:
                writer.encoding = Encoding::Int32;
                break;
            }
            // Room for a whole chunk: a buffer that grew would leave its old copy of the values.
            writer.buffer.reserve(static_cast<std::size_t>(ChunkRows * widthOf(writer.encoding)));
            m_columns.push_back(std::move(writer));
        }
        std::size_t offset = 0;
        for (const ColumnWriter& column : m_columns) {
            m_offsets.push_back(offset);
            offset += static_cast<std::size_t>(widthOf(column.encoding));
        }
        m_scratch.reserve(offset);
        m_careDate = m_schema.columnIndex(m_schema.careDateColumn());
        m_lastPseudonym.reserve(maximumPseudonym);
        addDerivedWriters();
        std::vector<std::pair<QString, Encoding>> layout;
        for (const ColumnWriter& column : m_columns)
            layout.emplace_back(column.spec->name, column.encoding);
        for (const DerivedWriter& derived : m_derived)
            layout.emplace_back(derived.name, derived.encoding);
        m_writer = std::make_unique<ChunkWriter>(m_db, m_packageId, std::move(layout));
    }

    qint64 newBeneficiaries() const { return m_newBeneficiaries; }

    // The earliest and latest care date of the rows imported (days since 1970-01-01); nothing
    // when the dataset has no care date or no row holds one.
    std::optional<std::pair<std::int32_t, std::int32_t>> carePeriod() const
    {
        if (m_careFirst > m_careLast)
            return std::nullopt;
        return std::pair{m_careFirst, m_careLast};
    }

    void readFile(QIODevice& device, const QString& source, const PackageFile& file, ErrorLog& errors, qint64& rowsDone,
                  const std::function<void()>& tick)
    {
        Sha256 hash;
        CsvReader reader(device, source, &hash);
        reader.nameColumns(columnNames());
        std::vector<std::string_view> fields;
        const std::optional<std::size_t> mismatch = reader.next(fields) ? headerMismatch(fields) : 0;
        if (mismatch)
            throw Error(ErrorKind::InvalidInput,
                        Text::tr("%1, line 1, column %2: the header must be %3")
                            .arg(source, reader.columnLabel(*mismatch), columnNames().join(QLatin1Char(','))));
        qint64 rows = 0;
        while (reader.next(fields)) {
            ++rows;
            if (fields.size() != m_columns.size()) {
                // Names the first column missing, or the first one too many.
                const QString rule =
                    Text::tr("%1 fields where the schema has %2").arg(fields.size()).arg(m_columns.size());
                errors.add(source, reader.line(), reader.columnLabel(std::min(fields.size(), m_columns.size())),
                           {rule, {}});
                continue;
            }
            addRow(fields, source, reader.line(), errors);
            if (++rowsDone % progressEvery == 0)
                tick();
        }
        // The bytes parsed must be the bytes whose digest was signed, even if the file changed
        // between verification and reading.
        if (!constantTimeEquals(hash.result(), file.sha256))
            throw Error(ErrorKind::Integrity, Text::tr("%1 changed while it was being imported").arg(source));
        if (rows != file.rows)
            throw Error(ErrorKind::InvalidInput,
                        Text::tr("%1 holds %2 rows, the signed manifest says %3").arg(source).arg(rows).arg(file.rows));
    }

    void finish()
    {
        flushChunk();
        m_writer->finish();
    }

    // The producer's pseudonyms and the rows' values are wiped when the run ends, however it ends.
    ~ImportRun()
    {
        m_writer.reset(); // stops the writer thread first: it may still be reading chunks
        wipeKeys(m_byProducerPseudonym);
        wipe(m_lastPseudonym);
        wipe(m_scratch);
        for (ColumnWriter& column : m_columns)
            wipe(column.buffer);
        for (DerivedWriter& derived : m_derived)
            wipe(derived.buffer);
    }
    ImportRun(const ImportRun&) = delete;
    ImportRun& operator=(const ImportRun&) = delete;

private:
    // The derived dimensions this importer knows how to compute, when the schema declares them
    // over columns of the encodings expected; the engine derives any other on load.
    void addDerivedWriters()
    {
        m_regions = &CodeMapping::regionOfDepartment(); // once: the lookup by name is not for every row
        for (const DerivedDimension& dimension : m_schema.derived) {
            DerivedWriter writer;
            writer.name = dimension.name;
            std::vector<ColumnType> expected;
            if (dimension.name == QStringLiteral("AGE_BEN_SNDS")) {
                writer.kind = DerivedWriter::Kind::AgeBand;
                expected = {ColumnType::Year, ColumnType::Date};
            } else if (dimension.name == QStringLiteral("BEN_RES_REG")) {
                writer.kind = DerivedWriter::Kind::Region;
                expected = {ColumnType::Code};
            } else if (dimension.name == QStringLiteral("ANNEE")) {
                writer.kind = DerivedWriter::Kind::Year;
                writer.encoding = Encoding::Int16;
                expected = {ColumnType::Date};
            } else if (dimension.name == QStringLiteral("MOIS")) {
                writer.kind = DerivedWriter::Kind::Month;
                expected = {ColumnType::Date};
            } else {
                continue;
            }
            if (dimension.from.size() != static_cast<qsizetype>(expected.size()))
                continue;
            bool usable = true;
            for (std::size_t i = 0; i < expected.size() && usable; ++i) {
                const int index = m_schema.columnIndex(dimension.from[static_cast<qsizetype>(i)]);
                usable = index >= 0 && m_schema.columns[static_cast<std::size_t>(index)].type == expected[i];
                if (usable)
                    writer.sources.push_back(static_cast<std::size_t>(index));
            }
            if (writer.kind == DerivedWriter::Kind::Region && usable)
                usable = m_columns[writer.sources[0]].codes == &CodeMapping::regionOfDepartment().from();
            if (!usable)
                continue;
            writer.buffer.reserve(static_cast<std::size_t>(ChunkRows * widthOf(writer.encoding)));
            m_derived.push_back(std::move(writer));
        }
    }

    template <typename T> T staged(std::size_t column) const
    {
        T value;
        std::memcpy(&value, m_scratch.data() + m_offsets[column], sizeof(T));
        return value;
    }

    int stagedCode(std::size_t column) const
    {
        if (m_columns[column].encoding == Encoding::UInt8) {
            const auto code = staged<std::uint8_t>(column);
            return code == NullCode8 ? -1 : code;
        }
        const auto code = staged<std::uint16_t>(column);
        return code == NullCode ? -1 : code;
    }

    // Appends the derived values of the row just staged; an empty source gives an empty value.
    void addDerivedValues()
    {
        for (DerivedWriter& derived : m_derived) {
            switch (derived.kind) {
            case DerivedWriter::Kind::AgeBand: {
                const auto birth = staged<std::int16_t>(derived.sources[0]);
                const auto day = staged<std::int32_t>(derived.sources[1]);
                const int band = birth == NullInt16 || day == NullInt32
                                     ? -1
                                     : DerivedValues::ageBandIndex(birth, DerivedValues::yearMonthOfDay(day).year);
                put(derived.buffer, band < 0 ? NullCode8 : static_cast<std::uint8_t>(band));
                break;
            }
            case DerivedWriter::Kind::Region: {
                const int region = m_regions->map(stagedCode(derived.sources[0]));
                put(derived.buffer, region < 0 ? NullCode8 : static_cast<std::uint8_t>(region));
                break;
            }
            case DerivedWriter::Kind::Year: {
                const auto day = staged<std::int32_t>(derived.sources[0]);
                put(derived.buffer,
                    day == NullInt32 ? NullInt16 : static_cast<std::int16_t>(DerivedValues::yearMonthOfDay(day).year));
                break;
            }
            case DerivedWriter::Kind::Month: {
                const auto day = staged<std::int32_t>(derived.sources[0]);
                put(derived.buffer,
                    day == NullInt32 ? NullCode8 : static_cast<std::uint8_t>(DerivedValues::yearMonthOfDay(day).month));
                break;
            }
            }
        }
    }

    QStringList columnNames() const
    {
        QStringList names;
        for (const ColumnWriter& column : m_columns)
            names << column.spec->name;
        return names;
    }

    // The first header field that differs from the schema's column there, a missing or an extra
    // one included; none when the header is the schema's.
    std::optional<std::size_t> headerMismatch(const std::vector<std::string_view>& fields) const
    {
        const std::size_t common = std::min(fields.size(), m_columns.size());
        for (std::size_t i = 0; i < common; ++i) {
            if (QLatin1String(fields[i].data(), static_cast<qsizetype>(fields[i].size())) != m_columns[i].spec->name)
                return i;
        }
        if (fields.size() == m_columns.size())
            return std::nullopt;
        return common;
    }

    std::uint32_t beneficiaryId(std::string_view producerPseudonym)
    {
        // Claims files usually hold a person's rows together: the last one answers most rows.
        if (producerPseudonym == m_lastPseudonym)
            return m_lastBeneficiary;
        m_lastPseudonym.assign(producerPseudonym);
        if (const auto found = m_byProducerPseudonym.find(producerPseudonym); found != m_byProducerPseudonym.end())
            return m_lastBeneficiary = found->second;
        // Keyed again under this vault's secret: the cache never holds the producer's pseudonym,
        // and two vaults' pseudonyms for one person differ.
        unsigned char mac[Sha256Size];
        m_pseudonymKey.compute(
            QByteArrayView(producerPseudonym.data(), static_cast<qsizetype>(producerPseudonym.size())), mac);
        const std::string vaultPseudonym(reinterpret_cast<const char*>(mac), Sha256Size);
        std::uint32_t id = 0;
        if (const auto found = m_byVaultPseudonym.find(vaultPseudonym); found != m_byVaultPseudonym.end()) {
            id = found->second;
        } else {
            id = m_nextBeneficiary++;
            m_pending.beneficiaries.emplace_back(id, std::array<unsigned char, Sha256Size>{});
            std::copy_n(mac, Sha256Size, m_pending.beneficiaries.back().second.begin());
            m_byVaultPseudonym.emplace(vaultPseudonym, id);
            ++m_newBeneficiaries;
        }
        m_byProducerPseudonym.emplace(m_lastPseudonym, id);
        return m_lastBeneficiary = id;
    }

    void addRow(const std::vector<std::string_view>& fields, const QString& file, qint64 line, ErrorLog& errors)
    {
        // Check the whole row first, so a refused row leaves no half-written values.
        for (std::size_t i = 0; i < fields.size(); ++i) {
            const IdentifierKind kind = IdentifierScanner::scan(fields[i]);
            if (kind != IdentifierKind::None) {
                // The value is not repeated in the message: it may be the very identifier.
                errors.add(
                    file, line, m_columns[i].spec->name,
                    {Text::tr("the value looks like a direct identifier (%1)").arg(identifierKindName(kind)), {}});
                return;
            }
        }
        m_scratch.clear();
        for (std::size_t i = 0; i < fields.size(); ++i) {
            if (const Refusal refusal = encode(m_columns[i], fields[i], m_scratch)) {
                errors.add(file, line, m_columns[i].spec->name, refusal);
                return;
            }
        }
        addDerivedValues();
        if (m_careDate >= 0) {
            const auto day = staged<std::int32_t>(static_cast<std::size_t>(m_careDate));
            if (day != NullInt32) {
                m_careFirst = std::min(m_careFirst, day);
                m_careLast = std::max(m_careLast, day);
            }
        }
        // Append the staged values to their columns.
        std::size_t offset = 0;
        for (ColumnWriter& column : m_columns) {
            const auto width = static_cast<std::size_t>(widthOf(column.encoding));
            column.buffer.append(m_scratch, offset, width);
            offset += width;
        }
        if (++m_chunkRows == ChunkRows)
            flushChunk();
    }

    // Validates one field and appends its encoding to out; returns the broken rule, or nothing.
    Refusal encode(ColumnWriter& column, std::string_view field, std::string& out)
    {
        const ColumnSpec& spec = *column.spec;
        if (field.empty()) {
            if (spec.required)
                return {Text::tr("a value is required"), {}};
            switch (column.encoding) {
            case Encoding::UInt16:
                put(out, NullCode);
                break;
            case Encoding::UInt8:
                put(out, NullCode8);
                break;
            case Encoding::Int16:
                put(out, NullInt16);
                break;
            case Encoding::Fixed5:
                out.append(5, '\0');
                break;
            case Encoding::Int64:
                put(out, NullInt64);
                break;
            default:
                put(out, NullInt32);
            }
            return {};
        }
        switch (spec.type) {
        case ColumnType::Pseudonym:
            if (!isPseudonym(field))
                return {Text::tr("not a pseudonym (8 to 128 letters and digits)"), {}};
            put(out, beneficiaryId(field));
            return {};
        case ColumnType::Code: {
            const int index = column.codes->indexOf(field);
            if (index < 0)
                return {Text::tr("the value is not in the code list %1").arg(spec.codeList),
                        Text::tr("value %1 is not in the code list %2").arg(quoted(field), spec.codeList)};
            if (column.encoding == Encoding::UInt8)
                put(out, static_cast<std::uint8_t>(index));
            else
                put(out, static_cast<std::uint16_t>(index));
            return {};
        }
        case ColumnType::CommuneCode:
            if (!isCommuneCode(field))
                return {Text::tr("the value is not a commune code"),
                        Text::tr("value %1 is not a commune code").arg(quoted(field))};
            out.append(field.data(), 5);
            return {};
        case ColumnType::Integer:
        case ColumnType::Year: {
            const auto value = FieldParsers::integer(field);
            if (!value || *value < spec.minimum || *value > spec.maximum)
                return {Text::tr("the value is not a whole number from %1 to %2").arg(spec.minimum).arg(spec.maximum),
                        Text::tr("value %1 is not a whole number from %2 to %3")
                            .arg(quoted(field))
                            .arg(spec.minimum)
                            .arg(spec.maximum)};
            if (column.encoding == Encoding::Int16)
                put(out, static_cast<std::int16_t>(*value));
            else if (column.encoding == Encoding::Int64)
                put(out, *value);
            else
                put(out, static_cast<std::int32_t>(*value));
            return {};
        }
        case ColumnType::Amount: {
            const auto cents = FieldParsers::amountInCents(field);
            if (!cents || *cents < spec.minimum || *cents > spec.maximum)
                return {Text::tr("the value is not an amount in euros (at most 2 decimals) within the allowed range"),
                        Text::tr("value %1 is not an amount in euros (at most 2 decimals) within the allowed range")
                            .arg(quoted(field))};
            if (column.encoding == Encoding::Int64)
                put(out, *cents);
            else
                put(out, static_cast<std::int32_t>(*cents));
            return {};
        }
        case ColumnType::Date: {
            const auto days = FieldParsers::daysSinceEpoch(field);
            const auto earliest = static_cast<std::int64_t>(QDate(1970, 1, 1).daysTo(spec.earliest));
            const auto latest = static_cast<std::int64_t>(QDate(1970, 1, 1).daysTo(spec.latest));
            if (!days || *days < earliest || *days > latest)
                return {
                    Text::tr("the value is not a date (YYYY-MM-DD) from %1 to %2")
                        .arg(spec.earliest.toString(Qt::ISODate), spec.latest.toString(Qt::ISODate)),
                    Text::tr("value %1 is not a date (YYYY-MM-DD) from %2 to %3")
                        .arg(quoted(field), spec.earliest.toString(Qt::ISODate), spec.latest.toString(Qt::ISODate))};
            put(out, *days);
            return {};
        }
        }
        return {Text::tr("unsupported column type"), {}};
    }

    void flushChunk()
    {
        if (m_chunkRows == 0 && m_pending.beneficiaries.empty())
            return;
        m_pending.index = m_chunk++;
        m_pending.rows = m_chunkRows;
        m_pending.columns.reserve(m_columns.size() + m_derived.size());
        for (ColumnWriter& column : m_columns) {
            m_pending.columns.push_back(std::move(column.buffer));
            column.buffer = std::string();
            column.buffer.reserve(static_cast<std::size_t>(ChunkRows * widthOf(column.encoding)));
        }
        for (DerivedWriter& derived : m_derived) {
            m_pending.columns.push_back(std::move(derived.buffer));
            derived.buffer = std::string();
            derived.buffer.reserve(static_cast<std::size_t>(ChunkRows * widthOf(derived.encoding)));
        }
        m_writer->submit(std::move(m_pending));
        m_pending = {};
        m_chunkRows = 0;
    }

    Database& m_db;
    const DatasetSchema& m_schema;
    QString m_packageId;
    HmacSha256 m_pseudonymKey;
    std::vector<ColumnWriter> m_columns;
    std::vector<std::size_t> m_offsets; // of each column's value in m_scratch
    std::vector<DerivedWriter> m_derived;
    const CodeMapping* m_regions = nullptr;
    ChunkWriter::Chunk m_pending;
    std::unique_ptr<ChunkWriter> m_writer; // destroyed first: stops writing before any rollback
    std::string m_scratch;
    PseudonymMap m_byProducerPseudonym;
    PseudonymMap m_byVaultPseudonym;
    std::string m_lastPseudonym;
    std::uint32_t m_lastBeneficiary = 0;
    std::uint32_t m_nextBeneficiary = 1;
    qint64 m_newBeneficiaries = 0;
    int m_chunkRows = 0;
    int m_chunk = 0;
    int m_careDate = -1; // the care date's column, or -1
    std::int32_t m_careFirst = std::numeric_limits<std::int32_t>::max();
    std::int32_t m_careLast = std::numeric_limits<std::int32_t>::min();
};

} // namespace

PackageImporter::PackageImporter(Vault& vault)
    : m_vault(vault)
{}

void PackageImporter::auditRefusal(AuditTrail& audit, const QString& packageFolder, const QString& reason) const
{
    audit.append(m_vault.currentUser(), QStringLiteral("package.import-refused"), packageFolder,
                 {{QStringLiteral("reason"), reason.left(2000)}});
}

ImportResult PackageImporter::import(const QString& packageFolder, const Progress& progress)
{
    m_vault.require(Action::ImportData);
    QElapsedTimer clock;
    clock.start();
    AuditTrail& audit = m_vault.audit(VaultCapability());
    try {
        const VerifiedPackage package = DataPackage::verify(packageFolder, m_vault.trustedProducerKeys());
        const PackageManifest& manifest = package.manifest;
        const DatasetSchema* schema = Catalogue::builtin().dataset(manifest.dataset);
        if (!schema)
            throw Error(ErrorKind::InvalidInput, Text::tr("unknown dataset '%1'").arg(manifest.dataset));
        if (schema->version != manifest.schemaVersion)
            throw Error(ErrorKind::InvalidInput,
                        Text::tr("the package follows version %1 of the %2 schema; this Écluse "
                                 "reads version %3")
                            .arg(manifest.schemaVersion)
                            .arg(manifest.dataset)
                            .arg(schema->version));
        if (manifest.retainUntil < m_vault.now().date())
            throw Error(
                ErrorKind::InvalidInput,
                Text::tr("the package's retention ended on %1").arg(manifest.retainUntil.toString(Qt::ISODate)));
        const DatasetStore store(m_vault, VaultCapability());
        if (const auto previous = store.package(manifest.id))
            throw Error(ErrorKind::InvalidInput,
                        Text::tr("package %1 was already imported on %2 by %3")
                            .arg(manifest.id, previous->importedUtc.toString(Qt::ISODate), previous->importedBy));

        Database& db = m_vault.database(VaultCapability());
        Transaction transaction(db);
        ImportRun run(db, m_vault.deriveKey(VaultCapability(), "ecluse pseudonym v1"), *schema, manifest.id);
        ErrorLog errors;
        qint64 rowsDone = 0;
        const auto tick = [&] {
            if (progress && !progress({rowsDone, manifest.totalRows(), rate(rowsDone, clock)}))
                throw Error(ErrorKind::Other, Text::tr("import cancelled: nothing was kept"));
        };
        for (const PackageFile& file : manifest.files)
            run.readFile(*package.open(file), package.describe(file), file, errors, rowsDone, tick);
        errors.throwIfAny();
        run.finish();

        Statement insert =
            db.prepare("INSERT INTO packages(id, dataset, schema_version, producer, signer, created_utc, "
                       "retain_until, imported_utc, imported_by, rows, manifest, care_first_day, care_last_day) "
                       "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        insert.bind(1, manifest.id)
            .bind(2, manifest.dataset)
            .bind(3, manifest.schemaVersion)
            .bind(4, manifest.producer)
            .bindBlob(5, package.signerKey)
            .bind(6, manifest.created.toUTC().toString(Qt::ISODate))
            .bind(7, manifest.retainUntil.toString(Qt::ISODate))
            .bind(8, m_vault.now().toString(Qt::ISODate))
            .bind(9, m_vault.currentUser())
            .bind(10, rowsDone)
            .bindBlob(11, manifest.toJson());
        if (const auto period = run.carePeriod()) {
            insert.bind(12, static_cast<qint64>(period->first));
            insert.bind(13, static_cast<qint64>(period->second));
        } else {
            insert.bindNull(12);
            insert.bindNull(13);
        }
        insert.run();
        QJsonArray files;
        for (const PackageFile& file : manifest.files)
            files.append(QJsonObject{{QStringLiteral("name"), file.name},
                                     {QStringLiteral("sha256"), QString::fromLatin1(file.sha256.toHex())}});
        audit.append(m_vault.currentUser(), QStringLiteral("package.import"), manifest.id,
                     {{QStringLiteral("dataset"), manifest.dataset},
                      {QStringLiteral("producer"), manifest.producer},
                      {QStringLiteral("signer"), keyFingerprint(package.signerKey)},
                      {QStringLiteral("rows"), rowsDone},
                      {QStringLiteral("files"), files}},
                     AuditTrail::Witnessing::Deferred);
        transaction.commit();
        audit.witnessHead();
        if (progress)
            progress({rowsDone, manifest.totalRows(), rate(rowsDone, clock)});
        return {manifest.id, manifest.dataset, rowsDone, run.newBeneficiaries(),
                static_cast<double>(clock.nsecsElapsed()) / 1e9};
    } catch (const RowsRefused& refusal) {
        // After the rollback: the refusal is recorded even though nothing else was kept, without
        // the values the person importing was shown.
        auditRefusal(audit, packageFolder, refusal.withoutValues());
        throw;
    } catch (const Error& error) {
        auditRefusal(audit, packageFolder, error.message());
        throw;
    }
}

} // namespace ecluse
