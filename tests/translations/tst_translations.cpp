#include "common/Error.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ecluse;

namespace {

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void write(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

// A core message (Error.cpp) and a GUI message with a plural (MainWindow.cpp), as the program
// translates them.
QString cancelled()
{
    return QCoreApplication::translate("Error", "cancelled");
}

QString lockedAfter(int minutes)
{
    return QCoreApplication::translate("ecluse::ui::MainWindow", "Locked after %n minute(s) without activity.", nullptr,
                                       minutes);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QLocale::setDefault(QLocale::c()); }

    void theUsersChoiceOutranksTheSystemsLanguage()
    {
        QCOMPARE(interfaceLanguage(QStringLiteral("en"), QLocale(QLocale::French, QLocale::France)),
                 QStringLiteral("en"));
        QCOMPARE(interfaceLanguage(QStringLiteral("fr"), QLocale(QLocale::English, QLocale::UnitedKingdom)),
                 QStringLiteral("fr"));
    }

    void withoutAChoiceTheSystemsLanguageApplies_data()
    {
        QTest::addColumn<QLocale>("system");
        QTest::addColumn<QString>("language");
        QTest::newRow("France") << QLocale(QLocale::French, QLocale::France) << QStringLiteral("fr");
        QTest::newRow("Belgium") << QLocale(QLocale::French, QLocale::Belgium) << QStringLiteral("fr");
        QTest::newRow("Canada") << QLocale(QLocale::French, QLocale::Canada) << QStringLiteral("fr");
        QTest::newRow("United Kingdom") << QLocale(QLocale::English, QLocale::UnitedKingdom) << QStringLiteral("en");
        QTest::newRow("Germany: English") << QLocale(QLocale::German, QLocale::Germany) << QStringLiteral("en");
        QTest::newRow("C: English") << QLocale::c() << QStringLiteral("en");
    }
    void withoutAChoiceTheSystemsLanguageApplies()
    {
        QFETCH(QLocale, system);
        QFETCH(QString, language);
        QCOMPARE(interfaceLanguage(QString(), system), language);
        // A value Écluse does not ship is no choice at all.
        QCOMPARE(interfaceLanguage(QStringLiteral("de"), system), language);
    }

    void numbersFollowTheSystemWhenItSpeaksTheLanguage()
    {
        const QLocale belgium(QLocale::French, QLocale::Belgium);
        QCOMPARE(numberLocale(QStringLiteral("fr"), belgium), belgium);
        QCOMPARE(numberLocale(QStringLiteral("fr"), QLocale(QLocale::English, QLocale::UnitedStates)).territory(),
                 QLocale::France);
        QCOMPARE(numberLocale(QStringLiteral("en"), QLocale(QLocale::French, QLocale::France)).language(),
                 QLocale::English);
    }

    void theChoiceIsSavedBesideTheUsersPolicyWhichStaysAsItWas()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("ecluse/ecluse.ini"));
        QCOMPARE(readLanguagePreference(path), QString());

        writeLanguagePreference(path, QStringLiteral("en"));
        QCOMPARE(readLanguagePreference(path), QStringLiteral("en"));

        const QByteArray policy = "; mine\r\n[Policy]\r\nIdleLockMinutes=3\r\n";
        write(path, policy);
        writeLanguagePreference(path, QStringLiteral("fr"));
        QCOMPARE(readLanguagePreference(path), QStringLiteral("fr"));
        QVERIFY(contents(path).startsWith(policy));
        writeLanguagePreference(path, QStringLiteral("en"));
        QCOMPARE(readLanguagePreference(path), QStringLiteral("en"));
        QCOMPARE(contents(path).count("Language="), 1);

        // Following the system again takes the line out.
        writeLanguagePreference(path, QString());
        QCOMPARE(readLanguagePreference(path), QString());
        QVERIFY(!contents(path).contains("Language="));
        QVERIFY(contents(path).startsWith(policy));
    }

    // Headers and lines as the settings parser reads them, not only as Écluse writes them.
    void theChoiceIsSavedWhereverTheParserReadsTheInterfaceSection_data()
    {
        QTest::addColumn<QByteArray>("original");
        QTest::addColumn<QByteArray>("kept");
        QTest::newRow("spaces in the header")
            << QByteArray("[ Interface ]\nLanguage=fr\n") << QByteArray("[ Interface ]");
        QTest::newRow("byte order mark") << QByteArray("\xef\xbb\xbf[Interface]\r\nLanguage=fr\r\n")
                                         << QByteArray("\xef\xbb\xbf[Interface]\r\n");
        QTest::newRow("byte order mark, no language")
            << QByteArray("\xef\xbb\xbf[Interface]\r\n[Policy]\r\nIdleLockMinutes=3\r\n")
            << QByteArray("[Policy]\r\nIdleLockMinutes=3\r\n");
        QTest::newRow("indented header and key")
            << QByteArray("; mine\n  [Interface]  \n  Language = fr\n") << QByteArray("; mine\n  [Interface]  \n");
        QTest::newRow("second section") << QByteArray("[Interface]\nTheme=dark\n[Policy]\nIdleLockMinutes=3\n"
                                                      "[Interface]\nLanguage=fr\n")
                                        << QByteArray("[Policy]\nIdleLockMinutes=3\n");
    }
    void theChoiceIsSavedWhereverTheParserReadsTheInterfaceSection()
    {
        QFETCH(QByteArray, original);
        QFETCH(QByteArray, kept);
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("ecluse.ini"));
        write(path, original);

        writeLanguagePreference(path, QStringLiteral("en"));
        QCOMPARE(readLanguagePreference(path), QStringLiteral("en"));
        QCOMPARE(contents(path).count("Language"), 1);
        QCOMPARE(contents(path).count("Interface]"), original.count("Interface]"));
        QVERIFY2(contents(path).contains(kept), contents(path).constData());

        writeLanguagePreference(path, QString());
        QCOMPARE(readLanguagePreference(path), QString());
        QVERIFY(!contents(path).contains("Language"));
        QVERIFY2(contents(path).contains(kept), contents(path).constData());
    }

    void aLanguageEclusDoesNotSpeakIsRefusedAndNothingChanges()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("ecluse.ini"));
        write(path, "[Interface]\nLanguage=fr\n");
        try {
            writeLanguagePreference(path, QStringLiteral("de"));
            QFAIL("German was accepted");
        } catch (const Error& error) {
            QCOMPARE(error.kind(), ErrorKind::Usage);
            QVERIFY2(error.message().contains(QStringLiteral("fr, en")), qPrintable(error.message()));
        }
        QCOMPARE(contents(path), QByteArray("[Interface]\nLanguage=fr\n"));
    }

    void aSettingsFileThatCannotBeReadIsNotRewritten()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("ecluse.ini"));
        const QByteArray damaged = "[Policy]\nIdleLockMinutes=3\nIdleLockMinutes=4\n";
        write(path, damaged);
        QCOMPARE(readLanguagePreference(path), QString());
        try {
            writeLanguagePreference(path, QStringLiteral("fr"));
            QFAIL("a damaged settings file was rewritten");
        } catch (const Error& error) {
            QCOMPARE(error.kind(), ErrorKind::Other);
            QVERIFY2(error.message().contains(QStringLiteral("already set")), qPrintable(error.message()));
        }
        QCOMPARE(contents(path), damaged);
    }

    void frenchTranslatesCoreAndInterfaceMessagesWithPluralsAndNumbers()
    {
        QCOMPARE(cancelled(), QStringLiteral("cancelled"));
        {
            const Translations french(QStringLiteral("fr"));
            QVERIFY(cancelled() != QStringLiteral("cancelled"));
            QVERIFY2(lockedAfter(1).contains(QStringLiteral("1 minute ")), qPrintable(lockedAfter(1)));
            QVERIFY2(lockedAfter(5).contains(QStringLiteral("5 minutes")), qPrintable(lockedAfter(5)));
            QCOMPARE(QLocale().decimalPoint(), QStringLiteral(","));
            QCOMPARE(QLocale().toString(1234.5, 'f', 1).remove(QChar(0x202f)).remove(QChar(0xa0)),
                     QStringLiteral("1234,5"));
        }
        // Gone with the object: back to the source text.
        QCOMPARE(cancelled(), QStringLiteral("cancelled"));
    }

    void aQtTranslationOnDiskDoesNotChangeEclusesMessages()
    {
        QString ours;
        {
            const Translations french(QStringLiteral("fr"));
            ours = cancelled();
        }
        QVERIFY(ours != QStringLiteral("cancelled"));
        // A qtbase_fr.qm that also translates "cancelled" (tests/translations/data/qtbase_fr.ts).
        const Translations french(QStringLiteral("fr"), QStringLiteral(":/hostile"));
        QVERIFY(french.qtTranslated());
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"),
                 QStringLiteral("Annuler (fichier sur disque)"));
        QCOMPARE(cancelled(), ours);
    }

    void englishSaysOneMinuteAndFiveMinutes()
    {
        const Translations english(QStringLiteral("en"));
        QCOMPARE(lockedAfter(1), QStringLiteral("Locked after 1 minute without activity."));
        QCOMPARE(lockedAfter(5), QStringLiteral("Locked after 5 minutes without activity."));
        QCOMPARE(QLocale().decimalPoint(), QStringLiteral("."));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
