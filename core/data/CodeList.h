#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <cstdint>
#include <string_view>
#include <vector>

namespace ecluse {

// A nomenclature of the SNDS (sex, department, nature of service...): ordered (code, label)
// entries. Codes are short ASCII strings as written in claims ("2A", "971", "1111"); the order
// of the file is the order users see.
class CodeList
{
public:
    struct Entry
    {
        QString code;
        QString label;
    };

    // Codes longer than this are refused: they fit one 64-bit key, so lookups never allocate.
    static constexpr int MaxCodeLength = 7;

    // Throws ErrorKind::InvalidInput for an empty, too long or duplicate code, or an empty label.
    CodeList(QString name, std::vector<Entry> entries);

    // UTF-8 `code;label` lines after a `code;label` header. Throws ErrorKind::InvalidInput
    // naming the list and the line.
    static CodeList parse(QString name, const QByteArray& csv);

    // The list shipped in :/codelists/<name>.csv, loaded once and kept for the life of the
    // process. Thread-safe. Throws ErrorKind::Other when there is no such list.
    static const CodeList& builtin(QStringView name);

    const QString& name() const noexcept { return m_name; }
    int size() const noexcept { return static_cast<int>(m_entries.size()); }

    // The index of `code`, or -1. On the import hot path: no allocation, a few probes.
    int indexOf(std::string_view code) const noexcept;
    int indexOf(QStringView code) const noexcept;
    bool contains(std::string_view code) const noexcept { return indexOf(code) >= 0; }

    // `index` must be in [0, size()).
    const QString& code(int index) const { return m_entries.at(static_cast<std::size_t>(index)).code; }
    const QString& label(int index) const { return m_entries.at(static_cast<std::size_t>(index)).label; }
    const std::vector<Entry>& entries() const noexcept { return m_entries; }

private:
    struct Slot
    {
        std::uint64_t key = 0; // 0 = empty: a packed code always has a non-zero length byte
        int index = -1;
    };

    int find(std::uint64_t key) const noexcept;

    QString m_name;
    std::vector<Entry> m_entries;
    std::vector<Slot> m_slots; // open addressing, power-of-two size, at most half full
    int m_shift = 64;
};

// Maps every code of one list to a code of another, e.g. department → region, by index.
// The file's header names the two lists: `departement;region`.
class CodeMapping
{
public:
    // Every code of `from` must appear exactly once, with a target that exists in `to`.
    // Throws ErrorKind::InvalidInput. Keeps references to both lists: they must outlive it.
    static CodeMapping parse(QString name, const CodeList& from, const CodeList& to, const QByteArray& csv);

    // :/codelists/<name>.csv over the built-in lists its header names. Thread-safe; throws
    // ErrorKind::Other when there is no such mapping.
    static const CodeMapping& builtin(QStringView name);
    // Whether a built-in mapping of that name is shipped (builtin() may still refuse it as broken).
    static bool exists(QStringView name);
    // The 2016 region of each department of residence (derives BEN_RES_REG from BEN_RES_DPT).
    static const CodeMapping& regionOfDepartment() { return builtin(u"departement_region"); }

    const QString& name() const noexcept { return m_name; }
    const CodeList& from() const noexcept { return *m_from; }
    const CodeList& to() const noexcept { return *m_to; }

    // The index in to() for an index of from(), or -1 when `fromIndex` is out of range.
    int map(int fromIndex) const noexcept
    {
        return fromIndex >= 0 && fromIndex < static_cast<int>(m_target.size())
                   ? m_target[static_cast<std::size_t>(fromIndex)]
                   : -1;
    }

private:
    CodeMapping(QString name, const CodeList& from, const CodeList& to, std::vector<int> target);

    QString m_name;
    const CodeList* m_from;
    const CodeList* m_to;
    std::vector<int> m_target;
};

} // namespace ecluse
