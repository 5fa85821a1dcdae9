#include "sdc/RedundantSuppression.h"

#include "common/Error.h"
#include "sdc/Int128.h"
#include "sdc/PatternProgram.h"
#include "sdc/ProtectionAudit.h"
#include "sdc/ScaledPoint.h"
#include "sdc/TableShape.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <memory>
#include <numeric>
#include <unordered_set>

namespace ecluse {

namespace {

std::size_t at(int i)
{
    return static_cast<std::size_t>(i);
}

// A quantity's proof: a hypercube move (a cube or a chain), or an attacker's table found by a
// linear program (a neighbourhood's, the pattern's) or built from moves, with the cells it moves
// as the move's corners.
struct Certificate
{
    HypercubeMove move;
    std::shared_ptr<const AttackerPoint> point;

    static Certificate of(std::shared_ptr<const AttackerPoint> point)
    {
        Certificate certificate;
        certificate.move.corners = point->movedCells();
        certificate.point = std::move(point);
        return certificate;
    }
};

// Which quantities' certificates go through each cell, kept up to date as certificates change.
class Certificates
{
public:
    Certificates(int cells, std::size_t quantities)
        : m_certificates(quantities)
        , m_usedBy(at(cells))
    {}

    const std::vector<int>& usedBy(int cell) const { return m_usedBy[at(cell)]; }
    const Certificate& of(int quantity) const { return m_certificates[at(quantity)]; }

    void set(int quantity, Certificate certificate)
    {
        for (int corner : m_certificates[at(quantity)].move.corners) {
            auto& users = m_usedBy[at(corner)];
            users.erase(std::find(users.begin(), users.end(), quantity));
        }
        for (int corner : certificate.move.corners)
            m_usedBy[at(corner)].push_back(quantity);
        m_certificates[at(quantity)] = std::move(certificate);
    }

private:
    std::vector<Certificate> m_certificates; // per quantity
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

// The quantities left without a pair (compensatedMove: those that found none, and those not tried
// once the pairs gave up), when there are at most this many, get a program over the slices widened
// by the cells their proofs moved (for the grand total, which has no slices, over those cells
// alone), of up to MaxWidenedCells cells, else over the slices alone as before: a few quantities
// cost a few solves, even over 3,000 cells. Region x age band x sex x month publishes two more wide
// margins for it (the totals of regions 3 and 17, 7 -> 5 hidden), the 91,000-cell table six more
// (29 -> 23), neither at a measurable cost. Those programs took 12 to 544 simplex iterations there;
// they may spend 2 per cell (1 per cell gives the same patterns), and no less than the slices alone
// would have had: at most 8,000 for a margin, as before.
constexpr std::size_t MaxWidenedQuantities = 64;
constexpr std::size_t MaxWidenedCells = 3000;
constexpr int WidenedIterationsPerCell = 2;

// Pairs of moves that cancel on a margin (compensatedMove) are sought for a margin through which at
// most this many cells' proofs went, a bound on the work for one margin: on the 91,000-cell region
// x specialty x month x age band, before the slices were widened, 29 wide margins stayed hidden in
// 4.3 s (28 in 4.7 s with no bound, 43 in 2.7 s with 200); region x age band x sex x month needs 621
// at most.
constexpr std::size_t MaxCompensatedCells = 700;

// Past this many cells without such a pair, the margin gets no program over its slices unless few
// quantities are left (MaxWidenedQuantities): those published on region x age band x sex x month
// left the program at most 10 cells, the others 3 to 300, and the pairs cost 0.4 s there when
// sought for every cell.
constexpr std::size_t MaxUncompensated = 16;

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

// Adds to `slices` the suppressed cells each quantity's proof moves (where the proofs through a
// margin went, which its slices need not hold), and returns how many cells `slices` then holds.
std::size_t widenByProofs(std::vector<bool>& slices, const std::vector<int>& quantities,
                          const Certificates& certificates, const std::vector<bool>& suppressed)
{
    for (int quantity : quantities) {
        for (int corner : certificates.of(quantity).move.corners) {
            if (suppressed[at(corner)])
                slices[at(corner)] = true;
        }
    }
    return static_cast<std::size_t>(std::count(slices.begin(), slices.end(), true));
}

Int128 magnitude(Int128 value)
{
    return value < 0 ? -value : value;
}

// Per cell, how far an attacker's table moves it from the true one, over a common denominator.
struct Shifts
{
    std::map<int, Int128> numerators;
    std::int64_t denominator = 1;

    Int128 of(int cell) const
    {
        const auto found = numerators.find(cell);
        return found == numerators.end() ? 0 : found->second;
    }

    // A hypercube move's: a cube's corners by `amount` (at most its step), a chain's by what its
    // steps moved them in all (nothing for an unbounded chain, whose moves are not kept).
    static Shifts of(const HypercubeMove& move, std::int64_t amount)
    {
        Shifts shifts;
        if (!move.signs.empty()) {
            const std::int64_t step = move.unbounded ? amount : std::min(move.step, amount);
            for (std::size_t k = 0; k < move.corners.size(); ++k)
                shifts.numerators[move.corners[k]] += move.signs[k] * step;
        } else {
            for (std::size_t k = 0; k < move.moves.size(); ++k)
                shifts.numerators[move.corners[k]] += move.moves[k];
        }
        return shifts;
    }

    static Shifts of(const AttackerPoint& point, const std::vector<std::int64_t>& units)
    {
        Shifts shifts;
        shifts.denominator = point.denominator;
        for (const auto& [cell, numerator] : point.moved)
            shifts.numerators[cell] = Int128{numerator} - Int128{units[at(cell)]} * point.denominator;
        return shifts;
    }
};

// A proof of `quantity` for a pattern that publishes `margin`, from two moves of the pattern that
// hides it (`hiding`): one that lifts the quantity and moves the margin (its `proof`, where that
// still lifts it, else a hypercube or a chain), and one that moves the margin back and leaves the
// quantity's cell alone (a hypercube or a chain), scaled to cancel the first on the margin. Each
// holds alone; their sum, which may ask two moves for one cell's room, is checked exactly by
// `check` (the program over the pattern that publishes the margin, its known points only). Where a
// pattern is too wide for one program, this finds most of the proofs its wide margins need: they
// spread over the whole table, where the slices through a margin do not reach.
std::shared_ptr<const AttackerPoint> compensatedMove(const HypercubeSearch& hypercubes, std::vector<bool>& hiding,
                                                     int margin, const ProtectedQuantity& quantity,
                                                     const Certificate& proof, const std::vector<std::int64_t>& units,
                                                     PatternProgram& check)
{
    if (quantity.members.size() != 1 || quantity.direction <= 0)
        return nullptr;
    const int cell = quantity.members.front();
    // The lift: the cell's own proof, a move of this pattern still (every cell it moves is hidden),
    // else a hypercube or a chain found again.
    Shifts shifts;
    if (proof.point && proof.point->denominator >= 1 && proof.point->denominator <= ScaledPoint::MaxDenominator)
        shifts = Shifts::of(*proof.point, units);
    else if (!proof.point)
        shifts = Shifts::of(proof.move, quantity.wanted);
    if (shifts.of(cell) < Int128{quantity.wanted} * shifts.denominator) {
        if (const auto lift = hypercubes.suppressed(hiding, quantity, HypercubeSearch::Chains::Always))
            shifts = Shifts::of(*lift, quantity.wanted);
    }
    if (shifts.of(cell) < Int128{quantity.wanted} * shifts.denominator)
        return nullptr;
    // Plus the move back scaled to cancel the lift on the margin: |moved| / |its shift there|.
    if (const Int128 moved = shifts.of(margin); moved != 0) {
        const Int128 movedSize = magnitude(moved);
        const Int128 need = movedSize + shifts.denominator - 1; // whole units, rounded up
        const auto amount = narrowToInt64(need / shifts.denominator);
        if (!amount)
            return nullptr;
        hiding[at(cell)] = false;
        const auto back = hypercubes.suppressed(hiding, ProtectedQuantity{{margin}, moved > 0 ? -1 : 1, *amount},
                                                HypercubeSearch::Chains::WithoutLifts);
        hiding[at(cell)] = true;
        if (!back)
            return nullptr;
        const Shifts backShifts = Shifts::of(*back, *amount);
        const Int128 onMargin = backShifts.of(margin); // whole units
        const Int128 backSize = magnitude(onMargin);
        if (onMargin == 0 || (onMargin > 0) == (moved > 0) || backSize < *amount)
            return nullptr;
        // lift / d + (|moved| / (d |onMargin|)) back = (lift |onMargin| + |moved| back) / (d |onMargin|),
        // reduced by what the denominator and every numerator share.
        // Each factor below 2^60, so that no product or sum leaves 128 bits (a table may count
        // up to 2^62 units).
        constexpr Int128 Bound = Int128{1} << 60;
        const auto small = [&](const Shifts& of) {
            return std::all_of(of.numerators.begin(), of.numerators.end(),
                               [&](const auto& shift) { return magnitude(shift.second) < Bound; });
        };
        if (backSize >= Bound || movedSize >= Bound || !small(shifts) || !small(backShifts))
            return nullptr;
        for (auto& [moving, numerator] : shifts.numerators)
            numerator *= backSize;
        for (const auto& [moving, shift] : backShifts.numerators)
            shifts.numerators[moving] += movedSize * shift;
        Int128 denominator = backSize * shifts.denominator;
        Int128 common = denominator;
        for (const auto& [moving, numerator] : shifts.numerators)
            common = std::gcd(common, numerator); // Int128 is integral in the GNU dialect built here
        denominator /= common;
        if (denominator > ScaledPoint::MaxDenominator)
            return nullptr;
        for (auto& [moving, numerator] : shifts.numerators)
            numerator /= common;
        shifts.denominator = static_cast<std::int64_t>(denominator);
    }
    auto point = std::make_shared<AttackerPoint>();
    point->denominator = shifts.denominator;
    for (const auto& [moving, shift] : shifts.numerators) {
        const Int128 value = Int128{units[at(moving)]} * shifts.denominator + shift;
        if (value < 0 || value >= ScaledPoint::MaxNumerator)
            return nullptr;
        if (shift != 0)
            point->moved.emplace_back(moving, static_cast<std::int64_t>(value));
    }
    if (!check.witnesses({quantity}, PatternProgram::Stop::Never, {point}).front())
        return nullptr;
    return point;
}

// Trimming's last step (WideMargins). A quantity whose certificate went through the candidate seeks
// a hypercube or a chain without lifts, else a witness of the program: one solve proves several
// quantities where a lifted chain or a neighbourhood's simplex would be sought for each. The
// candidates not tried yet are held in the program, so that a witness found now rarely relies on
// them and stays valid when they are published; only a quantity that finds none that way may move
// them. Past PatternProgram's limit, a quantity first seeks two moves that cancel on the margin
// (compensatedMove), and those left get a program over the margin's slices (slicesThrough), widened
// by where their proofs went when they are few (widenByProofs), whose points hold in the whole
// table: the cells outside stay at their units.
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
    // Else the moves that cancel on a margin are checked on a program that never solves, each
    // margin held (published) from the moment it is tried.
    std::unique_ptr<PatternProgram> compensations;
    if (!whole)
        compensations = std::make_unique<PatternProgram>(wide.shape, wide.relations, wide.units, suppressed, 0);
    std::unique_ptr<PatternProgram> sliced;
    // Through the candidate, where no program holds the whole pattern and hypercubes leave cells,
    // widened by where their proofs went when few are left.
    std::vector<bool> slices;
    bool slicesFit = false;
    int sliceIterationsPerCell = WideIterationsPerCell;
    const auto programFor = [&](std::size_t i) -> PatternProgram* {
        if (whole)
            return whole.get();
        if (!sliced) {
            if (!slicesFit)
                return nullptr;
            sliced = std::make_unique<PatternProgram>(wide.shape, wide.relations, wide.units, slices,
                                                      sliceIterationsPerCell);
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
    std::vector<std::pair<int, Certificate>> replaced;
    std::vector<std::shared_ptr<const AttackerPoint>> found;
    std::unordered_set<const AttackerPoint*> kept; // in wide.points
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const int cell = candidates[i];
        throwIfCancelled(cancel);
        suppressed[at(cell)] = false;
        sliced.reset();
        sliceIterationsPerCell = WideIterationsPerCell;
        replaced.clear();
        found.clear();
        std::vector<int> lacking;
        for (int quantity : certificates.usedBy(cell)) {
            const ProtectedQuantity& wanted = needs.quantities[at(quantity)];
            if (auto move = hypercubes.suppressed(suppressed, wanted, HypercubeSearch::Chains::WithoutLifts))
                replaced.emplace_back(quantity, Certificate{std::move(*move), nullptr});
            else
                lacking.push_back(quantity);
        }
        std::size_t sliceCells = 0;
        if (!whole && !lacking.empty()) {
            slices = slicesThrough(wide.shape, cell, suppressed);
            sliceCells = static_cast<std::size_t>(std::count(slices.begin(), slices.end(), true));
            slicesFit = sliceCells > 0 && sliceCells <= MaxSliceCells;
        }
        // Where no program holds the whole pattern, two moves that cancel on the margin first.
        bool uncompensated = false;
        if (compensations)
            compensations->hold(cell);
        if (compensations && !lacking.empty() && lacking.size() <= MaxCompensatedCells) {
            std::vector<bool> hiding = suppressed;
            hiding[at(cell)] = true;
            // Without a program over the slices to take what they leave, the first failure is final
            // (unless few quantities are left then: below).
            const std::size_t allowed = slicesFit ? MaxUncompensated : 0;
            std::size_t failures = 0;
            std::erase_if(lacking, [&](int quantity) {
                if (failures > allowed)
                    return false;
                auto point = compensatedMove(hypercubes, hiding, cell, needs.quantities[at(quantity)],
                                             certificates.of(quantity), wide.units, *compensations);
                if (!point) {
                    ++failures;
                    return false;
                }
                replaced.emplace_back(quantity, Certificate::of(point));
                found.push_back(std::move(point));
                return true;
            });
            uncompensated = failures > allowed;
        }
        // When few are left, widen the slices by where their proofs went, even past the slices'
        // bound; where that is too wide, the slices alone stay.
        if (compensations && !lacking.empty() && lacking.size() <= MaxWidenedQuantities) {
            std::vector<bool> wider = slices;
            const std::size_t widerCells = widenByProofs(wider, lacking, certificates, suppressed);
            if (widerCells > 0 && widerCells <= MaxWidenedCells) {
                slices = std::move(wider);
                // What a program over the slices alone would have had, if any.
                const std::size_t slicesBudget =
                    slicesFit ? static_cast<std::size_t>(WideIterationsPerCell) * sliceCells : 0;
                sliceIterationsPerCell =
                    std::max(WidenedIterationsPerCell, static_cast<int>((slicesBudget + widerCells - 1) / widerCells));
                slicesFit = true;
                uncompensated = false;
            }
        }
        PatternProgram* program = lacking.empty() || uncompensated ? nullptr : programFor(i);
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
                    replaced.emplace_back(lacking[k], Certificate::of(witnesses[k]->point));
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
            if (compensations)
                compensations->release(cell);
            continue;
        }
        for (auto& [quantity, proof] : replaced)
            certificates.set(quantity, std::move(proof));
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
    const auto certificate = [&](int quantity) -> std::optional<Certificate> {
        const ProtectedQuantity& wanted = needs.quantities[at(quantity)];
        if (auto move = hypercubes.suppressed(suppressed, wanted, chains(quantity)))
            return Certificate{std::move(*move), nullptr};
        chainFailed[at(quantity)] = true;
        if (auto point = exact ? exact->witness(suppressed, wanted) : nullptr)
            return Certificate::of(std::move(point));
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
    std::vector<std::pair<int, Certificate>> replaced;
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
        for (auto& [quantity, proof] : replaced)
            certificates.set(quantity, std::move(proof));
    }
    if (wide)
        publishWideMargins(*wide, hypercubes, needs, certificates, suppressed, cancel);
    return true;
}

} // namespace ecluse
