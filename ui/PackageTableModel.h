#pragma once

#include "data/DatasetStore.h"

#include <QAbstractTableModel>

#include <vector>

namespace ecluse::ui {

// Where a dataset's rows come from: one row per imported package, with who produced and signed
// it, who imported it and how long its rows are kept.
class PackageTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Id,
        Producer,
        Signer,
        Created,
        Imported,
        ImportedBy,
        Rows,
        RetainUntil,
        ColumnCount,
    };

    explicit PackageTableModel(QObject* parent = nullptr);

    void setPackages(std::vector<PackageInfo> packages);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<PackageInfo> m_packages;
};

} // namespace ecluse::ui
