#include "PgHeadLedger.h"

#include "storage/CentralDatabase.h"

#include <QCoreApplication>

#include <limits>

namespace ecluse {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PgHeadLedger)
};

const char* const selectHeads =
    "SELECT chain, sequence, entry_hash, mac, (extract(epoch FROM appended_utc) * 1000)::bigint "
    "FROM ecluse.audit_heads WHERE workstation = session_user AND vault_id = $1 ";

LedgerHead headAt(const PgResult& rows, int row)
{
    const qint64 chain = rows.integer(row, 0);
    if (chain < 1 || chain > std::numeric_limits<int>::max())
        throw Error(ErrorKind::Integrity, Text::tr("The organisation server returned an impossible chain number."));
    return {static_cast<int>(chain), rows.integer(row, 1), rows.bytes(row, 2), rows.bytes(row, 3),
            QDateTime::fromMSecsSinceEpoch(rows.integer(row, 4), Qt::UTC)};
}

} // namespace

PgHeadLedger::PgHeadLedger(PgServerSettings settings)
    : m_settings(std::move(settings))
{
    PgConnection::checkSettings(m_settings);
}

PgHeadLedger::~PgHeadLedger() = default;

QString PgHeadLedger::name() const
{
    return Text::tr("organisation server %1").arg(PgConnection::serverName(m_settings));
}

PgConnection& PgHeadLedger::connection()
{
    if (!m_connection)
        m_connection = connectToCentralDatabase(m_settings);
    return *m_connection;
}

template <typename Work> auto PgHeadLedger::reachable(Work&& work)
{
    try {
        return work(connection());
    } catch (const PgError& error) {
        if (!error.connectionLost())
            throw;
        m_connection.reset();
        throw Unreachable(error.message());
    }
}

std::optional<LedgerHead> PgHeadLedger::lastHead(const QString& vaultId)
{
    return reachable([&](PgConnection& db) -> std::optional<LedgerHead> {
        const PgResult last =
            db.execute((QByteArray(selectHeads) + "ORDER BY chain DESC, sequence DESC LIMIT 1").constData(),
                       PgParams().text(vaultId));
        if (last.rows() == 0)
            return std::nullopt;
        return headAt(last, 0);
    });
}

void PgHeadLedger::append(const QString& vaultId, const std::vector<LedgerHead>& heads)
{
    reachable([&](PgConnection& db) {
        db.inTransaction([&] {
            for (const LedgerHead& head : heads)
                db.execute("INSERT INTO ecluse.audit_heads (vault_id, chain, sequence, entry_hash, mac, appended_utc) "
                           "VALUES ($1, $2, $3, $4, $5, to_timestamp($6::bigint / 1000.0))",
                           PgParams()
                               .text(vaultId)
                               .integer(head.chain)
                               .integer(head.sequence)
                               .bytes(head.entryHash)
                               .bytes(head.mac)
                               .integer(head.appendedUtc.toMSecsSinceEpoch()));
        });
    });
}

std::vector<LedgerHead> PgHeadLedger::heads(const QString& vaultId)
{
    return reachable([&](PgConnection& db) {
        const PgResult rows =
            db.execute((QByteArray(selectHeads) + "ORDER BY chain, sequence").constData(), PgParams().text(vaultId));
        std::vector<LedgerHead> heads;
        heads.reserve(static_cast<std::size_t>(rows.rows()));
        for (int row = 0; row < rows.rows(); ++row)
            heads.push_back(headAt(rows, row));
        return heads;
    });
}

} // namespace ecluse
