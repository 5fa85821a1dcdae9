#include "Catalogue.h"

#include "common/Error.h"

#include <QCoreApplication>

namespace ecluse {

namespace {

// This file's messages, under the "Catalogue" context that lupdate files them in too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Catalogue)
};

constexpr qint64 Euro = 100; // amounts are held in cents

ColumnSpec code(const char* name, QString label, const char* codeList, bool isDimension = true)
{
    ColumnSpec column;
    column.name = QString::fromLatin1(name);
    column.label = std::move(label);
    column.type = ColumnType::Code;
    column.codeList = QString::fromLatin1(codeList);
    column.isDimension = isDimension;
    return column;
}

ColumnSpec number(const char* name, QString label, ColumnType type, qint64 minimum, qint64 maximum,
                  bool isMeasure = false)
{
    ColumnSpec column;
    column.name = QString::fromLatin1(name);
    column.label = std::move(label);
    column.type = type;
    column.minimum = minimum;
    column.maximum = maximum;
    column.isMeasure = isMeasure;
    return column;
}

ColumnSpec date(const char* name, QString label, QDate earliest, QDate latest, bool required,
                PotentialIdentifier identifier)
{
    ColumnSpec column;
    column.name = QString::fromLatin1(name);
    column.label = std::move(label);
    column.type = ColumnType::Date;
    column.required = required;
    column.earliest = earliest;
    column.latest = latest;
    column.potentialIdentifier = identifier;
    return column;
}

DerivedDimension derived(const char* name, QString label, const char* codeList, QStringList from,
                         const char* coarsens = "")
{
    return {QString::fromLatin1(name), std::move(label), QString::fromLatin1(codeList), std::move(from),
            QString::fromLatin1(coarsens)};
}

// DCIR ER_PRS_F, reduced to the columns a workstation cache needs. Individual rows: four
// columns carry SNDS potential identifiers, so the access layer decides which of them a
// profile may see.
DatasetSchema prestations()
{
    const QDate careFrom(2015, 1, 1);
    const QDate careTo(2026, 12, 31);

    DatasetSchema schema;
    schema.name = QStringLiteral("prestations");
    schema.label = QStringLiteral("Prestations (DCIR, individuel pseudonymisé)");
    schema.version = 1;

    ColumnSpec pseudonym;
    pseudonym.name = QStringLiteral("BEN_NIR_PSA");
    pseudonym.label = QStringLiteral("Pseudonyme du bénéficiaire");
    pseudonym.type = ColumnType::Pseudonym;
    schema.columns.push_back(pseudonym);

    schema.columns.push_back(code("BEN_SEX_COD", QStringLiteral("Sexe"), "sexe"));
    // Birth year alone is not the "year and month of birth" potential identifier; it only
    // feeds the age band, which is the dimension.
    schema.columns.push_back(number("BEN_NAI_ANN", QStringLiteral("Année de naissance"), ColumnType::Year, 1900, 2026));
    schema.columns.push_back(code("BEN_RES_DPT", QStringLiteral("Département de résidence"), "departement"));

    ColumnSpec commune;
    commune.name = QStringLiteral("BEN_RES_COM");
    commune.label = QStringLiteral("Commune de résidence");
    commune.type = ColumnType::CommuneCode;
    commune.required = false;
    commune.potentialIdentifier = PotentialIdentifier::CommuneOfResidence;
    schema.columns.push_back(commune);

    schema.columns.push_back(
        date("EXE_SOI_DTD", QStringLiteral("Date des soins"), careFrom, careTo, true, PotentialIdentifier::CareDate));
    schema.columns.push_back(code("PRS_NAT_REF", QStringLiteral("Nature de prestation"), "nature_prestation"));
    schema.columns.push_back(code("PSE_SPE_COD", QStringLiteral("Spécialité de l'exécutant"), "specialite"));
    // Negative quantities and amounts are regularisations of earlier claims.
    schema.columns.push_back(
        number("PRS_ACT_QTE", QStringLiteral("Quantité d'actes"), ColumnType::Integer, -1000, 1000, true));
    schema.columns.push_back(number("PRS_PAI_MNT", QStringLiteral("Montant de la dépense"), ColumnType::Amount,
                                    -1'000'000 * Euro, 1'000'000 * Euro, true));
    schema.columns.push_back(number("BSE_REM_MNT", QStringLiteral("Montant remboursé (base)"), ColumnType::Amount,
                                    -1'000'000 * Euro, 1'000'000 * Euro, true));
    schema.columns.push_back(
        date("BEN_DCD_DTE", QStringLiteral("Date de décès"), careFrom, careTo, false, PotentialIdentifier::DeathDate));

    schema.derived = {
        derived("AGE_BEN_SNDS", QStringLiteral("Tranche d'âge"), "tranche_age",
                {QStringLiteral("BEN_NAI_ANN"), QStringLiteral("EXE_SOI_DTD")}),
        derived("BEN_RES_REG", QStringLiteral("Région de résidence"), "region", {QStringLiteral("BEN_RES_DPT")},
                "BEN_RES_DPT"),
        derived("ANNEE", QStringLiteral("Année des soins"), "", {QStringLiteral("EXE_SOI_DTD")}, "MOIS"),
        derived("MOIS", QStringLiteral("Mois des soins"), "", {QStringLiteral("EXE_SOI_DTD")}),
    };
    return schema;
}

// Open DAMIR: already aggregated by the CNAM, one row per combination of its dimensions.
DatasetSchema damir()
{
    DatasetSchema schema;
    schema.name = QStringLiteral("damir");
    schema.label = QStringLiteral("Open DAMIR (agrégé)");
    schema.version = 1;

    ColumnSpec month =
        number("FLX_ANN_MOI", QStringLiteral("Mois de traitement (AAAAMM)"), ColumnType::Integer, 201501, 202612);
    month.isDimension = true;
    schema.columns.push_back(month);
    schema.columns.push_back(code("BEN_RES_REG", QStringLiteral("Région de résidence"), "region"));
    schema.columns.push_back(code("AGE_BEN_SNDS", QStringLiteral("Tranche d'âge"), "tranche_age"));
    schema.columns.push_back(code("BEN_SEX_COD", QStringLiteral("Sexe"), "sexe"));
    schema.columns.push_back(code("PSE_SPE_SNDS", QStringLiteral("Spécialité de l'exécutant"), "specialite"));
    schema.columns.push_back(code("PRS_NAT_REF", QStringLiteral("Nature de prestation"), "nature_prestation"));
    schema.columns.push_back(
        number("FLT_ACT_QTE", QStringLiteral("Quantité d'actes"), ColumnType::Integer, 0, 1'000'000'000'000, true));
    schema.columns.push_back(number("FLT_PAI_MNT", QStringLiteral("Montant de la dépense"), ColumnType::Amount,
                                    -1'000'000'000'000 * Euro, 1'000'000'000'000 * Euro, true));
    schema.columns.push_back(number("FLT_REM_MNT", QStringLiteral("Montant remboursé (base)"), ColumnType::Amount,
                                    -1'000'000'000'000 * Euro, 1'000'000'000'000 * Euro, true));
    return schema;
}

} // namespace

Catalogue::Catalogue(std::vector<DatasetSchema> datasets)
    : m_datasets(std::move(datasets))
{
    for (std::size_t i = 0; i < m_datasets.size(); ++i) {
        for (std::size_t j = 0; j < i; ++j) {
            if (m_datasets[i].name == m_datasets[j].name)
                throw Error(ErrorKind::Other, Text::tr("dataset %1 is defined twice").arg(m_datasets[i].name));
        }
    }
}

const Catalogue& Catalogue::builtin()
{
    static const Catalogue catalogue({prestations(), damir()});
    return catalogue;
}

const DatasetSchema* Catalogue::dataset(QStringView name) const
{
    for (const DatasetSchema& schema : m_datasets) {
        if (schema.name == name)
            return &schema;
    }
    return nullptr;
}

std::vector<const DatasetSchema*> Catalogue::datasets() const
{
    std::vector<const DatasetSchema*> result;
    result.reserve(m_datasets.size());
    for (const DatasetSchema& schema : m_datasets)
        result.push_back(&schema);
    return result;
}

} // namespace ecluse
