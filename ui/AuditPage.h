#pragma once

#include "Session.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace ecluse::ui {

class AuditTableModel;
class VaultWorker;

// The audit trail for auditors: every entry, and whether the chain and its witnesses still agree.
// Core checks the roles and records each verification in the trail itself.
class AuditPage : public QWidget
{
    Q_OBJECT

public:
    AuditPage(VaultWorker& worker, const Session& session, QWidget* parent = nullptr);

private:
    void reload();
    void verify();

    VaultWorker& m_worker;
    AuditTableModel* m_model;
    QTableView* m_table;
    QPushButton* m_refresh;
    QPushButton* m_verify;
    QLabel* m_verdict;
};

} // namespace ecluse::ui
