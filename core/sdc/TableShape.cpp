#include "sdc/TableShape.h"

#include "common/Error.h"

#include <QCoreApplication>

#include <limits>

namespace ecluse {

namespace {
// This file's messages, under the "TableShape" context that lupdate files them in too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TableShape)
};
} // namespace

TableShape::TableShape(std::vector<int> categories)
    : m_categories(std::move(categories))
{
    if (m_categories.size() > static_cast<std::size_t>(MaxDimensions))
        throw Error(ErrorKind::Usage,
                    Text::tr("a table has at most %1 dimensions, not %2").arg(MaxDimensions).arg(m_categories.size()));
    std::int64_t count = 1;
    for (int c : m_categories) {
        if (c < 1)
            throw Error(ErrorKind::Usage, Text::tr("every dimension of a table needs at least one category"));
        count *= static_cast<std::int64_t>(c) + 1;
        // Far beyond any table disclosure control can handle; refusing keeps int indexes exact.
        if (count > std::numeric_limits<int>::max() / 2)
            throw Error(ErrorKind::Usage, Text::tr("the table has too many cells"));
    }
    m_cellCount = static_cast<int>(count);
    m_strides.assign(m_categories.size(), 1);
    for (int d = dimensionCount() - 2; d >= 0; --d) {
        const auto i = static_cast<std::size_t>(d);
        m_strides[i] = m_strides[i + 1] * (m_categories[i + 1] + 1);
    }
}

int TableShape::index(const std::vector<int>& coordinates) const
{
    if (coordinates.size() != m_categories.size())
        throw Error(ErrorKind::Usage, Text::tr("a cell of this table has %1 coordinates, not %2")
                                          .arg(m_categories.size())
                                          .arg(coordinates.size()));
    int result = 0;
    for (std::size_t d = 0; d < coordinates.size(); ++d) {
        if (coordinates[d] < 0 || coordinates[d] > m_categories[d])
            throw Error(ErrorKind::Usage,
                        Text::tr("coordinate %1 of dimension %2 is out of range").arg(coordinates[d]).arg(d));
        result += coordinates[d] * m_strides[d];
    }
    return result;
}

std::vector<int> TableShape::coordinates(int index) const
{
    if (index < 0 || index >= m_cellCount)
        throw Error(ErrorKind::Usage, Text::tr("cell %1 is not in the table").arg(index));
    std::vector<int> result(m_categories.size());
    for (std::size_t d = 0; d < m_categories.size(); ++d)
        result[d] = (index / m_strides[d]) % (m_categories[d] + 1);
    return result;
}

int TableShape::coordinate(int index, int dimension) const
{
    if (index < 0 || index >= m_cellCount)
        throw Error(ErrorKind::Usage, Text::tr("cell %1 is not in the table").arg(index));
    return (index / stride(dimension)) % extent(dimension);
}

bool TableShape::isInner(int index) const
{
    for (int d = 0; d < dimensionCount(); ++d) {
        if (isMargin(index, d))
            return false;
    }
    return true;
}

} // namespace ecluse
