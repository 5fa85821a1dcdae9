#pragma once

#include <QAbstractTableModel>

namespace ecluse {
struct DatasetSchema;
}

namespace ecluse::ui {

// The columns of one dataset as the catalogue describes them, then the dimensions computed on
// import (age band, region...), which analysts group by like any other.
class ColumnTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Label,
        Type,
        Roles,
        CodeList,
        ColumnCount,
    };

    explicit ColumnTableModel(QObject* parent = nullptr);

    // schema must outlive the model (the built-in catalogue lives as long as the process); null
    // empties it.
    void setSchema(const DatasetSchema* schema);
    // The name of the code list behind the column at row, "" for none.
    QString codeListAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant columnData(int row, int column) const;
    QVariant derivedData(int row, int column) const;

    const DatasetSchema* m_schema = nullptr;
};

} // namespace ecluse::ui
