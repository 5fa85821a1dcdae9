#pragma once

#include <QAbstractTableModel>

namespace ecluse {
class CodeList;
}

namespace ecluse::ui {

// The entries of one SNDS code list (nomenclature), code and label, in the list's own order: what
// a column's values mean, read-only.
class CodeListTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Code,
        Label,
        ColumnCount,
    };

    explicit CodeListTableModel(QObject* parent = nullptr);

    // list must outlive the model (the built-in lists live as long as the process); null empties it.
    void setCodeList(const CodeList* list);
    const CodeList* codeList() const { return m_list; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const CodeList* m_list = nullptr;
};

} // namespace ecluse::ui
