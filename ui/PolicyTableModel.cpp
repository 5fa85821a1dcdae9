#include "PolicyTableModel.h"

namespace ecluse::ui {

PolicyTableModel::PolicyTableModel(std::vector<PolicyEntry> entries, QObject* parent)
    : QAbstractTableModel(parent)
    , m_entries(std::move(entries))
{}

int PolicyTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int PolicyTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PolicyTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const PolicyEntry& entry = m_entries[static_cast<std::size_t>(index.row())];
    switch (index.column()) {
    case Key:
        return entry.key;
    case Value:
        return entry.value;
    case Origin:
        // The words of `ecluse-cli policy show` and docs/POLICY.md, so that support speaks of one thing.
        return originName(entry.origin);
    case Description:
        return entry.description;
    case Note:
        return entry.note;
    default:
        return {};
    }
}

QVariant PolicyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Key:
        return tr("Key", "policy key, as in the policy file");
    case Value:
        return tr("Value");
    case Origin:
        return tr("Origin", "where a policy value comes from: default, managed or user");
    case Description:
        return tr("Meaning");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace ecluse::ui
