#include "SignInThrottle.h"

#include "policy/Policy.h"

#include <QCoreApplication>

namespace ecluse {

SignInThrottle::SignInThrottle(const Policy& policy)
    : m_delaySeconds(policy.signInDelaySeconds)
    , m_limit(policy.failedSignInLimit)
    , m_lockoutMinutes(policy.signInLockoutMinutes)
{}

qint64 SignInThrottle::delayAfter(int failureCount) const
{
    if (failureCount < FreeAttempts)
        return 0;
    const qint64 lockout = qint64(m_lockoutMinutes) * 60;
    const int doublings = std::min(failureCount - FreeAttempts, 30);
    return std::min<qint64>(qint64(m_delaySeconds) << doublings, lockout);
}

std::optional<QString> SignInThrottle::refusal(const std::vector<UnlockFailureLog::Failure>& failures,
                                               const QString& user, const QDateTime& now) const
{
    int count = 0;
    QDateTime last;
    for (const auto& failure : failures) {
        if (failure.user == user) {
            ++count;
            last = std::max(last, failure.timeUtc);
        }
    }
    if (count < FreeAttempts || !last.isValid())
        return std::nullopt;
    if (count >= m_limit) {
        const QDateTime until = last.addSecs(qint64(m_lockoutMinutes) * 60);
        if (now < until)
            return QCoreApplication::translate("ecluse::SignInThrottle",
                                               "too many failed sign-ins for %1: sign-in is refused until %2 UTC "
                                               "(policy FailedSignInLimit = %3, SignInLockoutMinutes = %4)")
                .arg(user, until.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                .arg(m_limit)
                .arg(m_lockoutMinutes);
        return std::nullopt;
    }
    const QDateTime allowedAt = last.addSecs(delayAfter(count));
    if (now < allowedAt)
        return QCoreApplication::translate("ecluse::SignInThrottle",
                                           "%1 failed sign-ins in a row for %2: wait %3 s before trying again "
                                           "(policy SignInDelaySeconds = %4)")
            .arg(count)
            .arg(user)
            .arg(std::max<qint64>(1, now.secsTo(allowedAt)))
            .arg(m_delaySeconds);
    return std::nullopt;
}

} // namespace ecluse
