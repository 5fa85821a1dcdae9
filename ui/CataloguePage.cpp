#include "CataloguePage.h"

#include "CodeListTableModel.h"
#include "ColumnTableModel.h"
#include "DatasetTableModel.h"
#include "PackageTableModel.h"
#include "ReadOnlyTable.h"
#include "VaultWorker.h"
#include "access/Access.h"
#include "common/Error.h"
#include "data/Catalogue.h"
#include "data/CodeList.h"
#include "vault/Vault.h"

#include <QGroupBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QShowEvent>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace ecluse::ui {
namespace {

struct CatalogueContents
{
    std::vector<DatasetSummary> datasets;
    std::map<QString, std::vector<PackageInfo>> packages;
};

// On the worker: the store is opened there because opening it purges expired packages.
CatalogueContents readCatalogue(Vault& vault)
{
    const DatasetStore store(vault); // requires BrowseCatalogue, audited when refused
    CatalogueContents contents;
    for (const DatasetSchema* schema : Catalogue::builtin().datasets()) {
        std::vector<PackageInfo> packages = store.packages(schema->name);
        contents.datasets.push_back(
            {schema->name, schema->label, store.rowCount(schema->name), static_cast<int>(packages.size())});
        contents.packages.emplace(schema->name, std::move(packages));
    }
    return contents;
}

QWidget* newBox(const QString& title, QWidget* content, QWidget* parent)
{
    auto* box = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

} // namespace

CataloguePage::CataloguePage(VaultWorker& worker, QWidget* parent)
    : QWidget(parent)
    , m_worker(worker)
    , m_datasets(new DatasetTableModel(this))
    , m_columns(new ColumnTableModel(this))
    , m_packages(new PackageTableModel(this))
    , m_codes(new CodeListTableModel(this))
    , m_datasetTable(newReadOnlyTable(QStringLiteral("datasetsTable"), m_datasets, this))
    , m_columnTable(newReadOnlyTable(QStringLiteral("columnsTable"), m_columns, this))
    , m_codeListTitle(new QLabel(this))
    , m_selected(new QLabel(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("cataloguePage"));
    m_datasetTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_selected->setObjectName(QStringLiteral("selectedDatasetLabel"));
    m_selected->setTextFormat(Qt::PlainText);
    QFont titleFont = m_selected->font();
    titleFont.setBold(true);
    m_selected->setFont(titleFont);
    m_message->setObjectName(QStringLiteral("catalogueMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    m_columnTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_codeListTitle->setObjectName(QStringLiteral("codeListTitle"));
    m_codeListTitle->setTextFormat(Qt::PlainText);
    m_codeListTitle->setWordWrap(true);

    // A column's codes beside the columns: what "75" or "2A" in BEN_RES_DPT stands for.
    auto* codes = new QWidget(this);
    auto* codesLayout = new QVBoxLayout(codes);
    codesLayout->setContentsMargins(0, 0, 0, 0);
    codesLayout->addWidget(m_codeListTitle);
    codesLayout->addWidget(newReadOnlyTable(QStringLiteral("codeListTable"), m_codes, codes), 1);
    auto* columns = new QSplitter(Qt::Horizontal, this);
    columns->setObjectName(QStringLiteral("columnsSplitter"));
    columns->addWidget(m_columnTable);
    columns->addWidget(codes);
    columns->setStretchFactor(0, 3);
    columns->setStretchFactor(1, 2);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(newBox(tr("Datasets"), m_datasetTable, splitter));
    splitter->addWidget(newBox(tr("Columns"), columns, splitter));
    splitter->addWidget(
        newBox(tr("Provenance"), newReadOnlyTable(QStringLiteral("provenanceTable"), m_packages, splitter), splitter));
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_selected);
    layout->addWidget(splitter, 1);

    connect(m_datasetTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    showDataset(m_datasets->nameAt(current.row()));
            });
    connect(m_columnTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showCodeList(current.isValid() ? current.row() : -1); });
}

void CataloguePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!event->spontaneous())
        reload();
}

void CataloguePage::reload()
{
    if (m_loading)
        return;
    m_loading = true;
    m_worker.run(
        this, &readCatalogue,
        [this](CatalogueContents contents) {
            m_loading = false;
            m_message->hide();
            m_provenance = std::move(contents.packages);
            m_datasets->setDatasets(std::move(contents.datasets));
            // The dataset the user was looking at stays selected across a reload.
            const int row = std::max(0, m_datasets->rowOf(m_current));
            m_datasetTable->selectRow(row);
            showDataset(m_datasets->nameAt(row));
        },
        [this](const QString& message) {
            m_loading = false;
            m_message->setText(message);
            m_message->show();
        });
}

void CataloguePage::showDataset(const QString& name)
{
    // The same dataset again (a reload): the column looked at stays selected.
    const int keptColumn = name == m_current ? m_columnTable->currentIndex().row() : -1;
    m_current = name;
    const DatasetSchema* schema = Catalogue::builtin().dataset(name);
    m_selected->setText(schema ? tr("%1 — %2").arg(schema->name, schema->label) : QString());
    m_columns->setSchema(schema);
    if (keptColumn >= 0 && keptColumn < m_columns->rowCount())
        m_columnTable->selectRow(keptColumn);
    else
        showCodeList(-1);
    const auto packages = m_provenance.find(name);
    m_packages->setPackages(packages == m_provenance.end() ? std::vector<PackageInfo>{} : packages->second);
}

void CataloguePage::showCodeList(int columnRow)
{
    if (columnRow < 0) {
        m_codes->setCodeList(nullptr);
        m_codeListTitle->setText(tr("Select a column to see the codes of its code list."));
        return;
    }
    const QString column = m_columns->index(columnRow, ColumnTableModel::Name).data().toString();
    const QString name = m_columns->codeListAt(columnRow);
    const CodeList* list = nullptr;
    if (!name.isEmpty()) {
        try {
            list = &CodeList::builtin(name);
        } catch (const Error& error) {
            m_codes->setCodeList(nullptr);
            m_codeListTitle->setText(error.message());
            return;
        }
    }
    m_codes->setCodeList(list);
    m_codeListTitle->setText(list ? tr("%1: code list %2, %n code(s)", nullptr, list->size()).arg(column, name)
                                  : tr("%1 has no code list: its values are written as they are.").arg(column));
}

} // namespace ecluse::ui
