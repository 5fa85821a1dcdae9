#include "AccountTableModel.h"

namespace ecluse::ui {

AccountTableModel::AccountTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void AccountTableModel::setAccounts(std::vector<Account> accounts)
{
    beginResetModel();
    m_accounts = std::move(accounts);
    endResetModel();
}

int AccountTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_accounts.size());
}

int AccountTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || role != Qt::DisplayRole)
        return {};
    const Account& account = m_accounts[static_cast<std::size_t>(index.row())];
    switch (index.column()) {
    case Name:
        return account.name;
    case Roles:
        return account.roles.join(QStringLiteral(", "));
    case Created:
        return account.createdUtc.toString(Qt::ISODate);
    default:
        return {};
    }
}

QVariant AccountTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Account");
    case Roles:
        return tr("Roles");
    case Created:
        return tr("Created (UTC)");
    default:
        return {};
    }
}

} // namespace ecluse::ui
