#pragma once

#include "AuditWitness.h"
#include "HeadLedger.h"
#include "crypto/SecureBuffer.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QIODevice;

namespace ecluse {

class Clock;
class Database;
class Statement;

struct AuditEntry
{
    qint64 sequence = 0;
    QDateTime timeUtc;
    QString user;
    QString action;
    QString object;
    QString details; // compact JSON, MACed exactly as stored
    QByteArray previousHash;
    QByteArray mac;

    // What the MAC covers: every field above but the MAC, length-prefixed so no two entries
    // encode alike.
    QByteArray canonicalBytes() const;
    // What the next entry chains to.
    QByteArray hash() const;
    QJsonObject toJson() const;
};

struct AuditVerification
{
    bool intact = true;
    qint64 entries = 0;
    qint64 firstBrokenSequence = 0; // 0 when intact
    QString problem;                // names the entry and what happened to it
    QStringList warnings;           // witnesses that cannot record now: not tampering, but less proof
};

// The tamper-evident, append-only trail inside the vault. Each entry carries the previous
// entry's hash and an HMAC-SHA256 under a key derived from the data key, so nobody without the
// key can edit, delete, reorder or insert entries unseen; witnesses outside the vault catch
// the one thing the chain alone cannot, the loss of the newest entries.
class AuditTrail
{
public:
    // How far a witness may lag behind the trail: the one entry that a crash between an append's
    // commit and its witness can cost.
    static constexpr qint64 MaximumWitnessLag = 1;

    // After a failed attempt to reach the ledger, appends wait this long before the next one, so
    // that a workstation without its server is not slowed down by every append.
    static constexpr qint64 LedgerRetrySeconds = 30;

    // `ledger`: the organisation's server, which receives every head (none: a workstation alone).
    // Its state lives in the vault's vault_meta table.
    AuditTrail(Database& db, SecureBuffer auditKey, const Clock& clock, QString vaultId,
               std::vector<std::shared_ptr<AuditWitness>> witnesses, std::shared_ptr<HeadLedger> ledger = {});

    static inline const char* const schemaSql = R"(
        CREATE TABLE audit_log(
            seq INTEGER PRIMARY KEY,
            time_utc TEXT NOT NULL,
            user TEXT NOT NULL,
            action TEXT NOT NULL,
            object TEXT NOT NULL,
            details TEXT NOT NULL,
            prev_hash BLOB NOT NULL,
            mac BLOB NOT NULL);
        CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
        CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
    )";
    // Schema version 4: an insert must be the next entry. INSERT OR REPLACE deletes the row it
    // replaces without firing delete triggers (unless recursive_triggers is on), so replacement
    // is refused here, at the schema level, for every connection, ours or a shell's.
    static inline const char* const appendOnlyInsertSql = R"(
        CREATE TRIGGER audit_log_append_only_insert BEFORE INSERT ON audit_log
            WHEN NEW.seq IS NOT (SELECT coalesce(max(seq), 0) + 1 FROM audit_log)
            BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only: entries are added at its end'); END;
    )";

    enum class Witnessing
    {
        Normal, // witnesses follow the trail only while they agree with it
        Reseal, // witnesses are rewritten to the new head
        // Inside a caller's transaction: witnessHead() once it has committed. One entry per
        // commit: verification accepts a witness one entry behind (a crash after a commit),
        // never more.
        Deferred,
    };

    AuditEntry append(const QString& user, const QString& action, const QString& object,
                      const QJsonObject& details = {}, Witnessing witnessing = Witnessing::Normal);
    // Points every witness at a new head after a witness was lost (a vault moved to another
    // machine, a seal folder wiped). The entry it appends records the reason and what
    // verification said before, so a reseal that hides a truncation cannot itself be hidden.
    AuditEntry reseal(const QString& user, const QString& reason);
    // The daily seal: an entry that authenticates the head and how many entries of each action
    // the trail holds, handed to the witnesses like any other. `scheduled`: Écluse's own, once a
    // day, rather than asked for.
    AuditEntry seal(const QString& user, bool scheduled);
    // When the last entry of `action` was appended, if ever.
    std::optional<QDateTime> lastTimeOf(const QString& action) const;
    std::optional<QDateTime> lastSealTime() const { return lastTimeOf(QStringLiteral("audit.seal")); }
    // The last entry of `action` on `object` ("extract.submit", "request 3"), if any.
    std::optional<AuditEntry> lastEntryOf(const QString& action, const QString& object) const;
    // When the first entry was appended (the vault's creation).
    std::optional<QDateTime> firstEntryTime() const;
    // Hands the current head to the witnesses, as append() does after its own commit.
    void witnessHead();
    // Since when the ledger has been out of reach, if it is (as last seen by any process).
    std::optional<QDateTime> ledgerUnreachableSince() const;
    // For a restore from a backup whose trail ends at entry `backupHead`, before the restore's
    // entry is appended: the trail went back in time, so the ledger's heads continue in a new
    // chain from the entry after the backup's head (the old chain stays as it was).
    void startNewLedgerChain(qint64 backupHead);

    AuditVerification verify() const;
    qint64 size() const;
    std::vector<AuditEntry> entries(qint64 fromSequence = 1, qint64 limit = -1) const;
    // One JSON object per line, for a SIEM; returns how many entries were written.
    qint64 exportJsonLines(QIODevice& out) const;

private:
    static AuditEntry readEntry(const Statement& row);
    std::optional<AuditEntry> lastEntry() const;
    QByteArray macOf(const AuditEntry& entry) const;
    void recordHead(const AuditEntry& entry, bool force, const std::optional<QByteArray>& knownPreviousHash);
    QByteArray witnessMac(const QString& vaultId, qint64 sequence, const QByteArray& hash) const;
    using HashLookup = std::function<std::optional<QByteArray>(qint64 sequence)>;
    std::optional<QString> checkWitness(const AuditWitness& witness, qint64 lastSequence,
                                        const HashLookup& hashInTrail) const;
    template <typename Visit> void forEachEntry(qint64 fromSequence, qint64 limit, Visit visit) const;
    // Sends the ledger the heads it lacks, in order; out of reach, notes since when and returns.
    void sendHeadsToLedger();
    void sendPendingHeads();
    void setLedgerUnreachableSince(const std::optional<QDateTime>& since);
    std::optional<qint64> ledgerNewChainAt() const;
    std::optional<QString> meta(const char* key) const;
    void setMeta(const char* key, const std::optional<QString>& value);
    void checkLedger(AuditVerification& result, const std::function<void(qint64, QString)>& fail,
                     const std::function<std::optional<QByteArray>(qint64)>& hashInTrail) const;

    Database& m_db;
    SecureBuffer m_key;
    const Clock& m_clock;
    QString m_vaultId;
    std::vector<std::shared_ptr<AuditWitness>> m_witnesses;
    std::shared_ptr<HeadLedger> m_ledger;
    QDateTime m_ledgerRetryAfter; // this process's own back-off
};

} // namespace ecluse
