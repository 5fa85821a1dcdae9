#include "VaultRequestStore.h"

#include "common/Error.h"
#include "common/StrictJson.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace ecluse {
namespace {

// This file's messages, under the "VaultRequestStore" context that lupdate files them in too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(VaultRequestStore)
};

QString timeText(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeFrom(const QString& text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

[[noreturn]] void damaged(qint64 id, const QString& why)
{
    throw Error(ErrorKind::Integrity, Text::tr("extract request %1 is damaged in the vault: %2").arg(id).arg(why));
}

RequestState stateFrom(qint64 id, const QString& name)
{
    const auto state = requestStateFromName(name);
    if (!state)
        damaged(id, Text::tr("unknown state '%1'").arg(name));
    return *state;
}

// Columns: id, requester, state, revision, spec, approvals, created_utc, updated_utc.
const char* const selectColumns =
    "SELECT id, requester, state, revision, spec, approvals, created_utc, updated_utc FROM extract_requests";

ExtractRequest requestFrom(const Statement& row)
{
    ExtractRequest request;
    request.id = row.int64(0);
    request.requester = row.text(1);
    request.state = stateFrom(request.id, row.text(2));
    request.revision = static_cast<int>(row.int64(3));
    QString problem;
    const auto spec = parseStrictJsonObject(row.text(4).toUtf8(), &problem);
    const auto approvals = parseStrictJsonObject(row.text(5).toUtf8(), &problem);
    if (!spec || !approvals)
        damaged(request.id, problem);
    request.spec = ExtractSpec::fromJson(*spec);
    for (const QJsonValue user : approvals->value(QStringLiteral("users")).toArray())
        request.approvals << user.toString();
    request.createdUtc = timeFrom(row.text(6));
    request.updatedUtc = timeFrom(row.text(7));
    return request;
}

QString approvalsJson(const ExtractRequest& request)
{
    return compactJson(QJsonObject{{QStringLiteral("users"), QJsonArray::fromStringList(request.approvals)}});
}

} // namespace

VaultRequestStore::VaultRequestStore(Database& db)
    : m_db(db)
{}

qint64 VaultRequestStore::create(const ExtractRequest& request, const RequestEvent& event)
{
    Transaction transaction(m_db);
    m_db.prepare("INSERT INTO extract_requests(requester, state, revision, spec, approvals, created_utc, updated_utc)"
                 " VALUES(?, ?, ?, ?, ?, ?, ?)")
        .bind(1, request.requester)
        .bind(2, requestStateName(request.state))
        .bind(3, request.revision)
        .bind(4, compactJson(request.spec.toJson()))
        .bind(5, approvalsJson(request))
        .bind(6, timeText(request.createdUtc))
        .bind(7, timeText(request.updatedUtc))
        .run();
    const qint64 id = m_db.queryInt("SELECT last_insert_rowid()");
    appendEvent(id, event);
    transaction.commit();
    return id;
}

void VaultRequestStore::update(const ExtractRequest& request, const RequestEvent& event)
{
    Transaction transaction(m_db);
    m_db.prepare("UPDATE extract_requests SET state = ?, revision = ?, spec = ?, approvals = ?, updated_utc = ?"
                 " WHERE id = ?")
        .bind(1, requestStateName(request.state))
        .bind(2, request.revision)
        .bind(3, compactJson(request.spec.toJson()))
        .bind(4, approvalsJson(request))
        .bind(5, timeText(request.updatedUtc))
        .bind(6, request.id)
        .run();
    if (m_db.changes() != 1)
        throw Error(ErrorKind::InvalidInput, Text::tr("there is no extract request %1").arg(request.id));
    appendEvent(request.id, event);
    transaction.commit();
}

void VaultRequestStore::appendEvent(qint64 id, const RequestEvent& event)
{
    Statement next = m_db.prepare("SELECT coalesce(max(seq), 0) + 1 FROM extract_request_events WHERE request = ?");
    next.bind(1, id);
    next.step();
    m_db.prepare("INSERT INTO extract_request_events(request, seq, at_utc, actor, action, state_after, comment)"
                 " VALUES(?, ?, ?, ?, ?, ?, ?)")
        .bind(1, id)
        .bind(2, next.int64(0))
        .bind(3, timeText(event.atUtc))
        .bind(4, event.actor)
        .bind(5, event.action)
        .bind(6, requestStateName(event.stateAfter))
        .bind(7, event.comment)
        .run();
}

std::optional<ExtractRequest> VaultRequestStore::find(qint64 id) const
{
    Statement select = m_db.prepare((QByteArray(selectColumns) + " WHERE id = ?").constData());
    select.bind(1, id);
    if (!select.step())
        return std::nullopt;
    ExtractRequest request = requestFrom(select);
    Statement events = m_db.prepare("SELECT at_utc, actor, action, state_after, comment FROM extract_request_events"
                                    " WHERE request = ? ORDER BY seq");
    events.bind(1, id);
    while (events.step()) {
        request.history.push_back(
            {timeFrom(events.text(0)), events.text(1), events.text(2), stateFrom(id, events.text(3)), events.text(4)});
    }
    return request;
}

std::vector<ExtractRequest> VaultRequestStore::list() const
{
    std::vector<ExtractRequest> requests;
    Statement select = m_db.prepare((QByteArray(selectColumns) + " ORDER BY id DESC").constData());
    while (select.step())
        requests.push_back(requestFrom(select));
    return requests;
}

std::vector<ExtractRequest> VaultRequestStore::dueForExpiry(const QDate& today) const
{
    // The retention date is inside the spec's JSON: the few approved or released requests are read.
    std::vector<ExtractRequest> due;
    Statement select =
        m_db.prepare((QByteArray(selectColumns) + " WHERE state IN ('approved', 'released') ORDER BY id").constData());
    while (select.step()) {
        ExtractRequest request = requestFrom(select);
        if (request.spec.retainUntil < today)
            due.push_back(std::move(request));
    }
    return due;
}

int VaultRequestStore::submissionsSince(const QString& requester, const QDateTime& since) const
{
    // Submissions are counted from the history: a request returned and submitted again counts once
    // per submission, as the policy's "requests per month" means work for the reviewers.
    Statement count = m_db.prepare("SELECT count(*) FROM extract_request_events e"
                                   " JOIN extract_requests r ON r.id = e.request"
                                   " WHERE r.requester = ? AND e.action = 'submit' AND e.at_utc >= ?");
    count.bind(1, requester).bind(2, timeText(since));
    count.step();
    return static_cast<int>(count.int64(0));
}

namespace {

const char* const selectReleases = "SELECT id, request, requester, dataset, project, released_utc, expires, rows,"
                                   " beneficiaries, manifest FROM extract_releases";

ReleaseRecord releaseFrom(const Statement& row)
{
    ReleaseRecord release;
    release.id = row.text(0);
    release.request = row.int64(1);
    release.requester = row.text(2);
    release.dataset = row.text(3);
    release.project = row.text(4);
    release.releasedUtc = timeFrom(row.text(5));
    release.expires = QDate::fromString(row.text(6), Qt::ISODate);
    release.rows = row.int64(7);
    release.beneficiaries = row.int64(8);
    QString problem;
    const auto manifest = parseStrictJsonObject(row.text(9).toUtf8(), &problem);
    if (!manifest || !release.releasedUtc.isValid() || !release.expires.isValid())
        damaged(release.request, Text::tr("its release record %1 is unreadable %2").arg(release.id, problem));
    release.manifest = *manifest;
    return release;
}

} // namespace

void VaultRequestStore::recordRelease(const ExtractRequest& request, const RequestEvent& event,
                                      const ReleaseRecord& release)
{
    Transaction transaction(m_db);
    m_db.prepare("INSERT INTO extract_releases(id, request, requester, dataset, project, released_utc, expires, rows,"
                 " beneficiaries, manifest) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(1, release.id)
        .bind(2, release.request)
        .bind(3, release.requester)
        .bind(4, release.dataset)
        .bind(5, release.project)
        .bind(6, timeText(release.releasedUtc))
        .bind(7, release.expires.toString(Qt::ISODate))
        .bind(8, release.rows)
        .bind(9, release.beneficiaries)
        .bind(10, compactJson(release.manifest))
        .run();
    update(request, event);
    transaction.commit();
}

std::vector<ReleaseRecord> VaultRequestStore::releasesFor(const QString& requester) const
{
    Statement select =
        m_db.prepare((QByteArray(selectReleases) + " WHERE requester = ? ORDER BY released_utc DESC, id").constData());
    select.bind(1, requester);
    std::vector<ReleaseRecord> out;
    while (select.step())
        out.push_back(releaseFrom(select));
    return out;
}

std::optional<ReleaseRecord> VaultRequestStore::releaseOf(qint64 request) const
{
    Statement select = m_db.prepare((QByteArray(selectReleases) + " WHERE request = ?").constData());
    select.bind(1, request);
    if (!select.step())
        return std::nullopt;
    return releaseFrom(select);
}

} // namespace ecluse
