#pragma once

#include "storage/Database.h"

#include <QStringList>

namespace ecluse {

class SecureBuffer;

// How vault.db's pages are encrypted and authenticated (AES-256-CBC and a MAC per page, SQLCipher
// 4), as keyslots.json records it: every connection must use the vault's own settings.
struct CipherSettings
{
    enum class Hmac
    {
        Sha512, // SQLCipher 4's default: vaults created before format 3 of keyslots.json
        Sha256, // vaults created since: the same protection, read 2.5 times faster (SHA-NI)
    };
    int pageSize = 4096;
    Hmac hmac = Hmac::Sha256;

    bool operator==(const CipherSettings&) const = default;
    // "4096-byte pages, HMAC-SHA256", for messages and the audit trail.
    QString description() const;
};

// Opens vault.db the one way every connection must be opened: raw key first, SQLCipher 4
// settings, key checked by a read, then temp_store=MEMORY (Debian's SQLCipher would otherwise
// spill plaintext temporary files), WAL, foreign keys, and the schema brought up to date.
Database openVaultDatabase(const QString& path, const SecureBuffer& dataKey, const CipherSettings& cipher,
                           Database::Mode mode);
// A second, read-only connection to an open vault's database, for reading in parallel.
Database openVaultReader(const QString& path, const SecureBuffer& dataKey, const CipherSettings& cipher);

// A new, empty database keyed as vault.db is, for Database::copyTo() to fill: a backup's
// snapshot. Nothing else is set: the pages copied bring the schema and settings.
Database openVaultSnapshot(const QString& path, const SecureBuffer& dataKey, const CipherSettings& cipher);

// How the schema of db differs from the one Écluse creates (tables, indexes and triggers, with
// their exact SQL): a dropped or rewritten trigger is tampering that integrity_check cannot see.
// Empty when it is exactly as created.
QStringList schemaDifferences(Database& db);

} // namespace ecluse
