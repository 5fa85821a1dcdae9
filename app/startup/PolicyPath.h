#pragma once

#include <QString>

namespace ecluse {

// Where this executable reads managed policy on Unix. Fixed when the executable is built
// (CMake option ECLUSE_POLICY_FILE, default /etc/ecluse/policy.ini): no environment variable
// or argument can point a user's session at a policy of their own.
QString managedPolicyPath();

// Where policy is read: the managed file and the user's own settings file.
struct PolicyLocations
{
    QString managedFile; // Unix; on Windows managed policy is the registry key HKLM\Software\Policies\Ecluse
    QString userFile;
};

// This machine's: managedPolicyPath() and the user's settings file.
PolicyLocations machinePolicyLocations();

} // namespace ecluse
