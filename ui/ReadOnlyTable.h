#pragma once

#include <QString>

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace ecluse::ui {

// A table of what core returned: rows selected whole, nothing editable, one line per row, and
// columns fitted whenever the model is reset with new content.
QTableView* newReadOnlyTable(const QString& objectName, QAbstractItemModel* model, QWidget* parent);

} // namespace ecluse::ui
