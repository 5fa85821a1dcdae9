#include "sdc/DisclosureControl.h"

#include "common/Error.h"
#include "sdc/Hypercube.h"
#include "sdc/ProtectionAudit.h"
#include "sdc/RedundantSuppression.h"
#include "sdc/SecondarySuppression.h"
#include "sdc/TableRelations.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>
#include <optional>
#include <tuple>

namespace ecluse {

namespace {

// This file's messages, under the "DisclosureControl" context that lupdate files them in too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DisclosureControl)
};

std::size_t at(int i)
{
    return static_cast<std::size_t>(i);
}

// Each round of added cells costs a new audit; a table that still fails after this many is
// refused rather than left to run.
constexpr int MaxRounds = 100;

// The elimination over every cell costs about the square of the cells on sparse tables (45 s at
// 91,000 cells, 0.1 s at 4,000): beyond this many, the hypercube method alone starts the pattern.
constexpr int MaxCellsForElimination = 20'000;

void validate(const DisclosureInput& input, const DisclosureRules& rules, const TableRelations& relations)
{
    if (rules.threshold < 1 || rules.dominanceN < 1 || rules.dominanceKPercent < 1 || rules.dominanceKPercent > 100 ||
        rules.pPercent < 0)
        throw Error(ErrorKind::Usage, Text::tr("the disclosure control thresholds are out of range"));
    const auto cells = at(input.shape.cellCount());
    if (input.units.size() != cells)
        throw Error(ErrorKind::Usage,
                    Text::tr("the table has %1 cells but %2 unit counts").arg(cells).arg(input.units.size()));
    requireCountableUnits(input.units);
    for (const MagnitudeColumn& magnitude : input.magnitudes) {
        if (magnitude.topCount < std::max(2, rules.dominanceN))
            throw Error(ErrorKind::Usage, Text::tr("a magnitude keeps %1 contributions per cell; the rules need %2")
                                              .arg(magnitude.topCount)
                                              .arg(std::max(2, rules.dominanceN)));
        if (magnitude.absoluteTotal.size() != cells ||
            magnitude.top.size() != cells * static_cast<std::size_t>(magnitude.topCount))
            throw Error(ErrorKind::Usage, Text::tr("a magnitude does not cover every cell of the table"));
        const auto outOfRange = [](Int128 value) { return value < 0 || value > MaxAbsoluteTotal; };
        if (std::any_of(magnitude.absoluteTotal.begin(), magnitude.absoluteTotal.end(), outOfRange) ||
            std::any_of(magnitude.top.begin(), magnitude.top.end(), outOfRange))
            throw Error(ErrorKind::InvalidInput, Text::tr("a magnitude of the table is negative or out of range"));
    }
    // Distinct counts may exceed their margin's share (margin <= sum) but never the margin itself
    // nor fall short of it; anything else is a broken table, and the audit's reasoning would not hold.
    for (const TableRelation& relation : relations.all()) {
        const std::int64_t margin = input.units[at(relation.margin())];
        std::int64_t sum = 0;
        for (int k = 0; k < relation.count; ++k) {
            const std::int64_t member = input.units[at(relation.member(k))];
            if (member > margin)
                throw Error(ErrorKind::InvalidInput, Text::tr("a cell of the table counts more units than its margin"));
            sum += member;
        }
        if (margin > sum)
            throw Error(ErrorKind::InvalidInput, Text::tr("a margin of the table counts more units than its cells"));
    }
}

SuppressionRule primaryRule(const DisclosureInput& input, const DisclosureRules& rules, int cell)
{
    const std::int64_t units = input.units[at(cell)];
    if (units == 0 && rules.zeroCellsDisclosive)
        return SuppressionRule::Zero;
    if (units > 0 && units < rules.threshold)
        return SuppressionRule::Frequency;
    // Products reach 100 * MaxAbsoluteTotal (2^102): 128-bit arithmetic keeps the comparisons exact.
    for (const MagnitudeColumn& magnitude : input.magnitudes) {
        const Int128 total = magnitude.absoluteTotal[at(cell)];
        Int128 largest = 0;
        for (int rank = 0; rank < rules.dominanceN; ++rank)
            largest += magnitude.top[at(cell) * at(magnitude.topCount) + at(rank)];
        if (total > 0 && 100 * largest >= static_cast<Int128>(rules.dominanceKPercent) * total)
            return SuppressionRule::Dominance;
    }
    for (const MagnitudeColumn& magnitude : input.magnitudes) {
        const Int128 total = magnitude.absoluteTotal[at(cell)];
        const Int128 x1 = magnitude.top[at(cell) * at(magnitude.topCount)];
        const Int128 x2 = magnitude.top[at(cell) * at(magnitude.topCount) + 1];
        if (x1 > 0 && 100 * (total - x1 - x2) < static_cast<Int128>(rules.pPercent) * x1)
            return SuppressionRule::PPercent;
    }
    return SuppressionRule::None;
}

int marginCount(const TableShape& shape, int cell)
{
    int count = 0;
    for (int d = 0; d < shape.dimensionCount(); ++d)
        count += shape.isMargin(cell, d) ? 1 : 0;
    return count;
}

// Cells from the cheapest to suppress to the dearest: fewest units, inner cells before margins,
// the grand total last, then by index so that the pattern never depends on anything else.
std::vector<int> suppressionPreference(const DisclosureInput& input)
{
    const TableShape& shape = input.shape;
    const int grandTotal = shape.cellCount() - 1;
    std::vector<int> order(at(shape.cellCount()));
    std::iota(order.begin(), order.end(), 0);
    const auto key = [&](int cell) {
        return std::make_tuple(cell == grandTotal, input.units[at(cell)], marginCount(shape, cell), cell);
    };
    std::sort(order.begin(), order.end(), [&](int a, int b) { return key(a) < key(b); });
    return order;
}

// The order in which cells hidden by secondary suppression are tried for publication again: totals
// first (the grand total, then one-dimension margins, ...), each level from the most units down,
// so that a table keeps the figures readers look for first.
std::vector<int> publicationPreference(const DisclosureInput& input)
{
    const TableShape& shape = input.shape;
    std::vector<int> order(at(shape.cellCount()));
    std::iota(order.begin(), order.end(), 0);
    const auto key = [&](int cell) { return std::make_tuple(-marginCount(shape, cell), -input.units[at(cell)], cell); };
    std::sort(order.begin(), order.end(), [&](int a, int b) { return key(a) < key(b); });
    return order;
}

// Units hidden by a pattern, then cells: the lighter pattern is the smaller.
std::pair<std::int64_t, std::int64_t> weight(const std::vector<std::int64_t>& units, const std::vector<bool>& pattern)
{
    std::pair<std::int64_t, std::int64_t> total{0, 0};
    for (std::size_t c = 0; c < pattern.size(); ++c) {
        if (pattern[c]) {
            total.first += units[c];
            ++total.second;
        }
    }
    return total;
}

// A lighter protected pattern than `current`, or nullopt: `current` and, unless `current` grew
// from it already, the hypercube method's pattern, each with what no primary cell needs published
// again, whichever hides fewer units (then fewer cells). Neither elimination nor hypercubes alone
// is the better start on every table; with both, Écluse never hides more than the hypercube method.
// Then the winner loses what only the linear program can show it does not need (`exact`), and, for
// a table alone (`alone`: its relations), its wide margins what only the program over the whole
// pattern can (`wholePattern` is set when it did, with the points its proofs rest on).
std::optional<std::vector<bool>> lighterPattern(const DisclosureInput& input, const HypercubeSearch& hypercubes,
                                                const PrimaryNeeds& needs, const std::vector<std::int64_t>& hiddenCost,
                                                const std::vector<bool>& current, bool currentFromHypercubes,
                                                ExactCertifier& exact, const TableRelations* alone,
                                                std::optional<WholePatternPoints>& wholePattern,
                                                const std::atomic_bool* cancel,
                                                const std::function<void(double)>& progress)
{
    const std::vector<int> order = publicationPreference(input);
    const auto third = [&](int part) -> std::function<void(double)> {
        if (!progress)
            return {};
        return [&progress, part](double share) { progress((part + share) / 3); };
    };
    std::vector<bool> best = current;
    bool trimmed = publishRedundantCells(hypercubes, needs, order, best, cancel, third(0));
    // A pattern that grew from the hypercube method's already would only repeat the work.
    if (!currentFromHypercubes) {
        if (auto alternative = hypercubePattern(hypercubes, needs, hiddenCost, cancel)) {
            if (publishRedundantCells(hypercubes, needs, order, *alternative, cancel, third(1)) &&
                weight(input.units, *alternative) < weight(input.units, best)) {
                best = std::move(*alternative);
                trimmed = true;
            }
        }
    }
    // Hypercubes first, for speed: the linear program then only sees the cells they cannot free.
    // Then, for a table alone, its wide margins with the linear program over the whole pattern.
    std::optional<WideMargins> wide;
    if (alone) {
        const TableShape& shape = input.shape;
        wide.emplace(WideMargins{shape, *alone, input.units, {}, false, {}});
        for (int cell : order) {
            if (marginCount(shape, cell) >= shape.dimensionCount() - 1)
                wide->cells.push_back(cell);
        }
    }
    trimmed =
        publishRedundantCells(hypercubes, needs, order, best, cancel, third(2), &exact, wide ? &*wide : nullptr) ||
        trimmed;
    wholePattern.reset();
    if (wide && wide->published)
        wholePattern = WholePatternPoints{std::move(wide->points)};
    if (!trimmed || best == current)
        return std::nullopt;
    return best;
}

// The cheapest published cell that may be hidden (not `fixed`) among those of the relations that
// hold any of `cells`, or -1.
int cheapestPublishedNear(const std::vector<int>& cells, const TableRelations& relations,
                          const std::vector<bool>& suppressed, const std::vector<bool>& fixed,
                          const std::vector<int>& rank)
{
    int best = -1;
    for (int cell : cells) {
        for (int d = 0; d < relations.dimensionCount(); ++d) {
            const TableRelation& relation = relations.all()[at(relations.relationOf(cell, d))];
            for (int k = 0; k <= relation.count; ++k) {
                const int candidate = relation.member(k);
                if (!suppressed[at(candidate)] && !fixed[at(candidate)] &&
                    (best < 0 || rank[at(candidate)] < rank[at(best)]))
                    best = candidate;
            }
        }
    }
    return best;
}

// The published cells that may be hidden in the relations and known sums holding any of `cells`.
std::vector<int> openedAround(const std::vector<int>& cells, const TableRelations& relations, const LinkedSums& linked,
                              const std::vector<bool>& suppressed, const std::vector<bool>& fixed)
{
    std::vector<int> opened;
    const auto open = [&](int candidate) {
        if (!suppressed[at(candidate)] && !fixed[at(candidate)])
            opened.push_back(candidate);
    };
    for (int cell : cells)
        forEachTiedCell(relations, linked, cell, open);
    return opened;
}

// The stages' own shares turned into one share of the whole, which never goes back (a round of
// audit may be followed by another), reported at most once per thousandth.
class ProgressReporter
{
public:
    using Stage = DisclosureProgress::Stage;

    explicit ProgressReporter(const DisclosureProgressFunction& report)
        : m_report(report)
    {}

    double done() const { return m_done; }

    // `share` of the stage that spans [from, to] of the whole.
    void report(Stage stage, double from, double to, double share)
    {
        if (!m_report)
            return;
        const double done = std::max(m_done, from + (to - from) * std::clamp(share, 0.0, 1.0));
        const int permille = static_cast<int>(done * 1000);
        if (permille == m_permille && stage == m_stage)
            return;
        m_done = done;
        m_permille = permille;
        m_stage = stage;
        m_report(DisclosureProgress{stage, done});
    }

    std::function<void(double)> span(Stage stage, double from, double to)
    {
        if (!m_report)
            return {};
        return [this, stage, from, to](double share) { report(stage, from, to, share); };
    }

private:
    const DisclosureProgressFunction& m_report;
    double m_done = 0;
    int m_permille = -1;
    Stage m_stage = Stage::Suppression;
};

[[noreturn]] void cannotProtect()
{
    throw Error(ErrorKind::Other, Text::tr("the table cannot be protected against disclosure; nothing is shown"));
}

} // namespace

DisclosureOutcome protectTable(const DisclosureInput& input, const DisclosureRules& rules,
                               const std::atomic_bool* cancel, const DisclosureProgressFunction& progress)
{
    using Stage = DisclosureProgress::Stage;
    // The elimination takes the first half; each round of audit, and publishing again what no
    // primary cell needs, half of what is left; the final audit all of it.
    ProgressReporter reporter(progress);
    reporter.report(Stage::Suppression, 0, 0.5, 0);
    const TableShape& shape = input.shape;
    const TableRelations relations(shape);
    validate(input, rules, relations);
    const auto cells = at(shape.cellCount());

    std::vector<SuppressionRule> primary(cells, SuppressionRule::None);
    std::vector<bool> hidden(cells, false); // cells the elimination must leave undetermined
    for (int cell = 0; cell < shape.cellCount(); ++cell) {
        primary[at(cell)] = primaryRule(input, rules, cell);
        hidden[at(cell)] = primary[at(cell)] != SuppressionRule::None;
    }
    // Before any repair, the hidden cells are the primary ones; a small difference with a wider
    // earlier cell makes a cell primary too.
    const LinkedSums checked(input.linked, input.units); // throws when the knowledge contradicts the table
    const std::vector<bool> rising = hidden;
    std::vector<bool> hiddenBefore(cells, false);
    for (int cell : input.linked.hiddenBefore) {
        if (cell < 0 || at(cell) >= cells)
            throw Error(ErrorKind::Usage, Text::tr("a table published before names cells this table does not have"));
        hiddenBefore[at(cell)] = true;
    }
    for (int cell = 0; cell < shape.cellCount(); ++cell) {
        if (!hidden[at(cell)] && !input.linked.knownExactly(cell) &&
            hasSmallDifference(input.linked, input.units, cell, rules.threshold)) {
            primary[at(cell)] = SuppressionRule::Difference;
            hidden[at(cell)] = true;
        }
    }
    // Cells shown before that stay published are constants like any published cell: as known sums
    // they would only weigh on the searches (and widen the audit's neighbourhoods for nothing).
    LinkedKnowledge knowledge = input.linked;
    std::erase_if(knowledge.known, [&](const LinkedKnowledge::KnownSum& known) {
        const bool constant = known.members.size() == 1 && !hidden[at(known.members.front())];
        if (constant) { // nor has it a difference left to protect
            if (!knowledge.ceiling.empty())
                knowledge.ceiling[at(known.members.front())] = -1;
            if (!knowledge.floor.empty())
                knowledge.floor[at(known.members.front())] = -1;
        }
        return constant;
    });
    const LinkedSums linked(knowledge, input.units);
    const HypercubeSearch hypercubes(shape, relations, input.units, &linked);
    PrimaryNeeds needs = PrimaryNeeds::of(rising, input.units, rules.threshold, knowledge);
    // Cells shown before, and so known exactly, are never hidden: it would protect nothing. One a
    // primary rule hides now (a dominant contributor in an amount asked for since) stays hidden
    // for that amount, its units still known to the attacker.
    std::vector<bool> fixed(cells, false);
    for (const LinkedKnowledge::KnownSum& known : input.linked.known) {
        if (known.members.size() == 1 && !hidden[at(known.members.front())])
            fixed[at(known.members.front())] = true;
    }
    // Hidden before, hidden again: kept out of the elimination's and the trimming's reach.
    std::vector<SuppressionRule> added(cells, SuppressionRule::None); // small-sum, interval and earlier cells
    for (std::size_t c = 0; c < cells; ++c) {
        if (hiddenBefore[c] && !hidden[c] && !fixed[c]) {
            hidden[c] = true;
            added[c] = SuppressionRule::Linear;
            needs.primary[c] = true;
        }
    }
    const std::vector<int> preference = suppressionPreference(input);
    std::vector<int> rank(cells);
    std::vector<std::int64_t> cost(cells); // of suppressing a cell, in the order of preference; < 0: never
    for (std::size_t i = 0; i < preference.size(); ++i) {
        rank[at(preference[i])] = static_cast<int>(i);
        cost[at(preference[i])] = fixed[at(preference[i])] ? -1 : static_cast<std::int64_t>(i) + 1;
    }
    std::vector<std::int64_t> hiddenCost = unitsHiddenCost(input.units);
    for (std::size_t c = 0; c < cells; ++c) {
        if (fixed[c])
            hiddenCost[c] = -1;
    }
    // Each round keeps what earlier rounds suppressed, so the patterns only grow: a feasible point
    // found for a primary cell stays feasible, and its proof need not be sought again until the
    // final audit. The one exception is the trimming of the first protected pattern, after which
    // every proof is sought again.
    std::vector<bool> suppressed(cells, false);
    std::vector<bool> proven(needs.quantities.size(), false);
    bool eliminated = false;
    bool fromHypercubes = false; // the first pattern is the hypercube method's, not the elimination's
    bool trimmed = false;
    // Set when some quantity lies on no hypercube that further suppression could give it: the next
    // round's audit then tries the linear program on what hypercubes do not prove (a move that is
    // no hypercube: across the children of a known sum, say).
    bool exactNext = false;
    // Set when trimming published wide margins on the program over the whole pattern, which the
    // audit must then ask too.
    std::optional<WholePatternPoints> auditWholePattern;

    for (int round = 0; round < MaxRounds; ++round) {
        std::vector<int> publishOrder;
        for (auto it = preference.rbegin(); it != preference.rend(); ++it) {
            if (!hidden[at(*it)] && !suppressed[at(*it)] && fixed[at(*it)])
                publishOrder.push_back(*it);
        }
        for (auto it = preference.rbegin(); it != preference.rend(); ++it) {
            if (!hidden[at(*it)] && !suppressed[at(*it)] && !fixed[at(*it)])
                publishOrder.push_back(*it);
        }
        const bool anyHidden = std::find(hidden.begin(), hidden.end(), true) != hidden.end();
        // One elimination, for the primary cells: hiding more cells afterwards (small-sum and
        // interval repairs) can only shrink what the published cells span, so no primary cell
        // becomes determined, and a hypercube's corners are undetermined by construction.
        // Large tables start from the hypercube method instead (the trimming compares both where
        // both run).
        if (anyHidden && !eliminated) {
            eliminated = true;
            std::optional<std::vector<bool>> kept;
            if (shape.cellCount() > MaxCellsForElimination) {
                kept = hypercubePattern(hypercubes, needs, hiddenCost, cancel);
                fromHypercubes = kept.has_value();
            }
            if (!kept)
                kept = suppressLinearly(shape, publishOrder, hidden, cancel, reporter.span(Stage::Suppression, 0, 0.5));
            // The elimination knows nothing of earlier tables: what it kept back that was shown
            // before is published anyway, and the audit below repairs around it.
            for (std::size_t c = 0; c < cells; ++c)
                suppressed[c] = suppressed[c] || ((*kept)[c] && !fixed[c]);
        }
        for (std::size_t c = 0; c < cells; ++c)
            suppressed[c] = suppressed[c] || hidden[c];

        // An attacker subtracts the published cells of a relation that adds up from its published
        // margin and learns the total of the suppressed ones: that total must not be a small cell
        // either. (Where distinct counts do not add up, the margin only bounds that total from
        // below.)
        bool grew = false;
        for (const TableRelation& relation : relations.all()) {
            if (suppressed[at(relation.margin())])
                continue;
            std::int64_t sum = 0;
            std::int64_t all = 0;
            bool anySuppressed = false;
            bool holdsPrimary = false;
            for (int k = 0; k < relation.count; ++k) {
                const int member = relation.member(k);
                all += input.units[at(member)];
                if (!suppressed[at(member)])
                    continue;
                anySuppressed = true;
                sum += input.units[at(member)];
                holdsPrimary = holdsPrimary || primary[at(member)] != SuppressionRule::None;
            }
            if (!anySuppressed || all != input.units[at(relation.margin())] || sum >= rules.threshold ||
                (sum == 0 && !holdsPrimary))
                continue;
            // Cells shown before cannot be taken back: where only they are left, the audit decides.
            int best = -1;
            for (int k = 0; k <= relation.count; ++k) {
                const int candidate = relation.member(k);
                if (!suppressed[at(candidate)] && !fixed[at(candidate)] &&
                    (best < 0 || rank[at(candidate)] < rank[at(best)]))
                    best = candidate;
            }
            if (best < 0)
                continue;
            hidden[at(best)] = true;
            added[at(best)] = SuppressionRule::SmallSum;
            grew = true;
        }
        if (grew)
            continue;

        DisclosureOutcome outcome;
        outcome.status.assign(cells, CellStatus::Published);
        outcome.rule.assign(cells, SuppressionRule::None);
        for (std::size_t c = 0; c < cells; ++c) {
            if (primary[c] != SuppressionRule::None) {
                outcome.status[c] = CellStatus::Primary;
                outcome.rule[c] = primary[c];
                ++outcome.primaryCount;
            } else if (suppressed[c]) {
                outcome.status[c] = CellStatus::Secondary;
                outcome.rule[c] = added[c] != SuppressionRule::None ? added[c] : SuppressionRule::Linear;
                ++outcome.secondaryCount;
            }
        }
        std::vector<int> pending;
        for (std::size_t q = 0; q < proven.size(); ++q) {
            if (!proven[q])
                pending.push_back(static_cast<int>(q));
        }
        const bool complete = pending.size() == proven.size();
        const double from = std::max(0.5, reporter.done());
        if (pending.empty()) {
            // The final audit starts afresh from the pattern, trusting nothing from earlier rounds
            // (trimming's points it checks again as its own).
            outcome.proofs = auditProtection(shape, input.units, outcome.status, outcome.rule, rules.threshold, {},
                                             false, cancel, reporter.span(Stage::Audit, from, 1), knowledge,
                                             auditWholePattern ? &*auditWholePattern : nullptr);
            pending.clear();
        } else {
            outcome.proofs = auditProtection(shape, input.units, outcome.status, outcome.rule, rules.threshold, pending,
                                             !exactNext, cancel, reporter.span(Stage::Audit, from, (from + 1) / 2),
                                             knowledge, auditWholePattern ? &*auditWholePattern : nullptr);
        }
        // Whether what failed was judged by the linear program, or by hypercubes alone.
        const bool judgedExactly = pending.empty() || exactNext;
        bool allProtected = true;
        for (const PrimaryCellProof& proof : outcome.proofs) {
            proven[at(proof.quantity)] = proof.isProtected;
            allProtected = allProtected && proof.isProtected;
        }
        if (allProtected && (complete || pending.empty())) {
            // Once, on the first protected pattern: look for a lighter one, then prove it from
            // scratch in the next round.
            if (!trimmed) {
                trimmed = true;
                const double trimFrom = reporter.done();
                ExactCertifier certifier(shape, relations, linked, input.units, rules.threshold);
                const auto lean =
                    lighterPattern(input, hypercubes, needs, hiddenCost, suppressed, fromHypercubes, certifier,
                                   knowledge.empty() ? &relations : nullptr, auditWholePattern, cancel,
                                   reporter.span(Stage::Suppression, trimFrom, (trimFrom + 1) / 2));
                if (lean) {
                    for (std::size_t c = 0; c < cells; ++c) {
                        if (!(*lean)[c]) {
                            hidden[c] = false;
                            added[c] = SuppressionRule::None;
                        } else if (!suppressed[c]) {
                            hidden[c] = true;
                            added[c] = SuppressionRule::Interval;
                        }
                    }
                    suppressed = *lean;
                    std::fill(proven.begin(), proven.end(), false);
                    // Some cells went on the linear program's word: hypercubes alone would put them back.
                    exactNext = true;
                    continue;
                }
            }
            reporter.report(Stage::Audit, 0, 1, 1);
            return outcome;
        }
        for (const PrimaryCellProof& proof : outcome.proofs) {
            if (proof.isProtected)
                continue;
            // Widen the failing quantity's interval: hide the corners of the cheapest hypercube that
            // lets it reach what it needs, which the next audit then finds at once.
            const ProtectedQuantity& quantity = needs.quantities[at(proof.quantity)];
            const auto cube = hypercubes.cheapest(suppressed, cost, quantity);
            exactNext = exactNext || !cube;
            if (cube) {
                for (int corner : cube->corners) {
                    if (!suppressed[at(corner)] && !hidden[at(corner)]) {
                        hidden[at(corner)] = true;
                        added[at(corner)] = SuppressionRule::Interval;
                        grew = true;
                    }
                }
                if (grew)
                    continue;
            }
            // No hypercube at all: the known sums of earlier tables pin every cube. Open the
            // quantity's neighbourhood instead, every cell of the relations and known sums that
            // hold it, so that moves other than cubes (across a known sum's members) exist for the
            // linear program.
            if (!cube && !knowledge.empty()) {
                std::vector<int> opened = openedAround(quantity.members, relations, linked, suppressed, fixed);
                if (opened.empty()) // open already: then everything its suppressed cells reach
                    opened = openedAround(suppressedAround(quantity.members, relations, linked, suppressed), relations,
                                          linked, suppressed, fixed);
                for (int cell : opened) {
                    if (!hidden[at(cell)]) {
                        hidden[at(cell)] = true;
                        added[at(cell)] = SuppressionRule::Interval;
                        grew = true;
                    }
                }
                if (grew)
                    continue;
            }
            // Otherwise hide one more cell of its relations, widening what the cell can reach.
            int cell = cheapestPublishedNear(quantity.members, relations, suppressed, fixed, rank);
            if (cell < 0) {
                std::vector<int> allSuppressed;
                for (int c = 0; c < shape.cellCount(); ++c) {
                    if (suppressed[at(c)])
                        allSuppressed.push_back(c);
                }
                cell = cheapestPublishedNear(allSuppressed, relations, suppressed, fixed, rank);
            }
            if (cell < 0 && judgedExactly)
                cannotProtect();
            if (cell >= 0 && !hidden[at(cell)]) {
                hidden[at(cell)] = true;
                added[at(cell)] = SuppressionRule::Interval;
                grew = true;
            }
        }
        if (!grew && !allProtected) {
            // Nothing left to hide: only the linear program can tell whether what is hidden
            // already protects, once.
            if (judgedExactly)
                cannotProtect();
            exactNext = true;
        }
    }
    cannotProtect();
}

} // namespace ecluse
