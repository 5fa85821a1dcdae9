// Disclosure control speed: protectTable on a department x age band x sex table (101 x 10 x 3,
// 4,488 cells with margins) with scattered small cells, as every aggregate query runs it.
// Baseline in the same run: summing the margins of the same table. Usage: bench_disclosure [SMALL]
// (small inner cells, default 30).

#include "TableUnits.h"
#include "sdc/DisclosureControl.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <random>

using namespace ecluse;
using ecluse::test::withMargins;

namespace {} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int small = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 30;
    DisclosureInput input;
    input.shape = TableShape({101, 10, 3});
    std::mt19937 random(7);
    std::uniform_int_distribution<int> large(40, 900);
    std::vector<std::int64_t> inner(101 * 10 * 3);
    for (std::int64_t& value : inner)
        value = large(random);
    std::uniform_int_distribution<std::size_t> where(0, inner.size() - 1);
    std::uniform_int_distribution<int> tiny(1, 10);
    for (int i = 0; i < small; ++i)
        inner[where(random)] = tiny(random);

    QElapsedTimer timer;
    timer.start();
    const std::vector<std::int64_t> units = withMargins(input.shape, inner);
    const double baseline = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    input.units = units;

    const DisclosureRules rules;
    double best = 1e9;
    DisclosureOutcome outcome;
    for (int run = 0; run < 5; ++run) {
        timer.restart();
        outcome = protectTable(input, rules);
        best = std::min(best, static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("table 101x10x3 (%d cells), %d small inner cells\n", input.shape.cellCount(), small);
    std::printf("baseline (margins summed):   %8.2f ms\n", baseline);
    std::printf("protectTable (best of 5):    %8.2f ms  primary %d, secondary %d\n", best, outcome.primaryCount,
                outcome.secondaryCount);
    return 0;
}
