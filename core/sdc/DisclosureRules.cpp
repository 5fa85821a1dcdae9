#include "sdc/DisclosureRules.h"

#include "policy/Policy.h"

#include <QCoreApplication>

namespace ecluse {
namespace {

// This file's messages, under the "DisclosureRules" context that lupdate files them in too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DisclosureRules)
};

} // namespace

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
    const QString zeros = zeroCellsDisclosive ? Text::tr("zeros suppressed") : Text::tr("zeros published");
    return Text::tr("frequency < %1, (%2, %3%)-dominance, p% = %4%, %5")
        .arg(threshold)
        .arg(dominanceN)
        .arg(dominanceKPercent)
        .arg(pPercent)
        .arg(zeros);
}

} // namespace ecluse
