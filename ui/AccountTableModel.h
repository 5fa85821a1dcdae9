#pragma once

#include "vault/Vault.h"

#include <QAbstractTableModel>

#include <vector>

namespace ecluse::ui {

// The vault's accounts: name, roles, creation date.
class AccountTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Roles,
        Created,
        ColumnCount,
    };

    explicit AccountTableModel(QObject* parent = nullptr);

    void setAccounts(std::vector<Account> accounts);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Account> m_accounts;
};

} // namespace ecluse::ui
