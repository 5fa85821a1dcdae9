#include "AuditTableModel.h"

namespace ecluse::ui {

AuditTableModel::AuditTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void AuditTableModel::setEntries(std::vector<AuditEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int AuditTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AuditTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const AuditEntry& entry = m_entries[static_cast<std::size_t>(index.row())];
    if (role == Qt::TextAlignmentRole && index.column() == Sequence)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Sequence:
        return entry.sequence;
    case Time:
        // UTC and ISO 8601, as in the exported trail, so auditors compare like with like.
        return entry.timeUtc.toString(Qt::ISODate);
    case User:
        return entry.user;
    case Action:
        return entry.action;
    case Object:
        return entry.object;
    case Details:
        return entry.details;
    default:
        return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Sequence:
        return tr("#", "audit entry sequence number");
    case Time:
        return tr("Time (UTC)");
    case User:
        return tr("User");
    case Action:
        return tr("Action");
    case Object:
        return tr("Object");
    case Details:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace ecluse::ui
