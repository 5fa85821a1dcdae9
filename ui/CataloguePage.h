#pragma once

#include "data/DatasetStore.h"

#include <QWidget>

#include <map>
#include <vector>

class QLabel;
class QTableView;

namespace ecluse::ui {

class CodeListTableModel;
class ColumnTableModel;
class DatasetTableModel;
class PackageTableModel;
class VaultWorker;

// What data the workstation holds: the catalogue's datasets with their row counts, and for the
// one selected its columns (types, roles, code lists) and the packages its rows came from; for
// the column selected, the codes of its code list and what they mean. Read again each time the
// page is shown, so that an import made meanwhile is there.
class CataloguePage : public QWidget
{
    Q_OBJECT

public:
    explicit CataloguePage(VaultWorker& worker, QWidget* parent = nullptr);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void reload();
    void showDataset(const QString& name);
    void showCodeList(int columnRow);

    VaultWorker& m_worker;
    DatasetTableModel* m_datasets;
    ColumnTableModel* m_columns;
    PackageTableModel* m_packages;
    CodeListTableModel* m_codes;
    QTableView* m_datasetTable;
    QTableView* m_columnTable;
    QLabel* m_codeListTitle;
    QLabel* m_selected;
    QLabel* m_message;
    std::map<QString, std::vector<PackageInfo>> m_provenance; // by dataset, from the last load
    QString m_current;
    bool m_loading = false;
};

} // namespace ecluse::ui
