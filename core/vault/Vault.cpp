#include "Vault.h"

#include "KeySlotFile.h"
#include "RecoveryKey.h"
#include "SignInThrottle.h"
#include "UnlockFailureLog.h"
#include "VaultDatabase.h"
#include "access/Access.h"
#include "access/HabilitationStore.h"
#include "audit/AuditTrail.h"
#include "audit/PgHeadLedger.h"
#include "audit/SealFileWitness.h"
#include "audit/SystemLogWitness.h"
#include "common/Clock.h"
#include "common/UserName.h"
#include "crypto/Ed25519.h"
#include "crypto/Random.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QMap>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QUuid>

namespace ecluse {

const QString Vault::DatabaseFileName = QStringLiteral("vault.db");
const QString Vault::KeySlotFileName = QStringLiteral("keyslots.json");
const QString Vault::FailureFileName = QStringLiteral("unlock-failures.json");

namespace {

// This file's messages, under the "Vault" context that lupdate files them in too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Vault)
};

SecureBuffer deriveAuditKey(const SecureBuffer& dataKey, const QString& vaultId)
{
    return hkdfSha256(dataKey, vaultId.toUtf8(), "ecluse audit v1", 32);
}

QString joinRoles(const QStringList& roles)
{
    return roles.join(QLatin1Char(','));
}

// The generation of keyslots.json that vault.db agrees with; 0 for a vault from before
// generations (its file is upgraded at the next unlock).
qint64 recordedSlotGeneration(Database& db)
{
    return db.queryText("SELECT value FROM vault_meta WHERE key = 'keyslots-generation'").toLongLong();
}

void recordSlotGeneration(Database& db, qint64 generation)
{
    Statement set = db.prepare("INSERT OR REPLACE INTO vault_meta(key, value) VALUES('keyslots-generation', ?)");
    set.bind(1, QString::number(generation)).run();
}

Error slotFileMismatch(const QString& path, qint64 inFile, qint64 recorded)
{
    return Error(ErrorKind::Integrity, Text::tr("%1 (generation %2) does not match the vault database, which expects "
                                                "generation %3: the file was replaced or restored from an older copy; "
                                                "put back the key-slot file that belongs to this database")
                                           .arg(path)
                                           .arg(inFile)
                                           .arg(recorded));
}

} // namespace

struct Vault::Open
{
    QString vaultId;
    Subject subject; // user name only, until the habilitation is resolved
    SecureBuffer dataKey;
    SecureBuffer slotKey; // authenticates keyslots.json
    CipherSettings cipher;
    Database db;
    std::unique_ptr<AuditTrail> audit;
    std::optional<HabilitationManifest> manifest;
    std::optional<DemoTrust> demo;
};

bool VaultVerification::intact() const
{
    return std::all_of(checks.begin(), checks.end(), [](const VaultCheck& check) { return check.passed; });
}

QString VaultVerification::firstProblem() const
{
    for (const VaultCheck& check : checks) {
        if (!check.passed)
            return check.name + QStringLiteral(": ") + check.detail;
    }
    return {};
}

VaultEnvironment VaultEnvironment::system(const Policy& policy)
{
    VaultEnvironment env;
    env.clock = std::make_shared<SystemClock>();
    env.random = std::make_shared<SystemRandom>();
    env.policy = policy;
    const QString sealFolder = policy.auditSealFolder.isEmpty() ? Vault::defaultSealFolder() : policy.auditSealFolder;
    env.witnesses = {std::make_shared<SealFileWitness>(sealFolder), std::make_shared<SystemLogWitness>()};
    if (!policy.organisationServer.isEmpty()) {
        env.organisationServer = PgServerSettings{policy.organisationServer, policy.organisationServerAuthority,
                                                  policy.organisationClientCertificate, policy.organisationClientKey};
        env.ledger = std::make_shared<PgHeadLedger>(*env.organisationServer);
    }
    return env;
}

QString Vault::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("vault"));
}

QString Vault::defaultSealFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("seals"));
}

Vault::Vault(QString folder, VaultEnvironment environment)
    : m_folder(QDir::cleanPath(std::move(folder)))
    , m_env(std::move(environment))
{
    if (!m_env.clock)
        m_env.clock = std::make_shared<SystemClock>();
    if (!m_env.random)
        m_env.random = std::make_shared<SystemRandom>();
}

Vault::~Vault()
{
    try {
        lock();
    } catch (...) {
        // Closing must not throw out of a destructor; close() already cleansed the key first.
    }
}

QString Vault::path(const QString& fileName) const
{
    return QDir(m_folder).filePath(fileName);
}

bool Vault::exists() const
{
    // Either file is enough: a vault.db whose keyslots.json is gone is a damaged vault to
    // restore, never a folder to create a new vault in.
    const auto present = [this](const QString& name) {
        const QFileInfo info(path(name));
        return info.exists() || info.isSymLink();
    };
    return present(KeySlotFileName) || present(DatabaseFileName);
}

KeySlotFile Vault::loadKeySlots() const
{
    const QFileInfo info(path(KeySlotFileName));
    if (!info.exists() && !info.isSymLink())
        throw Error(ErrorKind::Integrity,
                    Text::tr("the vault in %1 is incomplete: its key-slot file %2 is missing, and "
                             "without it no one can open vault.db; restore both from a backup")
                        .arg(m_folder, path(KeySlotFileName)));
    return KeySlotFile::load(path(KeySlotFileName));
}

QString Vault::passwordRules()
{
    return Text::tr("At least %1 characters: letters, digits, spaces and signs, but no control characters (tab, "
                    "escape). A sentence of several words is easiest to remember and type.")
        .arg(MinimumPasswordLength);
}

void Vault::requireAcceptablePassword(const SecureBuffer& password)
{
    // A password must be typeable again, in the GUI as on a terminal: text, and no control
    // character (a NUL would also cut it short in many tools). Checked in place: no copy of it.
    const QByteArrayView bytes(password.data(), static_cast<qsizetype>(password.size()));
    const bool control = std::any_of(bytes.begin(), bytes.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte < 0x20 || byte == 0x7f;
    });
    if (!bytes.isValidUtf8() || control)
        throw Error(
            ErrorKind::InvalidInput,
            Text::tr("the password must be text (UTF-8) without control characters such as NUL, tab or escape"));
    std::size_t characters = 0; // UTF-8 code points, not bytes
    for (std::size_t i = 0; i < password.size(); ++i)
        characters += (password.data()[i] & 0xc0) != 0x80;
    if (characters < MinimumPasswordLength)
        throw Error(ErrorKind::InvalidInput,
                    Text::tr("the password is too short: use at least %1 characters").arg(MinimumPasswordLength));
}

SecureBuffer Vault::create(const QString& admin, const SecureBuffer& password, const std::optional<DemoTrust>& demo)
{
    if (demo && !m_env.policy.demoModeAllowed)
        throw Error(ErrorKind::Denied, Text::tr("managed policy does not allow demo vaults (DemoModeAllowed = false)"));
    requireValidUserName(admin);
    requireAcceptablePassword(password);
    if (exists())
        throw Error(ErrorKind::InvalidInput, Text::tr("a vault already exists in %1").arg(m_folder));
    if (!QDir().mkpath(m_folder))
        throw Error(ErrorKind::Other, Text::tr("cannot create the vault folder %1").arg(m_folder));
    QFile::setPermissions(m_folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    Random& random = *m_env.random;
    const QDateTime now = m_env.clock->nowUtc();
    KeySlotFile slots;
    QByteArray idBytes = random.publicBytes(16);
    idBytes[6] = static_cast<char>((idBytes[6] & 0x0f) | 0x40); // RFC 4122 version 4 (random)
    idBytes[8] = static_cast<char>((idBytes[8] & 0x3f) | 0x80); // RFC 4122 variant
    slots.vaultId = QUuid::fromRfc4122(idBytes).toString(QUuid::WithoutBraces);
    slots.generation = 1;
    slots.cipherPageSize = m_env.newVaultCipher.pageSize;
    slots.cipherHmac = m_env.newVaultCipher.hmac;
    slots.change = {QStringLiteral("create"), admin, admin, now, {}};
    SecureBuffer dataKey = random.secretBytes(DataKeySize);
    SecureBuffer recoveryKey = RecoveryKey::generate(random);
    slots.put(wrapWithRecoveryKey(slots.vaultId, dataKey, recoveryKey, random, now));
    slots.put(wrapWithPassword(slots.vaultId, admin, dataKey, password, m_env.passwordKdf, random, now));

    try {
        {
            Database db = openVaultDatabase(path(DatabaseFileName), dataKey, slots.cipher(), Database::Mode::Create);
            Statement insert = db.prepare("INSERT INTO accounts(name, roles, created_utc) VALUES(?, ?, ?)");
            insert.bind(1, admin).bind(2, QStringLiteral("admin")).bind(3, now.toString(Qt::ISODate)).run();
            Statement meta = db.prepare("INSERT INTO vault_meta(key, value) VALUES('id', ?), ('created', ?)");
            meta.bind(1, slots.vaultId).bind(2, now.toString(Qt::ISODate)).run();
            recordSlotGeneration(db, slots.generation);
            if (demo) {
                Statement demoMeta = db.prepare("INSERT INTO vault_meta(key, value) VALUES('demo-authority-key', ?), "
                                                "('demo-producer-key', ?)");
                demoMeta.bind(1, QString::fromLatin1(demo->authorityKey.toBase64()))
                    .bind(2, QString::fromLatin1(demo->producerKey.toBase64()))
                    .run();
            }
        }
        // The slot file last: a vault folder without it is not a vault, so a crash above leaves
        // nothing that could be mistaken for one.
        slots.save(path(KeySlotFileName), keySlotMacKey(dataKey, slots.vaultId));
    } catch (...) {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path(DatabaseFileName) + suffix);
        throw;
    }

    openWithKey(std::move(dataKey), slots.vaultId, slots.cipher(), admin);
    requireHabilitated(admin);
    trail().append(admin, QStringLiteral("vault.create"), m_folder,
                   {{QStringLiteral("vault"), slots.vaultId},
                    {QStringLiteral("admin"), admin},
                    {QStringLiteral("demo"), demo.has_value()}});
    return RecoveryKey::format(recoveryKey);
}

void Vault::recordFailure(const QString& user, const QString& reason, bool counts)
{
    const QDateTime now = m_env.clock->nowUtc();
    // A name that is not a valid user name may hold anything, newlines included: it is not
    // written to logs as it is.
    const QString shownUser = isValidUserName(user) ? user : QStringLiteral("(invalid name)");
    SystemLogWitness::notice(
        QStringLiteral("unlock failed vault=%1 user=%2 reason=%3").arg(m_folder, shownUser, reason));
    UnlockFailureLog(path(FailureFileName)).record({now, shownUser, reason}, counts);
}

void Vault::throttle(const QString& user) const
{
    const auto refusal =
        SignInThrottle(m_env.policy)
            .refusal(UnlockFailureLog(path(FailureFileName)).countFor(user), user, m_env.clock->nowUtc());
    if (refusal) {
        SystemLogWitness::notice(QStringLiteral("sign-in throttled vault=%1 user=%2").arg(m_folder, user));
        throw Error(ErrorKind::Denied, *refusal);
    }
}

void Vault::requireHabilitated(const QString& user)
{
    const auto subject = subjectFor(user);
    // A refused sign-in never became a session: it is closed without a vault.lock entry, and the
    // refusal reaches the trail as a failed sign-in at the next unlock.
    if (!subject) {
        // A slot without an account: a revoked user's slot restored from an old copy of the file.
        close(Audited::No);
        recordFailure(user, QStringLiteral("revoked"));
        throw Error(ErrorKind::Denied, wrongCredentialsMessage());
    }
    if (!subject->isValidAt(now())) {
        close(Audited::No);
        // The password was right: audited, but not counted as a guess.
        recordFailure(user, QStringLiteral("not-habilitated-now"), false);
        throw Error(ErrorKind::Denied, *validityProblem(*subject, now()));
    }
    m_open->subject = *subject;
}

void Vault::unlock(const QString& user, const SecureBuffer& password)
{
    lock();
    if (!exists()) {
        // A migration interrupted between its two renames leaves the untouched vault aside.
        const QFileInfo folder(m_folder);
        const QStringList aside = folder.dir().entryList({folder.fileName() + QStringLiteral(".before-migration-*")},
                                                         QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        if (!aside.isEmpty())
            throw Error(ErrorKind::Integrity,
                        Text::tr("there is no vault in %1, but %2 holds the vault as it was before an interrupted "
                                 "migration: rename it to %1")
                            .arg(m_folder, folder.dir().filePath(aside.last())));
        throw Error(ErrorKind::Other,
                    Text::tr("there is no vault in %1: create one with 'ecluse-cli vault init'").arg(m_folder));
    }
    const QString shownUser = isValidUserName(user) ? user : QStringLiteral("(invalid name)");
    throttle(shownUser);
    const KeySlotFile slots = loadKeySlots();
    if (const DamagedKeySlot* damaged =
            isValidUserName(user) ? slots.damagedSlot(KeySlot::Kind::Password, user) : nullptr)
        // Damage is not a wrong password: it must not count towards the user's lock-out.
        throw Error(ErrorKind::Integrity, Text::tr("%1 in %2 is damaged (%3): an administrator can enrol %4 again, or "
                                                   "restore the key-slot file from a backup")
                                              .arg(damaged->owner(), path(KeySlotFileName), damaged->problem, user));
    const KeySlot* slot = isValidUserName(user) ? slots.passwordSlot(user) : nullptr;
    std::optional<SecureBuffer> dataKey;
    if (slot) {
        dataKey = unwrapKeySlot(slots.vaultId, *slot, password);
    } else {
        // Same work as for a real user, so timing does not tell which names exist.
        scrypt(password, QByteArray(32, '\0'), m_env.passwordKdf, DataKeySize);
    }
    if (!dataKey) {
        recordFailure(user, slot ? QStringLiteral("wrong-password") : QStringLiteral("unknown-user"));
        throw Error(ErrorKind::Denied, wrongCredentialsMessage());
    }
    openWithKey(std::move(*dataKey), slots.vaultId, slots.cipher(), user);
    requireHabilitated(user);
    moveFailuresIntoTrail(user);
    trail().append(user, QStringLiteral("vault.unlock"), m_folder);
    sealIfDue(user);
}

void Vault::sealIfDue(const QString& user)
{
    // Once a day, whoever opens the vault: the last seal, or for a vault never sealed its
    // creation, more than a day ago.
    const QDateTime dayAgo = m_env.clock->nowUtc().addDays(-1);
    const std::optional<QDateTime> last = trail().lastSealTime();
    const std::optional<QDateTime> since = last ? last : trail().firstEntryTime();
    if (since && *since <= dayAgo)
        trail().seal(user, true);
}

VaultHealth Vault::health()
{
    require(Action::VerifyVault);
    VaultHealth health;
    health.schemaVersion = m_open->db.userVersion();
    for (const QString& suffix : {QString(), QStringLiteral("-wal")})
        health.databaseBytes += QFileInfo(path(DatabaseFileName) + suffix).size();
    health.lastBackup = trail().lastTimeOf(QStringLiteral("vault.backup"));
    health.lastSeal = trail().lastSealTime();
    return health;
}

AuditEntry Vault::sealAudit()
{
    require(Action::VerifyVault);
    return trail().seal(m_open->subject.user, false);
}

void Vault::recover(const SecureBuffer& recoveryKeyText, const QString& user, const SecureBuffer& newPassword)
{
    lock();
    requireAcceptablePassword(newPassword);
    if (!exists())
        throw Error(ErrorKind::Other, Text::tr("there is no vault in %1").arg(m_folder));
    const QString recoveryName = QStringLiteral("recovery");
    throttle(recoveryName);
    const KeySlotFile slots = loadKeySlots();
    if (const DamagedKeySlot* damaged = slots.damagedSlot(KeySlot::Kind::Recovery, {}))
        throw Error(ErrorKind::Integrity, Text::tr("%1 in %2 is damaged (%3): restore the key-slot file from a backup")
                                              .arg(damaged->owner(), path(KeySlotFileName), damaged->problem));
    const auto recoveryKey = RecoveryKey::parse(recoveryKeyText);
    const KeySlot* slot = slots.recoverySlot();
    auto dataKey = (recoveryKey && slot) ? unwrapKeySlot(slots.vaultId, *slot, *recoveryKey) : std::nullopt;
    if (!dataKey) {
        recordFailure(recoveryName, QStringLiteral("wrong-recovery-key"));
        throw Error(ErrorKind::Denied, Text::tr("wrong recovery key"));
    }
    openWithKey(std::move(*dataKey), slots.vaultId, slots.cipher(), user);
    const auto subject = subjectFor(user);
    if (!subject || !subject->isValidAt(now())) {
        const QString reason =
            subject ? *validityProblem(*subject, now()) : Text::tr("there is no account '%1' in this vault").arg(user);
        close(Audited::No);
        throw Error(subject ? ErrorKind::Denied : ErrorKind::InvalidInput, reason);
    }
    m_open->subject = *subject;
    changeSlots(
        {QStringLiteral("recover"), user, recoveryName, now(), {}},
        [&](KeySlotFile& file) {
            file.put(wrapWithPassword(file.vaultId, user, m_open->dataKey, newPassword, m_env.passwordKdf,
                                      *m_env.random, now()));
        },
        [&] {
            appendDeferred(recoveryName, QStringLiteral("vault.recover"), user,
                           {{QStringLiteral("result"), QStringLiteral("password reset with the recovery key")}});
        });
    moveFailuresIntoTrail(recoveryName);
}

void Vault::openWithKey(SecureBuffer dataKey, const QString& vaultId, const CipherSettings& cipher, const QString& user)
{
    if (!QFile::exists(path(DatabaseFileName)))
        throw Error(ErrorKind::Integrity,
                    Text::tr("%1 is missing: the vault folder is incomplete").arg(path(DatabaseFileName)));
    auto open = std::make_unique<Open>();
    open->vaultId = vaultId;
    open->subject.user = user;
    open->cipher = cipher;
    open->db = openVaultDatabase(path(DatabaseFileName), dataKey, cipher, Database::Mode::OpenExisting);
    if (open->db.queryText("SELECT value FROM vault_meta WHERE key = 'id'") != vaultId)
        throw Error(ErrorKind::Integrity, Text::tr("%1 belongs to another vault than its key-slot file").arg(m_folder));
    open->manifest = HabilitationStore(open->db).current();
    const QString demoAuthority = open->db.queryText("SELECT value FROM vault_meta WHERE key = 'demo-authority-key'");
    if (!demoAuthority.isEmpty()) {
        open->demo = DemoTrust{QByteArray::fromBase64(demoAuthority.toLatin1()),
                               QByteArray::fromBase64(open->db
                                                          .queryText("SELECT value FROM vault_meta WHERE key = "
                                                                     "'demo-producer-key'")
                                                          .toLatin1())};
    }
    open->audit = std::make_unique<AuditTrail>(open->db, deriveAuditKey(dataKey, vaultId), *m_env.clock, vaultId,
                                               m_env.witnesses, m_env.ledger);
    open->slotKey = keySlotMacKey(dataKey, vaultId);
    open->dataKey = std::move(dataKey);
    m_open = std::move(open);
    try {
        Transaction transaction(m_open->db);
        reconciledSlotFile();
        transaction.commit();
        m_open->audit->witnessHead();
    } catch (...) {
        close(Audited::No);
        throw;
    }
}

KeySlotFile Vault::reconciledSlotFile()
{
    KeySlotFile file = loadKeySlots();
    const qint64 recorded = recordedSlotGeneration(m_open->db);
    if (file.version >= 2 && file.generation == recorded)
        return file;
    if (file.version == 1 && recorded == 0) {
        // A file from before slot MACs and generations: sealed under the key now, once.
        file.generation = 1;
        file.change = {QStringLiteral("upgrade"), {}, m_open->subject.user, now(), {}};
        recordSlotGeneration(m_open->db, file.generation);
        appendDeferred(m_open->subject.user, QStringLiteral("keyslots.upgrade"), path(KeySlotFileName),
                       {{QStringLiteral("generation"), file.generation}});
        file.save(path(KeySlotFileName), m_open->slotKey);
        return file;
    }
    // The file is the commit point of slot changes: one ahead of the database means a change
    // was interrupted after the file was written. Its record, authenticated under the data key,
    // says what the database still lacks.
    if (file.version >= 2 && file.generation == recorded + 1) {
        // Damaged slots are reported by `vault verify`; what must hold is that the change was made
        // by a holder of the data key.
        const QStringList forged = file.unauthenticatedParts(m_open->slotKey);
        if (!forged.isEmpty())
            throw Error(ErrorKind::Integrity, Text::tr("%1 is one change ahead of the vault database, but it does not "
                                                       "verify: %2")
                                                  .arg(path(KeySlotFileName), forged.join(QStringLiteral("; "))));
        completeSlotChange(file.change);
        recordSlotGeneration(m_open->db, file.generation);
        return file;
    }
    throw slotFileMismatch(path(KeySlotFileName), file.generation, recorded);
}

void Vault::completeSlotChange(const KeySlotChange& change)
{
    const QJsonObject interrupted{{QStringLiteral("completedAfterInterruption"), true},
                                  {QStringLiteral("changedAt"), change.atUtc.toUTC().toString(Qt::ISODate)}};
    const auto with = [&](QJsonObject details) {
        for (auto it = interrupted.begin(); it != interrupted.end(); ++it)
            details.insert(it.key(), it.value());
        return details;
    };
    const QString& action = change.action;
    if (action == QStringLiteral("password-change")) {
        appendDeferred(change.by, QStringLiteral("account.password-change"), change.user, interrupted);
    } else if (action == QStringLiteral("recover")) {
        appendDeferred(change.by, QStringLiteral("vault.recover"), change.user, interrupted);
    } else if (action == QStringLiteral("enrol")) {
        const Habilitation* habilitation = m_open->manifest ? m_open->manifest->user(change.user) : nullptr;
        const QStringList roles = habilitation ? habilitation->roles : QStringList();
        Statement insert =
            m_open->db.prepare("INSERT OR IGNORE INTO accounts(name, roles, created_utc) VALUES(?, ?, ?)");
        insert.bind(1, change.user).bind(2, joinRoles(roles)).bind(3, change.atUtc.toString(Qt::ISODate)).run();
        appendDeferred(change.by, QStringLiteral("account.enrol"), change.user,
                       with({{QStringLiteral("roles"), QJsonArray::fromStringList(roles)}}));
    } else if (action == QStringLiteral("revoke") || action == QStringLiteral("habilitation-import")) {
        const bool import = action == QStringLiteral("habilitation-import");
        const QStringList users = import ? change.removed : QStringList{change.user};
        Statement remove = m_open->db.prepare("DELETE FROM accounts WHERE name = ?");
        for (const QString& user : users) {
            remove.bind(1, user).run();
            remove.reset();
        }
        if (import)
            // The manifest committed with the database or not at all: it was not stored, only the
            // removals its file change made are completed.
            appendDeferred(change.by, QStringLiteral("habilitation.import-incomplete"), m_folder,
                           with({{QStringLiteral("removed"), QJsonArray::fromStringList(users)},
                                 {QStringLiteral("note"), QStringLiteral("the manifest was not stored: import it "
                                                                         "again")}}));
        else
            appendDeferred(change.by, QStringLiteral("account.revoke"), change.user, interrupted);
    } else if (action == QStringLiteral("upgrade")) {
        appendDeferred(change.by, QStringLiteral("keyslots.upgrade"), path(KeySlotFileName), interrupted);
    } else {
        throw Error(ErrorKind::Integrity,
                    Text::tr("%1 records an unknown change '%2'").arg(path(KeySlotFileName), action));
    }
}

void Vault::changeSlots(KeySlotChange change, const std::function<void(KeySlotFile&)>& editFile,
                        const std::function<void()>& editDatabase)
{
    // The database's write lock is held from the first read to the commit, so that slot changes
    // from two processes follow each other. keyslots.json is replaced just before the commit: it
    // is the commit point, and a crash between the two is completed at the next unlock.
    {
        // A change interrupted earlier is completed in its own commit: one audit entry per commit.
        Transaction completion(m_open->db);
        reconciledSlotFile();
        completion.commit();
        m_open->audit->witnessHead();
    }
    Transaction transaction(m_open->db);
    KeySlotFile file = reconciledSlotFile();
    editFile(file);
    file.generation += 1;
    file.change = std::move(change);
    editDatabase();
    recordSlotGeneration(m_open->db, file.generation);
    file.save(path(KeySlotFileName), m_open->slotKey);
    transaction.commit();
    m_open->audit->witnessHead();
}

void Vault::appendDeferred(const QString& user, const QString& action, const QString& object,
                           const QJsonObject& details)
{
    m_open->audit->append(user, action, object, details, AuditTrail::Witnessing::Deferred);
}

std::optional<Subject> Vault::subjectFor(const QString& user) const
{
    Statement account = m_open->db.prepare("SELECT roles FROM accounts WHERE name = ?");
    account.bind(1, user);
    if (!account.step())
        return std::nullopt;
    if (!m_open->manifest) {
        // Before the first manifest, the only account is the administrator who created the vault.
        return Subject{user, user, account.text(0).split(QLatin1Char(','), Qt::SkipEmptyParts), {}, {}, {}};
    }
    const Habilitation* habilitation = m_open->manifest->user(user);
    if (!habilitation)
        return std::nullopt;
    return Subject{user,
                   habilitation->displayName,
                   habilitation->roles,
                   habilitation->validFrom,
                   habilitation->validUntil,
                   habilitation->grants};
}

void Vault::moveFailuresIntoTrail(const QString& user)
{
    UnlockFailureLog log(path(FailureFileName));
    qint64 dropped = 0;
    const auto failures = log.pending(&dropped);
    if (dropped > 0)
        trail().append(QStringLiteral("(unknown)"), QStringLiteral("vault.unlock-failed"), m_folder,
                       {{QStringLiteral("reason"), QStringLiteral("not kept: too many failed sign-ins")},
                        {QStringLiteral("count"), dropped}});
    for (const auto& failure : failures) {
        trail().append(failure.user, QStringLiteral("vault.unlock-failed"), m_folder,
                       {{QStringLiteral("reason"), failure.reason},
                        {QStringLiteral("at"), failure.timeUtc.toString(Qt::ISODateWithMs)}});
    }
    // Only after they are in the trail: a crash in between repeats them rather than losing them.
    log.clearPendingAndReset(user);
}

void Vault::lock()
{
    close(Audited::Yes);
}

void Vault::close(Audited audited)
{
    if (!m_open)
        return;
    std::unique_ptr<Open> open = std::move(m_open);
    // The keys go first: whatever happens while closing, they are not left behind.
    open->dataKey.clear();
    open->slotKey.clear();
    if (audited == Audited::Yes) {
        try {
            open->audit->append(open->subject.user, QStringLiteral("vault.lock"), m_folder);
        } catch (const Error&) {
            // A full disk must not keep the vault open; the next unlock is audited anyway.
        }
    }
    open->audit.reset();
    open->db.close();
}

QString Vault::id() const
{
    requireUnlocked();
    return m_open->vaultId;
}

QString Vault::currentUser() const
{
    return m_open ? m_open->subject.user : QString();
}

QStringList Vault::currentRoles() const
{
    return m_open ? m_open->subject.roles : QStringList();
}

Subject Vault::subject() const
{
    requireUnlocked();
    return m_open->subject;
}

QDateTime Vault::now() const
{
    return m_env.clock->nowUtc();
}

void Vault::requireUnlocked() const
{
    if (!m_open)
        throw Error(ErrorKind::Denied, Text::tr("the vault is locked"));
}

AccessDecision Vault::decide(Action action, const Resource& resource) const
{
    requireUnlocked();
    if (const auto offline = offlineTooLong(action))
        return {false, *offline};
    return ecluse::decide(m_open->subject, action, resource, now());
}

std::optional<QDateTime> Vault::organisationServerOutOfReachSince() const
{
    requireUnlocked();
    return m_open->audit->ledgerUnreachableSince();
}

qint64 Vault::waitingRequestSteps() const
{
    requireUnlocked();
    return m_open->db.queryInt("SELECT count(*) FROM central_request_outbox");
}

std::optional<QString> Vault::offlineTooLong(Action action) const
{
    const int hours = m_env.policy.organisationMaxOfflineHours;
    if (hours <= 0 || !(isDatasetScoped(action) || action == Action::ReviewExtract))
        return std::nullopt;
    const auto since = m_open->audit->ledgerUnreachableSince();
    if (!since || *since > now().addSecs(-3600LL * hours))
        return std::nullopt;
    return Text::tr("the organisation server has been out of reach since %1, longer than the %n hours your "
                    "organisation allows (OrganisationMaxOfflineHours): data can be browsed again once it answers",
                    nullptr, hours)
        .arg(QLocale().toString(since->toLocalTime(), QLocale::ShortFormat));
}

void Vault::require(Action action, const Resource& resource) const
{
    // Over the offline limit, try the server once more before refusing: it may be back.
    if (offlineTooLong(action))
        m_open->audit->witnessHead();
    const AccessDecision decision = decide(action, resource);
    if (!decision.allowed) {
        // Every refusal leaves a trace: repeated probing of what one may not do is a signal.
        QJsonObject details{{QStringLiteral("reason"), decision.reason}};
        if (!resource.dataset.isEmpty())
            details.insert(QStringLiteral("dataset"), resource.dataset);
        m_open->audit->append(m_open->subject.user, QStringLiteral("access.denied"), actionName(action), details);
        throw Error(ErrorKind::Denied, decision.reason);
    }
}

bool Vault::endSessionIfExpired()
{
    if (!m_open || m_open->subject.isValidAt(now()))
        return false;
    trail().append(m_open->subject.user, QStringLiteral("session.expired"), m_folder,
                   {{QStringLiteral("validUntil"), m_open->subject.validUntil.toString(Qt::ISODate)}});
    lock();
    return true;
}

void Vault::changePassword(const SecureBuffer& oldPassword, const SecureBuffer& newPassword)
{
    requireUnlocked();
    requireAcceptablePassword(newPassword);
    const QString user = m_open->subject.user;
    const KeySlotFile slots = loadKeySlots();
    const KeySlot* slot = slots.passwordSlot(user);
    if (!slot || !unwrapKeySlot(slots.vaultId, *slot, oldPassword)) {
        trail().append(user, QStringLiteral("account.password-change-failed"), user,
                       {{QStringLiteral("reason"), QStringLiteral("wrong current password")}});
        throw Error(ErrorKind::Denied, wrongCredentialsMessage());
    }
    changeSlots(
        {QStringLiteral("password-change"), user, user, now(), {}},
        [&](KeySlotFile& file) {
            file.put(wrapWithPassword(file.vaultId, user, m_open->dataKey, newPassword, m_env.passwordKdf,
                                      *m_env.random, now()));
        },
        [&] { appendDeferred(user, QStringLiteral("account.password-change"), user); });
}

void Vault::enrol(const QString& user, const SecureBuffer& password)
{
    require(Action::ManageAccounts);
    requireValidUserName(user);
    requireAcceptablePassword(password);
    if (!m_open->manifest)
        throw Error(ErrorKind::InvalidInput,
                    Text::tr("import a habilitation manifest first: key slots are created only "
                             "for users it names"));
    const Habilitation* habilitation = m_open->manifest->user(user);
    if (!habilitation)
        throw Error(ErrorKind::InvalidInput, Text::tr("%1 is not in the habilitation manifest in force (serial %2)")
                                                 .arg(user)
                                                 .arg(m_open->manifest->serial));
    if (!habilitation->isValidAt(now()))
        throw Error(ErrorKind::InvalidInput, Text::tr("the habilitation of %1 is not valid now (from %2 until %3)")
                                                 .arg(user, habilitation->validFrom.toString(Qt::ISODate),
                                                      habilitation->validUntil.toString(Qt::ISODate)));
    const QString admin = m_open->subject.user;
    changeSlots(
        {QStringLiteral("enrol"), user, admin, now(), {}},
        [&](KeySlotFile& file) {
            file.put(wrapWithPassword(file.vaultId, user, m_open->dataKey, password, m_env.passwordKdf, *m_env.random,
                                      now()));
        },
        [&] {
            Statement insert =
                m_open->db.prepare("INSERT OR IGNORE INTO accounts(name, roles, created_utc) VALUES(?, ?, ?)");
            insert.bind(1, user).bind(2, joinRoles(habilitation->roles)).bind(3, now().toString(Qt::ISODate)).run();
            if (m_open->db.changes() == 0)
                throw Error(ErrorKind::InvalidInput, Text::tr("the account '%1' already exists").arg(user));
            appendDeferred(admin, QStringLiteral("account.enrol"), user,
                           {{QStringLiteral("roles"), QJsonArray::fromStringList(habilitation->roles)},
                            {QStringLiteral("manifest"), m_open->manifest->serial}});
        });
}

void Vault::revoke(const QString& user)
{
    require(Action::ManageAccounts);
    const std::vector<Account> all = allAccounts();
    const auto target = std::find_if(all.begin(), all.end(), [&](const Account& a) { return a.name == user; });
    if (target == all.end())
        throw Error(ErrorKind::InvalidInput, Text::tr("there is no account '%1' in this vault").arg(user));
    const QDateTime at = now();
    const auto admins = std::count_if(all.begin(), all.end(), [&](const Account& a) {
        return a.isAdmin() && (!a.validUntil.isValid() || at < a.validUntil);
    });
    const QString admin = m_open->subject.user;
    if (target->isAdmin() && admins <= 1) {
        trail().append(admin, QStringLiteral("access.denied"), user,
                       {{QStringLiteral("reason"), QStringLiteral("last administrator")}});
        throw Error(
            ErrorKind::Denied,
            Text::tr("'%1' is the last administrator of this vault: enrol another administrator first").arg(user));
    }
    changeSlots(
        {QStringLiteral("revoke"), user, admin, at, {}}, [&](KeySlotFile& file) { file.removePasswordSlot(user); },
        [&] {
            Statement remove = m_open->db.prepare("DELETE FROM accounts WHERE name = ?");
            remove.bind(1, user).run();
            appendDeferred(admin, QStringLiteral("account.revoke"), user);
        });
}

std::vector<Account> Vault::accounts() const
{
    require(Action::ManageAccounts);
    return allAccounts();
}

std::vector<Account> Vault::allAccounts() const
{
    requireUnlocked();
    std::vector<Account> out;
    Statement select = m_open->db.prepare("SELECT name, created_utc FROM accounts ORDER BY name");
    while (select.step()) {
        Account account{select.text(0), {}, {}, QDateTime::fromString(select.text(1), Qt::ISODate), {}};
        if (const auto subject = subjectFor(account.name)) {
            account.displayName = subject->displayName;
            account.roles = subject->roles;
            account.validUntil = subject->validUntil;
        }
        out.push_back(std::move(account));
    }
    return out;
}

bool Vault::isDemo() const
{
    requireUnlocked();
    return m_open->demo.has_value();
}

QList<QByteArray> Vault::trustedAuthorityKeys() const
{
    requireUnlocked();
    return m_open->demo ? QList<QByteArray>{m_open->demo->authorityKey} : m_env.policy.trustedAuthorityKeys;
}

QList<QByteArray> Vault::trustedProducerKeys() const
{
    requireUnlocked();
    return m_open->demo ? QList<QByteArray>{m_open->demo->producerKey} : m_env.policy.trustedProducerKeys;
}

std::optional<HabilitationManifest> Vault::habilitations() const
{
    requireUnlocked();
    std::optional<HabilitationManifest> visible = m_open->manifest;
    if (visible && !decide(Action::ReadHabilitations).allowed)
        std::erase_if(visible->users, [this](const Habilitation& user) { return user.user != m_open->subject.user; });
    return visible;
}

struct Vault::HabilitationPlan
{
    HabilitationManifest manifest;
    QMap<QString, QString> reasons; // accounts whose slot goes
};

Vault::HabilitationPlan Vault::planHabilitations(const QByteArray& signedFile, const QString& source)
{
    require(Action::ManageAccounts);
    HabilitationPlan plan{SignedHabilitations::open(signedFile, trustedAuthorityKeys(), source), {}};
    const HabilitationManifest& manifest = plan.manifest;
    const qint64 inForce = m_open->manifest ? m_open->manifest->serial : 0;
    if (manifest.serial <= inForce)
        throw Error(ErrorKind::InvalidInput,
                    Text::tr("the manifest has serial %1, not newer than the one in force (%2): "
                             "an older or replayed manifest is refused")
                        .arg(manifest.serial)
                        .arg(inForce));

    // Whose slot goes: users the manifest no longer names, and users whose habilitation ended.
    const QDateTime at = now();
    bool adminRemains = false;
    for (const Account& account : allAccounts()) {
        const Habilitation* habilitation = manifest.user(account.name);
        if (!habilitation)
            plan.reasons.insert(account.name, QStringLiteral("not in the manifest"));
        else if (habilitation->validUntil <= at)
            plan.reasons.insert(account.name, QStringLiteral("habilitation ended"));
        else if (habilitation->roles.contains(QStringLiteral("admin")) && habilitation->isValidAt(at))
            adminRemains = true;
    }
    if (!adminRemains)
        throw Error(ErrorKind::Denied,
                    Text::tr("this manifest would leave no administrator who can sign in: it must name "
                             "at least one enrolled administrator, valid now"));
    return plan;
}

HabilitationPreview Vault::previewHabilitations(const QByteArray& signedFile, const QString& source)
{
    const HabilitationPlan plan = planHabilitations(signedFile, source);
    HabilitationPreview preview{plan.manifest.serial, plan.manifest.organisation, {}, plan.reasons, {}};
    for (const Habilitation& user : plan.manifest.users) {
        const Habilitation* before = m_open->manifest ? m_open->manifest->user(user.user) : nullptr;
        if (!before)
            preview.added << user.user;
        else if (before->roles != user.roles || before->grants != user.grants || before->validFrom != user.validFrom ||
                 before->validUntil != user.validUntil)
            preview.changed << user.user;
    }
    return preview;
}

HabilitationImport Vault::importHabilitations(const QByteArray& signedFile, const QString& source)
{
    HabilitationPlan plan = planHabilitations(signedFile, source);
    HabilitationManifest& manifest = plan.manifest;
    const QMap<QString, QString>& reasons = plan.reasons;
    const QDateTime at = now();
    HabilitationImport report{manifest.serial, {}, false};

    const QString importer = m_open->subject.user;
    report.removedUsers = reasons.keys();
    const auto storeManifest = [&] {
        HabilitationStore(m_open->db).save(manifest, importer, at);
        Statement remove = m_open->db.prepare("DELETE FROM accounts WHERE name = ?");
        Statement update = m_open->db.prepare("UPDATE accounts SET roles = ? WHERE name = ?");
        for (const Habilitation& user : manifest.users) {
            update.bind(1, joinRoles(user.roles)).bind(2, user.user).run();
            update.reset();
        }
        for (const QString& user : report.removedUsers) {
            remove.bind(1, user).run();
            remove.reset();
        }
        QJsonObject removed;
        for (auto it = reasons.begin(); it != reasons.end(); ++it)
            removed.insert(it.key(), it.value());
        appendDeferred(importer, QStringLiteral("habilitation.import"), manifest.organisation,
                       {{QStringLiteral("serial"), manifest.serial},
                        {QStringLiteral("signer"), keyFingerprint(manifest.signerKey)},
                        {QStringLiteral("users"), static_cast<qint64>(manifest.users.size())},
                        {QStringLiteral("removed"), removed}});
    };
    if (report.removedUsers.isEmpty()) {
        Transaction transaction(m_open->db);
        storeManifest();
        transaction.commit();
        m_open->audit->witnessHead();
    } else {
        changeSlots(
            {QStringLiteral("habilitation-import"), {}, importer, at, report.removedUsers},
            [&](KeySlotFile& file) {
                for (const QString& user : report.removedUsers)
                    file.removePasswordSlot(user);
            },
            storeManifest);
        // One entry per commit (see AuditTrail): the removals are in habilitation.import, and
        // also each in its own account.revoke for whoever follows one account.
        for (auto it = reasons.begin(); it != reasons.end(); ++it)
            trail().append(importer, QStringLiteral("account.revoke"), it.key(),
                           {{QStringLiteral("reason"), it.value()}, {QStringLiteral("manifest"), report.serial}});
    }

    m_open->manifest = std::move(manifest);
    const auto subject = subjectFor(importer);
    if (!subject || !subject->isValidAt(at)) {
        report.sessionEnded = true;
        lock();
    } else {
        m_open->subject = *subject;
    }
    return report;
}

VaultVerification Vault::verify()
{
    require(Action::VerifyVault);
    VaultVerification result;

    VaultCheck cipher{Text::tr("page authentication (cipher_integrity_check)"), true, {}};
    Statement cipherCheck = m_open->db.prepare("PRAGMA cipher_integrity_check");
    QStringList cipherErrors;
    while (cipherCheck.step())
        cipherErrors << cipherCheck.text(0);
    cipher.passed = cipherErrors.isEmpty();
    cipher.detail = cipher.passed ? Text::tr("every page verifies") : cipherErrors.join(QStringLiteral("; "));
    result.checks.push_back(cipher);

    VaultCheck structure{Text::tr("database structure (integrity_check)"), true, {}};
    Statement integrityCheck = m_open->db.prepare("PRAGMA integrity_check");
    QStringList structureErrors;
    while (integrityCheck.step()) {
        if (integrityCheck.text(0) != QStringLiteral("ok"))
            structureErrors << integrityCheck.text(0);
    }
    structure.passed = structureErrors.isEmpty();
    structure.detail = structure.passed ? Text::tr("ok") : structureErrors.join(QStringLiteral("; "));
    result.checks.push_back(structure);

    const QStringList schema = schemaDifferences(m_open->db);
    result.checks.push_back({Text::tr("database schema"), schema.isEmpty(),
                             schema.isEmpty() ? Text::tr("tables, indexes and triggers exactly as Écluse created them")
                                              : schema.join(QStringLiteral("; "))});

    result.checks.push_back(checkKeySlots());

    VaultCheck chain{Text::tr("audit trail"), true, {}};
    const AuditVerification audit = trail().verify();
    chain.passed = audit.intact;
    chain.detail = audit.intact ? Text::tr("%1 entries, chain and witnesses agree").arg(audit.entries) : audit.problem;
    result.checks.push_back(chain);
    for (const QString& warning : audit.warnings)
        result.checks.push_back({Text::tr("audit witnesses"), true, warning, true});
    // Extract request steps taken while the organisation's server was out of reach
    // (core/extract/RequestOutbox.h): not a fault, but reviewers do not see them yet.
    const qint64 waiting = waitingRequestSteps();
    if (waiting > 0)
        result.checks.push_back({Text::tr("extract requests"), true,
                                 Text::tr("%n step(s) on extract requests wait for the organisation server", nullptr,
                                          static_cast<int>(waiting)),
                                 true});

    QJsonObject details{{QStringLiteral("intact"), result.intact()}};
    if (!result.intact())
        details.insert(QStringLiteral("problem"), result.firstProblem());
    trail().append(m_open->subject.user, QStringLiteral("vault.verify"), m_folder, details);
    return result;
}

VaultCheck Vault::checkKeySlots() const
{
    VaultCheck check{Text::tr("key slots"), true, {}};
    QStringList problems;
    try {
        const KeySlotFile slots = loadKeySlots();
        problems = slots.verify(m_open->slotKey);
        const qint64 recorded = recordedSlotGeneration(m_open->db);
        if (slots.generation != recorded)
            problems << slotFileMismatch(path(KeySlotFileName), slots.generation, recorded).message();
        const std::vector<Account> all = allAccounts();
        for (const KeySlot& slot : slots.slots) {
            if (slot.kind == KeySlot::Kind::Password &&
                std::none_of(all.begin(), all.end(), [&](const Account& a) { return a.name == slot.user; }))
                problems << Text::tr("the slot of %1 has no account (restored after revocation?)").arg(slot.user);
        }
        for (const Account& account : all) {
            if (!slots.passwordSlot(account.name) && !slots.damagedSlot(KeySlot::Kind::Password, account.name))
                problems << Text::tr("the account %1 has no slot").arg(account.name);
        }
        if (!slots.recoverySlot() && !slots.damagedSlot(KeySlot::Kind::Recovery, {}))
            problems << Text::tr("the recovery slot is missing");
        check.detail = Text::tr("%n slots, each authenticated; generation %1, as the database "
                                "records",
                                nullptr, static_cast<int>(slots.slots.size()))
                           .arg(recorded);
    } catch (const Error& error) {
        problems << error.message();
    }
    if (!problems.isEmpty()) {
        check.passed = false;
        check.detail = problems.join(QStringLiteral("; "));
    }
    return check;
}

AuditVerification Vault::verifyAudit()
{
    require(Action::VerifyVault);
    const AuditVerification result = trail().verify();
    trail().append(m_open->subject.user, QStringLiteral("audit.verify"), m_folder,
                   {{QStringLiteral("intact"), result.intact}, {QStringLiteral("problem"), result.problem}});
    return result;
}

std::vector<AuditEntry> Vault::readAudit(qint64 fromSequence, qint64 limit)
{
    require(Action::ReadAudit);
    return trail().entries(fromSequence, limit);
}

qint64 Vault::exportAudit(QIODevice& out, const QString& destination)
{
    require(Action::ReadAudit);
    const qint64 count = trail().exportJsonLines(out);
    trail().append(m_open->subject.user, QStringLiteral("audit.export"), destination,
                   {{QStringLiteral("format"), QStringLiteral("jsonl")}, {QStringLiteral("entries"), count}});
    return count;
}

void Vault::resealAudit(const QString& reason)
{
    require(Action::ResealAudit);
    if (reason.trimmed().isEmpty())
        throw Error(ErrorKind::InvalidInput, Text::tr("say why the audit trail is resealed"));
    trail().reseal(m_open->subject.user, reason.trimmed());
}

AuditTrail& Vault::trail()
{
    requireUnlocked();
    return *m_open->audit;
}

AuditTrail& Vault::audit(VaultCapability)
{
    return trail();
}

SecureBuffer Vault::deriveKey(VaultCapability, QByteArrayView purpose) const
{
    requireUnlocked();
    return hkdfSha256(m_open->dataKey, m_open->vaultId.toUtf8(), purpose, 32);
}

Database& Vault::database(VaultCapability)
{
    requireUnlocked();
    return m_open->db;
}

VaultSnapshot Vault::snapshotTo(VaultCapability, const QString& path, const std::function<bool(double)>& onStep)
{
    requireUnlocked();
    {
        Database target = openVaultSnapshot(path, m_open->dataKey, m_open->cipher);
        m_open->db.copyTo(target, onStep);
    }
    // Read back as a restore would read it: a snapshot that does not open is no backup.
    Database copy = openVaultReader(path, m_open->dataKey, m_open->cipher);
    if (!pagesCheck(copy))
        throw Error(ErrorKind::Integrity, Text::tr("the snapshot of %1 does not check").arg(path));
    const std::optional<AuditEntry> last = lastEntryOf(copy);
    if (!last)
        throw Error(ErrorKind::Integrity, Text::tr("the snapshot of %1 holds no audit trail").arg(path));
    return {m_open->cipher.pageSize, copy.userVersion(), last->sequence, last->hash()};
}

bool Vault::pagesCheck(Database& copy)
{
    return copy.queryText("PRAGMA integrity_check") == QLatin1String("ok") &&
           copy.queryText("PRAGMA cipher_integrity_check").isEmpty();
}

std::optional<AuditEntry> Vault::lastEntryOf(Database& copy) const
{
    const AuditTrail trail(copy, deriveAuditKey(m_open->dataKey, m_open->vaultId), *m_env.clock, m_open->vaultId, {});
    const std::vector<AuditEntry> last = trail.entries(trail.size(), 1);
    if (last.empty())
        return std::nullopt;
    return last.front();
}

CipherSettings Vault::migrateCipher()
{
    requireUnlocked();
    require(Action::BackUpVault);
    const CipherSettings from = m_open->cipher;
    const CipherSettings to = m_env.newVaultCipher;
    if (from == to)
        throw Error(ErrorKind::InvalidInput, Text::tr("the vault already uses %1").arg(to.description()));
    KeySlotFile slots = loadKeySlots();
    const Subject subject = m_open->subject;
    const QString target = QFileInfo(m_folder).absoluteFilePath();
    const QString staging = target + QStringLiteral(".migrating");
    const QString aside =
        target + QStringLiteral(".before-migration-") + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss");
    // First in the trail, so that the new database carries it.
    trail().append(subject.user, QStringLiteral("vault.migrate"), m_folder,
                   {{QStringLiteral("from"), from.description()}, {QStringLiteral("to"), to.description()}});

    const auto dropStaging = qScopeGuard([&] { QDir(staging).removeRecursively(); });
    // What did not happen is said in the trail too, after the entry that announced it.
    const auto recordFailure = [&](const QString& reason) {
        trail().append(subject.user, QStringLiteral("vault.migrate-failed"), m_folder,
                       {{QStringLiteral("reason"), reason}});
    };
    try {
        stageMigration(target, staging, to, slots);
    } catch (const Error& error) {
        recordFailure(error.message());
        throw;
    }

    // The swap: the vault is closed (nothing may write the old file now), its folder moved aside,
    // the new one moved in and opened with the same key. Any failure puts the old folder back.
    SecureBuffer dataKey = m_open->dataKey.clone();
    const QString vaultId = m_open->vaultId;
    close(Audited::No);
    // Puts the old folder back where it was, opens it again, and throws `error`.
    const auto reopenOld = [&](SecureBuffer& key, const Error& error) {
        if (!QFileInfo::exists(aside) || (QDir(target).removeRecursively() && QDir().rename(aside, target))) {
            openWithKey(std::move(key), vaultId, from, subject.user);
            m_open->subject = subject;
            recordFailure(error.message());
        }
        throw error;
    };
    if (!QDir().rename(target, aside)) {
        reopenOld(dataKey, Error(ErrorKind::Other, Text::tr("cannot move the vault aside to %1").arg(aside)));
    }
    if (!QDir().rename(staging, target)) {
        reopenOld(dataKey, Error(ErrorKind::Other, Text::tr("cannot move the new vault into %1").arg(target)));
    }
    SecureBuffer keptKey = dataKey.clone();
    try {
        openWithKey(std::move(dataKey), vaultId, to, subject.user);
        m_open->subject = subject;
    } catch (const Error& error) {
        reopenOld(keptKey, error);
    }
    QDir(aside).removeRecursively();
    return from;
}

// Writes the migrated vault into `staging`: the vault's other files, the database exported with
// `to`, read back, and a key-slot file that records `to`.
void Vault::stageMigration(const QString& target, const QString& staging, const CipherSettings& to, KeySlotFile& slots)
{
    QDir(staging).removeRecursively();
    if (!QDir().mkpath(staging))
        throw Error(ErrorKind::Other, Text::tr("cannot create %1").arg(staging));
    QFile::setPermissions(staging, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    // The vault's other files (the unlock failures) go along as they are; lock files do not.
    for (const QFileInfo& file : QDir(target).entryInfoList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot)) {
        const QString name = file.fileName();
        if (name == KeySlotFileName || name.startsWith(DatabaseFileName) || name.endsWith(QStringLiteral(".lock")))
            continue;
        if (!QFile::copy(file.absoluteFilePath(), QDir(staging).filePath(name)))
            throw Error(ErrorKind::Other, Text::tr("cannot copy %1 into %2").arg(file.absoluteFilePath(), staging));
    }
    const QString migrated = QDir(staging).filePath(DatabaseFileName);
    exportDatabase(migrated, to);
    {
        // Read back as the next unlock will read it, before anything is swapped.
        Database copy = openVaultReader(migrated, m_open->dataKey, to);
        if (!pagesCheck(copy) || !schemaDifferences(copy).isEmpty())
            throw Error(ErrorKind::Integrity, Text::tr("the new database %1 does not check").arg(migrated));
        const std::optional<AuditEntry> last = lastEntryOf(copy);
        const std::optional<AuditEntry> ours = lastEntryOf(m_open->db);
        if (!last || !ours || last->hash() != ours->hash())
            throw Error(ErrorKind::Integrity,
                        Text::tr("the new database %1 does not end where the vault's trail ends").arg(migrated));
    }
    slots.cipherPageSize = to.pageSize;
    slots.cipherHmac = to.hmac;
    slots.save(QDir(staging).filePath(KeySlotFileName), m_open->slotKey);
}

// Writes the open database into `path` (a new file) with the same key and `cipher`: SQLCipher's
// export, through an attached database that inherits the key.
void Vault::exportDatabase(const QString& path, const CipherSettings& cipher)
{
    Database& db = m_open->db;
    {
        // The vault's connection may open files but not create them: an empty file is a new
        // database to SQLite.
        QFile file(path);
        if (!file.open(QIODevice::NewOnly | QIODevice::WriteOnly))
            throw Error(ErrorKind::Other, Text::tr("cannot create %1: %2").arg(path, file.errorString()));
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    {
        Statement attach = db.prepare("ATTACH DATABASE ? AS migrated");
        attach.bind(1, path).run();
    }
    try {
        db.execute(QByteArray("PRAGMA migrated.cipher_page_size = " + QByteArray::number(cipher.pageSize)).constData());
        db.execute(cipher.hmac == CipherSettings::Hmac::Sha256 ? "PRAGMA migrated.cipher_hmac_algorithm = HMAC_SHA256"
                                                               : "PRAGMA migrated.cipher_hmac_algorithm = HMAC_SHA512");
        db.queryText("SELECT sqlcipher_export('migrated')");
        db.execute(QByteArray("PRAGMA migrated.user_version = " + QByteArray::number(db.userVersion())).constData());
    } catch (...) {
        db.execute("DETACH DATABASE migrated");
        throw;
    }
    db.execute("DETACH DATABASE migrated");
}

Database Vault::openReader(VaultCapability) const
{
    requireUnlocked();
    return openVaultReader(path(DatabaseFileName), m_open->dataKey, m_open->cipher);
}

} // namespace ecluse
