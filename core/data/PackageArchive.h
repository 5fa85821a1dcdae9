#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <vector>

class QIODevice;

namespace ecluse {

// A package delivered as one file: a tar archive (plain or compressed) or a zip, holding the
// same flat set of files as a package folder. Read through libarchive, straight from the
// archive: nothing is extracted to disk.
class PackageArchive
{
public:
    struct Entry
    {
        QString name;
        qint64 size = 0;
    };

    // Lists the entries; throws ErrorKind::Integrity for anything but plain files at the top
    // level (folders, links, devices, names with a path, duplicates).
    explicit PackageArchive(QString path);

    const std::vector<Entry>& entries() const { return m_entries; }
    const Entry* entry(const QString& name) const;
    QByteArray readAll(const QString& name, qint64 limit) const;
    // A sequential device over one entry's bytes.
    std::unique_ptr<QIODevice> open(const QString& name) const;

    // Writes an archive (pax tar) of the given files, each stored under its plain file name.
    static void write(const QString& path, const QStringList& files);

private:
    QString m_path;
    std::vector<Entry> m_entries;
};

} // namespace ecluse
