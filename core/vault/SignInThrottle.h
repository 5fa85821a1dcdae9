#pragma once

#include "UnlockFailureLog.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace ecluse {

struct Policy;

// Slows down guessing through Écluse itself: after the third failed sign-in in a row for a
// name, each attempt must wait a delay that doubles with every failure; at the policy's limit,
// sign-in for that name is refused for the lock-out period. Offline guessing against
// keyslots.json is bounded by scrypt instead; see docs/SECURITY.md.
class SignInThrottle
{
public:
    static constexpr int FreeAttempts = 3;

    explicit SignInThrottle(const Policy& policy);

    // Why an attempt for user must not be tried now, or nothing when it may be.
    std::optional<QString> refusal(const UnlockFailureLog::Count& count, const QString& user,
                                   const QDateTime& now) const;
    // The delay owed after failureCount failures in a row, in seconds (0 when none is owed).
    qint64 delayAfter(int failureCount) const;

private:
    int m_delaySeconds;
    int m_limit;
    int m_lockoutMinutes;
};

} // namespace ecluse
