#pragma once

#include <QString>

namespace ecluse {

// Where this executable reads managed policy on Unix. Fixed when the executable is built
// (CMake option ECLUSE_POLICY_FILE, default /etc/ecluse/policy.ini): no environment variable
// or argument can point a user's session at a policy of their own.
QString managedPolicyPath();

} // namespace ecluse
