#pragma once

#include "sdc/DisclosureControl.h"
#include "sdc/LinkedKnowledge.h"
#include "sdc/TableRelations.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace ecluse {

struct AttackerPoint;

// The most units a table may count, all cells together: any sum of cells, and a cell plus one,
// then stays within 64 bits throughout disclosure control. A vault's dataset holds fewer than 2^32
// rows and a table at most 2^29 cells, so a computed table counts less than 2^61.
inline constexpr std::int64_t MaxTableUnits = std::int64_t{1} << 62;

// Throws ErrorKind::InvalidInput when a count is negative or all of them add up to more than
// MaxTableUnits.
void requireCountableUnits(const std::vector<std::int64_t>& units);

// What trimming's last step left for the audit when it published wide margins on the attacker's
// program over the whole pattern (RedundantSuppression.h): the attacker's tables its proofs rest
// on, which the audit reads before it solves again.
struct WholePatternPoints
{
    std::vector<std::shared_ptr<const AttackerPoint>> points;
};

// The range of values a cell's units can take given the published cells, the table's relations
// and units >= 0 (exact rational linear programming; bounds rounded inwards to integers).
struct UnitsInterval
{
    std::int64_t lower = 0;
    std::int64_t upper = 0;
    bool unbounded = false; // no upper bound; `upper` is then meaningless
};

// What an attacker who sees every published cell of `units` can say of `cell`. Relations whose
// true values are additive (margin == sum) are equalities; where the units are not additive
// (margin < sum: a beneficiary counted in several months) the attacker only knows
// each member <= margin <= sum, and so does this function.
// `knowledge`: what the user knew before (LinkedKnowledge.h), which the attacker adds.
UnitsInterval feasibleUnitsInterval(const TableShape& shape, const std::vector<std::int64_t>& units,
                                    const std::vector<bool>& suppressed, int cell,
                                    const LinkedKnowledge& knowledge = {});

// The quantities auditProtection proves, in its order (its `only` indexes them): the primary
// cells a primary rule hid rising, and what protectedQuantities adds with `knowledge`.
std::vector<ProtectedQuantity> auditedQuantities(const std::vector<std::int64_t>& units,
                                                 const std::vector<CellStatus>& status,
                                                 const std::vector<SuppressionRule>& rule, int threshold,
                                                 const LinkedKnowledge& knowledge = {});

// The protection audit, re-derived from the final pattern alone (it shares nothing with the
// suppression code but the list of relations, and the attacker's tables trimming found, which it
// checks exactly as its own). What it proves are the quantities of
// protectedQuantities (LinkedKnowledge.h): the primary cells rising, and with `knowledge`, the
// cells whose difference with a wider earlier cell is small falling and the earlier primary cells
// rising, the attacker knowing the earlier tables' published cells too. Each quantity is first
// sought on a hypercube of suppressed cells (Hypercube.h: an exact certificate found in a few
// operations); only where none exists does the exact linear program run, unless `hypercubesOnly`,
// for the intermediate rounds of secondary suppression, where a missing hypercube simply means
// more suppression.
// One proof per quantity, in their order (cell order, then the earlier primary cells).
// `rule` gives each cell's primary rule (None for cells that are not primary). `only`, when not
// empty, restricts the audit to those quantities (indexes in that order). `progress`, when set,
// gets the share of the quantities to audit done so far (0 to 1), once per quantity. With
// `wholePattern` (a pattern whose trimming published wide margins on the program over the whole
// pattern), a table alone asks that program (PatternProgram.h) before any neighbourhood wider than
// a small group, reading first the points trimming found there, each checked again exactly, and
// solving only where the pattern suits it (PatternProgram::suits); elsewhere neighbourhoods are
// cheaper.
std::vector<PrimaryCellProof>
auditProtection(const TableShape& shape, const std::vector<std::int64_t>& units, const std::vector<CellStatus>& status,
                const std::vector<SuppressionRule>& rule, int threshold, const std::vector<int>& only = {},
                bool hypercubesOnly = false, const std::atomic_bool* cancel = nullptr,
                const std::function<void(double)>& progress = {}, const LinkedKnowledge& knowledge = {},
                const WholePatternPoints* wholePattern = nullptr);

// For publishing again cells a pattern does not need (RedundantSuppression.h), where no hypercube
// proves a quantity: a proof the audit's linear program will find too, with what it relies on.
// The floating-point simplex, on the audit's neighbourhoods of the quantity up to a small size,
// finds an attacker's table that reaches the need; it is read as a rational point (denominators
// up to 64) and checked exactly, so a certificate is exact whatever the rounding. A table the
// doubles miss, or that does not hold exactly, only means no certificate: the cell stays hidden.
class ExactCertifier
{
public:
    // Every argument must outlive the certifier.
    ExactCertifier(const TableShape& shape, const TableRelations& relations, const LinkedSums& linked,
                   const std::vector<std::int64_t>& units, int threshold);

    // An attacker's table that proves `quantity` reaches what it must with the `suppressed` cells
    // hidden, nullptr when none is found. The cells it moves are those the proof relies on:
    // publishing any other suppressed cell keeps it.
    std::shared_ptr<const AttackerPoint> witness(const std::vector<bool>& suppressed,
                                                 const ProtectedQuantity& quantity);

private:
    const TableShape& m_shape;
    const TableRelations& m_relations;
    const LinkedSums& m_linked;
    const std::vector<std::int64_t>& m_units;
    int m_threshold = 0;
    std::vector<bool> m_marks; // scratch space for the neighbourhoods
};

} // namespace ecluse
