#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace ecluse {

enum class ClipboardMode
{
    Deny,          // nothing leaves through the clipboard
    PublishedOnly, // only cells that passed disclosure control, with provenance
};

enum class ExportMode
{
    Deny,
    PublishedOnly, // published cells only, into the allowed folders
};

// The rules an organisation sets for its workstations. Every field has a built-in default;
// managed policy (the system file or the registry) overrides it, and a user's own settings may
// only make it stricter. The keys are documented in docs/POLICY.md.
struct Policy
{
    int idleLockMinutes = 5;
    bool lockOnSessionLock = true;
    int signInDelaySeconds = 2; // after the third failure, doubling with each further one
    int failedSignInLimit = 10; // failures in a row before the lock-out
    int signInLockoutMinutes = 15;
    ClipboardMode clipboardMode = ClipboardMode::PublishedOnly;
    int clipboardClearSeconds = 30;
    ExportMode exportMode = ExportMode::PublishedOnly;
    QStringList exportFolders;   // empty: the user's Documents/Ecluse folder
    int smallCellThreshold = 11; // CASD: no cell may concern fewer than 11 units
    int dominanceN = 2;
    int dominanceKPercent = 90;
    int pRulePercent = 10;
    bool zeroCellsDisclosive = false;
    int extractMaxRows = 100000;
    int extractMaxPerMonth = 10;
    int requiredApprovals = 1;              // 1 or 2 independent stewards
    QList<QByteArray> trustedAuthorityKeys; // Ed25519 public keys of habilitation authorities
    QList<QByteArray> trustedProducerKeys;  // Ed25519 public keys of data producers
    QString auditSealFolder;                // empty: <application data>/seals
    // The organisation's PostgreSQL (request queue, audit ledger): a libpq connection string and
    // the TLS files; empty: a workstation alone. See docs/DEPLOYMENT.md.
    QString organisationServer;
    QString organisationServerAuthority;
    QString organisationClientCertificate;
    QString organisationClientKey;
    int organisationMaxOfflineHours = 0; // 0: browsing goes on however long the server is away
    QString backupFolder;                // empty: <application data>/backups
    int backupRetentionDays = 30;
    int backupEveryDays = 0; // 0: no requirement; else administrators are reminded, and offered one on exit
    bool demoModeAllowed = true;
    bool screenCaptureAllowed = false;
    bool printingAllowed = false;
    bool dragAndDropAllowed = false;
};

QString clipboardModeName(ClipboardMode mode);
QString exportModeName(ExportMode mode);

} // namespace ecluse
