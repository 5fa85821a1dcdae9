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
    // About the user's settings as a whole: a file left out because it could not be read, a key
    // Écluse does not know.
    QStringList notes = {};
};

// Defaults, then managed policy, then the user's settings where they are at least as strict.
// A managed key Écluse does not know, or a managed value that does not parse, stops everything
// with managedPolicyError() (ErrorKind::Integrity) naming the key and the source: a typo such as
// `ExportMod=deny` would otherwise lift the rule it meant to set. A user key or value that does
// not parse, or would loosen a rule, is ignored and noted: the user can only tighten.
LoadedPolicy loadPolicy(const PolicySource& managed, const PolicySource* user = nullptr);

QString originName(PolicyEntry::Origin origin);

} // namespace ecluse
