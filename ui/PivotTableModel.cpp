#include "PivotTableModel.h"

#include "data/Catalogue.h"
#include "guard/OutputGuard.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>

namespace ecluse::ui {
namespace {

// Suppressed cells must not pass for empty or zero ones: hatched, in a colour of their own.
const QColor suppressedBackground(0xe8, 0xdf, 0xf0);
const QColor suppressedForeground(0x5b, 0x2c, 0x6f);

// Whether the dataset counts people: a dataset without a pseudonym (Open DAMIR) counts rows.
bool countsBeneficiaries(const QString& dataset)
{
    const DatasetSchema* schema = Catalogue::builtin().dataset(dataset);
    if (!schema)
        return true;
    return std::any_of(schema->columns.begin(), schema->columns.end(),
                       [](const ColumnSpec& column) { return column.type == ColumnType::Pseudonym; });
}

} // namespace

PivotTableModel::PivotTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void PivotTableModel::setResult(std::shared_ptr<const AggregateResult> result, int rowDimensions)
{
    beginResetModel();
    m_result = std::move(result);
    const int dimensions = dimensionCount();
    m_rowDimensions = std::clamp(rowDimensions, 0, dimensions);
    m_rows = 1;
    m_columnCombinations = 1;
    for (int d = 0; d < dimensions; ++d) {
        const int extent = m_result->shape.extent(d);
        if (d < m_rowDimensions)
            m_rows *= extent;
        else
            m_columnCombinations *= extent;
    }
    endResetModel();
}

void PivotTableModel::clear()
{
    beginResetModel();
    m_result.reset();
    m_rowDimensions = 0;
    m_rows = 0;
    m_columnCombinations = 1;
    endResetModel();
}

int PivotTableModel::dimensionCount() const
{
    return m_result ? m_result->shape.dimensionCount() : 0;
}

int PivotTableModel::measureCount() const
{
    return m_result ? static_cast<int>(m_result->query.measures.size()) : 0;
}

int PivotTableModel::headingColumns() const
{
    return std::max(1, m_rowDimensions);
}

int PivotTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_result ? 0 : m_rows;
}

int PivotTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_result ? 0 : headingColumns() + m_columnCombinations * measureCount();
}

// Mixed radix over the row dimensions' extents, the last dimension varying fastest, so that a
// dimension's "Total" row closes the block of its categories.
std::vector<int> PivotTableModel::rowCoordinates(int row) const
{
    std::vector<int> coordinates(static_cast<std::size_t>(m_rowDimensions));
    for (int d = m_rowDimensions - 1; d >= 0; --d) {
        const int extent = m_result->shape.extent(d);
        coordinates[static_cast<std::size_t>(d)] = row % extent;
        row /= extent;
    }
    return coordinates;
}

std::vector<int> PivotTableModel::columnCoordinates(int combination) const
{
    const int dimensions = dimensionCount();
    std::vector<int> coordinates(static_cast<std::size_t>(dimensions - m_rowDimensions));
    for (int d = dimensions - 1; d >= m_rowDimensions; --d) {
        const int extent = m_result->shape.extent(d);
        coordinates[static_cast<std::size_t>(d - m_rowDimensions)] = combination % extent;
        combination /= extent;
    }
    return coordinates;
}

QString PivotTableModel::categoryLabel(int dimension, int coordinate) const
{
    const TableDimension& dim = m_result->dimensions.at(static_cast<std::size_t>(dimension));
    if (coordinate >= static_cast<int>(dim.codes.size()))
        return tr("Total");
    const QString& code = dim.codes.at(coordinate);
    const QString label = coordinate < dim.labels.size() ? dim.labels.at(coordinate) : QString();
    // Codes alone mean little ("11"); labels alone hide what a filter or the CLI needs.
    if (label.isEmpty() || label == code)
        return code;
    return tr("%1 — %2").arg(code, label);
}

int PivotTableModel::cellAt(const QModelIndex& index) const
{
    if (!m_result || !index.isValid() || index.column() < headingColumns())
        return -1;
    const int dataColumn = index.column() - headingColumns();
    std::vector<int> coordinates = rowCoordinates(index.row());
    const std::vector<int> across = columnCoordinates(dataColumn / std::max(1, measureCount()));
    coordinates.insert(coordinates.end(), across.begin(), across.end());
    return m_result->shape.index(coordinates);
}

QVariant PivotTableModel::data(const QModelIndex& index, int role) const
{
    if (!m_result || !index.isValid())
        return {};
    const int heading = headingColumns();
    if (index.column() < heading) {
        const std::vector<int> coordinates = rowCoordinates(index.row());
        bool margin = m_rowDimensions == 0;
        for (int d = 0; d < m_rowDimensions; ++d)
            margin = margin || coordinates[static_cast<std::size_t>(d)] == m_result->shape.categories(d);
        switch (role) {
        case Qt::DisplayRole:
            return m_rowDimensions == 0
                       ? tr("Total")
                       : categoryLabel(index.column(), coordinates[static_cast<std::size_t>(index.column())]);
        case Qt::FontRole:
            if (margin) {
                QFont font;
                font.setBold(true);
                return font;
            }
            return {};
        case CellRole:
            return -1;
        default:
            return {};
        }
    }

    const int cellIndex = cellAt(index);
    const ResultCell& cell = m_result->cells.at(static_cast<std::size_t>(cellIndex));
    const int measure = (index.column() - heading) % std::max(1, measureCount());
    const bool suppressed = cell.status != CellStatus::Published;
    switch (role) {
    case Qt::DisplayRole: {
        if (suppressed)
            return OutputGuard::suppressedSymbol();
        const auto& value = cell.values.at(static_cast<std::size_t>(measure));
        return value ? m_result->formatValue(measure, *value) : QString();
    }
    case Qt::ToolTipRole:
        return suppressed ? suppressionReason(*m_result, cell) : QVariant();
    case Qt::AccessibleDescriptionRole:
        return suppressed ? suppressionReason(*m_result, cell) : QVariant();
    case Qt::TextAlignmentRole:
        return suppressed ? QVariant(Qt::AlignCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (suppressed)
            return QBrush(suppressedBackground);
        return {};
    case Qt::ForegroundRole:
        if (suppressed)
            return QBrush(suppressedForeground);
        return {};
    case Qt::FontRole:
        if (!m_result->shape.isInner(cellIndex)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case CellRole:
        return cellIndex;
    case SuppressedRole:
        return suppressed;
    default:
        return {};
    }
}

QVariant PivotTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_result || orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const int heading = headingColumns();
    if (section < heading) {
        if (m_rowDimensions == 0)
            return QString();
        const TableDimension& dim = m_result->dimensions.at(static_cast<std::size_t>(section));
        return dim.label.isEmpty() ? dim.name : dim.label;
    }
    const int measures = std::max(1, measureCount());
    const int dataColumn = section - heading;
    const std::vector<int> across = columnCoordinates(dataColumn / measures);
    QStringList parts;
    for (std::size_t i = 0; i < across.size(); ++i)
        parts << categoryLabel(m_rowDimensions + static_cast<int>(i), across[i]);
    // The measure is named when there are several, or when nothing else heads the column.
    if (measureCount() > 1 || parts.isEmpty())
        parts << measureTitle(*m_result, dataColumn % measures);
    return parts.join(QStringLiteral(" · "));
}

Qt::ItemFlags PivotTableModel::flags(const QModelIndex& index) const
{
    // Selectable, for copying through the guard; never editable, never dragged: a drag would
    // carry cells out without the guard's provenance and audit.
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

QString PivotTableModel::measureTitle(const AggregateResult& result, int measure)
{
    const Measure& m = result.query.measures.at(static_cast<std::size_t>(measure));
    switch (m.kind) {
    case MeasureKind::Beneficiaries:
        return countsBeneficiaries(result.query.dataset) ? tr("Beneficiaries") : tr("Rows");
    case MeasureKind::Records:
        return tr("Records");
    case MeasureKind::Sum: {
        const DatasetSchema* schema = Catalogue::builtin().dataset(result.query.dataset);
        const ColumnSpec* column = schema ? schema->column(m.column) : nullptr;
        return tr("Sum of %1").arg(column ? column->label : m.column);
    }
    }
    return m.name();
}

QString PivotTableModel::suppressionReason(const AggregateResult& result, const ResultCell& cell)
{
    const DisclosureRules& rules = result.rules;
    const bool people = countsBeneficiaries(result.query.dataset);
    QString why;
    switch (cell.rule) {
    case SuppressionRule::Frequency:
        why = people ? tr("fewer than %1 beneficiaries").arg(rules.threshold)
                     : tr("fewer than %1 rows").arg(rules.threshold);
        break;
    case SuppressionRule::Zero:
        why = tr("no one, and the policy holds empty cells disclosive");
        break;
    case SuppressionRule::Dominance:
        why = tr("%1 contributor(s) make up more than %2% of the amount (dominance rule)")
                  .arg(rules.dominanceN)
                  .arg(rules.dominanceKPercent);
        break;
    case SuppressionRule::PPercent:
        why = tr("the largest contributor's share could be estimated within %1% (p% rule)").arg(rules.pPercent);
        break;
    case SuppressionRule::Linear:
        why = tr("suppressed so that the totals do not reveal a small cell");
        break;
    case SuppressionRule::SmallSum:
        why = tr("suppressed so that the hidden cells of a total do not add up to a small number");
        break;
    case SuppressionRule::Interval:
        why = tr("suppressed so that a small cell's value cannot be narrowed down from the totals");
        break;
    case SuppressionRule::None:
        break;
    }
    const QString status =
        cell.status == CellStatus::Secondary ? tr("Secondary suppression") : tr("Primary suppression");
    return why.isEmpty() ? status : tr("%1: %2.").arg(status, why);
}

} // namespace ecluse::ui
