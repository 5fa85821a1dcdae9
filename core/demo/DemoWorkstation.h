#pragma once

#include "crypto/SecureBuffer.h"

#include <QStringList>

#include <cstdint>
#include <functional>

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

    struct Data
    {
        qint64 rows = 100'000;
        std::uint64_t seed = 1;
    };

    // Every account gets the same password; the vault is left unlocked as admin. The demo data
    // (prestations and their DAMIR aggregate) is generated into signed packages in a private
    // temporary folder and imported through the same path as real data, then the folder is
    // removed. Returns the recovery key, formatted for printing once.
    static SecureBuffer
    create(Vault& vault, const SecureBuffer& password, const Data& data,
           const std::function<bool(const QString& step, qint64 done, qint64 total)>& progress = {});

    // A random password of the kind the demo prints when none is given.
    static SecureBuffer generatePassword();
};

} // namespace ecluse
