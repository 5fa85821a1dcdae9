#include "PolicyPath.h"

#include "policy/PolicySource.h"

#ifndef ECLUSE_POLICY_FILE
#error "ECLUSE_POLICY_FILE must be defined by the build"
#endif

namespace ecluse {

QString managedPolicyPath()
{
    return QStringLiteral(ECLUSE_POLICY_FILE);
}

PolicyLocations machinePolicyLocations()
{
    return {managedPolicyPath(), userSettingsPath()};
}

} // namespace ecluse
