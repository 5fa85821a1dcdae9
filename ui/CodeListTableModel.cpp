#include "CodeListTableModel.h"

#include "data/CodeList.h"

namespace ecluse::ui {

CodeListTableModel::CodeListTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void CodeListTableModel::setCodeList(const CodeList* list)
{
    beginResetModel();
    m_list = list;
    endResetModel();
}

int CodeListTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_list ? 0 : m_list->size();
}

int CodeListTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CodeListTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (index.column()) {
    case Code:
        return m_list->code(index.row());
    case Label:
        return m_list->label(index.row());
    default:
        return {};
    }
}

QVariant CodeListTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return tr("Code", "a value as written in SNDS claims, e.g. 75 or 2A");
    case Label:
        return tr("Label", "what a code means, in French as the SNDS nomenclature gives it");
    default:
        return {};
    }
}

} // namespace ecluse::ui
