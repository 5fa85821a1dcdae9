#pragma once

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

// Managed policy (see PolicyPath.h), then the user's settings where they are stricter. Throws
// ErrorKind::InvalidInput when managed policy holds a value that does not parse.
LoadedPolicy loadMachinePolicy();

} // namespace ecluse
