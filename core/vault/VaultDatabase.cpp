#include "VaultDatabase.h"

#include "access/HabilitationStore.h"
#include "audit/AuditTrail.h"

#include <QCoreApplication>

#include <array>

namespace ecluse {
namespace {

// This file's messages, under the "VaultDatabase" context that lupdate files them in too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(VaultDatabase)
};

// Datasets: one row per imported package (its provenance), the vault's own beneficiary
// pseudonyms, and each package's rows stored column by column in chunks (see docs/ARCHITECTURE.md).
const char* const version3 = R"(
    CREATE TABLE packages(
        id TEXT PRIMARY KEY,
        dataset TEXT NOT NULL,
        schema_version INTEGER NOT NULL,
        producer TEXT NOT NULL,
        signer BLOB NOT NULL,
        created_utc TEXT NOT NULL,
        retain_until TEXT NOT NULL,
        imported_utc TEXT NOT NULL,
        imported_by TEXT NOT NULL,
        rows INTEGER NOT NULL,
        manifest BLOB NOT NULL);
    CREATE TABLE beneficiaries(id INTEGER PRIMARY KEY, pseudonym BLOB NOT NULL);
    CREATE TABLE dataset_chunks(
        package TEXT NOT NULL REFERENCES packages(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        chunk INTEGER NOT NULL,
        column_name TEXT NOT NULL,
        rows INTEGER NOT NULL,
        encoding INTEGER NOT NULL,
        data BLOB NOT NULL,
        PRIMARY KEY(package, chunk, column_name));
)";

// Extract requests and their history (core/extract/VaultRequestStore.cpp).
const char* const version5 = R"(
    CREATE TABLE extract_requests(
        id INTEGER PRIMARY KEY,
        requester TEXT NOT NULL,
        state TEXT NOT NULL,
        revision INTEGER NOT NULL,
        spec TEXT NOT NULL,
        approvals TEXT NOT NULL,
        created_utc TEXT NOT NULL,
        updated_utc TEXT NOT NULL);
    CREATE TABLE extract_request_events(
        request INTEGER NOT NULL REFERENCES extract_requests(id),
        seq INTEGER NOT NULL,
        at_utc TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        state_after TEXT NOT NULL,
        comment TEXT NOT NULL,
        PRIMARY KEY(request, seq)) WITHOUT ROWID;
)";

// Releases of extract requests, and which beneficiaries each held (for the overlap check; the
// vault's own numbers, never pseudonyms).
const char* const version6 = R"(
    CREATE TABLE extract_releases(
        id TEXT PRIMARY KEY,
        request INTEGER NOT NULL UNIQUE REFERENCES extract_requests(id),
        requester TEXT NOT NULL,
        dataset TEXT NOT NULL,
        project TEXT NOT NULL,
        released_utc TEXT NOT NULL,
        expires TEXT NOT NULL,
        rows INTEGER NOT NULL,
        beneficiaries INTEGER NOT NULL,
        manifest TEXT NOT NULL) WITHOUT ROWID;
    CREATE TABLE extract_release_members(
        release TEXT NOT NULL REFERENCES extract_releases(id),
        beneficiary INTEGER NOT NULL,
        PRIMARY KEY(release, beneficiary)) WITHOUT ROWID;
)";

// What each user was shown of each table, for linked-table disclosure control
// (core/aggregate/LinkedTables.h). A package leaving the vault (retention) takes with it what was
// shown of its dataset: whatever removes it, the trigger does.
const char* const version7 = R"(
    CREATE TABLE published_tables(
        id INTEGER PRIMARY KEY,
        user TEXT NOT NULL,
        dataset TEXT NOT NULL,
        data_version TEXT NOT NULL,
        filters TEXT NOT NULL,
        dimensions TEXT NOT NULL,
        content BLOB NOT NULL,
        UNIQUE(user, dataset, data_version, filters, dimensions));
    CREATE TRIGGER published_tables_follow_packages AFTER DELETE ON packages
    BEGIN
        DELETE FROM published_tables WHERE dataset = OLD.dataset;
    END;
)";

// The earliest and latest care date of each package's rows (days since 1970-01-01), recorded at
// import, so that a table without filters can tell its period without reading the care dates.
// NULL for packages imported before: the aggregate engine then reads the column.
const char* const version8 = R"(
    ALTER TABLE packages ADD COLUMN care_first_day INTEGER;
    ALTER TABLE packages ADD COLUMN care_last_day INTEGER;
)";

// Who each release held, for releases recorded on the organisation's server as well as in the
// vault (docs/DEPLOYMENT.md): the population no longer refers to a row of extract_releases, which
// a release on the server does not have. The populations stay in the vault either way.
const char* const version9 = R"(
    CREATE TABLE extract_release_members_v9(
        release TEXT NOT NULL,
        beneficiary INTEGER NOT NULL,
        PRIMARY KEY(release, beneficiary)) WITHOUT ROWID;
    INSERT INTO extract_release_members_v9(release, beneficiary)
        SELECT release, beneficiary FROM extract_release_members;
    DROP TABLE extract_release_members;
    ALTER TABLE extract_release_members_v9 RENAME TO extract_release_members;
)";

// The organisation's requests as this vault knows them, so that a requester's own steps go on
// while the server is out of reach (core/extract/RequestOutbox.h): request numbers the server
// reserved for this vault, the requests drafted here as last known, the steps waiting to be
// sent (in order), and the releases made here.
const char* const version10 = R"(
    CREATE TABLE central_request_numbers(id INTEGER PRIMARY KEY);
    CREATE TABLE central_requests(id INTEGER PRIMARY KEY, request TEXT NOT NULL);
    CREATE TABLE central_request_outbox(
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        request INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('create', 'change')),
        body TEXT NOT NULL);
    CREATE TABLE central_releases(id TEXT PRIMARY KEY, record TEXT NOT NULL) WITHOUT ROWID;
)";

const std::array<Migration, 10>& vaultMigrations()
{
    static const QByteArray version1 = QByteArray(R"(
        CREATE TABLE vault_meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE accounts(
            name TEXT PRIMARY KEY,
            roles TEXT NOT NULL,
            created_utc TEXT NOT NULL) WITHOUT ROWID;
    )") + AuditTrail::schemaSql;
    static const std::array<Migration, 10> steps{{{1, version1.constData()},
                                                  {2, HabilitationStore::schemaSql},
                                                  {3, version3},
                                                  {4, AuditTrail::appendOnlyInsertSql},
                                                  {5, version5},
                                                  {6, version6},
                                                  {7, version7},
                                                  {8, version8},
                                                  {9, version9},
                                                  {10, version10}}};
    return steps;
}

} // namespace

QString CipherSettings::description() const
{
    return QStringLiteral("%1-byte pages, %2")
        .arg(pageSize)
        .arg(hmac == Hmac::Sha256 ? QStringLiteral("HMAC-SHA256") : QStringLiteral("HMAC-SHA512"));
}

namespace {

void applyKey(Database& db, const SecureBuffer& dataKey, const CipherSettings& cipher)
{
    // Wipes SQLCipher's buffers when freed; a process-wide setting, asked for on every connection.
    db.execute("PRAGMA cipher_memory_security = ON");
    db.setRawKey(dataKey);
    db.execute("PRAGMA cipher_compatibility = 4");
    if (cipher.pageSize != 4096)
        db.execute(QByteArray("PRAGMA cipher_page_size = " + QByteArray::number(cipher.pageSize)).constData());
    if (cipher.hmac == CipherSettings::Hmac::Sha256)
        db.execute("PRAGMA cipher_hmac_algorithm = HMAC_SHA256");
}

} // namespace

Database openVaultSnapshot(const QString& path, const SecureBuffer& dataKey, const CipherSettings& cipher)
{
    Database db(path, Database::Mode::Create);
    applyKey(db, dataKey, cipher);
    db.execute("PRAGMA temp_store = MEMORY");
    return db;
}

Database openVaultReader(const QString& path, const SecureBuffer& dataKey, const CipherSettings& cipher)
{
    Database db(path, Database::Mode::OpenExisting);
    applyKey(db, dataKey, cipher);
    // Never writes: no temporary files, and a bug here cannot change the vault.
    db.execute("PRAGMA query_only = ON");
    db.execute("PRAGMA temp_store = MEMORY");
    if (db.userVersion() != static_cast<int>(vaultMigrations().size()))
        throw Error(ErrorKind::Integrity, Text::tr("%1 changed while it was open").arg(path));
    return db;
}

Database openVaultDatabase(const QString& path, const SecureBuffer& dataKey, const CipherSettings& cipher,
                           Database::Mode mode)
{
    Database db(path, mode);
    applyKey(db, dataKey, cipher);
    try {
        db.queryInt("SELECT count(*) FROM sqlite_schema");
    } catch (const Error& error) {
        if (error.kind() != ErrorKind::Integrity)
            throw;
        throw Error(ErrorKind::Integrity, Text::tr("%1 is damaged or does not belong to this vault: its key does not "
                                                   "open it (%2)")
                                              .arg(path, error.message()));
    }
    // An existing vault always has a schema: an empty file here was truncated or swapped, and
    // must not silently become a fresh vault.
    if (mode == Database::Mode::OpenExisting && db.userVersion() == 0)
        throw Error(ErrorKind::Integrity, Text::tr("%1 is empty: the vault database was truncated "
                                                   "or replaced")
                                              .arg(path));
    db.execute("PRAGMA temp_store = MEMORY");
    db.execute("PRAGMA secure_delete = ON");
    db.execute("PRAGMA foreign_keys = ON");
    // REPLACE then fires delete triggers too: a second guard of the append-only trail.
    db.execute("PRAGMA recursive_triggers = ON");
    if (db.queryText("PRAGMA journal_mode = WAL").compare(QStringLiteral("wal"), Qt::CaseInsensitive) != 0)
        throw Error(ErrorKind::Other, Text::tr("%1: cannot switch to write-ahead logging").arg(path));
    migrate(db, vaultMigrations(), path);
    return db;
}

namespace {

QStringList schemaObjects(Database& db)
{
    QStringList objects;
    Statement select = db.prepare("SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_schema "
                                  "ORDER BY type, name");
    while (select.step())
        objects << select.text(0) + QLatin1Char('\x1f') + select.text(1) + QLatin1Char('\x1f') + select.text(2) +
                       QLatin1Char('\x1f') + select.text(3);
    return objects;
}

} // namespace

QStringList schemaDifferences(Database& db)
{
    // The reference is the schema the migrations create, built afresh in memory: no list to keep
    // in step by hand.
    Database reference(QStringLiteral(":memory:"), Database::Mode::Create);
    migrate(reference, vaultMigrations(), QStringLiteral("the reference schema"));
    const QStringList expected = schemaObjects(reference);
    const QStringList actual = schemaObjects(db);
    const auto describe = [](const QString& object) {
        const QStringList parts = object.split(QLatin1Char('\x1f'));
        return QStringLiteral("%1 %2").arg(parts.value(0), parts.value(1));
    };
    const auto named = [](const QStringList& objects, const QString& object) {
        const QString key = object.section(QLatin1Char('\x1f'), 0, 1);
        return std::any_of(objects.begin(), objects.end(),
                           [&](const QString& other) { return other.section(QLatin1Char('\x1f'), 0, 1) == key; });
    };
    QStringList differences;
    for (const QString& object : expected) {
        if (actual.contains(object))
            continue;
        differences << (named(actual, object) ? Text::tr("%1 was changed").arg(describe(object))
                                              : Text::tr("%1 is missing").arg(describe(object)));
    }
    for (const QString& object : actual) {
        if (!named(expected, object))
            differences << Text::tr("%1 was added").arg(describe(object));
    }
    return differences;
}

} // namespace ecluse
