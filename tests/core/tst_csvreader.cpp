#include "common/Error.h"
#include "crypto/Digest.h"
#include "data/CsvReader.h"

#include <QBuffer>
#include <QTest>

using namespace ecluse;

namespace {

std::vector<std::vector<std::string>> readAll(const QByteArray& text, const QStringList& columns = {})
{
    QBuffer buffer;
    buffer.setData(text);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, QStringLiteral("claims-2026-03.csv in package archive p.tar"));
    reader.nameColumns(columns);
    std::vector<std::string_view> fields;
    std::vector<std::vector<std::string>> records;
    while (reader.next(fields))
        records.emplace_back(fields.begin(), fields.end());
    return records;
}

QString errorOf(const QByteArray& text, const QStringList& columns = {})
{
    try {
        readAll(text, columns);
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

    void errorsNameTheFileLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unterminated quote")
            << QByteArray("a\nb\n\"open\n") << QStringLiteral("line 3, column 1: unterminated");
        QTest::newRow("stray quote") << QByteArray("a,b\nb,c\"d\n")
                                     << QStringLiteral("line 2, column 2: a quote inside");
        QTest::newRow("text after closing quote")
            << QByteArray("x,\"a\"b\n") << QStringLiteral("line 1, column 2: unexpected character");
        QTest::newRow("invalid utf-8") << QByteArray("ok,ok\nok,\xff\xfe\n")
                                       << QStringLiteral("line 2, column 2: invalid UTF-8");
        QTest::newRow("overlong utf-8") << QByteArray("\xc0\xaf\n")
                                        << QStringLiteral("line 1, column 1: invalid UTF-8");
        QTest::newRow("record too long") << QByteArray("a,b\nx,") + QByteArray(1 << 21, 'y')
                                         << QStringLiteral("line 2, column 2: record too long");
    }

    void errorsNameTheFileLineAndColumn()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        const QString message = errorOf(text);
        QVERIFY2(message.startsWith(QStringLiteral("claims-2026-03.csv in package archive p.tar, ")),
                 qPrintable(message));
        QVERIFY2(message.contains(expected), qPrintable(message));
    }

    void errorsNameColumnsByTheNamesGivenAndNeverQuoteTheField()
    {
        // The file's own first line is not trusted to name columns: it may be a row of data.
        const QString message =
            errorOf("185057800608491,x\"y\n", {QStringLiteral("BEN_NIR_PSA"), QStringLiteral("BEN_SEX_COD")});
        QVERIFY2(message.contains(QStringLiteral("line 1, column BEN_SEX_COD: a quote inside")), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("x\"y")) && !message.contains(QStringLiteral("1850578")),
                 qPrintable(message));
    }

    void hashesExactlyWhatItReads()
    {
        const QByteArray text = QByteArray("h1,h2\n").repeated(1) + QByteArray("1,2\n").repeated(500000);
        QBuffer buffer;
        buffer.setData(text);
        buffer.open(QIODevice::ReadOnly);
        Sha256 hash;
        CsvReader reader(buffer, QStringLiteral("claims.csv"), &hash);
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
