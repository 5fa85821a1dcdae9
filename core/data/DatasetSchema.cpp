#include "DatasetSchema.h"

#include "data/CodeList.h"

#include <QJsonArray>

#include <algorithm>
#include <cstdint>

namespace ecluse {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

QJsonArray codeListJson(const CodeList& list)
{
    // An array, not an object: the order of the entries is the order users see.
    QJsonArray entries;
    for (const CodeList::Entry& entry : list.entries())
        entries.append(QJsonObject{{QStringLiteral("code"), entry.code}, {QStringLiteral("label"), entry.label}});
    return entries;
}

QJsonObject columnJson(const ColumnSpec& column)
{
    QJsonObject json{
        {QStringLiteral("name"), column.name},
        {QStringLiteral("label"), column.label},
        {QStringLiteral("type"), columnTypeName(column.type)},
        {QStringLiteral("required"), column.required},
        {QStringLiteral("roles"), QJsonArray::fromStringList(columnRoles(column))},
    };
    switch (column.type) {
    case ColumnType::Code:
        json.insert(QStringLiteral("codeList"), column.codeList);
        break;
    case ColumnType::Integer:
    case ColumnType::Year:
        json.insert(QStringLiteral("minimum"), column.minimum);
        json.insert(QStringLiteral("maximum"), column.maximum);
        break;
    case ColumnType::Amount:
        // In euros, as in the CSV files; the bounds are whole euros, so doubles hold them exactly.
        json.insert(QStringLiteral("minimum"), static_cast<double>(column.minimum) / 100.0);
        json.insert(QStringLiteral("maximum"), static_cast<double>(column.maximum) / 100.0);
        break;
    case ColumnType::Date:
        json.insert(QStringLiteral("earliest"), column.earliest.toString(Qt::ISODate));
        json.insert(QStringLiteral("latest"), column.latest.toString(Qt::ISODate));
        break;
    case ColumnType::Pseudonym:
    case ColumnType::CommuneCode:
        break;
    }
    return json;
}

QJsonObject derivedJson(const DerivedDimension& dimension)
{
    QJsonObject json{
        {QStringLiteral("name"), dimension.name},
        {QStringLiteral("label"), dimension.label},
        {QStringLiteral("from"), QJsonArray::fromStringList(dimension.from)},
    };
    if (!dimension.codeList.isEmpty())
        json.insert(QStringLiteral("codeList"), dimension.codeList);
    return json;
}

} // namespace

QString columnTypeName(ColumnType type)
{
    switch (type) {
    case ColumnType::Pseudonym:
        return QStringLiteral("pseudonym");
    case ColumnType::Code:
        return QStringLiteral("code");
    case ColumnType::CommuneCode:
        return QStringLiteral("commune-code");
    case ColumnType::Integer:
        return QStringLiteral("integer");
    case ColumnType::Amount:
        return QStringLiteral("amount");
    case ColumnType::Date:
        return QStringLiteral("date");
    case ColumnType::Year:
        return QStringLiteral("year");
    }
    return QStringLiteral("unknown");
}

bool isCommuneCode(std::string_view code) noexcept
{
    if (code.size() != 5)
        return false;
    if (code[0] == '9' && code[1] == '7') // overseas: 971..976 then 2 digits
        return code[2] >= '1' && code[2] <= '6' && isDigit(code[3]) && isDigit(code[4]);
    const bool corsica = code[0] == '2' && (code[1] == 'A' || code[1] == 'B');
    const bool metropolitan = isDigit(code[0]) && isDigit(code[1]) && code.substr(0, 2) >= "01" &&
                              code.substr(0, 2) <= "95" && code.substr(0, 2) != "20";
    return (corsica || metropolitan) && isDigit(code[2]) && isDigit(code[3]) && isDigit(code[4]);
}

QStringList columnRoles(const ColumnSpec& column)
{
    QStringList roles;
    if (column.isDimension)
        roles.append(QStringLiteral("dimension"));
    if (column.isMeasure)
        roles.append(QStringLiteral("measure"));
    if (column.type == ColumnType::Pseudonym)
        roles.append(QStringLiteral("pseudonym"));
    if (column.potentialIdentifier != PotentialIdentifier::None)
        roles.append(QStringLiteral("potential-identifier:") + potentialIdentifierName(column.potentialIdentifier));
    return roles;
}

int DatasetSchema::columnIndex(QStringView columnName) const
{
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (columns[i].name == columnName)
            return static_cast<int>(i);
    }
    return -1;
}

const ColumnSpec* DatasetSchema::column(QStringView columnName) const
{
    const int index = columnIndex(columnName);
    return index < 0 ? nullptr : &columns[static_cast<std::size_t>(index)];
}

const DerivedDimension* DatasetSchema::coarserThan(QStringView dimensionName) const
{
    for (const DerivedDimension& dimension : derived) {
        if (!dimension.coarsens.isEmpty() && dimension.coarsens == dimensionName)
            return &dimension;
    }
    return nullptr;
}

QString DatasetSchema::careDateColumn() const
{
    if (const DerivedDimension* year = derivedDimension(u"ANNEE"); year && year->from.size() == 1)
        return year->from.front();
    for (const ColumnSpec& column : columns) {
        if (column.type == ColumnType::Date && column.potentialIdentifier == PotentialIdentifier::CareDate)
            return column.name;
    }
    return {};
}

const DerivedDimension* DatasetSchema::derivedDimension(QStringView dimensionName) const
{
    for (const DerivedDimension& dimension : derived) {
        if (dimension.name == dimensionName)
            return &dimension;
    }
    return nullptr;
}

QJsonObject DatasetSchema::toJson(bool withCodeLists) const
{
    QJsonArray columnArray;
    QStringList lists;
    for (const ColumnSpec& spec : columns) {
        columnArray.append(columnJson(spec));
        if (spec.type == ColumnType::Code)
            lists.append(spec.codeList);
    }
    QJsonArray derivedArray;
    for (const DerivedDimension& dimension : derived) {
        derivedArray.append(derivedJson(dimension));
        if (!dimension.codeList.isEmpty())
            lists.append(dimension.codeList);
    }

    QJsonObject json{
        {QStringLiteral("name"), name},
        {QStringLiteral("label"), label},
        {QStringLiteral("version"), version},
        {QStringLiteral("columns"), columnArray},
        {QStringLiteral("derived"), derivedArray},
    };
    if (withCodeLists) {
        QJsonObject listsJson;
        for (const QString& list : lists) {
            if (!listsJson.contains(list))
                listsJson.insert(list, codeListJson(CodeList::builtin(list)));
        }
        json.insert(QStringLiteral("codeLists"), listsJson);
    }
    return json;
}

namespace DerivedValues {

YearMonth yearMonthOfDay(qint64 days)
{
    // Care dates of a cache fall within a few decades after 1970: a table answers them without
    // a calendar computation per row.
    static const std::vector<std::uint32_t> table = [] {
        std::vector<std::uint32_t> out(1u << 16);
        const QDate epoch(1970, 1, 1);
        for (std::size_t day = 0; day < out.size(); ++day) {
            const QDate date = epoch.addDays(static_cast<qint64>(day));
            out[day] = static_cast<std::uint32_t>(date.year() * 16 + date.month());
        }
        return out;
    }();
    if (days >= 0 && days < static_cast<qint64>(table.size())) {
        const std::uint32_t packed = table[static_cast<std::size_t>(days)];
        return {static_cast<int>(packed / 16), static_cast<int>(packed % 16)};
    }
    const QDate date = QDate(1970, 1, 1).addDays(days);
    return {date.year(), date.month()};
}

int ageBandIndex(int birthYear, int careYear)
{
    struct Bands
    {
        std::vector<std::pair<int, int>> lowerBounds; // (first age, index), ascending
        int unknown = -1;
    };
    // The bands are the list's numeric codes as lower bounds; "99" is the unknown band, not an age.
    static const Bands bands = [] {
        Bands out;
        const CodeList& list = CodeList::builtin(u"tranche_age");
        for (int i = 0; i < list.size(); ++i) {
            if (list.code(i) == QStringLiteral("99"))
                out.unknown = i;
            else
                out.lowerBounds.emplace_back(list.code(i).toInt(), i);
        }
        std::sort(out.lowerBounds.begin(), out.lowerBounds.end());
        return out;
    }();
    const int age = careYear - birthYear;
    if (age < 0 || bands.lowerBounds.empty() || age < bands.lowerBounds.front().first)
        return bands.unknown;
    int index = bands.lowerBounds.front().second;
    for (const auto& [first, band] : bands.lowerBounds) {
        if (age >= first)
            index = band;
    }
    return index;
}

} // namespace DerivedValues

} // namespace ecluse
