// The central database's own rules (packaging/postgresql/ecluse-central.sql), checked with SQL
// as a workstation role would send it, modified client or not: heads can be added, in order,
// and read back by their workstation only; nothing can change or remove them. Requests change
// only through the server's functions, which refuse what Écluse's rules refuse.
#include "TestPostgres.h"
#include "storage/CentralDatabase.h"
#include "storage/PgConnection.h"

#include <QTest>

#include <functional>

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

const QString vaultB = QStringLiteral("0b5c0c36-3f3e-4b8e-9a43-5d2d6a3c1f02");
const QString specText = QStringLiteral(R"({"dataset":"prestations","project":"P-1","retainUntil":"2030-01-01"})");

// A change as a (possibly modified) client sends it: ecluse.change_request's parameters.
struct Change
{
    qint64 request = 0;
    int eventsSeen = 0;
    QString vault;
    const char* actor = "";
    const char* action = "";
    const char* stateAfter = "";
    const char* approvals = "[]";
    const char* comment = "";
    bool withChecks = false;
};

void send(PgConnection& db, const Change& change)
{
    PgParams params;
    params.integer(change.request)
        .integer(change.eventsSeen)
        .text(change.vault)
        .text(QString::fromUtf8(change.actor))
        .text(QString::fromUtf8(change.action))
        .text(QString::fromUtf8(change.stateAfter))
        .integer(1)
        .text(QString::fromUtf8(change.approvals))
        .text(specText)
        .text(QString::fromUtf8(change.comment));
    if (change.withChecks)
        params.text(QStringLiteral(R"({"rows":10,"beneficiaries":5,"checks":[],"overlaps":[]})"));
    else
        params.null();
    db.execute("SELECT ecluse.change_request($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, now())", params);
}

QString stateOf(PgConnection& db, qint64 request)
{
    return db.execute("SELECT state FROM ecluse.requests WHERE id = $1", PgParams().integer(request)).text(0, 0);
}

QByteArray sqlStateOf(const std::function<void()>& action)
{
    try {
        action();
    } catch (const PgError& error) {
        return error.sqlState();
    }
    return "none";
}

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
        QCOMPARE(a.execute("SELECT version FROM ecluse.schema_version").integer(0, 0), CentralSchemaVersion);
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

    void aRequestChangesOnlyThroughTheRules()
    {
        PgConnection a(m_pg.settings(QStringLiteral("ws_a")));
        PgConnection b(m_pg.settings(QStringLiteral("ws_b")));
        const qint64 id =
            a.execute("SELECT ecluse.reserve_request_numbers($1, 2)", PgParams().text(vaultA)).integer(0, 0);
        // Under a number another workstation reserved, or none, nothing is drafted.
        const auto draft = [&](PgConnection& db, qint64 number, const QString& vault) {
            db.execute("SELECT ecluse.create_request($1, $2, 'analyst1', $3, now())",
                       PgParams().integer(number).text(vault).text(specText));
        };
        QCOMPARE(sqlStateOf([&] { draft(b, id, vaultB); }), QByteArray("42501"));
        QCOMPARE(sqlStateOf([&] { draft(a, id + 1000, vaultA); }), QByteArray("42501"));
        draft(a, id, vaultA);
        QCOMPARE(sqlStateOf([&] { draft(a, id, vaultA); }), QByteArray("23505"));
        QCOMPARE(stateOf(a, id), QStringLiteral("draft"));

        // A draft is not reviewed; a submission comes with its checks, from where it was drafted.
        QCOMPARE(sqlStateOf([&] {
                     send(b, {id, 1, vaultB, "steward1", "approve", "approved", "[\"steward1\"]"});
                 }),
                 QByteArray("22023"));
        QCOMPARE(sqlStateOf([&] { send(a, {id, 1, vaultA, "analyst1", "submit", "submitted"}); }), QByteArray("22023"));
        QCOMPARE(sqlStateOf([&] {
                     send(b, {id, 1, vaultB, "analyst1", "submit", "submitted", "[]", "", true});
                 }),
                 QByteArray("42501"));
        send(a, {id, 1, vaultA, "analyst1", "submit", "submitted", "[]", "", true});

        // Nobody reviews their own request, whatever the client says; nor on a stale read.
        QCOMPARE(sqlStateOf([&] {
                     send(b, {id, 2, vaultB, "analyst1", "approve", "approved", "[\"analyst1\"]"});
                 }),
                 QByteArray("42501"));
        QCOMPARE(sqlStateOf([&] {
                     send(b, {id, 1, vaultB, "steward1", "approve", "approved", "[\"steward1\"]"});
                 }),
                 QByteArray("40001"));
        // A client's account that does not follow the rules (approvals it made up) is refused.
        QCOMPARE(sqlStateOf([&] {
                     send(b, {id, 2, vaultB, "steward1", "approve", "approved", "[\"steward1\",\"steward2\"]"});
                 }),
                 QByteArray("22023"));
        QCOMPARE(sqlStateOf([&] { send(b, {id, 2, vaultB, "steward1", "reject", "rejected"}); }), QByteArray("22023"));
        // The requester's own workstation cannot approve, whatever name it gives.
        QCOMPARE(sqlStateOf([&] {
                     send(a, {id, 2, vaultA, "steward1", "approve", "approved", "[\"steward1\"]"});
                 }),
                 QByteArray("42501"));
        QCOMPARE(stateOf(a, id), QStringLiteral("submitted"));

        send(b, {id, 2, vaultB, "steward1", "approve", "approved", "[\"steward1\"]"});
        QCOMPARE(stateOf(a, id), QStringLiteral("approved"));
        // Only the requester's workstation releases, and only through release_request.
        const auto release = [&](PgConnection& db, const QString& vault) {
            db.execute(
                "SELECT ecluse.release_request($1, 3, $2, 'analyst1', now(), 'REL-00000000000000AB', 10, 5, '{}')",
                PgParams().integer(id).text(vault));
        };
        QCOMPARE(sqlStateOf([&] { release(b, vaultB); }), QByteArray("42501"));
        QCOMPARE(sqlStateOf([&] {
                     send(a, {id, 3, vaultA, "analyst1", "release", "released", "[\"steward1\"]"});
                 }),
                 QByteArray("22023"));
        release(a, vaultA);
        QCOMPARE(stateOf(a, id), QStringLiteral("released"));
        QCOMPARE(b.execute("SELECT count(*) FROM ecluse.request_events WHERE request = $1", PgParams().integer(id))
                     .integer(0, 0),
                 4);
    }

    void aWorkstationCannotWriteRequestsDirectly_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("approve by update") << QStringLiteral("UPDATE ecluse.requests SET state = 'approved'");
        QTest::newRow("insert a request")
            << QStringLiteral("INSERT INTO ecluse.requests (workstation, vault_id, requester, state, revision, spec, "
                              "events, created_utc, updated_utc) VALUES (session_user, '%1', 'x', 'approved', 1, "
                              "'{\"retainUntil\":\"2030-01-01\"}', 1, now(), now())")
                   .arg(vaultA);
        QTest::newRow("rewrite history") << QStringLiteral("UPDATE ecluse.request_events SET actor = 'steward9'");
        QTest::newRow("delete history") << QStringLiteral("DELETE FROM ecluse.request_events");
        QTest::newRow("delete a release") << QStringLiteral("DELETE FROM ecluse.releases");
        QTest::newRow("the rules' own function")
            << QStringLiteral("SELECT ecluse.apply_request_change(1, 1, '%1', 'a', 'approve', 'approved', 1, '[]', "
                              "'{}', '', NULL, now())")
                   .arg(vaultA);
        QTest::newRow("the approvals the organisation asks") << QStringLiteral("UPDATE ecluse.settings SET value = 0");
    }

    void aWorkstationCannotWriteRequestsDirectly()
    {
        QFETCH(QString, sql);
        PgConnection a(m_pg.settings(QStringLiteral("ws_a")));
        QCOMPARE(sqlStateOf([&] { a.execute(sql.toUtf8().constData()); }), QByteArray("42501"));
    }

private:
    test::TestPostgres m_pg;
};

QTEST_GUILESS_MAIN(TestCentralSchema)
#include "tst_centralschema.moc"
