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

// What a policy key holds, as loadPolicy() reads it: what the Windows administrative templates
// (packaging/windows) must offer for it, and what their test checks them against.
struct PolicyKeyInfo
{
    enum class Kind
    {
        Integer, // a whole number from minimum to maximum (REG_DWORD, or its decimal text)
        Boolean, // true or false (REG_DWORD 1 or 0)
        Choice,  // one of choices, spelled exactly (REG_SZ)
        List,    // items separated by commas (REG_MULTI_SZ, one item a string)
        Text,    // one string, such as a folder (REG_SZ)
    };

    QString key;
    Kind kind = Kind::Text;
    int minimum = 0;            // Integer only
    int maximum = 0;            // Integer only
    QStringList choices = {};   // Choice only, strictest first
    bool userMayTighten = true; // false: managed policy alone sets it
};

// Every key loadPolicy() knows, in its order.
std::vector<PolicyKeyInfo> policyKeys();

} // namespace ecluse
