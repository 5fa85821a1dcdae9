#pragma once

#include "aggregate/PublishedGrid.h"

#include <QAbstractTableModel>
#include <QLocale>

#include <memory>
#include <optional>
#include <vector>

namespace ecluse::ui {

// An aggregate result as a pivot table, laid out by core's PublishedGrid (the layout copies and
// exports use too): the first `rowDimensions` dimensions of the query down the side, one heading
// column each; the other dimensions across, times the measures. Every margin is there, as a
// "Total" row or column. It shows only what core let out: a suppressed cell has no value in the
// result, so the model cannot show one, only the symbol and why. Figures follow the locale.
class PivotTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        CellRole = Qt::UserRole + 1, // the result's cell index, or -1 for a heading
        SuppressedRole,              // bool
    };

    explicit PivotTableModel(QObject* parent = nullptr);

    void setResult(std::shared_ptr<const AggregateResult> result, int rowDimensions);
    // Leaves out the "unknown" rows and columns published as all zero (PublishedGrid::Layout).
    void setHideEmptyUnknown(bool hide);
    void clear();
    const AggregateResult* result() const { return m_result.get(); }
    int rowDimensions() const { return m_layout.rowDimensions; }
    PublishedGrid::Layout layout() const { return m_layout; }
    // Rows and column groups left out by setHideEmptyUnknown().
    int hiddenRows() const { return m_grid ? m_grid->hiddenRows() : 0; }
    int hiddenColumnGroups() const { return m_grid ? m_grid->hiddenGroups() : 0; }
    // The heading columns on the left: one per row dimension, at least one.
    int headingColumns() const;

    // The result's cell under `index`, or -1 for a heading.
    int cellAt(const QModelIndex& index) const;
    // Per row dimension, the category index of `row` (the dimension's category count for the
    // margin).
    std::vector<int> rowCoordinates(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    // Why a cell shows the symbol: the same words for every suppressed cell, since telling small
    // cells from the cells that hide them would give the small ones away.
    static QString suppressionReason(const AggregateResult& result);
    // "Beneficiaries", "Records", "Sum of Montant de la dépense".
    static QString measureTitle(const AggregateResult& result, int measure);

private:
    void rebuild();
    int measureCount() const;
    QString categoryLabel(int dimension, int coordinate) const;

    std::shared_ptr<const AggregateResult> m_result;
    PublishedGrid::Layout m_layout;
    std::optional<PublishedGrid> m_grid;
    QLocale m_locale;
};

} // namespace ecluse::ui
