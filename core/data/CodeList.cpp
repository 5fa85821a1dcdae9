#include "CodeList.h"

#include "common/Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QMutex>
#include <QStringDecoder>

#include <algorithm>
#include <map>
#include <memory>

// Q_INIT_RESOURCE declares an extern function, so it must run from the global namespace. The
// reference also makes the linker take the resource object out of the static ecluse_core archive,
// which nothing else refers to.
static void initCodeListResources()
{
    Q_INIT_RESOURCE(codelists);
}

namespace ecluse {

namespace {

// This file's messages, under the "CodeList" context that lupdate files them in too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CodeList)
};

// A code and its length in one word: bytes 0-6 hold the characters, byte 7 the length. Never 0
// for a non-empty code; 0 for anything that cannot be a code (empty, too long, not ASCII).
template <typename Char> std::uint64_t packCode(const Char* chars, std::size_t length) noexcept
{
    if (length == 0 || length > static_cast<std::size_t>(CodeList::MaxCodeLength))
        return 0;
    std::uint64_t key = static_cast<std::uint64_t>(length) << 56;
    for (std::size_t i = 0; i < length; ++i) {
        const auto c = static_cast<std::uint32_t>(chars[i]);
        if (c > 0x7f)
            return 0;
        key |= std::uint64_t{c} << (8 * i);
    }
    return key;
}

std::uint64_t packCode(std::string_view code) noexcept
{
    return packCode(reinterpret_cast<const unsigned char*>(code.data()), code.size());
}

std::uint64_t packCode(QStringView code) noexcept
{
    return packCode(code.utf16(), static_cast<std::size_t>(code.size()));
}

bool isCodeCharacter(QChar c)
{
    return c.unicode() > 0x20 && c.unicode() < 0x7f && c != u';';
}

// Lines of a small `a;b` CSV with a fixed header: strict, because these files define what
// the importer accepts.
struct CsvPair
{
    int line;
    QString first;
    QString second;
};

std::vector<CsvPair> readPairs(const QString& what, const QByteArray& csv, const QString& header)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(csv);
    if (decoder.hasError())
        throw Error(ErrorKind::InvalidInput, Text::tr("%1: not valid UTF-8").arg(what));

    std::vector<CsvPair> pairs;
    const QStringList lines = text.split(u'\n');
    bool headerSeen = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QStringView line = lines[i];
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        const int lineNumber = static_cast<int>(i + 1);
        if (!headerSeen) {
            if (line != header)
                throw Error(ErrorKind::InvalidInput,
                            Text::tr("%1, line %2: the header must be '%3'").arg(what).arg(lineNumber).arg(header));
            headerSeen = true;
            continue;
        }
        const qsizetype separator = line.indexOf(u';');
        if (separator < 0 || line.indexOf(u';', separator + 1) >= 0)
            throw Error(ErrorKind::InvalidInput,
                        Text::tr("%1, line %2: expected two fields separated by ';'").arg(what).arg(lineNumber));
        pairs.push_back({lineNumber, line.left(separator).toString(), line.mid(separator + 1).toString()});
    }
    if (!headerSeen)
        throw Error(ErrorKind::InvalidInput, Text::tr("%1: empty file").arg(what));
    return pairs;
}

QByteArray readResource(const QString& kind, QStringView name)
{
    static const bool initialised = (initCodeListResources(), true);
    Q_UNUSED(initialised);

    // Names come from the catalogue and the command line: keep them inside :/codelists/.
    const bool plain = !name.isEmpty() && std::all_of(name.begin(), name.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_';
    });
    QFile file(QStringLiteral(":/codelists/%1.csv").arg(name));
    if (!plain || !file.open(QIODevice::ReadOnly))
        throw Error(ErrorKind::Other, Text::tr("no built-in %1 named '%2'").arg(kind, name));
    return file.readAll();
}

// Built-in lists and mappings live as long as the process, so references to them stay valid.
template <typename T> class Registry
{
public:
    template <typename Load> const T& get(QStringView name, Load load)
    {
        const QMutexLocker locker(&m_mutex);
        const QString key = name.toString();
        auto it = m_items.find(key);
        if (it == m_items.end())
            it = m_items.emplace(key, std::make_unique<T>(load())).first;
        return *it->second;
    }

private:
    QMutex m_mutex;
    std::map<QString, std::unique_ptr<T>> m_items;
};

} // namespace

CodeList::CodeList(QString name, std::vector<Entry> entries)
    : m_name(std::move(name))
    , m_entries(std::move(entries))
{
    if (m_entries.empty())
        throw Error(ErrorKind::InvalidInput, Text::tr("code list %1 has no codes").arg(m_name));

    std::size_t capacity = 4;
    while (capacity < 2 * m_entries.size())
        capacity *= 2;
    m_slots.resize(capacity);
    m_shift = 64;
    for (std::size_t c = capacity; c > 1; c /= 2)
        --m_shift;

    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        const Entry& entry = m_entries[i];
        if (!std::all_of(entry.code.begin(), entry.code.end(), isCodeCharacter))
            throw Error(ErrorKind::InvalidInput,
                        Text::tr("code list %1: '%2' is not a valid code").arg(m_name, entry.code));
        const std::uint64_t key = packCode(QStringView(entry.code));
        if (key == 0)
            throw Error(ErrorKind::InvalidInput,
                        Text::tr("code list %1: code '%2' is empty or longer than %3 characters")
                            .arg(m_name, entry.code)
                            .arg(MaxCodeLength));
        if (entry.label.trimmed().isEmpty())
            throw Error(ErrorKind::InvalidInput,
                        Text::tr("code list %1: code '%2' has no label").arg(m_name, entry.code));
        if (find(key) >= 0)
            throw Error(ErrorKind::InvalidInput, Text::tr("code list %1: duplicate code '%2'").arg(m_name, entry.code));

        const std::size_t mask = m_slots.size() - 1;
        std::size_t slot = static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> m_shift);
        while (m_slots[slot].key != 0)
            slot = (slot + 1) & mask;
        m_slots[slot] = {key, static_cast<int>(i)};
    }
}

CodeList CodeList::parse(QString name, const QByteArray& csv)
{
    std::vector<Entry> entries;
    for (CsvPair& pair : readPairs(Text::tr("code list %1").arg(name), csv, QStringLiteral("code;label")))
        entries.push_back({std::move(pair.first), std::move(pair.second)});
    return CodeList(std::move(name), std::move(entries));
}

const CodeList& CodeList::builtin(QStringView name)
{
    static Registry<CodeList> registry;
    return registry.get(name, [name] { return parse(name.toString(), readResource(Text::tr("code list"), name)); });
}

int CodeList::find(std::uint64_t key) const noexcept
{
    if (key == 0)
        return -1;
    const std::size_t mask = m_slots.size() - 1;
    std::size_t slot = static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> m_shift);
    // At most half full: the probe always meets an empty slot.
    while (m_slots[slot].key != 0) {
        if (m_slots[slot].key == key)
            return m_slots[slot].index;
        slot = (slot + 1) & mask;
    }
    return -1;
}

int CodeList::indexOf(std::string_view code) const noexcept
{
    return find(packCode(code));
}

int CodeList::indexOf(QStringView code) const noexcept
{
    return find(packCode(code));
}

CodeMapping::CodeMapping(QString name, const CodeList& from, const CodeList& to, std::vector<int> target)
    : m_name(std::move(name))
    , m_from(&from)
    , m_to(&to)
    , m_target(std::move(target))
{}

CodeMapping CodeMapping::parse(QString name, const CodeList& from, const CodeList& to, const QByteArray& csv)
{
    const QString what = Text::tr("mapping %1").arg(name);
    std::vector<int> target(static_cast<std::size_t>(from.size()), -1);
    for (const CsvPair& pair : readPairs(what, csv, from.name() + u';' + to.name())) {
        const int source = from.indexOf(QStringView(pair.first));
        if (source < 0)
            throw Error(ErrorKind::InvalidInput, Text::tr("%1, line %2: '%3' is not in code list %4")
                                                     .arg(what)
                                                     .arg(pair.line)
                                                     .arg(pair.first, from.name()));
        const int destination = to.indexOf(QStringView(pair.second));
        if (destination < 0)
            throw Error(ErrorKind::InvalidInput, Text::tr("%1, line %2: '%3' is not in code list %4")
                                                     .arg(what)
                                                     .arg(pair.line)
                                                     .arg(pair.second, to.name()));
        int& slot = target[static_cast<std::size_t>(source)];
        if (slot >= 0)
            throw Error(ErrorKind::InvalidInput,
                        Text::tr("%1, line %2: '%3' is mapped twice").arg(what).arg(pair.line).arg(pair.first));
        slot = destination;
    }
    for (int i = 0; i < from.size(); ++i) {
        if (target[static_cast<std::size_t>(i)] < 0)
            throw Error(ErrorKind::InvalidInput, Text::tr("%1: '%2' has no target").arg(what, from.code(i)));
    }
    return CodeMapping(std::move(name), from, to, std::move(target));
}

bool CodeMapping::exists(QStringView name)
{
    static const bool initialised = (initCodeListResources(), true);
    Q_UNUSED(initialised);
    const bool plain = !name.isEmpty() && std::all_of(name.begin(), name.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_';
    });
    return plain && QFile::exists(QStringLiteral(":/codelists/%1.csv").arg(name));
}

const CodeMapping& CodeMapping::builtin(QStringView name)
{
    static Registry<CodeMapping> registry;
    return registry.get(name, [name] {
        const QByteArray csv = readResource(Text::tr("code mapping"), name);
        // The header names the two lists, so the file alone says what it maps.
        const QByteArray header = csv.left(csv.indexOf('\n')).trimmed();
        const qsizetype separator = header.indexOf(';');
        if (separator <= 0)
            throw Error(ErrorKind::Other, Text::tr("mapping %1: the header must name two code lists").arg(name));
        const CodeList& from = CodeList::builtin(QString::fromUtf8(header.left(separator)));
        const CodeList& to = CodeList::builtin(QString::fromUtf8(header.mid(separator + 1)));
        return parse(name.toString(), from, to, csv);
    });
}

} // namespace ecluse
