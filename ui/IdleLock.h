#pragma once

#include "session/IdleTracker.h"

#include <QObject>
#include <QTimer>

namespace ecluse {
class Clock;
}

namespace ecluse::ui {

// Locks the session when nobody has used keyboard, mouse or touch screen for the policy's delay:
// an unlocked workstation left alone shows pseudonymised health data to whoever walks by.
// While armed it watches input to the whole application, dialogs included, and asks the tracker
// once a second; core's IdleTracker decides, on the vault's clock.
class IdleLock : public QObject
{
    Q_OBJECT

public:
    IdleLock(const Clock& clock, qint64 limitSeconds, QObject* parent = nullptr);
    ~IdleLock() override;

    // Starts counting from now and watching input; disarm() stops both.
    void arm();
    void disarm();
    bool isArmed() const { return m_armed; }

    // What the timer does each second. Public so that tests move their clock and call it.
    void check();

Q_SIGNALS:
    // Every check while armed, and at once when input ends a warning.
    void countdown(qint64 secondsLeft, bool warning);
    // The delay is over; the lock is disarmed already.
    void expired();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void report();

    IdleTracker m_tracker;
    QTimer m_timer;
    bool m_armed = false;
};

} // namespace ecluse::ui
