#include "sdc/RedundantSuppression.h"

#include "common/Error.h"
#include "sdc/PatternProgram.h"
#include "sdc/ProtectionAudit.h"
#include "sdc/TableShape.h"

#include <algorithm>
#include <memory>
#include <unordered_set>

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

// What trimming's last step may spend in the program's solves, per suppressed cell: enough for
// every margin of the demo's tables to be tried (department x age band x sex spends 1.3; four
// dimensions of distinct counts 6.5, 1,900 iterations of them on the first solve), and a bound on
// a pattern at the program's limit (20,000 iterations; about 60 us each at 850 cells).
constexpr int WideIterationsPerCell = 8;

// A program over the slices through a margin, in a pattern too wide for one over all of it, is
// built and solved afresh for that margin alone: beyond this many cells it costs more than the
// margin is worth (on region x age band x sex x month, the slices through a sex total hold 2,246
// suppressed cells and took 0.13 s; those through a month or a region, 400 to 850 cells, 5 to 40 ms).
constexpr std::size_t MaxSliceCells = 1000;

// The suppressed cells of the slices through a one-dimension margin along the dimension where it
// is not a margin (its category and that dimension's margin): where its proofs mostly lie, for a
// pattern too wide for one program. Empty for the grand total.
std::vector<bool> slicesThrough(const TableShape& shape, int margin, const std::vector<bool>& suppressed)
{
    int along = -1;
    for (int d = 0; d < shape.dimensionCount(); ++d) {
        if (!shape.isMargin(margin, d))
            along = d;
    }
    std::vector<bool> slices(suppressed.size(), false);
    if (along < 0)
        return slices;
    const int category = shape.coordinate(margin, along);
    for (std::size_t c = 0; c < suppressed.size(); ++c) {
        const int index = shape.coordinate(static_cast<int>(c), along);
        slices[c] = suppressed[c] && (index == category || index == shape.categories(along));
    }
    return slices;
}

// Trimming's last step (WideMargins). A quantity whose certificate went through the candidate seeks
// a hypercube or a chain without lifts, else a witness of the program: one solve proves several
// quantities where a lifted chain or a neighbourhood's simplex would be sought for each. The
// candidates not tried yet are held in the program, so that a witness found now rarely relies on
// them and stays valid when they are published; only a quantity that finds none that way may move
// them. Past PatternProgram's limit, each margin gets a program over its slices (slicesThrough),
// whose points hold in the whole table: the cells outside stay at their units.
void publishWideMargins(WideMargins& wide, const HypercubeSearch& hypercubes, const PrimaryNeeds& needs,
                        Certificates& certificates, std::vector<bool>& suppressed, const std::atomic_bool* cancel)
{
    std::vector<int> candidates;
    for (int cell : wide.cells) {
        if (suppressed[at(cell)] && !needs.primary[at(cell)])
            candidates.push_back(cell);
    }
    if (candidates.empty())
        return;
    // One program over the whole pattern where it suits; else, per margin, one over the slices
    // through it (the other cells at their units: its points hold in the whole table too).
    std::unique_ptr<PatternProgram> whole;
    if (PatternProgram::suits(static_cast<std::size_t>(std::count(suppressed.begin(), suppressed.end(), true)))) {
        whole =
            std::make_unique<PatternProgram>(wide.shape, wide.relations, wide.units, suppressed, WideIterationsPerCell);
        for (int cell : candidates)
            whole->hold(cell);
    }
    std::unique_ptr<PatternProgram> sliced;
    const auto programFor = [&](std::size_t i) -> PatternProgram* {
        if (whole)
            return whole.get();
        if (!sliced) {
            const std::vector<bool> slices = slicesThrough(wide.shape, candidates[i], suppressed);
            const auto cells = static_cast<std::size_t>(std::count(slices.begin(), slices.end(), true));
            if (cells == 0 || cells > MaxSliceCells)
                return nullptr;
            sliced =
                std::make_unique<PatternProgram>(wide.shape, wide.relations, wide.units, slices, WideIterationsPerCell);
            for (std::size_t later = i + 1; later < candidates.size(); ++later)
                sliced->hold(candidates[later]);
        }
        return sliced.get();
    };
    const auto releaseLater = [&](PatternProgram& program, std::size_t from, bool release) {
        for (std::size_t later = from; later < candidates.size(); ++later) {
            if (release)
                program.release(candidates[later]);
            else
                program.hold(candidates[later]);
        }
    };
    std::vector<std::pair<int, std::vector<int>>> replaced;
    std::vector<std::shared_ptr<const AttackerPoint>> found;
    std::unordered_set<const AttackerPoint*> kept; // in wide.points
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const int cell = candidates[i];
        throwIfCancelled(cancel);
        suppressed[at(cell)] = false;
        sliced.reset();
        replaced.clear();
        found.clear();
        std::vector<int> lacking;
        for (int quantity : certificates.usedBy(cell)) {
            const ProtectedQuantity& wanted = needs.quantities[at(quantity)];
            if (auto move = hypercubes.suppressed(suppressed, wanted, HypercubeSearch::Chains::WithoutLifts))
                replaced.emplace_back(quantity, std::move(move->corners));
            else
                lacking.push_back(quantity);
        }
        PatternProgram* program = lacking.empty() ? nullptr : programFor(i);
        for (bool laterMove : {false, true}) {
            if (lacking.empty() || !program)
                break;
            if (laterMove)
                releaseLater(*program, i + 1, true);
            std::vector<ProtectedQuantity> asked;
            for (int quantity : lacking)
                asked.push_back(needs.quantities[at(quantity)]);
            // The margin stays hidden unless every quantity finds a witness: past one that finds
            // none, the rest need not be sought (half the solves on the demo's tables).
            const auto witnesses = program->witnesses(asked, PatternProgram::Stop::AtFirstFailure);
            std::vector<int> still;
            for (std::size_t k = 0; k < lacking.size(); ++k) {
                if (witnesses[k]) {
                    replaced.emplace_back(lacking[k], witnesses[k]->point->movedCells());
                    found.push_back(witnesses[k]->point);
                } else {
                    still.push_back(lacking[k]);
                }
            }
            lacking = std::move(still);
            if (laterMove)
                releaseLater(*program, i + 1, false);
        }
        if (!lacking.empty()) {
            suppressed[at(cell)] = true;
            if (whole)
                whole->release(cell);
            continue;
        }
        for (auto& [quantity, corners] : replaced)
            certificates.set(quantity, std::move(corners));
        wide.published = true;
        for (auto& point : found) {
            if (kept.insert(point.get()).second)
                wide.points.push_back(std::move(point));
        }
    }
    // Those that still hold: a point that moves a cell published since proves nothing now.
    std::erase_if(wide.points, [&](const auto& point) {
        return std::any_of(point->moved.begin(), point->moved.end(),
                           [&](const auto& move) { return !suppressed[at(move.first)]; });
    });
}

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
                           const std::function<void(double)>& progress, ExactCertifier* exact, WideMargins* wide)
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
    if (wide)
        publishWideMargins(*wide, hypercubes, needs, certificates, suppressed, cancel);
    return true;
}

} // namespace ecluse
