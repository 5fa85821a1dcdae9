#pragma once

#include "Session.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace ecluse::ui {

class AccountTableModel;
class VaultCheckTableModel;
class VaultWorker;

// The vault itself: where it is, what data comes into it (administrators import packages), who
// has an account (administrators), whether it is intact (administrators and auditors), and the
// signed-in user's own password.
class AdministrationPage : public QWidget
{
    Q_OBJECT

public:
    AdministrationPage(VaultWorker& worker, const Session& session, QWidget* parent = nullptr);

private:
    QWidget* newVaultBox(const Session& session);
    QWidget* newDataBox(const Session& session);
    QWidget* newAccountsBox();
    QWidget* newVerificationBox();
    void loadAccounts();
    void verify();
    void importPackage();

    VaultWorker& m_worker;
    AccountTableModel* m_accounts = nullptr;
    VaultCheckTableModel* m_checks = nullptr;
    QPushButton* m_verify = nullptr;
    QLabel* m_verdict = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace ecluse::ui
