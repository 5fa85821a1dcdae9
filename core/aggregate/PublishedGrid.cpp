#include "PublishedGrid.h"

#include "common/Error.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace ecluse {
namespace {

// This file's messages, under the "PublishedGrid" context that lupdate files them in too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PublishedGrid)
};

std::size_t at(int i)
{
    return static_cast<std::size_t>(i);
}

bool isPublishedZero(const ResultCell& cell)
{
    return !cell.suppressed &&
           std::all_of(cell.values.begin(), cell.values.end(),
                       [](const std::optional<std::int64_t>& value) { return value && *value == 0; });
}

} // namespace

bool isUnknownCategory(const TableDimension& dimension, int category)
{
    if (category < 0 || category >= dimension.labels.size())
        return false;
    static const QRegularExpression unknown(QStringLiteral("\\b(inconnue?|non renseignée?)\\b"),
                                            QRegularExpression::CaseInsensitiveOption |
                                                QRegularExpression::UseUnicodePropertiesOption);
    return unknown.match(dimension.labels.at(category)).hasMatch();
}

bool isEmptyUnknown(const AggregateResult& result, const std::vector<int>& slice)
{
    const TableShape& shape = result.shape;
    const int dimensions = shape.dimensionCount();
    if (static_cast<int>(slice.size()) != dimensions)
        return false;
    bool unknown = false;
    for (int d = 0; d < dimensions; ++d)
        unknown = unknown || (slice[at(d)] >= 0 && isUnknownCategory(result.dimensions.at(at(d)), slice[at(d)]));
    if (!unknown)
        return false;
    // Every cell of the part, its free coordinates counted up from zero, the last fastest.
    std::vector<int> coordinates(at(dimensions));
    for (int d = 0; d < dimensions; ++d)
        coordinates[at(d)] = std::max(0, slice[at(d)]);
    for (;;) {
        if (!isPublishedZero(result.cells.at(at(shape.index(coordinates)))))
            return false;
        int d = dimensions - 1;
        for (; d >= 0; --d) {
            if (slice[at(d)] >= 0)
                continue;
            if (++coordinates[at(d)] < shape.extent(d))
                break;
            coordinates[at(d)] = 0;
        }
        if (d < 0)
            return true;
    }
}

PublishedGrid::PublishedGrid(const AggregateResult& result, Layout layout)
    : m_result(&result)
    , m_layout(layout)
{
    const int dimensions = result.shape.dimensionCount();
    m_layout.rowDimensions = std::clamp(m_layout.rowDimensions, 0, dimensions);
    for (int d = 0; d < dimensions; ++d) {
        if (d < m_layout.rowDimensions)
            m_allRows *= result.shape.extent(d);
        else
            m_allGroups *= result.shape.extent(d);
    }
    m_rowOf.assign(at(m_allRows), -1);
    m_groupOf.assign(at(m_allGroups), -1);
    for (int row = 0; row < m_allRows; ++row) {
        if (m_layout.hideEmptyUnknown && rowIsEmptyUnknown(row))
            continue;
        m_rowOf[at(row)] = static_cast<int>(m_rows.size());
        m_rows.push_back(row);
    }
    for (int group = 0; group < m_allGroups; ++group) {
        if (m_layout.hideEmptyUnknown && groupIsEmptyUnknown(group))
            continue;
        m_groupOf[at(group)] = static_cast<int>(m_groups.size());
        m_groups.push_back(group);
    }
}

// Mixed radix over the extents of dimensions [first, last), the last varying fastest: the order of
// TableShape, whose first dimensions are the rows, so that a cell is row * groups + group.
std::vector<int> PublishedGrid::coordinates(int index, int firstDimension, int lastDimension) const
{
    std::vector<int> result(at(lastDimension - firstDimension));
    for (int d = lastDimension - 1; d >= firstDimension; --d) {
        const int extent = m_result->shape.extent(d);
        result[at(d - firstDimension)] = index % extent;
        index /= extent;
    }
    return result;
}

std::vector<int> PublishedGrid::rowCoordinates(int row) const
{
    return coordinates(m_rows.at(at(row)), 0, m_layout.rowDimensions);
}

std::vector<int> PublishedGrid::groupCoordinates(int group) const
{
    return coordinates(m_groups.at(at(group)), m_layout.rowDimensions, m_result->shape.dimensionCount());
}

bool PublishedGrid::isMarginRow(int row) const
{
    const std::vector<int> coordinates = rowCoordinates(row);
    for (int d = 0; d < m_layout.rowDimensions; ++d) {
        if (coordinates[at(d)] == m_result->shape.categories(d))
            return true;
    }
    return m_layout.rowDimensions == 0;
}

bool PublishedGrid::isMarginGroup(int group) const
{
    const std::vector<int> coordinates = groupCoordinates(group);
    for (std::size_t i = 0; i < coordinates.size(); ++i) {
        if (coordinates[i] == m_result->shape.categories(m_layout.rowDimensions + static_cast<int>(i)))
            return true;
    }
    return false;
}

int PublishedGrid::cellAt(int row, int group) const
{
    return m_rows.at(at(row)) * m_allGroups + m_groups.at(at(group));
}

std::pair<int, int> PublishedGrid::positionOf(int cell) const
{
    if (cell < 0 || cell >= m_result->shape.cellCount())
        return {-1, -1};
    const int row = m_rowOf[at(cell / m_allGroups)];
    const int group = m_groupOf[at(cell % m_allGroups)];
    if (row < 0 || group < 0)
        return {-1, -1};
    return {row, group};
}

bool PublishedGrid::rowIsEmptyUnknown(int fullRow) const
{
    std::vector<int> slice = coordinates(fullRow, 0, m_layout.rowDimensions);
    slice.resize(at(m_result->shape.dimensionCount()), -1);
    return isEmptyUnknown(*m_result, slice);
}

bool PublishedGrid::groupIsEmptyUnknown(int fullGroup) const
{
    const int dimensions = m_result->shape.dimensionCount();
    std::vector<int> slice(at(m_layout.rowDimensions), -1);
    const std::vector<int> across = coordinates(fullGroup, m_layout.rowDimensions, dimensions);
    slice.insert(slice.end(), across.begin(), across.end());
    return isEmptyUnknown(*m_result, slice);
}

QString PublishedGrid::categoryLabel(int dimension, int coordinate) const
{
    const TableDimension& dim = m_result->dimensions.at(at(dimension));
    if (coordinate >= static_cast<int>(dim.codes.size()))
        return Text::tr("Total");
    const QString label = coordinate < dim.labels.size() ? dim.labels.at(coordinate) : QString();
    return label.isEmpty() ? dim.codes.at(coordinate) : label;
}

QString PublishedGrid::columnTitle(int group, int measure, bool withUnit) const
{
    const std::vector<int> across = groupCoordinates(group);
    QStringList parts;
    for (std::size_t i = 0; i < across.size(); ++i)
        parts << categoryLabel(m_layout.rowDimensions + static_cast<int>(i), across[i]);
    if (measureCount() > 1 || parts.isEmpty() || (withUnit && m_result->isAmount(measure)))
        parts << m_result->measureTitle(measure, withUnit);
    return parts.join(QStringLiteral(" · "));
}

QList<QStringList> PublishedGrid::sheet(const QString& decimalMark, const QString& suppressedSymbol,
                                        const std::vector<int>& cells) const
{
    // The rows and groups to write, and with a selection the cells whose values go in them.
    std::vector<bool> rowWanted(at(rowCount()), cells.empty());
    std::vector<bool> groupWanted(at(groupCount()), cells.empty());
    std::vector<bool> cellWanted;
    if (!cells.empty()) {
        cellWanted.assign(at(m_result->shape.cellCount()), false);
        for (int cell : cells) {
            const auto [row, group] = positionOf(cell);
            if (row < 0)
                throw Error(ErrorKind::Usage, Text::tr("cell %1 is not in the table as shown").arg(cell));
            rowWanted[at(row)] = true;
            groupWanted[at(group)] = true;
            cellWanted[at(cell)] = true;
        }
    }

    QList<QStringList> lines;
    QStringList heading;
    if (m_layout.rowDimensions == 0) {
        heading << QString();
    } else {
        for (int d = 0; d < m_layout.rowDimensions; ++d) {
            const TableDimension& dimension = m_result->dimensions.at(at(d));
            heading << (dimension.label.isEmpty() ? dimension.name : dimension.label);
        }
    }
    for (int group = 0; group < groupCount(); ++group) {
        if (!groupWanted[at(group)])
            continue;
        for (int measure = 0; measure < measureCount(); ++measure)
            heading << columnTitle(group, measure, true);
    }
    lines << heading;

    for (int row = 0; row < rowCount(); ++row) {
        if (!rowWanted[at(row)])
            continue;
        QStringList line;
        if (m_layout.rowDimensions == 0) {
            line << Text::tr("Total");
        } else {
            const std::vector<int> down = rowCoordinates(row);
            for (int d = 0; d < m_layout.rowDimensions; ++d)
                line << categoryLabel(d, down[at(d)]);
        }
        for (int group = 0; group < groupCount(); ++group) {
            if (!groupWanted[at(group)])
                continue;
            const int cell = cellAt(row, group);
            const ResultCell& values = m_result->cells.at(at(cell));
            for (int measure = 0; measure < measureCount(); ++measure) {
                if (!cellWanted.empty() && !cellWanted[at(cell)]) {
                    line << QString();
                    continue;
                }
                const std::optional<std::int64_t>& value = values.values.at(at(measure));
                // Only the result's values: a suppressed cell has none to write.
                line << (!values.suppressed && value ? m_result->sheetValue(measure, *value, decimalMark)
                                                     : suppressedSymbol);
            }
        }
        lines << line;
    }
    return lines;
}

} // namespace ecluse
