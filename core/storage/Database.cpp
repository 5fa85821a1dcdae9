#include "Database.h"

#include "crypto/SecureBuffer.h"

#include <sqlite3.h>

#include <QCoreApplication>
#include <QFile>

namespace ecluse {
namespace {

// This file's messages, under the "Database" context that lupdate files them in too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

} // namespace

Database::Database(const QString& path, Mode mode)
    : m_path(path)
{
    if (mode == Mode::OpenExisting && !QFile::exists(path))
        throw Error(ErrorKind::Other, Text::tr("%1 does not exist").arg(path));
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX | SQLITE_OPEN_NOFOLLOW |
                      (mode == Mode::Create ? SQLITE_OPEN_CREATE : 0);
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString message =
            m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromLatin1(sqlite3_errstr(rc));
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw Error(ErrorKind::Other, Text::tr("SQLite: cannot open %1: %2").arg(path, message));
    }
    sqlite3_extended_result_codes(m_db, 1);
    // The GUI and the CLI may hold the vault at once; wait for the other writer instead of failing.
    sqlite3_busy_timeout(m_db, 5000);
}

Database::~Database()
{
    close();
}

Database::Database(Database&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_path(std::move(other.m_path))
{}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
    }
    return *this;
}

void Database::copyTo(Database& target, const std::function<bool(double)>& onStep)
{
    sqlite3_backup* backup = sqlite3_backup_init(target.m_db, "main", m_db, "main");
    if (!backup)
        target.throwError(sqlite3_errcode(target.m_db), "start a backup");
    // A few hundred pages per step: progress and cancel stay responsive on large vaults.
    int code = SQLITE_OK;
    while ((code = sqlite3_backup_step(backup, 256)) == SQLITE_OK || code == SQLITE_BUSY || code == SQLITE_LOCKED) {
        const int total = sqlite3_backup_pagecount(backup);
        const double done = total > 0 ? 1.0 - static_cast<double>(sqlite3_backup_remaining(backup)) / total : 1.0;
        if (onStep && !onStep(done)) {
            sqlite3_backup_finish(backup);
            throw Error(ErrorKind::Other, Text::tr("cancelled"));
        }
    }
    const int finished = sqlite3_backup_finish(backup);
    if (code != SQLITE_DONE)
        target.throwError(code, "copy pages into a backup");
    if (finished != SQLITE_OK)
        target.throwError(finished, "finish a backup");
}

void Database::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

void Database::setRawKey(const SecureBuffer& key)
{
    SecureBuffer literal;
    literal.append("x'", 2);
    const SecureBuffer hex = key.toHex();
    literal.append(hex.data(), hex.size());
    literal.append("'", 1);
    const int rc = sqlite3_key(m_db, literal.data(), static_cast<int>(literal.size()));
    if (rc != SQLITE_OK)
        throwError(rc, "set the key");
}

void Database::execute(const char* sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        sqlite3_free(message);
        throwError(rc, "execute");
    }
}

Statement Database::prepare(const char* sql)
{
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql, -1, 0, &stmt, nullptr);
    if (rc != SQLITE_OK)
        throwError(rc, "prepare a statement");
    return Statement(*this, stmt);
}

QString Database::queryText(const char* sql)
{
    Statement stmt = prepare(sql);
    return stmt.step() ? stmt.text(0) : QString();
}

qint64 Database::queryInt(const char* sql)
{
    Statement stmt = prepare(sql);
    return stmt.step() ? stmt.int64(0) : 0;
}

int Database::userVersion()
{
    return static_cast<int>(queryInt("PRAGMA user_version"));
}

void Database::setUserVersion(int version)
{
    execute(QByteArray("PRAGMA user_version = " + QByteArray::number(version)).constData());
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

void Database::throwError(int code, const char* action) const
{
    const int primary = code & 0xff;
    QString detail = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromLatin1(sqlite3_errstr(code));
    // SQLCipher reports a page whose HMAC fails as a bare SQLITE_ERROR with SQLite's generic
    // message; every genuine SQL error carries a specific one.
    const bool pageRejected = primary == SQLITE_ERROR && detail == QLatin1String(sqlite3_errstr(SQLITE_ERROR));
    const bool integrity = primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB || pageRejected;
    if (pageRejected)
        detail = QStringLiteral("a page failed authentication: the file is damaged or was altered");
    throw Error(integrity ? ErrorKind::Integrity : ErrorKind::Other,
                QStringLiteral("SQLite: cannot %1 in %2: %3").arg(QString::fromLatin1(action), m_path, detail));
}

Statement::Statement(const Database& db, sqlite3_stmt* stmt)
    : m_db(&db)
    , m_stmt(stmt)
{}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db)
    , m_stmt(std::exchange(other.m_stmt, nullptr))
{}

void Statement::check(int code, const char* action) const
{
    if (code != SQLITE_OK)
        m_db->throwError(code, action);
}

Statement& Statement::bind(int index, qint64 value)
{
    check(sqlite3_bind_int64(m_stmt, index, value), "bind an integer");
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    check(sqlite3_bind_double(m_stmt, index, value), "bind a number");
    return *this;
}

Statement& Statement::bind(int index, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    check(sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT),
          "bind a text");
    return *this;
}

Statement& Statement::bindBlob(int index, QByteArrayView value)
{
    check(sqlite3_bind_blob64(m_stmt, index, value.data(), static_cast<sqlite3_uint64>(value.size()), SQLITE_TRANSIENT),
          "bind a blob");
    return *this;
}

Statement& Statement::bindBlobNoCopy(int index, QByteArrayView value)
{
    check(sqlite3_bind_blob64(m_stmt, index, value.data(), static_cast<sqlite3_uint64>(value.size()), SQLITE_STATIC),
          "bind a blob");
    return *this;
}

Statement& Statement::bindNull(int index)
{
    check(sqlite3_bind_null(m_stmt, index), "bind null");
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    m_db->throwError(rc, "step a statement");
}

void Statement::run()
{
    while (step()) {
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

Transaction::Transaction(Database& db, Kind kind)
    : m_db(db)
    , m_nested(sqlite3_get_autocommit(db.handle()) == 0)
{
    if (m_nested)
        m_db.execute("SAVEPOINT nested");
    else
        m_db.execute(kind == Kind::Immediate ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED");
}

Transaction::~Transaction()
{
    if (m_open && m_db.isOpen()) {
        sqlite3_exec(m_db.handle(), m_nested ? "ROLLBACK TO nested; RELEASE nested" : "ROLLBACK", nullptr, nullptr,
                     nullptr);
    }
}

void Transaction::commit()
{
    m_db.execute(m_nested ? "RELEASE nested" : "COMMIT");
    m_open = false;
}

void migrate(Database& db, std::span<const Migration> steps, const QString& what)
{
    const int latest = steps.empty() ? 0 : steps.back().version;
    const int current = db.userVersion();
    if (current > latest)
        throw Error(ErrorKind::Other, Text::tr("%1 has schema version %2, but this build of Écluse knows only up to "
                                               "version %3: use a newer Écluse")
                                          .arg(what)
                                          .arg(current)
                                          .arg(latest));
    for (const Migration& step : steps) {
        if (step.version <= current)
            continue;
        Transaction transaction(db);
        db.execute(step.sql);
        db.setUserVersion(step.version);
        transaction.commit();
    }
}

BlobReader::BlobReader(Database& db, const char* table, const char* column, qint64 rowid)
    : m_db(db)
{
    const int rc = sqlite3_blob_open(db.handle(), "main", table, column, rowid, 0, &m_blob);
    if (rc != SQLITE_OK) {
        sqlite3_blob_close(m_blob); // a failed open may still leave a handle to release
        m_blob = nullptr;
        db.throwError(rc, "open a BLOB");
    }
}

BlobReader::~BlobReader()
{
    sqlite3_blob_close(m_blob);
}

void BlobReader::reopen(qint64 rowid)
{
    const int rc = sqlite3_blob_reopen(m_blob, rowid);
    if (rc != SQLITE_OK)
        m_db.throwError(rc, "open a BLOB");
}

int BlobReader::size() const
{
    return sqlite3_blob_bytes(m_blob);
}

void BlobReader::read(void* out, int bytes, int offset)
{
    const int rc = sqlite3_blob_read(m_blob, out, bytes, offset);
    if (rc != SQLITE_OK)
        m_db.throwError(rc, "read a BLOB");
}

} // namespace ecluse
