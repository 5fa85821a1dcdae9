#include "sdc/TableRelations.h"

namespace ecluse {

TableRelations::TableRelations(const TableShape& shape)
    : m_shape(shape)
{
    const int cells = shape.cellCount();
    for (int d = 0; d < shape.dimensionCount(); ++d) {
        m_offsets.push_back(static_cast<int>(m_relations.size()));
        const int stride = shape.stride(d);
        const int block = stride * shape.extent(d);
        // Ordered so that relationOf can find a relation by arithmetic alone.
        for (int high = 0; high < cells / block; ++high) {
            for (int low = 0; low < stride; ++low)
                m_relations.push_back(TableRelation{d, high * block + low, stride, shape.categories(d)});
        }
    }
}

int TableRelations::relationOf(int cell, int dimension) const
{
    const int stride = m_shape.stride(dimension);
    const int block = stride * m_shape.extent(dimension);
    return m_offsets.at(static_cast<std::size_t>(dimension)) + (cell / block) * stride + cell % stride;
}

} // namespace ecluse
