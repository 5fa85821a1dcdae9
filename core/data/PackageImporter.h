#pragma once

#include <QString>

#include <functional>

namespace ecluse {

class AuditTrail;
class Vault;

struct ImportProgress
{
    qint64 rows = 0;
    qint64 totalRows = 0;
    double rowsPerSecond = 0;
};

struct ImportResult
{
    QString packageId;
    QString dataset;
    qint64 rows = 0;
    qint64 newBeneficiaries = 0;
    double seconds = 0;
};

// Brings a signed package into the vault, all or nothing. Before anything is written: the
// signature (a producer the vault trusts), every file's hash, the dataset and schema version, and
// that the package was not imported before. Then, in one transaction: every field scanned for
// direct identifiers and validated against the schema, pseudonyms keyed again under a secret of
// this vault, rows stored in column chunks, the bytes read hashed again and compared with the
// signed manifest, provenance recorded and the import audited. Any error, a cancel, a crash or
// a kill leaves the vault as it was; refusals are audited too.
class PackageImporter
{
public:
    // Called every few tens of thousands of rows; returning false cancels the import.
    using Progress = std::function<bool(const ImportProgress&)>;

    static constexpr int MaximumReportedErrors = 20;

    explicit PackageImporter(Vault& vault);

    ImportResult import(const QString& packageFolder, const Progress& progress = {});

private:
    void auditRefusal(AuditTrail& audit, const QString& packageFolder, const QString& reason) const;

    Vault& m_vault;
};

} // namespace ecluse
