#pragma once

#include "aggregate/AggregateQuery.h"
#include "extract/ExtractRequest.h"

#include <QByteArray>
#include <QDate>

namespace ecluse::test {

// Claims of the `prestations` dataset for the extract tests: five women (pseudonyms "aaa…" to
// "eee…") with two claims each in March 2025, and two men in March. A request for BEN_SEX_COD=2
// over the first half of 2025 holds ten rows and five beneficiaries. With `womenAgainInSeptember`,
// each woman has a third claim outside that period.
inline QByteArray claimsOfFiveWomen(bool womenAgainInSeptember = false)
{
    QByteArray csv = "BEN_NIR_PSA,BEN_SEX_COD,BEN_NAI_ANN,BEN_RES_DPT,BEN_RES_COM,EXE_SOI_DTD,PRS_NAT_REF,"
                     "PSE_SPE_COD,PRS_ACT_QTE,PRS_PAI_MNT,BSE_REM_MNT,BEN_DCD_DTE\n";
    const auto row = [](char person, const char* sex, const char* date) {
        return QByteArray(64, person) + ',' + sex + ",1980,75,75056," + date + ",1110,1,1,30.00,21.00,\n";
    };
    for (const char woman : {'a', 'b', 'c', 'd', 'e'}) {
        csv += row(woman, "2", "2025-03-14") + row(woman, "2", "2025-03-20");
        if (womenAgainInSeptember)
            csv += row(woman, "2", "2025-09-01");
    }
    csv += row('f', "1", "2025-03-14") + row('9', "1", "2025-03-15");
    return csv;
}

// analyst1's request in the extract tests: the women's claims of the first half of 2025, three
// columns (the pseudonym, the sex, the amount paid), kept a year from `today`.
inline ExtractSpec womenIn2025(const QDate& today)
{
    ExtractSpec spec;
    spec.dataset = QStringLiteral("prestations");
    spec.columns = {QStringLiteral("BEN_NIR_PSA"), QStringLiteral("BEN_SEX_COD"), QStringLiteral("PRS_PAI_MNT")};
    spec.filters = {parseFilter(QStringLiteral("BEN_SEX_COD=2"))};
    spec.periodFrom = QDate(2025, 1, 1);
    spec.periodTo = QDate(2025, 6, 30);
    spec.purpose = QStringLiteral("Étude des remboursements de soins chez les femmes, 2025");
    spec.project = QStringLiteral("CNAM-2026-041");
    spec.retainUntil = today.addYears(1);
    return spec;
}

} // namespace ecluse::test
