#pragma once

#include "access/Habilitation.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <string_view>
#include <vector>

namespace ecluse {

enum class ColumnType
{
    Pseudonym,   // the beneficiary's pseudonym (BEN_NIR_PSA)
    Code,        // a code of the column's code list
    CommuneCode, // an INSEE commune code: 5 characters, department first ("2A004", "97411")
    Integer,     // within [minimum, maximum]
    Amount,      // euros with at most 2 decimals, held as cents within [minimum, maximum]
    Date,        // within [earliest, latest]
    Year,        // within [minimum, maximum]
};

// "pseudonym", "code", "commune-code", "integer", "amount", "date", "year".
QString columnTypeName(ColumnType type);

// True for a syntactically valid INSEE commune code: 5 characters, the first two a
// metropolitan department ("01".."95" or "2A"/"2B") followed by 3 digits, or "971".."976"
// followed by 2 digits. Says nothing of whether the commune exists.
bool isCommuneCode(std::string_view code) noexcept;

// One column of a dataset's CSV files.
struct ColumnSpec
{
    QString name;  // CSV header, e.g. BEN_SEX_COD
    QString label; // French, for people
    ColumnType type = ColumnType::Integer;
    QString codeList; // for Code: the built-in CodeList that holds its values
    bool required = true;
    qint64 minimum = 0; // Integer and Year; Amount in cents
    qint64 maximum = 0;
    QDate earliest; // Date
    QDate latest;
    bool isDimension = false; // may be grouped by in aggregates
    bool isMeasure = false;   // may be summed in aggregates
    // Which SNDS potential identifier the column carries (a profile may hold at most one).
    PotentialIdentifier potentialIdentifier = PotentialIdentifier::None;
};

// A dimension computed on import from other columns (age band, region, year, month).
struct DerivedDimension
{
    QString name;
    QString label;
    QString codeList; // empty when the values are plain numbers (year, month)
    QStringList from; // the columns it is computed from
    // The dimension it groups into fewer, larger categories (region: department; year: month), or
    // empty: what to suggest when a table by that dimension is mostly suppressed.
    QString coarsens;
};

struct DatasetSchema
{
    QString name;
    QString label;
    int version = 1;
    std::vector<ColumnSpec> columns;
    std::vector<DerivedDimension> derived;

    // The index of the column named `name`, or -1.
    int columnIndex(QStringView columnName) const;
    const ColumnSpec* column(QStringView columnName) const;
    const DerivedDimension* derivedDimension(QStringView dimensionName) const;
    // The derived dimension that groups `dimensionName` into fewer categories, or nullptr.
    const DerivedDimension* coarserThan(QStringView dimensionName) const;
    // The date column whose range a table covers: the care date the year and month are derived
    // from, or else the schema's care date; "" when the dataset has none (Open DAMIR).
    QString careDateColumn() const;

    // The description `ecluse-cli catalogue show DATASET --json` prints: columns with their
    // type, roles and code list, derived dimensions and, if asked, the code lists' entries.
    // Throws ErrorKind::Other when a code list is missing.
    QJsonObject toJson(bool withCodeLists) const;
};

// The values of the derived dimensions, defined once for the importer (which stores them with
// the rows) and the aggregate engine (which computes them for packages imported before that).
namespace DerivedValues {

struct YearMonth
{
    int year = 0;
    int month = 0; // 1..12
};

// The calendar year and month of a day counted from 1970-01-01 (the chunks' date encoding).
YearMonth yearMonthOfDay(qint64 days);

// The index in the tranche_age code list of the band of the age reached in the care year (the
// SNDS age bands count years of birth, not birthdays); the "unknown" band (99) when the birth
// year comes after the care year. -1 when the list has no such band.
int ageBandIndex(int birthYear, int careYear);

} // namespace DerivedValues

// "dimension", "measure", "pseudonym" and "potential-identifier:<name>", in that order.
QStringList columnRoles(const ColumnSpec& column);

} // namespace ecluse
