#pragma once

#include "audit/AuditTrail.h"

#include <QAbstractTableModel>

#include <vector>

namespace ecluse::ui {

// The audit trail as read from the vault, one row per entry.
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Sequence,
        Time,
        User,
        Action,
        Object,
        Details,
        ColumnCount,
    };

    explicit AuditTableModel(QObject* parent = nullptr);

    void setEntries(std::vector<AuditEntry> entries);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<AuditEntry> m_entries;
};

} // namespace ecluse::ui
