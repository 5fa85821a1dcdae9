#pragma once

#include "aggregate/AggregateQuery.h"

#include <QWidget>

#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QStackedWidget;

namespace ecluse::ui {

// A dataset as offered to the signed-in user: core's answer to whether they may query it.
struct DatasetAccess
{
    QString name;
    QString label;
    bool allowed = false;
    QString reason; // core's words when not allowed
};

// A dimension a dataset may be grouped by: a coded column or a derived one (age band, region).
struct DimensionChoice
{
    QString name;
    QString label;
};
std::vector<DimensionChoice> dimensionChoices(const DatasetSchema& schema);

// What an aggregate table is made of: the dataset, the dimensions down the side and across (four
// at most in all), the measures and the filters. It only gathers the choice; core validates the
// query and decides whether the user may run it.
class QueryForm : public QWidget
{
    Q_OBJECT

public:
    explicit QueryForm(QWidget* parent = nullptr);

    void setDatasets(const std::vector<DatasetAccess>& datasets);

    // The query as filled in; without one, *problem says what is missing.
    std::optional<AggregateQuery> query(QString* problem) const;
    // How many of the query's dimensions, from the first, go down the side.
    int rowDimensionCount() const;

    // Fills the form with a query, its first `rowDimensions` dimensions down the side.
    void setQuery(const AggregateQuery& query, int rowDimensions);
    // Keeps only the rows of the filters' values: each filtered dimension leaves the side, and
    // `next` (when not empty) is added to it.
    void drillDown(const std::vector<Filter>& filters, const QString& next);

private:
    QString currentDataset() const;
    const DatasetSchema* currentSchema() const;
    void showDataset();
    void updateDimensionLimits();
    void showFilterEditor();
    void addFilter();
    void removeFilter();
    void setFilter(const Filter& filter);
    void listFilters();
    QString describe(const Filter& filter) const;
    static void fitToEntries(QListWidget* list);
    static QStringList checkedNames(const QListWidget* list);
    static void check(QListWidget* list, const QStringList& names);

    QComboBox* m_dataset;
    QLabel* m_access;
    QListWidget* m_rows;
    QListWidget* m_columns;
    QLabel* m_limit;
    QListWidget* m_measures;
    QComboBox* m_filterColumn;
    QStackedWidget* m_filterEditor;
    QListWidget* m_filterValues;
    QLineEdit* m_filterText;
    QLineEdit* m_from;
    QLineEdit* m_to;
    QPushButton* m_addFilter;
    QListWidget* m_filterList;
    QPushButton* m_removeFilter;
    QLabel* m_filterProblem;
    std::vector<Filter> m_filters;
};

} // namespace ecluse::ui
