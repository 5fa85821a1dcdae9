#include "AggregatesPage.h"

#include "AggregateChart.h"
#include "ClipboardOwnership.h"
#include "PivotTableModel.h"
#include "PivotView.h"
#include "QueryForm.h"
#include "UiRelay.h"
#include "VaultWorker.h"
#include "Watermark.h"
#include "aggregate/Aggregates.h"
#include "data/Catalogue.h"
#include "guard/OutputGuard.h"

#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace ecluse::ui {

struct AggregatesPage::Engine
{
    std::shared_ptr<Aggregates> aggregates;

    // On the worker only. Made by the first job rather than with the page: Aggregates holds the
    // vault, which only the worker's thread may touch.
    Aggregates& on(Vault& vault)
    {
        if (!aggregates)
            aggregates = std::make_shared<Aggregates>(vault);
        return *aggregates;
    }
};

struct AggregatesPage::Setup
{
    std::vector<DatasetAccess> datasets;
    QStringList allowedFolders;
};

namespace {

QLabel* newLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString describeFilters(const AggregateQuery& query)
{
    QStringList parts;
    for (const Filter& filter : query.filters) {
        if (!filter.isDateRange()) {
            parts << AggregatesPage::tr("%1 = %2").arg(filter.column, filter.values.join(QStringLiteral(", ")));
            continue;
        }
        parts << AggregatesPage::tr("%1 from %2 to %3")
                     .arg(filter.column,
                          filter.from ? filter.from->toString(Qt::ISODate) : AggregatesPage::tr("the start"),
                          filter.to ? filter.to->toString(Qt::ISODate) : AggregatesPage::tr("the end"));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

AggregatesPage::AggregatesPage(VaultWorker& worker, Session session, const Policy& policy, QWidget* parent)
    : QWidget(parent)
    , m_worker(worker)
    , m_session(std::move(session))
    , m_policy(policy)
    , m_engine(std::make_shared<Engine>())
    , m_message(newLabel(QStringLiteral("aggregatesMessage"), this))
    , m_form(new QueryForm(this))
    , m_run(new QPushButton(tr("&Run query"), this))
    , m_cancel(new QPushButton(tr("Cance&l"), this))
    , m_progress(new QProgressBar(this))
    , m_step(newLabel(QStringLiteral("queryStep"), this))
    , m_title(newLabel(QStringLiteral("resultTitle"), this))
    , m_period(newLabel(QStringLiteral("resultPeriod"), this))
    , m_filters(newLabel(QStringLiteral("resultFilters"), this))
    , m_rules(newLabel(QStringLiteral("resultRules"), this))
    , m_suppression(newLabel(QStringLiteral("resultSuppression"), this))
    , m_provenance(newLabel(QStringLiteral("resultProvenance"), this))
    , m_copy(new QPushButton(tr("&Copy"), this))
    , m_exportCsv(new QPushButton(tr("Export CS&V…"), this))
    , m_exportPng(new QPushButton(tr("Export chart as &PNG…"), this))
    , m_next(new QComboBox(this))
    , m_drill(new QPushButton(tr("&Drill down"), this))
    , m_output(newLabel(QStringLiteral("outputMessage"), this))
    , m_tabs(new QTabWidget(this))
    , m_model(new PivotTableModel(this))
    , m_table(new PivotView(this))
    , m_chart(new AggregateChart(this))
    , m_clipboardClear(new QTimer(this))
{
    setObjectName(QStringLiteral("aggregatesPage"));
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    m_message->hide();
    m_run->setObjectName(QStringLiteral("runQueryButton"));
    m_run->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("cancelQueryButton"));
    m_progress->setObjectName(QStringLiteral("queryProgress"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_copy->setObjectName(QStringLiteral("copyButton"));
    m_exportCsv->setObjectName(QStringLiteral("exportCsvButton"));
    m_exportPng->setObjectName(QStringLiteral("exportPngButton"));
    m_next->setObjectName(QStringLiteral("drillNextCombo"));
    m_drill->setObjectName(QStringLiteral("drillDownButton"));
    m_drill->setToolTip(tr("Keeps only the selected row (a filter on its values), then breaks it down by the "
                           "dimension chosen beside. Double-clicking a row does the same."));
    m_tabs->setObjectName(QStringLiteral("resultTabs"));
    m_table->setObjectName(QStringLiteral("pivotTable"));
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setStretchLastSection(false);
    // A drag would carry cells out without the guard; drag and drop stays off whatever the
    // policy, since the guard's audited copy cannot run inside a drag.
    m_table->setDragEnabled(false);
    m_clipboardClear->setObjectName(QStringLiteral("clipboardClearTimer"));
    m_clipboardClear->setSingleShot(true);

    // Whoever photographs the screen photographs who was signed in, and when.
    new Watermark(m_session.user, m_table);
    new Watermark(m_session.user, m_chart->view());

    auto* formScroll = new QScrollArea(this);
    formScroll->setWidgetResizable(true);
    formScroll->setWidget(m_form);
    formScroll->setMinimumWidth(300);
    auto* runRow = new QHBoxLayout;
    runRow->addWidget(m_run);
    runRow->addWidget(m_cancel);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(formScroll, 1);
    leftLayout->addLayout(runRow);
    leftLayout->addWidget(m_progress);
    leftLayout->addWidget(m_step);

    auto* header = new QGroupBox(tr("Table"), this);
    auto* headerLayout = new QVBoxLayout(header);
    for (QLabel* label : {m_title, m_period, m_filters, m_rules, m_suppression, m_provenance})
        headerLayout->addWidget(label);
    auto* legend = new QLabel(tr("%1 marks a suppressed cell: hover over it to see why. Totals are in bold.")
                                  .arg(OutputGuard::suppressedSymbol()),
                              this);
    legend->setObjectName(QStringLiteral("suppressionLegend"));
    headerLayout->addWidget(legend);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_copy);
    actions->addWidget(m_exportCsv);
    actions->addWidget(m_exportPng);
    actions->addStretch();
    actions->addWidget(new QLabel(tr("Then by:"), this));
    actions->addWidget(m_next);
    actions->addWidget(m_drill);

    m_tabs->addTab(m_table, tr("Table"));
    m_tabs->addTab(m_chart, tr("Chart"));

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(header);
    rightLayout->addLayout(actions);
    rightLayout->addWidget(m_output);
    rightLayout->addWidget(m_tabs, 1);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(m_run, &QPushButton::clicked, this, &AggregatesPage::run);
    connect(m_cancel, &QPushButton::clicked, this, &AggregatesPage::cancel);
    connect(m_copy, &QPushButton::clicked, this, &AggregatesPage::copySelection);
    connect(m_table, &PivotView::copyRequested, this, &AggregatesPage::copySelection);
    connect(m_exportCsv, &QPushButton::clicked, this, &AggregatesPage::exportCsv);
    connect(m_exportPng, &QPushButton::clicked, this, &AggregatesPage::exportPng);
    connect(m_drill, &QPushButton::clicked, this, &AggregatesPage::drillDown);
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) {
        m_table->setCurrentIndex(index);
        drillDown();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] { updateActions(); });
    connect(m_clipboardClear, &QTimer::timeout, this, [this] {
        if (clearIfEcluse(QGuiApplication::clipboard()))
            showOutput(tr("The copied cells were taken off the clipboard after %n second(s).", nullptr,
                          m_policy.clipboardClearSeconds),
                       false);
    });

    setWorking(false);
    loadDatasets();
}

// No wipe is queued here: the window deletes its pages on lock before queueing the lock, so the
// Aggregates (and its cached columns) goes with the last job that holds it; and the worker may
// already be gone when the window itself is destroyed.
AggregatesPage::~AggregatesPage()
{
    // A query still running stops at its next step rather than hold up the lock.
    if (m_cancelRequested)
        m_cancelRequested->store(true);
}

void AggregatesPage::loadDatasets()
{
    m_worker.run(
        this,
        [engine = m_engine](Vault& vault) {
            Setup setup;
            Aggregates& aggregates = engine->on(vault);
            for (const DatasetSchema* schema : Catalogue::builtin().datasets()) {
                DatasetAccess access{schema->name, schema->label, false, {}};
                access.allowed = aggregates.mayQuery(schema->name, &access.reason);
                setup.datasets.push_back(std::move(access));
            }
            setup.allowedFolders = OutputGuard(vault).allowedFolders();
            return setup;
        },
        [this](Setup setup) {
            m_ready = true;
            m_allowedFolders = std::move(setup.allowedFolders);
            m_form->setDatasets(setup.datasets);
            if (std::none_of(setup.datasets.begin(), setup.datasets.end(),
                             [](const DatasetAccess& dataset) { return dataset.allowed; }))
                showMessage(tr("No dataset is open to you for aggregates; your habilitation names the datasets "
                               "you may query."));
            setWorking(false);
        },
        [this](const QString& message) {
            showMessage(message);
            setWorking(false);
        });
}

void AggregatesPage::run()
{
    if (m_working || !m_ready)
        return;
    QString problem;
    const std::optional<AggregateQuery> query = m_form->query(&problem);
    if (!query) {
        showMessage(problem);
        return;
    }
    m_message->hide();
    const int rowDimensions = m_form->rowDimensionCount();
    const auto cancelRequested = std::make_shared<std::atomic_bool>(false);
    m_cancelRequested = cancelRequested;
    setWorking(true);
    m_progress->setRange(0, 0); // busy until core's first report
    m_step->setText(tr("Starting…"));
    const UiRelay<AggregatesPage> relay(this);
    m_worker.run(
        this,
        [engine = m_engine, query = *query, cancelRequested, relay](Vault& vault) {
            const auto report = [relay](const AggregateProgress& progress) {
                relay.post([progress](AggregatesPage& page) { page.showProgress(progress); });
            };
            return engine->on(vault).run(query, report, cancelRequested.get());
        },
        [this, rowDimensions](AggregateResult result) { showResult(std::move(result), rowDimensions); },
        [this, cancelRequested](const QString& message) { showFailure(message, cancelRequested->load()); });
}

void AggregatesPage::cancel()
{
    if (!m_working || !m_cancelRequested)
        return;
    m_cancelRequested->store(true);
    m_cancel->setEnabled(false);
    m_step->setText(tr("Cancelling…"));
}

void AggregatesPage::showProgress(const AggregateProgress& progress)
{
    if (!m_working)
        return; // overtaken by the result
    m_progress->setRange(0, 100);
    m_progress->setValue(std::clamp(progress.percent, 0, 100));
    m_step->setText(progress.step);
}

void AggregatesPage::showResult(AggregateResult result, int rowDimensions)
{
    m_result = std::make_shared<const AggregateResult>(std::move(result));
    const AggregateResult& shown = *m_result;
    setWorking(false);
    m_progress->setValue(100);
    m_step->setText(tr("Done."));
    m_output->clear();

    m_title->setText(tr("%1 — %2").arg(shown.query.dataset, shown.datasetLabel));
    m_period->setText(
        shown.earliest.isValid() && shown.latest.isValid()
            ? tr("Period: %1 – %2").arg(shown.earliest.toString(Qt::ISODate), shown.latest.toString(Qt::ISODate))
            : tr("Period: no dated rows"));
    const QString filters = describeFilters(shown.query);
    m_filters->setText(filters.isEmpty() ? tr("Filters: none") : tr("Filters: %1").arg(filters));
    m_rules->setText(tr("Rules applied: %1").arg(shown.rules.summary()));
    m_suppression->setText(tr("Suppressed cells: %1 (%2 primary, %3 secondary) of %4")
                               .arg(shown.suppressedCount())
                               .arg(shown.primaryCount)
                               .arg(shown.secondaryCount)
                               .arg(shown.cells.size()));
    m_provenance->setText(shown.provenance());

    m_model->setResult(m_result, rowDimensions);
    m_table->resizeColumnsToContents();
    m_chart->setResult(m_result);
    listNextDimensions();
    updateActions();
}

void AggregatesPage::showFailure(const QString& message, bool cancelled)
{
    setWorking(false);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    if (cancelled) {
        m_step->setText(tr("Query cancelled."));
        return;
    }
    m_step->clear();
    showMessage(tr("The query did not run: %1").arg(message));
}

void AggregatesPage::showMessage(const QString& message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

// The dimensions the shown table does not use yet, to break a drilled row down by.
void AggregatesPage::listNextDimensions()
{
    m_next->clear();
    if (!m_result)
        return;
    const DatasetSchema* schema = Catalogue::builtin().dataset(m_result->query.dataset);
    if (schema) {
        for (const DimensionChoice& dimension : dimensionChoices(*schema)) {
            if (!m_result->query.dimensions.contains(dimension.name))
                m_next->addItem(tr("%1 (%2)").arg(dimension.label, dimension.name), dimension.name);
        }
    }
    m_next->addItem(tr("nothing more"), QString());
    m_next->setCurrentIndex(0);
}

void AggregatesPage::drillDown()
{
    if (!m_result || m_working)
        return;
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        showOutput(tr("Select a row of the table to drill into."), true);
        return;
    }
    const std::vector<int> coordinates = m_model->rowCoordinates(current.row());
    std::vector<Filter> filters;
    for (int d = 0; d < m_model->rowDimensions(); ++d) {
        const int category = coordinates[static_cast<std::size_t>(d)];
        const TableDimension& dimension = m_result->dimensions.at(static_cast<std::size_t>(d));
        if (category < static_cast<int>(dimension.codes.size()))
            filters.push_back({dimension.name, {dimension.codes.at(category)}, {}, {}});
    }
    if (filters.empty()) {
        showOutput(tr("A total row holds every category: choose a row of one category to drill into."), true);
        return;
    }
    // From the query shown, not whatever the form holds since.
    m_form->setQuery(m_result->query, m_model->rowDimensions());
    m_form->drillDown(filters, m_next->currentData().toString());
    run();
}

void AggregatesPage::copySelection()
{
    if (!m_result || m_working)
        return;
    if (m_policy.clipboardMode == ClipboardMode::Deny) {
        showOutput(m_copy->toolTip(), true);
        return;
    }
    const std::vector<int> cells = m_table->selectedCells();
    const auto result = m_result;
    // Core decides what the copy holds, refuses it if the policy says so, and audits it.
    m_worker.run(
        this, [result, cells](Vault& vault) { return OutputGuard(vault).clipboardText(*result, cells); },
        [this, count = static_cast<int>(cells.size())](const QString& text) { putOnClipboard(text, count); },
        [this](const QString& message) { showOutput(tr("Not copied: %1").arg(message), true); });
}

void AggregatesPage::putOnClipboard(const QString& text, int cells)
{
    auto* mime = new QMimeData;
    mime->setText(text);
    markAsEcluse(mime);
    QGuiApplication::clipboard()->setMimeData(mime);
    const int seconds = m_policy.clipboardClearSeconds;
    const QString what = cells == 0 ? tr("Copied the whole table with its provenance.")
                                    : tr("Copied %n cell(s) with their provenance.", nullptr, cells);
    if (seconds > 0) {
        m_clipboardClear->start(seconds * 1000);
        showOutput(tr("%1 The clipboard is cleared in %n second(s).", nullptr, seconds).arg(what), false);
    } else {
        showOutput(what, false);
    }
}

void AggregatesPage::chooseFile(const QString& title, const QString& suffix, const QString& filter,
                                std::function<void(const QString&)> chosen)
{
    const QString folder = m_allowedFolders.isEmpty() ? QDir::homePath() : m_allowedFolders.first();
    const QString name = QStringLiteral("%1-%2.%3").arg(m_result->query.dataset, m_result->queryId, suffix);
    // Not modal-blocking: a lock while it is open closes it, and the page with it.
    auto* dialog = new QFileDialog(this, title, QDir(folder).filePath(name), filter);
    dialog->setObjectName(QStringLiteral("exportFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(suffix);
    connect(dialog, &QFileDialog::fileSelected, this, [chosen = std::move(chosen)](const QString& file) {
        if (!file.isEmpty())
            chosen(file);
    });
    dialog->open();
}

void AggregatesPage::exportCsv()
{
    if (!m_result || m_working || m_policy.exportMode == ExportMode::Deny)
        return;
    chooseFile(
        tr("Export the table as CSV"), QStringLiteral("csv"), tr("CSV files (*.csv)"),
        [this, result = m_result](const QString& file) {
            m_worker.run(
                this,
                [result, file](Vault& vault) { OutputGuard(vault).exportTable(*result, ExportFormat::Csv, file); },
                [this, file] { showOutput(tr("Exported to %1.").arg(QDir::toNativeSeparators(file)), false); },
                [this](const QString& message) { showOutput(tr("Not exported: %1").arg(message), true); });
        });
}

void AggregatesPage::exportPng()
{
    if (!m_result || m_working || m_policy.exportMode == ExportMode::Deny)
        return;
    chooseFile(tr("Export the chart as PNG"), QStringLiteral("png"), tr("PNG images (*.png)"),
               [this, result = m_result](const QString& file) {
                   // Rendered now, on the UI thread, from the chart of published cells as shown.
                   const QByteArray png = m_chart->png();
                   m_worker.run(
                       this, [result, png, file](Vault& vault) { OutputGuard(vault).exportImage(*result, png, file); },
                       [this, file] { showOutput(tr("Exported to %1.").arg(QDir::toNativeSeparators(file)), false); },
                       [this](const QString& message) { showOutput(tr("Not exported: %1").arg(message), true); });
               });
}

void AggregatesPage::showOutput(const QString& message, bool refused)
{
    m_output->setText(message);
    m_output->setStyleSheet(refused ? QStringLiteral("QLabel { color: #b3261e; font-weight: bold; }") : QString());
}

void AggregatesPage::setWorking(bool working)
{
    m_working = working;
    m_form->setEnabled(!working && m_ready);
    m_run->setEnabled(!working && m_ready);
    m_cancel->setEnabled(working);
    if (!working)
        m_cancelRequested.reset();
    updateActions();
}

void AggregatesPage::updateActions()
{
    const bool haveTable = m_result && !m_working;
    const bool copyDenied = m_policy.clipboardMode == ClipboardMode::Deny;
    const bool exportDenied = m_policy.exportMode == ExportMode::Deny;
    m_copy->setEnabled(haveTable && !copyDenied);
    m_copy->setToolTip(copyDenied ? tr("The workstation's policy does not allow copying aggregates to the clipboard.")
                                  : tr("Copies the selected cells (the whole table when none is selected) with "
                                       "their provenance; suppressed cells stay suppressed. Ctrl+C in the table "
                                       "does the same."));
    const QString exportReason = tr("The workstation's policy does not allow exporting aggregates.");
    m_exportCsv->setEnabled(haveTable && !exportDenied);
    m_exportCsv->setToolTip(exportDenied ? exportReason
                                         : tr("Writes the table, published cells only, into a folder the policy "
                                              "allows."));
    m_exportPng->setEnabled(haveTable && !exportDenied);
    m_exportPng->setToolTip(exportDenied ? exportReason
                                         : tr("Writes the chart, with its provenance, into a folder the policy "
                                              "allows."));
    m_drill->setEnabled(haveTable && m_model->rowDimensions() > 0);
    m_next->setEnabled(haveTable);
}

std::optional<AggregateQuery> AggregatesPage::currentQuery(int* rowDimensions) const
{
    // While a query runs the form, disabled, holds it; otherwise the table says what was asked,
    // whatever the form was changed to since.
    if (m_working) {
        std::optional<AggregateQuery> running = m_form->query(nullptr);
        if (running && rowDimensions)
            *rowDimensions = m_form->rowDimensionCount();
        return running;
    }
    if (!m_result)
        return std::nullopt;
    if (rowDimensions)
        *rowDimensions = m_model->rowDimensions();
    return m_result->query;
}

void AggregatesPage::restoreQuery(const AggregateQuery& query, int rowDimensions)
{
    // The worker answers in the order asked: this empty job's answer comes after the datasets'
    // (loadDatasets(), queued by the constructor), when the form can take the query.
    m_worker.run(
        this, [](Vault&) {},
        [this, query, rowDimensions] {
            if (!m_ready || m_working)
                return;
            m_form->setQuery(query, rowDimensions);
            run();
        },
        [](const QString&) {});
}

} // namespace ecluse::ui
