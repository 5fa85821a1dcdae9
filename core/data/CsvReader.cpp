#include "CsvReader.h"

#include "common/Error.h"
#include "crypto/Digest.h"
#include "crypto/Wipe.h"

#include <QCoreApplication>
#include <QIODevice>

#include <cstring>

namespace ecluse {
namespace {

// This file's messages, under the "CsvReader" context that lupdate files them in too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
};

constexpr qsizetype chunkSize = 1 << 20;
constexpr qsizetype maximumRecord = 1 << 20; // a record larger than this is not a claims row
// What is kept of a record being scanned, plus a read: the buffer never needs to grow.
constexpr qsizetype bufferCapacity = maximumRecord + chunkSize;

// Strict UTF-8 check (no overlongs, no surrogates); ASCII fast path first.
bool isValidUtf8(std::string_view text)
{
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const auto* end = p + text.size();
    while (p < end) {
        if (*p < 0x80) {
            ++p;
            continue;
        }
        int extra = 0;
        unsigned min = 0;
        unsigned code = 0;
        if ((*p & 0xe0) == 0xc0) {
            extra = 1, min = 0x80, code = *p & 0x1f;
        } else if ((*p & 0xf0) == 0xe0) {
            extra = 2, min = 0x800, code = *p & 0x0f;
        } else if ((*p & 0xf8) == 0xf0) {
            extra = 3, min = 0x10000, code = *p & 0x07;
        } else {
            return false;
        }
        if (end - p <= extra)
            return false;
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xc0) != 0x80)
                return false;
            code = (code << 6) | (p[i] & 0x3f);
        }
        if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
            return false;
        p += extra + 1;
    }
    return true;
}

} // namespace

CsvReader::CsvReader(QIODevice& device, QString source, Sha256* hash)
    : m_device(device)
    , m_source(std::move(source))
    , m_hash(hash)
    , m_buffer(bufferCapacity, Qt::Uninitialized)
{}

CsvReader::~CsvReader()
{
    wipe(m_buffer);
    wipe(m_unquoted);
}

QString CsvReader::columnLabel(std::size_t index) const
{
    if (index < static_cast<std::size_t>(m_columnNames.size()))
        return m_columnNames[static_cast<qsizetype>(index)];
    return QString::number(index + 1);
}

void CsvReader::fail(const char* what, std::size_t column) const
{
    throw Error(ErrorKind::InvalidInput, Text::tr("%1, line %2, column %3: %4")
                                             .arg(m_source)
                                             .arg(m_recordLine)
                                             .arg(columnLabel(column), Text::tr(what)));
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    // Keep the unread tail, then append a chunk. next() refuses a record before its tail could
    // outgrow the buffer.
    const qsizetype tail = m_end - m_start;
    if (tail + chunkSize > m_buffer.size())
        fail(QT_TRANSLATE_NOOP("CsvReader", "record too long"), m_spans.size());
    if (m_start > 0 && tail > 0)
        std::memmove(m_buffer.data(), m_buffer.constData() + m_start, static_cast<std::size_t>(tail));
    m_start = 0;
    m_end = tail;
    const qint64 got = m_device.read(m_buffer.data() + m_end, chunkSize);
    if (got < 0)
        throw Error(ErrorKind::InvalidInput, Text::tr("cannot read %1: %2").arg(m_source, m_device.errorString()));
    if (got == 0) {
        m_eof = true;
        return false;
    }
    if (m_hash)
        m_hash->addData(QByteArrayView(m_buffer.constData() + m_end, got));
    m_end += got;
    return true;
}

bool CsvReader::next(std::vector<std::string_view>& fields)
{
    for (;;) {
        fields.clear();
        m_unquoted.clear();
        m_recordLine = m_line;
        // Scan one whole record in the buffer; if it runs off the end, refill and rescan.
        if (m_start >= m_end && m_eof)
            return false;
        const char* data = m_buffer.constData();
        qsizetype pos = m_start;
        qint64 lines = 0;
        bool complete = false;
        auto& spans = m_spans;
        auto& quoted = m_quoted;
        spans.clear();
        quoted.clear();
        while (pos <= m_end) {
            if (pos < m_end && data[pos] == '"') {
                // Quoted field: copy, undoubling quotes. The copy gets all the room it can ever need
                // at once (it holds less than the buffer), so that it never moves and leaves the
                // bytes behind; reserved while still empty, at the record's first quoted field.
                if (m_unquoted.capacity() < static_cast<std::size_t>(bufferCapacity))
                    m_unquoted.reserve(static_cast<std::size_t>(bufferCapacity));
                const std::size_t from = m_unquoted.size();
                ++pos;
                bool closed = false;
                while (pos < m_end) {
                    if (data[pos] == '"') {
                        if (pos + 1 < m_end && data[pos + 1] == '"') {
                            m_unquoted.push_back('"');
                            pos += 2;
                            continue;
                        }
                        if (pos + 1 == m_end && !m_eof)
                            break; // cannot tell yet whether a quote follows
                        closed = true;
                        ++pos;
                        break;
                    }
                    if (data[pos] == '\n')
                        ++lines;
                    m_unquoted.push_back(data[pos++]);
                }
                if (!closed) {
                    if (m_eof)
                        fail(QT_TRANSLATE_NOOP("CsvReader", "unterminated quoted field"), spans.size());
                    break; // need more input
                }
                spans.emplace_back(static_cast<qsizetype>(from), static_cast<qsizetype>(m_unquoted.size() - from));
                quoted.push_back(1);
                if (pos < m_end && data[pos] != ',' && data[pos] != '\n' && data[pos] != '\r')
                    fail(QT_TRANSLATE_NOOP("CsvReader", "unexpected character after a closing quote"),
                         spans.size() - 1);
            } else {
                const qsizetype begin = pos;
                while (pos < m_end && data[pos] != ',' && data[pos] != '\n' && data[pos] != '"')
                    ++pos;
                if (pos < m_end && data[pos] == '"')
                    fail(QT_TRANSLATE_NOOP("CsvReader", "a quote inside an unquoted field"), spans.size());
                qsizetype length = pos - begin;
                if (pos == m_end && !m_eof)
                    break; // the field may continue in the next chunk
                if ((pos < m_end && data[pos] == '\n') || pos == m_end) {
                    if (length > 0 && data[begin + length - 1] == '\r')
                        --length;
                }
                spans.emplace_back(begin, length);
                quoted.push_back(0);
            }
            if (pos < m_end && data[pos] == ',') {
                ++pos;
                if (pos == m_end && !m_eof)
                    break;
                continue;
            }
            if (pos < m_end && data[pos] == '\r')
                ++pos;
            if (pos < m_end && data[pos] == '\n') {
                ++pos;
                ++lines;
                complete = true;
                break;
            }
            if (pos >= m_end && m_eof) {
                complete = !spans.empty();
                break;
            }
            if (pos >= m_end)
                break;
        }
        if (!complete) {
            if (m_eof && m_start >= m_end)
                return false;
            if (m_end - m_start > maximumRecord)
                fail(QT_TRANSLATE_NOOP("CsvReader", "record too long"), spans.size());
            if (!fill() && m_start >= m_end)
                return false;
            continue;
        }
        m_start = pos;
        m_line += lines;
        for (std::size_t i = 0; i < spans.size(); ++i) {
            const std::string_view field =
                quoted[i]
                    ? std::string_view(m_unquoted)
                          .substr(static_cast<std::size_t>(spans[i].first), static_cast<std::size_t>(spans[i].second))
                    : std::string_view(data + spans[i].first, static_cast<std::size_t>(spans[i].second));
            if (!isValidUtf8(field))
                fail(QT_TRANSLATE_NOOP("CsvReader", "invalid UTF-8"), i);
            fields.push_back(field);
        }
        return true;
    }
}

} // namespace ecluse
