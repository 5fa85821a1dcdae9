#pragma once

#include <cstdint>
#include <vector>

namespace ecluse {

// The cells of a table of 0 to 4 dimensions with all its margins. Dimension d has
// categories[d] categories numbered 0..categories[d]-1, and its margin ("total") at index
// categories[d]. A cell is a tuple of such indexes, flattened with the last dimension varying
// fastest; the grand total is the cell whose every index is the margin.
class TableShape
{
public:
    static constexpr int MaxDimensions = 4;

    TableShape() = default;
    // Throws ErrorKind::Usage for more than MaxDimensions dimensions or a dimension without
    // categories.
    explicit TableShape(std::vector<int> categories);

    int dimensionCount() const noexcept { return static_cast<int>(m_categories.size()); }
    int categories(int dimension) const { return m_categories.at(static_cast<std::size_t>(dimension)); }
    // categories(dimension) + 1: the margin included.
    int extent(int dimension) const { return categories(dimension) + 1; }
    int cellCount() const noexcept { return m_cellCount; }

    int index(const std::vector<int>& coordinates) const;
    std::vector<int> coordinates(int index) const;
    // The index along `dimension` of cell `index`, without building the whole tuple.
    int coordinate(int index, int dimension) const;
    int stride(int dimension) const { return m_strides.at(static_cast<std::size_t>(dimension)); }

    bool isMargin(int index, int dimension) const { return coordinate(index, dimension) == categories(dimension); }
    // True when no coordinate of the cell is a margin.
    bool isInner(int index) const;

private:
    std::vector<int> m_categories;
    std::vector<int> m_strides;
    int m_cellCount = 1;
};

} // namespace ecluse
