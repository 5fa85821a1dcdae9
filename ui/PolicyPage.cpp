#include "PolicyPage.h"

#include "PolicyTableModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace ecluse::ui {

PolicyPage::PolicyPage(const LoadedPolicy& policy, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("policyPage"));
    auto* intro = new QLabel(tr("The rules in force on this workstation. Managed values are set by your "
                                "organisation; your own settings apply only where they are stricter."),
                             this);
    intro->setWordWrap(true);

    auto* table = new QTableView(this);
    table->setObjectName(QStringLiteral("policyTable"));
    table->setModel(new PolicyTableModel(policy.entries, table));
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false); // one line per key; long values and notes are whole in the tooltip
    table->resizeColumnsToContents();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(table);
}

} // namespace ecluse::ui
