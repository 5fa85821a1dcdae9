#pragma once

#include "vault/Vault.h"

#include <QAbstractTableModel>

#include <vector>

namespace ecluse::ui {

// The checks of one vault verification: what was checked, whether it passed, and what was found.
class VaultCheckTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Check,
        Result,
        Detail,
        ColumnCount,
    };

    explicit VaultCheckTableModel(QObject* parent = nullptr);

    void setChecks(std::vector<VaultCheck> checks);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<VaultCheck> m_checks;
};

} // namespace ecluse::ui
