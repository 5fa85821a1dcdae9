#include "common/Error.h"

#include <QTest>

using namespace ecluse;

// Error messages quote what was refused (a CSV value, a typed user name): they must never carry
// what drives a terminal or rearranges text on screen.
class TestError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printableTextEscapesControlCharacters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("shown");
        QTest::newRow("plain French text")
            << QStringLiteral("valeur « été » refusée") << QStringLiteral("valeur « été » refusée");
        QTest::newRow("newline and tab kept") << QStringLiteral("a\n\tb") << QStringLiteral("a\n\tb");
        QTest::newRow("escape sequence") << QStringLiteral("x\x1b[2Jy") << QStringLiteral("x\\x1B[2Jy");
        QTest::newRow("title sequence") << QStringLiteral("\x1b]0;owned\x07") << QStringLiteral("\\x1B]0;owned\\x07");
        QTest::newRow("NUL") << QString(QChar(u'\0')) + QStringLiteral("z") << QStringLiteral("\\x00z");
        QTest::newRow("carriage return") << QStringLiteral("ok\rno") << QStringLiteral("ok\\x0Dno");
        QTest::newRow("DEL and C1") << QString::fromUtf16(u"a\x7f\x9b"
                                                          u"b")
                                    << QStringLiteral("a\\x7F\\x9Bb");
        QTest::newRow("right-to-left override")
            << QString::fromUtf16(u"exe\x202Etxt.csv") << QStringLiteral("exe\\u202Etxt.csv");
        QTest::newRow("isolate") << QString::fromUtf16(u"\x2066x\x2069") << QStringLiteral("\\u2066x\\u2069");
    }

    void printableTextEscapesControlCharacters()
    {
        QFETCH(QString, text);
        QFETCH(QString, shown);
        QCOMPARE(printableText(text), shown);
    }

    void errorMessagesArePrintable()
    {
        const Error error(ErrorKind::InvalidInput, QStringLiteral("filter: '\x1b[31m9' is not a value"));
        QCOMPARE(error.message(), QStringLiteral("filter: '\\x1B[31m9' is not a value"));
        QCOMPARE(QByteArray(error.what()), QByteArray("filter: '\\x1B[31m9' is not a value"));
        QCOMPARE(error.exitCode(), 4);
    }
};

QTEST_GUILESS_MAIN(TestError)
#include "tst_error.moc"
