#pragma once

#include <QDateTime>

#include <algorithm>

namespace ecluse {

class Clock;

// When the session must lock for want of input. The GUI feeds it every user input and asks it
// once a second; time comes from the injected clock, so tests move it by hand.
class IdleTracker
{
public:
    // Seconds before the lock during which the user is warned, counting down.
    static constexpr qint64 WarningSeconds = 30;

    IdleTracker(const Clock& clock, qint64 limitSeconds);

    void recordActivity();

    qint64 secondsLeft() const;
    bool isWarning() const { return secondsLeft() <= std::min(WarningSeconds, m_limitSeconds / 2); }
    bool isExpired() const { return secondsLeft() == 0; }

private:
    const Clock& m_clock;
    qint64 m_limitSeconds;
    QDateTime m_lastActivity;
};

} // namespace ecluse
