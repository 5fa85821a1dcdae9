#pragma once

#include "Policy.h"

#include <vector>

namespace ecluse {

class PolicySource;

// Where each rule in force came from, for the policy page and `ecluse-cli policy show`.
struct PolicyEntry
{
    enum class Origin
    {
        Default,
        Managed,
        User,
    };

    QString key;
    QString value;
    Origin origin = Origin::Default;
    QString description;
    QString note; // e.g. a user setting ignored because it was looser
};

struct LoadedPolicy
{
    Policy policy;
    std::vector<PolicyEntry> entries;
};

// Defaults, then managed policy, then the user's settings where they are at least as strict.
// A managed value that does not parse stops everything with ErrorKind::InvalidInput naming the
// key and the source: running with a rule other than the one the organisation wrote would be
// worse than not running. A user value that does not parse or would loosen a rule is ignored
// and noted.
LoadedPolicy loadPolicy(const PolicySource& managed, const PolicySource* user = nullptr);

QString originName(PolicyEntry::Origin origin);

} // namespace ecluse
