#pragma once

#include "sdc/TableShape.h"

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

} // namespace ecluse
