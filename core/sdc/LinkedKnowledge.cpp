#include "sdc/LinkedKnowledge.h"

#include "common/Error.h"
#include "sdc/TableRelations.h"

#include <QCoreApplication>

#include <algorithm>

namespace ecluse {
namespace {

// This file's messages, under the "LinkedKnowledge" context that lupdate files them in too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LinkedKnowledge)
};

std::size_t at(int i)
{
    return static_cast<std::size_t>(i);
}

[[noreturn]] void contradicts()
{
    throw Error(ErrorKind::InvalidInput,
                Text::tr("what was published before contradicts this table; nothing is shown"));
}

void requireCells(const std::vector<int>& members, std::size_t cells)
{
    if (members.empty() || !std::is_sorted(members.begin(), members.end()) ||
        std::adjacent_find(members.begin(), members.end()) != members.end() || members.front() < 0 ||
        at(members.back()) >= cells)
        throw Error(ErrorKind::Usage, Text::tr("a table published before names cells this table does not have"));
}

} // namespace

namespace {

// The difference with the ceiling (direction -1) or the floor (+1) when it is small, else -1.
std::int64_t smallDifference(const LinkedKnowledge& linked, const std::vector<std::int64_t>& units, int cell,
                             int threshold, int direction)
{
    const std::vector<std::int64_t>& bound = direction < 0 ? linked.ceiling : linked.floor;
    if (bound.empty() || bound[at(cell)] < 0)
        return -1;
    const std::int64_t difference = direction * (units[at(cell)] - bound[at(cell)]);
    return difference > 0 && difference < threshold ? difference : -1;
}

} // namespace

bool LinkedKnowledge::knownExactly(int cell) const
{
    return std::any_of(known.begin(), known.end(),
                       [cell](const KnownSum& sum) { return sum.members.size() == 1 && sum.members.front() == cell; });
}

bool hasSmallDifference(const LinkedKnowledge& linked, const std::vector<std::int64_t>& units, int cell, int threshold)
{
    return smallDifference(linked, units, cell, threshold, -1) > 0 ||
           smallDifference(linked, units, cell, threshold, 1) > 0;
}

std::vector<ProtectedQuantity> protectedQuantities(const std::vector<bool>& rising,
                                                   const std::vector<std::int64_t>& units, int threshold,
                                                   const LinkedKnowledge& linked)
{
    std::vector<bool> shown(rising.size(), false);
    for (const LinkedKnowledge::KnownSum& known : linked.known) {
        if (known.members.size() == 1 && at(known.members.front()) < shown.size())
            shown[at(known.members.front())] = true;
    }
    std::vector<ProtectedQuantity> quantities;
    for (std::size_t c = 0; c < rising.size(); ++c) {
        const int cell = static_cast<int>(c);
        if (shown[c])
            continue;
        if (rising[c])
            quantities.push_back({{cell}, 1, riseNeeded(units[c], threshold)});
        // A difference with a wider cell rises as the cell falls; with a narrower one, as it rises.
        for (const int direction : {-1, 1}) {
            if (const std::int64_t difference = smallDifference(linked, units, cell, threshold, direction);
                difference > 0)
                quantities.push_back({{cell}, direction, threshold - difference});
        }
    }
    for (const std::vector<int>& members : linked.hiddenPrimary) {
        std::int64_t sum = 0;
        for (int member : members)
            sum += units[at(member)];
        quantities.push_back({members, 1, riseNeeded(sum, threshold)});
    }
    return quantities;
}

std::vector<int> suppressedAround(const std::vector<int>& cells, const TableRelations& relations,
                                  const LinkedSums& linked, const std::vector<bool>& suppressed)
{
    std::vector<bool> marks(suppressed.size(), false);
    Neighbourhood around(relations, linked, suppressed, marks);
    around.add(cells);
    while (around.grow()) {
    }
    return around.cells();
}

Neighbourhood::Neighbourhood(const TableRelations& relations, const LinkedSums& linked,
                             const std::vector<bool>& suppressed, std::vector<bool>& marks)
    : m_relations(relations)
    , m_linked(linked)
    , m_suppressed(suppressed)
    , m_marks(marks)
{}

Neighbourhood::~Neighbourhood()
{
    for (int cell : m_cells)
        m_marks[at(cell)] = false;
}

void Neighbourhood::add(const std::vector<int>& cells)
{
    for (int cell : cells)
        reach(cell);
}

bool Neighbourhood::grow()
{
    const std::size_t ringEnd = m_cells.size();
    for (; m_frontier < ringEnd; ++m_frontier)
        forEachTiedCell(m_relations, m_linked, m_cells[m_frontier], [this](int next) { reach(next); });
    return m_cells.size() > ringEnd;
}

void Neighbourhood::reach(int cell)
{
    if (m_suppressed[at(cell)] && !m_marks[at(cell)]) {
        m_marks[at(cell)] = true;
        m_cells.push_back(cell);
    }
}

const std::vector<int> LinkedSums::s_none;

LinkedSums::LinkedSums(const LinkedKnowledge& knowledge, const std::vector<std::int64_t>& units)
{
    const std::size_t cells = units.size();
    if (!knowledge.ceiling.empty()) {
        if (knowledge.ceiling.size() != cells)
            throw Error(ErrorKind::Usage, Text::tr("a table published before names cells this table does not have"));
        for (std::size_t c = 0; c < cells; ++c) {
            if (knowledge.ceiling[c] >= 0 && units[c] > knowledge.ceiling[c])
                contradicts();
        }
        m_ceiling = knowledge.ceiling;
    }
    if (!knowledge.floor.empty()) {
        if (knowledge.floor.size() != cells)
            throw Error(ErrorKind::Usage, Text::tr("a table published before names cells this table does not have"));
        for (std::size_t c = 0; c < cells; ++c) {
            if (knowledge.floor[c] >= 0 && units[c] < knowledge.floor[c])
                contradicts();
        }
        m_floor = knowledge.floor;
    }
    for (const auto& members : knowledge.hiddenPrimary)
        requireCells(members, cells);
    if (knowledge.known.empty())
        return;
    m_of.resize(cells);
    for (const LinkedKnowledge::KnownSum& known : knowledge.known) {
        requireCells(known.members, cells);
        Sum sum{known.members, known.units, 0};
        for (int member : known.members) {
            if (units[at(member)] > known.units)
                contradicts();
            sum.total += units[at(member)];
            m_of[at(member)].push_back(static_cast<int>(m_sums.size()));
        }
        if (known.units > sum.total)
            contradicts();
        m_sums.push_back(std::move(sum));
    }
}

void LinkedSums::retotal(const std::vector<std::int64_t>& units)
{
    for (Sum& sum : m_sums) {
        sum.total = 0;
        for (int member : sum.members)
            sum.total += units[at(member)];
    }
}

const std::vector<int>& LinkedSums::of(int cell) const
{
    return m_of.empty() ? s_none : m_of[at(cell)];
}

std::int64_t LinkedSums::ceiling(int cell) const
{
    return m_ceiling.empty() ? -1 : m_ceiling[at(cell)];
}

std::int64_t LinkedSums::floor(int cell) const
{
    return m_floor.empty() ? -1 : m_floor[at(cell)];
}

} // namespace ecluse
