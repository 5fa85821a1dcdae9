#include "UnlockFailureLog.h"

#include "common/Error.h"
#include "common/ReadFile.h"
#include "common/StrictJson.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>

#include <algorithm>
#include <limits>

namespace ecluse {
namespace {

const QString formatName = QStringLiteral("ecluse-unlock-failures");
// MaximumNames counts and MaximumPending failures of about 100 bytes each, with room to spare.
constexpr qint64 maximumFileSize = 4 << 20;

// This file's messages, under the "UnlockFailureLog" context that lupdate files them in too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(UnlockFailureLog)
};

QString timeText(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeFrom(const QJsonValue& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace

UnlockFailureLog::UnlockFailureLog(QString path)
    : m_path(std::move(path))
{}

UnlockFailureLog::Contents UnlockFailureLog::read() const
{
    Contents contents;
    // Absent: no failures yet. A link, even a dangling one, is not absent: it is refused below.
    const QFileInfo info(m_path);
    if (!info.exists() && !info.isSymLink())
        return contents;
    const auto damaged = [this](const QString& why) {
        return Error(
            ErrorKind::Integrity,
            Text::tr("the record of failed sign-ins %1 is damaged (%2): sign-in is refused until it is repaired or "
                     "removed (removing it resets every count)")
                .arg(m_path, why));
    };
    QByteArray bytes;
    try {
        // Not followed if it is a link; a FIFO cannot hang sign-in.
        bytes = readRegularFile(m_path, maximumFileSize,
                                {.links = LinkPolicy::Refuse,
                                 .refusal = ErrorKind::Integrity,
                                 .missing = ErrorKind::Integrity,
                                 .name = Text::tr("the file")});
    } catch (const Error& error) {
        throw damaged(error.message());
    }
    QString problem;
    const std::optional<QJsonObject> document = parseStrictJsonObject(bytes, &problem);
    if (!document)
        throw damaged(Text::tr("not valid JSON: %1").arg(problem));
    const QJsonObject& root = *document;
    if (root.value(QStringLiteral("format")).toString() != formatName ||
        root.value(QStringLiteral("version")).toInteger(-1) != 1)
        throw damaged(Text::tr("not a version 1 record"));
    // A count that does not read as one must not read as zero: that would lift a lock-out.
    const QJsonObject counts = root.value(QStringLiteral("counts")).toObject();
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        const QJsonObject count = it.value().toObject();
        const qint64 failures = count.value(QStringLiteral("failures")).toInteger(-1);
        const QDateTime last = timeFrom(count.value(QStringLiteral("last")));
        if (failures < 0 || failures > std::numeric_limits<int>::max() || !last.isValid())
            throw damaged(Text::tr("the count of '%1' is malformed").arg(it.key()));
        contents.counts[it.key()] = {static_cast<int>(failures), last};
    }
    for (const QJsonValue value : root.value(QStringLiteral("pending")).toArray()) {
        const QJsonObject json = value.toObject();
        const Failure failure{timeFrom(json.value(QStringLiteral("time"))),
                              json.value(QStringLiteral("user")).toString(),
                              json.value(QStringLiteral("reason")).toString()};
        if (!failure.timeUtc.isValid() || failure.reason.isEmpty())
            throw damaged(Text::tr("a pending failure is malformed"));
        contents.pending.push_back(failure);
    }
    contents.dropped = root.value(QStringLiteral("dropped")).toInteger();
    return contents;
}

void UnlockFailureLog::write(const Contents& contents) const
{
    QJsonObject counts;
    for (const auto& [user, count] : contents.counts)
        counts.insert(user, QJsonObject{{QStringLiteral("failures"), count.failures},
                                        {QStringLiteral("last"), timeText(count.lastUtc)}});
    QJsonArray pending;
    for (const Failure& failure : contents.pending)
        pending.append(QJsonObject{{QStringLiteral("time"), timeText(failure.timeUtc)},
                                   {QStringLiteral("user"), failure.user},
                                   {QStringLiteral("reason"), failure.reason}});
    const QByteArray bytes = QJsonDocument(QJsonObject{{QStringLiteral("format"), formatName},
                                                       {QStringLiteral("version"), 1},
                                                       {QStringLiteral("counts"), counts},
                                                       {QStringLiteral("pending"), pending},
                                                       {QStringLiteral("dropped"), contents.dropped}})
                                 .toJson(QJsonDocument::Compact);
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw Error(ErrorKind::Other,
                    Text::tr("cannot record the failed sign-in in %1: %2: sign-in is refused until it "
                             "can be recorded")
                        .arg(m_path, file.errorString()));
}

template <typename Change> void UnlockFailureLog::update(Change change)
{
    // Two processes failing at once must both count: one read-modify-write at a time. A lock whose
    // owner cannot be read (a process killed between creating and writing it) is stale only by
    // age: that age must come well within the wait, or sign-in is refused until it passes. A
    // read-modify-write of this small file takes milliseconds.
    QLockFile lock(m_path + QStringLiteral(".lock"));
    lock.setStaleLockTime(5'000);
    if (!lock.tryLock(10'000))
        throw Error(
            ErrorKind::Other,
            Text::tr("cannot lock the record of failed sign-ins %1: sign-in is refused until it can").arg(m_path));
    Contents contents = read();
    change(contents);
    write(contents);
}

void UnlockFailureLog::record(const Failure& failure, bool counts)
{
    update([&](Contents& contents) {
        contents.pending.push_back({failure.timeUtc, failure.user.left(128), failure.reason});
        if (contents.pending.size() > MaximumPending) {
            const auto excess = static_cast<std::ptrdiff_t>(contents.pending.size() - MaximumPending);
            contents.pending.erase(contents.pending.begin(), contents.pending.begin() + excess);
            contents.dropped += excess;
        }
        if (!counts)
            return;
        Count& count = contents.counts[failure.user.left(128)];
        ++count.failures;
        count.lastUtc = std::max(count.lastUtc, failure.timeUtc);
        if (contents.counts.size() <= MaximumNames)
            return;
        // A flood of made-up names must not push out the count of a name under attack: the
        // counts that restrict the least (fewest failures, then the oldest) go first.
        std::vector<std::pair<QString, Count>> all(contents.counts.begin(), contents.counts.end());
        std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) {
            return a.second.failures != b.second.failures ? a.second.failures < b.second.failures
                                                          : a.second.lastUtc < b.second.lastUtc;
        });
        for (std::size_t i = 0; contents.counts.size() > MaximumNames; ++i)
            contents.counts.erase(all[i].first);
    });
}

UnlockFailureLog::Count UnlockFailureLog::countFor(const QString& user) const
{
    const Contents contents = read();
    const auto found = contents.counts.find(user.left(128));
    return found == contents.counts.end() ? Count{} : found->second;
}

std::vector<UnlockFailureLog::Failure> UnlockFailureLog::pending(qint64* dropped) const
{
    Contents contents = read();
    if (dropped)
        *dropped = contents.dropped;
    return std::move(contents.pending);
}

void UnlockFailureLog::clearPendingAndReset(const QString& user)
{
    update([&](Contents& contents) {
        contents.pending.clear();
        contents.dropped = 0;
        contents.counts.erase(user.left(128));
    });
}

} // namespace ecluse
