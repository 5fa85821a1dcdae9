#pragma once

#include "policy/PolicyLoader.h"

#include <QAbstractTableModel>

#include <vector>

namespace ecluse::ui {

// The rules in force, one row per policy key, with where each value comes from.
class PolicyTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Key,
        Value,
        Origin,
        Description,
        Note,
        ColumnCount,
    };

    explicit PolicyTableModel(std::vector<PolicyEntry> entries, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<PolicyEntry> m_entries;
};

} // namespace ecluse::ui
