#pragma once

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ecluse {

struct DatasetSchema;

enum class MeasureKind
{
    Beneficiaries, // distinct beneficiaries (exact)
    Records,       // number of rows
    Sum,           // sum of a measure column (quantity, amounts)
};

struct Measure
{
    MeasureKind kind = MeasureKind::Beneficiaries;
    QString column; // Sum only

    // "beneficiaries", "records", or the measure column's name (PRS_PAI_MNT): its sum.
    QString name() const;
    friend bool operator==(const Measure&, const Measure&) = default;
};

// Keeps the rows whose `column` is one of `values`, or, for a date column, falls within
// [from, to] (either end may be open).
struct Filter
{
    QString column;
    QStringList values;
    std::optional<QDate> from;
    std::optional<QDate> to;

    bool isDateRange() const { return values.isEmpty(); }
    friend bool operator==(const Filter&, const Filter&) = default;
};

// Filters as the query's JSON writes them: {"column", "values"} or {"column", "from", "to"} (ISO
// dates, "" for an open end).
QJsonArray filtersToJson(const std::vector<Filter>& filters);

// Checks a filter against the dataset's schema: a known dimension and values of its code list,
// or a date column and a range in order. Throws ErrorKind::Usage naming the filter.
void validateFilter(const DatasetSchema& schema, const Filter& filter);

// One aggregate table: its dataset, up to four dimensions (coded columns or derived ones such as
// AGE_BEN_SNDS), the measures and the filters. Every margin is always computed.
struct AggregateQuery
{
    QString dataset;
    QStringList dimensions;
    std::vector<Measure> measures;
    std::vector<Filter> filters;

    // The canonical form: the audit records it and the query id is derived from it.
    QJsonObject toJson() const;

    // Checks the query against the dataset's schema: known dimensions (at most 4, no repeats),
    // measures and filter columns, filter values that exist in the column's code list, dates in
    // order. Throws ErrorKind::Usage with a message naming the offending part.
    void validate(const DatasetSchema& schema) const;
};

// Parses "--measures" and "--filter" arguments: "beneficiaries,records,PRS_PAI_MNT";
// "BEN_SEX_COD=1,2"; "EXE_SOI_DTD=2024-01-01..2024-06-30" (either side may be empty).
// Throws ErrorKind::Usage.
std::vector<Measure> parseMeasures(const QString& text);
Filter parseFilter(const QString& text);

} // namespace ecluse
