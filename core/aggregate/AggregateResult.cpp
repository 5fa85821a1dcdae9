#include "AggregateResult.h"

#include "data/Catalogue.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace ecluse {
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
    if (!isAmount(query.dataset, query.measures.at(static_cast<std::size_t>(measure))))
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
            if (isAmount(query.dataset, query.measures[m]))
                values.insert(query.measures[m].name(), formatValue(static_cast<int>(m), value));
            else
                values.insert(query.measures[m].name(), static_cast<qint64>(value));
        }
        QJsonObject json{{QStringLiteral("dimensions"), coordinates},
                         {QStringLiteral("values"), values},
                         {QStringLiteral("status"), cellStatusName(result.status)}};
        if (result.rule != SuppressionRule::None)
            json.insert(QStringLiteral("rule"), suppressionRuleName(result.rule));
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
            {QStringLiteral("suppressed"),
             QJsonObject{{QStringLiteral("primary"), primaryCount}, {QStringLiteral("secondary"), secondaryCount}}},
            {QStringLiteral("cells"), cellList},
            {QStringLiteral("provenance"), provenance()}};
}

} // namespace ecluse
