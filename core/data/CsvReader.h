#pragma once

#include <QByteArray>

#include <string>
#include <string_view>
#include <vector>

class QIODevice;

namespace ecluse {

class Sha256;

// Streams RFC 4180 records (comma-separated, optional double quotes, "" inside quotes, CRLF or
// LF) from a device without holding the file in memory. Fields are views into an internal
// buffer, valid until the next call. Hashes every byte it reads when given a hash, so that an
// import can prove it read exactly the bytes whose digest was signed.
class CsvReader
{
public:
    explicit CsvReader(QIODevice& device, Sha256* hash = nullptr);

    // The next record, or false at the end of the input. Throws ErrorKind::InvalidInput naming
    // the line for an unterminated quote, a stray quote or invalid UTF-8.
    bool next(std::vector<std::string_view>& fields);
    // The line on which the record just read started (1 for the header).
    qint64 line() const { return m_recordLine; }

private:
    bool fill();
    [[noreturn]] void fail(const char* what) const;

    QIODevice& m_device;
    Sha256* m_hash;
    QByteArray m_buffer;
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
