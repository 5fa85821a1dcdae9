// The connection to the organisation's PostgreSQL: TLS with the server's certificate and name
// verified, a client certificate per workstation, and clear errors when any of it fails. Runs
// against a real server (scripts/pg-test-cluster.sh).
#include "TestPostgres.h"
#include "storage/PgConnection.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace ecluse;

class TestPgConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_pg.isUp(), "no test cluster: run through ctest"); }

    void aWorkstationSignsInAsTheRoleItsCertificateNames()
    {
        PgConnection a(m_pg.settings(QStringLiteral("ws_a")));
        QCOMPARE(a.role(), QStringLiteral("ws_a"));
        PgConnection b(m_pg.settings(QStringLiteral("ws_b")));
        QCOMPARE(b.role(), QStringLiteral("ws_b"));
    }

    void aServerWhoseCertificateNamesAnotherHostIsRefused()
    {
        // The same server, reached under a name its certificate does not carry: what a server
        // impersonating the organisation's would look like with a certificate of its own.
        try {
            PgConnection connection(m_pg.settings(QStringLiteral("ws_a"), QStringLiteral("db.elsewhere.example")));
            QFAIL("connected to a server whose certificate is for another name");
        } catch (const PgError& error) {
            QVERIFY(error.connectionLost());
            QVERIFY2(error.message().contains(QStringLiteral("db.elsewhere.example")), qPrintable(error.message()));
            QVERIFY2(error.message().contains(QStringLiteral("does not match host name")), qPrintable(error.message()));
        }
    }

    void aServerSignedByAnotherAuthorityIsRefused()
    {
        PgServerSettings settings = m_pg.settings(QStringLiteral("ws_a"));
        settings.authorityFile = m_pg.tlsFile(QStringLiteral("other-ca.crt"));
        QVERIFY_THROWS_EXCEPTION(PgError, PgConnection{settings});
    }

    void aClientCertificateFromAnotherAuthorityIsRefused()
    {
        PgServerSettings settings = m_pg.settings(QStringLiteral("ws_a"));
        settings.certificateFile = m_pg.tlsFile(QStringLiteral("intruder.crt"));
        settings.keyFile = m_pg.tlsFile(QStringLiteral("intruder.key"));
        QVERIFY_THROWS_EXCEPTION(PgError, PgConnection{settings});
    }

    void aWorkstationCannotSignInAsAnotherRole()
    {
        PgServerSettings settings = m_pg.settings(QStringLiteral("ws_a"));
        settings.connection.replace(QStringLiteral("user=ws_a"), QStringLiteral("user=ws_b"));
        try {
            PgConnection connection(settings);
            QFAIL("ws_a's certificate signed in as ws_b");
        } catch (const PgError& error) {
            QVERIFY2(error.message().contains(QStringLiteral("certificate authentication failed")),
                     qPrintable(error.message()));
        }
    }

    void aConnectionStringThatWeakensTheConnectionIsRefused_data()
    {
        QTest::addColumn<QString>("extra");
        QTest::addColumn<QString>("named");
        QTest::newRow("no TLS") << QStringLiteral("sslmode=disable") << QStringLiteral("sslmode=disable");
        QTest::newRow("TLS without checks") << QStringLiteral("sslmode=require") << QStringLiteral("sslmode=require");
        QTest::newRow("no name check") << QStringLiteral("sslmode=verify-ca") << QStringLiteral("sslmode=verify-ca");
        QTest::newRow("another authority") << QStringLiteral("sslrootcert=/tmp/x.crt") << QStringLiteral("sslrootcert");
        QTest::newRow("a password") << QStringLiteral("password=secret") << QStringLiteral("password");
    }

    void aConnectionStringThatWeakensTheConnectionIsRefused()
    {
        QFETCH(QString, extra);
        QFETCH(QString, named);
        PgServerSettings settings = m_pg.settings(QStringLiteral("ws_a"));
        settings.connection += QLatin1Char(' ') + extra;
        try {
            PgConnection connection(settings);
            QFAIL("a weakened connection string was accepted");
        } catch (const PgError&) {
            QFAIL("refused only by the server: the string should not have been tried");
        } catch (const Error& error) {
            QCOMPARE(error.kind(), ErrorKind::InvalidInput);
            QVERIFY2(error.message().contains(named), qPrintable(error.message()));
        }
    }

    void aMalformedConnectionStringIsRefused()
    {
        PgServerSettings settings = m_pg.settings(QStringLiteral("ws_a"));
        settings.connection = QStringLiteral("host=localhost port");
        try {
            PgConnection connection(settings);
            QFAIL("a malformed connection string was accepted");
        } catch (const Error& error) {
            QCOMPARE(error.kind(), ErrorKind::InvalidInput);
            QVERIFY2(error.message().contains(QStringLiteral("connection string")), qPrintable(error.message()));
        }
    }

    void settingsWithoutCertificatesAreRefused()
    {
        PgServerSettings settings = m_pg.settings(QStringLiteral("ws_a"));
        settings.keyFile.clear();
        QVERIFY_THROWS_EXCEPTION(Error, PgConnection{settings});
    }

    void parametersAreNeverSplicedIntoTheStatement()
    {
        PgConnection a(m_pg.settings(QStringLiteral("ws_a")));
        const QString hostile = QStringLiteral("x'); DROP TABLE ecluse.audit_heads; --");
        const QByteArray binary("\x00\x01\xff'\\", 5);
        const PgResult result = a.execute("SELECT $1::text, $2::bytea, $3::bigint, $4::text IS NULL",
                                          PgParams().text(hostile).bytes(binary).integer(-42).null());
        QCOMPARE(result.rows(), 1);
        QCOMPARE(result.text(0, 0), hostile);
        QCOMPARE(result.bytes(0, 1), binary);
        QCOMPARE(result.integer(0, 2), -42);
        QCOMPARE(result.text(0, 3), QStringLiteral("t"));
    }

    void aServerThatGoesAwayIsReportedLostThenReachableAgain()
    {
        PgConnection a(m_pg.settings(QStringLiteral("ws_a")));
        QVERIFY(m_pg.pause());
        try {
            a.execute("SELECT 1");
            QFAIL("a statement succeeded on a stopped server");
        } catch (const PgError& error) {
            QVERIFY2(error.connectionLost(), qPrintable(error.message()));
        }
        try {
            PgConnection again(m_pg.settings(QStringLiteral("ws_a")));
            QFAIL("connected to a stopped server");
        } catch (const PgError& error) {
            QVERIFY(error.connectionLost());
            QVERIFY2(error.message().contains(QStringLiteral("Cannot reach the organisation server")),
                     qPrintable(error.message()));
        }
        QVERIFY(m_pg.resume());
        PgConnection back(m_pg.settings(QStringLiteral("ws_a")));
        QCOMPARE(back.role(), QStringLiteral("ws_a"));
    }

    void aServerThatNeverAnswersIsWaitedForOnceNotEveryTime()
    {
        // A listener that accepts connections and says nothing, as a network that drops packets
        // looks to libpq: the first attempt waits out connect_timeout, the next fails at once.
        const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
        QVERIFY(listener >= 0);
        const auto closeListener = qScopeGuard([listener] { ::close(listener); });
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof(address);
        QVERIFY(::bind(listener, reinterpret_cast<sockaddr*>(&address), length) == 0);
        QVERIFY(::listen(listener, 8) == 0);
        QVERIFY(::getsockname(listener, reinterpret_cast<sockaddr*>(&address), &length) == 0);
        PgServerSettings silent = m_pg.settings(QStringLiteral("ws_a"));
        silent.connection = QStringLiteral("host=localhost hostaddr=127.0.0.1 port=%1 dbname=ecluse user=ws_a")
                                .arg(ntohs(address.sin_port));
        silent.connectSeconds = 2;

        QElapsedTimer timer;
        timer.start();
        QVERIFY_THROWS_EXCEPTION(PgError, PgConnection{silent});
        QVERIFY2(timer.elapsed() >= 1000, qPrintable(QString::number(timer.elapsed())));
        timer.restart();
        try {
            PgConnection again(silent);
            QFAIL("connected to a server that never answers");
        } catch (const PgError& error) {
            QVERIFY(error.connectionLost());
            QVERIFY2(error.message().contains(QStringLiteral("did not answer less than 30 seconds ago")),
                     qPrintable(error.message()));
        }
        QVERIFY2(timer.elapsed() < 500, qPrintable(QString::number(timer.elapsed())));
        // Another server is not held back by it.
        PgConnection other(m_pg.settings(QStringLiteral("ws_a")));
        QCOMPARE(other.role(), QStringLiteral("ws_a"));
    }

    void aTransactionThatThrowsLeavesNothing()
    {
        PgConnection a(m_pg.settings(QStringLiteral("ws_a")));
        a.execute("CREATE TEMPORARY TABLE scratch (n integer)");
        QVERIFY_THROWS_EXCEPTION(Error, a.inTransaction([&] {
            a.execute("INSERT INTO scratch VALUES (1)");
            throw Error(ErrorKind::Other, QStringLiteral("changed my mind"));
        }));
        QCOMPARE(a.execute("SELECT count(*) FROM scratch").integer(0, 0), 0);
        a.inTransaction([&] { a.execute("INSERT INTO scratch VALUES (2)"); });
        QCOMPARE(a.execute("SELECT count(*) FROM scratch").integer(0, 0), 1);
    }

private:
    test::TestPostgres m_pg;
};

QTEST_GUILESS_MAIN(TestPgConnection)
#include "tst_pgconnection.moc"
