#pragma once

#include "ExtractRequest.h"
#include "aggregate/ColumnStore.h"
#include "data/DatasetSchema.h"

#include <QString>

#include <cstdint>
#include <string>
#include <vector>

namespace ecluse {

class Database;
class SecureBuffer;

// The date column a request's care period applies to: the care date, else the dataset's first
// date column; null for a dataset without dates.
const ColumnSpec* extractPeriodColumn(const DatasetSchema& schema);

// The rows of a dataset an extract spec selects: its filters, with the aggregate engine's reading
// of them (a code among the values, a date within the range), and its care period. The checks
// count them, the overlap check compares their beneficiaries, and the release writes them: one
// definition of "the rows of this request" for all three.
class ExtractSelection
{
public:
    // Reads the dataset's layout and the filtered columns from `db` (the vault's connection).
    ExtractSelection(Database& db, const DatasetSchema& schema, const ExtractSpec& spec);

    qint64 rowCount() const { return static_cast<qint64>(m_kept.size()); }
    // False for a dataset without a pseudonym column (DAMIR, aggregated): its rows are nobody's.
    bool holdsIndividuals() const { return !m_rows.unitsAreRows; }
    // The vault's numbers of the beneficiaries among the rows, ascending, each once; the row
    // positions for a dataset without a pseudonym column (each row its own unit).
    const std::vector<std::uint32_t>& beneficiaries() const { return m_beneficiaries; }

    // The rows as CSV (RFC 4180, UTF-8, "\n"): `watermark` as a first line starting with "# ", the
    // spec's columns as the header, then one line per row, grouped by beneficiary and ordered by
    // project pseudonym. The pseudonym column holds HMAC-SHA256(projectKey, vault pseudonym) in
    // hexadecimal. Values are written back as imported: codes, dates YYYY-MM-DD, amounts with two
    // decimals. The caller wipes the result.
    std::string csv(const SecureBuffer& projectKey, const QString& watermark) const;

private:
    Database& m_db;
    const DatasetSchema& m_schema;
    ExtractSpec m_spec;
    engine::DatasetRows m_rows;
    std::vector<std::uint32_t> m_kept; // rows in memory order (grouped by unit), ascending
    std::vector<std::uint32_t> m_beneficiaries;
};

} // namespace ecluse
