#include "RequestOutbox.h"

#include "ExtractChecks.h"
#include "common/StrictJson.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace ecluse {
namespace {

// This file's messages, under the "RequestOutbox" context that lupdate files them in too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RequestOutbox)
};

[[noreturn]] void damaged(const QString& why)
{
    throw Error(ErrorKind::Integrity,
                Text::tr("the vault's copy of the organisation's extract requests is damaged: %1").arg(why));
}

QJsonObject parse(const QString& text)
{
    QString problem;
    std::optional<QJsonObject> json = parseStrictJsonObject(text.toUtf8(), &problem);
    if (!json)
        damaged(problem);
    return std::move(*json);
}

// Times as milliseconds since the epoch, as the server keeps them.
QJsonValue timeValue(const QDateTime& time)
{
    return time.toMSecsSinceEpoch();
}

QDateTime timeFrom(const QJsonValue& value)
{
    if (!value.isDouble())
        damaged(Text::tr("a time is missing"));
    return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(value.toDouble()), Qt::UTC);
}

RequestState stateFrom(const QJsonValue& value)
{
    const std::optional<RequestState> state = requestStateFromName(value.toString());
    if (!state)
        damaged(Text::tr("unknown state '%1'").arg(value.toString()));
    return *state;
}

QJsonObject eventToJson(const RequestEvent& event)
{
    return {{QStringLiteral("at"), timeValue(event.atUtc)},
            {QStringLiteral("actor"), event.actor},
            {QStringLiteral("action"), event.action},
            {QStringLiteral("state"), requestStateName(event.stateAfter)},
            {QStringLiteral("comment"), event.comment}};
}

RequestEvent eventFrom(const QJsonObject& json)
{
    return {timeFrom(json.value(QStringLiteral("at"))), json.value(QStringLiteral("actor")).toString(),
            json.value(QStringLiteral("action")).toString(), stateFrom(json.value(QStringLiteral("state"))),
            json.value(QStringLiteral("comment")).toString()};
}

QJsonObject requestToJson(const ExtractRequest& request)
{
    QJsonArray history;
    for (const RequestEvent& event : request.history)
        history.append(eventToJson(event));
    QJsonObject json{{QStringLiteral("id"), request.id},
                     {QStringLiteral("requester"), request.requester},
                     {QStringLiteral("state"), requestStateName(request.state)},
                     {QStringLiteral("revision"), request.revision},
                     {QStringLiteral("spec"), request.spec.toJson()},
                     {QStringLiteral("approvals"), QJsonArray::fromStringList(request.approvals)},
                     {QStringLiteral("created"), timeValue(request.createdUtc)},
                     {QStringLiteral("updated"), timeValue(request.updatedUtc)},
                     {QStringLiteral("vault"), request.originVault},
                     {QStringLiteral("history"), history}};
    if (request.submissionChecks)
        json.insert(QStringLiteral("checks"), *request.submissionChecks);
    return json;
}

ExtractRequest requestFrom(const QJsonObject& json)
{
    ExtractRequest request;
    request.id = json.value(QStringLiteral("id")).toInteger();
    request.requester = json.value(QStringLiteral("requester")).toString();
    request.state = stateFrom(json.value(QStringLiteral("state")));
    request.revision = json.value(QStringLiteral("revision")).toInt();
    request.spec = ExtractSpec::fromJson(json.value(QStringLiteral("spec")).toObject());
    for (const QJsonValue user : json.value(QStringLiteral("approvals")).toArray())
        request.approvals << user.toString();
    request.createdUtc = timeFrom(json.value(QStringLiteral("created")));
    request.updatedUtc = timeFrom(json.value(QStringLiteral("updated")));
    request.originVault = json.value(QStringLiteral("vault")).toString();
    for (const QJsonValue event : json.value(QStringLiteral("history")).toArray())
        request.history.push_back(eventFrom(event.toObject()));
    if (json.contains(QStringLiteral("checks"))) {
        const QJsonObject checks = json.value(QStringLiteral("checks")).toObject();
        ExtractChecks::fromJson(checks); // refused now if it cannot be shown later
        request.submissionChecks = checks;
    }
    if (request.id < 1 || request.revision < 1 || request.requester.isEmpty())
        damaged(Text::tr("a request without its number, revision or requester"));
    return request;
}

QJsonObject releaseToJson(const ReleaseRecord& release)
{
    return {{QStringLiteral("id"), release.id},
            {QStringLiteral("request"), release.request},
            {QStringLiteral("requester"), release.requester},
            {QStringLiteral("dataset"), release.dataset},
            {QStringLiteral("project"), release.project},
            {QStringLiteral("released"), timeValue(release.releasedUtc)},
            {QStringLiteral("expires"), release.expires.toString(Qt::ISODate)},
            {QStringLiteral("rows"), release.rows},
            {QStringLiteral("beneficiaries"), release.beneficiaries},
            {QStringLiteral("manifest"), release.manifest}};
}

ReleaseRecord releaseFrom(const QJsonObject& json)
{
    ReleaseRecord release{json.value(QStringLiteral("id")).toString(),
                          json.value(QStringLiteral("request")).toInteger(),
                          json.value(QStringLiteral("requester")).toString(),
                          json.value(QStringLiteral("dataset")).toString(),
                          json.value(QStringLiteral("project")).toString(),
                          timeFrom(json.value(QStringLiteral("released"))),
                          QDate::fromString(json.value(QStringLiteral("expires")).toString(), Qt::ISODate),
                          json.value(QStringLiteral("rows")).toInteger(),
                          json.value(QStringLiteral("beneficiaries")).toInteger(),
                          json.value(QStringLiteral("manifest")).toObject()};
    if (release.id.isEmpty() || release.request < 1 || !release.expires.isValid())
        damaged(Text::tr("a release without its id, request or expiry"));
    return release;
}

} // namespace

RequestOutbox::RequestOutbox(Database& db)
    : m_db(db)
{}

qint64 RequestOutbox::reservedNumbers() const
{
    return m_db.queryInt("SELECT count(*) FROM central_request_numbers");
}

void RequestOutbox::addReservedNumbers(const std::vector<qint64>& numbers)
{
    Transaction transaction(m_db);
    for (const qint64 number : numbers)
        m_db.prepare("INSERT OR IGNORE INTO central_request_numbers(id) VALUES(?)").bind(1, number).run();
    transaction.commit();
}

std::optional<qint64> RequestOutbox::takeReservedNumber()
{
    Transaction transaction(m_db);
    Statement lowest = m_db.prepare("SELECT min(id) FROM central_request_numbers");
    if (!lowest.step() || lowest.isNull(0))
        return std::nullopt;
    const qint64 number = lowest.int64(0);
    m_db.prepare("DELETE FROM central_request_numbers WHERE id = ?").bind(1, number).run();
    transaction.commit();
    return number;
}

void RequestOutbox::remember(const ExtractRequest& request)
{
    m_db.prepare("INSERT OR REPLACE INTO central_requests(id, request) VALUES(?, ?)")
        .bind(1, request.id)
        .bind(2, compactJson(requestToJson(request)))
        .run();
}

void RequestOutbox::forget(qint64 id)
{
    m_db.prepare("DELETE FROM central_requests WHERE id = ?").bind(1, id).run();
}

std::optional<ExtractRequest> RequestOutbox::remembered(qint64 id) const
{
    Statement select = m_db.prepare("SELECT request FROM central_requests WHERE id = ?");
    select.bind(1, id);
    if (!select.step())
        return std::nullopt;
    return requestFrom(parse(select.text(0)));
}

std::vector<ExtractRequest> RequestOutbox::rememberedRequests() const
{
    std::vector<ExtractRequest> requests;
    Statement select = m_db.prepare("SELECT request FROM central_requests ORDER BY id DESC");
    while (select.step())
        requests.push_back(requestFrom(parse(select.text(0))));
    return requests;
}

void RequestOutbox::rememberRelease(const ReleaseRecord& release)
{
    m_db.prepare("INSERT OR REPLACE INTO central_releases(id, record) VALUES(?, ?)")
        .bind(1, release.id)
        .bind(2, compactJson(releaseToJson(release)))
        .run();
}

std::vector<ReleaseRecord> RequestOutbox::rememberedReleases() const
{
    std::vector<ReleaseRecord> releases;
    Statement select = m_db.prepare("SELECT record FROM central_releases");
    while (select.step())
        releases.push_back(releaseFrom(parse(select.text(0))));
    std::sort(releases.begin(), releases.end(),
              [](const ReleaseRecord& a, const ReleaseRecord& b) { return a.releasedUtc > b.releasedUtc; });
    return releases;
}

void RequestOutbox::queue(bool creates, const ExtractRequest& request, const RequestEvent& event)
{
    m_db.prepare("INSERT INTO central_request_outbox(request, kind, body) VALUES(?, ?, ?)")
        .bind(1, request.id)
        .bind(2, creates ? QStringLiteral("create") : QStringLiteral("change"))
        .bind(3, compactJson(QJsonObject{{QStringLiteral("request"), requestToJson(request)},
                                         {QStringLiteral("event"), eventToJson(event)}}))
        .run();
}

std::vector<RequestOutbox::Step> RequestOutbox::queued() const
{
    std::vector<Step> steps;
    Statement select = m_db.prepare("SELECT seq, kind, body FROM central_request_outbox ORDER BY seq");
    while (select.step()) {
        const QJsonObject body = parse(select.text(2));
        steps.push_back({select.int64(0), select.text(1) == QLatin1String("create"),
                         requestFrom(body.value(QStringLiteral("request")).toObject()),
                         eventFrom(body.value(QStringLiteral("event")).toObject())});
    }
    return steps;
}

qint64 RequestOutbox::queuedCount() const
{
    return m_db.queryInt("SELECT count(*) FROM central_request_outbox");
}

void RequestOutbox::sent(qint64 sequence)
{
    m_db.prepare("DELETE FROM central_request_outbox WHERE seq = ?").bind(1, sequence).run();
}

} // namespace ecluse
