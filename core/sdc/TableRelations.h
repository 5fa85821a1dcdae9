#pragma once

#include "sdc/TableShape.h"

#include <cstdint>
#include <utility>
#include <vector>

namespace ecluse {

// One linear relation of a table with margins: along `dimension`, the margin cell equals the sum
// of the `count` cells it totals (first, first + stride, ...). For distinct counts over a
// non-additive dimension the truth is member <= margin <= sum, and disclosure control reasons
// with those inequalities (DISCLOSURE.md).
struct TableRelation
{
    int dimension = 0;
    int first = 0;
    int stride = 1;
    int count = 0;

    int member(int k) const { return first + k * stride; }
    int margin() const { return first + count * stride; }
};

// Every relation of a table: for each dimension, one per combination of the other coordinates,
// margins included. A cell belongs to exactly one relation per dimension (as a member or as the
// margin).
class TableRelations
{
public:
    explicit TableRelations(const TableShape& shape);

    const std::vector<TableRelation>& all() const { return m_relations; }
    int relationOf(int cell, int dimension) const
    {
        return m_relationOf[static_cast<std::size_t>(cell) * static_cast<std::size_t>(m_shape.dimensionCount()) +
                            static_cast<std::size_t>(dimension)];
    }
    int dimensionCount() const { return m_shape.dimensionCount(); }

private:
    TableShape m_shape;
    std::vector<TableRelation> m_relations;
    std::vector<int> m_relationOf; // per cell, its relation along each dimension
};

// What an attacker knows of one relation, as rows over its cells (cell, coefficient): margin -
// members == 0 where the true units add up, else margin - members <= 0 and, for each member,
// member - margin <= 0. Every linear program of disclosure control is built from these rows, so
// that every proof answers the same attacker. `emit(cells, equality)` gets each row.
template <typename Emit>
void attackerRows(const TableRelation& relation, const std::vector<std::int64_t>& units, Emit&& emit)
{
    const auto unitsOf = [&](int cell) { return units[static_cast<std::size_t>(cell)]; };
    std::vector<std::pair<int, std::int64_t>> row{{relation.margin(), 1}};
    std::int64_t sum = 0;
    for (int k = 0; k < relation.count; ++k) {
        sum += unitsOf(relation.member(k));
        row.emplace_back(relation.member(k), -1);
    }
    const bool additive = sum == unitsOf(relation.margin());
    emit(row, additive);
    if (additive)
        return;
    for (int k = 0; k < relation.count; ++k) {
        row.assign({{relation.member(k), 1}, {relation.margin(), -1}});
        emit(row, false);
    }
}

} // namespace ecluse
