#include "storage/Database.h"
#include "storage/SqlCipher.h"

#include <QTemporaryDir>
#include <QTest>

#include <array>

using namespace ecluse;

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    Database fresh(const char* name)
    {
        return Database(m_dir.filePath(QString::fromLatin1(name)), Database::Mode::Create);
    }

private Q_SLOTS:
    void linkedLibraryIsSqlCipher4()
    {
        QVERIFY2(sqlcipherVersion().startsWith(QLatin1Char('4')), qPrintable(sqlcipherVersion()));
        requireSqlCipher4();
    }

    void typedValuesRoundTrip()
    {
        Database db = fresh("typed.db");
        db.execute("CREATE TABLE t(i INTEGER, r REAL, s TEXT, b BLOB, n TEXT)");
        db.prepare("INSERT INTO t VALUES(?, ?, ?, ?, ?)")
            .bind(1, qint64(1) << 40)
            .bind(2, 2.5)
            .bind(3, QStringLiteral("Écluse"))
            .bindBlob(4, QByteArray("\0\1\2", 3))
            .bindNull(5)
            .run();
        Statement row = db.prepare("SELECT i, r, s, b, n FROM t");
        QVERIFY(row.step());
        QCOMPARE(row.int64(0), qint64(1) << 40);
        QCOMPARE(row.real(1), 2.5);
        QCOMPARE(row.text(2), QStringLiteral("Écluse"));
        QCOMPARE(row.blob(3), QByteArray("\0\1\2", 3));
        QVERIFY(row.isNull(4));
        QVERIFY(!row.step());
    }

    void errorsCarrySqliteMessage()
    {
        Database db = fresh("errors.db");
        try {
            db.prepare("SELECT * FROM missing_table");
            QFAIL("preparing against a missing table must throw");
        } catch (const Error& error) {
            QVERIFY2(error.message().contains(QStringLiteral("no such table: missing_table")),
                     qPrintable(error.message()));
            QCOMPARE(error.kind(), ErrorKind::Other);
        }
    }

    void transactionRollsBackUnlessCommitted()
    {
        Database db = fresh("tx.db");
        db.execute("CREATE TABLE t(x)");
        try {
            Transaction transaction(db);
            db.execute("INSERT INTO t VALUES(1)");
            throw Error(ErrorKind::Other, QStringLiteral("interrupted"));
        } catch (const Error&) {
        }
        QCOMPARE(db.queryInt("SELECT count(*) FROM t"), 0);
        {
            Transaction transaction(db);
            db.execute("INSERT INTO t VALUES(1)");
            transaction.commit();
        }
        QCOMPARE(db.queryInt("SELECT count(*) FROM t"), 1);
    }

    void migrationsRunOnceAndInOrder()
    {
        Database db = fresh("migrate.db");
        const std::array<Migration, 2> steps{{{1, "CREATE TABLE a(x)"}, {2, "CREATE TABLE b(y)"}}};
        migrate(db, steps, QStringLiteral("test"));
        QCOMPARE(db.userVersion(), 2);
        migrate(db, steps, QStringLiteral("test")); // nothing left to do, and no "table exists" error
        QCOMPARE(db.queryInt("SELECT count(*) FROM sqlite_schema WHERE name IN ('a', 'b')"), 2);
    }

    void newerSchemaIsRefused()
    {
        Database db = fresh("newer.db");
        db.setUserVersion(7);
        const std::array<Migration, 1> steps{{{1, "CREATE TABLE a(x)"}}};
        try {
            migrate(db, steps, QStringLiteral("newer.db"));
            QFAIL("a newer schema must be refused");
        } catch (const Error& error) {
            QVERIFY2(error.message().contains(QStringLiteral("version 7")), qPrintable(error.message()));
            QVERIFY(error.message().contains(QStringLiteral("newer")));
        }
        QCOMPARE(db.queryInt("SELECT count(*) FROM sqlite_schema"), 0);
    }

    void openingAMissingFileDoesNotCreateIt()
    {
        const QString path = m_dir.filePath(QStringLiteral("absent.db"));
        QVERIFY_THROWS_EXCEPTION(Error, Database(path, Database::Mode::OpenExisting));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
