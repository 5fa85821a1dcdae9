#pragma once

#include <QDateTime>
#include <QString>

#include <vector>

namespace ecluse {

// Failed sign-ins happen while the vault is closed, so they cannot go into the audit trail at
// once. They wait here, in the vault folder, and move into the trail at the next successful
// unlock. The file only holds user names and times; each failure also goes to the system log,
// which the user cannot erase.
class UnlockFailureLog
{
public:
    struct Failure
    {
        QDateTime timeUtc;
        QString user;
        QString reason;
    };

    explicit UnlockFailureLog(QString path);

    void record(const Failure& failure);
    std::vector<Failure> read() const;
    void clear();

private:
    QString m_path;
};

} // namespace ecluse
