#include "AggregateResult.h"

#include "data/Catalogue.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <limits>

namespace ecluse {

QString publicationStatusName(bool suppressed)
{
    return suppressed ? QStringLiteral("suppressed") : QStringLiteral("published");
}
namespace {

// This file's messages, under the "AggregateResult" context that lupdate files them in too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AggregateResult)
};

bool isAmount(const QString& dataset, const Measure& measure)
{
    if (measure.kind != MeasureKind::Sum)
        return false;
    const DatasetSchema* schema = Catalogue::builtin().dataset(dataset);
    const ColumnSpec* column = schema ? schema->column(measure.column) : nullptr;
    return column && column->type == ColumnType::Amount;
}

bool countsPeople(const QString& dataset)
{
    const DatasetSchema* schema = Catalogue::builtin().dataset(dataset);
    if (!schema)
        return true;
    return std::any_of(schema->columns.begin(), schema->columns.end(),
                       [](const ColumnSpec& column) { return column.type == ColumnType::Pseudonym; });
}

// The magnitude of a value as decimal digits, exactly: whole units, and with `cents` the hundredths
// apart. The magnitude is unsigned: that of INT64_MIN does not fit an int64.
struct Digits
{
    bool negative = false;
    std::uint64_t whole = 0;
    std::uint64_t hundredths = 0;
};

Digits digitsOf(std::int64_t value, bool cents)
{
    const auto bits = static_cast<std::uint64_t>(value);
    const std::uint64_t magnitude = value < 0 ? 0 - bits : bits;
    return cents ? Digits{value < 0, magnitude / 100, magnitude % 100} : Digits{value < 0, magnitude, 0};
}

} // namespace

QString AggregateResult::codeAt(int cell, int dimension) const
{
    if (isMargin(cell, dimension))
        return {};
    return dimensions.at(static_cast<std::size_t>(dimension)).codes.at(shape.coordinate(cell, dimension));
}

QString AggregateResult::labelAt(int cell, int dimension) const
{
    if (isMargin(cell, dimension))
        return Text::tr("Total");
    return dimensions.at(static_cast<std::size_t>(dimension)).labels.at(shape.coordinate(cell, dimension));
}

QString AggregateResult::provenance() const
{
    return Text::tr("Écluse · %1 · %2 · %3 · query %4")
        .arg(query.dataset, user, computedUtc.toUTC().toString(Qt::ISODate), queryId);
}

QString AggregateResult::formatValue(int measure, std::int64_t value) const
{
    if (!isAmount(measure))
        return QString::number(value);
    // Cents to euros without going through floating point: 12345 → "123.45", -5 → "-0.05". The
    // magnitude is unsigned: that of INT64_MIN does not fit an int64.
    const auto bits = static_cast<std::uint64_t>(value);
    const std::uint64_t magnitude = value < 0 ? 0 - bits : bits;
    return QStringLiteral("%1%2.%3")
        .arg(value < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

bool AggregateResult::isAmount(int measure) const
{
    return ecluse::isAmount(query.dataset, query.measures.at(static_cast<std::size_t>(measure)));
}

QString AggregateResult::displayValue(int measure, std::int64_t value, const QLocale& locale) const
{
    const bool amount = isAmount(measure);
    const Digits digits = digitsOf(value, amount);
    QString text = locale.toString(static_cast<qulonglong>(digits.whole));
    if (!amount)
        return digits.negative ? locale.negativeSign() + text : text;
    text += locale.decimalPoint() + QStringLiteral("%1").arg(digits.hundredths, 2, 10, QLatin1Char('0'));
    // The symbol where the locale puts it, around digits computed exactly (a double would lose cents
    // past 2^53); a minus sign in front rather than the accounting parentheses of some locales.
    const QString symbol = QStringLiteral("€");
    const QString sign = digits.negative ? locale.negativeSign() : QString();
    QString pattern = locale.toCurrencyString(1.0, symbol, 2);
    const QString one = locale.toString(1.0, 'f', 2);
    if (!pattern.contains(one))
        return sign + text + QChar(0x00A0) + symbol;
    return sign + pattern.replace(one, text);
}

QString AggregateResult::sheetValue(int measure, std::int64_t value, const QString& decimalMark) const
{
    const bool amount = isAmount(measure);
    const Digits digits = digitsOf(value, amount);
    QString text = (digits.negative ? QStringLiteral("-") : QString()) + QString::number(digits.whole);
    if (amount)
        text += decimalMark + QStringLiteral("%1").arg(digits.hundredths, 2, 10, QLatin1Char('0'));
    return text;
}

QString AggregateResult::measureTitle(int measure, bool withUnit) const
{
    const Measure& m = query.measures.at(static_cast<std::size_t>(measure));
    switch (m.kind) {
    case MeasureKind::Beneficiaries:
        return countsPeople(query.dataset) ? Text::tr("Beneficiaries") : Text::tr("Rows");
    case MeasureKind::Records:
        return Text::tr("Records");
    case MeasureKind::Sum: {
        const DatasetSchema* schema = Catalogue::builtin().dataset(query.dataset);
        const ColumnSpec* column = schema ? schema->column(m.column) : nullptr;
        const QString title = Text::tr("Sum of %1").arg(column ? column->label : m.column);
        //: The unit of a column of amounts in a copied or exported table.
        return withUnit && isAmount(measure) ? Text::tr("%1 (€)").arg(title) : title;
    }
    }
    return m.name();
}

AggregateResult::Period AggregateResult::period() const
{
    const DatasetSchema* schema = Catalogue::builtin().dataset(query.dataset);
    const QString careDate = schema ? schema->careDateColumn() : QString();
    if (careDate.isEmpty())
        return {};
    std::optional<QDate> from;
    std::optional<QDate> to;
    bool filtered = false;
    const auto narrow = [&](std::optional<QDate> start, std::optional<QDate> end) {
        if (start)
            from = from ? std::max(*from, *start) : *start;
        if (end)
            to = to ? std::min(*to, *end) : *end;
        filtered = true;
    };
    for (const Filter& filter : query.filters) {
        if (filter.isDateRange() && filter.column == careDate) {
            narrow(filter.from, filter.to);
        } else if (filter.column == QLatin1String("ANNEE") && !filter.isDateRange()) {
            int first = std::numeric_limits<int>::max();
            int last = std::numeric_limits<int>::min();
            for (const QString& value : filter.values) {
                bool ok = false;
                const int year = value.toInt(&ok);
                if (ok) {
                    first = std::min(first, year);
                    last = std::max(last, year);
                }
            }
            if (first <= last)
                narrow(QDate(first, 1, 1), QDate(last, 12, 31));
        }
    }
    return {from.value_or(datasetEarliest), to.value_or(datasetLatest), filtered};
}

QString AggregateResult::coarserAdvice() const
{
    const auto holdsSomeone = [](const ResultCell& cell) {
        return !cell.suppressed &&
               std::any_of(cell.values.begin(), cell.values.end(),
                           [](const std::optional<std::int64_t>& value) { return value && *value; });
    };
    if (suppressedCount <= std::count_if(cells.begin(), cells.end(), holdsSomeone))
        return {};
    const DatasetSchema* schema = Catalogue::builtin().dataset(query.dataset);
    if (!schema)
        return {};
    for (const TableDimension& dimension : dimensions) {
        const DerivedDimension* coarser = schema->coarserThan(dimension.name);
        if (coarser && !query.dimensions.contains(coarser->name))
            return Text::tr("Most cells are suppressed: with %1 instead of %2, people fall into fewer, larger cells "
                            "and more of them can be published.")
                .arg(coarser->label, dimension.label.isEmpty() ? dimension.name : dimension.label);
    }
    return {};
}

QJsonObject AggregateResult::toJson() const
{
    QJsonArray dimensionList;
    for (const TableDimension& dimension : dimensions)
        dimensionList.append(QJsonObject{{QStringLiteral("name"), dimension.name},
                                         {QStringLiteral("label"), dimension.label},
                                         {QStringLiteral("additive"), dimension.unitsAdditive}});
    QJsonArray measureList;
    for (const Measure& measure : query.measures)
        measureList.append(measure.name());

    QJsonArray cellList;
    for (int cell = 0; cell < shape.cellCount(); ++cell) {
        const ResultCell& result = cells.at(static_cast<std::size_t>(cell));
        QJsonObject coordinates;
        for (int d = 0; d < shape.dimensionCount(); ++d) {
            const QString& name = dimensions.at(static_cast<std::size_t>(d)).name;
            if (isMargin(cell, d))
                coordinates.insert(name, QJsonObject{{QStringLiteral("margin"), true}});
            else
                coordinates.insert(name, QJsonObject{{QStringLiteral("code"), codeAt(cell, d)},
                                                     {QStringLiteral("label"), labelAt(cell, d)}});
        }
        QJsonObject values;
        for (std::size_t m = 0; m < query.measures.size(); ++m) {
            if (!result.values.at(m))
                continue; // suppressed: the value is not in the result at all
            const std::int64_t value = *result.values.at(m);
            // Amounts as exact decimal text ("397721.43"): a JSON number is read as a double, which
            // loses cents past 2^53.
            if (isAmount(static_cast<int>(m)))
                values.insert(query.measures[m].name(), formatValue(static_cast<int>(m), value));
            else
                values.insert(query.measures[m].name(), static_cast<qint64>(value));
        }
        QJsonObject json{{QStringLiteral("dimensions"), coordinates},
                         {QStringLiteral("values"), values},
                         {QStringLiteral("status"), publicationStatusName(result.suppressed)}};
        cellList.append(json);
    }

    return {{QStringLiteral("queryId"), queryId},
            {QStringLiteral("query"), query.toJson()},
            {QStringLiteral("datasetLabel"), datasetLabel},
            {QStringLiteral("user"), user},
            {QStringLiteral("computed"), computedUtc.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("period"), QJsonObject{{QStringLiteral("from"), earliest.toString(Qt::ISODate)},
                                                   {QStringLiteral("to"), latest.toString(Qt::ISODate)}}},
            {QStringLiteral("rules"), QJsonObject{{QStringLiteral("threshold"), rules.threshold},
                                                  {QStringLiteral("dominanceN"), rules.dominanceN},
                                                  {QStringLiteral("dominanceKPercent"), rules.dominanceKPercent},
                                                  {QStringLiteral("pPercent"), rules.pPercent},
                                                  {QStringLiteral("zeroCellsDisclosive"), rules.zeroCellsDisclosive}}},
            {QStringLiteral("dimensions"), dimensionList},
            {QStringLiteral("measures"), measureList},
            {QStringLiteral("suppressed"), suppressedCount},
            {QStringLiteral("cells"), cellList},
            {QStringLiteral("provenance"), provenance()}};
}

} // namespace ecluse
