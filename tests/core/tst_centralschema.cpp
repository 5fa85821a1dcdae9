// The central database's own rules (packaging/postgresql/ecluse-central.sql), checked with SQL
// as a workstation role would send it, modified client or not: heads can be added, in order,
// and read back by their workstation only; nothing can change or remove them.
#include "TestPostgres.h"
#include "storage/PgConnection.h"

#include <QTest>

using namespace ecluse;

namespace {

const QString vaultA = QStringLiteral("0b5c0c36-3f3e-4b8e-9a43-5d2d6a3c1f01");

PgParams head(const QString& vault, qint64 sequence)
{
    return PgParams()
        .text(vault)
        .integer(sequence)
        .bytes(QByteArray(32, static_cast<char>(sequence)))
        .bytes(QByteArray(32, '\x5a'));
}

const char* insertHead = "INSERT INTO ecluse.audit_heads (vault_id, sequence, entry_hash, mac, appended_utc) "
                         "VALUES ($1, $2, $3, $4, now())";

} // namespace

class TestCentralSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_pg.isUp(), "no test cluster: run through ctest");
        PgConnection a(m_pg.settings(QStringLiteral("ws_a")));
        for (qint64 sequence = 1; sequence <= 3; ++sequence)
            a.execute(insertHead, head(vaultA, sequence));
    }

    void theSchemaSaysItsVersion()
    {
        PgConnection a(m_pg.settings(QStringLiteral("ws_a")));
        QCOMPARE(a.execute("SELECT version FROM ecluse.schema_version").integer(0, 0), 1);
    }

    void aWorkstationCanNeitherChangeNorRemoveAHead_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("update") << QStringLiteral("UPDATE ecluse.audit_heads SET entry_hash = mac");
        QTest::newRow("delete") << QStringLiteral("DELETE FROM ecluse.audit_heads");
        QTest::newRow("truncate") << QStringLiteral("TRUNCATE ecluse.audit_heads");
        QTest::newRow("drop") << QStringLiteral("DROP TABLE ecluse.audit_heads");
        QTest::newRow("disable the trigger")
            << QStringLiteral("ALTER TABLE ecluse.audit_heads DISABLE TRIGGER audit_heads_never_change");
    }

    void aWorkstationCanNeitherChangeNorRemoveAHead()
    {
        QFETCH(QString, sql);
        PgConnection a(m_pg.settings(QStringLiteral("ws_a")));
        try {
            a.execute(sql.toUtf8().constData());
            QFAIL("the server let a workstation change its heads");
        } catch (const PgError& error) {
            QCOMPARE(error.kind(), ErrorKind::Denied);
            QVERIFY2(error.sqlState() == "42501", error.sqlState().constData());
        }
        QCOMPARE(a.execute("SELECT count(*) FROM ecluse.audit_heads").integer(0, 0), 3);
    }

    void aWorkstationSeesOnlyItsOwnHeads()
    {
        PgConnection b(m_pg.settings(QStringLiteral("ws_b")));
        QCOMPARE(b.execute("SELECT count(*) FROM ecluse.audit_heads").integer(0, 0), 0);
        b.execute(insertHead, head(vaultA, 1)); // the same vault id on another workstation: its own chain
        QCOMPARE(b.execute("SELECT count(*) FROM ecluse.audit_heads").integer(0, 0), 1);
        PgConnection a(m_pg.settings(QStringLiteral("ws_a")));
        QCOMPARE(a.execute("SELECT max(sequence) FROM ecluse.audit_heads").integer(0, 0), 3);
    }

    void aWorkstationCannotRecordHeadsInAnothersName()
    {
        PgConnection b(m_pg.settings(QStringLiteral("ws_b")));
        try {
            b.execute("INSERT INTO ecluse.audit_heads (workstation, vault_id, sequence, entry_hash, mac, appended_utc) "
                      "VALUES ('ws_a', $1, $2, $3, $4, now())",
                      head(vaultA, 4));
            QFAIL("ws_b recorded a head as ws_a");
        } catch (const PgError& error) {
            QCOMPARE(error.kind(), ErrorKind::Denied);
        }
        PgConnection a(m_pg.settings(QStringLiteral("ws_a")));
        QCOMPARE(a.execute("SELECT max(sequence) FROM ecluse.audit_heads").integer(0, 0), 3);
    }

    void headsArriveInOrderWithoutGapsOrRepeats_data()
    {
        QTest::addColumn<qint64>("sequence");
        QTest::newRow("a gap") << qint64(5);
        QTest::newRow("a repeat") << qint64(3);
        QTest::newRow("going back") << qint64(1);
    }

    void headsArriveInOrderWithoutGapsOrRepeats()
    {
        QFETCH(qint64, sequence);
        PgConnection a(m_pg.settings(QStringLiteral("ws_a")));
        try {
            a.execute(insertHead, head(vaultA, sequence));
            QFAIL("the server accepted a head out of order");
        } catch (const PgError& error) {
            QCOMPARE(error.kind(), ErrorKind::Integrity);
        }
        QCOMPARE(a.execute("SELECT max(sequence) FROM ecluse.audit_heads").integer(0, 0), 3);
    }

    void malformedHeadsAreRefused_data()
    {
        QTest::addColumn<QString>("vault");
        QTest::addColumn<int>("hashBytes");
        QTest::newRow("not a vault id") << QStringLiteral("../etc") << 32;
        QTest::newRow("short hash") << vaultA << 31;
    }

    void malformedHeadsAreRefused()
    {
        QFETCH(QString, vault);
        QFETCH(int, hashBytes);
        PgConnection a(m_pg.settings(QStringLiteral("ws_a")));
        QVERIFY_THROWS_EXCEPTION(
            PgError,
            a.execute(insertHead,
                      PgParams().text(vault).integer(4).bytes(QByteArray(hashBytes, 'h')).bytes(QByteArray(32, 'm'))));
    }

    void theServerSetsTheTimeItReceivedAHead()
    {
        PgConnection a(m_pg.settings(QStringLiteral("ws_a")));
        a.execute("INSERT INTO ecluse.audit_heads (vault_id, sequence, entry_hash, mac, appended_utc, received_utc) "
                  "VALUES ($1, $2, $3, $4, now(), '2001-01-01')",
                  head(vaultA, 4));
        QVERIFY(a.execute("SELECT received_utc > now() - interval '1 hour' FROM ecluse.audit_heads "
                          "WHERE sequence = 4")
                    .text(0, 0) == QStringLiteral("t"));
    }

private:
    test::TestPostgres m_pg;
};

QTEST_GUILESS_MAIN(TestCentralSchema)
#include "tst_centralschema.moc"
