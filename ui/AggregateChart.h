#pragma once

#include <QWidget>

#include <memory>

class QChart;
class QChartView;
class QComboBox;
class QImage;
class QLabel;

namespace ecluse {
struct AggregateResult;
}

namespace ecluse::ui {

// A bar chart of one measure along the table's first dimension, the other dimensions at their
// total. Only published cells are drawn; a suppressed category is left out, never drawn as zero,
// and the axis says how many were. The totals are not drawn: they would flatten every bar.
class AggregateChart : public QWidget
{
    Q_OBJECT

public:
    explicit AggregateChart(QWidget* parent = nullptr);

    void setResult(std::shared_ptr<const AggregateResult> result);
    void clear();

    // The view as shown, with the result's provenance written under it and in the PNG's
    // "Provenance" text, encoded as PNG.
    QByteArray png() const;
    // The widget to cover with a watermark.
    QWidget* view() const;

private:
    void draw();

    std::shared_ptr<const AggregateResult> m_result;
    QComboBox* m_measure;
    QLabel* m_note;
    QChartView* m_view;
};

} // namespace ecluse::ui
