#pragma once

#include "Session.h"
#include "aggregate/AggregateQuery.h"
#include "policy/Policy.h"

#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QSplitter;
class QTabWidget;
class QTimer;

namespace ecluse {
struct AggregateProgress;
struct AggregateResult;
} // namespace ecluse

namespace ecluse::ui {

class AggregateChart;
class PivotTableModel;
class PivotView;
class QueryForm;
class VaultWorker;

// Aggregate tables for analysts: a query form, the table after disclosure control as a pivot with
// its totals, a chart of the published cells, drill-down by row and back, and copies and exports
// that pass through core's guard alone. Every figure on it came out of core's disclosure control; a
// suppressed cell shows the symbol and why, never a value. The table and the chart carry a
// watermark with the user and the time.
class AggregatesPage : public QWidget
{
    Q_OBJECT

public:
    // policy: the rules in force, for enabling copies and exports (core enforces them again).
    AggregatesPage(VaultWorker& worker, Session session, const Policy& policy, QWidget* parent = nullptr);
    ~AggregatesPage() override;

private:
    struct Engine;
    struct Setup;

    void loadDatasets();
    void run();
    void cancel();
    void showProgress(const AggregateProgress& progress);
    void showResult(AggregateResult result, int rowDimensions);
    void display(std::shared_ptr<const AggregateResult> result, int rowDimensions);
    void goBack();
    void updateNavigation();
    void showHiddenCount();
    void fitFormWidth();
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showFailure(const QString& message, bool cancelled);
    void showMessage(const QString& message);
    void drillDown();
    void listNextDimensions();
    void copySelection();
    void putOnClipboard(const QString& text, int cells);
    void exportCsv();
    void exportPng();
    // A save dialog in the first allowed folder (created if it is the default one), which names
    // the allowed folders; `chosen` gets the file and the index of the filter picked.
    void chooseFile(const QString& title, const QString& suffix, const QStringList& filters, int selectedFilter,
                    std::function<void(const QString&, int)> chosen);
    void showOutput(const QString& message, bool refused);
    void setWorking(bool working);
    void updateActions();

    VaultWorker& m_worker;
    Session m_session;
    Policy m_policy;
    // The page's one Aggregates service, made by the first job on the worker and only ever used
    // there, so that the columns it caches serve the next queries.
    std::shared_ptr<Engine> m_engine;
    std::shared_ptr<const AggregateResult> m_result;
    // Shared with the running query, which reads it on the worker thread.
    std::shared_ptr<std::atomic_bool> m_cancelRequested;
    QStringList m_allowedFolders;
    bool m_ready = false;
    bool m_working = false;

    // What was shown before, for Back: the latest last, a few at most.
    struct Shown
    {
        std::shared_ptr<const AggregateResult> result;
        int rowDimensions = 0;
    };
    std::vector<Shown> m_history;

    QLabel* m_message;
    QueryForm* m_form;
    QScrollArea* m_formScroll;
    QSplitter* m_splitter = nullptr;
    bool m_formWidthChosen = false; // the user moved the splitter
    QGroupBox* m_header;
    QPushButton* m_back;
    QCheckBox* m_hideEmptyUnknown;
    QLabel* m_hidden;
    QPushButton* m_run;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_step;
    QLabel* m_title;
    QLabel* m_period;
    QLabel* m_filters;
    QLabel* m_rules;
    QLabel* m_suppression;
    QLabel* m_provenance;
    QPushButton* m_copy;
    QPushButton* m_exportCsv;
    QPushButton* m_exportPng;
    QComboBox* m_next;
    QPushButton* m_drill;
    QLabel* m_output;
    QTabWidget* m_tabs;
    PivotTableModel* m_model;
    PivotView* m_table;
    AggregateChart* m_chart;
    QTimer* m_clipboardClear;

public:
    // The parameters of the table shown, or of the query running: what a lock keeps so that the
    // unlock asks for the table again. Never a result. *rowDimensions: how many go down the side.
    std::optional<AggregateQuery> currentQuery(int* rowDimensions = nullptr) const;
    // Puts query in the form, its first rowDimensions down the side, and runs it as soon as the
    // page knows which datasets are open to the user.
    void restoreQuery(const AggregateQuery& query, int rowDimensions);
};

} // namespace ecluse::ui
