#include "QueryForm.h"

#include "aggregate/AggregateTable.h"
#include "common/Error.h"
#include "data/Catalogue.h"
#include "data/CodeList.h"
#include "sdc/TableShape.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <algorithm>

namespace ecluse::ui {
namespace {

enum class FilterKind
{
    Codes, // values picked from the column's code list
    Text,  // plain numbers (year, month) typed in
    Dates, // a from/to range on a date column
};

enum EditorPage
{
    CodesPage,
    TextPage,
    DatesPage,
};

// The code list behind a dimension or a filter column, "" for plain numbers.
QString codeListOf(const DatasetSchema& schema, const QString& name)
{
    if (const ColumnSpec* column = schema.column(name))
        return column->type == ColumnType::Code ? column->codeList : QString();
    if (const DerivedDimension* derived = schema.derivedDimension(name))
        return derived->codeList;
    return {};
}

FilterKind filterKind(const DatasetSchema& schema, const QString& name)
{
    if (const ColumnSpec* column = schema.column(name); column && column->type == ColumnType::Date)
        return FilterKind::Dates;
    return codeListOf(schema, name).isEmpty() ? FilterKind::Text : FilterKind::Codes;
}

QString labelOf(const DatasetSchema& schema, const QString& name)
{
    if (const ColumnSpec* column = schema.column(name))
        return column->label;
    if (const DerivedDimension* derived = schema.derivedDimension(name))
        return derived->label;
    return name;
}

// The code list's entries, or none when the list is missing: the form then offers typing.
const std::vector<CodeList::Entry>* entriesOf(const QString& codeList)
{
    try {
        return &CodeList::builtin(codeList).entries();
    } catch (const Error&) {
        return nullptr;
    }
}

QListWidgetItem* checkableItem(const QString& text, const QString& name, QListWidget* list)
{
    auto* item = new QListWidgetItem(text, list);
    item->setData(Qt::UserRole, name);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    item->setCheckState(Qt::Unchecked);
    return item;
}

QWidget* boxed(const QString& title, QLayout* content, QWidget* parent)
{
    auto* box = new QGroupBox(title, parent);
    box->setLayout(content);
    return box;
}

} // namespace

std::vector<DimensionChoice> dimensionChoices(const DatasetSchema& schema)
{
    std::vector<DimensionChoice> choices;
    for (const ColumnSpec& column : schema.columns) {
        if (column.isDimension)
            choices.push_back({column.name, column.label});
    }
    for (const DerivedDimension& derived : schema.derived)
        choices.push_back({derived.name, derived.label});
    return choices;
}

QueryForm::QueryForm(QWidget* parent)
    : QWidget(parent)
    , m_dataset(new QComboBox(this))
    , m_access(new QLabel(this))
    , m_rows(new QListWidget(this))
    , m_columns(new QListWidget(this))
    , m_limit(new QLabel(this))
    , m_measures(new QListWidget(this))
    , m_filterColumn(new QComboBox(this))
    , m_filterEditor(new QStackedWidget(this))
    , m_filterValues(new QListWidget(this))
    , m_filterText(new QLineEdit(this))
    , m_from(new QLineEdit(this))
    , m_to(new QLineEdit(this))
    , m_addFilter(new QPushButton(tr("&Add filter"), this))
    , m_filterList(new QListWidget(this))
    , m_removeFilter(new QPushButton(tr("&Remove filter"), this))
    , m_filterProblem(new QLabel(this))
{
    setObjectName(QStringLiteral("queryForm"));
    m_dataset->setObjectName(QStringLiteral("datasetCombo"));
    m_access->setObjectName(QStringLiteral("datasetAccessLabel"));
    m_access->setWordWrap(true);
    m_access->setTextFormat(Qt::PlainText);
    m_access->hide();
    m_rows->setObjectName(QStringLiteral("rowDimensionList"));
    m_columns->setObjectName(QStringLiteral("columnDimensionList"));
    m_limit->setObjectName(QStringLiteral("dimensionLimitLabel"));
    m_limit->setWordWrap(true);
    m_measures->setObjectName(QStringLiteral("measureList"));
    m_filterColumn->setObjectName(QStringLiteral("filterColumnCombo"));
    m_filterValues->setObjectName(QStringLiteral("filterValueList"));
    m_filterText->setObjectName(QStringLiteral("filterValuesEdit"));
    m_filterText->setPlaceholderText(tr("Values, separated by commas"));
    m_from->setObjectName(QStringLiteral("filterFromEdit"));
    m_from->setPlaceholderText(tr("From (YYYY-MM-DD), empty: open"));
    m_to->setObjectName(QStringLiteral("filterToEdit"));
    m_to->setPlaceholderText(tr("To (YYYY-MM-DD), empty: open"));
    m_addFilter->setObjectName(QStringLiteral("addFilterButton"));
    m_filterList->setObjectName(QStringLiteral("filterList"));
    m_removeFilter->setObjectName(QStringLiteral("removeFilterButton"));
    m_filterProblem->setObjectName(QStringLiteral("filterProblemLabel"));
    m_filterProblem->setWordWrap(true);
    m_filterProblem->setTextFormat(Qt::PlainText);
    m_filterProblem->hide();
    for (QListWidget* list : {m_rows, m_columns, m_measures, m_filterValues})
        list->setMinimumHeight(90);
    m_filterList->setMaximumHeight(90);
    // Names are read whole: the lists and the combo boxes are as wide as their longest entry, and
    // the form widens with them (the page keeps it in view). Filter values, some of them long
    // (natures of service), scroll across instead, their full text in a tooltip.
    for (QListWidget* list : {m_rows, m_columns, m_measures})
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (QComboBox* combo : {m_dataset, m_filterColumn})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_filterEditor->insertWidget(CodesPage, m_filterValues);
    m_filterEditor->insertWidget(TextPage, m_filterText);
    auto* dates = new QWidget(m_filterEditor);
    auto* datesLayout = new QHBoxLayout(dates);
    datesLayout->setContentsMargins(0, 0, 0, 0);
    datesLayout->addWidget(m_from);
    datesLayout->addWidget(m_to);
    m_filterEditor->insertWidget(DatesPage, dates);

    auto* datasetLayout = new QVBoxLayout;
    datasetLayout->addWidget(m_dataset);
    datasetLayout->addWidget(m_access);
    // Labels above the lists, so that the lists have the box's whole width for their entries.
    auto* dimensionsLayout = new QVBoxLayout;
    auto* rowsLabel = new QLabel(tr("Rows:"), this);
    rowsLabel->setObjectName(QStringLiteral("rowDimensionLabel"));
    rowsLabel->setBuddy(m_rows);
    auto* columnsLabel = new QLabel(tr("Columns:"), this);
    columnsLabel->setObjectName(QStringLiteral("columnDimensionLabel"));
    columnsLabel->setBuddy(m_columns);
    dimensionsLayout->addWidget(rowsLabel);
    dimensionsLayout->addWidget(m_rows);
    dimensionsLayout->addWidget(columnsLabel);
    dimensionsLayout->addWidget(m_columns);
    dimensionsLayout->addWidget(m_limit);
    auto* measuresLayout = new QVBoxLayout;
    measuresLayout->addWidget(m_measures);
    auto* filtersLayout = new QVBoxLayout;
    filtersLayout->addWidget(m_filterColumn);
    filtersLayout->addWidget(m_filterEditor);
    filtersLayout->addWidget(m_addFilter);
    filtersLayout->addWidget(m_filterProblem);
    filtersLayout->addWidget(m_filterList);
    filtersLayout->addWidget(m_removeFilter);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(boxed(tr("Dataset"), datasetLayout, this));
    layout->addWidget(boxed(tr("Dimensions"), dimensionsLayout, this));
    layout->addWidget(boxed(tr("Measures"), measuresLayout, this));
    layout->addWidget(boxed(tr("Filters"), filtersLayout, this));
    layout->addStretch();

    connect(m_dataset, &QComboBox::currentIndexChanged, this, [this] {
        m_filters.clear();
        showDataset();
    });
    connect(m_rows, &QListWidget::itemChanged, this, [this] { updateDimensionLimits(); });
    connect(m_columns, &QListWidget::itemChanged, this, [this] { updateDimensionLimits(); });
    connect(m_filterColumn, &QComboBox::currentIndexChanged, this, [this] { showFilterEditor(); });
    connect(m_addFilter, &QPushButton::clicked, this, &QueryForm::addFilter);
    connect(m_removeFilter, &QPushButton::clicked, this, &QueryForm::removeFilter);
    connect(m_filterList, &QListWidget::currentRowChanged, this,
            [this](int row) { m_removeFilter->setEnabled(row >= 0); });
    m_removeFilter->setEnabled(false);
}

void QueryForm::setDatasets(const std::vector<DatasetAccess>& datasets)
{
    const QSignalBlocker blocker(m_dataset);
    m_dataset->clear();
    QStringList refusals;
    int firstAllowed = -1;
    auto* items = qobject_cast<QStandardItemModel*>(m_dataset->model());
    for (const DatasetAccess& dataset : datasets) {
        m_dataset->addItem(dataset.label.isEmpty() ? dataset.name : dataset.label, dataset.name);
        const int row = m_dataset->count() - 1;
        m_dataset->setItemData(row, tr("%1 — %2").arg(dataset.name, dataset.label), Qt::ToolTipRole);
        if (dataset.allowed) {
            if (firstAllowed < 0)
                firstAllowed = row;
            continue;
        }
        // Listed, so that the user knows it exists and why it is closed, but not selectable.
        if (QStandardItem* item = items ? items->item(row) : nullptr) {
            item->setEnabled(false);
            item->setToolTip(dataset.reason);
        }
        refusals << tr("%1: %2").arg(dataset.name, dataset.reason);
    }
    m_access->setText(refusals.isEmpty() ? QString()
                                         : tr("Not open to you:\n%1").arg(refusals.join(QLatin1Char('\n'))));
    m_access->setVisible(!refusals.isEmpty());
    m_dataset->setCurrentIndex(firstAllowed);
    m_dataset->setEnabled(firstAllowed >= 0);
    m_filters.clear();
    showDataset();
}

// The width every entry of `list` needs, so that none is cut: the widest entry, the frame and
// room for a vertical scroll bar.
void QueryForm::fitToEntries(QListWidget* list)
{
    const int entries = list->count() > 0 ? list->sizeHintForColumn(0) : 0;
    list->setMinimumWidth(entries + 2 * list->frameWidth() + list->verticalScrollBar()->sizeHint().width());
}

QString QueryForm::currentDataset() const
{
    return m_dataset->currentData().toString();
}

const DatasetSchema* QueryForm::currentSchema() const
{
    return Catalogue::builtin().dataset(currentDataset());
}

void QueryForm::showDataset()
{
    const QSignalBlocker rowsBlocker(m_rows);
    const QSignalBlocker columnsBlocker(m_columns);
    const QSignalBlocker filterBlocker(m_filterColumn);
    m_rows->clear();
    m_columns->clear();
    m_measures->clear();
    m_filterColumn->clear();
    const DatasetSchema* schema = currentSchema();
    if (schema) {
        for (const DimensionChoice& dimension : dimensionChoices(*schema)) {
            const QString text = tr("%1 (%2)").arg(dimension.label, dimension.name);
            checkableItem(text, dimension.name, m_rows);
            checkableItem(text, dimension.name, m_columns);
            m_filterColumn->addItem(text, dimension.name);
        }
        for (const ColumnSpec& column : schema->columns) {
            if (column.type == ColumnType::Date)
                m_filterColumn->addItem(tr("%1 (%2)").arg(column.label, column.name), column.name);
        }
        // Distinct people first, the count disclosure control protects; a dataset of aggregated
        // rows (Open DAMIR) has no one to count, only records.
        const bool people = std::any_of(schema->columns.begin(), schema->columns.end(),
                                        [](const ColumnSpec& column) { return column.type == ColumnType::Pseudonym; });
        if (people)
            checkableItem(tr("Beneficiaries"), QStringLiteral("beneficiaries"), m_measures);
        checkableItem(tr("Records"), QStringLiteral("records"), m_measures);
        m_measures->item(0)->setCheckState(Qt::Checked);
        for (const ColumnSpec& column : schema->columns) {
            if (column.isMeasure)
                checkableItem(tr("Sum of %1 (%2)").arg(column.label, column.name), column.name, m_measures);
        }
    }
    for (int row = 0; row < m_filterColumn->count(); ++row)
        m_filterColumn->setItemData(row, m_filterColumn->itemText(row), Qt::ToolTipRole);
    for (QListWidget* list : {m_rows, m_columns, m_measures})
        fitToEntries(list);
    m_dataset->setToolTip(m_dataset->currentData(Qt::ToolTipRole).toString());
    listFilters();
    showFilterEditor();
    updateDimensionLimits();
}

QStringList QueryForm::checkedNames(const QListWidget* list)
{
    QStringList names;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->checkState() == Qt::Checked)
            names << list->item(row)->data(Qt::UserRole).toString();
    }
    return names;
}

void QueryForm::check(QListWidget* list, const QStringList& names)
{
    for (int row = 0; row < list->count(); ++row) {
        QListWidgetItem* item = list->item(row);
        item->setCheckState(names.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

// A dimension is either down the side or across, and a table has four at most (TableShape):
// the rest are greyed out with the reason rather than refused after the click.
void QueryForm::updateDimensionLimits()
{
    const QSignalBlocker rowsBlocker(m_rows);
    const QSignalBlocker columnsBlocker(m_columns);
    const QStringList rows = checkedNames(m_rows);
    const QStringList columns = checkedNames(m_columns);
    const bool full = rows.size() + columns.size() >= TableShape::MaxDimensions;
    const auto limit = [&](QListWidget* list, const QStringList& other) {
        for (int row = 0; row < list->count(); ++row) {
            QListWidgetItem* item = list->item(row);
            const QString name = item->data(Qt::UserRole).toString();
            const bool checked = item->checkState() == Qt::Checked;
            QString why;
            if (!checked && other.contains(name))
                why =
                    list == m_rows ? tr("Already across, in the columns.") : tr("Already down the side, in the rows.");
            else if (!checked && full)
                why = tr("A table has at most %1 dimensions.").arg(TableShape::MaxDimensions);
            item->setFlags(why.isEmpty() ? item->flags() | Qt::ItemIsEnabled : item->flags() & ~Qt::ItemIsEnabled);
            item->setToolTip(why);
        }
    };
    limit(m_rows, columns);
    limit(m_columns, rows);
    m_limit->setText(
        tr("%1 of %2 dimensions chosen.").arg(rows.size() + columns.size()).arg(TableShape::MaxDimensions));
}

void QueryForm::showFilterEditor()
{
    m_filterValues->clear();
    m_filterText->clear();
    m_from->clear();
    m_to->clear();
    const DatasetSchema* schema = currentSchema();
    const QString column = m_filterColumn->currentData().toString();
    m_addFilter->setEnabled(schema && !column.isEmpty());
    if (!schema || column.isEmpty())
        return;
    switch (filterKind(*schema, column)) {
    case FilterKind::Codes:
        if (const auto* entries = entriesOf(codeListOf(*schema, column))) {
            for (const CodeList::Entry& entry : *entries) {
                const QString text = tr("%1 — %2").arg(entry.code, entry.label);
                checkableItem(text, entry.code, m_filterValues)->setToolTip(text);
            }
            m_filterEditor->setCurrentIndex(CodesPage);
        } else {
            m_filterEditor->setCurrentIndex(TextPage);
        }
        break;
    case FilterKind::Text:
        m_filterEditor->setCurrentIndex(TextPage);
        break;
    case FilterKind::Dates:
        m_filterEditor->setCurrentIndex(DatesPage);
        break;
    }
}

void QueryForm::addFilter()
{
    Filter filter;
    filter.column = m_filterColumn->currentData().toString();
    QString problem;
    switch (m_filterEditor->currentIndex()) {
    case CodesPage:
        filter.values = checkedNames(m_filterValues);
        if (filter.values.isEmpty())
            problem = tr("Tick at least one value to keep.");
        break;
    case TextPage:
        for (const QString& value : m_filterText->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!value.trimmed().isEmpty())
                filter.values << value.trimmed();
        }
        if (filter.values.isEmpty())
            problem = tr("Type at least one value to keep.");
        break;
    case DatesPage: {
        const auto parse = [&](const QLineEdit* edit, std::optional<QDate>& date) {
            const QString text = edit->text().trimmed();
            if (text.isEmpty())
                return;
            const QDate parsed = QDate::fromString(text, Qt::ISODate);
            if (parsed.isValid())
                date = parsed;
            else
                problem = tr("'%1' is not a date written YYYY-MM-DD.").arg(text);
        };
        parse(m_from, filter.from);
        parse(m_to, filter.to);
        if (problem.isEmpty() && !filter.from && !filter.to)
            problem = tr("Give a start date, an end date or both.");
        break;
    }
    }
    m_filterProblem->setText(problem);
    m_filterProblem->setVisible(!problem.isEmpty());
    if (!problem.isEmpty())
        return;
    setFilter(filter);
    listFilters();
}

// One filter per column: a new one on the same column replaces it.
void QueryForm::setFilter(const Filter& filter)
{
    const auto same = std::find_if(m_filters.begin(), m_filters.end(),
                                   [&](const Filter& existing) { return existing.column == filter.column; });
    if (same != m_filters.end())
        *same = filter;
    else
        m_filters.push_back(filter);
}

void QueryForm::removeFilter()
{
    const int row = m_filterList->currentRow();
    if (row < 0 || row >= static_cast<int>(m_filters.size()))
        return;
    m_filters.erase(m_filters.begin() + row);
    listFilters();
}

void QueryForm::listFilters()
{
    m_filterList->clear();
    for (const Filter& filter : m_filters)
        m_filterList->addItem(describe(filter));
    m_removeFilter->setEnabled(false);
}

QString QueryForm::describe(const Filter& filter) const
{
    const DatasetSchema* schema = currentSchema();
    const QString label = schema ? labelOf(*schema, filter.column) : filter.column;
    if (!filter.isDateRange())
        return tr("%1 = %2").arg(label, filter.values.join(QStringLiteral(", ")));
    const QString from = filter.from ? filter.from->toString(Qt::ISODate) : tr("the start");
    const QString to = filter.to ? filter.to->toString(Qt::ISODate) : tr("the end");
    return tr("%1 from %2 to %3").arg(label, from, to);
}

std::optional<AggregateQuery> QueryForm::query(QString* problem) const
{
    const auto refuse = [&](const QString& why) {
        if (problem)
            *problem = why;
        return std::optional<AggregateQuery>();
    };
    const int current = m_dataset->currentIndex();
    if (current < 0)
        return refuse(tr("No dataset is open to you for aggregates."));
    if (const auto* items = qobject_cast<const QStandardItemModel*>(m_dataset->model());
        items && items->item(current) && !items->item(current)->isEnabled())
        return refuse(items->item(current)->toolTip());

    AggregateQuery query;
    query.dataset = currentDataset();
    query.dimensions = checkedNames(m_rows) + checkedNames(m_columns);
    if (query.dimensions.isEmpty())
        return refuse(tr("Choose at least one dimension, in the rows or the columns."));
    if (query.dimensions.size() > TableShape::MaxDimensions)
        return refuse(tr("A table has at most %1 dimensions.").arg(TableShape::MaxDimensions));
    for (const QString& name : checkedNames(m_measures)) {
        Measure measure;
        if (name == QLatin1String("beneficiaries")) {
            measure.kind = MeasureKind::Beneficiaries;
        } else if (name == QLatin1String("records")) {
            measure.kind = MeasureKind::Records;
        } else {
            measure.kind = MeasureKind::Sum;
            measure.column = name;
        }
        query.measures.push_back(measure);
    }
    if (query.measures.empty())
        return refuse(tr("Choose at least one measure."));
    query.filters = m_filters;
    return query;
}

int QueryForm::rowDimensionCount() const
{
    return static_cast<int>(checkedNames(m_rows).size());
}

void QueryForm::setQuery(const AggregateQuery& query, int rowDimensions)
{
    const int index = m_dataset->findData(query.dataset);
    if (index >= 0 && index != m_dataset->currentIndex())
        m_dataset->setCurrentIndex(index); // lists the dataset's dimensions and measures afresh
    {
        const QSignalBlocker rowsBlocker(m_rows);
        const QSignalBlocker columnsBlocker(m_columns);
        check(m_rows, query.dimensions.mid(0, rowDimensions));
        check(m_columns, query.dimensions.mid(rowDimensions));
    }
    QStringList measures;
    for (const Measure& measure : query.measures)
        measures << measure.name();
    check(m_measures, measures);
    m_filters = query.filters;
    listFilters();
    updateDimensionLimits();
}

void QueryForm::drillDown(const std::vector<Filter>& filters, const QString& next)
{
    QStringList rows = checkedNames(m_rows);
    for (const Filter& filter : filters) {
        setFilter(filter);
        rows.removeAll(filter.column);
    }
    if (!next.isEmpty() && !rows.contains(next) && !checkedNames(m_columns).contains(next))
        rows << next;
    {
        const QSignalBlocker rowsBlocker(m_rows);
        check(m_rows, rows);
    }
    listFilters();
    updateDimensionLimits();
}

} // namespace ecluse::ui
