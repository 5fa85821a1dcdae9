#include "PolicyFile.h"

#include "common/Error.h"
#include "common/ReadFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStringDecoder>

#include <algorithm>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <cerrno>
#include <sys/stat.h>
#endif

namespace ecluse {
namespace {

// This file's messages, under the "PolicyFile" context that lupdate files them in too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PolicyFile)
};

[[noreturn]] void refuse(const QString& why)
{
    throw Error(ErrorKind::Integrity, why);
}

// The keys of docs/POLICY.md are ASCII letters and digits; anything else is a typo or an
// encoding QSettings would have decoded (`%4D`, `Group\Key`).
bool isKeyName(const QString& key)
{
    if (key.isEmpty() || !key.front().isLetter())
        return false;
    return std::all_of(key.begin(), key.end(), [](QChar c) { return c.unicode() < 0x80 && c.isLetterOrNumber(); });
}

// One line's bytes as text: UTF-8 without control characters, tabs aside.
QString lineText(QByteArrayView bytes, int number)
{
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte == 0)
            refuse(Text::tr("line %1 holds a NUL byte: the file must be UTF-8 text (UTF-16 is not read)").arg(number));
        if ((byte < 0x20 && byte != '\t') || byte == 0x7f)
            refuse(Text::tr("line %1 holds a control character").arg(number));
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        refuse(Text::tr("line %1 is not UTF-8 text").arg(number));
    return text;
}

// True only when nothing at all is at `path`: no file, folder, link or anything else.
bool nothingAt(const QString& path)
{
#ifdef Q_OS_WIN
    const std::wstring native = QDir::toNativeSeparators(path).toStdWString();
    if (GetFileAttributesW(native.c_str()) != INVALID_FILE_ATTRIBUTES)
        return false;
    const DWORD error = GetLastError();
    return error == ERROR_FILE_NOT_FOUND || error == ERROR_PATH_NOT_FOUND;
#else
    struct stat status = {};
    return ::lstat(QFile::encodeName(path).constData(), &status) != 0 && errno == ENOENT;
#endif
}

} // namespace

QMap<QString, QString> parsePolicyFile(const QByteArray& bytes, PolicyFileLayout layout)
{
    QByteArrayView rest(bytes);
    if (rest.startsWith("\xff\xfe") || rest.startsWith("\xfe\xff"))
        refuse(Text::tr("the file is UTF-16 text: save it as UTF-8"));
    if (rest.startsWith("\xef\xbb\xbf")) // the UTF-8 byte order mark some editors write
        rest = rest.sliced(3);

    QMap<QString, QString> values;
    QMap<QString, int> lineOfKey;
    bool inPolicyKeys = layout == PolicyFileLayout::TopLevel;
    int number = 0;
    while (!rest.isEmpty()) {
        ++number;
        const qsizetype end = rest.indexOf('\n');
        QByteArrayView raw = end < 0 ? rest : rest.first(end);
        rest = end < 0 ? QByteArrayView() : rest.sliced(end + 1);
        if (raw.endsWith('\r'))
            raw.chop(1);
        const QString line = lineText(raw, number).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char(';')) || line.startsWith(QLatin1Char('#')))
            continue;

        if (line.startsWith(QLatin1Char('['))) {
            if (!line.endsWith(QLatin1Char(']')))
                refuse(Text::tr("line %1: a section header must end with ']'").arg(number));
            const QString section = line.mid(1, line.size() - 2).trimmed();
            if (layout == PolicyFileLayout::PolicySection)
                inPolicyKeys = section == QLatin1String("Policy");
            else if (layout == PolicyFileLayout::InterfaceSection)
                inPolicyKeys = section == QLatin1String("Interface");
            else if (section != QLatin1String("General"))
                refuse(
                    Text::tr("line %1: section [%2]: managed policy keys go at the top of the file, under no section")
                        .arg(QString::number(number), section));
            continue;
        }
        if (!inPolicyKeys)
            continue;

        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals < 0)
            refuse(Text::tr("line %1 is not Key=value").arg(number));
        const QString key = line.left(equals).trimmed();
        const QString value = line.mid(equals + 1).trimmed();
        if (!isKeyName(key))
            refuse(Text::tr("line %1: '%2' is not a key name (ASCII letters and digits)")
                       .arg(QString::number(number), key));
        if (value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\\')))
            refuse(Text::tr("line %1: %2: quotes and backslashes are not read in values; write the value as it is")
                       .arg(QString::number(number), key));
        if (value.contains(QLatin1Char(';')))
            refuse(Text::tr("line %1: %2: a comment must be on a line of its own, starting with ';' or '#'")
                       .arg(QString::number(number), key));
        if (const auto previous = lineOfKey.constFind(key); previous != lineOfKey.cend())
            refuse(Text::tr("line %1: %2 is already set on line %3")
                       .arg(QString::number(number), key, QString::number(*previous)));
        lineOfKey.insert(key, number);
        values.insert(key, value);
    }
    return values;
}

std::optional<QByteArray> readPolicyFile(const QString& path)
{
    // Only a path where nothing exists means "no policy". A link leading nowhere, or a folder on
    // the way that cannot be searched, is something there that cannot be read.
    if (nothingAt(path))
        return std::nullopt;
    return readRegularFile(path, maximumPolicyFileSize,
                           {LinkPolicy::Follow, ErrorKind::Integrity, ErrorKind::Integrity, Text::tr("the file")});
}

} // namespace ecluse
