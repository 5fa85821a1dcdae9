#include "VaultBackup.h"

#include "audit/AuditTrail.h"
#include "common/Error.h"
#include "common/ReadFile.h"
#include "crypto/Digest.h"
#include "crypto/Ed25519.h"
#include "crypto/Random.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>

#ifndef Q_OS_WIN
#include <unistd.h>
#endif

namespace ecluse {
namespace {

// This file's messages, under the "VaultBackup" context that lupdate files them in too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(VaultBackup)
};

constexpr QByteArrayView SigningKeyPurpose = "ecluse backup signing key v1";
const QString Suffix = QStringLiteral(".ecb");

QString backupName(const QString& vaultId, const QDateTime& createdUtc)
{
    return QStringLiteral("ecluse-backup-%1-%2%3")
        .arg(vaultId, createdUtc.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")), Suffix);
}

void flushToDisk(QFile& file)
{
    if (!file.flush())
        throw Error(ErrorKind::Other, Text::tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
#ifndef Q_OS_WIN
    if (::fsync(file.handle()) != 0)
        throw Error(ErrorKind::Other, Text::tr("cannot write %1 to disk").arg(file.fileName()));
#endif
}

// Appends `size` bytes of `from` (from where it stands) to `to`.
void copyBytes(QFile& from, QFile& to, qint64 size)
{
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    while (size > 0) {
        const qint64 read = from.read(buffer.data(), std::min<qint64>(size, buffer.size()));
        if (read <= 0 || to.write(buffer.constData(), read) != read)
            throw Error(ErrorKind::Other, Text::tr("cannot copy %1 into %2").arg(from.fileName(), to.fileName()));
        size -= read;
    }
}

QByteArray fileSha256(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorKind::Other, Text::tr("cannot read %1: %2").arg(path, file.errorString()));
    Sha256 hash;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 read = 0;
    while ((read = file.read(buffer.data(), buffer.size())) > 0)
        hash.addData(QByteArrayView(buffer.constData(), read));
    return hash.result();
}

// The backup's two parts as a vault folder: keyslots.json and vault.db.
void unpack(const QString& file, const BackupFile::Layout& layout, const QString& folder)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly) || !in.seek(layout.keySlotOffset))
        throw Error(ErrorKind::Other, Text::tr("cannot read %1: %2").arg(file, in.errorString()));
    const auto write = [&](const QString& name, qint64 size) {
        QFile out(QDir(folder).filePath(name));
        if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
            !out.setPermissions(QFile::ReadOwner | QFile::WriteOwner))
            throw Error(ErrorKind::Other, Text::tr("cannot write %1: %2").arg(out.fileName(), out.errorString()));
        copyBytes(in, out, size);
        flushToDisk(out);
    };
    write(Vault::KeySlotFileName, layout.manifest.keySlotBytes);
    write(Vault::DatabaseFileName, layout.manifest.databaseBytes);
}

// Opens the vault in `folder` with the credentials: unlocked as their user.
void open(Vault& vault, const BackupCredentials& credentials, Random& random)
{
    if (!credentials.isRecoveryKey) {
        vault.unlock(credentials.user, credentials.secret);
        return;
    }
    // The recovery key unwraps the data key and sets a password: the one asked for on a restore,
    // a throwaway one on the private copy a verification works on.
    if (!credentials.newPassword.isEmpty()) {
        vault.recover(credentials.secret, credentials.user, credentials.newPassword);
        return;
    }
    const SecureBuffer throwaway = random.secretBytes(24).toHex();
    vault.recover(credentials.secret, credentials.user, throwaway);
}

// A copy of the backup in a private folder, opened: what verification examines and changes.
struct OpenedCopy
{
    QTemporaryDir folder;
    std::unique_ptr<Vault> vault;
};

std::unique_ptr<OpenedCopy> openCopy(const QString& file, const BackupFile::Layout& layout,
                                     const BackupCredentials& credentials, const VaultEnvironment& environment)
{
    auto copy = std::make_unique<OpenedCopy>();
    if (!copy->folder.isValid())
        throw Error(ErrorKind::Other, Text::tr("cannot create a private folder to examine %1").arg(file));
    QFile::setPermissions(copy->folder.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    unpack(file, layout, copy->folder.path());
    // No witness and no ledger: examining a copy must not move the real vault's seal, nor be
    // judged against the server's heads of the vault it came from.
    VaultEnvironment isolated = environment;
    isolated.witnesses.clear();
    isolated.ledger.reset();
    copy->vault = std::make_unique<Vault>(copy->folder.path(), isolated);
    open(*copy->vault, credentials, *isolated.random);
    return copy;
}

// What interrupted backups left in `folder`: work folders (a snapshot, encrypted) and files
// renamed into place but never completed (their first bytes still zero). Work folders younger
// than an hour may belong to a backup running now, and stay.
void removeLeftovers(const QString& folder)
{
    const QDir dir(folder);
    const QDateTime hourAgo = QDateTime::currentDateTimeUtc().addSecs(-3600);
    for (const QFileInfo& entry :
         dir.entryInfoList({QStringLiteral(".ecluse-backup-*")}, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot)) {
        if (entry.lastModified().toUTC() < hourAgo)
            QDir(entry.absoluteFilePath()).removeRecursively();
    }
    for (const QFileInfo& entry : dir.entryInfoList({QStringLiteral("ecluse-backup-*") + Suffix}, QDir::Files)) {
        QFile file(entry.absoluteFilePath());
        if (file.open(QIODevice::ReadOnly) &&
            file.read(BackupFile::MagicSize) == QByteArray(BackupFile::MagicSize, '\0')) {
            file.close();
            QFile::remove(entry.absoluteFilePath());
        }
    }
}

} // namespace

VaultBackup::VaultBackup(Vault& vault)
    : m_vault(vault)
{}

QString VaultBackup::defaultFolder(const Policy& policy)
{
    if (!policy.backupFolder.isEmpty())
        return policy.backupFolder;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("ecluse/backups"));
}

bool VaultBackup::isDue(const Policy& policy, const std::optional<QDateTime>& lastBackup, const QDateTime& now)
{
    return policy.backupEveryDays > 0 && (!lastBackup || *lastBackup < now.addDays(-policy.backupEveryDays));
}

bool VaultBackup::isDue(Vault& vault)
{
    return vault.policy().backupEveryDays > 0 && isDue(vault.policy(), vault.health().lastBackup, vault.now());
}

BackupResult VaultBackup::create(const QString& requestedFolder, const std::function<bool(double)>& onStep)
{
    m_vault.require(Action::BackUpVault);
    const QString folder =
        QFileInfo(requestedFolder.isEmpty() ? defaultFolder(m_vault.policy()) : requestedFolder).absoluteFilePath();
    if (!QDir().mkpath(folder))
        throw Error(ErrorKind::Other, Text::tr("cannot create the backup folder %1").arg(folder));
    removeLeftovers(folder);
    const QDateTime now = m_vault.now().toUTC();
    const QString vaultId = m_vault.id();
    const QString finalPath = QDir(folder).filePath(backupName(vaultId, now));
    if (QFileInfo::exists(finalPath))
        throw Error(ErrorKind::InvalidInput, Text::tr("%1 already exists").arg(finalPath));

    // The snapshot (encrypted pages, as in vault.db) in a private folder beside the backup.
    QTemporaryDir work(QDir(folder).filePath(QStringLiteral(".ecluse-backup-XXXXXX")));
    if (!work.isValid())
        throw Error(ErrorKind::Other, Text::tr("cannot write in the backup folder %1").arg(folder));
    const QString snapshotPath = QDir(work.path()).filePath(Vault::DatabaseFileName);
    const VaultSnapshot snapshot =
        m_vault.snapshotTo(VaultCapability(), snapshotPath, [&](double done) { return !onStep || onStep(done * 0.9); });
    // Read after the snapshot: a key-slot change meanwhile is in both, or in neither's use.
    const QByteArray keySlots = readRegularFile(QDir(m_vault.folder()).filePath(Vault::KeySlotFileName), 1 << 20);

    BackupManifest manifest;
    manifest.vault = vaultId;
    manifest.schemaVersion = snapshot.schemaVersion;
    manifest.pageSize = snapshot.pageSize;
    manifest.createdUtc = now;
    manifest.createdBy = m_vault.currentUser();
    manifest.auditHead = snapshot.auditHead;
    manifest.auditHeadHash = snapshot.auditHeadHash;
    manifest.keySlotBytes = keySlots.size();
    manifest.keySlotSha256 = sha256(keySlots);
    manifest.databaseBytes = QFileInfo(snapshotPath).size();
    manifest.databaseSha256 = fileSha256(snapshotPath);
    const Ed25519SigningKey signer =
        Ed25519SigningKey::fromSeed(m_vault.deriveKey(VaultCapability(), SigningKeyPurpose));
    manifest.signer = signer.publicKey();

    // Written whole under a temporary name, its first bytes zero; renamed; then the magic last, so
    // that no interruption leaves a file that reads as a finished backup.
    const QString partPath = QDir(work.path()).filePath(QStringLiteral("backup.part"));
    {
        QFile part(partPath);
        QFile snapshotFile(snapshotPath);
        if (!part.open(QIODevice::WriteOnly | QIODevice::NewOnly) || !snapshotFile.open(QIODevice::ReadOnly))
            throw Error(ErrorKind::Other, Text::tr("cannot write %1: %2").arg(partPath, part.errorString()));
        part.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray header = BackupFile::header(manifest, signer);
        if (part.write(header) != header.size() || part.write(keySlots) != keySlots.size())
            throw Error(ErrorKind::Other, Text::tr("cannot write %1: %2").arg(partPath, part.errorString()));
        copyBytes(snapshotFile, part, manifest.databaseBytes);
        flushToDisk(part);
    }
    if (onStep && !onStep(0.95))
        throw Error(ErrorKind::Other, Text::tr("cancelled"));
    if (!QFile::rename(partPath, finalPath))
        throw Error(ErrorKind::Other, Text::tr("cannot move the backup into place as %1").arg(finalPath));
    try {
        QFile finished(finalPath);
        if (!finished.open(QIODevice::ReadWrite) ||
            finished.write(BackupFile::Magic, BackupFile::MagicSize) != BackupFile::MagicSize)
            throw Error(ErrorKind::Other, Text::tr("cannot complete %1: %2").arg(finalPath, finished.errorString()));
        flushToDisk(finished);
        finished.close();
        BackupFile::inspect(finalPath);
    } catch (...) {
        QFile::remove(finalPath);
        throw;
    }

    m_vault.audit(VaultCapability())
        .append(m_vault.currentUser(), QStringLiteral("vault.backup"), finalPath,
                {{QStringLiteral("auditHead"), manifest.auditHead},
                 {QStringLiteral("bytes"), QFileInfo(finalPath).size()},
                 {QStringLiteral("databaseSha256"), QString::fromLatin1(manifest.databaseSha256.toHex())},
                 {QStringLiteral("keySlotSha256"), QString::fromLatin1(manifest.keySlotSha256.toHex())}});
    BackupResult result{finalPath, manifest, removeExpired(folder, finalPath)};
    if (onStep)
        onStep(1.0);
    return result;
}

QStringList VaultBackup::removeExpired(const QString& folder, const QString& keep)
{
    // This vault's backups, by the time in their names; the newest always stays.
    const QString vaultId = m_vault.id();
    const QRegularExpression name(QStringLiteral("^ecluse-backup-%1-(\\d{8}-\\d{6}-\\d{3})\\%2$")
                                      .arg(QRegularExpression::escape(vaultId), Suffix));
    const QDateTime limit = m_vault.now().toUTC().addDays(-m_vault.policy().backupRetentionDays);
    QStringList removed;
    for (const QFileInfo& entry : QDir(folder).entryInfoList(QDir::Files)) {
        const QRegularExpressionMatch match = name.match(entry.fileName());
        if (!match.hasMatch() || entry.absoluteFilePath() == keep)
            continue;
        QDateTime created = QDateTime::fromString(match.captured(1), QStringLiteral("yyyyMMdd-HHmmss-zzz"));
        created.setTimeZone(QTimeZone::utc());
        if (!created.isValid() || created >= limit)
            continue;
        if (!QFile::remove(entry.absoluteFilePath()))
            continue;
        removed << entry.absoluteFilePath();
        m_vault.audit(VaultCapability())
            .append(m_vault.currentUser(), QStringLiteral("vault.backup-expired"), entry.absoluteFilePath(),
                    {{QStringLiteral("retentionDays"), m_vault.policy().backupRetentionDays}});
    }
    return removed;
}

BackupVerification VaultBackup::verify(const QString& file, const BackupCredentials& credentials,
                                       const VaultEnvironment& environment)
{
    return verifyInspected(file, BackupFile::inspect(file), credentials, environment);
}

BackupVerification VaultBackup::verifyInspected(const QString& file, const BackupFile::Layout& layout,
                                                const BackupCredentials& credentials,
                                                const VaultEnvironment& environment)
{
    const std::unique_ptr<OpenedCopy> copy = openCopy(file, layout, credentials, environment);
    Vault& vault = *copy->vault;
    BackupVerification result{layout.manifest, {}};
    const auto check = [&](const QString& name, bool passed, const QString& detail) {
        result.checks.checks.push_back({name, passed, passed ? QString() : detail});
    };
    check(Text::tr("vault"), vault.id() == layout.manifest.vault,
          Text::tr("the key slots belong to vault %1, the manifest names %2").arg(vault.id(), layout.manifest.vault));
    const QByteArray signer =
        Ed25519SigningKey::fromSeed(vault.deriveKey(VaultCapability(), SigningKeyPurpose)).publicKey();
    check(Text::tr("signer"), signer == layout.manifest.signer,
          Text::tr("the manifest was not signed with this vault's key"));
    AuditTrail& trail = vault.audit(VaultCapability());
    const std::vector<AuditEntry> head = trail.entries(layout.manifest.auditHead, 1);
    check(Text::tr("audit head"), !head.empty() && head.front().hash() == layout.manifest.auditHeadHash,
          Text::tr("the trail's entry %1 is not the one the manifest names").arg(layout.manifest.auditHead));
    // Page authentication, integrity, schema, key slots and the whole chain; the copy's own
    // sign-in is its last entry.
    for (VaultCheck& item : vault.verify().checks)
        result.checks.checks.push_back(std::move(item));
    return result;
}

std::unique_ptr<Vault> VaultBackup::restore(const QString& file, const QString& folder,
                                            const BackupCredentials& credentials, const VaultEnvironment& environment)
{
    // The file is read and hashed once: the verification and the unpacking use one layout.
    const BackupFile::Layout layout = BackupFile::inspect(file);
    const BackupVerification verification = verifyInspected(file, layout, credentials, environment);
    if (!verification.intact())
        throw Error(ErrorKind::Integrity,
                    Text::tr("%1 does not verify: %2").arg(file, verification.checks.firstProblem()));
    const BackupManifest& manifest = verification.manifest;

    // What the witnesses last saw of the vault's trail, before the restored one replaces it.
    qint64 previousHead = -1;
    for (const auto& witness : environment.witnesses) {
        if (!witness->isReadable())
            continue;
        if (const std::optional<WitnessRecord> record = witness->lastRecorded(manifest.vault))
            previousHead = std::max(previousHead, record->sequence);
    }

    const QString target = QFileInfo(folder).absoluteFilePath();
    const QString staging = target + QStringLiteral(".restoring");
    const QString aside =
        target + QStringLiteral(".before-restore-") + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss");
    QDir(staging).removeRecursively();
    if (!QDir().mkpath(staging))
        throw Error(ErrorKind::Other, Text::tr("cannot create %1").arg(staging));
    QFile::setPermissions(staging, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    unpack(file, layout, staging);
    const bool hadVault = QFileInfo::exists(target);
    if (hadVault && !QDir().rename(target, aside))
        throw Error(ErrorKind::Other, Text::tr("cannot move the current vault aside to %1").arg(aside));
    const auto putBack = [&] {
        QDir(target).removeRecursively();
        if (hadVault)
            QDir().rename(aside, target);
    };
    if (!QDir().rename(staging, target)) {
        putBack();
        throw Error(ErrorKind::Other, Text::tr("cannot move the restored vault into %1").arg(target));
    }
    auto vault = std::make_unique<Vault>(target, environment);
    try {
        open(*vault, credentials, *environment.random);
        vault->require(Action::BackUpVault);
        AuditTrail& trail = vault->audit(VaultCapability());
        QJsonObject details{{QStringLiteral("backup"), file},
                            {QStringLiteral("created"), manifest.createdUtc.toString(Qt::ISODateWithMs)},
                            {QStringLiteral("backupHead"), manifest.auditHead}};
        if (previousHead >= 0) {
            details.insert(QStringLiteral("previousHead"), previousHead);
            // The entries after the backup's head are gone with the vault they were in.
            details.insert(QStringLiteral("trailWentBack"), previousHead > manifest.auditHead);
        }
        // The organisation's ledger keeps the heads of the history this restore leaves; the trail
        // goes on there in a new chain from the restore's entry.
        trail.startNewLedgerChain(manifest.auditHead);
        trail.append(credentials.user, QStringLiteral("vault.restore"), file, details);
        trail.reseal(credentials.user, Text::tr("restored from %1").arg(file));
    } catch (...) {
        vault->lock();
        vault.reset();
        putBack();
        throw;
    }
    QDir(aside).removeRecursively();
    return vault;
}

} // namespace ecluse
