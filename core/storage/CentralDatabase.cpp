#include "CentralDatabase.h"

#include <QCoreApplication>

namespace ecluse {
namespace {

// This file's messages, under the "CentralDatabase" context that lupdate files them in too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CentralDatabase)
};

} // namespace

std::unique_ptr<PgConnection> connectToCentralDatabase(const PgServerSettings& settings)
{
    auto connection = std::make_unique<PgConnection>(settings);
    const PgResult version = connection->execute("SELECT version FROM ecluse.schema_version");
    if (version.rows() != 1 || version.integer(0, 0) != CentralSchemaVersion)
        throw Error(
            ErrorKind::Integrity,
            Text::tr("The organisation server %1 holds schema version %2; this version of Écluse works with "
                     "version %3 (packaging/postgresql/ecluse-central.sql).")
                .arg(PgConnection::serverName(settings), version.rows() == 1 ? version.text(0, 0) : Text::tr("(none)"))
                .arg(CentralSchemaVersion));
    return connection;
}

} // namespace ecluse
