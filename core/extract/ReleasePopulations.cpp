#include "ReleasePopulations.h"

#include "storage/Database.h"

namespace ecluse {

ReleasePopulations::ReleasePopulations(Database& db)
    : m_db(db)
{}

void ReleasePopulations::add(const QString& release, const std::vector<std::uint32_t>& beneficiaries)
{
    Statement insert = m_db.prepare("INSERT INTO extract_release_members(release, beneficiary) VALUES(?, ?)");
    for (const std::uint32_t beneficiary : beneficiaries) {
        insert.reset();
        insert.bind(1, release).bind(2, static_cast<qint64>(beneficiary)).run();
    }
}

std::vector<std::uint32_t> ReleasePopulations::of(const QString& release) const
{
    Statement select =
        m_db.prepare("SELECT beneficiary FROM extract_release_members WHERE release = ? ORDER BY beneficiary");
    select.bind(1, release);
    std::vector<std::uint32_t> out;
    while (select.step())
        out.push_back(static_cast<std::uint32_t>(select.int64(0)));
    return out;
}

PopulationOverlap comparePopulations(const std::vector<std::uint32_t>& first, const std::vector<std::uint32_t>& second)
{
    PopulationOverlap overlap;
    auto a = first.begin();
    auto b = second.begin();
    while (a != first.end() && b != second.end()) {
        if (*a == *b) {
            ++overlap.shared;
            ++a;
            ++b;
        } else if (*a < *b) {
            ++overlap.onlyFirst;
            ++a;
        } else {
            ++overlap.onlySecond;
            ++b;
        }
    }
    overlap.onlyFirst += static_cast<qint64>(first.end() - a);
    overlap.onlySecond += static_cast<qint64>(second.end() - b);
    return overlap;
}

} // namespace ecluse
