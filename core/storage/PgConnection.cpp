#include "PgConnection.h"

#include <QCoreApplication>
#include <QHash>

#include <libpq-fe.h>

#include <algorithm>
#include <chrono>
#include <memory>
#include <mutex>
#include <optional>
#include <utility>

namespace ecluse {

namespace {

// This file's messages, under the "PgConnection" context that lupdate files them in too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PgConnection)
};

QString libpqMessage(const char* message)
{
    return QString::fromUtf8(message).trimmed();
}

// The settings this class decides, whatever the connection string says: a weaker sslmode or
// certificates named elsewhere than in policy would bypass the controls policy sets.
bool isControlledKeyword(const QByteArray& keyword)
{
    return keyword == "sslrootcert" || keyword == "sslcert" || keyword == "sslkey" || keyword == "sslcrl" ||
           keyword == "password" || keyword == "passfile" || keyword == "sslpassword";
}

ErrorKind kindOf(const QByteArray& sqlState)
{
    if (sqlState == "42501" || sqlState.startsWith("28"))
        return ErrorKind::Denied;
    if (sqlState.startsWith("23"))
        return ErrorKind::Integrity;
    if (sqlState == "22023") // what Écluse's functions raise for a state or a value that does not fit
        return ErrorKind::InvalidInput;
    return ErrorKind::Other;
}

struct ConninfoOptions
{
    PQconninfoOption* options = nullptr;
    ~ConninfoOptions()
    {
        if (options)
            PQconninfoFree(options);
    }
};

} // namespace

PgError::PgError(ErrorKind kind, QString message, QByteArray sqlState, bool connectionLost)
    : Error(kind, std::move(message))
    , m_sqlState(std::move(sqlState))
    , m_connectionLost(connectionLost)
{}

PgParams& PgParams::text(const QString& value)
{
    m_values.push_back(value.toUtf8());
    m_isNull.push_back(false);
    m_formats.push_back(0);
    return *this;
}

PgParams& PgParams::integer(qint64 value)
{
    m_values.push_back(QByteArray::number(value));
    m_isNull.push_back(false);
    m_formats.push_back(0);
    return *this;
}

PgParams& PgParams::bytes(const QByteArray& value)
{
    m_values.push_back(value);
    m_isNull.push_back(false);
    m_formats.push_back(1);
    return *this;
}

PgParams& PgParams::null()
{
    m_values.emplace_back();
    m_isNull.push_back(true);
    m_formats.push_back(0);
    return *this;
}

PgResult::PgResult(pg_result* result) noexcept
    : m_result(result)
{}

PgResult::~PgResult()
{
    if (m_result)
        PQclear(m_result);
}

PgResult::PgResult(PgResult&& other) noexcept
    : m_result(std::exchange(other.m_result, nullptr))
{}

int PgResult::rows() const
{
    return PQntuples(m_result);
}

bool PgResult::isNull(int row, int column) const
{
    return PQgetisnull(m_result, row, column) == 1;
}

const char* PgResult::value(int row, int column) const
{
    if (row < 0 || row >= PQntuples(m_result) || column < 0 || column >= PQnfields(m_result))
        throw Error(ErrorKind::Integrity,
                    Text::tr("The organisation server returned fewer rows or columns than expected."));
    return PQgetvalue(m_result, row, column);
}

QString PgResult::text(int row, int column) const
{
    return QString::fromUtf8(value(row, column));
}

qint64 PgResult::integer(int row, int column) const
{
    bool ok = false;
    const qint64 number = QByteArray(value(row, column)).toLongLong(&ok);
    if (!ok)
        throw Error(ErrorKind::Integrity, Text::tr("The organisation server returned a malformed number."));
    return number;
}

QByteArray PgResult::bytes(int row, int column) const
{
    // bytea in text form is "\x" and two hex digits per byte (bytea_output = hex, the default).
    const QByteArray raw(value(row, column));
    const bool wellFormed =
        raw.startsWith("\\x") && raw.size() % 2 == 0 && std::all_of(raw.begin() + 2, raw.end(), [](char c) {
            return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        });
    if (!wellFormed)
        throw Error(ErrorKind::Integrity, Text::tr("The organisation server returned malformed binary data."));
    return QByteArray::fromHex(raw.mid(2));
}

namespace {

struct ConnectionParameters
{
    std::vector<QByteArray> keywords;
    std::vector<QByteArray> values;
    QString server; // "db.example.org:5432", for messages
};

// The connection string from policy, checked, with what this class always decides added.
ConnectionParameters connectionParameters(const PgServerSettings& settings)
{
    ConninfoOptions parsed;
    char* parseError = nullptr;
    parsed.options = PQconninfoParse(settings.connection.toUtf8().constData(), &parseError);
    if (!parsed.options) {
        const QString why = parseError ? libpqMessage(parseError) : Text::tr("out of memory");
        PQfreemem(parseError);
        throw Error(ErrorKind::InvalidInput,
                    Text::tr("The organisation server's connection string is not valid: %1").arg(why));
    }
    if (settings.authorityFile.isEmpty() || settings.certificateFile.isEmpty() || settings.keyFile.isEmpty())
        throw Error(
            ErrorKind::InvalidInput,
            Text::tr("The organisation server needs an authority, a client certificate and its key in policy."));

    ConnectionParameters parameters;
    bool timeoutGiven = false;
    QString host;
    QString port;
    for (PQconninfoOption* option = parsed.options; option->keyword; ++option) {
        if (!option->val)
            continue;
        const QByteArray keyword(option->keyword);
        const QByteArray value(option->val);
        if (keyword == "sslmode" && value != "verify-full")
            throw Error(ErrorKind::InvalidInput,
                        Text::tr("The organisation server's connection string asks for sslmode=%1: only verify-full is "
                                 "allowed, so that the server's certificate and name are always checked.")
                            .arg(QString::fromUtf8(value)));
        if (isControlledKeyword(keyword))
            throw Error(
                ErrorKind::InvalidInput,
                Text::tr("The organisation server's connection string sets %1: certificates are set in policy, and "
                         "workstations sign in with their certificate, not a password.")
                    .arg(QString::fromUtf8(keyword)));
        timeoutGiven = timeoutGiven || keyword == "connect_timeout";
        if (keyword == "host")
            host = QString::fromUtf8(value);
        if (keyword == "port")
            port = QString::fromUtf8(value);
        if (keyword == "sslmode")
            continue;
        parameters.keywords.push_back(keyword);
        parameters.values.push_back(value);
    }
    const auto set = [&](const char* keyword, const QByteArray& value) {
        parameters.keywords.emplace_back(keyword);
        parameters.values.push_back(value);
    };
    set("sslmode", "verify-full");
    set("sslrootcert", settings.authorityFile.toUtf8());
    set("sslcert", settings.certificateFile.toUtf8());
    set("sslkey", settings.keyFile.toUtf8());
    set("ssl_min_protocol_version", "TLSv1.2");
    set("application_name", "ecluse");
    if (!timeoutGiven)
        set("connect_timeout", QByteArray::number(std::max(1, settings.connectSeconds)));
    parameters.server = port.isEmpty() ? host : host + QLatin1Char(':') + port;
    return parameters;
}

// Servers whose last connection attempt took a second or more to fail: a network or a server
// that drops packets rather than refusing. For a while, further attempts in this process fail at
// once instead of waiting out connect_timeout again; one that refuses at once is tried each time.
class SlowFailures
{
public:
    static constexpr std::chrono::seconds Window{30};

    // The earlier failure, if one is recent enough to answer for the server.
    std::optional<QString> recent(const QString& server)
    {
        const std::lock_guard lock(m_mutex);
        const auto it = m_failures.constFind(server);
        if (it == m_failures.constEnd() || std::chrono::steady_clock::now() - it->at >= Window)
            return std::nullopt;
        return it->why;
    }
    void record(const QString& server, std::chrono::steady_clock::duration took, const QString& why)
    {
        const std::lock_guard lock(m_mutex);
        if (took >= std::chrono::seconds(1))
            m_failures.insert(server, {std::chrono::steady_clock::now(), why});
        else
            m_failures.remove(server);
    }
    void answered(const QString& server)
    {
        const std::lock_guard lock(m_mutex);
        m_failures.remove(server);
    }

private:
    struct Failure
    {
        std::chrono::steady_clock::time_point at;
        QString why;
    };
    std::mutex m_mutex;
    QHash<QString, Failure> m_failures;
};

SlowFailures& slowFailures()
{
    static SlowFailures failures;
    return failures;
}

} // namespace

void PgConnection::checkSettings(const PgServerSettings& settings)
{
    connectionParameters(settings);
}

QString PgConnection::serverName(const PgServerSettings& settings)
{
    return connectionParameters(settings).server;
}

PgConnection::PgConnection(const PgServerSettings& settings)
{
    const ConnectionParameters parameters = connectionParameters(settings);
    const std::vector<QByteArray>& keywords = parameters.keywords;
    const std::vector<QByteArray>& values = parameters.values;
    m_server = parameters.server;

    std::vector<const char*> keywordPointers;
    std::vector<const char*> valuePointers;
    for (std::size_t i = 0; i < keywords.size(); ++i) {
        keywordPointers.push_back(keywords[i].constData());
        valuePointers.push_back(values[i].constData());
    }
    keywordPointers.push_back(nullptr);
    valuePointers.push_back(nullptr);

    if (const std::optional<QString> earlier = slowFailures().recent(m_server))
        throw PgError(ErrorKind::Other,
                      Text::tr("Cannot reach the organisation server %1: it did not answer less than %2 seconds ago "
                               "(%3); it is tried again after that.")
                          .arg(m_server)
                          .arg(SlowFailures::Window.count())
                          .arg(*earlier),
                      {}, true);
    const auto started = std::chrono::steady_clock::now();
    m_conn = PQconnectdbParams(keywordPointers.data(), valuePointers.data(), 0);
    if (!m_conn)
        throw PgError(ErrorKind::Other, Text::tr("Out of memory while connecting to the organisation server."), {},
                      true);
    if (PQstatus(m_conn) != CONNECTION_OK || PQsslInUse(m_conn) != 1) {
        const QString why = libpqMessage(PQerrorMessage(m_conn));
        PQfinish(m_conn);
        m_conn = nullptr;
        slowFailures().record(m_server, std::chrono::steady_clock::now() - started, why);
        throw PgError(ErrorKind::Other, Text::tr("Cannot reach the organisation server %1: %2").arg(m_server, why), {},
                      true);
    }
    slowFailures().answered(m_server);
    // Server notices (NOTICE, WARNING) are not errors; libpq would print them on stderr.
    PQsetNoticeProcessor(
        m_conn, [](void*, const char*) {}, nullptr);
}

PgConnection::~PgConnection()
{
    if (m_conn)
        PQfinish(m_conn);
}

PgConnection::PgConnection(PgConnection&& other) noexcept
    : m_conn(std::exchange(other.m_conn, nullptr))
    , m_server(std::move(other.m_server))
{}

PgResult PgConnection::execute(const char* sql, const PgParams& params)
{
    if (!m_conn)
        throw PgError(ErrorKind::Other, Text::tr("The connection to the organisation server is closed."), {}, true);
    const int count = static_cast<int>(params.m_values.size());
    std::vector<const char*> values(params.m_values.size());
    std::vector<int> lengths(params.m_values.size());
    for (std::size_t i = 0; i < params.m_values.size(); ++i) {
        values[i] = params.m_isNull[i] ? nullptr : params.m_values[i].constData();
        lengths[i] = static_cast<int>(params.m_values[i].size());
    }
    pg_result* result =
        PQexecParams(m_conn, sql, count, nullptr, values.data(), lengths.data(), params.m_formats.data(), 0);
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        throwFailure(result);
    return PgResult(result);
}

QString PgConnection::role()
{
    return execute("SELECT session_user").text(0, 0);
}

void PgConnection::rollbackQuietly() noexcept
{
    if (m_conn && PQstatus(m_conn) == CONNECTION_OK)
        PQclear(PQexec(m_conn, "ROLLBACK"));
}

void PgConnection::throwFailure(pg_result* result) const
{
    const std::unique_ptr<pg_result, void (*)(pg_result*)> owned(result, PQclear);
    const bool lost = PQstatus(m_conn) != CONNECTION_OK;
    const QByteArray sqlState(result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr);
    const char* primary = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    const QString why = libpqMessage(primary ? primary : PQerrorMessage(m_conn));
    if (lost)
        throw PgError(ErrorKind::Other, Text::tr("Lost the organisation server %1: %2").arg(m_server, why), sqlState,
                      true);
    throw PgError(kindOf(sqlState), Text::tr("The organisation server %1 refused: %2").arg(m_server, why), sqlState,
                  false);
}

} // namespace ecluse
