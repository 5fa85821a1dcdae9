#pragma once

#include "sdc/TableShape.h"

#include <cstdint>
#include <vector>

namespace ecluse::test {

// Units of every cell of a table whose inner cells hold `inner` (in inner-cell order, last
// dimension fastest), each inner value added to the 2^d margins that count it: the additive case.
inline std::vector<std::int64_t> withMargins(const TableShape& shape, const std::vector<std::int64_t>& inner)
{
    std::vector<std::int64_t> units(static_cast<std::size_t>(shape.cellCount()), 0);
    std::size_t next = 0;
    for (int cell = 0; cell < shape.cellCount(); ++cell) {
        if (!shape.isInner(cell))
            continue;
        const std::int64_t value = inner.at(next++);
        for (int subset = 0; subset < (1 << shape.dimensionCount()); ++subset) {
            int index = cell;
            for (int d = 0; d < shape.dimensionCount(); ++d) {
                if (subset & (1 << d))
                    index += (shape.categories(d) - shape.coordinate(cell, d)) * shape.stride(d);
            }
            units[static_cast<std::size_t>(index)] += value;
        }
    }
    return units;
}

} // namespace ecluse::test
