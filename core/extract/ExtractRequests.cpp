#include "ExtractRequests.h"

#include "ExtractSelection.h"
#include "PgRequestStore.h"
#include "ReleasePopulations.h"
#include "VaultRequestStore.h"
#include "audit/AuditTrail.h"
#include "common/Error.h"
#include "common/StrictJson.h"
#include "crypto/Digest.h"
#include "crypto/Ed25519.h"
#include "crypto/Random.h"
#include "crypto/Wipe.h"
#include "crypto/X25519.h"
#include "data/Catalogue.h"
#include "data/DatasetStore.h"
#include "data/IdentifierScanner.h"
#include "guard/OutputGuard.h"
#include "storage/Database.h"
#include "vault/RecoveryKey.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QScopeGuard>

namespace ecluse {
namespace {

// This file's messages, under the "ExtractRequests" context that lupdate files them in too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ExtractRequests)
};

[[noreturn]] void invalid(const QString& why)
{
    throw Error(ErrorKind::InvalidInput, why);
}

bool isPlainText(const QString& text)
{
    return !text.trimmed().isEmpty() && printableText(text) == text;
}

// The potential identifiers a spec reads, in a column or a filter: the decision point refuses
// any the requester's grant does not name.
QList<PotentialIdentifier> identifiersUsed(const ExtractSpec& spec, const DatasetSchema& schema)
{
    QList<PotentialIdentifier> identifiers;
    QStringList columns = spec.columns;
    for (const Filter& filter : spec.filters)
        columns << filter.column;
    for (const QString& name : std::as_const(columns)) {
        const ColumnSpec* column = schema.column(name);
        if (column && column->potentialIdentifier != PotentialIdentifier::None &&
            !identifiers.contains(column->potentialIdentifier))
            identifiers << column->potentialIdentifier;
    }
    return identifiers;
}

// How the request's history names an action; the audit trail adds "extract.".
QString eventName(RequestAction action)
{
    switch (action) {
    case RequestAction::Edit:
        return QStringLiteral("edit");
    case RequestAction::Submit:
        return QStringLiteral("submit");
    case RequestAction::Withdraw:
        return QStringLiteral("withdraw");
    case RequestAction::Approve:
        return QStringLiteral("approve");
    case RequestAction::Return:
        return QStringLiteral("return");
    case RequestAction::Reject:
        return QStringLiteral("reject");
    case RequestAction::Release:
        return QStringLiteral("release");
    case RequestAction::Expire:
        return QStringLiteral("expire");
    }
    return {};
}

QString specHash(const ExtractSpec& spec)
{
    return QString::fromLatin1(sha256(QJsonDocument(spec.toJson()).toJson(QJsonDocument::Compact)).toHex());
}

// Who the trail and the history name for what Écluse does by itself (expiry).
const QString SystemActor = QStringLiteral("ecluse");

// The purposes of the keys derived from the vault's data key (Vault::deriveKey).
QByteArray projectKeyPurpose(const QString& project)
{
    return "ecluse project pseudonyms v1\n" + project.toUtf8();
}
constexpr QByteArrayView SigningKeyPurpose = "ecluse release signing key v1";

// A release id: "REL-" and 16 hexadecimal digits, random.
QString newReleaseId(Random& random)
{
    return QStringLiteral("REL-") + QString::fromLatin1(random.publicBytes(8).toHex().toUpper());
}

// The first field of the rows (after the watermark and the header) that looks like a direct
// identifier: its row (1 for the first data row), column and kind.
struct IdentifierHit
{
    qint64 row = 0;
    QString column;
    IdentifierKind kind = IdentifierKind::None;
};

std::optional<IdentifierHit> findIdentifier(const std::string& csv, const QStringList& columns)
{
    std::string_view rest(csv);
    qint64 line = 0;
    while (!rest.empty()) {
        const std::size_t end = rest.find('\n');
        const std::string_view text = rest.substr(0, end);
        rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
        if (++line <= 2)
            continue; // the watermark and the header
        // Fields as ExtractSelection writes them: quoted only when they hold a comma or a quote,
        // which no scanned kind does; a quoted field is scanned with its quotes.
        qsizetype column = 0;
        std::size_t start = 0;
        while (start <= text.size()) {
            const std::size_t comma = text.find(',', start);
            const std::string_view field =
                text.substr(start, comma == std::string_view::npos ? text.npos : comma - start);
            const IdentifierKind kind = IdentifierScanner::scan(field);
            if (kind != IdentifierKind::None)
                return IdentifierHit{line - 2, columns.value(column), kind};
            if (comma == std::string_view::npos)
                break;
            start = comma + 1;
            ++column;
        }
    }
    return std::nullopt;
}

QDateTime startOfMonthUtc(const QDateTime& now)
{
    const QDate today = now.toUTC().date();
    return QDateTime(QDate(today.year(), today.month(), 1), QTime(0, 0), Qt::UTC);
}

} // namespace

// The organisation's server when policy names one, else the vault.
std::unique_ptr<RequestStore> ExtractRequests::storeFor(Vault& vault)
{
    if (const std::optional<PgServerSettings>& server = vault.organisationServer(VaultCapability()))
        return std::make_unique<PgRequestStore>(*server, vault.id(), vault.database(VaultCapability()));
    return std::make_unique<VaultRequestStore>(vault.database(VaultCapability()));
}

ExtractRequests::ExtractRequests(Vault& vault)
    : m_vault(vault)
    , m_store(storeFor(vault))
{
    // Steps taken while the organisation's server was out of reach go first. One it refuses is
    // dropped; the trail says which and why (the request stays as the server has it).
    for (const RefusedStep& refused : m_store->sendQueued())
        m_vault.audit(VaultCapability())
            .append(m_vault.currentUser(), QStringLiteral("extract.queued-refused"),
                    QStringLiteral("request %1").arg(refused.request),
                    {{QStringLiteral("request"), refused.request},
                     {QStringLiteral("action"), refused.action},
                     {QStringLiteral("reason"), refused.reason}});
    expireDue();
}

bool ExtractRequests::draftedElsewhere(const ExtractRequest& request) const
{
    return !request.originVault.isEmpty() && request.originVault != m_vault.id();
}

void ExtractRequests::requireDraftedHere(const ExtractRequest& request, RequestAction action) const
{
    // Its data, its checks and its release are on the workstation it was drafted on; the server
    // refuses it too.
    if (draftedElsewhere(request))
        throw Error(ErrorKind::Denied,
                    Text::tr("request %1 was drafted on another workstation: it can be %2 only there")
                        .arg(request.id)
                        .arg(requestActionParticiple(action)));
}

ExtractRequests::~ExtractRequests() = default;

void ExtractRequests::checkSpec(const ExtractSpec& spec, const QDate& today)
{
    const DatasetSchema* schema = Catalogue::builtin().dataset(spec.dataset);
    if (!schema)
        invalid(Text::tr("unknown dataset '%1'").arg(spec.dataset));
    if (spec.columns.isEmpty())
        invalid(Text::tr("name at least one column of %1").arg(spec.dataset));
    for (qsizetype i = 0; i < spec.columns.size(); ++i) {
        if (!schema->column(spec.columns[i]))
            invalid(Text::tr("%1 is not a column of %2").arg(spec.columns[i], spec.dataset));
        if (spec.columns.indexOf(spec.columns[i]) != i)
            invalid(Text::tr("the column %1 is asked for twice").arg(spec.columns[i]));
    }
    for (const Filter& filter : spec.filters) {
        try {
            validateFilter(*schema, filter);
        } catch (const Error& error) {
            invalid(error.message());
        }
    }
    if (!spec.periodFrom.isValid() || !spec.periodTo.isValid() || spec.periodFrom > spec.periodTo)
        invalid(Text::tr("the period must have a start and an end, the end not before the start"));
    if (!isPlainText(spec.purpose) || spec.purpose.trimmed().size() < 20)
        invalid(Text::tr("say what the data is for, in at least 20 characters of plain text"));
    static const QRegularExpression projectPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._/-]{1,63}$"));
    if (!projectPattern.match(spec.project).hasMatch())
        invalid(Text::tr("'%1' is not a project reference: 2 to 64 letters, digits, '.', '_', '/' or '-'")
                    .arg(spec.project));
    if (!spec.retainUntil.isValid() || spec.retainUntil <= today)
        invalid(Text::tr("the retention end date must be in the future"));
}

void ExtractRequests::requireMayRequest(const ExtractSpec& spec) const
{
    const DatasetSchema* schema = Catalogue::builtin().dataset(spec.dataset);
    const QList<PotentialIdentifier> identifiers =
        schema ? identifiersUsed(spec, *schema) : QList<PotentialIdentifier>{};
    m_vault.require(Action::RequestExtract, Resource::ofDataset(spec.dataset, identifiers));
}

qint64 ExtractRequests::create(const ExtractSpec& spec)
{
    requireMayRequest(spec);
    checkSpec(spec, m_vault.now().toUTC().date());
    const QString user = m_vault.currentUser();
    ExtractRequest request;
    request.requester = user;
    request.spec = spec;
    request.createdUtc = request.updatedUtc = m_vault.now().toUTC();

    Database& db = m_vault.database(VaultCapability());
    AuditTrail& audit = m_vault.audit(VaultCapability());
    Transaction transaction(db);
    const qint64 id = m_store->create(request, {request.createdUtc, user, QStringLiteral("create"), request.state, {}});
    audit.append(user, QStringLiteral("extract.create"), QStringLiteral("request %1").arg(id),
                 {{QStringLiteral("request"), id},
                  {QStringLiteral("revision"), request.revision},
                  {QStringLiteral("spec"), spec.toJson()},
                  {QStringLiteral("specSha256"), specHash(spec)}},
                 AuditTrail::Witnessing::Deferred);
    transaction.commit();
    audit.witnessHead();
    return id;
}

void ExtractRequests::edit(qint64 id, const ExtractSpec& spec)
{
    change(id, RequestAction::Edit, {}, &spec);
}

void ExtractRequests::submit(qint64 id)
{
    change(id, RequestAction::Submit, {});
}

void ExtractRequests::withdraw(qint64 id)
{
    change(id, RequestAction::Withdraw, {});
}

void ExtractRequests::approve(qint64 id, const QString& comment)
{
    change(id, RequestAction::Approve, comment);
}

void ExtractRequests::returnForChanges(qint64 id, const QString& comment)
{
    change(id, RequestAction::Return, comment);
}

void ExtractRequests::reject(qint64 id, const QString& comment)
{
    change(id, RequestAction::Reject, comment);
}

void ExtractRequests::act(qint64 id, RequestAction action, const QString& comment)
{
    switch (action) {
    case RequestAction::Submit:
    case RequestAction::Withdraw:
    case RequestAction::Approve:
    case RequestAction::Return:
    case RequestAction::Reject:
        change(id, action, comment);
        return;
    case RequestAction::Edit:
    case RequestAction::Release:
    case RequestAction::Expire:
        break;
    }
    throw Error(ErrorKind::Usage,
                Text::tr("a request is %1 by a call of its own").arg(requestActionParticiple(action)));
}

void ExtractRequests::change(qint64 id, RequestAction action, const QString& comment, const ExtractSpec* spec)
{
    const bool review =
        action == RequestAction::Approve || action == RequestAction::Return || action == RequestAction::Reject;
    Database& db = m_vault.database(VaultCapability());
    AuditTrail& audit = m_vault.audit(VaultCapability());
    const QString user = m_vault.currentUser();
    const Policy& policy = m_vault.policy();

    // Roles and grants first, outside the transaction: a refusal is audited, and its entry must
    // not be rolled back with the change it refused.
    const ExtractRequest before = find(id);
    if (review)
        m_vault.require(Action::ReviewExtract, Resource::requestBy(before.requester));
    else
        requireMayRequest(spec ? *spec : before.spec);
    if (spec)
        checkSpec(*spec, m_vault.now().toUTC().date());
    if (!comment.isEmpty() && printableText(comment) != comment)
        invalid(Text::tr("the comment must be plain text, without control characters"));

    if (!review)
        requireDraftedHere(before, action);
    // The server knows workstations, not people: it takes approvals only from another
    // workstation than the requester's, and so does this side.
    if (action == RequestAction::Approve && !before.originVault.isEmpty() && !draftedElsewhere(before))
        throw Error(ErrorKind::Denied, Text::tr("request %1 was drafted on this workstation: it is approved from "
                                                "another one")
                                           .arg(id));

    // Read again under the write lock: another process may have changed it meanwhile (the
    // organisation's server refuses the change if it moves on before the change arrives).
    Transaction transaction(db);
    ExtractRequest request = find(id);

    applyRequestAction(request, action, user, comment, policy.requiredApprovals);
    if (spec)
        request.spec = *spec;
    std::optional<ExtractChecks> checksAtSubmission;
    if (action == RequestAction::Submit) {
        const QDateTime now = m_vault.now();
        if (m_store->submissionsSince(user, startOfMonthUtc(now)) >= policy.extractMaxPerMonth)
            throw Error(ErrorKind::Denied, Text::tr("%1 has already submitted %2 requests this month, the most managed "
                                                    "policy allows (ExtractMaxPerMonth)")
                                               .arg(user)
                                               .arg(policy.extractMaxPerMonth));
        checksAtSubmission = computeChecks(request);
        // No count in the message: the requester may be looking at a few people.
        if (checksAtSubmission->anyFailed())
            throw Error(ErrorKind::Denied, Text::tr("request %1 cannot be submitted: it would hold more than %2 rows "
                                                    "(ExtractMaxRows)")
                                               .arg(id)
                                               .arg(policy.extractMaxRows));
        request.submissionChecks = checksAtSubmission->toJson();
    }
    QJsonObject details;
    if (spec)
        details.insert(QStringLiteral("spec"), spec->toJson());
    if (checksAtSubmission)
        details.insert(QStringLiteral("checks"), checksAtSubmission->toJson());
    commitChange(request, action, comment, details);
    transaction.commit();
    audit.witnessHead();
}

void ExtractRequests::commitChange(ExtractRequest& request, RequestAction action, const QString& comment,
                                   const QJsonObject& extraDetails, const ReleaseRecord* release)
{
    const QString actor = action == RequestAction::Expire ? SystemActor : m_vault.currentUser();
    request.updatedUtc = m_vault.now().toUTC();
    const RequestEvent event{request.updatedUtc, actor, eventName(action), request.state, comment};
    if (release)
        m_store->recordRelease(request, event, *release);
    else
        m_store->update(request, event);
    QJsonObject details{{QStringLiteral("request"), request.id},
                        {QStringLiteral("requester"), request.requester},
                        {QStringLiteral("revision"), request.revision},
                        {QStringLiteral("state"), requestStateName(request.state)},
                        {QStringLiteral("approvals"), QJsonArray::fromStringList(request.approvals)},
                        {QStringLiteral("specSha256"), specHash(request.spec)}};
    if (!comment.isEmpty())
        details.insert(QStringLiteral("comment"), comment);
    for (auto it = extraDetails.begin(); it != extraDetails.end(); ++it)
        details.insert(it.key(), it.value());
    // Expiry happens in whoever's session notices it: the trail names that user, the details say
    // it was Écluse's own act.
    if (action == RequestAction::Expire)
        details.insert(QStringLiteral("by"), SystemActor);
    m_vault.audit(VaultCapability())
        .append(m_vault.currentUser(), QStringLiteral("extract.") + eventName(action),
                QStringLiteral("request %1").arg(request.id), details, AuditTrail::Witnessing::Deferred);
}

void ExtractRequests::expireDue()
{
    const QDate today = m_vault.now().toUTC().date();
    const auto due = [&](const ExtractRequest& request) {
        return (request.state == RequestState::Approved || request.state == RequestState::Released) &&
               request.spec.retainUntil < today;
    };
    for (const ExtractRequest& listed : m_store->dueForExpiry(today)) {
        Database& db = m_vault.database(VaultCapability());
        Transaction transaction(db);
        std::optional<ExtractRequest> request = m_store->find(listed.id);
        if (!request || !due(*request))
            continue; // another process expired it meanwhile
        applyRequestAction(*request, RequestAction::Expire, SystemActor, {}, 0);
        try {
            commitChange(*request, RequestAction::Expire, {},
                         {{QStringLiteral("retainUntil"), request->spec.retainUntil.toString(Qt::ISODate)}});
        } catch (const RequestChangedMeanwhile&) {
            continue; // another workstation expired it first; its trail says so
        } catch (const RequestStoreUnreachable&) {
            return; // expired once the organisation's server is back
        }
        transaction.commit();
        m_vault.audit(VaultCapability()).witnessHead();
    }
}

bool ExtractRequests::maySee(const ExtractRequest& request) const
{
    // Authors keep seeing what they asked for, even once their grant has ended.
    if (request.requester == m_vault.currentUser())
        return true;
    return request.state != RequestState::Draft && m_vault.decide(Action::ReviewExtract).allowed;
}

std::vector<ExtractRequest> ExtractRequests::list() const
{
    // Without the organisation's server, only this workstation's own requests are known: a
    // reviewer's queue would look empty, so it is refused rather than shown so.
    if (const std::optional<QString> why = m_store->outOfReach(); why && m_vault.decide(Action::ReviewExtract).allowed)
        throw RequestStoreUnreachable(ErrorKind::Other, *why);
    std::vector<ExtractRequest> visible = m_store->list();
    std::erase_if(visible, [this](const ExtractRequest& request) { return !maySee(request); });
    return visible;
}

ExtractChecks ExtractRequests::checks(qint64 id) const
{
    const ExtractRequest request = find(id);
    ExtractChecks result;
    if (!draftedElsewhere(request)) {
        result = computeChecks(request);
    } else if (request.submissionChecks) {
        // The data is on the workstation the request was drafted on: what its checks found then.
        result = ExtractChecks::fromJson(*request.submissionChecks);
        result.checks.push_back({QStringLiteral("recorded"), CheckOutcome::Passed,
                                 Text::tr("checked on the requester's workstation when the request was submitted")});
    } else {
        invalid(Text::tr("request %1 was drafted on another workstation and has not been submitted: its checks are "
                         "there")
                    .arg(id));
    }
    const bool reviewer = request.requester != m_vault.currentUser() && m_vault.decide(Action::ReviewExtract).allowed;
    if (!reviewer)
        maskForRequester(result, request.spec.dataset);
    return result;
}

ExtractChecks ExtractRequests::previewChecks(const ExtractSpec& spec) const
{
    // Asked at every pause in typing: a refusal here is not an act, so it is answered, not
    // audited; create() audits it when it is attempted.
    const DatasetSchema* schema = Catalogue::builtin().dataset(spec.dataset);
    const AccessDecision decision = m_vault.decide(
        Action::RequestExtract,
        Resource::ofDataset(spec.dataset, schema ? identifiersUsed(spec, *schema) : QList<PotentialIdentifier>{}));
    if (!decision.allowed)
        throw Error(ErrorKind::Denied, decision.reason);
    checkSpec(spec, m_vault.now().toUTC().date());
    ExtractRequest draft;
    draft.requester = m_vault.currentUser();
    draft.spec = spec;
    ExtractChecks result = computeChecks(draft);
    maskForRequester(result, spec.dataset);
    return result;
}

void ExtractRequests::maskForRequester(ExtractChecks& result, const QString& dataset) const
{
    // Exact counts are for reviewers (and the trail). The requester sees a population under the
    // threshold as "fewer than N", and larger ones rounded: drafts cost nothing, and two that
    // differ by a few people would otherwise count those few (differencing), as would overlaps.
    const Policy& policy = m_vault.policy();
    const auto small = [&](qint64 count) {
        return count < policy.smallCellThreshold && (count > 0 || policy.zeroCellsDisclosive);
    };
    const auto round = [](qint64 count) {
        return (count + RequesterRoundingBase / 2) / RequesterRoundingBase * RequesterRoundingBase;
    };
    for (ReleaseOverlap& overlap : result.overlaps) {
        if (small(overlap.shared) || small(overlap.onlyThisRequest) || small(overlap.onlyEarlier)) {
            overlap.masked = true;
            overlap.shared = overlap.onlyThisRequest = overlap.onlyEarlier = 0;
        } else {
            overlap.shared = round(overlap.shared);
            overlap.onlyThisRequest = round(overlap.onlyThisRequest);
            overlap.onlyEarlier = round(overlap.onlyEarlier);
        }
    }
    if (small(result.beneficiaries)) {
        result.masked = true;
        result.rows = result.beneficiaries = 0;
    } else {
        result.rounded = true;
        result.rows = round(result.rows);
        result.beneficiaries = round(result.beneficiaries);
    }
    const QString withheld =
        Text::tr("fewer than %1 beneficiaries: the counts are shown to reviewers only").arg(policy.smallCellThreshold);
    for (ExtractCheck& check : result.checks) {
        if (check.name == QLatin1String("overlap")) {
            check.detail = overlapDetail(result.overlaps, dataset, true);
        } else if (check.name == QLatin1String("rows")) {
            check.detail = result.masked ? withheld
                                         : Text::tr("about %1 rows (rounded to %2), for at most %3 (ExtractMaxRows)")
                                               .arg(result.rows)
                                               .arg(RequesterRoundingBase)
                                               .arg(policy.extractMaxRows);
        } else if (check.name == QLatin1String("population")) {
            check.detail = result.masked ? withheld
                                         : Text::tr("about %1 beneficiaries (rounded to %2); under %3, people may be "
                                                    "recognised (SmallCellThreshold)")
                                               .arg(result.beneficiaries)
                                               .arg(RequesterRoundingBase)
                                               .arg(policy.smallCellThreshold);
        }
    }
}

QString ExtractRequests::overlapDetail(const std::vector<ReleaseOverlap>& overlaps, const QString& dataset,
                                       bool rounded) const
{
    if (overlaps.empty())
        return Text::tr("no beneficiary in common with the requester's earlier releases of %1").arg(dataset);
    QStringList parts;
    for (const ReleaseOverlap& overlap : overlaps) {
        if (overlap.masked) {
            parts << Text::tr(
                         "%1 (request %2): the two populations differ by fewer than %3 beneficiaries, or share fewer; "
                         "reviewers see the counts")
                         .arg(overlap.release)
                         .arg(overlap.request)
                         .arg(m_vault.policy().smallCellThreshold);
        } else {
            parts << (rounded
                          ? Text::tr("%1 (request %2): about %3 beneficiaries in common, %4 only in this request, "
                                     "%5 only in the earlier release (rounded)")
                          : Text::tr("%1 (request %2): %3 beneficiaries in common, %4 only in this request, %5 only "
                                     "in the earlier release"))
                         .arg(overlap.release)
                         .arg(overlap.request)
                         .arg(overlap.shared)
                         .arg(overlap.onlyThisRequest)
                         .arg(overlap.onlyEarlier);
        }
    }
    return parts.join(QStringLiteral("; "));
}

ExtractSelection ExtractRequests::select(const ExtractRequest& request) const
{
    const DatasetSchema* schema = Catalogue::builtin().dataset(request.spec.dataset);
    if (!schema)
        throw Error(ErrorKind::Integrity, Text::tr("request %1 names an unknown dataset").arg(request.id));
    // Opening the datasets purges the packages past their retention date: no check counts, and
    // no release holds, a row kept beyond its end.
    DatasetStore(m_vault, VaultCapability());
    return ExtractSelection(m_vault.database(VaultCapability()), *schema, request.spec);
}

ExtractChecks ExtractRequests::computeChecks(const ExtractRequest& request) const
{
    const ExtractSpec& spec = request.spec;
    const Policy& policy = m_vault.policy();
    const ExtractSelection selection = select(request);
    const DatasetSchema& schema = *Catalogue::builtin().dataset(spec.dataset);

    ExtractChecks result;
    result.rows = selection.rowCount();
    result.beneficiaries = static_cast<qint64>(selection.beneficiaries().size());
    // No rows is not refused: the data may arrive before the release, and the reviewer sees it.
    const CheckOutcome rowsOutcome = result.rows > policy.extractMaxRows ? CheckOutcome::Failed
                                     : result.rows == 0                  ? CheckOutcome::Warning
                                                                         : CheckOutcome::Passed;
    result.checks.push_back(
        {QStringLiteral("rows"), rowsOutcome,
         Text::tr("%1 rows, for at most %2 (ExtractMaxRows)").arg(result.rows).arg(policy.extractMaxRows)});
    result.checks.push_back(
        {QStringLiteral("population"),
         result.beneficiaries < policy.smallCellThreshold ? CheckOutcome::Warning : CheckOutcome::Passed,
         Text::tr("%1 beneficiaries; under %2, people may be recognised (SmallCellThreshold)")
             .arg(result.beneficiaries)
             .arg(policy.smallCellThreshold)});
    QStringList identifiers;
    for (const PotentialIdentifier identifier : identifiersUsed(spec, schema))
        identifiers << potentialIdentifierName(identifier);
    result.checks.push_back(
        {QStringLiteral("potential-identifiers"), CheckOutcome::Passed,
         identifiers.isEmpty()
             ? Text::tr("no potential identifier")
             : Text::tr("reads %1, which the requester's grant names").arg(identifiers.join(QStringLiteral(", ")))});
    const int submitted = m_store->submissionsSince(request.requester, startOfMonthUtc(m_vault.now()));
    result.checks.push_back({QStringLiteral("requests-this-month"), CheckOutcome::Passed,
                             Text::tr("%1 submitted by %2 this month, for at most %3 (ExtractMaxPerMonth)")
                                 .arg(submitted)
                                 .arg(request.requester)
                                 .arg(policy.extractMaxPerMonth)});

    // Differencing: two extracts of the same people that differ by a few let the requester
    // isolate those few. Every earlier release of the requester's on this dataset is compared.
    if (!selection.holdsIndividuals()) {
        result.checks.push_back({QStringLiteral("overlap"), CheckOutcome::Passed,
                                 Text::tr("%1 holds no individuals: no overlap to compare").arg(spec.dataset)});
        return result;
    }
    const ReleasePopulations populations(m_vault.database(VaultCapability()));
    const auto risky = [&](qint64 count) { return count > 0 && count < policy.smallCellThreshold; };
    bool warn = false;
    int madeElsewhere = 0;
    for (const ReleaseRecord& earlier : m_store->releasesFor(request.requester)) {
        if (earlier.dataset != spec.dataset || earlier.request == request.id)
            continue;
        // Who a release held stays in the vault that made it: another workstation's cannot be
        // compared here, and the reviewer is told so rather than shown "no overlap".
        if (earlier.manifest.value(QStringLiteral("vault")).toString() != m_vault.id()) {
            ++madeElsewhere;
            continue;
        }
        const PopulationOverlap overlap = comparePopulations(selection.beneficiaries(), populations.of(earlier.id));
        if (overlap.shared == 0)
            continue;
        result.overlaps.push_back(
            {earlier.id, earlier.request, overlap.shared, overlap.onlyFirst, overlap.onlySecond, false});
        warn = warn || risky(overlap.onlyFirst) || risky(overlap.onlySecond);
    }
    result.checks.push_back({QStringLiteral("overlap"), warn ? CheckOutcome::Warning : CheckOutcome::Passed,
                             overlapDetail(result.overlaps, spec.dataset)});
    if (madeElsewhere > 0)
        result.checks.push_back({QStringLiteral("overlap-elsewhere"), CheckOutcome::Warning,
                                 Text::tr("%n earlier release(s) of %1 for %2 were made on other workstations: their "
                                          "populations cannot be compared here",
                                          nullptr, madeElsewhere)
                                     .arg(spec.dataset, request.requester)});
    return result;
}

std::optional<ReleaseRecord> ExtractRequests::releaseOf(qint64 id) const
{
    find(id); // visible, or refused as if it did not exist
    return m_store->releaseOf(id);
}

QByteArray ExtractRequests::releaseSigningKey() const
{
    return Ed25519SigningKey::fromSeed(m_vault.deriveKey(VaultCapability(), SigningKeyPurpose)).publicKey();
}

ReleaseReceipt ExtractRequests::release(qint64 id, const QString& filePath, ReleaseRecipient recipient)
{
    const QString user = m_vault.currentUser();
    const Policy& policy = m_vault.policy();
    const QString destination = QFileInfo(filePath).absoluteFilePath();

    // Everything that can refuse, before any row is read: the organisation's server when it keeps
    // the requests (the request's state is its word, not the vault's copy), the grant (audited),
    // the request's state and requester, the destination (audited), the recipient.
    if (const std::optional<QString> why = m_store->outOfReach())
        throw RequestStoreUnreachable(ErrorKind::Other, *why);
    const ExtractRequest before = find(id);
    requireMayRequest(before.spec);
    {
        ExtractRequest probe = before;
        applyRequestAction(probe, RequestAction::Release, user, {}, policy.requiredApprovals);
    }
    requireDraftedHere(before, RequestAction::Release);
    requireSubmittedFromHere(before);
    OutputGuard guard(m_vault);
    guard.requireReleaseAllowed(id, destination);
    if (QFileInfo::exists(destination))
        invalid(
            Text::tr("%1 already exists: a release never replaces a file").arg(QDir::toNativeSeparators(destination)));
    ReleaseReceipt receipt;
    if (!recipient.isPassphrase()) {
        if (static_cast<std::size_t>(recipient.publicKey.size()) != X25519KeySize)
            invalid(Text::tr("the recipient's key is not an X25519 public key"));
    } else if (recipient.passphrase.isEmpty()) {
        receipt.generatedPassphrase = RecoveryKey::format(RecoveryKey::generate(m_vault.random(VaultCapability())));
        recipient.passphrase = receipt.generatedPassphrase.clone();
    } else {
        Vault::requireAcceptablePassword(recipient.passphrase);
    }

    const ExtractSelection selection = select(before);
    if (selection.rowCount() > policy.extractMaxRows)
        throw Error(ErrorKind::Denied,
                    Text::tr("request %1 cannot be released: its rows now exceed ExtractMaxRows (%2); "
                             "ask again with narrower filters")
                        .arg(id)
                        .arg(policy.extractMaxRows));
    ReleaseManifest& manifest = receipt.manifest;
    manifest.release = newReleaseId(m_vault.random(VaultCapability()));
    manifest.request = id;
    manifest.revision = before.revision;
    manifest.vault = m_vault.id();
    manifest.dataset = before.spec.dataset;
    manifest.project = before.spec.project;
    manifest.requester = before.requester;
    manifest.approvers = before.approvals;
    manifest.releasedUtc = m_vault.now().toUTC();
    manifest.expires = before.spec.retainUntil;
    manifest.columns = before.spec.columns;
    manifest.rows = selection.rowCount();
    const QString watermark =
        Text::tr(
            "Écluse release %1 · request %2 · project %3 · for %4 · approved by %5 · keep until %6 · pseudonymised "
            "individual data: do not pass on")
            .arg(manifest.release)
            .arg(id)
            .arg(manifest.project, manifest.requester, manifest.approvers.join(QStringLiteral(", ")),
                 manifest.expires.toString(Qt::ISODate));

    std::string csv =
        selection.csv(m_vault.deriveKey(VaultCapability(), projectKeyPurpose(manifest.project)), watermark);
    const auto wipeRows = qScopeGuard([&csv] { wipe(csv); });
    // The vault should hold no direct identifier (imports refuse them); if one got in, it does
    // not leave. The value itself is neither shown nor audited.
    if (const std::optional<IdentifierHit> hit = findIdentifier(csv, manifest.columns)) {
        const QString reason = Text::tr("the release of request %1 is blocked: row %2, column %3 holds what looks like "
                                        "a %4. Nothing was written; tell the data steward, the vault must be checked")
                                   .arg(id)
                                   .arg(hit->row)
                                   .arg(hit->column, identifierKindName(hit->kind));
        m_vault.audit(VaultCapability())
            .append(user, QStringLiteral("extract.release-blocked"), QStringLiteral("request %1").arg(id),
                    {{QStringLiteral("request"), id},
                     {QStringLiteral("row"), hit->row},
                     {QStringLiteral("column"), hit->column},
                     {QStringLiteral("identifier"), identifierKindName(hit->kind)}});
        throw Error(ErrorKind::Denied, reason);
    }
    const Ed25519SigningKey signer =
        Ed25519SigningKey::fromSeed(m_vault.deriveKey(VaultCapability(), SigningKeyPurpose));
    const QByteArray file =
        ReleaseFile::seal(manifest, csv, recipient, m_vault.passwordKdf(), signer, m_vault.random(VaultCapability()));
    // What leaves must open: the file is checked against the vault's own key first.
    ReleaseFile::verify(file, signer.publicKey(), destination);

    guard.writeRelease(id, file, destination,
                       {{QStringLiteral("release"), manifest.release},
                        {QStringLiteral("rows"), manifest.rows},
                        {QStringLiteral("ciphertextSha256"), QString::fromLatin1(manifest.ciphertextSha256.toHex())},
                        {QStringLiteral("plaintextSha256"), QString::fromLatin1(manifest.plaintextSha256.toHex())}});
    // Not recorded, so not released: the file must not outlive a failure to record it. (A process
    // killed here leaves it, named with its hash by the entry writeRelease made first.)
    auto removeUnrecorded = qScopeGuard([&destination] { QFile::remove(destination); });

    Database& db = m_vault.database(VaultCapability());
    Transaction transaction(db);
    ExtractRequest request = find(id);
    applyRequestAction(request, RequestAction::Release, user, {}, policy.requiredApprovals);
    if (request.revision != before.revision)
        invalid(Text::tr("request %1 changed while it was being released").arg(id));
    const ReleaseRecord record{manifest.release,
                               id,
                               request.requester,
                               manifest.dataset,
                               manifest.project,
                               manifest.releasedUtc,
                               manifest.expires,
                               manifest.rows,
                               static_cast<qint64>(selection.beneficiaries().size()),
                               manifest.toJson()};
    commitChange(request, RequestAction::Release, {},
                 {{QStringLiteral("release"), manifest.release},
                  {QStringLiteral("file"), destination},
                  {QStringLiteral("sha256"), QString::fromLatin1(sha256(file).toHex())}},
                 &record);
    // After the record, which the population refers to in the vault.
    if (selection.holdsIndividuals())
        ReleasePopulations(db).add(manifest.release, selection.beneficiaries());
    transaction.commit();
    removeUnrecorded.dismiss();
    m_vault.audit(VaultCapability()).witnessHead();
    return receipt;
}

void ExtractRequests::requireSubmittedFromHere(const ExtractRequest& request) const
{
    // A store outside the vault is trusted for who did what, not for what is released: the spec
    // must be the one this vault's own trail recorded when its requester submitted it, so that
    // nobody with the server's keys can widen an approved request before its rows leave.
    const std::optional<AuditEntry> submitted =
        m_vault.audit(VaultCapability())
            .lastEntryOf(QStringLiteral("extract.submit"), QStringLiteral("request %1").arg(request.id));
    QString problem;
    const std::optional<QJsonObject> details =
        submitted ? parseStrictJsonObject(submitted->details.toUtf8(), &problem) : std::nullopt;
    if (!details || details->value(QStringLiteral("specSha256")).toString() != specHash(request.spec) ||
        details->value(QStringLiteral("revision")).toInt() != request.revision)
        throw Error(ErrorKind::Integrity,
                    Text::tr("request %1 is not what this workstation submitted (its spec or revision differs from "
                             "the audit trail's record of the submission): nothing was released; tell the data steward")
                        .arg(request.id));
}

ExtractRequest ExtractRequests::find(qint64 id) const
{
    std::optional<ExtractRequest> request = m_store->find(id);
    if (!request || !maySee(*request))
        invalid(Text::tr("there is no extract request %1 that %2 can see").arg(id).arg(m_vault.currentUser()));
    return std::move(*request);
}

} // namespace ecluse
