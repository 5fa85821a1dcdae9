#include "ElidedLabel.h"

#include <QFontMetricsF>
#include <QResizeEvent>

#include <algorithm>
#include <cmath>

namespace ecluse::ui {

ElidedLabel::ElidedLabel(const QString& objectName, Qt::TextElideMode mode, QWidget* parent)
    : QLabel(parent)
    , m_mode(mode)
{
    setObjectName(objectName);
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void ElidedLabel::setFullText(const QString& text)
{
    m_fullText = text;
    updateGeometry();
    elide();
}

QSize ElidedLabel::sizeHint() const
{
    const QMargins margins = contentsMargins();
    // Rounded up: elidedText() cuts a text whose fractional width exceeds the whole pixels given.
    const int textWidth = static_cast<int>(std::ceil(QFontMetricsF(font()).horizontalAdvance(m_fullText)));
    return {textWidth + margins.left() + margins.right(),
            fontMetrics().height() + margins.top() + margins.bottom()};
}

QSize ElidedLabel::minimumSizeHint() const
{
    // Room for a few characters and the ellipsis: a label cut shorter says nothing.
    const QMargins margins = contentsMargins();
    const QString shortest = fontMetrics().elidedText(m_fullText, m_mode, fontMetrics().averageCharWidth() * 6);
    const int width = fontMetrics().horizontalAdvance(shortest) + margins.left() + margins.right();
    return {std::min(width, sizeHint().width()), sizeHint().height()};
}

void ElidedLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    elide();
}

void ElidedLabel::elide()
{
    const QString shown = fontMetrics().elidedText(m_fullText, m_mode, contentsRect().width());
    if (shown != text())
        setText(shown);
}

} // namespace ecluse::ui
