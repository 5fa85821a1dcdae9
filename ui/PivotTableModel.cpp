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
    // The grid points into the result: gone before the result is.
    m_grid.reset();
    m_result = std::move(result);
    m_layout.rowDimensions = rowDimensions;
    rebuild();
    endResetModel();
}

void PivotTableModel::setHideEmptyUnknown(bool hide)
{
    if (m_layout.hideEmptyUnknown == hide)
        return;
    beginResetModel();
    m_layout.hideEmptyUnknown = hide;
    rebuild();
    endResetModel();
}

void PivotTableModel::clear()
{
    beginResetModel();
    m_grid.reset();
    m_result.reset();
    m_layout.rowDimensions = 0;
    rebuild();
    endResetModel();
}

// The locale is read once per table: the application sets it at start from the language.
void PivotTableModel::rebuild()
{
    m_grid.reset();
    m_locale = QLocale();
    if (m_result) {
        m_grid.emplace(*m_result, m_layout);
        m_layout.rowDimensions = m_grid->rowDimensions();
    }
}

int PivotTableModel::measureCount() const
{
    return m_grid ? m_grid->measureCount() : 0;
}

int PivotTableModel::headingColumns() const
{
    return std::max(1, m_layout.rowDimensions);
}

int PivotTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_grid ? 0 : m_grid->rowCount();
}

int PivotTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_grid ? 0 : headingColumns() + m_grid->valueColumnCount();
}

std::vector<int> PivotTableModel::rowCoordinates(int row) const
{
    return m_grid ? m_grid->rowCoordinates(row) : std::vector<int>();
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
    if (!m_grid || !index.isValid() || index.column() < headingColumns())
        return -1;
    const int dataColumn = index.column() - headingColumns();
    return m_grid->cellAt(index.row(), dataColumn / std::max(1, measureCount()));
}

QVariant PivotTableModel::data(const QModelIndex& index, int role) const
{
    if (!m_grid || !index.isValid())
        return {};
    const int heading = headingColumns();
    if (index.column() < heading) {
        switch (role) {
        case Qt::DisplayRole: {
            if (m_layout.rowDimensions == 0)
                return tr("Total");
            const std::vector<int> coordinates = m_grid->rowCoordinates(index.row());
            return categoryLabel(index.column(), coordinates[static_cast<std::size_t>(index.column())]);
        }
        case Qt::FontRole:
            if (m_grid->isMarginRow(index.row())) {
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
    const bool suppressed = cell.suppressed;
    switch (role) {
    case Qt::DisplayRole: {
        if (suppressed)
            return OutputGuard::suppressedSymbol();
        const auto& value = cell.values.at(static_cast<std::size_t>(measure));
        return value ? m_result->displayValue(measure, *value, m_locale) : QString();
    }
    case Qt::ToolTipRole:
        return suppressed ? suppressionReason(*m_result) : QVariant();
    case Qt::AccessibleDescriptionRole:
        return suppressed ? suppressionReason(*m_result) : QVariant();
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
    if (!m_grid || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    const int heading = headingColumns();
    const int measures = std::max(1, measureCount());
    const int group = (section - heading) / measures;
    if (role == Qt::FontRole) {
        // The totals across are in bold, as the totals down the side.
        if (section >= heading && m_grid->isMarginGroup(group)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < heading) {
        if (m_layout.rowDimensions == 0)
            return QString();
        const TableDimension& dim = m_result->dimensions.at(static_cast<std::size_t>(section));
        return dim.label.isEmpty() ? dim.name : dim.label;
    }
    const std::vector<int> across = m_grid->groupCoordinates(group);
    QStringList parts;
    for (std::size_t i = 0; i < across.size(); ++i)
        parts << categoryLabel(m_layout.rowDimensions + static_cast<int>(i), across[i]);
    // The measure is named when there are several, or when nothing else heads the column; one
    // line each, so that the columns stay as narrow as their figures allow.
    if (measureCount() > 1 || parts.isEmpty())
        parts << measureTitle(*m_result, (section - heading) % measures);
    return parts.join(QLatin1Char('\n'));
}

Qt::ItemFlags PivotTableModel::flags(const QModelIndex& index) const
{
    // Selectable, for copying through the guard; never editable, never dragged: a drag would
    // carry cells out without the guard's provenance and audit.
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

QString PivotTableModel::measureTitle(const AggregateResult& result, int measure)
{
    return result.measureTitle(measure);
}

QString PivotTableModel::suppressionReason(const AggregateResult& result)
{
    const int threshold = result.rules.threshold;
    return countsBeneficiaries(result.query.dataset)
               ? tr("Suppressed: either the cell is small (fewer than %1 beneficiaries, or dominated by a few "
                    "contributors), or it is hidden so that a small cell cannot be worked out from the totals. "
                    "Which of the two is not shown: saying it would point at the small cells.")
                     .arg(threshold)
               : tr("Suppressed: either the cell is small (fewer than %1 rows, or dominated by a few contributors), "
                    "or it is hidden so that a small cell cannot be worked out from the totals. Which of the two "
                    "is not shown: saying it would point at the small cells.")
                     .arg(threshold);
}

} // namespace ecluse::ui
