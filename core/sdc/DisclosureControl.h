#pragma once

#include "sdc/DisclosureRules.h"
#include "sdc/Int128.h"
#include "sdc/LinkedKnowledge.h"
#include "sdc/TableShape.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <vector>

namespace ecluse {

enum class CellStatus : std::uint8_t
{
    Published,
    Primary,   // a primary rule fired on the cell itself
    Secondary, // suppressed so that no primary cell can be worked out from the others
};

enum class SuppressionRule : std::uint8_t
{
    None,
    Frequency,  // 1..threshold-1 units
    Zero,       // no unit, and policy holds zero cells disclosive
    Dominance,  // (n,k)-dominance on a magnitude
    PPercent,   // p% rule on a magnitude
    Linear,     // secondary: a primary cell was determined by published cells and margins
    SmallSum,   // secondary: the suppressed cells of a relation added up to less than the threshold
    Interval,   // secondary: added because a primary cell's feasible interval stayed below the threshold
    Difference, // primary: its difference with a wider cell published before is 1..threshold-1 units
};

// A magnitude (a sum such as an amount) over the cells of a table: per cell the total, and the
// largest per-unit contributions the dominance and p% rules need. Contributions are the absolute
// value of each unit's (beneficiary's) net sum in the cell, so a regularisation cannot hide a
// dominant contributor; absoluteTotal is the sum of those contributions. It is never shown, and
// it may exceed 64 bits where the cell's own sum does not (large amounts and their
// regularisations): 128 bits keep the rules exact there.
struct MagnitudeColumn
{
    std::vector<Int128> absoluteTotal; // per cell, at most MaxAbsoluteTotal
    int topCount = 2;                  // contributions kept per cell, largest first
    std::vector<std::int64_t> top;     // cell * topCount + rank, >= 0; 0 where fewer units
};

// Fewer than 2^32 rows of 64-bit amounts: every absolute total a vault's table can have, and a bound
// under which the rules' products (percentages times totals) stay exact in 128 bits.
inline constexpr Int128 MaxAbsoluteTotal = Int128{1} << 95;

// What disclosure control needs of a computed table: the number of units (distinct
// beneficiaries) of every cell, margins included, and the magnitudes to check for dominance.
struct DisclosureInput
{
    TableShape shape;
    std::vector<std::int64_t> units; // per cell
    std::vector<MagnitudeColumn> magnitudes;
    // What the user was published before (linked tables): cells known then are never hidden, and
    // the pattern protects this table's and the earlier tables' primary cells against both.
    LinkedKnowledge linked;
};

// How each protected quantity (a primary cell, mostly; LinkedKnowledge.h) was proven protected.
struct PrimaryCellProof
{
    int quantity = -1;                  // its index among the table's protected quantities
    int cell = -1;                      // the cell, when the quantity is one cell
    int direction = 1;                  // -1: the cell must be able to fall (a small difference with a wider cell)
    int sum = -1;                       // the earlier primary cell (LinkedKnowledge::hiddenPrimary), when it is one
    bool determinedByPublished = false; // exact arithmetic: is its value a combination of published cells?
    // The furthest its units can go in its direction under the table's relations (for a fall, the
    // lowest value).
    std::int64_t upperBound = 0;
    SuppressionRule rule = SuppressionRule::None; // the primary rule that fired
    // False when the audit stopped at the first feasible point reaching the threshold: upperBound is
    // then a value the cell can take, and its maximum may be larger still.
    bool upperBoundIsMaximum = true;
    bool unbounded = false;   // no upper bound at all (upperBound holds INT64_MAX)
    bool isProtected = false; // not determined, and the interval reaches the threshold (or is not a point)
};

struct DisclosureOutcome
{
    std::vector<CellStatus> status;    // per cell
    std::vector<SuppressionRule> rule; // per cell
    std::vector<PrimaryCellProof> proofs;
    int primaryCount = 0;
    int secondaryCount = 0;
};

// How far protectTable has got, for a progress bar: the stage it is in and the share of its whole
// work done, from 0 to 1, never decreasing. Reported on the calling thread, at most once per
// thousandth, so that a callback that posts to another thread costs nothing measurable.
struct DisclosureProgress
{
    enum class Stage
    {
        Suppression, // secondary suppression: the elimination over the table's cells, then publishing
                     // again what no primary cell needs
        Audit,       // proving each primary cell protected, round after round
    };
    Stage stage = Stage::Suppression;
    double done = 0;
};
using DisclosureProgressFunction = std::function<void(const DisclosureProgress&)>;

// Applies the primary rules, then secondary suppression, then audits the pattern: no suppressed
// primary cell may be determined by the published cells (exact rational arithmetic over the
// table's relations), and each one's feasible interval of units must reach the threshold.
// A pattern that fails the audit is suppressed further; if that cannot be proven either, throws
// ErrorKind::Other and nothing is shown. Deterministic: the same input gives the same pattern.
// `cancel`, when set, stops it between steps with ErrorKind::Other ("cancelled"); `progress`,
// when set, hears how far it has got.
DisclosureOutcome protectTable(const DisclosureInput& input, const DisclosureRules& rules,
                               const std::atomic_bool* cancel = nullptr,
                               const DisclosureProgressFunction& progress = {});

} // namespace ecluse
