#pragma once

#include "TableUnits.h"
#include "sdc/DisclosureControl.h"

#include <array>
#include <random>

namespace ecluse::test {

// Random tables of 2 to 4 dimensions (2 to 6 categories each) with their margins, for the
// property test of disclosure control and the suppression yardstick (bench_suppression).

// 2 to 4 dimensions of 2 to 6 categories each.
inline std::vector<int> randomCategories(std::mt19937& random)
{
    std::uniform_int_distribution<int> dimensions(2, 4);
    std::uniform_int_distribution<int> size(2, 6);
    std::vector<int> categories(static_cast<std::size_t>(dimensions(random)));
    for (int& c : categories)
        c = size(random);
    return categories;
}

// Additive units: each inner cell small (0 to 10) with a probability of 2, 8 or 15 %, else 11 to 400.
inline DisclosureInput randomTable(std::mt19937& random)
{
    const std::vector<int> categories = randomCategories(random);
    DisclosureInput input;
    input.shape = TableShape(categories);
    const TableShape& shape = input.shape;
    // Some tables are nearly clean, some riddled with small cells and zeros.
    const double smallShare = std::array<double, 3>{0.02, 0.08, 0.15}[random() % 3];
    std::bernoulli_distribution small(smallShare);
    std::uniform_int_distribution<int> smallUnits(0, 10);
    std::uniform_int_distribution<int> largeUnits(11, 400);
    std::vector<std::int64_t> inner;
    for (int cell = 0; cell < shape.cellCount(); ++cell) {
        if (shape.isInner(cell))
            inner.push_back(small(random) ? smallUnits(random) : largeUnits(random));
    }
    input.units = test::withMargins(shape, inner);
    return input;
}

// Distinct counts: beneficiaries with one category on each dimension but the last, where each has
// one to three (as with months of care), so margins over the last dimension count fewer units
// than their cells add up to. Category weights are uneven, which leaves small cells scattered.
inline DisclosureInput randomDistinctCountTable(std::mt19937& random)
{
    const std::vector<int> categories = randomCategories(random);
    DisclosureInput input;
    input.shape = TableShape(categories);
    const TableShape& shape = input.shape;
    std::vector<std::discrete_distribution<int>> pick;
    for (int c : categories) {
        std::vector<double> weights(static_cast<std::size_t>(c));
        for (double& weight : weights)
            weight = std::uniform_real_distribution<double>(0.05, 1.0)(random);
        pick.emplace_back(weights.begin(), weights.end());
    }
    int inner = 1;
    for (int c : categories)
        inner *= c;
    const int last = shape.dimensionCount() - 1;
    std::uniform_int_distribution<int> extra(0, 2);
    const int people = inner * std::uniform_int_distribution<int>(8, 30)(random);
    input.units.assign(static_cast<std::size_t>(shape.cellCount()), 0);
    std::vector<int> coordinates(categories.size());
    for (int person = 0; person < people; ++person) {
        for (int d = 0; d < last; ++d)
            coordinates[static_cast<std::size_t>(d)] = pick[static_cast<std::size_t>(d)](random);
        std::vector<bool> inLast(static_cast<std::size_t>(categories.back()), false);
        for (int times = extra(random); times >= 0; --times)
            inLast[static_cast<std::size_t>(pick[static_cast<std::size_t>(last)](random))] = true;
        // Every cell whose coordinates are the person's or a margin, counted once.
        for (int cell = 0; cell < shape.cellCount(); ++cell) {
            bool counts = true;
            for (int d = 0; d < shape.dimensionCount() && counts; ++d) {
                const int index = shape.coordinate(cell, d);
                if (index == shape.categories(d))
                    continue;
                counts = d == last ? inLast[static_cast<std::size_t>(index)]
                                   : index == coordinates[static_cast<std::size_t>(d)];
            }
            if (counts)
                ++input.units[static_cast<std::size_t>(cell)];
        }
    }
    return input;
}

} // namespace ecluse::test
