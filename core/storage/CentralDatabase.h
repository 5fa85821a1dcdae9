#pragma once

#include "storage/PgConnection.h"

#include <memory>

namespace ecluse {

// The version of packaging/postgresql/ecluse-central.sql this build reads and writes. A server
// with another version is refused: its tables or rules may not be the ones Écluse relies on.
inline constexpr int CentralSchemaVersion = 2;

// Connects to the organisation's server and checks its schema's version (ErrorKind::Integrity
// for another one).
std::unique_ptr<PgConnection> connectToCentralDatabase(const PgServerSettings& settings);

} // namespace ecluse
