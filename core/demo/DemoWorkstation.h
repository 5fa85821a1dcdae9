#pragma once

#include "crypto/SecureBuffer.h"

#include <QStringList>

namespace ecluse {

class Vault;

// Builds a complete demo workstation in an empty vault folder: a demo authority and producer
// made for this vault alone, a signed habilitation manifest with the demo accounts, and their
// key slots, all through the same paths as real ones. Refused where policy forbids demo mode.
class DemoWorkstation
{
public:
    struct Account
    {
        const char* name;
        const char* role;
    };

    // admin, analyst1, analyst2, steward1, steward2, auditor.
    static QStringList accountNames();

    // Every account gets the same password; the vault is left unlocked as admin. Returns the
    // recovery key, formatted for printing once.
    static SecureBuffer create(Vault& vault, const SecureBuffer& password);

    // A random password of the kind the demo prints when none is given.
    static SecureBuffer generatePassword();
};

} // namespace ecluse
