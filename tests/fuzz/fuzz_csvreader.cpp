// CsvReader on any bytes, read twice: at once from a buffer, and from a device that hands out a
// few bytes at a time, as libarchive's entry device does. Both must give the same records or
// fail on the same line, and a file read to its end must have been hashed whole: the import
// relies on that hash to prove it read the bytes that were signed.
#include "FuzzSupport.h"

#include "crypto/Digest.h"
#include "data/CsvReader.h"

#include <QBuffer>
#include <QIODevice>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

namespace {

using namespace ecluse;

// A sequential device that returns at most `step` bytes per read.
class TrickleDevice final : public QIODevice
{
public:
    TrickleDevice(const QByteArray& data, qint64 step)
        : m_data(data)
        , m_step(step)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* out, qint64 maxSize) override
    {
        const qint64 count = std::min({maxSize, m_step, static_cast<qint64>(m_data.size()) - m_position});
        std::copy_n(m_data.constData() + m_position, count, out);
        m_position += count;
        return count;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    const QByteArray& m_data;
    qint64 m_step;
    qint64 m_position = 0;
};

struct Outcome
{
    std::vector<std::vector<std::string>> records;
    std::vector<qint64> lines;
    std::optional<QString> error;
    QByteArray hashAtEnd; // empty unless the reader reached the end
};

Outcome readAll(QIODevice& device)
{
    Outcome outcome;
    Sha256 hash;
    try {
        CsvReader reader(device, QStringLiteral("input.csv"), &hash);
        std::vector<std::string_view> fields;
        while (reader.next(fields)) {
            outcome.records.emplace_back(fields.begin(), fields.end());
            outcome.lines.push_back(reader.line());
        }
        outcome.hashAtEnd = hash.result();
    } catch (const Error& error) {
        outcome.error = error.message();
    }
    return outcome;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);

    QBuffer whole;
    whole.setData(input);
    whole.open(QIODevice::ReadOnly);
    const Outcome once = readAll(whole);

    // The step comes from the input so that libFuzzer explores it too, and stays small so that
    // records straddle reads.
    TrickleDevice trickle(input, 1 + static_cast<qint64>(size % 7));
    const Outcome trickled = readAll(trickle);

    if (once.records != trickled.records || once.lines != trickled.lines || once.error != trickled.error)
        fuzz::abortWith("the records depend on how the device delivers the bytes");
    if (!once.error && once.hashAtEnd != sha256(input))
        fuzz::abortWith("the reader reached the end without hashing every byte");
    return 0;
}
