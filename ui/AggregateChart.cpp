#include "AggregateChart.h"

#include "PivotTableModel.h"
#include "aggregate/AggregateResult.h"
#include "aggregate/PublishedGrid.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <optional>

namespace ecluse::ui {
namespace {

// Amounts are held in cents; the axis reads in euros.
double chartValue(const AggregateResult& result, int measure, std::int64_t value)
{
    return result.isAmount(measure) ? static_cast<double>(value) / 100.0 : static_cast<double>(value);
}

// The round step for about `ticks` intervals over `span`: 1, 2, 2.5 or 5 times a power of ten,
// so that the axis reads 0, 500, 1 000… rather than 0, 96, 192.
double niceStep(double span, int ticks)
{
    if (span <= 0)
        return 1;
    const double rough = span / ticks;
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    for (const double factor : {1.0, 2.0, 2.5, 5.0}) {
        if (rough <= factor * power)
            return factor * power;
    }
    return 10 * power;
}

} // namespace

AggregateChart::AggregateChart(QWidget* parent)
    : QWidget(parent)
    , m_measure(new QComboBox(this))
    , m_note(new QLabel(this))
    , m_tools(new QHBoxLayout)
    , m_placeholder(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_view(new QChartView)
{
    setObjectName(QStringLiteral("aggregateChart"));
    m_measure->setObjectName(QStringLiteral("chartMeasureCombo"));
    m_measure->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_note->setObjectName(QStringLiteral("chartNote"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_placeholder->setObjectName(QStringLiteral("chartPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_view->setObjectName(QStringLiteral("chartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    // The view made its own chart: setChart() would release that one without deleting it.
    QChart* chart = m_view->chart();
    chart->legend()->setAlignment(Qt::AlignBottom);
    // Axis figures in the user's locale: digit groups, decimal comma in French.
    chart->setLocalizeNumbers(true);
    // A table with many categories gets a taller chart, scrolled, rather than labels cut short.
    m_scroll->setObjectName(QStringLiteral("chartScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_view);

    // The measure and the page's tools on one row, the note on what is drawn under them, whole.
    auto* measureLabel = new QLabel(tr("Measure:"), this);
    measureLabel->setObjectName(QStringLiteral("chartMeasureLabel"));
    measureLabel->setBuddy(m_measure);
    m_measure->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_tools->addWidget(measureLabel);
    m_tools->addWidget(m_measure);
    m_tools->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_tools);
    layout->addWidget(m_note);
    layout->addWidget(m_placeholder, 1);
    layout->addWidget(m_scroll, 1);

    connect(m_measure, &QComboBox::currentIndexChanged, this, [this] { draw(); });
    draw();
}

QWidget* AggregateChart::view() const
{
    return m_view;
}

void AggregateChart::addToolWidget(QWidget* widget)
{
    m_tools->addWidget(widget);
}

void AggregateChart::setResult(std::shared_ptr<const AggregateResult> result)
{
    m_result = std::move(result);
    {
        // The measure drawn stays the one chosen when the new table has it, wherever it is now.
        const QSignalBlocker blocker(m_measure);
        const QString current = m_measure->currentText();
        m_measure->clear();
        for (int measure = 0; m_result && measure < static_cast<int>(m_result->query.measures.size()); ++measure)
            m_measure->addItem(PivotTableModel::measureTitle(*m_result, measure));
        m_measure->setCurrentIndex(std::max(0, m_measure->findText(current)));
    }
    draw();
}

void AggregateChart::setHideEmptyUnknown(bool hide)
{
    if (m_hideEmptyUnknown == hide)
        return;
    m_hideEmptyUnknown = hide;
    draw();
}

void AggregateChart::clear()
{
    setResult(nullptr);
}

void AggregateChart::draw()
{
    QChart* chart = m_view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    m_note->clear();
    m_note->hide();
    m_placeholder->setText(tr("Run a query: its chart appears here."));
    const int measure = m_measure->currentIndex();
    const bool drawing = m_result && !m_result->dimensions.empty() && measure >= 0;
    const auto showPlaceholder = [&](bool shown) {
        m_placeholder->setVisible(shown);
        m_scroll->setVisible(!shown);
        if (shown)
            chart->setTitle(QString());
    };
    showPlaceholder(!drawing);
    m_measure->setEnabled(drawing);
    if (!drawing)
        return;

    const AggregateResult& result = *m_result;
    chart->setLocale(QLocale());
    const int dimensions = result.shape.dimensionCount();
    const TableDimension& along = result.dimensions.front();
    // The second dimension as bars side by side, when there is one with few enough categories.
    const bool grouped = dimensions >= 2 && result.shape.categories(1) <= MaxSeries;
    const int seriesCount = grouped ? result.shape.categories(1) : 1;
    std::vector<int> coordinates(static_cast<std::size_t>(dimensions));
    for (int d = 1; d < dimensions; ++d)
        coordinates[static_cast<std::size_t>(d)] = result.shape.categories(d); // the other dimensions' totals
    const auto cellOf = [&](int category, int series) -> const ResultCell& {
        coordinates[0] = category;
        if (grouped)
            coordinates[1] = series;
        return result.cells.at(static_cast<std::size_t>(result.shape.index(coordinates)));
    };
    const auto valueOf = [&](const ResultCell& cell) -> std::optional<std::int64_t> {
        if (cell.suppressed || cell.values.size() <= static_cast<std::size_t>(measure))
            return std::nullopt;
        return cell.values[static_cast<std::size_t>(measure)];
    };
    // Whether the table leaves out every row and column of `category` of `dimension`: the chart
    // leaves it out too, by the same rule.
    const auto leftOut = [&](int dimension, int category) {
        if (!m_hideEmptyUnknown)
            return false;
        std::vector<int> slice;
        for (int d = 0; d < dimensions; ++d)
            slice.push_back(d == dimension ? category : -1);
        return isEmptyUnknown(result, slice);
    };

    std::vector<int> series;
    for (int s = 0; s < seriesCount; ++s) {
        if (!grouped || !leftOut(1, s))
            series.push_back(s);
    }
    const TableDimension* second = dimensions >= 2 ? &result.dimensions.at(1) : nullptr;
    const QString secondName = !second ? QString() : second->label.isEmpty() ? second->name : second->label;
    if (series.empty()) {
        // No bar is left to draw: the chart is not drawn, rather than counting every category as
        // suppressed.
        //: In place of the chart when the table leaves out every category of the dimension whose
        //: bars are drawn side by side.
        m_placeholder->setText(
            tr("Nothing to draw: every category of %1 is an empty \"unknown\" one, left out.").arg(secondName));
        showPlaceholder(true);
        return;
    }
    const auto seriesName = [&](int s) {
        return s < second->labels.size() ? second->labels.at(s) : second->codes.at(s);
    };

    const QString title = PivotTableModel::measureTitle(result, measure);
    std::vector<QBarSet*> sets;
    for (int s : series)
        sets.push_back(new QBarSet(grouped ? seriesName(s) : title));
    QStringList categories;
    int suppressed = 0;
    int partly = 0;
    int hidden = 0;
    double low = 0;
    double high = 0;
    // Bars run top to bottom in the table's order: the axis lists its first category at the bottom.
    for (int category = result.shape.categories(0) - 1; category >= 0; --category) {
        if (leftOut(0, category)) {
            ++hidden;
            continue;
        }
        QStringList suppressedBars;
        for (int s : series) {
            if (!valueOf(cellOf(category, s)))
                suppressedBars << (grouped ? seriesName(s) : title);
        }
        if (suppressedBars.size() == static_cast<int>(series.size())) {
            ++suppressed;
            continue;
        }
        QString label = category < along.labels.size() ? along.labels.at(category) : along.codes.at(category);
        if (!suppressedBars.isEmpty()) {
            //: A chart category, then after × the bars of it that are suppressed and not drawn:
            //: "Corse × Féminin, Inconnu".
            label = tr("%1 × %2").arg(label, suppressedBars.join(QStringLiteral(", ")));
            ++partly;
        }
        categories << label;
        for (std::size_t i = 0; i < series.size(); ++i) {
            const auto value = valueOf(cellOf(category, series[i]));
            // A suppressed bar is left at zero length: its category's label names it after ×, so
            // that it is not taken for a published zero.
            const double shown = value ? chartValue(result, measure, *value) : 0.0;
            low = std::min(low, shown);
            high = std::max(high, shown);
            *sets[i] << shown;
        }
    }
    auto* bars = new QHorizontalBarSeries;
    for (QBarSet* set : sets)
        bars->append(set);
    chart->addSeries(bars);
    chart->legend()->setVisible(grouped);
    const QString alongName = along.label.isEmpty() ? along.name : along.label;
    if (grouped) {
        chart->setTitle(tr("%1 by %2 and %3").arg(title, alongName, secondName));
    } else {
        chart->setTitle(tr("%1 by %2").arg(title, alongName));
    }

    // No title beside the labels (the chart's title names the dimension): the labels get the room.
    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    bars->attachAxis(categoryAxis);

    auto* valueAxis = new QValueAxis;
    const double step = niceStep(high - low, 5);
    valueAxis->setTickType(QValueAxis::TicksDynamic);
    valueAxis->setTickAnchor(0);
    valueAxis->setTickInterval(step);
    valueAxis->setRange(std::floor(low / step) * step, std::max(step, std::ceil(high / step) * step));
    valueAxis->setLabelFormat(step < 1 ? QStringLiteral("%.2f") : QStringLiteral("%.0f"));
    valueAxis->setTitleText(result.measureTitle(measure, true));
    chart->addAxis(valueAxis, Qt::AlignBottom);
    bars->attachAxis(valueAxis);

    // Tall enough for every label on a line of its own and each group's bars apart; wide enough
    // for the longest label, since Qt Charts gives the labels beside the bars at most 40 % of the
    // chart's width and cuts them beyond. The chart scrolls rather than cut them.
    const QFontMetrics labelMetrics(categoryAxis->labelsFont());
    const int line = labelMetrics.height();
    const int perCategory = std::max(line + 6, static_cast<int>(series.size()) * 6 + 8);
    m_view->setMinimumHeight(static_cast<int>(categories.size()) * perCategory + 6 * line + (grouped ? 3 * line : 0));
    int widest = 0;
    for (const QString& label : std::as_const(categories))
        widest = std::max(widest, labelMetrics.horizontalAdvance(label));
    const QMargins margins = chart->margins();
    const int titleWidth = QFontMetrics(chart->titleFont()).horizontalAdvance(chart->title());
    m_view->setMinimumWidth(std::max((widest + 2 * line) * 5 / 2, titleWidth + 2 * line) + margins.left() +
                            margins.right() + 2 * line);

    // What is drawn, and what is not.
    QStringList note;
    if (grouped)
        note << tr("One bar per %1 within each %2.").arg(result.dimensions.at(1).label, alongName);
    else if (dimensions >= 2)
        note << tr("%1 has too many categories to draw side by side.").arg(result.dimensions.at(1).label);
    QStringList totals;
    for (int d = grouped ? 2 : 1; d < dimensions; ++d)
        totals << result.dimensions.at(static_cast<std::size_t>(d)).label;
    if (!totals.isEmpty())
        note << tr("At their total: %1.").arg(totals.join(QStringLiteral(", ")));
    if (partly > 0)
        note << tr("× after %n category(ies): the bars it names are suppressed and not drawn.", nullptr, partly);
    if (suppressed > 0)
        note << tr("%n suppressed category(ies) of %1 are not drawn.", nullptr, suppressed).arg(alongName);
    if (hidden > 0)
        note << tr("%n empty \"unknown\" category(ies) left out.", nullptr, hidden);
    m_note->setText(note.join(QLatin1Char(' ')));
    m_note->setVisible(!note.isEmpty());
}

QByteArray AggregateChart::png() const
{
    if (!m_result)
        return {};
    const QString provenance = m_result->provenance();
    const QImage shot = m_view->grab().toImage();
    QFont font = this->font();
    const QFontMetrics metrics(font);
    const int strip = metrics.height() * 2;
    const int width = std::max(shot.width(), metrics.horizontalAdvance(provenance) + 20);
    QImage image(width, shot.height() + strip, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.drawImage(0, 0, shot);
        painter.setPen(Qt::black);
        painter.setFont(font);
        // A picture pasted anywhere still says where its figures came from.
        painter.drawText(QRect(10, shot.height(), width - 20, strip), Qt::AlignVCenter | Qt::AlignLeft, provenance);
    }
    image.setText(QStringLiteral("Provenance"), provenance); // not translated: a PNG metadata key
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace ecluse::ui
