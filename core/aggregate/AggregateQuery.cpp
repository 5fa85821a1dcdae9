#include "AggregateQuery.h"

#include "common/Error.h"
#include "data/CodeList.h"
#include "data/DatasetSchema.h"
#include "sdc/TableShape.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace ecluse {
namespace {

// This file's messages, under the "AggregateQuery" context that lupdate files them in too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AggregateQuery)
};

const QString beneficiariesName = QStringLiteral("beneficiaries");
const QString recordsName = QStringLiteral("records");

std::optional<QDate> parseDate(QStringView text, const QString& filter)
{
    if (text.isEmpty())
        return std::nullopt;
    const QDate date = QDate::fromString(text.toString(), Qt::ISODate);
    if (!date.isValid())
        throw Error(ErrorKind::Usage, Text::tr("filter '%1': '%2' is not a date (YYYY-MM-DD)").arg(filter, text));
    return date;
}

bool hasPseudonym(const DatasetSchema& schema)
{
    return std::any_of(schema.columns.begin(), schema.columns.end(),
                       [](const ColumnSpec& column) { return column.type == ColumnType::Pseudonym; });
}

bool isDimensionOf(const DatasetSchema& schema, const QString& name)
{
    if (schema.derivedDimension(name))
        return true;
    const ColumnSpec* column = schema.column(name);
    return column && column->isDimension;
}

// Values a derived dimension without a code list takes: years are checked against the care
// dates the schema accepts, months are 1 to 12.
bool isValidPlainValue(const DatasetSchema& schema, const QString& dimension, const QString& value)
{
    bool ok = false;
    const int number = value.toInt(&ok);
    if (!ok)
        return false;
    if (dimension == QLatin1String("MOIS"))
        return number >= 1 && number <= 12;
    if (const ColumnSpec* column = schema.column(dimension))
        return number >= column->minimum && number <= column->maximum;
    const DerivedDimension* derived = schema.derivedDimension(dimension);
    for (const QString& source : derived ? derived->from : QStringList{}) {
        const ColumnSpec* column = schema.column(source);
        if (column && column->type == ColumnType::Date)
            return number >= column->earliest.year() && number <= column->latest.year();
    }
    return false;
}

QString codeListOf(const DatasetSchema& schema, const QString& dimension)
{
    if (const DerivedDimension* derived = schema.derivedDimension(dimension))
        return derived->codeList;
    const ColumnSpec* column = schema.column(dimension);
    return column && column->type == ColumnType::Code ? column->codeList : QString();
}

} // namespace

void validateFilter(const DatasetSchema& schema, const Filter& filter)
{
    const ColumnSpec* column = schema.column(filter.column);
    if (filter.isDateRange()) {
        if (!column || column->type != ColumnType::Date)
            throw Error(
                ErrorKind::Usage,
                Text::tr("filter on %1: a date range needs a date column of %2").arg(filter.column, schema.name));
        if (!filter.from && !filter.to)
            throw Error(ErrorKind::Usage,
                        Text::tr("filter on %1: give a start date, an end date or both").arg(filter.column));
        if (filter.from && filter.to && *filter.from > *filter.to)
            throw Error(ErrorKind::Usage, Text::tr("filter on %1: the range ends before it starts").arg(filter.column));
        return;
    }
    if (!isDimensionOf(schema, filter.column))
        throw Error(ErrorKind::Usage,
                    Text::tr("filter on %1: %2 has no such dimension").arg(filter.column, schema.name));
    const QString listName = codeListOf(schema, filter.column);
    for (const QString& value : filter.values) {
        const bool known = listName.isEmpty() ? isValidPlainValue(schema, filter.column, value)
                                              : CodeList::builtin(listName).indexOf(QStringView(value)) >= 0;
        if (!known)
            throw Error(ErrorKind::Usage,
                        Text::tr("filter on %1: '%2' is not one of its values").arg(filter.column, value));
    }
}

QString Measure::name() const
{
    switch (kind) {
    case MeasureKind::Beneficiaries:
        return beneficiariesName;
    case MeasureKind::Records:
        return recordsName;
    case MeasureKind::Sum:
        return column;
    }
    return {};
}

QJsonArray filtersToJson(const std::vector<Filter>& filters)
{
    QJsonArray filterList;
    for (const Filter& filter : filters) {
        QJsonObject json{{QStringLiteral("column"), filter.column}};
        if (filter.isDateRange()) {
            json.insert(QStringLiteral("from"), filter.from ? filter.from->toString(Qt::ISODate) : QString());
            json.insert(QStringLiteral("to"), filter.to ? filter.to->toString(Qt::ISODate) : QString());
        } else {
            json.insert(QStringLiteral("values"), QJsonArray::fromStringList(filter.values));
        }
        filterList.append(json);
    }
    return filterList;
}

QJsonObject AggregateQuery::toJson() const
{
    QJsonArray measureNames;
    for (const Measure& measure : measures)
        measureNames.append(measure.name());
    return {{QStringLiteral("dataset"), dataset},
            {QStringLiteral("dimensions"), QJsonArray::fromStringList(dimensions)},
            {QStringLiteral("measures"), measureNames},
            {QStringLiteral("filters"), filtersToJson(filters)}};
}

void AggregateQuery::validate(const DatasetSchema& schema) const
{
    if (dataset != schema.name)
        throw Error(ErrorKind::Usage, Text::tr("the query is for %1, not %2").arg(dataset, schema.name));
    if (dimensions.size() > TableShape::MaxDimensions)
        throw Error(ErrorKind::Usage,
                    Text::tr("at most %1 dimensions, %2 given").arg(TableShape::MaxDimensions).arg(dimensions.size()));
    for (qsizetype i = 0; i < dimensions.size(); ++i) {
        if (!isDimensionOf(schema, dimensions[i]))
            throw Error(ErrorKind::Usage, Text::tr("%1 is not a dimension of %2").arg(dimensions[i], schema.name));
        if (dimensions.indexOf(dimensions[i]) != i)
            throw Error(ErrorKind::Usage, Text::tr("the dimension %1 is given twice").arg(dimensions[i]));
    }
    if (measures.empty())
        throw Error(ErrorKind::Usage, Text::tr("give at least one measure"));
    for (std::size_t i = 0; i < measures.size(); ++i) {
        const Measure& measure = measures[i];
        if (measure.kind == MeasureKind::Beneficiaries && !hasPseudonym(schema))
            throw Error(ErrorKind::Usage,
                        Text::tr("%1 holds no beneficiary column: count records instead").arg(schema.name));
        if (measure.kind == MeasureKind::Sum) {
            const ColumnSpec* column = schema.column(measure.column);
            if (!column || !column->isMeasure)
                throw Error(ErrorKind::Usage, Text::tr("%1 is not a measure of %2").arg(measure.column, schema.name));
        }
        if (std::find(measures.begin(), measures.begin() + static_cast<std::ptrdiff_t>(i), measure) !=
            measures.begin() + static_cast<std::ptrdiff_t>(i))
            throw Error(ErrorKind::Usage, Text::tr("the measure %1 is given twice").arg(measure.name()));
    }
    for (const Filter& filter : filters)
        validateFilter(schema, filter);
}

std::vector<Measure> parseMeasures(const QString& text)
{
    std::vector<Measure> measures;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = part.trimmed();
        if (name == beneficiariesName)
            measures.push_back({MeasureKind::Beneficiaries, {}});
        else if (name == recordsName)
            measures.push_back({MeasureKind::Records, {}});
        else
            measures.push_back({MeasureKind::Sum, name});
    }
    if (measures.empty())
        throw Error(ErrorKind::Usage,
                    Text::tr("give at least one measure: beneficiaries, records or a measure column"));
    return measures;
}

Filter parseFilter(const QString& text)
{
    const qsizetype equals = text.indexOf(QLatin1Char('='));
    if (equals <= 0 || equals == text.size() - 1)
        throw Error(ErrorKind::Usage,
                    Text::tr("filter '%1': write COLUMN=VALUE[,VALUE...] or COLUMN=FROM..TO").arg(text));
    Filter filter;
    filter.column = text.left(equals).trimmed();
    const QString value = text.mid(equals + 1).trimmed();
    const qsizetype dots = value.indexOf(QStringLiteral(".."));
    if (dots >= 0) {
        filter.from = parseDate(QStringView(value).left(dots), text);
        filter.to = parseDate(QStringView(value).mid(dots + 2), text);
        if (!filter.from && !filter.to)
            throw Error(ErrorKind::Usage, Text::tr("filter '%1': give a start date, an end date or both").arg(text));
        return filter;
    }
    for (const QString& part : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
        filter.values.append(part.trimmed());
    if (filter.values.isEmpty())
        throw Error(ErrorKind::Usage, Text::tr("filter '%1': no value").arg(text));
    return filter;
}

} // namespace ecluse
