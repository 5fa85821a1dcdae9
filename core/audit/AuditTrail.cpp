#include "AuditTrail.h"

#include "common/Canonical.h"
#include "common/Clock.h"
#include "crypto/Digest.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>

namespace ecluse {
namespace {

// The columns readEntry() reads, in its order.
const char* const selectEntries = "SELECT seq, time_utc, user, action, object, details, prev_hash, mac FROM audit_log ";

const QByteArray genesisHash(Sha256Size, '\0');
constexpr qint64 reorderSearchWindow = 32;

// This file's messages, under the "AuditTrail" context that lupdate files them in too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)
};

QString timeText(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

QByteArray AuditEntry::canonicalBytes() const
{
    return CanonicalBytes("ecluse-audit-v1")
        .add(sequence)
        .add(timeText(timeUtc).toUtf8())
        .add(user.toUtf8())
        .add(action.toUtf8())
        .add(object.toUtf8())
        .add(details.toUtf8())
        .add(previousHash)
        .bytes();
}

QByteArray AuditEntry::hash() const
{
    return sha256(canonicalBytes() + mac);
}

QJsonObject AuditEntry::toJson() const
{
    return {
        {QStringLiteral("seq"), sequence},
        {QStringLiteral("time"), timeText(timeUtc)},
        {QStringLiteral("user"), user},
        {QStringLiteral("action"), action},
        {QStringLiteral("object"), object},
        {QStringLiteral("details"), QJsonDocument::fromJson(details.toUtf8()).object()},
        {QStringLiteral("prevHash"), QString::fromLatin1(previousHash.toHex())},
        {QStringLiteral("mac"), QString::fromLatin1(mac.toHex())},
        {QStringLiteral("hash"), QString::fromLatin1(hash().toHex())},
    };
}

AuditTrail::AuditTrail(Database& db, SecureBuffer auditKey, const Clock& clock, QString vaultId,
                       std::vector<std::shared_ptr<AuditWitness>> witnesses, std::shared_ptr<HeadLedger> ledger)
    : m_db(db)
    , m_key(std::move(auditKey))
    , m_clock(clock)
    , m_vaultId(std::move(vaultId))
    , m_witnesses(std::move(witnesses))
    , m_ledger(std::move(ledger))
{}

QByteArray AuditTrail::macOf(const AuditEntry& entry) const
{
    return hmacSha256(m_key, entry.canonicalBytes());
}

QByteArray AuditTrail::witnessMac(const QString& vaultId, qint64 sequence, const QByteArray& hash) const
{
    return hmacSha256(m_key, CanonicalBytes("ecluse-audit-witness-v1")
                                 .add(vaultId.toUtf8())
                                 .add(QByteArray::number(sequence))
                                 .add(hash)
                                 .bytes());
}

AuditEntry AuditTrail::append(const QString& user, const QString& action, const QString& object,
                              const QJsonObject& details, Witnessing witnessing)
{
    AuditEntry entry;
    {
        // IMMEDIATE: two processes appending at once must not both chain to the same head.
        Transaction transaction(m_db);
        entry.sequence = 1;
        entry.previousHash = genesisHash;
        if (const auto previous = lastEntry()) {
            entry.sequence = previous->sequence + 1;
            entry.previousHash = previous->hash();
        }
        entry.timeUtc = m_clock.nowUtc().toUTC();
        entry.user = user;
        entry.action = action;
        entry.object = object;
        entry.details = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
        entry.mac = macOf(entry);

        Statement insert = m_db.prepare("INSERT INTO audit_log(seq, time_utc, user, action, object, details, "
                                        "prev_hash, mac) VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
        insert.bind(1, entry.sequence)
            .bind(2, timeText(entry.timeUtc))
            .bind(3, entry.user)
            .bind(4, entry.action)
            .bind(5, entry.object)
            .bind(6, entry.details)
            .bindBlob(7, entry.previousHash)
            .bindBlob(8, entry.mac);
        insert.run();
        transaction.commit();
    }
    // After the commit: a witness may lag one entry behind after a crash, never run ahead.
    if (witnessing == Witnessing::Deferred)
        return entry;
    // The head, not necessarily this entry: another process may have appended since the commit,
    // and a witness that received only the older head would lag behind for no reason.
    const auto head = lastEntry();
    if (head && head->sequence != entry.sequence)
        recordHead(*head, witnessing == Witnessing::Reseal, std::nullopt);
    else
        recordHead(entry, witnessing == Witnessing::Reseal, entry.previousHash);
    sendHeadsToLedger();
    return entry;
}

void AuditTrail::witnessHead()
{
    if (const auto last = lastEntry())
        recordHead(*last, false, std::nullopt);
    sendHeadsToLedger();
}

namespace {
const char* const ledgerUnreachableKey = "ledger-unreachable-since";
const char* const ledgerNewChainKey = "ledger-new-chain-at";
constexpr qint64 ledgerBatch = 500;
} // namespace

void AuditTrail::setMeta(const char* key, const std::optional<QString>& value)
{
    Transaction transaction(m_db);
    if (value) {
        Statement insert = m_db.prepare("INSERT OR REPLACE INTO vault_meta(key, value) VALUES(?, ?)");
        insert.bind(1, QString::fromLatin1(key)).bind(2, *value).run();
    } else {
        Statement remove = m_db.prepare("DELETE FROM vault_meta WHERE key = ?");
        remove.bind(1, QString::fromLatin1(key)).run();
    }
    transaction.commit();
}

std::optional<QString> AuditTrail::meta(const char* key) const
{
    Statement select = m_db.prepare("SELECT value FROM vault_meta WHERE key = ?");
    select.bind(1, QString::fromLatin1(key));
    if (!select.step())
        return std::nullopt;
    return select.text(0);
}

std::optional<QDateTime> AuditTrail::ledgerUnreachableSince() const
{
    if (!m_ledger)
        return std::nullopt;
    const std::optional<QString> recorded = meta(ledgerUnreachableKey);
    if (!recorded)
        return std::nullopt;
    const QDateTime since = QDateTime::fromString(*recorded, Qt::ISODateWithMs);
    if (!since.isValid())
        throw Error(
            ErrorKind::Integrity,
            Text::tr("the vault's record of when the %1 went out of reach is not a time").arg(m_ledger->name()));
    return since;
}

void AuditTrail::setLedgerUnreachableSince(const std::optional<QDateTime>& since)
{
    // The first failure counts: later ones must not move the time forward. Nothing to clear is
    // the common case, on every append: no write then.
    if (since.has_value() == ledgerUnreachableSince().has_value())
        return;
    setMeta(ledgerUnreachableKey, since ? std::optional<QString>(timeText(*since)) : std::nullopt);
}

std::optional<qint64> AuditTrail::ledgerNewChainAt() const
{
    const std::optional<QString> recorded = meta(ledgerNewChainKey);
    if (!recorded)
        return std::nullopt;
    bool ok = false;
    const qint64 sequence = recorded->toLongLong(&ok);
    if (!ok || sequence < 1)
        throw Error(ErrorKind::Integrity, Text::tr("the vault's record of where its trail restarts is not an entry"));
    return sequence;
}

void AuditTrail::startNewLedgerChain(qint64 backupHead)
{
    if (m_ledger)
        setMeta(ledgerNewChainKey, QString::number(backupHead + 1));
}

void AuditTrail::sendHeadsToLedger()
{
    if (!m_ledger)
        return;
    const QDateTime now = m_clock.nowUtc();
    if (m_ledgerRetryAfter.isValid() && now < m_ledgerRetryAfter)
        return;
    try {
        sendPendingHeads();
        m_ledgerRetryAfter = {};
        setLedgerUnreachableSince(std::nullopt);
    } catch (const HeadLedger::Unreachable&) {
        // The heads wait in the trail itself, which is the queue: nothing is lost, and they go in
        // order once the server answers again.
        m_ledgerRetryAfter = now.addSecs(LedgerRetrySeconds);
        setLedgerUnreachableSince(now);
    } catch (const Error&) {
        // The server refused: the trail and the ledger disagree, which verification reports. The
        // action that appended has been done; it is not undone for this.
        m_ledgerRetryAfter = now.addSecs(LedgerRetrySeconds);
    }
}

void AuditTrail::sendPendingHeads()
{
    const std::optional<LedgerHead> received = m_ledger->lastHead(m_vaultId);
    const std::optional<qint64> newChainAt = ledgerNewChainAt();
    int chain = 1;
    qint64 next = 1;
    if (received) {
        const auto ours = entries(received->sequence, 1);
        const bool agrees = !ours.empty() && ours.front().sequence == received->sequence &&
                            constantTimeEquals(ours.front().hash(), received->entryHash);
        chain = received->chain;
        next = received->sequence + 1;
        if (!agrees) {
            // Heads are only ever added after one that matches the trail: sending more after a
            // rewritten or shortened trail would bury the evidence under heads that look right.
            // The one exception is a restore, which says so in its own entry, in a new chain.
            if (!newChainAt)
                return;
            chain = received->chain + 1;
            next = *newChainAt;
        }
    }
    for (;;) {
        const std::vector<AuditEntry> batch = entries(next, ledgerBatch);
        if (batch.empty())
            break;
        std::vector<LedgerHead> heads;
        heads.reserve(batch.size());
        for (const AuditEntry& entry : batch) {
            const QByteArray hash = entry.hash();
            heads.push_back({chain, entry.sequence, hash, witnessMac(m_vaultId, entry.sequence, hash), entry.timeUtc});
        }
        m_ledger->append(m_vaultId, heads);
        next = batch.back().sequence + 1;
    }
    // Once the server holds the restart (or the trail went on in the old chain), it is done.
    if (newChainAt && next > *newChainAt)
        setMeta(ledgerNewChainKey, std::nullopt);
}

void AuditTrail::recordHead(const AuditEntry& entry, bool force, const std::optional<QByteArray>& knownPreviousHash)
{
    const QByteArray head = entry.hash();
    const WitnessRecord record{m_vaultId, entry.sequence, head, witnessMac(m_vaultId, entry.sequence, head), {}};
    const auto hashInTrail = [&](qint64 sequence) -> std::optional<QByteArray> {
        // Just after an append the previous entry's hash is known (computed from the row, not
        // taken from the new entry's stored field): a witness one entry behind needs no read.
        if (knownPreviousHash && sequence == entry.sequence - 1)
            return *knownPreviousHash;
        const auto found = entries(sequence, 1);
        if (found.empty() || found.front().sequence != sequence)
            return std::nullopt;
        return found.front().hash();
    };
    for (const auto& witness : m_witnesses) {
        // A witness that disagrees with the trail is evidence: overwriting it with the new head
        // would launder a truncation. It stays as it is until someone reseals, which is audited.
        if (force || !checkWitness(*witness, entry.sequence - 1, hashInTrail))
            witness->record(record);
    }
}

AuditEntry AuditTrail::reseal(const QString& user, const QString& reason)
{
    const AuditVerification before = verify();
    return append(user, QStringLiteral("audit.reseal"), m_vaultId,
                  {{QStringLiteral("reason"), reason}, {QStringLiteral("problemBefore"), before.problem}},
                  Witnessing::Reseal);
}

AuditEntry AuditTrail::seal(const QString& user, bool scheduled)
{
    Transaction transaction(m_db);
    const std::optional<AuditEntry> head = lastEntry();
    QJsonObject actions;
    Statement counts = m_db.prepare("SELECT action, count(*) FROM audit_log GROUP BY action ORDER BY action");
    while (counts.step())
        actions.insert(counts.text(0), counts.int64(1));
    QJsonObject details{{QStringLiteral("entries"), size()},
                        {QStringLiteral("head"), head ? head->sequence : 0},
                        {QStringLiteral("headHash"), head ? QString::fromLatin1(head->hash().toHex()) : QString()},
                        {QStringLiteral("actions"), actions}};
    if (scheduled)
        details.insert(QStringLiteral("by"), QStringLiteral("ecluse"));
    AuditEntry entry = append(user, QStringLiteral("audit.seal"), m_vaultId, details, Witnessing::Deferred);
    transaction.commit();
    witnessHead();
    return entry;
}

std::optional<QDateTime> AuditTrail::lastTimeOf(const QString& action) const
{
    Statement last = m_db.prepare("SELECT time_utc FROM audit_log WHERE action = ? ORDER BY seq DESC LIMIT 1");
    last.bind(1, action);
    if (!last.step())
        return std::nullopt;
    return QDateTime::fromString(last.text(0), Qt::ISODateWithMs);
}

std::optional<AuditEntry> AuditTrail::lastEntryOf(const QString& action, const QString& object) const
{
    Statement last = m_db.prepare(
        (QByteArray(selectEntries) + "WHERE action = ? AND object = ? ORDER BY seq DESC LIMIT 1").constData());
    last.bind(1, action).bind(2, object);
    if (!last.step())
        return std::nullopt;
    return readEntry(last);
}

std::optional<QDateTime> AuditTrail::firstEntryTime() const
{
    Statement first = m_db.prepare("SELECT time_utc FROM audit_log ORDER BY seq LIMIT 1");
    if (!first.step())
        return std::nullopt;
    return QDateTime::fromString(first.text(0), Qt::ISODateWithMs);
}

template <typename Visit> void AuditTrail::forEachEntry(qint64 fromSequence, qint64 limit, Visit visit) const
{
    Statement select = m_db.prepare((QByteArray(selectEntries) + "WHERE seq >= ? ORDER BY seq LIMIT ?").constData());
    select.bind(1, fromSequence).bind(2, limit);
    while (select.step())
        visit(readEntry(select));
}

AuditEntry AuditTrail::readEntry(const Statement& row)
{
    return {row.int64(0), QDateTime::fromString(row.text(1), Qt::ISODateWithMs),
            row.text(2),  row.text(3),
            row.text(4),  row.text(5),
            row.blob(6),  row.blob(7)};
}

std::optional<AuditEntry> AuditTrail::lastEntry() const
{
    Statement last = m_db.prepare((QByteArray(selectEntries) + "ORDER BY seq DESC LIMIT 1").constData());
    if (!last.step())
        return std::nullopt;
    return readEntry(last);
}

qint64 AuditTrail::size() const
{
    return m_db.queryInt("SELECT count(*) FROM audit_log");
}

std::vector<AuditEntry> AuditTrail::entries(qint64 fromSequence, qint64 limit) const
{
    std::vector<AuditEntry> out;
    forEachEntry(fromSequence, limit, [&](AuditEntry entry) { out.push_back(std::move(entry)); });
    return out;
}

AuditVerification AuditTrail::verify() const
{
    AuditVerification result;
    std::vector<QByteArray> hashes; // hashes[i] is the hash of entry i + 1
    auto fail = [&](qint64 sequence, QString problem) {
        if (result.intact) {
            result.intact = false;
            result.firstBrokenSequence = sequence;
            result.problem = std::move(problem);
        }
    };

    forEachEntry(1, -1, [&](AuditEntry entry) {
        if (!result.intact)
            return;
        const qint64 expected = static_cast<qint64>(hashes.size()) + 1;
        if (entry.sequence != expected) {
            fail(expected, Text::tr("entry %1 is missing: the trail jumps from entry %2 to entry %3 (entries deleted)")
                               .arg(expected)
                               .arg(expected - 1)
                               .arg(entry.sequence));
            return;
        }
        if (!constantTimeEquals(macOf(entry), entry.mac)) {
            // A genuine entry moved to another place still verifies under its own number.
            const qint64 stored = entry.sequence;
            for (qint64 candidate = std::max<qint64>(1, stored - reorderSearchWindow);
                 candidate <= stored + reorderSearchWindow; ++candidate) {
                entry.sequence = candidate;
                if (candidate != stored && constantTimeEquals(macOf(entry), entry.mac)) {
                    fail(stored,
                         Text::tr("entry %1 holds entry %2: entries were reordered").arg(stored).arg(candidate));
                    return;
                }
            }
            fail(stored, Text::tr("entry %1 was altered, or inserted without the audit key: its MAC does not match")
                             .arg(stored));
            return;
        }
        const QByteArray& expectedPrevious = hashes.empty() ? genesisHash : hashes.back();
        if (!constantTimeEquals(entry.previousHash, expectedPrevious)) {
            fail(entry.sequence,
                 Text::tr("entry %1 does not follow entry %2: the chain is broken (entries reordered or "
                          "inserted)")
                     .arg(entry.sequence)
                     .arg(entry.sequence - 1));
            return;
        }
        hashes.push_back(entry.hash());
    });
    result.entries = static_cast<qint64>(hashes.size());
    if (!result.intact)
        return result;

    const auto hashInTrail = [&hashes](qint64 sequence) -> std::optional<QByteArray> {
        if (sequence < 1 || sequence > static_cast<qint64>(hashes.size()))
            return std::nullopt;
        return hashes[static_cast<std::size_t>(sequence - 1)];
    };
    for (const auto& witness : m_witnesses) {
        if (const auto problem = witness->problem())
            result.warnings << *problem;
        if (const auto problem = checkWitness(*witness, result.entries, hashInTrail)) {
            fail(result.entries, *problem);
            break;
        }
    }
    if (result.intact && m_ledger)
        checkLedger(result, fail, hashInTrail);
    return result;
}

void AuditTrail::checkLedger(AuditVerification& result, const std::function<void(qint64, QString)>& fail,
                             const std::function<std::optional<QByteArray>(qint64)>& hashInTrail) const
{
    std::vector<LedgerHead> heads;
    try {
        heads = m_ledger->heads(m_vaultId);
    } catch (const HeadLedger::Unreachable& unreachable) {
        const auto since = ledgerUnreachableSince();
        result.warnings << (since ? Text::tr("the %1 has been out of reach since %2: the trail was checked against "
                                             "this workstation's witnesses only (%3)")
                                        .arg(m_ledger->name(), timeText(*since), unreachable.message())
                                  : Text::tr("the %1 cannot be reached: the trail was checked against this "
                                             "workstation's witnesses only (%2)")
                                        .arg(m_ledger->name(), unreachable.message()));
        return;
    } catch (const Error& error) {
        fail(result.entries,
             Text::tr("cannot check the trail against the %1: %2").arg(m_ledger->name(), error.message()));
        return;
    }
    if (heads.empty()) {
        if (result.entries > 0)
            result.warnings << Text::tr("the %1 has received no entry of this vault yet").arg(m_ledger->name());
        return;
    }
    const int latestChain = heads.back().chain;
    // Where each chain after the first restarts: the restore's own entry.
    std::map<int, qint64> restartOf;
    for (const LedgerHead& head : heads) {
        if (!restartOf.contains(head.chain))
            restartOf[head.chain] = head.sequence;
    }
    for (const LedgerHead& head : heads) {
        if (!constantTimeEquals(head.mac, witnessMac(m_vaultId, head.sequence, head.entryHash))) {
            fail(head.sequence, Text::tr("the %1 holds a head for entry %2 that is not genuine: its MAC does not "
                                         "match this vault")
                                    .arg(m_ledger->name())
                                    .arg(head.sequence));
            return;
        }
        // A chain the vault left behind by a restore: the entries before the restart are still the
        // trail's; those after it went with the vault that was replaced.
        const bool replaced = head.chain < latestChain && head.sequence >= restartOf[head.chain + 1];
        if (replaced)
            continue;
        if (head.sequence > result.entries) {
            const qint64 lastReceived = heads.back().sequence;
            fail(result.entries + 1, Text::tr("the trail ends at entry %1 but the %2 received entry %3: entries %4 "
                                              "to %3 were removed")
                                         .arg(result.entries)
                                         .arg(m_ledger->name())
                                         .arg(lastReceived)
                                         .arg(result.entries + 1));
            return;
        }
        const auto hash = hashInTrail(head.sequence);
        if (!hash || !constantTimeEquals(*hash, head.entryHash)) {
            fail(head.sequence,
                 Text::tr("entry %1 differs from what the %2 received").arg(head.sequence).arg(m_ledger->name()));
            return;
        }
    }
    // A chain starts over only where a restore says its backup ended: the restore's entry follows
    // within a few entries (the sign-in that opened the restored vault comes first).
    const auto restoredAt = [this](qint64 restart) {
        for (const AuditEntry& entry : entries(restart, 8)) {
            if (entry.action == QLatin1String("vault.restore"))
                return QJsonDocument::fromJson(entry.details.toUtf8())
                           .object()
                           .value(QStringLiteral("backupHead"))
                           .toInteger(-1) == restart - 1;
        }
        return false;
    };
    for (int chain = 2; chain <= latestChain; ++chain) {
        const qint64 restart = restartOf.contains(chain) ? restartOf[chain] : 0;
        if (!restoredAt(restart)) {
            fail(restart, Text::tr("the %1's heads start over at entry %2, where the trail holds no restore from a "
                                   "backup: the trail was rewritten")
                              .arg(m_ledger->name())
                              .arg(restart));
            return;
        }
        qint64 lastBefore = 0;
        for (const LedgerHead& head : heads) {
            if (head.chain == chain - 1)
                lastBefore = head.sequence;
        }
        if (lastBefore >= restart)
            result.warnings << Text::tr("the vault was restored from a backup at entry %1: entries %1 to %2 that the "
                                        "%3 received before are no longer in the trail")
                                   .arg(restart)
                                   .arg(lastBefore)
                                   .arg(m_ledger->name());
    }
    const qint64 received = heads.back().sequence;
    if (received < result.entries) {
        const auto since = ledgerUnreachableSince();
        result.warnings << (since ? Text::tr("%n entries have not reached the %1 yet (out of reach since %2)", nullptr,
                                             static_cast<int>(result.entries - received))
                                        .arg(m_ledger->name(), timeText(*since))
                                  : Text::tr("%n entries have not reached the %1 yet", nullptr,
                                             static_cast<int>(result.entries - received))
                                        .arg(m_ledger->name()));
    }
}

std::optional<QString> AuditTrail::checkWitness(const AuditWitness& witness, qint64 lastSequence,
                                                const HashLookup& hashInTrail) const
{
    if (!witness.isReadable())
        return std::nullopt;
    const auto record = witness.lastRecorded(m_vaultId);
    if (!record) {
        if (lastSequence == 0)
            return std::nullopt;
        return Text::tr("the %1 is missing: nothing outside the vault proves the trail is complete")
            .arg(witness.name(m_vaultId));
    }
    if (!record->damage.isEmpty())
        return Text::tr("the %1 is damaged: %2").arg(witness.name(m_vaultId), record->damage);
    if (record->vaultId != m_vaultId ||
        !constantTimeEquals(record->mac, witnessMac(record->vaultId, record->sequence, record->entryHash)))
        return Text::tr("the %1 is not genuine: its MAC does not match this vault").arg(witness.name(m_vaultId));
    if (record->sequence > lastSequence)
        return Text::tr("the trail ends at entry %1 but the %2 records entry %3: the newest entries were removed")
            .arg(lastSequence)
            .arg(witness.name(m_vaultId))
            .arg(record->sequence);
    // A crash between an append's commit and its witness costs one entry; more means entries were
    // appended where the witness could not see them (by someone holding the data key).
    if (record->sequence < lastSequence - MaximumWitnessLag)
        return Text::tr(
                   "the %1 records entry %2 but the trail holds %3 entries: entries were appended without reaching "
                   "the witness")
            .arg(witness.name(m_vaultId))
            .arg(record->sequence)
            .arg(lastSequence);
    const auto hash = hashInTrail(record->sequence);
    if (!hash || !constantTimeEquals(*hash, record->entryHash))
        return Text::tr("entry %1 differs from what the %2 recorded")
            .arg(record->sequence)
            .arg(witness.name(m_vaultId));
    return std::nullopt;
}

qint64 AuditTrail::exportJsonLines(QIODevice& out) const
{
    qint64 count = 0;
    forEachEntry(1, -1, [&](const AuditEntry& entry) {
        const QByteArray line = QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n';
        if (out.write(line) != line.size())
            throw Error(ErrorKind::Other, Text::tr("cannot write the audit export: %1").arg(out.errorString()));
        ++count;
    });
    return count;
}

} // namespace ecluse
