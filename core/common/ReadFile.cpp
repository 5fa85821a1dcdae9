#include "ReadFile.h"

#include "crypto/SecureBuffer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <openssl/crypto.h>

#include <algorithm>
#include <array>

#ifdef Q_OS_WIN
#include <cstdint>
#include <fcntl.h>
#include <io.h>
#include <windows.h>
#else
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace ecluse {
namespace {

// This file's messages, under the "ReadFile" context that lupdate files them in too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReadFile)
};

QString nameOf(const QString& path, const ReadRules& rules)
{
    return rules.name.isEmpty() ? QDir::toNativeSeparators(path) : rules.name;
}

[[noreturn]] void refuse(ErrorKind kind, const QString& message)
{
    throw Error(kind, message);
}

// A regular file, opened and checked. Reads go straight to the operating system: no buffer of
// ours or Qt's keeps a copy of the bytes.
class CheckedFile
{
public:
    CheckedFile(const QString& path, const ReadRules& rules);
    ~CheckedFile();
    CheckedFile(const CheckedFile&) = delete;
    CheckedFile& operator=(const CheckedFile&) = delete;

    qint64 size() const { return m_size; }
    // Bytes read (0 at the end); throws the refusal kind on a read error.
    qint64 read(char* into, qint64 maximum);
    // Hands the open file over to a QFile, which closes it.
    std::unique_ptr<QFile> release();

private:
    QString m_name;
    ErrorKind m_refusal;
    qint64 m_size = 0;
#ifdef Q_OS_WIN
    HANDLE m_handle = INVALID_HANDLE_VALUE;
#else
    int m_fd = -1;
#endif
};

#ifdef Q_OS_WIN

CheckedFile::CheckedFile(const QString& path, const ReadRules& rules)
    : m_name(nameOf(path, rules))
    , m_refusal(rules.refusal)
{
    // FILE_FLAG_OPEN_REPARSE_POINT opens a link itself rather than what it points to, so that it
    // is seen, and refused, below.
    DWORD flags = FILE_ATTRIBUTE_NORMAL | FILE_FLAG_SEQUENTIAL_SCAN;
    if (rules.links == LinkPolicy::Refuse)
        flags |= FILE_FLAG_OPEN_REPARSE_POINT;
    const std::wstring native = QDir::toNativeSeparators(path).toStdWString();
    m_handle = CreateFileW(native.c_str(), GENERIC_READ, FILE_SHARE_READ, nullptr, OPEN_EXISTING, flags, nullptr);
    if (m_handle == INVALID_HANDLE_VALUE) {
        const auto error = static_cast<int>(GetLastError()); // before Text::tr() may change it
        refuse(rules.missing, Text::tr("cannot open %1: %2").arg(m_name, qt_error_string(error)));
    }
    // The checks are made on the handle: what was opened is what is read. Pipes, consoles and
    // devices are not FILE_TYPE_DISK.
    BY_HANDLE_FILE_INFORMATION info{};
    if (GetFileType(m_handle) != FILE_TYPE_DISK || !GetFileInformationByHandle(m_handle, &info) ||
        (info.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY)) {
        CloseHandle(m_handle);
        refuse(m_refusal, Text::tr("%1 is not a regular file").arg(m_name));
    }
    if (rules.links == LinkPolicy::Refuse && (info.dwFileAttributes & FILE_ATTRIBUTE_REPARSE_POINT)) {
        CloseHandle(m_handle);
        refuse(m_refusal, Text::tr("%1 is a link, and links are refused here").arg(m_name));
    }
    m_size = static_cast<qint64>((static_cast<quint64>(info.nFileSizeHigh) << 32) | info.nFileSizeLow);
}

CheckedFile::~CheckedFile()
{
    if (m_handle != INVALID_HANDLE_VALUE)
        CloseHandle(m_handle);
}

qint64 CheckedFile::read(char* into, qint64 maximum)
{
    DWORD got = 0;
    const auto wanted = static_cast<DWORD>(std::min<qint64>(maximum, 1 << 20));
    if (!ReadFile(m_handle, into, wanted, &got, nullptr)) {
        const auto error = static_cast<int>(GetLastError());
        refuse(m_refusal, Text::tr("cannot read %1: %2").arg(m_name, qt_error_string(error)));
    }
    return got;
}

std::unique_ptr<QFile> CheckedFile::release()
{
    const int fd = _open_osfhandle(reinterpret_cast<intptr_t>(m_handle), _O_RDONLY | _O_BINARY);
    if (fd < 0)
        refuse(m_refusal, Text::tr("cannot read %1").arg(m_name));
    m_handle = INVALID_HANDLE_VALUE; // the descriptor owns it now
    auto file = std::make_unique<QFile>();
    if (!file->open(fd, QIODevice::ReadOnly | QIODevice::Unbuffered, QFileDevice::AutoCloseHandle)) {
        _close(fd);
        refuse(m_refusal, Text::tr("cannot read %1: %2").arg(m_name, file->errorString()));
    }
    return file;
}

#else

CheckedFile::CheckedFile(const QString& path, const ReadRules& rules)
    : m_name(nameOf(path, rules))
    , m_refusal(rules.refusal)
{
    const QByteArray native = QFile::encodeName(path);
    const bool refuseLinks = rules.links == LinkPolicy::Refuse;
    // A look by name first, so that a device is never even opened (opening some has effects).
    // It decides nothing: the file could change before open(), and the descriptor is checked
    // again below.
    struct stat status = {};
    if ((refuseLinks ? ::lstat(native.constData(), &status) : ::stat(native.constData(), &status)) != 0) {
        const int error = errno; // before Text::tr() may change it
        refuse(rules.missing, Text::tr("cannot open %1: %2").arg(m_name, qt_error_string(error)));
    }
    if (S_ISLNK(status.st_mode))
        refuse(m_refusal, Text::tr("%1 is a link, and links are refused here").arg(m_name));
    if (!S_ISREG(status.st_mode))
        refuse(m_refusal, Text::tr("%1 is not a regular file").arg(m_name));

    // O_NONBLOCK: a FIFO put in the file's place opens at once instead of waiting for a writer.
    // O_NOFOLLOW: a link put in its place fails to open.
    const int flags = O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK | (refuseLinks ? O_NOFOLLOW : 0);
    do {
        m_fd = ::open(native.constData(), flags);
    } while (m_fd < 0 && errno == EINTR);
    if (m_fd < 0) {
        const int error = errno;
        if (refuseLinks && error == ELOOP)
            refuse(m_refusal, Text::tr("%1 is a link, and links are refused here").arg(m_name));
        refuse(rules.missing, Text::tr("cannot open %1: %2").arg(m_name, qt_error_string(error)));
    }
    if (::fstat(m_fd, &status) != 0 || !S_ISREG(status.st_mode)) {
        ::close(m_fd);
        refuse(m_refusal, Text::tr("%1 is not a regular file").arg(m_name));
    }
    m_size = static_cast<qint64>(status.st_size);
}

CheckedFile::~CheckedFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

qint64 CheckedFile::read(char* into, qint64 maximum)
{
    for (;;) {
        const ssize_t got = ::read(m_fd, into, static_cast<std::size_t>(maximum));
        if (got >= 0)
            return got;
        if (const int error = errno; error != EINTR)
            refuse(m_refusal, Text::tr("cannot read %1: %2").arg(m_name, qt_error_string(error)));
    }
}

std::unique_ptr<QFile> CheckedFile::release()
{
    auto file = std::make_unique<QFile>();
    if (!file->open(m_fd, QIODevice::ReadOnly | QIODevice::Unbuffered, QFileDevice::AutoCloseHandle))
        refuse(m_refusal, Text::tr("cannot read %1: %2").arg(m_name, file->errorString()));
    m_fd = -1; // the QFile closes it now
    return file;
}

#endif

// The block a read passes through, cleansed however the read ends.
struct Scratch
{
    std::array<char, 16384> bytes;
    ~Scratch() { OPENSSL_cleanse(bytes.data(), bytes.size()); }
};

// Reads the whole file into `out`, stopping at limit + 1 bytes whatever the file's size said.
template <typename Sink>
void readBounded(CheckedFile& file, qint64 limit, const QString& name, ErrorKind refusal, Sink& out)
{
    const auto tooLarge = [&] {
        return Error(refusal, Text::tr("%1 is larger than %2").arg(name, byteSizeText(limit)));
    };
    if (file.size() > limit)
        throw tooLarge();
    Scratch scratch;
    qint64 total = 0;
    for (;;) {
        const qint64 got = file.read(scratch.bytes.data(),
                                     std::min<qint64>(static_cast<qint64>(scratch.bytes.size()), limit + 1 - total));
        if (got == 0)
            return;
        total += got;
        if (total > limit)
            throw tooLarge();
        out.append(scratch.bytes.data(), static_cast<std::size_t>(got));
    }
}

// QByteArray::append takes a qsizetype; SecureBuffer::append a std::size_t.
struct ByteArraySink
{
    QByteArray& bytes;
    void append(const char* data, std::size_t size) { bytes.append(data, static_cast<qsizetype>(size)); }
};

} // namespace

QByteArray readRegularFile(const QString& path, qint64 limit, const ReadRules& rules)
{
    CheckedFile file(path, rules);
    QByteArray bytes;
    bytes.reserve(std::min(file.size(), limit) + 1);
    ByteArraySink sink{bytes};
    readBounded(file, limit, nameOf(path, rules), rules.refusal, sink);
    return bytes;
}

SecureBuffer readSecretFile(const QString& path, qint64 limit, const ReadRules& rules)
{
    CheckedFile file(path, rules);
    SecureBuffer secret;
    readBounded(file, limit, nameOf(path, rules), rules.refusal, secret);
    return secret;
}

std::unique_ptr<QFile> openRegularFile(const QString& path, const ReadRules& rules)
{
    CheckedFile file(path, rules);
    return file.release();
}

QString byteSizeText(qint64 bytes)
{
    constexpr qint64 kibibyte = 1024;
    constexpr qint64 mebibyte = kibibyte * kibibyte;
    if (bytes >= mebibyte && bytes % mebibyte == 0)
        return Text::tr("%1 MiB").arg(bytes / mebibyte);
    if (bytes >= kibibyte && bytes % kibibyte == 0)
        return Text::tr("%1 KiB").arg(bytes / kibibyte);
    return bytes == 1 ? Text::tr("1 byte") : Text::tr("%1 bytes").arg(bytes);
}

} // namespace ecluse
