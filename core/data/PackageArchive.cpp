#include "PackageArchive.h"

#include "common/Error.h"
#include "common/ReadFile.h"
#include "crypto/Wipe.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QSet>

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <array>

namespace ecluse {
namespace {

// This file's messages, under the "PackageArchive" context that lupdate files them in too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PackageArchive)
};

using ArchivePtr = std::unique_ptr<archive, decltype(&archive_read_free)>;

// libarchive's filters that decode in this process. Any other it knows (lrzip, lzop, grzip, and
// gzip, bzip2 or xz on a build without their library) runs a program found on PATH over bytes
// whose signature has not been checked yet; registering such a filter returns ARCHIVE_WARN, and
// it is never registered.
struct Decoder
{
    const char* name;
    int (*support)(archive*);
};

const std::vector<Decoder>& builtInDecoders()
{
    static const std::vector<Decoder> usable = [] {
        std::vector<Decoder> found;
        for (const Decoder& decoder :
             {Decoder{"gzip", archive_read_support_filter_gzip}, Decoder{"bzip2", archive_read_support_filter_bzip2},
              Decoder{"xz", archive_read_support_filter_xz}, Decoder{"zstd", archive_read_support_filter_zstd}}) {
            const ArchivePtr probe(archive_read_new(), &archive_read_free);
            if (decoder.support(probe.get()) == ARCHIVE_OK)
                found.push_back(decoder);
        }
        return found;
    }();
    return usable;
}

QString supportedFormats()
{
    QStringList names;
    for (const Decoder& decoder : builtInDecoders())
        names << QString::fromLatin1(decoder.name);
    return Text::tr("tar or zip, plain or compressed with %1").arg(names.join(QStringLiteral(", ")));
}

QString libarchiveError(archive* reader)
{
    const char* text = archive_error_string(reader);
    return text ? QString::fromLocal8Bit(text) : Text::tr("unknown error");
}

// An archive being read, and the checked file it reads from (which must outlive it).
struct Reader
{
    std::unique_ptr<QFile> file;
    ArchivePtr archive{nullptr, &archive_read_free};
};

Reader openForReading(const QString& path)
{
    Reader reader;
    // The file the administrator named: a link is followed, but only to a regular file, opened
    // without blocking (a FIFO would hang the import).
    reader.file = openRegularFile(path, {.name = Text::tr("package archive %1").arg(path)});
    reader.archive.reset(archive_read_new());
    for (const Decoder& decoder : builtInDecoders()) {
        if (decoder.support(reader.archive.get()) != ARCHIVE_OK)
            throw Error(ErrorKind::Other,
                        Text::tr("libarchive refused its %1 decoder").arg(QString::fromLatin1(decoder.name)));
    }
    archive_read_support_format_tar(reader.archive.get());
    archive_read_support_format_zip(reader.archive.get());
    // The format and the compression are recognised here, from the first bytes.
    if (archive_read_open_fd(reader.archive.get(), reader.file->handle(), 1 << 20) != ARCHIVE_OK)
        throw Error(ErrorKind::InvalidInput, Text::tr("%1 is not a package archive Écluse reads (%2): %3")
                                                 .arg(path, supportedFormats(), libarchiveError(reader.archive.get())));
    return reader;
}

// Streams one entry; the archive stays positioned on it for as long as the device lives. It
// yields no more bytes than the entry's header declared, the size that verification compares
// with the signed manifest: a zip's sizes are only checked by libarchive at the entry's end.
class EntryDevice final : public QIODevice
{
public:
    EntryDevice(Reader reader, qint64 declaredSize)
        : m_reader(std::move(reader))
        , m_remaining(declaredSize)
    {
        // Unbuffered: QIODevice's own buffer would keep a copy of the bytes that nothing wipes.
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        // One byte more than is left tells a header that understated its entry.
        const qint64 wanted = std::min(maxSize, m_remaining + 1);
        const la_ssize_t got = archive_read_data(m_reader.archive.get(), data, static_cast<std::size_t>(wanted));
        if (got < 0) {
            setErrorString(libarchiveError(m_reader.archive.get()));
            return -1;
        }
        if (got > m_remaining) {
            setErrorString(Text::tr("the entry holds more bytes than its header declares"));
            return -1;
        }
        m_remaining -= got;
        return got;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    Reader m_reader;
    qint64 m_remaining;
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
    Reader reader = openForReading(m_path);
    archive_entry* header = nullptr;
    QSet<QString> seen;
    int status = ARCHIVE_OK;
    while ((status = archive_read_next_header(reader.archive.get(), &header)) == ARCHIVE_OK) {
        const QString name = entryName(header);
        // Only plain files at the top: a folder, a link or a path could point outside.
        if (archive_entry_filetype(header) != AE_IFREG || name.contains(QLatin1Char('/')) ||
            name.contains(QLatin1Char('\\')) || name.startsWith(QLatin1Char('.')) || name.isEmpty())
            throw Error(ErrorKind::Integrity,
                        Text::tr("package archive %1: entry '%2' is not a plain file at the top of the archive")
                            .arg(m_path, name));
        if (seen.contains(name))
            throw Error(ErrorKind::Integrity,
                        Text::tr("package archive %1: entry '%2' appears twice").arg(m_path, name));
        seen.insert(name);
        m_entries.push_back({name, static_cast<qint64>(archive_entry_size(header))});
        archive_read_data_skip(reader.archive.get());
    }
    if (status != ARCHIVE_EOF)
        throw Error(ErrorKind::Integrity,
                    Text::tr("package archive %1 is damaged: %2").arg(m_path, libarchiveError(reader.archive.get())));
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
    const Entry* found = entry(name);
    if (!found)
        throw Error(ErrorKind::Integrity, Text::tr("package archive %1 has no entry '%2'").arg(m_path, name));
    Reader reader = openForReading(m_path);
    archive_entry* header = nullptr;
    while (archive_read_next_header(reader.archive.get(), &header) == ARCHIVE_OK) {
        if (entryName(header) == name)
            return std::make_unique<EntryDevice>(std::move(reader), found->size);
        archive_read_data_skip(reader.archive.get());
    }
    throw Error(ErrorKind::Integrity, Text::tr("package archive %1 has no entry '%2'").arg(m_path, name));
}

QString PackageArchive::describe(const QString& name) const
{
    return Text::tr("%1 in package archive %2").arg(name, m_path);
}

QByteArray PackageArchive::readAll(const QString& name, qint64 limit) const
{
    const Entry* found = entry(name);
    if (!found)
        throw Error(ErrorKind::InvalidInput, Text::tr("package archive %1 has no %2").arg(m_path, name));
    const Error tooLarge(ErrorKind::Integrity,
                         Text::tr("%1 is larger than %2").arg(describe(name), byteSizeText(limit)));
    if (found->size > limit)
        throw tooLarge;
    // At most limit + 1 bytes, whatever the header said.
    const std::unique_ptr<QIODevice> device = open(name);
    QByteArray bytes;
    std::array<char, 65536> chunk;
    for (;;) {
        const qint64 got =
            device->read(chunk.data(), std::min<qint64>(static_cast<qint64>(chunk.size()), limit + 1 - bytes.size()));
        if (got < 0)
            throw Error(ErrorKind::Integrity,
                        Text::tr("cannot read %1: %2").arg(describe(name), device->errorString()));
        if (got == 0)
            return bytes;
        bytes.append(chunk.data(), got);
        if (bytes.size() > limit)
            throw tooLarge;
    }
}

void PackageArchive::write(const QString& path, const QStringList& files)
{
    std::unique_ptr<archive, decltype(&archive_write_free)> writer(archive_write_new(), &archive_write_free);
    archive_write_set_format_pax_restricted(writer.get());
    if (archive_write_open_filename(writer.get(), QFile::encodeName(path).constData()) != ARCHIVE_OK)
        throw Error(
            ErrorKind::Other,
            Text::tr("cannot write %1: %2").arg(path, QString::fromLocal8Bit(archive_error_string(writer.get()))));
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (const QString& file : files) {
        const std::unique_ptr<QFile> in = openRegularFile(file);
        std::unique_ptr<archive_entry, decltype(&archive_entry_free)> header(archive_entry_new(), &archive_entry_free);
        archive_entry_set_pathname_utf8(header.get(), QFileInfo(file).fileName().toUtf8().constData());
        archive_entry_set_size(header.get(), in->size());
        archive_entry_set_filetype(header.get(), AE_IFREG);
        archive_entry_set_perm(header.get(), 0644);
        if (archive_write_header(writer.get(), header.get()) != ARCHIVE_OK)
            throw Error(
                ErrorKind::Other,
                Text::tr("cannot write %1: %2").arg(path, QString::fromLocal8Bit(archive_error_string(writer.get()))));
        for (qint64 got = 0; (got = in->read(buffer.data(), buffer.size())) > 0;) {
            if (archive_write_data(writer.get(), buffer.constData(), static_cast<std::size_t>(got)) != got)
                throw Error(ErrorKind::Other, Text::tr("cannot write %1").arg(path));
        }
    }
    wipe(buffer);
    if (archive_write_close(writer.get()) != ARCHIVE_OK)
        throw Error(ErrorKind::Other, Text::tr("cannot write %1").arg(path));
}

} // namespace ecluse
