#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace ecluse {

// One head of a vault's audit chain as a ledger holds it: the entry's number and hash, the MAC
// under the vault's audit key (so that whoever keeps the ledger cannot forge a head), and when
// the workstation appended the entry.
struct LedgerHead
{
    // Which history of the vault: 1, then one more for each restore from a backup, which takes the
    // trail back in time and continues it in a new chain from the restore's entry on.
    int chain = 1;
    qint64 sequence = 0;
    QByteArray entryHash;
    QByteArray mac;
    QDateTime appendedUtc;
};

// Every head of the audit chain, kept where no user of the workstation can rewrite it: the
// organisation's server. A seal file remembers the last head only and lives where the user
// writes; a ledger holds them all, accepts them in order only and never changes one, so that
// verification names the first entry the trail lost or changed.
class HeadLedger
{
public:
    // The ledger cannot be reached now (no network, server down): heads wait in the trail.
    class Unreachable : public Error
    {
    public:
        explicit Unreachable(QString message)
            : Error(ErrorKind::Other, std::move(message))
        {}
    };

    virtual ~HeadLedger() = default;
    // How messages name it ("organisation server db.example.org:5432").
    virtual QString name() const = 0;
    // The last head received for the vault (in its latest chain), if any. Throws Unreachable.
    virtual std::optional<LedgerHead> lastHead(const QString& vaultId) = 0;
    // Adds heads that follow the last one received, in order. Throws Unreachable, or Error when
    // the ledger refuses them (not the next ones).
    virtual void append(const QString& vaultId, const std::vector<LedgerHead>& heads) = 0;
    // Every head received for the vault, by chain then sequence. Throws Unreachable.
    virtual std::vector<LedgerHead> heads(const QString& vaultId) = 0;
};

} // namespace ecluse
