#pragma once

#include "Session.h"
#include "crypto/SecureBuffer.h"
#include "extract/ExtractRequest.h"
#include "extract/RequestWorkflow.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace ecluse::ui {

class RequestTableModel;
class VaultWorker;

// Extract requests: an analyst's own (new, change, submit, withdraw, release) and, for stewards,
// the review queue (approve, return, reject with a comment). The selected request shows what it
// asks for, the machine's checks as the data stands (the overlap with the requester's earlier
// releases included) and its history. Every rule is core's (ExtractRequests): buttons only
// follow the roles and the request's state, so that nothing is offered that would be refused.
class ExtractsPage : public QWidget
{
    Q_OBJECT

public:
    ExtractsPage(VaultWorker& worker, const Session& session, QWidget* parent = nullptr);

private:
    void reload(qint64 select = 0);
    void showSelected();
    void updateButtons();
    void newRequest();
    void editRequest();
    // Submit, withdraw (the requester's), approve, return or reject (a reviewer's, with a comment).
    void decide(RequestAction action);
    void openRequestDialog(qint64 id, const ExtractSpec* spec);
    void release();
    void openReleaseDialog(qint64 id, const QStringList& folders);
    void showPassphrase(const QString& release, const SecureBuffer& passphrase);
    qint64 selectedId() const;
    void fail(const QString& message);

    VaultWorker& m_worker;
    Session m_session;
    RequestTableModel* m_model;
    QTableView* m_table;
    QPlainTextEdit* m_details;
    QLabel* m_message;
    QPushButton* m_new = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_submit = nullptr;
    QPushButton* m_withdraw = nullptr;
    QPushButton* m_release = nullptr;
    QPushButton* m_approve = nullptr;
    QPushButton* m_return = nullptr;
    QPushButton* m_reject = nullptr;
};

} // namespace ecluse::ui
