#pragma once

#include <QDate>

#include <cstdint>
#include <functional>

class QIODevice;

namespace ecluse {

// Synthetic claims that look like the real thing, from a seed: the same seed and size give the
// same bytes on every platform (own distributions over std::mt19937_64, no <random>
// distributions, whose output differs between standard libraries).
//
// A population drawn by department (weighted by size), an age pyramid, care use that grows with
// age and is higher for women, natures of service with their usual specialty, log-normal
// amounts, deaths among the old, and rare combinations (centenarians in small overseas
// departments, rare natures) so that disclosure control has work to do. Pseudonyms are 64
// hexadecimal characters from a keyed HMAC of a synthetic person number: never NIR-shaped.
class DemoDataGenerator
{
public:
    struct Options
    {
        qint64 rows = 100'000;
        std::uint64_t seed = 1;
        QDate firstCareDate = QDate(2024, 1, 1);
        QDate lastCareDate = QDate(2025, 12, 31);
    };

    // Called every so many rows with the number written; returning false stops early.
    using Progress = std::function<bool(qint64 rows)>;

    explicit DemoDataGenerator(Options options);

    // Writes the prestations CSV (header and `rows` rows) and, when damir is given, the
    // DAMIR-like aggregate of those same rows. Streams: memory does not grow with rows.
    void write(QIODevice& prestations, QIODevice* damir = nullptr, const Progress& progress = {});

private:
    Options m_options;
};

} // namespace ecluse
