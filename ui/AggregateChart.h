#pragma once

#include <QWidget>

#include <memory>

class QChartView;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QScrollArea;

namespace ecluse {
struct AggregateResult;
}

namespace ecluse::ui {

// A bar chart of one measure: one bar per category of the table's first dimension, and with two
// dimensions or more one bar per category of the second within each (when it has few enough to
// tell apart), the other dimensions at their total; a note says what is drawn. Bars run across,
// so that category labels are read whole. Only published cells are drawn: a category whose cells
// are all suppressed is left out, never drawn as zero, and one with some suppressed is marked ×
// followed by the names of its suppressed bars ("Corse × Féminin"), which are not drawn. The
// totals are not drawn: they would flatten every bar. Nothing is shown before a result.
class AggregateChart : public QWidget
{
    Q_OBJECT

public:
    // Second-dimension categories drawn as bars side by side at most; beyond, the second
    // dimension is taken at its total.
    static constexpr int MaxSeries = 12;

    explicit AggregateChart(QWidget* parent = nullptr);

    void setResult(std::shared_ptr<const AggregateResult> result);
    // Leaves out the "unknown" categories the table leaves out (isEmptyUnknown).
    void setHideEmptyUnknown(bool hide);
    void clear();

    // The view as shown, with the result's provenance written under it and in the PNG's
    // "Provenance" text, encoded as PNG.
    QByteArray png() const;
    // The widget to cover with a watermark.
    QWidget* view() const;
    // Puts `widget` (the page's export button) at the end of the chart's top row.
    void addToolWidget(QWidget* widget);

private:
    void draw();

    std::shared_ptr<const AggregateResult> m_result;
    bool m_hideEmptyUnknown = false;
    QComboBox* m_measure;
    QLabel* m_note;
    QHBoxLayout* m_tools;
    QLabel* m_placeholder;
    QScrollArea* m_scroll;
    QChartView* m_view;
};

} // namespace ecluse::ui
