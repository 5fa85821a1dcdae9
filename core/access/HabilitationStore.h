#pragma once

#include "Habilitation.h"

#include <optional>

namespace ecluse {

class Database;

// The habilitation manifests imported into a vault, newest serial in force. The signed file is
// kept as it was imported, and checked against its own signature whenever it is read back.
class HabilitationStore
{
public:
    explicit HabilitationStore(Database& db);

    static inline const char* const schemaSql = R"(
        CREATE TABLE habilitation_manifests(
            serial INTEGER PRIMARY KEY,
            organisation TEXT NOT NULL,
            issued_utc TEXT NOT NULL,
            signer BLOB NOT NULL,
            imported_utc TEXT NOT NULL,
            imported_by TEXT NOT NULL,
            envelope BLOB NOT NULL);
    )";

    std::optional<HabilitationManifest> current() const;
    qint64 currentSerial() const;
    void save(const HabilitationManifest& manifest, const QString& importedBy, const QDateTime& importedUtc);

private:
    Database& m_db;
};

} // namespace ecluse
