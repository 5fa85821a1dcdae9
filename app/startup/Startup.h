#pragma once

#include "PolicyPath.h"
#include "common/Error.h"
#include "policy/PolicyLoader.h"

#include <QString>

namespace ecluse {

// What both executables check before doing anything: SQLCipher 4 is linked, and OpenSSL's
// secure heap is ready for keys. Throws Error when the platform cannot run Écluse safely.
void checkRuntime();

// "Écluse 0.1.0, SQLCipher 4.6.1 community (SQLite 3.46.1), OpenSSL 3.0.x"
QString versionReport();

// The vault folder: the one given, else ECLUSE_VAULT, else the platform's application data.
QString resolveVaultFolder(const QString& given);

// Managed policy, then the user's settings where they are stricter, read once for the life of
// the process. Managed policy that exists but cannot be read or applied in full (not a regular
// file, unreadable, malformed, an unknown key, a value that does not parse) throws
// managedPolicyError(), ErrorKind::Integrity: both executables stop before any window or vault
// opens. A user settings file that cannot be read is left out, with a note in the result.
LoadedPolicy loadMachinePolicy(const PolicyLocations& where);

// The text of the GUI's dialog when loadMachinePolicy() stops Écluse: what happened, the error
// naming the source, and whom to ask.
QString policyFailureText(const Error& error);

} // namespace ecluse
