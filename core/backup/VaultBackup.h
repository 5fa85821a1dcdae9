#pragma once

#include "BackupFile.h"
#include "crypto/SecureBuffer.h"
#include "vault/Vault.h"

#include <QStringList>

#include <functional>
#include <memory>

namespace ecluse {

struct BackupResult
{
    QString path;
    BackupManifest manifest;
    QStringList removed; // older backups of this vault past BackupRetentionDays
};

struct BackupVerification
{
    BackupManifest manifest;
    VaultVerification checks;

    bool intact() const { return checks.intact(); }
};

// How whoever verifies or restores a backup proves they may open it: their password in the
// backup's key slots, or the vault's recovery key (when every password is lost).
struct BackupCredentials
{
    QString user;
    SecureBuffer secret;
    bool isRecoveryKey = false;
    // With the recovery key, the password the restored vault gives `user`.
    SecureBuffer newPassword;
};

// Backups of a vault (docs/SECURITY.md, "Backup files"): a consistent snapshot of its encrypted
// pages with its key slots, in one signed file, never plaintext. Administrators back up and
// restore; neither reads data.
class VaultBackup
{
public:
    // The signed-in vault, for create().
    explicit VaultBackup(Vault& vault);

    // Policy's BackupFolder, or <application data>/backups.
    static QString defaultFolder(const Policy& policy);
    // Whether BackupEveryDays asks for a backup now: never taken, or the last older than that.
    static bool isDue(const Policy& policy, const std::optional<QDateTime>& lastBackup, const QDateTime& now);
    // The same for the signed-in vault, from its trail (administrators and auditors).
    static bool isDue(Vault& vault);

    // Administrators (Action::BackUpVault). Writes <folder>/ecluse-backup-<vault id>-<UTC time>.ecb
    // (`folder` empty: the default): the snapshot and the key slots under a temporary name, renamed,
    // then completed and inspected; removes this vault's backups older than BackupRetentionDays
    // but never the newest. Audited ("vault.backup", "vault.backup-expired"). `onStep` gets the
    // fraction done and may return false to cancel (ErrorKind::Other "cancelled"); a cancelled or
    // failed backup leaves no file.
    BackupResult create(const QString& folder = {}, const std::function<bool(double)>& onStep = {});

    // Everything a backup can be checked for, on a private copy: the file (BackupFile::inspect),
    // the credentials against its key slots, its signer against its data key, page
    // authentication, integrity, schema, key slots and the audit chain up to the manifest's head.
    // Throws ErrorKind::Integrity for a damaged file, ErrorKind::Denied for credentials that do not
    // open it; otherwise the checks say what failed. Changes nothing anywhere.
    static BackupVerification verify(const QString& file, const BackupCredentials& credentials,
                                     const VaultEnvironment& environment);

    // Verifies, then puts the backup in place of the vault in `folder`, the current one kept
    // aside until the restored one opens (and put back if it does not). The restored vault's
    // trail records the restore, the head the witnesses last saw and whether the trail went back
    // in time; its witnesses are resealed. `credentials.user` must be an administrator in the
    // backup. Returns the restored vault, unlocked as that user.
    static std::unique_ptr<Vault> restore(const QString& file, const QString& folder,
                                          const BackupCredentials& credentials, const VaultEnvironment& environment);

private:
    static BackupVerification verifyInspected(const QString& file, const BackupFile::Layout& layout,
                                              const BackupCredentials& credentials,
                                              const VaultEnvironment& environment);
    QStringList removeExpired(const QString& folder, const QString& keep);

    Vault& m_vault;
};

} // namespace ecluse
