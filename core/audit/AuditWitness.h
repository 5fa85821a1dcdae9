#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace ecluse {

// The head of the audit chain as a witness outside the vault saw it. The MAC (under the audit
// key) lets verification refuse a forged record; an old genuine one is caught because it
// still names an entry whose hash must match.
struct WitnessRecord
{
    QString vaultId;
    qint64 sequence = 0;
    QByteArray entryHash;
    QByteArray mac;
    QString damage; // set when the witness is there but cannot be read: why
};

// Somewhere outside vault.db that remembers the latest chain head, so dropping the newest
// entries cannot go unseen.
class AuditWitness
{
public:
    virtual ~AuditWitness() = default;
    // How messages name what this witness holds for the vault ("seal file /path/ID.seal").
    virtual QString name(const QString& vaultId) const = 0;
    virtual void record(const WitnessRecord& head) = 0;
    // What the witness last saw for this vault; nothing when it cannot be read back (syslog).
    virtual std::optional<WitnessRecord> lastRecorded(const QString& vaultId) const = 0;
    // Whether verification may read this witness back at all.
    virtual bool isReadable() const = 0;
    // Why heads do not reach this witness now, if they do not (a system log that cannot be
    // written): verification says so rather than letting the witness fail in silence.
    virtual std::optional<QString> problem() const { return std::nullopt; }
};

} // namespace ecluse
