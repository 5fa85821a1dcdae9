#pragma once

#include "aggregate/AggregateQuery.h"
#include "aggregate/AggregateTable.h"
#include "sdc/LinkedKnowledge.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace ecluse {

class Database;
struct DatasetSchema;

// What one user was shown of one table: enough to know, when the next table comes, which of its
// cells that user already knows (linked tables). Kept in the vault, per user, dataset and version
// of the data; wiped when the data it came from is purged.
struct PublishedTable
{
    static constexpr std::int64_t Hidden = -1;        // suppressed, not primary
    static constexpr std::int64_t HiddenPrimary = -2; // suppressed by a primary rule

    QString user;
    QString dataset;
    QByteArray dataVersion; // DatasetVersion below
    std::vector<Filter> filters;
    QStringList dimensions;
    std::vector<QStringList> codes;  // per dimension, its categories in the table's order
    std::vector<std::int64_t> cells; // per cell of the table's shape: the units shown, or Hidden/HiddenPrimary
};

// The version of a dataset's rows: a digest of the packages it holds. A table over other rows
// (a package imported or purged since) tells nothing exact about these.
QByteArray datasetVersion(QStringList packageIds);

// The tables shown before in the vault's database (schema version 7). Each call is one statement,
// in the caller's transaction when there is one.
class PublishedTables
{
public:
    explicit PublishedTables(Database& db);

    // Replaces the record of the same user, dataset, version, filters and dimensions: a table
    // shown again publishes every cell shown before (they are never hidden again).
    void record(const PublishedTable& table);
    // The user's tables of `dataset` over the rows of `dataVersion`; with `relevant`, only those
    // whose filters it accepts are read whole. Throws ErrorKind::Integrity when a record cannot
    // be read: the knowledge it holds cannot be ignored.
    std::vector<PublishedTable> of(const QString& user, const QString& dataset, const QByteArray& dataVersion,
                                   const std::function<bool(const std::vector<Filter>&)>& relevant = {}) const;
    // Retention: the records of a dataset whose rows were purged.
    void erase(const QString& dataset);

private:
    Database& m_db;
};

// Whether every row `narrower` keeps is kept by `wider`: for each filter of `wider`, `narrower`
// filters the same column with a subset of its values or a range within its range.
bool keepsSubsetOf(const std::vector<Filter>& narrower, const std::vector<Filter>& wider);

// The filters in one order whatever order the user gave them in: by column, values sorted.
std::vector<Filter> canonicalFilters(std::vector<Filter> filters);

// What the user knows of `table` (the new query's, before disclosure control) from `earlier`,
// written over its cells:
// - tables of the same rows whose dimensions are the new one's, fewer of them, or coarser
//   through a code list's hierarchy (region for department): each cell shown is a known sum of
//   the new table's cells, each primary cell hidden a sum to protect;
// - tables over wider (narrower) filters: each cell shown that is one cell here is its ceiling
//   (floor), and their difference a table the user can compute.
// How the rows a table shown before kept relate to the new query's: the same rows (filters that
// keep every row of their column count for none), a superset of them (the earlier table is
// wider), a subset (narrower), or neither.
enum class RowsRelation
{
    Same,
    Wider,
    Narrower,
    Unrelated,
};
RowsRelation rowsRelation(const DatasetSchema& schema, const std::vector<Filter>& filters,
                          const std::vector<Filter>& shown);

LinkedKnowledge linkedKnowledge(const DatasetSchema& schema, const AggregateQuery& query, const AggregateTable& table,
                                const std::vector<PublishedTable>& earlier);

// An earlier table that breaks the new one down at least as far (department × sex, then region ×
// sex; or the same dimensions over other rows). Per cell of the new table (`coarse` its
// dimensions), the cells of `finer` it adds up; nullopt when some dimension of the new table does
// not map onto one of `finer`'s.
std::optional<std::vector<std::vector<int>>>
cellsWithin(const DatasetSchema& schema, const std::vector<TableDimension>& coarse, const AggregateTable& finer);

// The cells of the new table (`table`, hiding `suppressed`) to hide as well so that, together with
// the earlier table `shown` (computed again as `finer` over its own rows; `within` from
// cellsWithin; `rows` how its rows relate to the new table's) and what `alsoKnown` says of it, no
// primary cell hidden in `shown` can be worked out: its pattern audited with the new table's
// published cells as known sums (same rows) or as bounds of single cells (a floor under a wider
// table's cell, a ceiling over a narrower one's); for each primary cell exposed, the narrowest
// published cell of the new table that holds it. Throws ErrorKind::Integrity when `finer` is not
// what `shown` was computed from, ErrorKind::Other when what was shown before exposes a cell
// whatever this table hides.
std::vector<int> cellsRevealingEarlier(const PublishedTable& shown, const AggregateTable& finer,
                                       const std::vector<std::vector<int>>& within, RowsRelation rows,
                                       const LinkedKnowledge& alsoKnown, const AggregateTable& table,
                                       const std::vector<bool>& suppressed, int threshold);

// The record of `table` shown with `status`.
PublishedTable publishedTable(const QString& user, const QByteArray& dataVersion, const AggregateQuery& query,
                              const AggregateTable& table, const std::vector<bool>& suppressed,
                              const std::vector<bool>& primary);

} // namespace ecluse
