#include "sdc/RedundantSuppression.h"

#include "common/Error.h"

#include <algorithm>

namespace ecluse {

namespace {

std::size_t at(int i)
{
    return static_cast<std::size_t>(i);
}

// Which primary cells' certificates go through each cell, kept up to date as certificates change.
class Certificates
{
public:
    explicit Certificates(int cells)
        : m_corners(at(cells))
        , m_usedBy(at(cells))
    {}

    const std::vector<int>& usedBy(int cell) const { return m_usedBy[at(cell)]; }

    void set(int primary, std::vector<int> corners)
    {
        for (int corner : m_corners[at(primary)]) {
            auto& users = m_usedBy[at(corner)];
            users.erase(std::find(users.begin(), users.end(), primary));
        }
        for (int corner : corners)
            m_usedBy[at(corner)].push_back(primary);
        m_corners[at(primary)] = std::move(corners);
    }

private:
    std::vector<std::vector<int>> m_corners; // per primary cell
    std::vector<std::vector<int>> m_usedBy;  // per cell
};

} // namespace

PrimaryNeeds PrimaryNeeds::of(std::vector<bool> primary, const std::vector<std::int64_t>& units, int threshold)
{
    PrimaryNeeds needs{std::move(primary), std::vector<std::int64_t>(units.size())};
    for (std::size_t c = 0; c < units.size(); ++c)
        needs.wanted[c] = rise(units[c], threshold);
    return needs;
}

std::vector<std::int64_t> unitsHiddenCost(const std::vector<std::int64_t>& units)
{
    std::vector<std::int64_t> cost(units.size());
    for (std::size_t c = 0; c < units.size(); ++c)
        cost[c] = units[c] + 1;
    return cost;
}

std::optional<std::vector<bool>> hypercubePattern(const HypercubeSearch& hypercubes, const PrimaryNeeds& needs,
                                                  const std::vector<std::int64_t>& cost, const std::atomic_bool* cancel)
{
    std::vector<bool> suppressed = needs.primary;
    for (std::size_t cell = 0; cell < suppressed.size(); ++cell) {
        if (!needs.primary[cell])
            continue;
        throwIfCancelled(cancel);
        const int index = static_cast<int>(cell);
        if (hypercubes.suppressed(suppressed, index, needs.wanted[cell]))
            continue;
        const auto cube = hypercubes.cheapest(suppressed, cost, index, needs.wanted[cell]);
        if (!cube)
            return std::nullopt;
        for (int corner : cube->corners)
            suppressed[at(corner)] = true;
    }
    return suppressed;
}

bool publishRedundantCells(const HypercubeSearch& hypercubes, const PrimaryNeeds& needs, const std::vector<int>& order,
                           std::vector<bool>& suppressed, const std::atomic_bool* cancel,
                           const std::function<void(double)>& progress)
{
    const auto certificate = [&](int cell) { return hypercubes.suppressed(suppressed, cell, needs.wanted[at(cell)]); };
    const int cells = static_cast<int>(suppressed.size());
    Certificates certificates(cells);
    for (int cell = 0; cell < cells; ++cell) {
        if (!needs.primary[at(cell)])
            continue;
        auto move = certificate(cell);
        if (!move)
            return false;
        certificates.set(cell, std::move(move->corners));
    }
    std::vector<std::pair<int, std::vector<int>>> replaced;
    for (std::size_t done = 0; done < order.size(); ++done) {
        const int cell = order[done];
        if (!suppressed[at(cell)] || needs.primary[at(cell)])
            continue;
        throwIfCancelled(cancel);
        if (progress)
            progress(static_cast<double>(done) / static_cast<double>(order.size()));
        suppressed[at(cell)] = false;
        replaced.clear();
        bool needed = false;
        for (int primary : certificates.usedBy(cell)) {
            auto move = certificate(primary);
            needed = !move.has_value();
            if (needed)
                break;
            replaced.emplace_back(primary, std::move(move->corners));
        }
        if (needed) {
            suppressed[at(cell)] = true;
            continue;
        }
        for (auto& [primary, corners] : replaced)
            certificates.set(primary, std::move(corners));
    }
    return true;
}

} // namespace ecluse
