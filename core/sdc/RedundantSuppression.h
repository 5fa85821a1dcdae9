#pragma once

#include "sdc/Hypercube.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace ecluse {

struct AttackerPoint;
class ExactCertifier;
class TableRelations;
class TableShape;

// Trimming's last step, for a table alone: its wide margins (the grand total and the one-dimension
// margins) still suppressed are tried once more, with the attacker's linear program over the whole
// pattern (PatternProgram.h) where hypercubes and neighbourhoods find no proof. Their proofs spread
// over most of the table, where the neighbourhoods' dense simplex would cost seconds each. A pattern
// too wide for that program proves them with pairs of moves that cancel on the margin instead, and
// what those leave on a program over the slices through the margin (its category and the margin
// along the one dimension where it is not a margin), widened by the cells their proofs moved when
// they are few.
struct WideMargins
{
    const TableShape& shape;
    const TableRelations& relations;
    const std::vector<std::int64_t>& units;
    std::vector<int> cells; // dearest to hide first
    bool published = false; // set when the program's proofs published one of them
    // The attacker's tables those proofs rest on that still hold on the final pattern, for the
    // audit to check again and read before it solves (ProtectionAudit.h).
    std::vector<std::shared_ptr<const AttackerPoint>> points;
};

// What a pattern must protect, each quantity along a hypercube of suppressed cells (Hypercube.h):
// the primary cells rising (to the threshold, or by one for a dominance or p% cell) and, with
// tables published before, the cells whose difference with a wider one is small falling and the
// earlier primary cells rising (LinkedKnowledge.h).
struct PrimaryNeeds
{
    std::vector<bool> primary; // per cell: hidden whatever else is published
    std::vector<ProtectedQuantity> quantities;

    static std::int64_t rise(std::int64_t units, int threshold) { return riseNeeded(units, threshold); }
    // `primary` lists the cells a primary rule hides; the cells hidden for a small difference join them.
    static PrimaryNeeds of(std::vector<bool> primary, const std::vector<std::int64_t>& units, int threshold,
                           const LinkedKnowledge& linked = {});
};

// The hypercube method's cost of hiding each cell: its units, plus one so that an empty cell is
// not free to hide.
std::vector<std::int64_t> unitsHiddenCost(const std::vector<std::int64_t>& units);

// The hypercube method alone, as τ-Argus applies it: the quantities in order, each given the
// hypercube that costs least (`cost` per cell not hidden yet) when the cells already hidden do not
// protect it. Cells with a negative cost are never hidden (cells published before). Another starting point for
// publishRedundantCells, and the yardstick's baseline. nullopt when some quantity lies on no hypercube that protects
// it.
std::optional<std::vector<bool>> hypercubePattern(const HypercubeSearch& hypercubes, const PrimaryNeeds& needs,
                                                  const std::vector<std::int64_t>& cost,
                                                  const std::atomic_bool* cancel = nullptr);

// Publishes again the suppressed cells that no quantity needs: going through `order` (the
// dearest cells to hide first), a suppressed cell that is not primary is published when every
// quantity whose certificate went through it still finds one without it: a hypercube that
// reaches its need, or, with `exact`, the audit's linear program where no hypercube does (several
// partial moves together, which distinct counts often need). Every quantity keeps an exact
// certificate, so the pattern stays protected; the pattern found by secondary suppression is a
// starting point that over-suppresses (the elimination and the repairs each add cells that later
// ones make unnecessary).
//
// With `wide`, the wide margins go last, each proof the linear program over the whole pattern finds
// relying on the cells its attacker's table moves.
//
// Returns false, and leaves `suppressed` as it was, when some quantity has no certificate to start
// from (nothing is removed then, since only the audit could tell what its proof relies on).
// `progress`, when set, gets the share of `order` gone through (0 to 1).
bool publishRedundantCells(const HypercubeSearch& hypercubes, const PrimaryNeeds& needs, const std::vector<int>& order,
                           std::vector<bool>& suppressed, const std::atomic_bool* cancel = nullptr,
                           const std::function<void(double)>& progress = {}, ExactCertifier* exact = nullptr,
                           WideMargins* wide = nullptr);

} // namespace ecluse
