#include "Watermark.h"

#include <QDateTime>
#include <QEvent>
#include <QPaintEvent>
#include <QPainter>

#include <cmath>
#include <utility>

namespace ecluse::ui {
namespace {

constexpr int msPerMinute = 60 * 1000;
// Faint enough to read the figures through, strong enough to survive a phone photo.
constexpr int textAlpha = 34;

} // namespace

Watermark::Watermark(QString user, QWidget* covered)
    : QWidget(covered)
    , m_user(std::move(user))
{
    setObjectName(QStringLiteral("watermark"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    m_minute.setSingleShot(true);
    m_minute.setTimerType(Qt::CoarseTimer);
    connect(&m_minute, &QTimer::timeout, this, &Watermark::refresh);
    covered->installEventFilter(this);
    setGeometry(covered->rect());
    refresh();
}

void Watermark::refresh()
{
    const QDateTime now = QDateTime::currentDateTime();
    m_text = tr("%1 · %2").arg(m_user, now.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    setAccessibleName(m_text);
    update();
    // At the turn of the next minute, so that the time shown is never a minute behind.
    const int intoMinute = now.time().second() * 1000 + now.time().msec();
    m_minute.start(msPerMinute - intoMinute + 50);
}

bool Watermark::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parent()) {
        if (event->type() == QEvent::Resize)
            setGeometry(parentWidget()->rect());
        // A child added to the view later (a viewport, a header) would cover the mark.
        if (event->type() == QEvent::Resize || event->type() == QEvent::ChildAdded || event->type() == QEvent::Show)
            raise();
    }
    return QWidget::eventFilter(watched, event);
}

void Watermark::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::TextAntialiasing);
    QColor colour = palette().color(QPalette::WindowText);
    colour.setAlpha(textAlpha);
    painter.setPen(colour);
    QFont font = painter.font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    painter.setFont(font);

    // Tiled on a slant across the whole view, so that no crop of a screenshot loses it.
    const QFontMetrics metrics(font);
    const int stepX = metrics.horizontalAdvance(m_text) + 80;
    const int stepY = metrics.height() * 5;
    const int reach = static_cast<int>(std::hypot(width(), height()));
    painter.translate(width() / 2, height() / 2);
    painter.rotate(-25);
    int line = 0;
    for (int y = -reach; y <= reach; y += stepY, ++line) {
        const int shift = (line % 2) * stepX / 2;
        for (int x = -reach - shift; x <= reach; x += stepX)
            painter.drawText(x, y, m_text);
    }
}

} // namespace ecluse::ui
