#include "ColumnTableModel.h"

#include "data/DatasetSchema.h"

namespace ecluse::ui {

ColumnTableModel::ColumnTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ColumnTableModel::setSchema(const DatasetSchema* schema)
{
    beginResetModel();
    m_schema = schema;
    endResetModel();
}

int ColumnTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_schema)
        return 0;
    return static_cast<int>(m_schema->columns.size() + m_schema->derived.size());
}

int ColumnTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ColumnTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const int columns = static_cast<int>(m_schema->columns.size());
    return index.row() < columns ? columnData(index.row(), index.column())
                                 : derivedData(index.row() - columns, index.column());
}

QVariant ColumnTableModel::columnData(int row, int column) const
{
    const ColumnSpec& spec = m_schema->columns[static_cast<std::size_t>(row)];
    switch (column) {
    case Name:
        return spec.name;
    case Label:
        return spec.label;
    case Type:
        // core's names, as `ecluse-cli catalogue show` prints them
        return spec.required ? columnTypeName(spec.type) : tr("%1, optional").arg(columnTypeName(spec.type));
    case Roles:
        return columnRoles(spec).join(QStringLiteral(", "));
    case CodeList:
        return spec.codeList;
    default:
        return {};
    }
}

QVariant ColumnTableModel::derivedData(int row, int column) const
{
    const DerivedDimension& dimension = m_schema->derived[static_cast<std::size_t>(row)];
    switch (column) {
    case Name:
        return dimension.name;
    case Label:
        return dimension.label;
    case Type:
        return tr("derived from %1").arg(dimension.from.join(QStringLiteral(", ")));
    case Roles:
        return QStringLiteral("dimension"); // the word columnRoles() uses
    case CodeList:
        return dimension.codeList;
    default:
        return {};
    }
}

QVariant ColumnTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Column");
    case Label:
        return tr("Label", "the French label of a dataset column");
    case Type:
        return tr("Type");
    case Roles:
        return tr("Roles", "dimension, measure, pseudonym, potential identifier");
    case CodeList:
        return tr("Code list");
    default:
        return {};
    }
}

} // namespace ecluse::ui
