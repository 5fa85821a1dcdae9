#include "ExtractRequests.h"

#include "VaultRequestStore.h"
#include "aggregate/AggregateEngine.h"
#include "audit/AuditTrail.h"
#include "common/Error.h"
#include "crypto/Digest.h"
#include "data/Catalogue.h"
#include "data/DatasetStore.h"
#include "storage/Database.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace ecluse {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ecluse::ExtractRequests", text);
}

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
    }
    return {};
}

QString specHash(const ExtractSpec& spec)
{
    return QString::fromLatin1(sha256(QJsonDocument(spec.toJson()).toJson(QJsonDocument::Compact)).toHex());
}

// The column a request's care period applies to: the care date, else the dataset's first date.
const ColumnSpec* periodColumn(const DatasetSchema& schema)
{
    const ColumnSpec* first = nullptr;
    for (const ColumnSpec& column : schema.columns) {
        if (column.type != ColumnType::Date)
            continue;
        if (column.potentialIdentifier == PotentialIdentifier::CareDate)
            return &column;
        if (!first)
            first = &column;
    }
    return first;
}

// The engine reads only a few columns for a count: a small cache, dropped with the engine.
constexpr std::int64_t checkCacheBytes = std::int64_t{256} << 20;

QDateTime startOfMonthUtc(const QDateTime& now)
{
    const QDate today = now.toUTC().date();
    return QDateTime(QDate(today.year(), today.month(), 1), QTime(0, 0), Qt::UTC);
}

} // namespace

ExtractRequests::ExtractRequests(Vault& vault)
    : m_vault(vault)
    , m_store(std::make_unique<VaultRequestStore>(vault.database(VaultCapability())))
{}

ExtractRequests::~ExtractRequests() = default;

void ExtractRequests::checkSpec(const ExtractSpec& spec, const QDate& today)
{
    const DatasetSchema* schema = Catalogue::builtin().dataset(spec.dataset);
    if (!schema)
        invalid(tr("unknown dataset '%1'").arg(spec.dataset));
    if (spec.columns.isEmpty())
        invalid(tr("name at least one column of %1").arg(spec.dataset));
    for (qsizetype i = 0; i < spec.columns.size(); ++i) {
        if (!schema->column(spec.columns[i]))
            invalid(tr("%1 is not a column of %2").arg(spec.columns[i], spec.dataset));
        if (spec.columns.indexOf(spec.columns[i]) != i)
            invalid(tr("the column %1 is asked for twice").arg(spec.columns[i]));
    }
    for (const Filter& filter : spec.filters) {
        try {
            validateFilter(*schema, filter);
        } catch (const Error& error) {
            invalid(error.message());
        }
    }
    if (!spec.periodFrom.isValid() || !spec.periodTo.isValid() || spec.periodFrom > spec.periodTo)
        invalid(tr("the period must have a start and an end, the end not before the start"));
    if (!isPlainText(spec.purpose) || spec.purpose.trimmed().size() < 20)
        invalid(tr("say what the data is for, in at least 20 characters of plain text"));
    static const QRegularExpression projectPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._/-]{1,63}$"));
    if (!projectPattern.match(spec.project).hasMatch())
        invalid(tr("'%1' is not a project reference: 2 to 64 letters, digits, '.', '_', '/' or '-'").arg(spec.project));
    if (!spec.retainUntil.isValid() || spec.retainUntil <= today)
        invalid(tr("the retention end date must be in the future"));
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
        invalid(tr("the comment must be plain text, without control characters"));

    // Read again under the write lock: another process may have changed it meanwhile.
    Transaction transaction(db);
    ExtractRequest request = find(id);

    applyRequestAction(request, action, user, comment, policy.requiredApprovals);
    if (spec)
        request.spec = *spec;
    std::optional<ExtractChecks> checksAtSubmission;
    if (action == RequestAction::Submit) {
        const QDateTime now = m_vault.now();
        if (m_store->submissionsSince(user, startOfMonthUtc(now)) >= policy.extractMaxPerMonth)
            throw Error(ErrorKind::Denied, tr("%1 has already submitted %2 requests this month, the most managed "
                                              "policy allows (ExtractMaxPerMonth)")
                                               .arg(user)
                                               .arg(policy.extractMaxPerMonth));
        checksAtSubmission = computeChecks(request);
        // No count in the message: the requester may be looking at a few people.
        if (checksAtSubmission->anyFailed())
            throw Error(ErrorKind::Denied, tr("request %1 cannot be submitted: it would hold more than %2 rows "
                                              "(ExtractMaxRows)")
                                               .arg(id)
                                               .arg(policy.extractMaxRows));
    }
    request.updatedUtc = m_vault.now().toUTC();
    m_store->update(request, {request.updatedUtc, user, eventName(action), request.state, comment});
    QJsonObject details{{QStringLiteral("request"), id},
                        {QStringLiteral("requester"), request.requester},
                        {QStringLiteral("revision"), request.revision},
                        {QStringLiteral("state"), requestStateName(request.state)},
                        {QStringLiteral("approvals"), QJsonArray::fromStringList(request.approvals)},
                        {QStringLiteral("specSha256"), specHash(request.spec)}};
    if (spec)
        details.insert(QStringLiteral("spec"), spec->toJson());
    if (!comment.isEmpty())
        details.insert(QStringLiteral("comment"), comment);
    if (checksAtSubmission)
        details.insert(QStringLiteral("checks"), checksAtSubmission->toJson());
    audit.append(user, QStringLiteral("extract.") + eventName(action), QStringLiteral("request %1").arg(id), details,
                 AuditTrail::Witnessing::Deferred);
    transaction.commit();
    audit.witnessHead();
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
    std::vector<ExtractRequest> visible = m_store->list();
    std::erase_if(visible, [this](const ExtractRequest& request) { return !maySee(request); });
    return visible;
}

ExtractChecks ExtractRequests::checks(qint64 id) const
{
    const ExtractRequest request = find(id);
    ExtractChecks result = computeChecks(request);
    // Exact small counts are for reviewers (and the trail). Shown to the requester, a draft would
    // count any small group of people that aggregates suppress.
    const Policy& policy = m_vault.policy();
    const bool reviewer = request.requester != m_vault.currentUser() && m_vault.decide(Action::ReviewExtract).allowed;
    const bool small =
        result.beneficiaries < policy.smallCellThreshold && (result.beneficiaries > 0 || policy.zeroCellsDisclosive);
    if (reviewer || !small)
        return result;
    result.masked = true;
    result.rows = result.beneficiaries = 0;
    const QString withheld =
        tr("fewer than %1 beneficiaries: the counts are shown to reviewers only").arg(policy.smallCellThreshold);
    for (ExtractCheck& check : result.checks) {
        if (check.name == QLatin1String("rows") || check.name == QLatin1String("population"))
            check.detail = withheld;
    }
    return result;
}

ExtractChecks ExtractRequests::computeChecks(const ExtractRequest& request) const
{
    const ExtractSpec& spec = request.spec;
    const DatasetSchema* schema = Catalogue::builtin().dataset(spec.dataset);
    if (!schema)
        throw Error(ErrorKind::Integrity, tr("request %1 names an unknown dataset").arg(request.id));
    const Policy& policy = m_vault.policy();

    // One count over the rows the extract would hold: no dimension, the spec's filters and period.
    AggregateQuery count;
    count.dataset = spec.dataset;
    count.measures = {{MeasureKind::Records, {}}};
    count.filters = spec.filters;
    if (const ColumnSpec* period = periodColumn(*schema))
        count.filters.push_back({period->name, {}, spec.periodFrom, spec.periodTo});
    count.validate(*schema);
    ExtractChecks result;
    if (DatasetStore(m_vault, VaultCapability()).rowCount(spec.dataset) > 0) {
        AggregateEngine engine(m_vault, VaultCapability(), checkCacheBytes);
        const AggregateTable table = engine.compute(count, 0);
        result.rows = table.records.empty() ? 0 : table.records.front();
        result.beneficiaries = table.units.empty() ? 0 : table.units.front();
    }
    // No rows is not refused: the data may arrive before the release, and the reviewer sees it.
    const CheckOutcome rowsOutcome = result.rows > policy.extractMaxRows ? CheckOutcome::Failed
                                     : result.rows == 0                  ? CheckOutcome::Warning
                                                                         : CheckOutcome::Passed;
    result.checks.push_back(
        {QStringLiteral("rows"), rowsOutcome,
         tr("%1 rows, for at most %2 (ExtractMaxRows)").arg(result.rows).arg(policy.extractMaxRows)});
    result.checks.push_back(
        {QStringLiteral("population"),
         result.beneficiaries < policy.smallCellThreshold ? CheckOutcome::Warning : CheckOutcome::Passed,
         tr("%1 beneficiaries; under %2, people may be recognised (SmallCellThreshold)")
             .arg(result.beneficiaries)
             .arg(policy.smallCellThreshold)});
    QStringList identifiers;
    for (const PotentialIdentifier identifier : identifiersUsed(spec, *schema))
        identifiers << potentialIdentifierName(identifier);
    result.checks.push_back(
        {QStringLiteral("potential-identifiers"), CheckOutcome::Passed,
         identifiers.isEmpty()
             ? tr("no potential identifier")
             : tr("reads %1, which the requester's grant names").arg(identifiers.join(QStringLiteral(", ")))});
    const int submitted = m_store->submissionsSince(request.requester, startOfMonthUtc(m_vault.now()));
    result.checks.push_back({QStringLiteral("requests-this-month"), CheckOutcome::Passed,
                             tr("%1 submitted by %2 this month, for at most %3 (ExtractMaxPerMonth)")
                                 .arg(submitted)
                                 .arg(request.requester)
                                 .arg(policy.extractMaxPerMonth)});
    return result;
}

ExtractRequest ExtractRequests::find(qint64 id) const
{
    std::optional<ExtractRequest> request = m_store->find(id);
    if (!request || !maySee(*request))
        invalid(tr("there is no extract request %1 that %2 can see").arg(id).arg(m_vault.currentUser()));
    return std::move(*request);
}

} // namespace ecluse
