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
// has an account (administrators enrol and revoke, as the manifest in force allows), its health
// and backups (administrators), whether it is intact (administrators and auditors).
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
    QWidget* newHealthBox(const Session& session);
    QWidget* newHabilitationBox();
    void loadHabilitations();
    void importHabilitations();
    void previewHabilitations(const QString& file);
    void loadAccounts();
    void loadHealth();
    void verify();
    void importPackage();
    void backUp();
    void enrol();
    void revoke();

    VaultWorker& m_worker;
    AccountTableModel* m_accounts = nullptr;
    VaultCheckTableModel* m_checks = nullptr;
    QTableView* m_accountTable = nullptr;
    QLabel* m_health = nullptr;
    QLabel* m_habilitations = nullptr;
    QPushButton* m_backUp = nullptr;
    QPushButton* m_verify = nullptr;
    QLabel* m_verdict = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace ecluse::ui
