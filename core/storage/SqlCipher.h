#pragma once

#include <QString>

namespace ecluse {

// The SQLCipher library this process is linked to, as PRAGMA cipher_version reports it
// (empty when the library is plain SQLite).
QString sqlcipherVersion();
QString sqliteVersion();

// Refuses to run on a SQLite without SQLCipher 4 or later: a plain SQLite would silently
// write the vault unencrypted.
void requireSqlCipher4();

} // namespace ecluse
