#include "common/Error.h"
#include "data/Catalogue.h"
#include "data/CodeList.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace ecluse;

namespace {
const DatasetSchema& dataset(const char* name)
{
    const DatasetSchema* schema = Catalogue::builtin().dataset(QString::fromLatin1(name));
    if (!schema)
        qFatal("no dataset %s", name);
    return *schema;
}

QStringList columnNames(const DatasetSchema& schema)
{
    QStringList names;
    for (const ColumnSpec& column : schema.columns)
        names.append(column.name);
    return names;
}

QJsonObject jsonColumn(const QJsonObject& json, const QString& name)
{
    const QJsonArray columns = json.value(QStringLiteral("columns")).toArray();
    for (const QJsonValue& column : columns) {
        if (column.toObject().value(QStringLiteral("name")).toString() == name)
            return column.toObject();
    }
    return {};
}
} // namespace

class TestCatalogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bothDatasetsArePresent()
    {
        QStringList names;
        for (const DatasetSchema* schema : Catalogue::builtin().datasets())
            names.append(schema->name);
        QCOMPARE(names, QStringList({QStringLiteral("prestations"), QStringLiteral("damir")}));
        QCOMPARE(dataset("prestations").label, QStringLiteral("Prestations (DCIR, individuel pseudonymisé)"));
        QCOMPARE(dataset("damir").label, QStringLiteral("Open DAMIR (agrégé)"));
        QCOMPARE(dataset("prestations").version, 1);
        QCOMPARE(dataset("damir").version, 1);
        QCOMPARE(Catalogue::builtin().dataset(u"er_prs_f"), nullptr);
    }

    void columnsComeInTheOrderOfTheFiles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("columns");
        QTest::newRow("prestations") << "prestations"
                                     << QString::fromLatin1("BEN_NIR_PSA BEN_SEX_COD BEN_NAI_ANN BEN_RES_DPT "
                                                            "BEN_RES_COM EXE_SOI_DTD PRS_NAT_REF PSE_SPE_COD "
                                                            "PRS_ACT_QTE PRS_PAI_MNT BSE_REM_MNT BEN_DCD_DTE")
                                            .split(u' ');
        QTest::newRow("damir") << "damir"
                               << QString::fromLatin1("FLX_ANN_MOI BEN_RES_REG AGE_BEN_SNDS BEN_SEX_COD PSE_SPE_SNDS "
                                                      "PRS_NAT_REF FLT_ACT_QTE FLT_PAI_MNT FLT_REM_MNT")
                                      .split(u' ');
    }

    void columnsComeInTheOrderOfTheFiles()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, columns);
        const DatasetSchema& schema = *Catalogue::builtin().dataset(name);
        QCOMPARE(columnNames(schema), columns);
        for (int i = 0; i < columns.size(); ++i)
            QCOMPARE(schema.columnIndex(columns[i]), i);
        QCOMPARE(schema.columnIndex(u"NOPE"), -1);
        QCOMPARE(schema.column(u"NOPE"), nullptr);
    }

    void prestationsColumnsHaveTheirTypeAndRoles_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<ColumnType>("type");
        QTest::addColumn<QString>("codeList");
        QTest::addColumn<bool>("required");
        QTest::addColumn<QStringList>("roles");
        const auto roles = [](const char* text) { return QString::fromLatin1(text).split(u' ', Qt::SkipEmptyParts); };
        QTest::newRow("pseudonym") << "BEN_NIR_PSA" << ColumnType::Pseudonym << "" << true << roles("pseudonym");
        QTest::newRow("sex") << "BEN_SEX_COD" << ColumnType::Code << "sexe" << true << roles("dimension");
        QTest::newRow("birth year") << "BEN_NAI_ANN" << ColumnType::Year << "" << true << roles("");
        QTest::newRow("department") << "BEN_RES_DPT" << ColumnType::Code << "departement" << true << roles("dimension");
        QTest::newRow("commune") << "BEN_RES_COM" << ColumnType::CommuneCode << "" << false
                                 << roles("potential-identifier:commune-of-residence");
        QTest::newRow("care date") << "EXE_SOI_DTD" << ColumnType::Date << "" << true
                                   << roles("potential-identifier:care-date");
        QTest::newRow("nature") << "PRS_NAT_REF" << ColumnType::Code << "nature_prestation" << true
                                << roles("dimension");
        QTest::newRow("specialty") << "PSE_SPE_COD" << ColumnType::Code << "specialite" << true << roles("dimension");
        QTest::newRow("quantity") << "PRS_ACT_QTE" << ColumnType::Integer << "" << true << roles("measure");
        QTest::newRow("paid") << "PRS_PAI_MNT" << ColumnType::Amount << "" << true << roles("measure");
        QTest::newRow("reimbursed") << "BSE_REM_MNT" << ColumnType::Amount << "" << true << roles("measure");
        QTest::newRow("death date") << "BEN_DCD_DTE" << ColumnType::Date << "" << false
                                    << roles("potential-identifier:death-date");
    }

    void prestationsColumnsHaveTheirTypeAndRoles()
    {
        QFETCH(QString, column);
        QFETCH(ColumnType, type);
        QFETCH(QString, codeList);
        QFETCH(bool, required);
        QFETCH(QStringList, roles);
        const ColumnSpec* spec = dataset("prestations").column(column);
        QVERIFY(spec);
        QCOMPARE(spec->type, type);
        QCOMPARE(spec->codeList, codeList);
        QCOMPARE(spec->required, required);
        QCOMPARE(columnRoles(*spec), roles);
        QVERIFY(!spec->label.isEmpty());
    }

    void boundsAreThoseOfTheIssue()
    {
        const DatasetSchema& prestations = dataset("prestations");
        QCOMPARE(prestations.column(u"BEN_NAI_ANN")->minimum, 1900);
        QCOMPARE(prestations.column(u"BEN_NAI_ANN")->maximum, 2026);
        QCOMPARE(prestations.column(u"EXE_SOI_DTD")->earliest, QDate(2015, 1, 1));
        QCOMPARE(prestations.column(u"EXE_SOI_DTD")->latest, QDate(2026, 12, 31));
        QCOMPARE(prestations.column(u"PRS_ACT_QTE")->minimum, -1000);
        QCOMPARE(prestations.column(u"PRS_ACT_QTE")->maximum, 1000);
        // Amounts are held in cents.
        QCOMPARE(prestations.column(u"PRS_PAI_MNT")->minimum, -100'000'000);
        QCOMPARE(prestations.column(u"PRS_PAI_MNT")->maximum, 100'000'000);
        const DatasetSchema& damir = dataset("damir");
        QCOMPARE(damir.column(u"FLX_ANN_MOI")->type, ColumnType::Integer);
        QCOMPARE(damir.column(u"FLX_ANN_MOI")->minimum, 201501);
        QCOMPARE(damir.column(u"FLX_ANN_MOI")->maximum, 202612);
        QCOMPARE(damir.column(u"FLT_ACT_QTE")->minimum, 0);
    }

    void damirHoldsNoPotentialIdentifierAndNoPseudonym()
    {
        for (const ColumnSpec& column : dataset("damir").columns) {
            QCOMPARE(column.potentialIdentifier, PotentialIdentifier::None);
            QVERIFY(column.type != ColumnType::Pseudonym);
            QVERIFY2(column.isDimension != column.isMeasure, qPrintable(column.name));
        }
    }

    void everyCodeColumnHasABuiltinCodeList()
    {
        for (const DatasetSchema* schema : Catalogue::builtin().datasets()) {
            for (const ColumnSpec& column : schema->columns) {
                QCOMPARE(column.type == ColumnType::Code, !column.codeList.isEmpty());
                if (column.type == ColumnType::Code)
                    QVERIFY(CodeList::builtin(column.codeList).size() > 0);
            }
            for (const DerivedDimension& dimension : schema->derived) {
                if (!dimension.codeList.isEmpty())
                    QVERIFY(CodeList::builtin(dimension.codeList).size() > 0);
            }
        }
    }

    void derivedDimensionsComeFromExistingColumns()
    {
        const DatasetSchema& prestations = dataset("prestations");
        QStringList names;
        for (const DerivedDimension& dimension : prestations.derived) {
            names.append(dimension.name);
            QVERIFY(!dimension.from.isEmpty());
            for (const QString& column : dimension.from)
                QVERIFY2(prestations.columnIndex(column) >= 0, qPrintable(column));
            QCOMPARE(prestations.columnIndex(dimension.name), -1); // never shadows a column
        }
        QCOMPARE(names, QString::fromLatin1("AGE_BEN_SNDS BEN_RES_REG ANNEE MOIS").split(u' '));
        QCOMPARE(prestations.derivedDimension(u"AGE_BEN_SNDS")->codeList, QStringLiteral("tranche_age"));
        QCOMPARE(prestations.derivedDimension(u"AGE_BEN_SNDS")->from,
                 QStringList({QStringLiteral("BEN_NAI_ANN"), QStringLiteral("EXE_SOI_DTD")}));
        QCOMPARE(prestations.derivedDimension(u"BEN_RES_REG")->codeList, QStringLiteral("region"));
        QVERIFY(prestations.derivedDimension(u"ANNEE")->codeList.isEmpty());
        QVERIFY(dataset("damir").derived.empty());
    }

    void jsonDescribesColumnsAndRoles()
    {
        const QJsonObject json = dataset("prestations").toJson(false);
        QCOMPARE(json.value(QStringLiteral("name")).toString(), QStringLiteral("prestations"));
        QCOMPARE(json.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("columns")).toArray().size(), 12);
        QVERIFY(!json.contains(QStringLiteral("codeLists")));

        const QJsonObject sex = jsonColumn(json, QStringLiteral("BEN_SEX_COD"));
        QCOMPARE(sex.value(QStringLiteral("type")).toString(), QStringLiteral("code"));
        QCOMPARE(sex.value(QStringLiteral("codeList")).toString(), QStringLiteral("sexe"));
        QCOMPARE(sex.value(QStringLiteral("label")).toString(), QStringLiteral("Sexe"));
        QCOMPARE(sex.value(QStringLiteral("roles")).toArray(), QJsonArray({QStringLiteral("dimension")}));

        const QJsonObject careDate = jsonColumn(json, QStringLiteral("EXE_SOI_DTD"));
        QCOMPARE(careDate.value(QStringLiteral("roles")).toArray(),
                 QJsonArray({QStringLiteral("potential-identifier:care-date")}));
        QCOMPARE(careDate.value(QStringLiteral("earliest")).toString(), QStringLiteral("2015-01-01"));
        QCOMPARE(jsonColumn(json, QStringLiteral("BEN_NIR_PSA")).value(QStringLiteral("roles")).toArray(),
                 QJsonArray({QStringLiteral("pseudonym")}));
        // Amount bounds are shown in euros, as written in the files.
        QCOMPARE(jsonColumn(json, QStringLiteral("PRS_PAI_MNT")).value(QStringLiteral("maximum")).toDouble(), 1e6);

        const QJsonArray derived = json.value(QStringLiteral("derived")).toArray();
        QCOMPARE(derived.size(), 4);
        QCOMPARE(derived.at(1).toObject().value(QStringLiteral("codeList")).toString(), QStringLiteral("region"));
    }

    void jsonCanCarryTheCodeLists()
    {
        const QJsonObject lists = dataset("prestations").toJson(true).value(QStringLiteral("codeLists")).toObject();
        QCOMPARE(lists.keys(),
                 QString::fromLatin1("departement nature_prestation region sexe specialite tranche_age").split(u' '));
        const QJsonArray sex = lists.value(QStringLiteral("sexe")).toArray();
        QCOMPARE(sex.size(), 3);
        QCOMPARE(sex.at(1).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("2"));
        QCOMPARE(sex.at(1).toObject().value(QStringLiteral("label")).toString(), QStringLiteral("Féminin"));
    }

    void communeCodesFollowTheInseePattern_data()
    {
        QTest::addColumn<QByteArray>("code");
        QTest::addColumn<bool>("valid");
        QTest::newRow("Paris") << QByteArray("75056") << true;
        QTest::newRow("Ajaccio") << QByteArray("2A004") << true;
        QTest::newRow("Bastia") << QByteArray("2B033") << true;
        QTest::newRow("Saint-Denis (Réunion)") << QByteArray("97411") << true;
        QTest::newRow("Mamoudzou") << QByteArray("97611") << true;
        QTest::newRow("Bourg-en-Bresse") << QByteArray("01053") << true;
        QTest::newRow("department 20") << QByteArray("20004") << false;
        QTest::newRow("department 2C") << QByteArray("2C004") << false;
        QTest::newRow("department 00") << QByteArray("00001") << false;
        QTest::newRow("department 96") << QByteArray("96001") << false;
        QTest::newRow("977: not a department") << QByteArray("97701") << false;
        QTest::newRow("too short") << QByteArray("7505") << false;
        QTest::newRow("too long") << QByteArray("750560") << false;
        QTest::newRow("letter in the commune") << QByteArray("7505A") << false;
        QTest::newRow("empty") << QByteArray() << false;
    }

    void communeCodesFollowTheInseePattern()
    {
        QFETCH(QByteArray, code);
        QFETCH(bool, valid);
        QCOMPARE(isCommuneCode(std::string_view(code.constData(), static_cast<std::size_t>(code.size()))), valid);
    }

    void duplicateDatasetNamesAreRefused()
    {
        DatasetSchema schema;
        schema.name = QStringLiteral("twice");
        try {
            Catalogue catalogue({schema, schema});
            QFAIL("no error");
        } catch (const Error& error) {
            QCOMPARE(error.kind(), ErrorKind::Other);
        }
    }
};

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
