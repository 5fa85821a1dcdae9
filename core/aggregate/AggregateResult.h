#pragma once

#include "aggregate/AggregateTable.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLocale>

#include <optional>

namespace ecluse {

// One cell as users may see it: a suppressed cell has no values at all, nor anything that says why
// it is suppressed. Whether a hidden cell is small itself (primary) or hides another (secondary) is
// never published: that label would tell an attacker which hidden cells hold 1 to 10 units.
struct ResultCell
{
    bool suppressed = false;
    std::vector<std::optional<std::int64_t>> values; // per measure; amounts in cents
};

// "published" or "suppressed": stable, the JSON and CSV outputs use them.
QString publicationStatusName(bool suppressed);

// A table after disclosure control: the only form in which aggregate data leaves core, for the
// GUI, the CLI, the clipboard and exports alike. The values of suppressed cells are not in it.
struct AggregateResult
{
    QString queryId; // 16 hex digits, in the audit trail and in every provenance line
    AggregateQuery query;
    QString datasetLabel;
    QString user;
    QDateTime computedUtc;
    QDate earliest; // period covered by the rows, when known
    QDate latest;
    QDate datasetEarliest; // period the whole dataset covers, when known
    QDate datasetLatest;
    DisclosureRules rules;

    std::vector<TableDimension> dimensions;
    TableShape shape;
    std::vector<ResultCell> cells; // per cell of `shape`
    int suppressedCount = 0;

    bool isMargin(int cell, int dimension) const { return shape.isMargin(cell, dimension); }
    // The code of `cell` along `dimension`, or "" for the margin.
    QString codeAt(int cell, int dimension) const;
    QString labelAt(int cell, int dimension) const; // "Total" for the margin

    // The care dates the table speaks of: the query's range when it filters them (by date or by
    // year; an open end is the dataset's), else the dataset's whole period. Invalid dates when the
    // dataset has no care date (Open DAMIR).
    struct Period
    {
        QDate from;
        QDate to;
        bool filtered = false; // the query narrows the care dates
    };
    Period period() const;

    // "Écluse · prestations · analyst1 · 2026-11-28T10:12:03Z · requête 3f2a…": where a copy or an
    // export came from.
    QString provenance() const;
    // The values as people read them: counts as integers, amounts in euros with two decimals.
    QString formatValue(int measure, std::int64_t value) const;
    // For people on screen: digit groups and the decimal mark of `locale`, amounts with the euro
    // sign where the locale puts it ("1 234,56 €", "€1,234.56"), counts as integers ("11 056").
    QString displayValue(int measure, std::int64_t value, const QLocale& locale) const;
    // For a spreadsheet to read as a number: no digit group, no currency sign, amounts with
    // `decimalMark` and two decimals ("-1234,56"), counts as integers.
    QString sheetValue(int measure, std::int64_t value, const QString& decimalMark) const;
    // Whether the measure is a sum of money (a column of type Amount, held in cents).
    bool isAmount(int measure) const;
    // "Beneficiaries" (or "Rows" for a dataset without people), "Records", "Sum of Montant de la
    // dépense"; with `withUnit`, amounts end with " (€)".
    QString measureTitle(int measure, bool withUnit = false) const;

    // For a table mostly suppressed (more suppressed cells than published ones with anyone in
    // them), which coarser dimension would publish more (region instead of department, year
    // instead of month), when the query does not have it already; else empty.
    QString coarserAdvice() const;

    // Per cell: dimension values ("margin": true on totals), measures (absent when suppressed) and
    // status ("published" or "suppressed"). What `ecluse-cli aggregate --format json` prints.
    QJsonObject toJson() const;
};

} // namespace ecluse
