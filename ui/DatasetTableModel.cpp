#include "DatasetTableModel.h"

namespace ecluse::ui {

DatasetTableModel::DatasetTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void DatasetTableModel::setDatasets(std::vector<DatasetSummary> datasets)
{
    beginResetModel();
    m_datasets = std::move(datasets);
    endResetModel();
}

QString DatasetTableModel::nameAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_datasets[static_cast<std::size_t>(row)].name : QString();
}

int DatasetTableModel::rowOf(const QString& name) const
{
    for (std::size_t row = 0; row < m_datasets.size(); ++row) {
        if (m_datasets[row].name == name)
            return static_cast<int>(row);
    }
    return -1;
}

int DatasetTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_datasets.size());
}

int DatasetTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DatasetTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const DatasetSummary& dataset = m_datasets[static_cast<std::size_t>(index.row())];
    if (role == Qt::TextAlignmentRole && index.column() == Rows)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Rows)
        return tr("%n package(s) imported", nullptr, dataset.packages);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return dataset.name;
    case Label:
        return dataset.label;
    case Rows:
        return dataset.rows;
    default:
        return {};
    }
}

QVariant DatasetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Dataset");
    case Label:
        return tr("Label");
    case Rows:
        return tr("Rows", "rows of data imported into the vault");
    default:
        return {};
    }
}

} // namespace ecluse::ui
