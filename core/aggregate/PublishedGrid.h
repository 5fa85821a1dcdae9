#pragma once

#include "aggregate/AggregateResult.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace ecluse {

// Whether a category stands for "not known" in its code list: "Inconnu", "Inconnue", "Âge
// inconnu", "Non renseignée". The lists mark it by its label alone, not by a code of its own
// (999 for a department, 0 for sex, 99 for an age band).
bool isUnknownCategory(const TableDimension& dimension, int category);

// Whether the part of `result` where each dimension is at the category `slice` gives it (-1: at
// any category, the margin included) is an empty "unknown": one of the categories given is an
// unknown one (isUnknownCategory), and every cell of the part is published with every measure at
// zero. What PublishedGrid::Layout::hideEmptyUnknown leaves out (a row fixes the dimensions down
// the side, a column group those across), and what the chart leaves out with it (a category of
// one dimension, the others free): the one rule for both. `slice` has one entry per dimension.
bool isEmptyUnknown(const AggregateResult& result, const std::vector<int>& slice);

// An aggregate result laid out as a pivot: as the aggregates page shows it, and as its copies and
// CSV exports write it. The first `rowDimensions` dimensions of the query go down the side (the
// last one varying fastest, so that a dimension's "Total" closes the block of its categories),
// the others across, times the measures. The grid holds no figure of its own: every value is read
// from the result, where a suppressed cell has none.
class PublishedGrid
{
public:
    struct Layout
    {
        int rowDimensions = 0;
        // Leaves out the rows and columns of an "unknown" category (isUnknownCategory) whose cells
        // are all published and zero (isEmptyUnknown). Only what is published as zero is left
        // out: a row with a suppressed cell stays, so hiding never says anything the table does not.
        bool hideEmptyUnknown = false;
        friend bool operator==(const Layout&, const Layout&) = default;
    };

    // Keeps a reference to `result`, which must outlive the grid.
    PublishedGrid(const AggregateResult& result, Layout layout);

    const AggregateResult& result() const { return *m_result; }
    const Layout& layout() const { return m_layout; }
    int rowDimensions() const { return m_layout.rowDimensions; }
    int measureCount() const { return static_cast<int>(m_result->query.measures.size()); }

    // What is shown: rows, and groups of columns (one combination of the dimensions across, one
    // column per measure in each).
    int rowCount() const { return static_cast<int>(m_rows.size()); }
    int groupCount() const { return static_cast<int>(m_groups.size()); }
    int valueColumnCount() const { return groupCount() * measureCount(); }
    int hiddenRows() const { return m_allRows - rowCount(); }
    int hiddenGroups() const { return m_allGroups - groupCount(); }

    // Per row dimension, the category of `row` (the category count for the dimension's margin).
    std::vector<int> rowCoordinates(int row) const;
    // Per dimension across, the category of `group`.
    std::vector<int> groupCoordinates(int group) const;
    bool isMarginRow(int row) const;
    bool isMarginGroup(int group) const;
    // The result's cell at `row` and `group`.
    int cellAt(int row, int group) const;
    // The row and group of a cell of the result, or {-1, -1} when it is left out.
    std::pair<int, int> positionOf(int cell) const;

    // The label of a category ("Île-de-France"), "Total" for the margin.
    QString categoryLabel(int dimension, int coordinate) const;
    // What heads a column group and measure, in labels: "Féminin", "Féminin · Beneficiaries";
    // the measure is named when there are several, when nothing else heads the column, or, with
    // `withUnit`, when it is an amount ("Sum of Montant de la dépense (€)").
    QString columnTitle(int group, int measure, bool withUnit) const;

    // The grid as a spreadsheet reads it, line by line: a heading line (the row dimensions' labels,
    // then each column's title, with the unit of amounts), then one line per row, labels first.
    // Counts are plain integers and amounts in euros with `decimalMark` and two decimals, neither
    // with digit groups nor a currency sign, so that a spreadsheet takes them as numbers; a
    // suppressed cell is `suppressedSymbol`. With `cells` (cells of the result), only the rows and
    // column groups that hold one of them, and only their values; every cell when empty. Throws
    // ErrorKind::Usage for a cell that is not in the table or is left out.
    QList<QStringList> sheet(const QString& decimalMark, const QString& suppressedSymbol,
                             const std::vector<int>& cells = {}) const;

private:
    bool rowIsEmptyUnknown(int fullRow) const;
    bool groupIsEmptyUnknown(int fullGroup) const;
    std::vector<int> coordinates(int index, int firstDimension, int lastDimension) const;

    const AggregateResult* m_result;
    Layout m_layout;
    int m_allRows = 1;          // rows of the whole pivot, margins included
    int m_allGroups = 1;        // column groups of the whole pivot
    std::vector<int> m_rows;    // shown rows, as rows of the whole pivot
    std::vector<int> m_groups;  // shown groups, as groups of the whole pivot
    std::vector<int> m_rowOf;   // per row of the whole pivot, its shown row or -1
    std::vector<int> m_groupOf; // per group of the whole pivot, its shown group or -1
};

} // namespace ecluse
