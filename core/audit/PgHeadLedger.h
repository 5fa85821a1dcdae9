#pragma once

#include "HeadLedger.h"
#include "storage/PgConnection.h"

#include <memory>

namespace ecluse {

// The organisation's PostgreSQL as the ledger of audit heads (table ecluse.audit_heads of
// packaging/postgresql/ecluse-central.sql). Connects when first needed, and again after the
// server went away.
class PgHeadLedger final : public HeadLedger
{
public:
    explicit PgHeadLedger(PgServerSettings settings);
    ~PgHeadLedger() override;

    QString name() const override;
    std::optional<LedgerHead> lastHead(const QString& vaultId) override;
    void append(const QString& vaultId, const std::vector<LedgerHead>& heads) override;
    std::vector<LedgerHead> heads(const QString& vaultId) override;

private:
    PgConnection& connection();
    template <typename Work> auto reachable(Work&& work);

    PgServerSettings m_settings;
    std::unique_ptr<PgConnection> m_connection;
};

} // namespace ecluse
