#include "IdleTracker.h"

#include "common/Clock.h"

namespace ecluse {

IdleTracker::IdleTracker(const Clock& clock, qint64 limitSeconds)
    : m_clock(clock)
    , m_limitSeconds(limitSeconds)
    , m_lastActivity(clock.nowUtc())
{}

void IdleTracker::recordActivity()
{
    m_lastActivity = m_clock.nowUtc();
}

qint64 IdleTracker::secondsLeft() const
{
    const qint64 idle = m_lastActivity.secsTo(m_clock.nowUtc());
    // A clock set backwards counts as activity rather than as an endless session.
    return std::clamp<qint64>(m_limitSeconds - std::max<qint64>(idle, 0), 0, m_limitSeconds);
}

} // namespace ecluse
