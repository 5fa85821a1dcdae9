#include "SignInThrottle.h"

#include "policy/Policy.h"

#include <QCoreApplication>

namespace ecluse {
namespace {

// This file's messages, under the "SignInThrottle" context that lupdate files them in too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SignInThrottle)
};

} // namespace

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

std::optional<QString> SignInThrottle::refusal(const UnlockFailureLog::Count& count, const QString& user,
                                               const QDateTime& now) const
{
    if (count.failures < FreeAttempts || !count.lastUtc.isValid())
        return std::nullopt;
    if (count.failures >= m_limit) {
        const QDateTime until = count.lastUtc.addSecs(qint64(m_lockoutMinutes) * 60);
        if (now < until)
            return Text::tr("too many failed sign-ins for %1: sign-in is refused until %2 UTC "
                            "(policy FailedSignInLimit = %3, SignInLockoutMinutes = %4)")
                .arg(user, until.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                .arg(m_limit)
                .arg(m_lockoutMinutes);
        return std::nullopt;
    }
    const QDateTime allowedAt = count.lastUtc.addSecs(delayAfter(count.failures));
    if (now < allowedAt) {
        // Rounded up: "wait 1 s" with 1.9 s left would send the user into another refusal.
        const qint64 seconds = (now.msecsTo(allowedAt) + 999) / 1000;
        return Text::tr("%1 failed sign-ins in a row for %2: wait %3 s before trying again "
                        "(policy SignInDelaySeconds = %4)")
            .arg(count.failures)
            .arg(user)
            .arg(seconds)
            .arg(m_delaySeconds);
    }
    return std::nullopt;
}

} // namespace ecluse
