#include "common/Error.h"
#include "crypto/Digest.h"
#include "data/CsvReader.h"

#include <QBuffer>
#include <QTest>

using namespace ecluse;

namespace {

std::vector<std::vector<std::string>> readAll(const QByteArray& text)
{
    QBuffer buffer;
    buffer.setData(text);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    std::vector<std::string_view> fields;
    std::vector<std::vector<std::string>> records;
    while (reader.next(fields))
        records.emplace_back(fields.begin(), fields.end());
    return records;
}

QString errorOf(const QByteArray& text)
{
    try {
        readAll(text);
    } catch (const Error& error) {
        return error.message();
    }
    return {};
}

using Records = std::vector<std::vector<std::string>>;

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsRfc4180Records()
    {
        QCOMPARE(readAll("a,b,c\r\n1,,3\r\n"), (Records{{"a", "b", "c"}, {"1", "", "3"}}));
        QCOMPARE(readAll("a,b\n\"x,y\",\"say \"\"hi\"\"\"\n"), (Records{{"a", "b"}, {"x,y", "say \"hi\""}}));
        QCOMPARE(readAll("a\n\"multi\nline\"\nlast"), (Records{{"a"}, {"multi\nline"}, {"last"}}));
        QCOMPARE(readAll("é,ü\n"), (Records{{"é", "ü"}}));
        QCOMPARE(readAll(""), Records{});
    }

    void recordsAcrossBufferBoundariesStayWhole()
    {
        // Far more than one read chunk, with quoted fields and CRLF landing on every offset.
        QByteArray text;
        Records expected;
        for (int i = 0; i < 120000; ++i) {
            const std::string quotedField = "q\"" + std::to_string(i);
            text += QByteArray::number(i) + ",\"q\"\"" + QByteArray::number(i) + "\",x\r\n";
            expected.push_back({std::to_string(i), quotedField, "x"});
        }
        QCOMPARE(readAll(text), expected);
    }

    void errorsNameTheLine_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unterminated quote") << QByteArray("a\nb\n\"open\n") << QStringLiteral("line 3: unterminated");
        QTest::newRow("stray quote") << QByteArray("a\nb\"c\n") << QStringLiteral("line 2: a quote inside");
        QTest::newRow("text after closing quote") << QByteArray("\"a\"b\n") << QStringLiteral("line 1:");
        QTest::newRow("invalid utf-8") << QByteArray("ok\n\xff\xfe\n") << QStringLiteral("line 2: invalid UTF-8");
        QTest::newRow("overlong utf-8") << QByteArray("\xc0\xaf\n") << QStringLiteral("invalid UTF-8");
    }

    void errorsNameTheLine()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        const QString message = errorOf(text);
        QVERIFY2(message.contains(expected), qPrintable(message));
    }

    void hashesExactlyWhatItReads()
    {
        const QByteArray text = QByteArray("h1,h2\n").repeated(1) + QByteArray("1,2\n").repeated(500000);
        QBuffer buffer;
        buffer.setData(text);
        buffer.open(QIODevice::ReadOnly);
        Sha256 hash;
        CsvReader reader(buffer, &hash);
        std::vector<std::string_view> fields;
        qint64 records = 0;
        while (reader.next(fields))
            ++records;
        QCOMPARE(records, 500001);
        QCOMPARE(hash.result(), sha256(text));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
