#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <string>
#include <string_view>
#include <vector>

class QIODevice;

namespace ecluse {

class Sha256;

// Streams RFC 4180 records (comma-separated, optional double quotes, "" inside quotes, CRLF or
// LF) from a device without holding the file in memory. Fields are views into an internal
// buffer, valid until the next call. Hashes every byte it reads when given a hash, so that an
// import can prove it read exactly the bytes whose digest was signed. The bytes it held are
// wiped when it is destroyed, and its buffers never move (a reallocation would leave a copy).
class CsvReader
{
public:
    // `source` names the input in messages: a file's path, or an entry and its archive.
    CsvReader(QIODevice& device, QString source, Sha256* hash = nullptr);
    ~CsvReader();
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    // Names columns in messages by these names (the schema's), by number otherwise: the file's
    // own header is not trusted for that, since it may be a row of data.
    void nameColumns(QStringList names) { m_columnNames = std::move(names); }

    // The next record, or false at the end of the input. Throws ErrorKind::InvalidInput naming
    // the source, line and column for an unterminated quote, a stray quote, a record over 1 MiB
    // or invalid UTF-8, and never the field's value.
    bool next(std::vector<std::string_view>& fields);
    // The line on which the record just read started (1 for the header).
    qint64 line() const { return m_recordLine; }
    // How messages name a column: the name given to nameColumns(), or its number from 1.
    QString columnLabel(std::size_t index) const;
    const QString& source() const { return m_source; }

private:
    bool fill();
    [[noreturn]] void fail(const char* what, std::size_t column) const;

    QIODevice& m_device;
    QString m_source;
    QStringList m_columnNames;
    Sha256* m_hash;
    QByteArray m_buffer;   // allocated once, at its largest: a record plus one read
    qsizetype m_start = 0; // first unread byte
    qsizetype m_end = 0;   // one past the last valid byte
    bool m_eof = false;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    std::string m_unquoted; // backing store for fields that needed unescaping
    // Per-record scratch, kept to avoid allocating on every row: where each field is, and
    // whether it lives in m_unquoted.
    std::vector<std::pair<qsizetype, qsizetype>> m_spans;
    std::vector<char> m_quoted;
};

} // namespace ecluse
