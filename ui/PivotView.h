#pragma once

#include <QTableView>

namespace ecluse::ui {

// The pivot table's view. QAbstractItemView copies the current cell to the clipboard on Ctrl+C
// by itself: that copy would carry no provenance, leave no audit entry and ignore the policy.
// Here the key only asks for a copy, which the page makes through core's guard, or refuses.
// Nothing is dragged out of it either, for the same reason.
class PivotView : public QTableView
{
    Q_OBJECT

public:
    explicit PivotView(QWidget* parent = nullptr);

    // The result's cells selected, in ascending order; empty when nothing is.
    std::vector<int> selectedCells() const;
    // Columns as wide as their contents and their headings, in bold: totals are in bold, and so is
    // the heading of a column that holds the current selection.
    void fitColumns();

Q_SIGNALS:
    void copyRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;
};

} // namespace ecluse::ui
