#pragma once

#include "access/Access.h"
#include "audit/AuditWitness.h"
#include "crypto/Kdf.h"
#include "crypto/SecureBuffer.h"
#include "policy/Policy.h"
#include "storage/PgConnection.h"
#include "vault/VaultDatabase.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <QIODevice>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace ecluse {

class AuditTrail;
class HeadLedger;
struct AuditEntry;
struct AuditVerification;
struct HabilitationManifest;
class KeySlotFile;
struct KeySlotChange;
class Clock;
class Database;
class Random;

namespace test {
struct VaultProbe;
}

// The key to a vault's internals (its database, its audit trail, keys derived for a purpose),
// held only by the services of core named here, each of which requires its own action first.
// Nothing in ui/ or app/ can make one: from there, every access goes through a member of Vault
// that asks the decision point. Tests reach the internals through test::VaultProbe.
class VaultCapability
{
    VaultCapability() = default;

    friend class AggregateEngine;
    friend class VaultBackup;
    friend class Aggregates;
    friend class DatasetStore;
    friend class ExtractRequests;
    friend class OutputGuard;
    friend class PackageImporter;
    friend struct test::VaultProbe;
};

// What a vault needs from the world, injected so that tests control time, randomness, the
// witnesses, the policy in force and the cost of password hashing.
struct VaultEnvironment
{
    std::shared_ptr<const Clock> clock;
    std::shared_ptr<Random> random;
    std::vector<std::shared_ptr<AuditWitness>> witnesses;
    // The organisation's server (none: a workstation alone): it receives every audit head
    // (`ledger`) and keeps the extract requests (`organisationServer`, for ExtractRequests).
    std::shared_ptr<HeadLedger> ledger;
    std::optional<PgServerSettings> organisationServer;
    Policy policy;
    ScryptParams passwordKdf = ScryptParams::interactive();
    // How a vault created here encrypts its pages (an existing vault keeps what keyslots.json
    // records); tests also make vaults as earlier versions did.
    CipherSettings newVaultCipher;

    // The system clock and generator, the policy given, the seal file in the policy's seal
    // folder (or the default one), the system log, and the organisation's server when policy
    // names one (a malformed or weakened connection string throws InvalidInput here).
    static VaultEnvironment system(const Policy& policy);
};

// An enrolled user (one with a key slot) as the habilitation in force describes them.
struct Account
{
    QString name;
    QString displayName;
    QStringList roles;
    QDateTime createdUtc;
    QDateTime validUntil; // invalid for the first administrator before any manifest

    bool isAdmin() const { return roles.contains(QStringLiteral("admin")); }
};

// What Vault::snapshotTo() wrote, read back from the snapshot itself.
struct VaultSnapshot
{
    int pageSize = 0;
    int schemaVersion = 0;
    qint64 auditHead = 0;
    QByteArray auditHeadHash;
};

// A demo vault trusts the keys of its own demo authority and producer, made for it at creation,
// and nothing else: neither the organisation's keys, nor another demo's.
struct DemoTrust
{
    QByteArray authorityKey;
    QByteArray producerKey;
};

// What importing a manifest would change, shown before it is applied.
struct HabilitationPreview
{
    qint64 serial = 0;
    QString organisation;
    QStringList added;              // named by it, not by the manifest in force
    QMap<QString, QString> removed; // accounts whose key slot would go, and why
    QStringList changed;            // roles, grants or dates differ
};

struct HabilitationImport
{
    qint64 serial = 0;
    QStringList removedUsers;  // their key slots are gone
    bool sessionEnded = false; // the importing user is no longer habilitated
};

struct VaultCheck
{
    QString name;
    bool passed = true;
    QString detail;
    bool warning = false; // passed, but something the reader must know (a witness that cannot write)
};

// What the administrator's page shows of the vault's health, without verifying it whole.
struct VaultHealth
{
    int schemaVersion = 0;
    qint64 databaseBytes = 0; // vault.db and its write-ahead log
    std::optional<QDateTime> lastBackup;
    std::optional<QDateTime> lastSeal;
};

struct VaultVerification
{
    std::vector<VaultCheck> checks;

    bool intact() const;
    QString firstProblem() const;
};

// A vault folder: vault.db (SQLCipher) and keyslots.json. Locked, it holds no key; unlocked,
// it holds the data key in a SecureBuffer and one connection, and every security-relevant act
// goes into the audit trail. Locking closes the connection and cleanses every key.
class Vault
{
public:
    static const QString DatabaseFileName;
    static const QString KeySlotFileName;
    static const QString FailureFileName;
    static constexpr std::size_t MinimumPasswordLength = 12;

    // <application data>/vault and <application data>/seals: two folders, so that removing the
    // vault folder's newest audit entries and its seal takes two deliberate acts.
    static QString defaultFolder();
    static QString defaultSealFolder();

    Vault(QString folder, VaultEnvironment environment);
    ~Vault();
    Vault(const Vault&) = delete;
    Vault& operator=(const Vault&) = delete;

    const QString& folder() const { return m_folder; }
    // Whether the folder holds a vault, whole or not (keyslots.json or vault.db): sign in, never
    // create one, where this is true.
    bool exists() const;

    // Creates the vault with its first administrator and returns the recovery key, formatted
    // for printing once. The vault is left unlocked for that administrator.
    SecureBuffer create(const QString& admin, const SecureBuffer& password,
                        const std::optional<DemoTrust>& demo = std::nullopt);
    void unlock(const QString& user, const SecureBuffer& password);
    // Sets a new password for a user from the recovery key; the vault is left unlocked as them.
    void recover(const SecureBuffer& recoveryKey, const QString& user, const SecureBuffer& newPassword);
    void lock();

    bool isUnlocked() const { return m_open != nullptr; }
    QString id() const;
    QString currentUser() const;
    QStringList currentRoles() const;
    // The signed-in user as the decision point sees them.
    Subject subject() const;
    const Policy& policy() const { return m_env.policy; }
    // The cost of password hashing here, also asked of release passphrases.
    const ScryptParams& passwordKdf() const { return m_env.passwordKdf; }
    // The vault's generator, for the services of core that make keys and ids.
    Random& random(VaultCapability) { return *m_env.random; }
    // Where the organisation's server is, when policy names one.
    const std::optional<PgServerSettings>& organisationServer(VaultCapability) const
    {
        return m_env.organisationServer;
    }
    // The vault's clock: the GUI's idle lock and expiry checks use the same time as core.
    const Clock& clock() const { return *m_env.clock; }
    QDateTime now() const;

    // Acts on the signed-in user's own slot.
    void changePassword(const SecureBuffer& oldPassword, const SecureBuffer& newPassword);
    // Administrators only. Neither re-encrypts the data: only keyslots.json is rewritten.
    // Enrolment needs the user to be named, and valid, in the habilitation manifest in force.
    void enrol(const QString& user, const SecureBuffer& password);
    void revoke(const QString& user);
    std::vector<Account> accounts() const; // administrators only

    // Imports a signed habilitation manifest (administrators). Its signer must be one of the
    // authorities managed policy trusts, its serial above the one in force; the slots of users
    // who left it or whose habilitation ended are removed. Refused when no administrator who can
    // sign in would remain. Messages name `source`, the file the bytes were read from.
    HabilitationImport importHabilitations(const QByteArray& signedFile, const QString& source = {});
    // The same checks, applying nothing: what the import would change (administrators).
    HabilitationPreview previewHabilitations(const QByteArray& signedFile, const QString& source = {});
    // The manifest in force as the signed-in user may see it: every user's habilitation for
    // those who may read them all (administrators, auditors), else their own only.
    std::optional<HabilitationManifest> habilitations() const;
    bool isDemo() const;
    // Managed policy's keys, or for a demo vault only its own demo keys.
    QList<QByteArray> trustedAuthorityKeys() const;
    QList<QByteArray> trustedProducerKeys() const;
    // Locks the vault, audited, once the signed-in user's habilitation has ended.
    bool endSessionIfExpired();

    // cipher_integrity_check, integrity_check, key slots against accounts, and the audit chain
    // with its witnesses. Audited.
    VaultVerification verify();
    // Administrators and auditors (VerifyVault); not audited: it reads no data, only sizes and times.
    VaultHealth health();

    // The audit trail, for those whose role allows it; each act is itself audited.
    AuditVerification verifyAudit();
    std::vector<AuditEntry> readAudit(qint64 fromSequence = 1, qint64 limit = -1);
    qint64 exportAudit(QIODevice& out, const QString& destination);
    void resealAudit(const QString& reason);
    // The seal: the head and the count of each action, authenticated and handed to the witnesses
    // (auditors and administrators, `audit seal`). Unlocking seals by itself once a day.
    AuditEntry sealAudit();

    // The decision point for the signed-in user, now. decide() only answers (the GUI uses it to
    // hide what is refused); require() throws ErrorKind::Denied and audits the refusal.
    AccessDecision decide(Action action, const Resource& resource = {}) const;
    void require(Action action, const Resource& resource = {}) const;
    // Since when the organisation server has been out of reach, if policy names one and it is.
    std::optional<QDateTime> organisationServerOutOfReachSince() const;
    // Steps on extract requests taken while it was out of reach, waiting in the vault to be sent.
    qint64 waitingRequestSteps() const;
    // Why data may not be browsed now because the organisation server has been out of reach
    // longer than OrganisationMaxOfflineHours allows, if that is so.
    std::optional<QString> offlineTooLong(Action action) const;

    // For the services of core only (see VaultCapability).
    AuditTrail& audit(VaultCapability);
    Database& database(VaultCapability);
    // A read-only connection of its own to the vault's database, for a thread that reads in
    // parallel with the vault's connection (the aggregate engine). The key stays inside.
    Database openReader(VaultCapability) const;
    // A key for one purpose, derived from the data key (HKDF, salted with the vault id), for the
    // services in core that need a secret of this vault: re-keying pseudonyms on import.
    SecureBuffer deriveKey(VaultCapability, QByteArrayView purpose) const;

    // Writes a consistent copy of vault.db to `path` (a new file), encrypted with the same key,
    // through SQLite's online backup API, then checks it: page authentication, integrity, schema
    // version, and its audit chain's last entry. For VaultBackup; `onStep` as Database::copyTo.
    VaultSnapshot snapshotTo(VaultCapability, const QString& path, const std::function<bool(double)>& onStep = {});
    // Rewrites vault.db with the page settings new vaults get (environment().newVaultCipher) when
    // it has others: vaults made before key-slot format 3 authenticate their pages with
    // HMAC-SHA512. The database is exported into a copy of the vault folder, checked, and swapped
    // in as a restore swaps folders; the old folder is removed once the new one has opened, and
    // put back if it does not. Administrators (BackUpVault); audited in the trail it carries. The
    // vault stays unlocked, on the new file. Returns the settings it had.
    CipherSettings migrateCipher();
    // The environment the vault was made with (its witnesses, clock, policy, password cost).
    const VaultEnvironment& environment() const { return m_env; }

    static void requireAcceptablePassword(const SecureBuffer& password);
    // What requireAcceptablePassword() asks, for people, before they type.
    static QString passwordRules();

private:
    struct Open;
    enum class Audited
    {
        Yes,
        No, // a sign-in refused after the key was found: it never became a session
    };

    QString path(const QString& fileName) const;
    void requireUnlocked() const;
    void stageMigration(const QString& target, const QString& staging, const CipherSettings& to, KeySlotFile& slots);
    void exportDatabase(const QString& path, const CipherSettings& cipher);
    // A copy of vault.db read back: every page's MAC and the structure check.
    static bool pagesCheck(Database& copy);
    std::optional<AuditEntry> lastEntryOf(Database& copy) const;
    void openWithKey(SecureBuffer dataKey, const QString& vaultId, const CipherSettings& cipher, const QString& user);
    void close(Audited audited);
    void recordFailure(const QString& user, const QString& reason, bool counts = true);
    void moveFailuresIntoTrail(const QString& user);
    void sealIfDue(const QString& user);
    // A manifest checked for import (signature, serial, an administrator left), with the accounts
    // it would remove and why.
    struct HabilitationPlan;
    HabilitationPlan planHabilitations(const QByteArray& signedFile, const QString& source);
    std::vector<Account> allAccounts() const;
    std::optional<Subject> subjectFor(const QString& user) const;
    void requireHabilitated(const QString& user);
    void throttle(const QString& user) const;
    // keyslots.json, read and authenticated later by the caller; Integrity when vault.db is there
    // without it (a vault to restore, not a missing one).
    KeySlotFile loadKeySlots() const;
    // keyslots.json as the database agrees with it, completing a change that was interrupted
    // after the file was written. Inside a transaction.
    KeySlotFile reconciledSlotFile();
    void completeSlotChange(const KeySlotChange& change);
    // One change to the slots: the file is edited and replaced, the database edited (with its
    // audit entries, appended deferred), in one transaction whose commit follows the file.
    void changeSlots(KeySlotChange change, const std::function<void(KeySlotFile&)>& editFile,
                     const std::function<void()>& editDatabase);
    void appendDeferred(const QString& user, const QString& action, const QString& object,
                        const QJsonObject& details = {});
    VaultCheck checkKeySlots() const;
    AuditTrail& trail();

    QString m_folder;
    VaultEnvironment m_env;
    std::unique_ptr<Open> m_open;
};

} // namespace ecluse
