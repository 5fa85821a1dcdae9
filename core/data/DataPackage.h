#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QIODevice;

namespace ecluse {

class Ed25519SigningKey;

// How data reaches a workstation: a folder holding manifest.json, the CSV files it lists and
// manifest.sig, an Ed25519 signature of the manifest by a producer that policy trusts. The
// manifest pins each file's SHA-256 and row count, so the signature covers the data too.
struct PackageFile
{
    QString name; // a plain file name inside the package: no folders, no "..", ends in .csv
    qint64 rows = 0;
    qint64 bytes = 0;
    QByteArray sha256;
};

struct PackageManifest
{
    static constexpr int FormatVersion = 1;
    static inline const QString ManifestFileName = QStringLiteral("manifest.json");
    static inline const QString SignatureFileName = QStringLiteral("manifest.sig");

    QString id; // unique per package: re-importing the same id is refused
    QString dataset;
    int schemaVersion = 0;
    QString producer;
    QDateTime created;
    QDate retainUntil; // past this date the package's rows are purged from the vault
    QList<PackageFile> files;

    qint64 totalRows() const;
    QByteArray toJson() const;
    // Checks the JSON (strictly: see StrictJson.h), the structure and every file name; throws
    // ErrorKind::InvalidInput naming `source` (where the manifest was read) and the field.
    static PackageManifest parse(const QByteArray& json, const QString& source = {});
};

class PackageArchive;

// A package after its signature and every file's hash were checked: nothing in it can be used
// before this succeeds. A folder, or one archive file.
struct VerifiedPackage
{
    QString location;
    PackageManifest manifest;
    QByteArray signerKey;
    std::shared_ptr<const PackageArchive> archive; // null for a folder

    // The file's bytes, read where they are: from the folder or straight from the archive,
    // refusing what verification refuses (a link, a FIFO, an entry longer than declared).
    std::unique_ptr<QIODevice> open(const PackageFile& file) const;
    // How messages name the file: its path in a folder, the entry and the archive otherwise.
    QString describe(const PackageFile& file) const;
};

namespace DataPackage {

// Writes a package (which must not exist yet) from CSV files: counts their data rows, hashes
// them, writes and signs the manifest. An `out` ending in ".tar" gives one archive file;
// anything else a folder with copies of the files.
PackageManifest build(const QString& outFolder, const QString& dataset, int schemaVersion, const QString& producer,
                      const QDate& retainUntil, const QStringList& csvFiles, const Ed25519SigningKey& key);

// The contents of manifest.sig for these manifest bytes.
QByteArray signManifest(const QByteArray& manifestJson, const Ed25519SigningKey& key);

// manifest.json and manifest.sig first: regular files, not links, at most 1 MiB and 4 KiB
// (ErrorKind::Integrity otherwise). Then the signature: Integrity for a malformed manifest.sig
// or a bad signature, Denied for an untrusted signer. Then the manifest (InvalidInput, see
// PackageManifest::parse) and every file: a plain regular file inside the folder or at the top
// of the archive, its size and SHA-256 as signed (Integrity otherwise).
VerifiedPackage verify(const QString& location, const QList<QByteArray>& trustedProducerKeys);

} // namespace DataPackage
} // namespace ecluse
