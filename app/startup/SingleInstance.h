#pragma once

#include <QLockFile>
#include <QString>

namespace ecluse {

// One Écluse window per user: two instances would each hold the data key, and would race on the
// vault's sessions, idle lock and audit trail. A lock file in the user's runtime folder, which
// the system empties at log-out and which other users cannot write to (the shared temporary
// folder is the fallback only), so another user cannot plant the lock and keep us from starting.
class SingleInstance
{
public:
    // folder: where the lock lives; empty means the user's runtime folder, else the temporary one.
    explicit SingleInstance(const QString& folder = QString());
    SingleInstance(const SingleInstance&) = delete;
    SingleInstance& operator=(const SingleInstance&) = delete;

    // Takes the lock, without waiting. A lock left by a crashed instance is taken over (its
    // process is gone). False if another live instance holds it, or if the lock file cannot be
    // made: error() tells which.
    bool acquire();
    QLockFile::LockError error() const { return m_lock.error(); }
    const QString& lockFilePath() const { return m_path; }

    // ecluse-<hash of the user account>.lock
    static QString lockFileName();

private:
    QString m_path;
    QLockFile m_lock;
};

} // namespace ecluse
