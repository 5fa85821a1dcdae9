#include "ExtractSelection.h"

#include "common/Error.h"
#include "crypto/Digest.h"
#include "crypto/SecureBuffer.h"
#include "crypto/Wipe.h"
#include "data/ColumnChunk.h"
#include "storage/Database.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>
#include <limits>
#include <optional>

namespace ecluse {
namespace {

// This file's messages, under the "ExtractSelection" context that lupdate files them in too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ExtractSelection)
};

std::int32_t dayNumber(const QDate& date)
{
    return static_cast<std::int32_t>(QDate(1970, 1, 1).daysTo(date));
}

void appendNumber(std::string& out, std::int64_t value)
{
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, result.ptr);
}

// Cents as the producer wrote them: "-12.05", "3.00".
void appendAmount(std::string& out, std::int64_t cents)
{
    if (cents < 0)
        out += '-';
    // The magnitude as unsigned: INT64_MIN is the empty marker, never an amount, but stay exact.
    const std::uint64_t magnitude =
        cents < 0 ? std::uint64_t{0} - static_cast<std::uint64_t>(cents) : static_cast<std::uint64_t>(cents);
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, magnitude / 100);
    out.append(buffer, result.ptr);
    out += '.';
    out += static_cast<char>('0' + magnitude % 100 / 10);
    out += static_cast<char>('0' + magnitude % 10);
}

// YYYY-MM-DD, written in place: no temporary string holds the date.
void appendDate(std::string& out, std::int64_t day)
{
    int year = 0;
    int month = 0;
    int dayOfMonth = 0;
    QDate(1970, 1, 1).addDays(day).getDate(&year, &month, &dayOfMonth);
    char buffer[16];
    const int length = std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, dayOfMonth);
    out.append(buffer, static_cast<std::size_t>(std::clamp(length, 0, static_cast<int>(sizeof buffer) - 1)));
}

// The widest a value of the column can be written, for reserving the output once.
std::size_t widestValue(const ColumnSpec& spec, const std::vector<QByteArray>& codes)
{
    switch (spec.type) {
    case ColumnType::Pseudonym:
        return 2 * Sha256Size;
    case ColumnType::Code: {
        std::size_t widest = 0;
        for (const QByteArray& code : codes)
            widest = std::max(widest, static_cast<std::size_t>(code.size()) * 2 + 2); // quoted at worst
        return widest;
    }
    case ColumnType::CommuneCode:
        return 5;
    case ColumnType::Date:
        return 12;
    default:
        return 24;
    }
}

void appendField(std::string& out, const QByteArray& text)
{
    const bool quote = text.contains(',') || text.contains('"') || text.contains('\n') || text.contains('\r');
    if (!quote) {
        out.append(text.constData(), static_cast<std::size_t>(text.size()));
        return;
    }
    out += '"';
    for (const char c : text) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

// One requested column, loaded, with how to write its values.
struct OutputColumn
{
    const ColumnSpec* spec = nullptr;
    engine::Column column;
    std::vector<QByteArray> codes; // Code: category index -> code, UTF-8
};

} // namespace

const ColumnSpec* extractPeriodColumn(const DatasetSchema& schema)
{
    const ColumnSpec* first = nullptr;
    for (const ColumnSpec& column : schema.columns) {
        if (column.type != ColumnType::Date)
            continue;
        if (column.potentialIdentifier == PotentialIdentifier::CareDate)
            return &column;
        if (!first)
            first = &column;
    }
    return first;
}

ExtractSelection::ExtractSelection(Database& db, const DatasetSchema& schema, const ExtractSpec& spec)
    : m_db(db)
    , m_schema(schema)
    , m_spec(spec)
{
    engine::ColumnLoader loader(db, nullptr, schema, nullptr, {});
    m_rows = loader.loadRows(engine::packageSignature(db, schema.name));
    const auto rows = static_cast<std::size_t>(m_rows.rows);
    std::vector<std::uint8_t> keep(rows, 1);

    const auto keepDays = [&](const QString& column, const std::optional<QDate>& from, const std::optional<QDate>& to) {
        const engine::Column days = loader.loadDays(m_rows, column);
        const std::int32_t first = from ? dayNumber(*from) : std::numeric_limits<std::int32_t>::min() + 1;
        const std::int32_t last = to ? dayNumber(*to) : std::numeric_limits<std::int32_t>::max();
        for (std::size_t row = 0; row < rows; ++row) {
            const std::int32_t day = days.days[row];
            keep[row] &= static_cast<std::uint8_t>(day != ColumnChunk::NullInt32 && day >= first && day <= last);
        }
    };
    for (const Filter& filter : spec.filters) {
        if (filter.isDateRange()) {
            keepDays(filter.column, filter.from, filter.to);
            continue;
        }
        const engine::Column dimension = loader.loadDimension(m_rows, filter.column);
        std::vector<std::uint8_t> allowed(std::size_t{engine::NoCategory} + 1, 0);
        // As the engine reads a filter: values the data does not hold simply match nothing.
        for (const QString& value : filter.values) {
            const qsizetype index = dimension.categoryCodes.indexOf(value);
            if (index >= 0)
                allowed[static_cast<std::size_t>(index)] = 1;
        }
        for (std::size_t row = 0; row < rows; ++row)
            keep[row] &= allowed[dimension.codes[row]];
    }
    if (const ColumnSpec* period = extractPeriodColumn(schema))
        keepDays(period->name, spec.periodFrom, spec.periodTo);

    for (std::size_t row = 0; row < rows; ++row) {
        if (keep[row])
            m_kept.push_back(static_cast<std::uint32_t>(row));
    }
    if (m_rows.unitsAreRows) {
        m_beneficiaries = m_kept;
        return;
    }
    // Units are numbered by ascending beneficiary number, and their rows are contiguous.
    const std::size_t units = m_rows.runStart.size() - 1;
    auto kept = m_kept.begin();
    for (std::size_t unit = 0; unit < units && kept != m_kept.end(); ++unit) {
        if (*kept >= m_rows.runStart[unit + 1])
            continue;
        m_beneficiaries.push_back(m_rows.unitId[unit]);
        kept = std::lower_bound(kept, m_kept.end(), m_rows.runStart[unit + 1]);
    }
}

std::string ExtractSelection::csv(const SecureBuffer& projectKey, const QString& watermark) const
{
    engine::ColumnLoader loader(m_db, nullptr, m_schema, nullptr, {});
    std::vector<OutputColumn> columns;
    for (const QString& name : m_spec.columns) {
        OutputColumn out;
        out.spec = m_schema.column(name);
        if (!out.spec)
            throw Error(ErrorKind::Integrity, Text::tr("%1 is not a column of %2").arg(name, m_schema.name));
        if (out.spec->type == ColumnType::Code) {
            out.column = loader.loadDimension(m_rows, name);
            for (const QString& code : std::as_const(out.column.categoryCodes))
                out.codes.push_back(code.toUtf8());
        } else if (out.spec->type != ColumnType::Pseudonym) {
            out.column = loader.loadStored(m_rows, name);
        }
        columns.push_back(std::move(out));
    }

    // Each unit with rows in the extract, under its project pseudonym; units in pseudonym order,
    // so that the order of the rows says nothing of the order in which the vault met them.
    struct Unit
    {
        std::array<unsigned char, Sha256Size> pseudonym{};
        std::uint32_t first = 0; // range in m_kept
        std::uint32_t end = 0;
    };
    std::vector<Unit> units;
    if (m_rows.unitsAreRows) {
        for (std::uint32_t i = 0; i < m_kept.size(); ++i)
            units.push_back({{}, i, i + 1});
    } else {
        HmacSha256 mac(projectKey);
        Statement select = m_db.prepare("SELECT pseudonym FROM beneficiaries WHERE id = ?");
        const std::size_t unitCount = m_rows.runStart.size() - 1;
        std::uint32_t k = 0;
        for (std::size_t unit = 0; unit < unitCount && k < m_kept.size(); ++unit) {
            if (m_kept[k] >= m_rows.runStart[unit + 1])
                continue;
            Unit out;
            out.first = k;
            while (k < m_kept.size() && m_kept[k] < m_rows.runStart[unit + 1])
                ++k;
            out.end = k;
            select.reset();
            select.bind(1, static_cast<qint64>(m_rows.unitId[unit]));
            if (!select.step())
                throw Error(ErrorKind::Integrity, Text::tr("beneficiary %1 of %2 has no pseudonym in the vault")
                                                      .arg(m_rows.unitId[unit])
                                                      .arg(m_schema.name));
            QByteArray vaultPseudonym = select.blob(0);
            mac.compute(vaultPseudonym, out.pseudonym.data());
            wipe(vaultPseudonym);
            units.push_back(out);
        }
        std::sort(units.begin(), units.end(), [](const Unit& a, const Unit& b) { return a.pseudonym < b.pseudonym; });
    }

    // Reserved once: a string that grows frees copies of the rows that nothing would wipe.
    std::size_t rowWidth = 1;
    std::size_t headerWidth = 1;
    for (const OutputColumn& column : columns) {
        rowWidth += widestValue(*column.spec, column.codes) + 1;
        headerWidth += static_cast<std::size_t>(column.spec->name.toUtf8().size()) * 2 + 3;
    }
    std::string out;
    out.reserve(rowWidth * m_kept.size() + headerWidth + static_cast<std::size_t>(watermark.size()) * 4 + 16);
    out += "# ";
    out += watermark.toStdString();
    out += '\n';
    for (std::size_t c = 0; c < columns.size(); ++c) {
        if (c > 0)
            out += ',';
        appendField(out, m_spec.columns[static_cast<qsizetype>(c)].toUtf8());
    }
    out += '\n';
    static constexpr char hexDigits[] = "0123456789abcdef";
    for (Unit& unit : units) {
        for (std::uint32_t k = unit.first; k < unit.end; ++k) {
            const std::uint32_t row = m_kept[k];
            for (std::size_t c = 0; c < columns.size(); ++c) {
                if (c > 0)
                    out += ',';
                const OutputColumn& column = columns[c];
                if (column.spec->type == ColumnType::Pseudonym) {
                    for (const unsigned char byte : unit.pseudonym) {
                        out += hexDigits[byte >> 4];
                        out += hexDigits[byte & 0xF];
                    }
                    continue;
                }
                if (column.spec->type == ColumnType::Code) {
                    const std::uint16_t code = column.column.codes[row];
                    if (code != engine::NoCategory)
                        appendField(out, column.codes.at(code));
                    continue;
                }
                const std::int64_t value = column.column.values[row];
                if (value == ColumnChunk::NullInt64)
                    continue;
                switch (column.spec->type) {
                case ColumnType::Amount:
                    appendAmount(out, value);
                    break;
                case ColumnType::Date:
                    appendDate(out, value);
                    break;
                case ColumnType::CommuneCode:
                    for (int b = 4; b >= 0; --b)
                        out += static_cast<char>((value >> (8 * b)) & 0xFF);
                    break;
                default:
                    appendNumber(out, value);
                    break;
                }
            }
            out += '\n';
        }
        unit.pseudonym.fill(0);
    }
    return out;
}

} // namespace ecluse
