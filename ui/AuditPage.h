#pragma once

#include "Session.h"

#include <QWidget>

class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace ecluse::ui {

class AuditFilterModel;
class AuditTableModel;
class VaultWorker;

// The audit trail for auditors: every entry, filtered by user, action and time; whether the chain
// and its witnesses still agree, and which entry is the first broken one if not; an export as
// JSON lines through the output guard; a reseal with its reason. Core checks the roles and
// records each of these acts in the trail itself.
class AuditPage : public QWidget
{
    Q_OBJECT

public:
    AuditPage(VaultWorker& worker, const Session& session, QWidget* parent = nullptr);

private:
    void reload();
    void applyFilters();
    void verify();
    void exportTrail();
    void reseal();
    void showRow(qint64 sequence);

    VaultWorker& m_worker;
    AuditTableModel* m_model;
    AuditFilterModel* m_filtered;
    QTableView* m_table;
    QLineEdit* m_user;
    QLineEdit* m_action;
    QDateTimeEdit* m_from;
    QDateTimeEdit* m_to;
    QPushButton* m_refresh;
    QPushButton* m_verify;
    QPushButton* m_export;
    QPushButton* m_reseal;
    QLabel* m_verdict;
};

} // namespace ecluse::ui
