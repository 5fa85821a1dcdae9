#pragma once

#include <QObject>

class QWidget;

namespace ecluse::ui {

// Keeps a top-level window out of screenshots, screen recordings and screen sharing, so data shown
// to an authorised analyst does not leave through a capture tool or a video call. Windows 10 2004
// and later show the window as nothing in captures; earlier versions show it black. Returns whether
// the setting was applied: always false on other systems, which offer no such control.
bool excludeFromScreenCapture(QWidget* topLevel, bool allowCapture);

// Installed on the application, applies excludeFromScreenCapture to every top-level window as it is
// shown, so dialogs, menus and tooltips, which may show data too, are covered without each one
// asking. Windows opened by the system rather than Qt (native file dialogs) are not covered.
class CaptureProtectionFilter : public QObject
{
    Q_OBJECT

public:
    explicit CaptureProtectionFilter(bool allowCapture, QObject* parent = nullptr);

    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool m_allowCapture;
};

} // namespace ecluse::ui
