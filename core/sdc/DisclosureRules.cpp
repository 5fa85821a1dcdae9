#include "sdc/DisclosureRules.h"

#include "policy/Policy.h"

#include <QCoreApplication>

namespace ecluse {

DisclosureRules DisclosureRules::fromPolicy(const Policy& policy)
{
    DisclosureRules rules;
    rules.threshold = policy.smallCellThreshold;
    rules.dominanceN = policy.dominanceN;
    rules.dominanceKPercent = policy.dominanceKPercent;
    rules.pPercent = policy.pRulePercent;
    rules.zeroCellsDisclosive = policy.zeroCellsDisclosive;
    return rules;
}

QString DisclosureRules::summary() const
{
    const QString zeros = zeroCellsDisclosive
                              ? QCoreApplication::translate("ecluse::DisclosureRules", "zeros suppressed")
                              : QCoreApplication::translate("ecluse::DisclosureRules", "zeros published");
    return QCoreApplication::translate("ecluse::DisclosureRules", "frequency < %1, (%2, %3%)-dominance, p% = %4%, %5")
        .arg(threshold)
        .arg(dominanceN)
        .arg(dominanceKPercent)
        .arg(pPercent)
        .arg(zeros);
}

} // namespace ecluse
