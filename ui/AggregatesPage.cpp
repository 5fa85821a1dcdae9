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

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QUrl>
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

// Tables kept for Back.
constexpr std::size_t HistoryLength = 10;

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
    , m_formScroll(new QScrollArea(this))
    , m_header(new QGroupBox(this))
    , m_back(new QPushButton(tr("◀ &Back"), this))
    , m_hideEmptyUnknown(new QCheckBox(tr("&Hide empty \"unknown\" rows and columns"), this))
    , m_hidden(newLabel(QStringLiteral("hiddenRowsLabel"), this))
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
    m_output->hide();
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
    m_header->setObjectName(QStringLiteral("resultHeader"));
    m_period->setWordWrap(false);
    // Nothing to say before the first table.
    m_header->hide();
    m_back->setObjectName(QStringLiteral("backButton"));
    m_back->setToolTip(tr("Shows the table shown before this one again (Alt+Left)."));
    m_hideEmptyUnknown->setObjectName(QStringLiteral("hideEmptyUnknownCheck"));
    m_hideEmptyUnknown->setToolTip(tr("Leaves out the rows and columns of an \"unknown\" category (Inconnu, Non "
                                      "renseigné…) whose cells are all published as zero. Copies and exports leave "
                                      "them out too; a row or column with a suppressed cell always stays."));
    m_copy->setObjectName(QStringLiteral("copyButton"));
    m_exportCsv->setObjectName(QStringLiteral("exportCsvButton"));
    m_exportPng->setObjectName(QStringLiteral("exportPngButton"));
    m_next->setObjectName(QStringLiteral("drillNextCombo"));
    m_next->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_next->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
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

    m_formScroll->setObjectName(QStringLiteral("queryFormScroll"));
    m_formScroll->setWidgetResizable(true);
    m_formScroll->setWidget(m_form);
    // The form's width follows its longest entry (fitFormWidth), so nothing in it is cut.
    m_form->installEventFilter(this);
    auto* runRow = new QHBoxLayout;
    runRow->addWidget(m_run);
    runRow->addWidget(m_cancel);
    auto* left = new QWidget(this);
    left->setObjectName(QStringLiteral("queryPane"));
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_formScroll, 1);
    leftLayout->addLayout(runRow);
    leftLayout->addWidget(m_progress);
    leftLayout->addWidget(m_step);

    // Compact: the table below needs the height.
    auto* headerLayout = new QVBoxLayout(m_header);
    headerLayout->setSpacing(2);
    headerLayout->addWidget(m_title);
    auto* periodRow = new QHBoxLayout;
    periodRow->addWidget(m_period);
    periodRow->addSpacing(12);
    periodRow->addWidget(m_filters, 1);
    headerLayout->addLayout(periodRow);
    for (QLabel* label : {m_rules, m_suppression, m_provenance})
        headerLayout->addWidget(label);
    auto* hideRow = new QHBoxLayout;
    hideRow->addWidget(m_hideEmptyUnknown);
    hideRow->addWidget(m_hidden, 1);
    headerLayout->addLayout(hideRow);
    auto* legend = new QLabel(tr("%1 marks a suppressed cell: hover over it to see why. Totals are in bold.")
                                  .arg(OutputGuard::suppressedSymbol()),
                              this);
    legend->setObjectName(QStringLiteral("suppressionLegend"));
    legend->setWordWrap(true);

    // The chart's export sits with the chart: the rows above stay narrow enough, in French too,
    // to leave the query form its width at 1100 px.
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_back);
    actions->addWidget(m_copy);
    actions->addWidget(m_exportCsv);
    actions->addStretch();
    m_chart->addToolWidget(m_exportPng);
    auto* navigation = new QHBoxLayout;
    auto* nextLabel = new QLabel(tr("Then by:"), this);
    nextLabel->setObjectName(QStringLiteral("drillNextLabel"));
    nextLabel->setBuddy(m_next);
    navigation->addWidget(nextLabel);
    navigation->addWidget(m_next);
    navigation->addWidget(m_drill);
    navigation->addStretch();

    m_tabs->addTab(m_table, tr("Table"));
    m_tabs->addTab(m_chart, tr("Chart"));

    auto* right = new QWidget(this);
    right->setObjectName(QStringLiteral("resultPane"));
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_header);
    rightLayout->addLayout(actions);
    rightLayout->addLayout(navigation);
    rightLayout->addWidget(m_output);
    rightLayout->addWidget(m_tabs, 1);
    rightLayout->addWidget(legend);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("aggregatesSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    m_splitter = splitter;
    connect(splitter, &QSplitter::splitterMoved, this, [this] { m_formWidthChosen = true; });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    auto* back = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Left), this);
    back->setObjectName(QStringLiteral("backShortcut"));
    back->setContext(Qt::WidgetWithChildrenShortcut);

    connect(m_run, &QPushButton::clicked, this, &AggregatesPage::run);
    connect(m_cancel, &QPushButton::clicked, this, &AggregatesPage::cancel);
    connect(m_back, &QPushButton::clicked, this, &AggregatesPage::goBack);
    connect(back, &QShortcut::activated, this, &AggregatesPage::goBack);
    connect(m_hideEmptyUnknown, &QCheckBox::toggled, this, [this](bool hide) {
        m_model->setHideEmptyUnknown(hide);
        m_chart->setHideEmptyUnknown(hide);
        m_table->fitColumns();
        showHiddenCount();
    });
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
    setWorking(false);
    m_progress->setValue(100);
    m_step->setText(tr("Done."));
    if (m_result) {
        m_history.push_back({m_result, m_model->rowDimensions()});
        if (m_history.size() > HistoryLength)
            m_history.erase(m_history.begin());
    }
    display(std::make_shared<const AggregateResult>(std::move(result)), rowDimensions);
}

void AggregatesPage::display(std::shared_ptr<const AggregateResult> result, int rowDimensions)
{
    m_result = std::move(result);
    const AggregateResult& shown = *m_result;
    const QLocale locale;
    showOutput(QString(), false);
    m_header->show();

    m_title->setText(tr("%1 — %2").arg(shown.query.dataset, shown.datasetLabel));
    const AggregateResult::Period period = shown.period();
    if (!period.from.isValid() || !period.to.isValid())
        m_period->setText(tr("Period: the dataset has no care dates"));
    else if (period.filtered)
        m_period->setText(tr("Period: %1 – %2 (the query's care dates)")
                              .arg(period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate)));
    else
        m_period->setText(
            tr("Period: %1 – %2").arg(period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate)));
    const QString filters = describeFilters(shown.query);
    m_filters->setText(filters.isEmpty() ? tr("Filters: none") : tr("Filters: %1").arg(filters));
    m_rules->setText(tr("Rules applied: %1").arg(shown.rules.summary()));
    const QString suppression =
        tr("Suppressed cells: %1 of %2")
            .arg(locale.toString(shown.suppressedCount), locale.toString(static_cast<qulonglong>(shown.cells.size())));
    const QString advice = shown.coarserAdvice();
    m_suppression->setText(advice.isEmpty() ? suppression : tr("%1. %2").arg(suppression, advice));
    m_provenance->setText(shown.provenance());

    m_model->setResult(m_result, rowDimensions);
    m_table->fitColumns();
    m_chart->setResult(m_result);
    showHiddenCount();
    listNextDimensions();
    updateNavigation();
    updateActions();
}

// Back to the table shown before, as it was: its figures were published then and are not
// computed again.
void AggregatesPage::goBack()
{
    if (m_working || m_history.empty())
        return;
    const Shown previous = m_history.back();
    m_history.pop_back();
    m_form->setQuery(previous.result->query, previous.rowDimensions);
    display(previous.result, previous.rowDimensions);
    showOutput(tr("Back to the table of query %1.").arg(previous.result->queryId), false);
}

void AggregatesPage::updateNavigation()
{
    m_back->setEnabled(!m_working && !m_history.empty());
    m_back->setToolTip(m_history.empty()
                           ? tr("Shows the table shown before this one again (Alt+Left).")
                           : tr("Shows the table of query %1 again (Alt+Left).").arg(m_history.back().result->queryId));
    m_hideEmptyUnknown->setEnabled(m_result != nullptr);
}

void AggregatesPage::showHiddenCount()
{
    const int rows = m_model->hiddenRows();
    const int columns = m_model->hiddenColumnGroups();
    QStringList parts;
    if (rows > 0)
        parts << tr("%n row(s) left out", nullptr, rows);
    if (columns > 0)
        parts << tr("%n column(s) left out", nullptr, columns);
    m_hidden->setText(parts.join(QStringLiteral(", ")));
}

// The form starts as wide as its widest entry needs, so that no name in it is cut; the user may
// then narrow it with the splitter (the form scrolls across) to give the table more room.
void AggregatesPage::fitFormWidth()
{
    const int width = m_form->minimumSizeHint().width() + 2 * m_formScroll->frameWidth() +
                      m_formScroll->verticalScrollBar()->sizeHint().width();
    if (m_formWidthChosen || width == m_formScroll->width())
        return;
    const QList<int> sizes = m_splitter->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    if (total > 0)
        m_splitter->setSizes({width, std::max(0, total - width)});
}

bool AggregatesPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_form && event->type() == QEvent::LayoutRequest)
        QTimer::singleShot(0, this, [this] { fitFormWidth(); });
    return QWidget::eventFilter(watched, event);
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
            if (!m_result->query.dimensions.contains(dimension.name)) {
                m_next->addItem(dimension.label, dimension.name);
                m_next->setItemData(m_next->count() - 1, tr("%1 (%2)").arg(dimension.label, dimension.name),
                                    Qt::ToolTipRole);
            }
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
    // The grid as shown, numbers in the decimal mark of the spreadsheet it will be pasted in. Core
    // decides what the copy holds, refuses it if the policy says so, and audits it.
    m_worker.run(
        this,
        [result, cells, layout = m_model->layout(), decimalMark = QLocale().decimalPoint()](Vault& vault) {
            return OutputGuard(vault).clipboardText(*result, layout, decimalMark, cells);
        },
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

void AggregatesPage::chooseFile(const QString& title, const QString& suffix, const QStringList& filters,
                                int selectedFilter, std::function<void(const QString&, int)> chosen)
{
    const QString name = QStringLiteral("%1-%2.%3").arg(m_result->query.dataset, m_result->queryId, suffix);
    // The folder comes from core, which creates the default one: a dialog opened on a folder that
    // does not exist yet would open elsewhere, and the first export would be refused.
    m_worker.run(
        this,
        [](Vault& vault) {
            const OutputGuard guard(vault);
            return QStringList{guard.exportFolder()} + guard.allowedFolders();
        },
        [this, title, name, suffix, filters, selectedFilter, chosen = std::move(chosen)](QStringList folders) {
            const QString folder = folders.takeFirst();
            m_allowedFolders = folders;
            QStringList shownFolders;
            QList<QUrl> places;
            for (const QString& allowed : folders) {
                shownFolders << QDir::toNativeSeparators(allowed);
                if (QFileInfo(allowed).isDir())
                    places << QUrl::fromLocalFile(allowed);
            }
            const QString start = folder.isEmpty() ? (folders.isEmpty() ? QDir::homePath() : folders.first()) : folder;
            // Not modal-blocking: a lock while it is open closes it, and the page with it.
            //: The save dialog's title: what is exported, then the folders policy lets it go to.
            const QString caption = tr("%1 — allowed folders: %2").arg(title, shownFolders.join(u"; "));
            auto* dialog = new QFileDialog(this, caption, start);
            dialog->setObjectName(QStringLiteral("exportFileDialog"));
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setAcceptMode(QFileDialog::AcceptSave);
            dialog->setFileMode(QFileDialog::AnyFile);
            dialog->setNameFilters(filters);
            dialog->selectNameFilter(filters.value(selectedFilter));
            dialog->setDefaultSuffix(suffix);
            // After the filters, which would otherwise replace the name proposed.
            dialog->selectFile(QDir(start).filePath(name));
            // The allowed folders, one click away (in the dialog's side bar).
            if (!places.isEmpty())
                dialog->setSidebarUrls(places);
            connect(dialog, &QFileDialog::fileSelected, this, [dialog, filters, chosen](const QString& file) {
                if (!file.isEmpty())
                    chosen(file, static_cast<int>(filters.indexOf(dialog->selectedNameFilter())));
            });
            dialog->open();
        },
        [this](const QString& message) { showOutput(tr("Not exported: %1").arg(message), true); });
}

void AggregatesPage::exportCsv()
{
    if (!m_result || m_working || m_policy.exportMode == ExportMode::Deny)
        return;
    // A spreadsheet reads numbers in its own locale: the locale's separator and decimal mark
    // first, the others a choice of filter away.
    const std::vector<SheetFormat> formats = {
        {QLatin1Char(';'), QStringLiteral(",")},
        {QLatin1Char(','), QStringLiteral(".")},
        {QLatin1Char('\t'), QStringLiteral(",")},
        {QLatin1Char('\t'), QStringLiteral(".")},
    };
    const QStringList filters = {
        tr("CSV, fields separated by ';', decimal comma (*.csv)"),
        tr("CSV, fields separated by ',', decimal point (*.csv)"),
        tr("Text, fields separated by tabs, decimal comma (*.tsv *.txt)"),
        tr("Text, fields separated by tabs, decimal point (*.tsv *.txt)"),
    };
    const auto local = std::find(formats.begin(), formats.end(), SheetFormat::forLocale(QLocale()));
    const int preferred = local == formats.end() ? 1 : static_cast<int>(local - formats.begin());
    chooseFile(
        tr("Export the table as CSV"), QStringLiteral("csv"), filters, preferred,
        [this, result = m_result, layout = m_model->layout(), formats, preferred](const QString& file, int filter) {
            const SheetFormat format =
                formats.at(filter >= 0 ? static_cast<std::size_t>(filter) : static_cast<std::size_t>(preferred));
            m_worker.run(
                this,
                [result, layout, format, file](Vault& vault) {
                    OutputGuard(vault).exportSheet(*result, layout, format, file);
                },
                [this, file] { showOutput(tr("Exported to %1.").arg(QDir::toNativeSeparators(file)), false); },
                [this](const QString& message) { showOutput(tr("Not exported: %1").arg(message), true); });
        });
}

void AggregatesPage::exportPng()
{
    if (!m_result || m_working || m_policy.exportMode == ExportMode::Deny)
        return;
    // Rendered now, on the UI thread, from the chart of published cells as shown, together with
    // the result the export is audited as: while the folder is looked up and the file chosen, Back
    // or a drill-down may show another table.
    const QByteArray png = m_chart->png();
    chooseFile(tr("Export the chart as PNG"), QStringLiteral("png"), {tr("PNG images (*.png)")}, 0,
               [this, result = m_result, png](const QString& file, int) {
                   m_worker.run(
                       this, [result, png, file](Vault& vault) { OutputGuard(vault).exportImage(*result, png, file); },
                       [this, file] { showOutput(tr("Exported to %1.").arg(QDir::toNativeSeparators(file)), false); },
                       [this](const QString& message) { showOutput(tr("Not exported: %1").arg(message), true); });
               });
}

void AggregatesPage::showOutput(const QString& message, bool refused)
{
    m_output->setText(message);
    m_output->setVisible(!message.isEmpty());
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
    updateNavigation();
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
    QStringList folders;
    for (const QString& folder : m_allowedFolders)
        folders << QDir::toNativeSeparators(folder);
    m_exportCsv->setToolTip(exportDenied ? exportReason
                                         : tr("Writes the table as shown, published cells only, for a spreadsheet, "
                                              "into a folder the policy allows: %1.")
                                               .arg(folders.join(QStringLiteral("; "))));
    m_exportPng->setEnabled(haveTable && !exportDenied);
    m_exportPng->setToolTip(exportDenied ? exportReason
                                         : tr("Writes the chart, with its provenance, into a folder the policy "
                                              "allows: %1.")
                                               .arg(folders.join(QStringLiteral("; "))));
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
