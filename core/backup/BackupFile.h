#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace ecluse {

class Ed25519SigningKey;

// What a backup says about itself, signed with a key derived from the vault's data key.
struct BackupManifest
{
    QString vault;
    int schemaVersion = 0;
    int pageSize = 0;
    QDateTime createdUtc;
    QString createdBy;
    qint64 auditHead = 0;     // the trail's last entry in the snapshot
    QByteArray auditHeadHash; // its hash
    qint64 keySlotBytes = 0;  // keyslots.json, as it was
    QByteArray keySlotSha256;
    qint64 databaseBytes = 0; // the SQLCipher snapshot of vault.db: encrypted pages only
    QByteArray databaseSha256;
    QByteArray signer; // Ed25519 public key

    QJsonObject toJson() const;
    // Throws ErrorKind::Integrity for anything but a manifest Écluse wrote.
    static BackupManifest fromJson(const QJsonObject& json);
};

// One file per backup (docs/SECURITY.md, "Backup files"):
//   "ECLBAK1\n" | manifest length (4 bytes, big-endian) | manifest (UTF-8 JSON)
//   | Ed25519 signature (64 bytes) of everything before it | keyslots.json | vault.db snapshot
// The first 8 bytes are written last, after the file has its final name: a file cut short by a
// crash never starts as a backup does, whatever its name.
namespace BackupFile {

inline constexpr char Magic[] = "ECLBAK1\n";
inline constexpr int MagicSize = 8;
inline constexpr int MaximumManifestBytes = 64 * 1024;

// The header: magic, length, manifest and signature, with the magic as zeros (see above).
QByteArray header(const BackupManifest& manifest, const Ed25519SigningKey& signer);

struct Layout
{
    BackupManifest manifest;
    qint64 keySlotOffset = 0;
    qint64 databaseOffset = 0;
};

// Reads the file at `path` without any key: structure, the signature against the manifest's own
// signer, sizes and SHA-256 of both parts. Proves the file is whole and unchanged since it was
// signed, not who signed it: VaultBackup::verify() checks the signer against the data key.
// Throws ErrorKind::Integrity naming `path` and what differs.
Layout inspect(const QString& path);

} // namespace BackupFile
} // namespace ecluse
