#include "DatasetStore.h"

#include "audit/AuditTrail.h"
#include "crypto/Ed25519.h"
#include "storage/Database.h"
#include "vault/Vault.h"

namespace ecluse {
namespace {

PackageInfo readPackage(const Statement& row)
{
    return {row.text(0),
            row.text(1),
            row.text(2),
            keyFingerprint(row.blob(3)),
            QDateTime::fromString(row.text(4), Qt::ISODate),
            QDate::fromString(row.text(5), Qt::ISODate),
            QDateTime::fromString(row.text(6), Qt::ISODate),
            row.text(7),
            row.int64(8)};
}

constexpr const char* selectPackages = "SELECT id, dataset, producer, signer, created_utc, retain_until, imported_utc, "
                                       "imported_by, rows FROM packages";

Vault& requireBrowsing(Vault& vault)
{
    vault.require(Action::BrowseCatalogue);
    return vault;
}

} // namespace

DatasetStore::DatasetStore(Vault& vault)
    : DatasetStore(requireBrowsing(vault), VaultCapability())
{}

DatasetStore::DatasetStore(Vault& vault, VaultCapability)
    : m_vault(vault)
{
    purgeExpired();
}

void DatasetStore::purgeExpired()
{
    Database& db = m_vault.database(VaultCapability());
    const QString today = m_vault.now().date().toString(Qt::ISODate);
    std::vector<PackageInfo> expired;
    Statement select = db.prepare((QByteArray(selectPackages) + " WHERE retain_until < ?").constData());
    select.bind(1, today);
    while (select.step())
        expired.push_back(readPackage(select));
    if (expired.empty())
        return;
    // One package, one commit, one audit entry: a crash costs the witness at most one entry.
    Statement remove = db.prepare("DELETE FROM packages WHERE id = ?"); // chunks go with it (ON DELETE CASCADE)
    for (const PackageInfo& package : expired) {
        Transaction transaction(db);
        remove.bind(1, package.id).run();
        remove.reset();
        m_vault.audit(VaultCapability())
            .append(m_vault.currentUser(), QStringLiteral("package.purge"), package.id,
                    {{QStringLiteral("dataset"), package.dataset},
                     {QStringLiteral("rows"), package.rows},
                     {QStringLiteral("retainUntil"), package.retainUntil.toString(Qt::ISODate)}},
                    AuditTrail::Witnessing::Deferred);
        transaction.commit();
        m_vault.audit(VaultCapability()).witnessHead();
    }
}

std::vector<PackageInfo> DatasetStore::packages(const QString& dataset) const
{
    std::vector<PackageInfo> out;
    Statement select =
        m_vault.database(VaultCapability())
            .prepare(
                (QByteArray(selectPackages) + " WHERE ?1 = '' OR dataset = ?1 ORDER BY imported_utc, id").constData());
    select.bind(1, dataset);
    while (select.step())
        out.push_back(readPackage(select));
    return out;
}

qint64 DatasetStore::rowCount(const QString& dataset) const
{
    Statement select =
        m_vault.database(VaultCapability()).prepare("SELECT coalesce(sum(rows), 0) FROM packages WHERE dataset = ?");
    select.bind(1, dataset);
    return select.step() ? select.int64(0) : 0;
}

std::optional<PackageInfo> DatasetStore::package(const QString& id) const
{
    Statement select =
        m_vault.database(VaultCapability()).prepare((QByteArray(selectPackages) + " WHERE id = ?").constData());
    select.bind(1, id);
    if (!select.step())
        return std::nullopt;
    return readPackage(select);
}

} // namespace ecluse
