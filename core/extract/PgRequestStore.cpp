#include "PgRequestStore.h"

#include "ExtractChecks.h"
#include "common/StrictJson.h"
#include "storage/CentralDatabase.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
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

// The server went away during a call: the caller works from the vault instead, or refuses.
struct ServerLost
{};

bool holdsEvent(const ExtractRequest& request, const RequestEvent& event)
{
    return std::any_of(request.history.begin(), request.history.end(), [&](const RequestEvent& held) {
        return held.action == event.action && held.actor == event.actor &&
               held.atUtc.toMSecsSinceEpoch() == event.atUtc.toMSecsSinceEpoch();
    });
}

} // namespace

PgRequestStore::PgRequestStore(PgServerSettings settings, QString vaultId, Database& vaultDb)
    : m_settings(std::move(settings))
    , m_vaultId(std::move(vaultId))
    , m_outbox(vaultDb)
{
    PgConnection::checkSettings(m_settings);
}

PgRequestStore::~PgRequestStore() = default;

template <typename Work> auto PgRequestStore::online(Work&& work) const
{
    try {
        if (!m_connection)
            m_connection = connectToCentralDatabase(m_settings);
        return work(*m_connection);
    } catch (const PgError& error) {
        if (error.sqlState() == "40001")
            throw RequestChangedMeanwhile(error.kind(), error.message());
        if (!error.connectionLost())
            throw;
        m_connection.reset();
        m_offline = true;
        m_lostBecause = error.message();
        throw ServerLost();
    }
}

bool PgRequestStore::useServer() const
{
    // Steps waiting in the vault go first: nothing may overtake them.
    return !m_offline && m_outbox.queuedCount() == 0;
}

std::optional<QString> PgRequestStore::outOfReach() const
{
    if (useServer())
        return std::nullopt;
    return Text::tr("Extract requests are kept on the organisation server %1, which is out of reach: nothing was "
                    "changed; try again once it is back. (%2)")
        .arg(PgConnection::serverName(m_settings),
             m_lostBecause.isEmpty() ? Text::tr("steps taken without it are waiting to be sent") : m_lostBecause);
}

void PgRequestStore::unreachable() const
{
    throw RequestStoreUnreachable(ErrorKind::Other, *outOfReach());
}

void PgRequestStore::rememberIfDraftedHere(const ExtractRequest& request) const
{
    if (request.originVault == m_vaultId)
        m_outbox.remember(request);
}

bool PgRequestStore::mayWait(const ExtractRequest& request, const RequestEvent& event) const
{
    const RequestState before = request.history.empty() ? RequestState::Draft : request.history.back().stateAfter;
    const bool requesterStep = event.action == QLatin1String("edit") || event.action == QLatin1String("submit") ||
                               event.action == QLatin1String("withdraw");
    return request.originVault == m_vaultId && requesterStep &&
           (before == RequestState::Draft || before == RequestState::Returned);
}

void PgRequestStore::createOnServer(const ExtractRequest& request, const RequestEvent& event) const
{
    online([&](PgConnection& db) {
        db.execute("SELECT ecluse.create_request($1, $2, $3, $4, to_timestamp($5::bigint / 1000.0))",
                   PgParams()
                       .integer(request.id)
                       .text(m_vaultId)
                       .text(request.requester)
                       .text(compactJson(request.spec.toJson()))
                       .integer(event.atUtc.toMSecsSinceEpoch()));
    });
}

void PgRequestStore::changeOnServer(const ExtractRequest& request, const RequestEvent& event) const
{
    online([&](PgConnection& db) {
        PgParams params;
        changeParams(params, request, m_vaultId)
            .text(event.actor)
            .text(event.action)
            .text(requestStateName(event.stateAfter))
            .integer(request.revision)
            .text(compactJson(QJsonArray::fromStringList(request.approvals)))
            .text(compactJson(request.spec.toJson()))
            .text(event.comment);
        if (event.action == QLatin1String("submit") && request.submissionChecks)
            params.text(compactJson(*request.submissionChecks));
        else
            params.null();
        params.integer(event.atUtc.toMSecsSinceEpoch());
        db.execute("SELECT ecluse.change_request($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, "
                   "to_timestamp($12::bigint / 1000.0))",
                   params);
    });
}

void PgRequestStore::topUpReservedNumbers()
{
    if (m_outbox.reservedNumbers() >= ReservedNumbers / 2)
        return;
    const std::vector<qint64> numbers = online([&](PgConnection& db) {
        const PgResult rows = db.execute("SELECT ecluse.reserve_request_numbers($1, $2)",
                                         PgParams().text(m_vaultId).integer(ReservedNumbers));
        std::vector<qint64> reserved;
        for (int row = 0; row < rows.rows(); ++row)
            reserved.push_back(rows.integer(row, 0));
        return reserved;
    });
    m_outbox.addReservedNumbers(numbers);
}

std::vector<RefusedStep> PgRequestStore::sendQueued()
{
    std::vector<RefusedStep> refused;
    try {
        // Numbers kept in reserve, so that a draft can be started while the server is away.
        topUpReservedNumbers();
        for (const RequestOutbox::Step& step : m_outbox.queued()) {
            std::optional<QString> refusal;
            try {
                if (step.creates)
                    createOnServer(step.request, step.event);
                else
                    changeOnServer(step.request, step.event);
            } catch (const RequestChangedMeanwhile& error) {
                refusal = error.message();
            } catch (const PgError& error) {
                // Only the rules' own refusals drop a step; anything else (a server shutting down,
                // a cancelled statement) leaves it, and those after it, for the next time.
                const QByteArray state = error.sqlState();
                if (state != "42501" && state != "22023" && !state.startsWith("23")) {
                    m_offline = true;
                    m_lostBecause = error.message();
                    return refused;
                }
                refusal = error.message();
            }
            if (refusal) {
                // Refused; unless it had arrived before the connection was lost last time.
                const std::optional<ExtractRequest> there = findOnServer(step.request.id);
                if (!there || !holdsEvent(*there, step.event))
                    refused.push_back({step.request.id, step.event.action, *refusal});
                if (there)
                    rememberIfDraftedHere(*there);
                else
                    m_outbox.forget(step.request.id);
            }
            m_outbox.sent(step.sequence);
        }
    } catch (const ServerLost&) {
        // The rest waits for the next time.
    }
    return refused;
}

qint64 PgRequestStore::create(const ExtractRequest& request, const RequestEvent& event)
{
    ExtractRequest created = request;
    created.originVault = m_vaultId;
    created.history = {event};
    if (useServer()) {
        try {
            topUpReservedNumbers();
        } catch (const ServerLost&) {
        }
    }
    const std::optional<qint64> number = m_outbox.takeReservedNumber();
    if (!number)
        throw RequestStoreUnreachable(
            ErrorKind::Other, Text::tr("No request number is reserved on this workstation for drafting while the "
                                       "organisation server %1 is out of reach: draft the request once it is back.")
                                  .arg(PgConnection::serverName(m_settings)));
    created.id = *number;
    if (useServer()) {
        try {
            createOnServer(created, event);
            m_outbox.remember(created);
            return created.id;
        } catch (const ServerLost&) {
        }
    }
    ExtractRequest before = created;
    before.history.clear();
    m_outbox.queue(true, before, event);
    m_outbox.remember(created);
    return created.id;
}

void PgRequestStore::update(const ExtractRequest& request, const RequestEvent& event)
{
    ExtractRequest after = request;
    after.history.push_back(event);
    if (useServer()) {
        try {
            changeOnServer(request, event);
            rememberIfDraftedHere(after);
            return;
        } catch (const ServerLost&) {
        }
    }
    if (!mayWait(request, event))
        unreachable();
    m_outbox.queue(false, request, event);
    m_outbox.remember(after);
}

void PgRequestStore::recordRelease(const ExtractRequest& request, const RequestEvent& event,
                                   const ReleaseRecord& release)
{
    if (!useServer())
        unreachable();
    try {
        online([&](PgConnection& db) {
            PgParams params;
            changeParams(params, request, m_vaultId)
                .text(event.actor)
                .integer(event.atUtc.toMSecsSinceEpoch())
                .text(release.id)
                .integer(release.rows)
                .integer(release.beneficiaries)
                .text(compactJson(release.manifest));
            db.execute(
                "SELECT ecluse.release_request($1, $2, $3, $4, to_timestamp($5::bigint / 1000.0), $6, $7, $8, $9)",
                params);
        });
    } catch (const ServerLost&) {
        unreachable();
    }
    ExtractRequest after = request;
    after.history.push_back(event);
    rememberIfDraftedHere(after);
    m_outbox.rememberRelease(release);
}

std::optional<ExtractRequest> PgRequestStore::findOnServer(qint64 id) const
{
    return online([&](PgConnection& db) {
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

std::optional<ExtractRequest> PgRequestStore::find(qint64 id) const
{
    if (useServer()) {
        try {
            std::optional<ExtractRequest> request = findOnServer(id);
            if (request)
                rememberIfDraftedHere(*request);
            return request;
        } catch (const ServerLost&) {
        }
    }
    if (std::optional<ExtractRequest> request = m_outbox.remembered(id))
        return request;
    unreachable();
}

std::vector<ExtractRequest> PgRequestStore::list() const
{
    if (useServer()) {
        try {
            std::vector<ExtractRequest> requests = online([&](PgConnection& db) {
                const PgResult rows = db.execute((QByteArray(selectRequests) + "ORDER BY id DESC").constData());
                std::vector<ExtractRequest> all;
                all.reserve(static_cast<std::size_t>(rows.rows()));
                for (int row = 0; row < rows.rows(); ++row)
                    all.push_back(requestAt(rows, row));
                return all;
            });
            // The vault's copy follows what others did to the requests drafted here (a return, an
            // approval), so that it is right when the server goes away.
            for (const ExtractRequest& request : requests) {
                if (request.originVault != m_vaultId)
                    continue;
                const std::optional<ExtractRequest> known = m_outbox.remembered(request.id);
                if (!known || known->state != request.state || known->revision != request.revision ||
                    known->updatedUtc != request.updatedUtc)
                    find(request.id);
            }
            return requests;
        } catch (const ServerLost&) {
        }
    }
    return m_outbox.rememberedRequests();
}

std::vector<ExtractRequest> PgRequestStore::dueForExpiry(const QDate& today) const
{
    if (useServer()) {
        try {
            return online([&](PgConnection& db) {
                const PgResult rows = db.execute((QByteArray(selectRequests) +
                                                  "WHERE state IN ('approved', 'released') "
                                                  "AND ((spec::jsonb) ->> 'retainUntil')::date < $1::date ORDER BY id")
                                                     .constData(),
                                                 PgParams().text(today.toString(Qt::ISODate)));
                std::vector<ExtractRequest> due;
                for (int row = 0; row < rows.rows(); ++row)
                    due.push_back(requestAt(rows, row));
                return due;
            });
        } catch (const ServerLost&) {
        }
    }
    std::vector<ExtractRequest> due = m_outbox.rememberedRequests();
    std::erase_if(due, [&](const ExtractRequest& request) {
        return !(request.state == RequestState::Approved || request.state == RequestState::Released) ||
               request.spec.retainUntil >= today;
    });
    return due;
}

int PgRequestStore::submissionsSince(const QString& requester, const QDateTime& since) const
{
    // Every workstation's submissions count: the limit is the requester's, not the machine's.
    if (useServer()) {
        try {
            return online([&](PgConnection& db) {
                const PgResult count = db.execute("SELECT count(*) FROM ecluse.request_events e "
                                                  "JOIN ecluse.requests r ON r.id = e.request "
                                                  "WHERE r.requester = $1 AND e.action = 'submit' "
                                                  "AND e.at_utc >= to_timestamp($2::bigint / 1000.0)",
                                                  PgParams().text(requester).integer(since.toMSecsSinceEpoch()));
                return static_cast<int>(count.integer(0, 0));
            });
        } catch (const ServerLost&) {
        }
    }
    // Without the server, those this workstation knows of.
    int submitted = 0;
    for (const ExtractRequest& request : m_outbox.rememberedRequests()) {
        if (request.requester != requester)
            continue;
        submitted += static_cast<int>(
            std::count_if(request.history.begin(), request.history.end(), [&](const RequestEvent& event) {
                return event.action == QLatin1String("submit") && event.atUtc >= since;
            }));
    }
    return submitted;
}

std::vector<ReleaseRecord> PgRequestStore::releasesFor(const QString& requester) const
{
    if (useServer()) {
        try {
            return online([&](PgConnection& db) {
                const PgResult rows = db.execute(
                    (QByteArray(selectReleases) + "WHERE requester = $1 ORDER BY released_utc DESC, id").constData(),
                    PgParams().text(requester));
                std::vector<ReleaseRecord> releases;
                for (int row = 0; row < rows.rows(); ++row)
                    releases.push_back(releaseAt(rows, row));
                return releases;
            });
        } catch (const ServerLost&) {
        }
    }
    // Without the server, the releases made here: the only ones whose populations can be compared.
    std::vector<ReleaseRecord> releases = m_outbox.rememberedReleases();
    std::erase_if(releases, [&](const ReleaseRecord& release) { return release.requester != requester; });
    return releases;
}

std::optional<ReleaseRecord> PgRequestStore::releaseOf(qint64 request) const
{
    if (useServer()) {
        try {
            return online([&](PgConnection& db) -> std::optional<ReleaseRecord> {
                const PgResult rows = db.execute((QByteArray(selectReleases) + "WHERE request = $1").constData(),
                                                 PgParams().integer(request));
                if (rows.rows() == 0)
                    return std::nullopt;
                return releaseAt(rows, 0);
            });
        } catch (const ServerLost&) {
        }
    }
    for (const ReleaseRecord& release : m_outbox.rememberedReleases()) {
        if (release.request == request)
            return release;
    }
    if (m_outbox.remembered(request))
        return std::nullopt; // drafted here, and not released here
    unreachable();
}

} // namespace ecluse
