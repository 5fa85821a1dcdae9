#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QString>

#include <type_traits>
#include <vector>

struct pg_conn;
struct pg_result;

namespace ecluse {

// Where the organisation's PostgreSQL is and how this workstation proves who it is. The server's
// certificate is always verified against `authorityFile`, name included (sslmode=verify-full):
// a connection string that asks for less is refused, not weakened.
struct PgServerSettings
{
    QString connection;      // a libpq connection string: "host=db.example.org dbname=ecluse"
    QString authorityFile;   // PEM: the authorities that may sign the server's certificate
    QString certificateFile; // PEM: this workstation's client certificate (its common name is its role)
    QString keyFile;         // PEM: that certificate's private key, readable by the user only
    int connectSeconds = 5;  // a server that does not answer within this is unreachable
};

// A failure the server reported or the connection suffered. `sqlState` is PostgreSQL's code
// ("42501": not allowed), empty when the server was never reached.
class PgError : public Error
{
public:
    PgError(ErrorKind kind, QString message, QByteArray sqlState, bool connectionLost);

    const QByteArray& sqlState() const noexcept { return m_sqlState; }
    // The server could not be reached or went away: what was asked may not have been done.
    bool connectionLost() const noexcept { return m_connectionLost; }

private:
    QByteArray m_sqlState;
    bool m_connectionLost;
};

// Values for a parameterised statement ($1, $2, ...): nothing is ever spliced into SQL text.
class PgParams
{
public:
    PgParams& text(const QString& value);
    PgParams& integer(qint64 value);
    PgParams& bytes(const QByteArray& value); // bytea, sent as binary
    PgParams& null();

private:
    friend class PgConnection;
    std::vector<QByteArray> m_values;
    std::vector<bool> m_isNull;
    std::vector<int> m_formats; // 0 text, 1 binary
};

// The rows a statement returned, as text (bytea columns decoded by bytes()).
class PgResult
{
public:
    explicit PgResult(pg_result* result) noexcept;
    ~PgResult();
    PgResult(PgResult&& other) noexcept;
    PgResult& operator=(PgResult&&) = delete;
    PgResult(const PgResult&) = delete;
    PgResult& operator=(const PgResult&) = delete;

    int rows() const;
    bool isNull(int row, int column) const;
    QString text(int row, int column) const;
    qint64 integer(int row, int column) const;   // throws Integrity on anything but a whole number
    QByteArray bytes(int row, int column) const; // a bytea column

private:
    const char* value(int row, int column) const;
    pg_result* m_result;
};

// One libpq connection, thin and move-only like Database over sqlite3. Every failure throws a
// PgError carrying the server's own message.
class PgConnection
{
public:
    explicit PgConnection(const PgServerSettings& settings);
    ~PgConnection();
    PgConnection(PgConnection&& other) noexcept;
    PgConnection& operator=(PgConnection&&) = delete;
    PgConnection(const PgConnection&) = delete;
    PgConnection& operator=(const PgConnection&) = delete;

    // Throws what connecting with these settings would throw before reaching the network: a
    // malformed or weakened connection string, certificates missing from policy.
    static void checkSettings(const PgServerSettings& settings);
    // "db.example.org:5432", as messages name the server.
    static QString serverName(const PgServerSettings& settings);

    PgResult execute(const char* sql, const PgParams& params = {});
    // The role the server knows this workstation as (the client certificate's common name).
    QString role();

    // Runs `work` in one transaction: committed if it returns, rolled back if it throws.
    template <typename Work> auto inTransaction(Work&& work)
    {
        execute("BEGIN");
        try {
            if constexpr (std::is_void_v<decltype(work())>) {
                work();
                execute("COMMIT");
            } else {
                auto result = work();
                execute("COMMIT");
                return result;
            }
        } catch (...) {
            rollbackQuietly();
            throw;
        }
    }

private:
    void rollbackQuietly() noexcept;
    [[noreturn]] void throwFailure(pg_result* result) const;

    pg_conn* m_conn = nullptr;
    QString m_server; // "db.example.org:5432", for messages
};

} // namespace ecluse
