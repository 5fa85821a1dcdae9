#pragma once

#include <QString>

namespace ecluse {

struct Policy;

// The thresholds statistical disclosure control applies, read from policy (docs/POLICY.md).
struct DisclosureRules
{
    int threshold = 11;         // a cell of 1..threshold-1 units is suppressed (CASD: 11)
    int dominanceN = 2;         // (n,k)-dominance: the n largest contributions...
    int dominanceKPercent = 90; // ...reaching k% of the cell total suppress it
    int pPercent = 10;          // p% rule: (total - x1 - x2) < p% of x1 suppresses the cell
    bool zeroCellsDisclosive = false;

    static DisclosureRules fromPolicy(const Policy& policy);

    // "frequency < 11, (2, 90%)-dominance, p% = 10%, zeros published", for headers and provenance.
    QString summary() const;
};

} // namespace ecluse
