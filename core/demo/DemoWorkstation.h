#pragma once

#include "crypto/SecureBuffer.h"

#include <QStringList>

#include <cstdint>
#include <functional>

namespace ecluse {

struct VaultEnvironment;

// Builds a complete demo workstation in a new vault folder: a demo authority and producer made
// for this vault alone, a signed habilitation manifest with the demo accounts, and their key
// slots, all through the same paths as real ones. Refused where policy forbids demo mode.
//
// Nothing is built in place, nor in the system's temporary folder: the vault and the generated
// CSV files live in a private staging folder beside the target (".<name>.demo-build-XXXXXX", owner
// only, on the same file system), locked for the whole build. The finished vault is moved onto
// the target in one rename; a build that dies leaves no vault at the target, only a staging
// folder that nobody holds any more, which removeLeftovers() deletes at the next start.
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

    // Called as the work goes on, with the step and its rows done out of the total; returning
    // false cancels the creation, which then leaves nothing behind.
    using Progress = std::function<bool(const QString& step, qint64 done, qint64 total)>;

    // Creates the demo vault in `folder`, which must not exist or be an empty folder (an existing
    // vault is never replaced), with the environment the vault will be opened with (its seal file
    // is keyed by the vault id, so it follows the vault). Every account gets the same password.
    // The demo data (prestations and their DAMIR aggregate) is generated into signed packages and
    // imported through the same path as real data, then deleted before the vault is moved into
    // place. Returns the recovery key, formatted for printing once; the vault is left locked.
    // Any failure, or a cancel, leaves `folder` and its parent as they were.
    static SecureBuffer create(const QString& folder, const VaultEnvironment& environment, const SecureBuffer& password,
                               const Data& data, const Progress& progress = {});

    // Deletes the staging folders that interrupted builds for `folder` left beside it (those whose
    // lock no live process holds) and returns their paths; a build still running is left alone.
    // Throws, naming the folder, when a leftover cannot be deleted. Callers run it before
    // anything else, each time they are asked for a demo.
    static QStringList removeLeftovers(const QString& folder);

    // A random password of the kind the demo prints when none is given.
    static SecureBuffer generatePassword();
};

} // namespace ecluse
