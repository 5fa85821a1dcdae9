#pragma once

#include <QAbstractTableModel>
#include <QString>

#include <vector>

namespace ecluse::ui {

// One dataset of the catalogue with what this vault holds of it.
struct DatasetSummary
{
    QString name;
    QString label;
    qint64 rows = 0;
    int packages = 0;
};

// The catalogue's datasets, one row each: name, label and the rows imported so far.
class DatasetTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Label,
        Rows,
        ColumnCount,
    };

    explicit DatasetTableModel(QObject* parent = nullptr);

    void setDatasets(std::vector<DatasetSummary> datasets);
    // The dataset's name at row, or an empty string.
    QString nameAt(int row) const;
    // The row of the dataset called name, or -1.
    int rowOf(const QString& name) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<DatasetSummary> m_datasets;
};

} // namespace ecluse::ui
