#pragma once

#include "aggregate/AggregateQuery.h"
#include "sdc/DisclosureControl.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace ecluse {

// One dimension of a computed table: its categories in the order users see them. The margin is
// not listed; it is index codes.size() in the table's shape.
struct TableDimension
{
    QString name;  // AGE_BEN_SNDS
    QString label; // Tranche d'âge
    QStringList codes;
    QStringList labels;
    // False when one beneficiary may fall in several categories (month, nature of service): the
    // margin's distinct count is then at most the sum of its cells, not equal to it.
    bool unitsAdditive = true;
};

// What the engine computed, before disclosure control: every value of every cell, margins
// included. It never leaves core; Aggregates turns it into an AggregateResult.
struct AggregateTable
{
    QString dataset;
    std::vector<TableDimension> dimensions;
    std::vector<Measure> measures;
    TableShape shape;

    std::vector<std::int64_t> units;   // distinct beneficiaries per cell (rows, for datasets without one)
    std::vector<std::int64_t> records; // rows per cell
    // One per Sum measure, in the order of `measures`: the cell totals and the per-beneficiary
    // contributions disclosure control needs.
    std::vector<std::vector<std::int64_t>> sums;
    std::vector<MagnitudeColumn> magnitudes;

    qint64 rowsScanned = 0; // rows that passed the filters
    QDate earliest;         // care dates covered, when the dataset has them
    QDate latest;
    QDate datasetEarliest; // care dates the whole dataset covers, filters aside
    QDate datasetLatest;
};

} // namespace ecluse
