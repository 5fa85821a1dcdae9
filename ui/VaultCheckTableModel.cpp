#include "VaultCheckTableModel.h"

#include <QBrush>

namespace ecluse::ui {

VaultCheckTableModel::VaultCheckTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void VaultCheckTableModel::setChecks(std::vector<VaultCheck> checks)
{
    beginResetModel();
    m_checks = std::move(checks);
    endResetModel();
}

int VaultCheckTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_checks.size());
}

int VaultCheckTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VaultCheckTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const VaultCheck& check = m_checks[static_cast<std::size_t>(index.row())];
    if (role == Qt::ForegroundRole && index.column() == Result && (!check.passed || check.warning))
        return QBrush(check.passed ? QColor(0xb3, 0x6b, 0x00) : QColor(Qt::red));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Check:
        return check.name;
    case Result:
        return !check.passed ? tr("FAILED") : check.warning ? tr("warning") : tr("passed");
    case Detail:
        return check.detail;
    default:
        return {};
    }
}

QVariant VaultCheckTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Check:
        return tr("Check");
    case Result:
        return tr("Result");
    case Detail:
        return tr("Detail");
    default:
        return {};
    }
}

} // namespace ecluse::ui
