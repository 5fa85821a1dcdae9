#include "PivotView.h"

#include "PivotTableModel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QStyleOptionHeader>

#include <algorithm>

namespace ecluse::ui {

PivotView::PivotView(QWidget* parent)
    : QTableView(parent)
{
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setDragEnabled(false);
    setDragDropMode(QAbstractItemView::NoDragDrop);
    setAcceptDrops(false);
    setWordWrap(false);
    setContextMenuPolicy(Qt::NoContextMenu);
    verticalHeader()->hide();
    // One line per row, as a spreadsheet shows it: more of the table in view.
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
}

std::vector<int> PivotView::selectedCells() const
{
    std::vector<int> cells;
    if (!selectionModel())
        return cells;
    const QAbstractItemModel* pivot = model();
    for (const QModelIndex& index : selectionModel()->selectedIndexes()) {
        const QVariant cell = index.data(PivotTableModel::CellRole);
        if (!cell.isValid())
            continue;
        if (cell.toInt() >= 0) {
            cells.push_back(cell.toInt());
            continue;
        }
        // A row's heading stands for the whole row.
        for (int column = 0; column < pivot->columnCount(); ++column) {
            const int inRow = pivot->index(index.row(), column).data(PivotTableModel::CellRole).toInt();
            if (inRow >= 0)
                cells.push_back(inRow);
        }
    }
    std::sort(cells.begin(), cells.end());
    cells.erase(std::unique(cells.begin(), cells.end()), cells.end());
    return cells;
}

void PivotView::fitColumns()
{
    if (!model())
        return;
    resizeColumnsToContents();
    QHeaderView* header = horizontalHeader();
    QFont bold = header->font();
    bold.setBold(true);
    for (int column = 0; column < model()->columnCount(); ++column) {
        QStyleOptionHeader option;
        option.initFrom(header);
        option.orientation = Qt::Horizontal;
        option.section = column;
        option.text = model()->headerData(column, Qt::Horizontal).toString();
        option.fontMetrics = QFontMetrics(bold);
        const int needed = style()->sizeFromContents(QStyle::CT_HeaderSection, &option, QSize(), header).width();
        if (columnWidth(column) < needed)
            setColumnWidth(column, needed);
    }
}

void PivotView::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::Copy)) {
        event->accept();
        Q_EMIT copyRequested();
        return;
    }
    // Nothing here is editable, but a cut would copy just the same.
    if (event->matches(QKeySequence::Cut)) {
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace ecluse::ui
