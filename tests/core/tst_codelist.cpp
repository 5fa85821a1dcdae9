#include "common/Error.h"
#include "data/CodeList.h"

#include <QTest>

#include <functional>
#include <set>
#include <string>
#include <thread>

using namespace ecluse;

namespace {
const char* const builtinLists[] = {"sexe", "departement", "region", "tranche_age", "specialite", "nature_prestation"};

ErrorKind kindOf(const std::function<void()>& action)
{
    try {
        action();
    } catch (const Error& error) {
        return error.kind();
    }
    qFatal("no error thrown");
}

std::string utf8(const QString& text)
{
    return text.toStdString();
}
} // namespace

class TestCodeList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyDepartmentIsKnown_data()
    {
        QTest::addColumn<QString>("code");
        for (int number = 1; number <= 95; ++number) {
            if (number != 20) // Corsica is 2A and 2B since 1976
                QTest::newRow(qPrintable(QString::number(number)))
                    << QStringLiteral("%1").arg(number, 2, 10, QLatin1Char('0'));
        }
        for (const char* code : {"2A", "2B", "971", "972", "973", "974", "976"})
            QTest::newRow(code) << QString::fromLatin1(code);
    }

    void everyDepartmentIsKnown()
    {
        QFETCH(QString, code);
        const CodeList& departments = CodeList::builtin(u"departement");
        const int index = departments.indexOf(utf8(code));
        QVERIFY2(index >= 0, qPrintable(code));
        QCOMPARE(departments.code(index), code);
        QVERIFY(!departments.label(index).isEmpty());
    }

    void departmentsAreTheHundredAndOneAndUnknown()
    {
        const CodeList& departments = CodeList::builtin(u"departement");
        QCOMPARE(departments.size(), 102);
        QCOMPARE(departments.label(departments.indexOf("2A")), QStringLiteral("Corse-du-Sud"));
        QCOMPARE(departments.label(departments.indexOf("07")), QStringLiteral("Ardèche"));
        QCOMPARE(departments.label(departments.indexOf("974")), QStringLiteral("La Réunion"));
        QCOMPARE(departments.label(departments.indexOf("999")), QStringLiteral("Inconnu"));
    }

    void builtinListsHaveUniqueCodesAndLabels_data()
    {
        QTest::addColumn<QString>("name");
        for (const char* name : builtinLists)
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void builtinListsHaveUniqueCodesAndLabels()
    {
        QFETCH(QString, name);
        const CodeList& list = CodeList::builtin(name);
        QCOMPARE(list.name(), name);
        QVERIFY(list.size() > 0);
        std::set<QString> codes;
        for (int i = 0; i < list.size(); ++i) {
            QVERIFY2(codes.insert(list.code(i)).second, qPrintable(list.code(i)));
            QVERIFY2(!list.label(i).trimmed().isEmpty(), qPrintable(list.code(i)));
        }
    }

    void indexOfRoundTripsEveryCode_data() { builtinListsHaveUniqueCodesAndLabels_data(); }

    void indexOfRoundTripsEveryCode()
    {
        QFETCH(QString, name);
        const CodeList& list = CodeList::builtin(name);
        for (int i = 0; i < list.size(); ++i) {
            QCOMPARE(list.indexOf(utf8(list.code(i))), i);
            QCOMPARE(list.indexOf(QStringView(list.code(i))), i);
        }
    }

    void indexOfRejectsWhatIsNotADepartment_data()
    {
        QTest::addColumn<QByteArray>("code");
        QTest::newRow("2C") << QByteArray("2C");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("00") << QByteArray("00");
        QTest::newRow("20: Corsica before 1976") << QByteArray("20");
        QTest::newRow("975: not a department") << QByteArray("975");
        QTest::newRow("lower case") << QByteArray("2a");
        QTest::newRow("no leading zero") << QByteArray("1");
        QTest::newRow("padded") << QByteArray(" 01");
        QTest::newRow("trailing NUL") << QByteArray("01\0", 3);
        QTest::newRow("too long") << QByteArray("0100000000");
        QTest::newRow("not ASCII") << QByteArray("\xc3\xa9");
    }

    void indexOfRejectsWhatIsNotADepartment()
    {
        QFETCH(QByteArray, code);
        const CodeList& departments = CodeList::builtin(u"departement");
        QCOMPARE(departments.indexOf(std::string_view(code.constData(), static_cast<std::size_t>(code.size()))), -1);
        QCOMPARE(departments.indexOf(QStringView(QString::fromUtf8(code))), -1);
    }

    void everyDepartmentMapsToAKnownRegion()
    {
        const CodeMapping& regionOf = CodeMapping::regionOfDepartment();
        QCOMPARE(regionOf.from().name(), QStringLiteral("departement"));
        QCOMPARE(regionOf.to().name(), QStringLiteral("region"));
        std::set<int> regionsUsed;
        for (int i = 0; i < regionOf.from().size(); ++i) {
            const int region = regionOf.map(i);
            QVERIFY2(region >= 0 && region < regionOf.to().size(), qPrintable(regionOf.from().code(i)));
            regionsUsed.insert(region);
        }
        QCOMPARE(static_cast<int>(regionsUsed.size()), regionOf.to().size()); // no region without a department
        QCOMPARE(regionOf.map(-1), -1);
        QCOMPARE(regionOf.map(regionOf.from().size()), -1);
    }

    void departmentsFallInTheir2016Region_data()
    {
        QTest::addColumn<QString>("department");
        QTest::addColumn<QString>("region");
        QTest::newRow("Corse-du-Sud") << "2A"
                                      << "94";
        QTest::newRow("Haute-Corse") << "2B"
                                     << "94";
        QTest::newRow("Paris") << "75"
                               << "11";
        QTest::newRow("Gironde") << "33"
                                 << "75";
        QTest::newRow("Haute-Garonne") << "31"
                                       << "76";
        QTest::newRow("Vaucluse") << "84"
                                  << "93";
        QTest::newRow("Territoire de Belfort") << "90"
                                               << "27";
        QTest::newRow("Guadeloupe") << "971"
                                    << "01";
        QTest::newRow("Mayotte") << "976"
                                 << "06";
        QTest::newRow("unknown") << "999"
                                 << "99";
    }

    void departmentsFallInTheir2016Region()
    {
        QFETCH(QString, department);
        QFETCH(QString, region);
        const CodeMapping& regionOf = CodeMapping::regionOfDepartment();
        const int index = regionOf.map(regionOf.from().indexOf(QStringView(department)));
        QVERIFY(index >= 0);
        QCOMPARE(regionOf.to().code(index), region);
    }

    void ageBandsAreOrdered()
    {
        const CodeList& bands = CodeList::builtin(u"tranche_age");
        QCOMPARE(bands.size(), 9);
        for (int i = 0; i < bands.size(); ++i)
            QCOMPARE(bands.code(i).toInt(), i < 8 ? (i == 0 ? 0 : 10 + 10 * i) : 99);
        QCOMPARE(bands.label(0), QStringLiteral("0-19 ans"));
        QCOMPARE(bands.label(7), QStringLiteral("80 ans et plus"));
        QCOMPARE(bands.label(8), QStringLiteral("Âge inconnu"));
    }

    void sexCodesAreThoseOfTheClaims()
    {
        const CodeList& sex = CodeList::builtin(u"sexe");
        QCOMPARE(sex.size(), 3);
        QCOMPARE(sex.label(sex.indexOf("1")), QStringLiteral("Masculin"));
        QCOMPARE(sex.label(sex.indexOf("2")), QStringLiteral("Féminin"));
        QCOMPARE(sex.label(sex.indexOf("0")), QStringLiteral("Inconnu"));
    }

    void natureAndSpecialtyUseTheReferenceCodes()
    {
        const CodeList& natures = CodeList::builtin(u"nature_prestation");
        QVERIFY(natures.label(natures.indexOf("1111")).contains(QStringLiteral("(C)")));
        QVERIFY(natures.label(natures.indexOf("1112")).contains(QStringLiteral("(CS)")));
        QVERIFY(natures.label(natures.indexOf("3211")).startsWith(QStringLiteral("Biologie")));
        const CodeList& specialties = CodeList::builtin(u"specialite");
        QCOMPARE(specialties.label(specialties.indexOf("1")), QStringLiteral("Médecine générale"));
        QCOMPARE(specialties.label(specialties.indexOf("35")), QStringLiteral("Néphrologie"));
    }

    void builtinListsAreLoadedOnceAcrossThreads()
    {
        const CodeList* seen[4] = {};
        std::vector<std::thread> threads;
        for (auto& slot : seen)
            threads.emplace_back([&slot] { slot = &CodeList::builtin(u"nature_prestation"); });
        for (std::thread& thread : threads)
            thread.join();
        for (const CodeList* list : seen)
            QCOMPARE(list, &CodeList::builtin(u"nature_prestation"));
    }

    void unknownBuiltinIsAnError_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("absent") << "mois";
        QTest::newRow("empty") << "";
        QTest::newRow("escaping the folder") << "../codelists/sexe";
    }

    void unknownBuiltinIsAnError()
    {
        QFETCH(QString, name);
        QCOMPARE(kindOf([&] { CodeList::builtin(name); }), ErrorKind::Other);
        QCOMPARE(kindOf([&] { CodeMapping::builtin(name); }), ErrorKind::Other);
    }

    void malformedListsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::newRow("no header") << QByteArray("1;Masculin\n");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("no codes") << QByteArray("code;label\n");
        QTest::newRow("duplicate code") << QByteArray("code;label\n1;Masculin\n1;Féminin\n");
        QTest::newRow("empty label") << QByteArray("code;label\n1;\n");
        QTest::newRow("empty code") << QByteArray("code;label\n;Masculin\n");
        QTest::newRow("code with a space") << QByteArray("code;label\n1 ;Masculin\n");
        QTest::newRow("code too long") << QByteArray("code;label\n12345678;Trop long\n");
        QTest::newRow("three fields") << QByteArray("code;label\n1;Masculin;M\n");
        QTest::newRow("one field") << QByteArray("code;label\n1\n");
        QTest::newRow("not UTF-8") << QByteArray("code;label\n2;F\xe9minin\n");
    }

    void malformedListsAreRefused()
    {
        QFETCH(QByteArray, csv);
        QCOMPARE(kindOf([&] { CodeList::parse(QStringLiteral("test"), csv); }), ErrorKind::InvalidInput);
    }

    void listsAcceptWindowsLineEndingsAndKeepFileOrder()
    {
        const CodeList list =
            CodeList::parse(QStringLiteral("test"), QByteArray("code;label\r\nb;Bé\r\na;A\r\n1234567;Long\r\n"));
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.code(0), QStringLiteral("b"));
        QCOMPARE(list.label(0), QStringLiteral("Bé"));
        QCOMPARE(list.indexOf("a"), 1);
        QCOMPARE(list.indexOf("1234567"), 2);
    }

    void mappingsMustCoverEveryCodeOnce_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::newRow("unmapped code") << QByteArray("from;to\na;x\n");
        QTest::newRow("mapped twice") << QByteArray("from;to\na;x\nb;y\na;y\n");
        QTest::newRow("unknown source") << QByteArray("from;to\na;x\nb;y\nc;x\n");
        QTest::newRow("unknown target") << QByteArray("from;to\na;x\nb;z\n");
        QTest::newRow("wrong header") << QByteArray("to;from\na;x\nb;y\n");
    }

    void mappingsMustCoverEveryCodeOnce()
    {
        QFETCH(QByteArray, csv);
        const CodeList from = CodeList::parse(QStringLiteral("from"), "code;label\na;A\nb;B\n");
        const CodeList to = CodeList::parse(QStringLiteral("to"), "code;label\nx;X\ny;Y\n");
        QCOMPARE(kindOf([&] { CodeMapping::parse(QStringLiteral("test"), from, to, csv); }), ErrorKind::InvalidInput);
        const CodeMapping good = CodeMapping::parse(QStringLiteral("test"), from, to, "from;to\nb;x\na;y\n");
        QCOMPARE(good.map(0), 1);
        QCOMPARE(good.map(1), 0);
    }
};

QTEST_GUILESS_MAIN(TestCodeList)
#include "tst_codelist.moc"
