#include "sdc/RedundantSuppression.h"

#include "common/Error.h"
#include "sdc/ProtectionAudit.h"

#include <algorithm>

namespace ecluse {

namespace {

std::size_t at(int i)
{
    return static_cast<std::size_t>(i);
}

// Which quantities' certificates go through each cell, kept up to date as certificates change.
class Certificates
{
public:
    Certificates(int cells, std::size_t quantities)
        : m_corners(quantities)
        , m_usedBy(at(cells))
    {}

    const std::vector<int>& usedBy(int cell) const { return m_usedBy[at(cell)]; }

    void set(int quantity, std::vector<int> corners)
    {
        for (int corner : m_corners[at(quantity)]) {
            auto& users = m_usedBy[at(corner)];
            users.erase(std::find(users.begin(), users.end(), quantity));
        }
        for (int corner : corners)
            m_usedBy[at(corner)].push_back(quantity);
        m_corners[at(quantity)] = std::move(corners);
    }

private:
    std::vector<std::vector<int>> m_corners; // per quantity
    std::vector<std::vector<int>> m_usedBy;  // per cell
};

} // namespace

PrimaryNeeds PrimaryNeeds::of(std::vector<bool> primary, const std::vector<std::int64_t>& units, int threshold,
                              const LinkedKnowledge& linked)
{
    PrimaryNeeds needs;
    needs.quantities = protectedQuantities(primary, units, threshold, linked);
    for (const ProtectedQuantity& quantity : needs.quantities) {
        if (quantity.direction < 0)
            primary[at(quantity.members.front())] = true;
    }
    needs.primary = std::move(primary);
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
    // One cube per quantity, as τ-Argus: a cube stays a proof as more cells are hidden, a chain
    // need not (each step takes the first cube that reaches its share, and more hidden cells can
    // change which one that is), and the trimming must find a proof for every quantity again.
    std::vector<bool> suppressed = needs.primary;
    for (const ProtectedQuantity& quantity : needs.quantities) {
        throwIfCancelled(cancel);
        if (hypercubes.suppressed(suppressed, quantity, HypercubeSearch::Chains::WithKnownSums))
            continue;
        const auto cube = hypercubes.cheapest(suppressed, cost, quantity);
        if (!cube)
            return std::nullopt;
        for (int corner : cube->corners)
            suppressed[at(corner)] = true;
    }
    return suppressed;
}

bool publishRedundantCells(const HypercubeSearch& hypercubes, const PrimaryNeeds& needs, const std::vector<int>& order,
                           std::vector<bool>& suppressed, const std::atomic_bool* cancel,
                           const std::function<void(double)>& progress, ExactCertifier* exact)
{
    // The cells a proof of the quantity goes through: a hypercube's corners, found in a few
    // operations, or a chain's, else what the linear program's proof relies on. Chains are
    // sought for a quantity until they fail once: the pattern only shrinks in this pass, leaving
    // them fewer cubes each time, and a chain that fails costs the most. Chains that raise
    // margins to make room (Hypercube.h) only in the last pass, with the linear program: they
    // rely on many cells, so that every cell tried would send many quantities to a new search.
    std::vector<char> chainFailed(needs.quantities.size());
    const auto chains = [&](int quantity) {
        if (chainFailed[at(quantity)])
            return HypercubeSearch::Chains::Never;
        return exact ? HypercubeSearch::Chains::Always : HypercubeSearch::Chains::WithoutLifts;
    };
    const auto certificate = [&](int quantity) -> std::optional<std::vector<int>> {
        const ProtectedQuantity& wanted = needs.quantities[at(quantity)];
        if (auto move = hypercubes.suppressed(suppressed, wanted, chains(quantity)))
            return std::move(move->corners);
        chainFailed[at(quantity)] = true;
        if (exact)
            return exact->reliedOn(suppressed, wanted);
        return std::nullopt;
    };
    const int cells = static_cast<int>(suppressed.size());
    Certificates certificates(cells, needs.quantities.size());
    for (std::size_t quantity = 0; quantity < needs.quantities.size(); ++quantity) {
        auto move = certificate(static_cast<int>(quantity));
        if (!move)
            return false;
        certificates.set(static_cast<int>(quantity), std::move(*move));
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
        for (int quantity : certificates.usedBy(cell)) {
            auto move = certificate(quantity);
            needed = !move.has_value();
            if (needed)
                break;
            replaced.emplace_back(quantity, std::move(*move));
        }
        if (needed) {
            suppressed[at(cell)] = true;
            continue;
        }
        for (auto& [quantity, corners] : replaced)
            certificates.set(quantity, std::move(corners));
    }
    return true;
}

} // namespace ecluse
