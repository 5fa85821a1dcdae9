#pragma once

#include <QDateTime>
#include <QString>

#include <map>
#include <vector>

namespace ecluse {

// Failed sign-ins happen while the vault is closed, so they cannot go into the audit trail at
// once. This file in the vault folder keeps, for the throttle, how many sign-ins failed in a row
// for each name (unknown names too), and, for the trail, the failures not yet moved into it. It
// holds names and times only; each failure also goes to the system log, which the user cannot
// erase. Every change is a locked read-modify-write replaced atomically, so that two processes
// failing at once both count.
class UnlockFailureLog
{
public:
    struct Failure
    {
        QDateTime timeUtc;
        QString user;
        QString reason;
    };

    struct Count
    {
        int failures = 0; // in a row, since the last success
        QDateTime lastUtc;
    };

    // Bounds that keep the file small under a flood of guesses, without ever losing a count that
    // still restricts someone (see compact()).
    static constexpr int MaximumPending = 1000;
    static constexpr int MaximumNames = 10000;

    explicit UnlockFailureLog(QString path);

    // Throws ErrorKind::Other when the file cannot be written: a throttle that cannot count must
    // not let attempts through unnoticed. `counts` is false for refusals that are not guesses (a
    // right password for a habilitation that has ended): audited, not throttled.
    void record(const Failure& failure, bool counts = true);
    Count countFor(const QString& user) const;
    // The failures waiting for the trail, the oldest first; `dropped` is how many older ones the
    // bound on pending entries left out (the system log still has them).
    std::vector<Failure> pending(qint64* dropped = nullptr) const;
    // After a successful sign-in: the pending failures have reached the trail, and this user's
    // count starts again. Other users' counts stay.
    void clearPendingAndReset(const QString& user);

private:
    struct Contents
    {
        std::map<QString, Count> counts;
        std::vector<Failure> pending;
        qint64 dropped = 0;
    };

    Contents read() const;
    void write(const Contents& contents) const;
    template <typename Change> void update(Change change);

    QString m_path;
};

} // namespace ecluse
