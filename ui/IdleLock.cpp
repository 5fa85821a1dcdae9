#include "IdleLock.h"

#include <QCoreApplication>
#include <QEvent>

namespace ecluse::ui {
namespace {

bool isUserInput(const QEvent* event)
{
    // Spontaneous: from the window system, so a person. Qt's own synthetic events (a widget
    // moving under a still cursor) and ones a program posts do not keep the session open.
    if (!event->spontaneous())
        return false;
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
        return true;
    default:
        return false;
    }
}

} // namespace

IdleLock::IdleLock(const Clock& clock, qint64 limitSeconds, QObject* parent)
    : QObject(parent)
    , m_tracker(clock, limitSeconds)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::check);
}

IdleLock::~IdleLock()
{
    disarm();
}

void IdleLock::arm()
{
    m_tracker.recordActivity();
    if (!m_armed)
        QCoreApplication::instance()->installEventFilter(this);
    m_armed = true;
    m_timer.start();
    report();
}

void IdleLock::disarm()
{
    if (m_armed) {
        if (QCoreApplication* app = QCoreApplication::instance())
            app->removeEventFilter(this);
    }
    m_armed = false;
    m_timer.stop();
}

void IdleLock::check()
{
    if (!m_armed)
        return;
    if (m_tracker.isExpired()) {
        disarm();
        Q_EMIT expired();
        return;
    }
    report();
}

void IdleLock::report()
{
    Q_EMIT countdown(m_tracker.secondsLeft(), m_tracker.isWarning());
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event)
{
    if (m_armed && isUserInput(event)) {
        const bool wasWarning = m_tracker.isWarning();
        m_tracker.recordActivity();
        // The warning goes as soon as the user is back, not up to a second later.
        if (wasWarning)
            report();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ecluse::ui
