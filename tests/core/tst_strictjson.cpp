#include "common/StrictJson.h"

#include <QJsonArray>
#include <QTest>

using namespace ecluse;

// Every JSON document from outside is read by parseStrictJsonObject: what a lenient reader would
// accept, and a signer and a reader could then see differently, must be refused.
class TestStrictJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAnObjectWithExactIntegers()
    {
        QString problem;
        const auto object = parseStrictJsonObject(
            R"({"name": "été", "rows": 9007199254740993, "ratio": 0.5, "list": [true, null, {"a": -1}]})", &problem);
        QVERIFY2(object, qPrintable(problem));
        QCOMPARE(object->value(QStringLiteral("name")).toString(), QStringLiteral("été"));
        // Beyond 2^53: a double would round it to ...992.
        QCOMPARE(object->value(QStringLiteral("rows")).toInteger(), Q_INT64_C(9007199254740993));
        QCOMPARE(object->value(QStringLiteral("ratio")).toDouble(), 0.5);
        const QJsonArray list = object->value(QStringLiteral("list")).toArray();
        QCOMPARE(list.size(), 3);
        QVERIFY(list.at(0).toBool());
        QVERIFY(list.at(1).isNull());
        QCOMPARE(list.at(2).toObject().value(QStringLiteral("a")).toInteger(), -1);
    }

    void refusesWhatALenientReaderAccepts_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("where");
        QTest::newRow("a duplicate key") << QByteArray(R"({"rows": 1, "rows": 2})") << QStringLiteral("line 1");
        QTest::newRow("a duplicate key, nested")
            << QByteArray("{\"files\": [\n{\"name\": \"a\", \"name\": \"b\"}]}") << QStringLiteral("line 2");
        QTest::newRow("an unknown escape") << QByteArray(R"({"a": "\x41"})") << QStringLiteral("line 1");
        QTest::newRow("a raw control character") << QByteArray("{\"a\": \"x\x1b[2J\"}") << QStringLiteral("line 1");
        QTest::newRow("an escaped NUL") << QByteArray(R"({"a": "x\u0000y"})") << QStringLiteral("line 1");
        QTest::newRow("a raw NUL") << QByteArray("{\"a\": \"x\0y\"}", 12) << QStringLiteral("line 1");
        QTest::newRow("invalid UTF-8") << QByteArray("{\"a\": \"\xe9t\xe9\"}") << QStringLiteral("line 1");
        QTest::newRow("UTF-16") << QByteArray("\xff\xfe{\0}\0", 6) << QStringLiteral("line 1");
        QTest::newRow("trailing bytes") << QByteArray(R"({"a": 1} {"a": 2})") << QStringLiteral("line 1");
        QTest::newRow("an integer beyond 64 bits")
            << QByteArray(R"({"a": 99999999999999999999})") << QStringLiteral("line 1");
        QTest::newRow("a real beyond a double") << QByteArray(R"({"a": 1e400})") << QStringLiteral("line 1");
        QTest::newRow("a lone surrogate") << QByteArray(R"({"a": "\ud800"})") << QStringLiteral("line 1");
        QTest::newRow("a trailing comma") << QByteArray(R"({"a": 1,})") << QStringLiteral("line 1");
        QTest::newRow("nested 100000 deep") << QByteArray(100000, '[').prepend("{\"a\": ") << QStringLiteral("line 1");
        QTest::newRow("nested 33 deep, closed")
            << (QByteArray("{\"a\": ") + QByteArray(32, '[') + QByteArray(32, ']') + '}') << QStringLiteral("deeper");
        QTest::newRow("an array") << QByteArray("[1, 2]") << QStringLiteral("not a JSON object");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("line");
    }

    void refusesWhatALenientReaderAccepts()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, where);
        QString problem;
        QVERIFY(!parseStrictJsonObject(json, &problem));
        QVERIFY2(problem.contains(where), qPrintable(problem));
    }

    void acceptsNestingUpToTheLimit()
    {
        // The object itself is level 1: 31 arrays inside reach level 32.
        const QByteArray json =
            "{\"a\": " + QByteArray(MaximumJsonDepth - 1, '[') + QByteArray(MaximumJsonDepth - 1, ']') + '}';
        QString problem;
        QVERIFY2(parseStrictJsonObject(json, &problem), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestStrictJson)
#include "tst_strictjson.moc"
