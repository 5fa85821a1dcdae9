#include "PgRequestStore.h"

#include "ExtractChecks.h"
#include "common/StrictJson.h"
#include "storage/CentralDatabase.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <limits>

namespace ecluse {
namespace {

// This file's messages, under the "PgRequestStore" context that lupdate files them in too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PgRequestStore)
};

[[noreturn]] void malformed(qint64 id, const QString& why)
{
    throw Error(ErrorKind::Integrity,
                Text::tr("The organisation server returned extract request %1 malformed: %2").arg(id).arg(why));
}

QByteArray compact(const QJsonObject& json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

QString compactText(const QJsonObject& json)
{
    return QString::fromUtf8(compact(json));
}

QString compactText(const QJsonArray& json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QJsonObject objectFrom(qint64 id, const QString& text)
{
    QString problem;
    std::optional<QJsonObject> json = parseStrictJsonObject(text.toUtf8(), &problem);
    if (!json)
        malformed(id, problem);
    return std::move(*json);
}

QDateTime timeFrom(const PgResult& rows, int row, int column)
{
    return QDateTime::fromMSecsSinceEpoch(rows.integer(row, column), Qt::UTC);
}

RequestState stateFrom(qint64 id, const QString& name)
{
    const std::optional<RequestState> state = requestStateFromName(name);
    if (!state)
        malformed(id, Text::tr("unknown state '%1'").arg(name));
    return *state;
}

// Times travel as milliseconds since the epoch, both ways, as the audit heads do.
const char* const selectRequests =
    "SELECT id, requester, state, revision, spec, json_build_object('users', approvals)::text, submission_checks, "
    "(extract(epoch FROM created_utc) * 1000)::bigint, (extract(epoch FROM updated_utc) * 1000)::bigint, vault_id "
    "FROM ecluse.requests ";

ExtractRequest requestAt(const PgResult& rows, int row)
{
    ExtractRequest request;
    request.id = rows.integer(row, 0);
    request.requester = rows.text(row, 1);
    request.state = stateFrom(request.id, rows.text(row, 2));
    const qint64 revision = rows.integer(row, 3);
    if (revision < 1 || revision > std::numeric_limits<int>::max())
        malformed(request.id, Text::tr("impossible revision %1").arg(revision));
    request.revision = static_cast<int>(revision);
    request.spec = ExtractSpec::fromJson(objectFrom(request.id, rows.text(row, 4)));
    for (const QJsonValue user : objectFrom(request.id, rows.text(row, 5)).value(QStringLiteral("users")).toArray()) {
        if (!user.isString() || user.toString().isEmpty())
            malformed(request.id, Text::tr("an approval names nobody"));
        request.approvals << user.toString();
    }
    if (!rows.isNull(row, 6)) {
        const QJsonObject checks = objectFrom(request.id, rows.text(row, 6));
        ExtractChecks::fromJson(checks); // refused now if it cannot be shown later
        request.submissionChecks = checks;
    }
    request.createdUtc = timeFrom(rows, row, 7);
    request.updatedUtc = timeFrom(rows, row, 8);
    request.originVault = rows.text(row, 9);
    return request;
}

const char* const selectReleases =
    "SELECT id, request, requester, dataset, project, (extract(epoch FROM released_utc) * 1000)::bigint, "
    "expires::text, rows, beneficiaries, manifest FROM ecluse.releases ";

ReleaseRecord releaseAt(const PgResult& rows, int row)
{
    ReleaseRecord release;
    release.id = rows.text(row, 0);
    release.request = rows.integer(row, 1);
    release.requester = rows.text(row, 2);
    release.dataset = rows.text(row, 3);
    release.project = rows.text(row, 4);
    release.releasedUtc = timeFrom(rows, row, 5);
    release.expires = QDate::fromString(rows.text(row, 6), Qt::ISODate);
    release.rows = rows.integer(row, 7);
    release.beneficiaries = rows.integer(row, 8);
    release.manifest = objectFrom(release.request, rows.text(row, 9));
    if (!release.expires.isValid() || release.rows < 0 || release.beneficiaries < 0)
        malformed(release.request, Text::tr("its release record %1 is unreadable").arg(release.id));
    return release;
}

PgParams& changeParams(PgParams& params, const ExtractRequest& request, const QString& vaultId)
{
    return params.integer(request.id).integer(static_cast<qint64>(request.history.size())).text(vaultId);
}

} // namespace

PgRequestStore::PgRequestStore(PgServerSettings settings, QString vaultId)
    : m_settings(std::move(settings))
    , m_vaultId(std::move(vaultId))
{
    PgConnection::checkSettings(m_settings);
}

PgRequestStore::~PgRequestStore() = default;

template <typename Work> auto PgRequestStore::reachable(Work&& work) const
{
    const QString server = PgConnection::serverName(m_settings);
    try {
        if (!m_connection)
            m_connection = connectToCentralDatabase(m_settings, Text::tr("organisation server %1").arg(server));
        return work(*m_connection);
    } catch (const PgError& error) {
        if (error.sqlState() == "40001")
            throw RequestChangedMeanwhile(error.kind(), error.message());
        if (!error.connectionLost())
            throw;
        m_connection.reset();
        throw Error(ErrorKind::Other, Text::tr("Extract requests are kept on the organisation server %1, which is out "
                                               "of reach: nothing was changed; try again once it is back. (%2)")
                                          .arg(server, error.message()));
    }
}

qint64 PgRequestStore::create(const ExtractRequest& request, const RequestEvent& event)
{
    return reachable([&](PgConnection& db) {
        const PgResult created =
            db.execute("SELECT ecluse.create_request($1, $2, $3, to_timestamp($4::bigint / 1000.0))",
                       PgParams()
                           .text(m_vaultId)
                           .text(request.requester)
                           .text(compactText(request.spec.toJson()))
                           .integer(event.atUtc.toMSecsSinceEpoch()));
        const qint64 id = created.rows() == 1 ? created.integer(0, 0) : 0;
        if (id < 1)
            malformed(id, Text::tr("no id for the new request"));
        return id;
    });
}

void PgRequestStore::update(const ExtractRequest& request, const RequestEvent& event)
{
    reachable([&](PgConnection& db) {
        PgParams params;
        changeParams(params, request, m_vaultId)
            .text(event.actor)
            .text(event.action)
            .text(requestStateName(event.stateAfter))
            .integer(request.revision)
            .text(compactText(QJsonArray::fromStringList(request.approvals)))
            .text(compactText(request.spec.toJson()))
            .text(event.comment);
        if (event.action == QLatin1String("submit") && request.submissionChecks)
            params.text(compactText(*request.submissionChecks));
        else
            params.null();
        params.integer(event.atUtc.toMSecsSinceEpoch());
        db.execute("SELECT ecluse.change_request($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, "
                   "to_timestamp($12::bigint / 1000.0))",
                   params);
    });
}

void PgRequestStore::recordRelease(const ExtractRequest& request, const RequestEvent& event,
                                   const ReleaseRecord& release)
{
    reachable([&](PgConnection& db) {
        PgParams params;
        changeParams(params, request, m_vaultId)
            .text(event.actor)
            .integer(event.atUtc.toMSecsSinceEpoch())
            .text(release.id)
            .integer(release.rows)
            .integer(release.beneficiaries)
            .text(compactText(release.manifest));
        db.execute("SELECT ecluse.release_request($1, $2, $3, $4, to_timestamp($5::bigint / 1000.0), $6, $7, $8, $9)",
                   params);
    });
}

std::optional<ExtractRequest> PgRequestStore::find(qint64 id) const
{
    return reachable([&](PgConnection& db) {
        // One snapshot for the request and its history: the count of events is what a change
        // later says it saw.
        return db.inTransaction([&]() -> std::optional<ExtractRequest> {
            db.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            const PgResult rows =
                db.execute((QByteArray(selectRequests) + "WHERE id = $1").constData(), PgParams().integer(id));
            if (rows.rows() == 0)
                return std::nullopt;
            ExtractRequest request = requestAt(rows, 0);
            const PgResult events =
                db.execute("SELECT (extract(epoch FROM at_utc) * 1000)::bigint, actor, action, state_after, comment "
                           "FROM ecluse.request_events WHERE request = $1 ORDER BY seq",
                           PgParams().integer(id));
            for (int row = 0; row < events.rows(); ++row)
                request.history.push_back({timeFrom(events, row, 0), events.text(row, 1), events.text(row, 2),
                                           stateFrom(id, events.text(row, 3)), events.text(row, 4)});
            if (request.history.empty() || request.history.back().stateAfter != request.state)
                malformed(id, Text::tr("its history does not end in its state"));
            return request;
        });
    });
}

std::vector<ExtractRequest> PgRequestStore::list() const
{
    return reachable([&](PgConnection& db) {
        const PgResult rows = db.execute((QByteArray(selectRequests) + "ORDER BY id DESC").constData());
        std::vector<ExtractRequest> requests;
        requests.reserve(static_cast<std::size_t>(rows.rows()));
        for (int row = 0; row < rows.rows(); ++row)
            requests.push_back(requestAt(rows, row));
        return requests;
    });
}

int PgRequestStore::submissionsSince(const QString& requester, const QDateTime& since) const
{
    // Every workstation's submissions count: the limit is the requester's, not the machine's.
    return reachable([&](PgConnection& db) {
        const PgResult count = db.execute("SELECT count(*) FROM ecluse.request_events e "
                                          "JOIN ecluse.requests r ON r.id = e.request "
                                          "WHERE r.requester = $1 AND e.action = 'submit' "
                                          "AND e.at_utc >= to_timestamp($2::bigint / 1000.0)",
                                          PgParams().text(requester).integer(since.toMSecsSinceEpoch()));
        return static_cast<int>(count.integer(0, 0));
    });
}

std::vector<ReleaseRecord> PgRequestStore::releasesFor(const QString& requester) const
{
    return reachable([&](PgConnection& db) {
        const PgResult rows =
            db.execute((QByteArray(selectReleases) + "WHERE requester = $1 ORDER BY released_utc DESC, id").constData(),
                       PgParams().text(requester));
        std::vector<ReleaseRecord> releases;
        for (int row = 0; row < rows.rows(); ++row)
            releases.push_back(releaseAt(rows, row));
        return releases;
    });
}

std::optional<ReleaseRecord> PgRequestStore::releaseOf(qint64 request) const
{
    return reachable([&](PgConnection& db) -> std::optional<ReleaseRecord> {
        const PgResult rows =
            db.execute((QByteArray(selectReleases) + "WHERE request = $1").constData(), PgParams().integer(request));
        if (rows.rows() == 0)
            return std::nullopt;
        return releaseAt(rows, 0);
    });
}

} // namespace ecluse
