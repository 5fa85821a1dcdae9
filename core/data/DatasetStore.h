#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace ecluse {

class Vault;
class VaultCapability;

// Provenance of one imported package, as the catalogue shows it.
struct PackageInfo
{
    QString id;
    QString dataset;
    QString producer;
    QString signerFingerprint;
    QDateTime createdUtc;
    QDate retainUntil;
    QDateTime importedUtc;
    QString importedBy;
    qint64 rows = 0;
};

// The datasets held in a vault. Opening it purges, audited, every package whose retention date
// has passed, so no reader of data ever sees rows kept beyond their end date.
class DatasetStore
{
public:
    // For whoever browses the catalogue: requires BrowseCatalogue (a refusal is audited).
    explicit DatasetStore(Vault& vault);
    // For the services of core that required their own action first (import, aggregates).
    DatasetStore(Vault& vault, VaultCapability capability);

    std::vector<PackageInfo> packages(const QString& dataset = {}) const;
    qint64 rowCount(const QString& dataset) const;
    std::optional<PackageInfo> package(const QString& id) const;

private:
    void purgeExpired();

    Vault& m_vault;
};

} // namespace ecluse
