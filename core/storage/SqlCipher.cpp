#include "SqlCipher.h"

#include "Database.h"

#include <sqlite3.h>

#include <QCoreApplication>
#include <QVersionNumber>

namespace ecluse {
namespace {

// This file's messages, under the "SqlCipher" context that lupdate files them in too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SqlCipher)
};

} // namespace

QString sqlcipherVersion()
{
    Database memory(QStringLiteral(":memory:"), Database::Mode::Create);
    return memory.queryText("PRAGMA cipher_version");
}

QString sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

void requireSqlCipher4()
{
    const QString version = sqlcipherVersion();
    // cipher_version reads like "4.6.1 community".
    const QVersionNumber number = QVersionNumber::fromString(version.section(QLatin1Char(' '), 0, 0));
    if (version.isEmpty())
        throw Error(ErrorKind::Other,
                    Text::tr("Écluse needs SQLCipher 4 or later, but the SQLite library in use (%1) has no "
                             "encryption. Install SQLCipher 4 (Debian: libsqlcipher1 from bookworm-backports).")
                        .arg(sqliteVersion()));
    if (number.majorVersion() < 4)
        throw Error(ErrorKind::Other,
                    Text::tr("Écluse needs SQLCipher 4 or later, but the SQLite library in use (%1) is "
                             "SQLCipher %2. Install SQLCipher 4 (Debian: libsqlcipher1 from bookworm-backports).")
                        .arg(sqliteVersion(), version));
}

} // namespace ecluse
