#pragma once

#include <QString>

#include <cstdint>
#include <vector>

namespace ecluse {

class Database;

// Which beneficiaries each release held, by the vault's own numbers: what the overlap check
// compares a new request with. Kept in the vault only, whatever store holds the requests.
class ReleasePopulations
{
public:
    explicit ReleasePopulations(Database& db);

    // Inside the caller's transaction, with the release record.
    void add(const QString& release, const std::vector<std::uint32_t>& beneficiaries);
    // Ascending.
    std::vector<std::uint32_t> of(const QString& release) const;

private:
    Database& m_db;
};

// How two populations (ascending, each value once) relate.
struct PopulationOverlap
{
    qint64 shared = 0;
    qint64 onlyFirst = 0;
    qint64 onlySecond = 0;
};
PopulationOverlap comparePopulations(const std::vector<std::uint32_t>& first, const std::vector<std::uint32_t>& second);

} // namespace ecluse
