#include "PackageArchive.h"

#include "common/Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QSet>

#include <archive.h>
#include <archive_entry.h>

namespace ecluse {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ecluse::PackageArchive", text);
}

using ArchivePtr = std::unique_ptr<archive, decltype(&archive_read_free)>;

ArchivePtr openForReading(const QString& path)
{
    ArchivePtr reader(archive_read_new(), &archive_read_free);
    archive_read_support_filter_all(reader.get());
    archive_read_support_format_tar(reader.get());
    archive_read_support_format_zip(reader.get());
    if (archive_read_open_filename(reader.get(), QFile::encodeName(path).constData(), 1 << 20) != ARCHIVE_OK)
        throw Error(ErrorKind::InvalidInput,
                    tr("%1 is not a readable package archive: %2")
                        .arg(path, QString::fromLocal8Bit(archive_error_string(reader.get()))));
    return reader;
}

// Streams one entry; the archive stays positioned on it for as long as the device lives.
class EntryDevice final : public QIODevice
{
public:
    explicit EntryDevice(ArchivePtr reader)
        : m_reader(std::move(reader))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const la_ssize_t got = archive_read_data(m_reader.get(), data, static_cast<std::size_t>(maxSize));
        if (got < 0) {
            setErrorString(QString::fromLocal8Bit(archive_error_string(m_reader.get())));
            return -1;
        }
        return got;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    ArchivePtr m_reader;
};

QString entryName(archive_entry* header)
{
    const char* utf8 = archive_entry_pathname_utf8(header);
    return utf8 ? QString::fromUtf8(utf8) : QString::fromLocal8Bit(archive_entry_pathname(header));
}

} // namespace

PackageArchive::PackageArchive(QString path)
    : m_path(std::move(path))
{
    ArchivePtr reader = openForReading(m_path);
    archive_entry* header = nullptr;
    QSet<QString> seen;
    int status = ARCHIVE_OK;
    while ((status = archive_read_next_header(reader.get(), &header)) == ARCHIVE_OK) {
        const QString name = entryName(header);
        // Only plain files at the top: a folder, a link or a path could point outside.
        if (archive_entry_filetype(header) != AE_IFREG || name.contains(QLatin1Char('/')) ||
            name.contains(QLatin1Char('\\')) || name.startsWith(QLatin1Char('.')) || name.isEmpty())
            throw Error(
                ErrorKind::Integrity,
                tr("package archive %1: entry '%2' is not a plain file at the top of the archive").arg(m_path, name));
        if (seen.contains(name))
            throw Error(ErrorKind::Integrity, tr("package archive %1: entry '%2' appears twice").arg(m_path, name));
        seen.insert(name);
        m_entries.push_back({name, static_cast<qint64>(archive_entry_size(header))});
        archive_read_data_skip(reader.get());
    }
    if (status != ARCHIVE_EOF)
        throw Error(ErrorKind::Integrity, tr("package archive %1 is damaged: %2")
                                              .arg(m_path, QString::fromLocal8Bit(archive_error_string(reader.get()))));
}

const PackageArchive::Entry* PackageArchive::entry(const QString& name) const
{
    for (const Entry& candidate : m_entries) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

std::unique_ptr<QIODevice> PackageArchive::open(const QString& name) const
{
    ArchivePtr reader = openForReading(m_path);
    archive_entry* header = nullptr;
    while (archive_read_next_header(reader.get(), &header) == ARCHIVE_OK) {
        if (entryName(header) == name)
            return std::make_unique<EntryDevice>(std::move(reader));
        archive_read_data_skip(reader.get());
    }
    throw Error(ErrorKind::Integrity, tr("package archive %1 has no entry '%2'").arg(m_path, name));
}

QByteArray PackageArchive::readAll(const QString& name, qint64 limit) const
{
    const Entry* found = entry(name);
    if (!found)
        throw Error(ErrorKind::InvalidInput, tr("package archive %1 has no %2").arg(m_path, name));
    if (found->size > limit)
        throw Error(ErrorKind::InvalidInput, tr("package archive %1: %2 is too large").arg(m_path, name));
    return open(name)->readAll();
}

void PackageArchive::write(const QString& path, const QStringList& files)
{
    std::unique_ptr<archive, decltype(&archive_write_free)> writer(archive_write_new(), &archive_write_free);
    archive_write_set_format_pax_restricted(writer.get());
    if (archive_write_open_filename(writer.get(), QFile::encodeName(path).constData()) != ARCHIVE_OK)
        throw Error(ErrorKind::Other,
                    tr("cannot write %1: %2").arg(path, QString::fromLocal8Bit(archive_error_string(writer.get()))));
    for (const QString& file : files) {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly))
            throw Error(ErrorKind::InvalidInput, tr("cannot read %1: %2").arg(file, in.errorString()));
        std::unique_ptr<archive_entry, decltype(&archive_entry_free)> header(archive_entry_new(), &archive_entry_free);
        archive_entry_set_pathname_utf8(header.get(), QFileInfo(file).fileName().toUtf8().constData());
        archive_entry_set_size(header.get(), in.size());
        archive_entry_set_filetype(header.get(), AE_IFREG);
        archive_entry_set_perm(header.get(), 0644);
        if (archive_write_header(writer.get(), header.get()) != ARCHIVE_OK)
            throw Error(
                ErrorKind::Other,
                tr("cannot write %1: %2").arg(path, QString::fromLocal8Bit(archive_error_string(writer.get()))));
        QByteArray buffer(1 << 20, Qt::Uninitialized);
        for (qint64 got = 0; (got = in.read(buffer.data(), buffer.size())) > 0;) {
            if (archive_write_data(writer.get(), buffer.constData(), static_cast<std::size_t>(got)) != got)
                throw Error(ErrorKind::Other, tr("cannot write %1").arg(path));
        }
    }
    if (archive_write_close(writer.get()) != ARCHIVE_OK)
        throw Error(ErrorKind::Other, tr("cannot write %1").arg(path));
}

} // namespace ecluse
