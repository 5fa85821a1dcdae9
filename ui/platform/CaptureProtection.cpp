#include "platform/CaptureProtection.h"

#include <QEvent>
#include <QWidget>

#ifdef Q_OS_WIN
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
// Windows 10 2004; older SDKs lack the name.
#ifndef WDA_EXCLUDEFROMCAPTURE
#define WDA_EXCLUDEFROMCAPTURE 0x00000011
#endif
#endif

namespace ecluse::ui {

bool excludeFromScreenCapture(QWidget* topLevel, bool allowCapture)
{
#ifdef Q_OS_WIN
    if (!topLevel || !topLevel->isWindow())
        return false;
    const HWND window = reinterpret_cast<HWND>(topLevel->winId());
    if (allowCapture)
        return SetWindowDisplayAffinity(window, WDA_NONE) != FALSE;
    if (SetWindowDisplayAffinity(window, WDA_EXCLUDEFROMCAPTURE) != FALSE)
        return true;
    // Refused before Windows 10 2004: the window then shows black in captures instead.
    return SetWindowDisplayAffinity(window, WDA_MONITOR) != FALSE;
#else
    Q_UNUSED(topLevel)
    Q_UNUSED(allowCapture)
    return false;
#endif
}

CaptureProtectionFilter::CaptureProtectionFilter(bool allowCapture, QObject* parent)
    : QObject(parent)
    , m_allowCapture(allowCapture)
{}

bool CaptureProtectionFilter::eventFilter(QObject* watched, QEvent* event)
{
    // At every show, not only the first: Qt recreates a window's native handle when its flags
    // change, and the new handle starts capturable.
    if (event->type() == QEvent::Show && watched->isWidgetType()) {
        auto* widget = static_cast<QWidget*>(watched);
        if (widget->isWindow())
            excludeFromScreenCapture(widget, m_allowCapture);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ecluse::ui
