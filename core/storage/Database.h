#pragma once

#include "common/Error.h"

#include <QByteArrayView>
#include <QString>

#include <functional>
#include <span>

struct sqlite3;
struct sqlite3_stmt;
struct sqlite3_blob;

namespace ecluse {

class SecureBuffer;
class Statement;

// A thin, move-only owner of one sqlite3 connection (SQLCipher build). Every failure throws an
// Error carrying SQLite's own message; corruption and foreign files map to ErrorKind::Integrity.
class Database
{
public:
    enum class Mode
    {
        OpenExisting,
        Create,
    };

    Database() = default;
    Database(const QString& path, Mode mode);
    ~Database();
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Keys the connection with a raw 256-bit key (SQLCipher's x'…' form skips its own KDF).
    // Must come before anything reads the file.
    void setRawKey(const SecureBuffer& key);

    void execute(const char* sql);
    Statement prepare(const char* sql);
    // Runs a statement whose first column of the first row is text (pragmas, scalar queries).
    QString queryText(const char* sql);
    qint64 queryInt(const char* sql);

    int userVersion();
    void setUserVersion(int version);
    int changes() const;

    // Copies every page into `target` with SQLite's online backup API, a consistent snapshot
    // while this connection stays usable. Both must be keyed alike (SQLCipher copies pages as
    // they are). `onStep` gets the fraction done and may return false to stop: then throws
    // ErrorKind::Other ("cancelled").
    void copyTo(Database& target, const std::function<bool(double)>& onStep = {});

    void close();
    bool isOpen() const { return m_db != nullptr; }
    const QString& path() const { return m_path; }
    sqlite3* handle() const { return m_db; }

    [[noreturn]] void throwError(int code, const char* action) const;

private:
    sqlite3* m_db = nullptr;
    QString m_path;
};

class Statement
{
public:
    Statement(const Database& db, sqlite3_stmt* stmt);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Parameters are numbered from 1, as in SQLite.
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QString& value);
    Statement& bindBlob(int index, QByteArrayView value);
    // Without SQLite's copy, for large values: the bytes must stay untouched until reset().
    Statement& bindBlobNoCopy(int index, QByteArrayView value);
    Statement& bindNull(int index);

    // Advances one row; false once the statement is done.
    bool step();
    // Steps a statement that returns no rows.
    void run();
    void reset();

    // Columns are numbered from 0, as in SQLite.
    bool isNull(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;

private:
    void check(int code, const char* action) const;

    const Database* m_db;
    sqlite3_stmt* m_stmt;
};

// Rolls back unless committed, so an exception anywhere leaves the database as it was. Inside
// another transaction it becomes a savepoint, so that services compose: an import's audit entry
// commits with the import or not at all.
class Transaction
{
public:
    enum class Kind
    {
        Deferred,
        Immediate, // takes the write lock at once: read-modify-write sequences cannot interleave
    };

    explicit Transaction(Database& db, Kind kind = Kind::Immediate);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    Database& m_db;
    bool m_open = true;
    bool m_nested = false;
};

// Forward-only schema migrations keyed on PRAGMA user_version.
struct Migration
{
    int version;
    const char* sql;
};

// Applies the steps above the file's version, each in its own transaction. A file written by a
// newer build (user_version above the last step) is refused rather than misread.
void migrate(Database& db, std::span<const Migration> steps, const QString& what);

// Reads one BLOB straight into the caller's memory (sqlite3_blob_read): no statement step, no
// copy into SQLite's heap and then into a QByteArray. Read-only; reopen() moves to another row
// of the same column, cheaper than a new handle. The row must not change while it is read.
class BlobReader
{
public:
    BlobReader(Database& db, const char* table, const char* column, qint64 rowid);
    ~BlobReader();
    BlobReader(const BlobReader&) = delete;
    BlobReader& operator=(const BlobReader&) = delete;

    void reopen(qint64 rowid);
    int size() const;
    // Throws when [offset, offset + bytes) is not within the BLOB.
    void read(void* out, int bytes, int offset = 0);

private:
    Database& m_db;
    sqlite3_blob* m_blob = nullptr;
};

} // namespace ecluse
