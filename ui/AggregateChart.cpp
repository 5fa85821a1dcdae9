#include "AggregateChart.h"

#include "PivotTableModel.h"
#include "aggregate/AggregateResult.h"
#include "data/Catalogue.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace ecluse::ui {
namespace {

// Amounts are held in cents; the axis reads in euros.
double chartValue(const AggregateResult& result, int measure, std::int64_t value)
{
    const Measure& m = result.query.measures.at(static_cast<std::size_t>(measure));
    if (m.kind == MeasureKind::Sum) {
        const DatasetSchema* schema = Catalogue::builtin().dataset(result.query.dataset);
        const ColumnSpec* column = schema ? schema->column(m.column) : nullptr;
        if (column && column->type == ColumnType::Amount)
            return static_cast<double>(value) / 100.0;
    }
    return static_cast<double>(value);
}

} // namespace

AggregateChart::AggregateChart(QWidget* parent)
    : QWidget(parent)
    , m_measure(new QComboBox(this))
    , m_note(new QLabel(this))
    , m_view(new QChartView(this))
{
    setObjectName(QStringLiteral("aggregateChart"));
    m_measure->setObjectName(QStringLiteral("chartMeasureCombo"));
    m_note->setObjectName(QStringLiteral("chartNote"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_view->setObjectName(QStringLiteral("chartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    // The view made its own chart: setChart() would release that one without deleting it.
    m_view->chart()->legend()->setAlignment(Qt::AlignBottom);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Measure:"), this));
    top->addWidget(m_measure);
    top->addWidget(m_note, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    connect(m_measure, &QComboBox::currentIndexChanged, this, [this] { draw(); });
}

QWidget* AggregateChart::view() const
{
    return m_view;
}

void AggregateChart::setResult(std::shared_ptr<const AggregateResult> result)
{
    m_result = std::move(result);
    {
        const QSignalBlocker blocker(m_measure);
        m_measure->clear();
        for (int measure = 0; measure < static_cast<int>(m_result->query.measures.size()); ++measure)
            m_measure->addItem(PivotTableModel::measureTitle(*m_result, measure));
    }
    draw();
}

void AggregateChart::clear()
{
    m_result.reset();
    m_measure->clear();
    draw();
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
    const int measure = m_measure->currentIndex();
    if (!m_result || m_result->dimensions.empty() || measure < 0) {
        chart->setTitle(QString());
        return;
    }

    const AggregateResult& result = *m_result;
    const TableDimension& along = result.dimensions.front();
    const int dimensions = result.shape.dimensionCount();
    std::vector<int> coordinates(static_cast<std::size_t>(dimensions));
    for (int d = 1; d < dimensions; ++d)
        coordinates[static_cast<std::size_t>(d)] = result.shape.categories(d); // the other dimensions' totals

    const QString title = PivotTableModel::measureTitle(result, measure);
    auto* bars = new QBarSet(title);
    QStringList categories;
    int suppressed = 0;
    for (int category = 0; category < result.shape.categories(0); ++category) {
        coordinates[0] = category;
        const ResultCell& cell = result.cells.at(static_cast<std::size_t>(result.shape.index(coordinates)));
        const auto& value = cell.values.size() > static_cast<std::size_t>(measure)
                                ? cell.values[static_cast<std::size_t>(measure)]
                                : std::optional<std::int64_t>();
        if (cell.status != CellStatus::Published || !value) {
            ++suppressed;
            continue;
        }
        categories << (category < along.labels.size() ? along.labels.at(category) : along.codes.at(category));
        *bars << chartValue(result, measure, *value);
    }
    auto* series = new QBarSeries;
    series->append(bars);
    chart->addSeries(series);
    chart->setTitle(tr("%1 by %2").arg(title, along.label.isEmpty() ? along.name : along.label));

    auto* axisX = new QBarCategoryAxis;
    axisX->append(categories);
    axisX->setTitleText(suppressed == 0
                            ? along.label
                            : tr("%1 — %n suppressed category(ies) not drawn", nullptr, suppressed).arg(along.label));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto* axisY = new QValueAxis;
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    axisY->setMin(0);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    if (suppressed > 0)
        m_note->setText(tr("%n suppressed category(ies) of %1 are not drawn.", nullptr, suppressed).arg(along.label));
    if (dimensions > 1)
        m_note->setText((m_note->text() + QLatin1Char(' ') + tr("Other dimensions at their total.")).trimmed());
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
