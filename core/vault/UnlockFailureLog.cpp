#include "UnlockFailureLog.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace ecluse {

namespace {
// A burst of guesses must not fill the disk: past this many, only the count grows in the syslog.
constexpr qint64 maximumFileSize = 1 << 20;
} // namespace

UnlockFailureLog::UnlockFailureLog(QString path)
    : m_path(std::move(path))
{}

void UnlockFailureLog::record(const Failure& failure)
{
    QFile file(m_path);
    if (file.size() > maximumFileSize || !file.open(QIODevice::WriteOnly | QIODevice::Append))
        return;
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    const QJsonObject json{{QStringLiteral("time"), failure.timeUtc.toUTC().toString(Qt::ISODateWithMs)},
                           {QStringLiteral("user"), failure.user.left(128)},
                           {QStringLiteral("reason"), failure.reason}};
    file.write(QJsonDocument(json).toJson(QJsonDocument::Compact) + '\n');
}

std::vector<UnlockFailureLog::Failure> UnlockFailureLog::read() const
{
    std::vector<Failure> failures;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return failures;
    while (!file.atEnd()) {
        const QJsonObject json = QJsonDocument::fromJson(file.readLine()).object();
        if (json.isEmpty())
            continue;
        failures.push_back({QDateTime::fromString(json.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs),
                            json.value(QStringLiteral("user")).toString(),
                            json.value(QStringLiteral("reason")).toString()});
    }
    return failures;
}

void UnlockFailureLog::clear()
{
    QFile::remove(m_path);
}

} // namespace ecluse
