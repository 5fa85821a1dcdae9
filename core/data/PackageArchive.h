#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <vector>

class QIODevice;

namespace ecluse {

// A package delivered as one file: a tar archive (plain or compressed) or a zip, holding the
// same flat set of files as a package folder. Read through libarchive, straight from the
// archive: nothing is extracted to disk. Only the decoders built into libarchive are enabled
// (gzip, bzip2, xz, zstd where present): an archive in any other compression is refused before
// any program could be run on it.
class PackageArchive
{
public:
    struct Entry
    {
        QString name;
        qint64 size = 0;
    };

    // Lists the entries; throws ErrorKind::InvalidInput for a file that is not an archive in a
    // format read here, ErrorKind::Integrity for a damaged one or for anything but plain files at
    // the top level (folders, links, devices, names with a path, duplicates).
    explicit PackageArchive(QString path);

    const std::vector<Entry>& entries() const { return m_entries; }
    const Entry* entry(const QString& name) const;
    // A small entry (the manifest, its signature), read whole: at most `limit` + 1 bytes are read
    // whatever its header says, and a larger entry is refused (ErrorKind::Integrity).
    QByteArray readAll(const QString& name, qint64 limit) const;
    // A sequential device over one entry's bytes, failing rather than yield more than the
    // entry's header declared.
    std::unique_ptr<QIODevice> open(const QString& name) const;
    // How messages name an entry: "claims.csv in package archive /path/package.tar".
    QString describe(const QString& name) const;

    // Writes an archive (pax tar) of the given files, each stored under its plain file name.
    static void write(const QString& path, const QStringList& files);

private:
    QString m_path;
    std::vector<Entry> m_entries;
};

} // namespace ecluse
