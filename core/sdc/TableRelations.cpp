#include "sdc/TableRelations.h"

namespace ecluse {

TableRelations::TableRelations(const TableShape& shape)
    : m_shape(shape)
{
    const int cells = shape.cellCount();
    for (int d = 0; d < shape.dimensionCount(); ++d) {
        const int stride = shape.stride(d);
        const int block = stride * shape.extent(d);
        for (int high = 0; high < cells / block; ++high) {
            for (int low = 0; low < stride; ++low)
                m_relations.push_back(TableRelation{d, high * block + low, stride, shape.categories(d)});
        }
    }
    // The hypercube search asks for a cell's relations at every corner of every cube it tries:
    // a lookup rather than two divisions.
    const auto dimensions = static_cast<std::size_t>(shape.dimensionCount());
    m_relationOf.resize(static_cast<std::size_t>(cells) * dimensions);
    for (std::size_t r = 0; r < m_relations.size(); ++r) {
        const TableRelation& relation = m_relations[r];
        for (int k = 0; k <= relation.count; ++k) // the members, then the margin
            m_relationOf[static_cast<std::size_t>(relation.member(k)) * dimensions +
                         static_cast<std::size_t>(relation.dimension)] = static_cast<int>(r);
    }
}

} // namespace ecluse
