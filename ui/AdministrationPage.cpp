#include "AdministrationPage.h"

#include "AccountTableModel.h"
#include "ImportDialog.h"
#include "ReadOnlyTable.h"
#include "VaultCheckTableModel.h"
#include "VaultWorker.h"
#include "vault/Vault.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ecluse::ui {
namespace {

QLabel* newSelectableLabel(const QString& objectName, const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

AdministrationPage::AdministrationPage(VaultWorker& worker, const Session& session, QWidget* parent)
    : QWidget(parent)
    , m_worker(worker)
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("administrationPage"));
    m_message->setObjectName(QStringLiteral("administrationMessage"));
    m_message->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(newVaultBox(session));
    layout->addWidget(newDataBox(session));
    // Only what core would allow is built at all: a page never offers what would be refused.
    if (session.may(Action::ManageAccounts))
        layout->addWidget(newAccountsBox());
    if (session.may(Action::VerifyVault))
        layout->addWidget(newVerificationBox());
    layout->addWidget(m_message);
    layout->addStretch();

    if (m_accounts)
        loadAccounts();
}

QWidget* AdministrationPage::newVaultBox(const Session& session)
{
    auto* box = new QGroupBox(tr("Vault"), this);
    auto* form = new QFormLayout(box);
    form->addRow(tr("Folder:"), newSelectableLabel(QStringLiteral("vaultFolderLabel"), session.folder, box));
    form->addRow(tr("Identifier:"), newSelectableLabel(QStringLiteral("vaultIdLabel"), session.vaultId, box));
    form->addRow(tr("Signed in as:"), newSelectableLabel(QStringLiteral("vaultUserLabel"), session.user, box));
    return box;
}

QWidget* AdministrationPage::newDataBox(const Session& session)
{
    auto* box = new QGroupBox(tr("Data"), this);
    auto* import = new QPushButton(tr("&Import a data package…"), box);
    import->setObjectName(QStringLiteral("importPackageButton"));
    // Shown to every user of the page, so that an auditor learns from core why it is closed.
    const AccessDecision mayImport = session.decision(Action::ImportData);
    import->setEnabled(mayImport.allowed);
    import->setToolTip(mayImport.allowed ? tr("Bring a signed package of a producer this vault trusts into the vault.")
                                         : mayImport.reason);
    connect(import, &QPushButton::clicked, this, &AdministrationPage::importPackage);
    auto* layout = new QHBoxLayout(box);
    layout->addWidget(import);
    layout->addStretch();
    return box;
}

QWidget* AdministrationPage::newAccountsBox()
{
    auto* box = new QGroupBox(tr("Accounts"), this);
    m_accounts = new AccountTableModel(this);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(newReadOnlyTable(QStringLiteral("accountsTable"), m_accounts, box));
    return box;
}

QWidget* AdministrationPage::newVerificationBox()
{
    auto* box = new QGroupBox(tr("Integrity"), this);
    m_checks = new VaultCheckTableModel(this);
    m_verify = new QPushButton(tr("&Verify vault"), box);
    m_verify->setObjectName(QStringLiteral("verifyVaultButton"));
    m_verdict = new QLabel(tr("Checks the database pages and structure, the key slots and the audit trail."), box);
    m_verdict->setObjectName(QStringLiteral("vaultVerdict"));
    m_verdict->setWordWrap(true);
    connect(m_verify, &QPushButton::clicked, this, &AdministrationPage::verify);

    auto* top = new QHBoxLayout;
    top->addWidget(m_verify);
    top->addWidget(m_verdict, 1);
    auto* layout = new QVBoxLayout(box);
    layout->addLayout(top);
    layout->addWidget(newReadOnlyTable(QStringLiteral("checksTable"), m_checks, box));
    return box;
}

void AdministrationPage::loadAccounts()
{
    m_worker.run(
        this, [](Vault& vault) { return vault.accounts(); },
        [this](std::vector<Account> accounts) { m_accounts->setAccounts(std::move(accounts)); },
        [this](const QString& message) { m_message->setText(message); });
}

void AdministrationPage::verify()
{
    m_verify->setEnabled(false);
    m_verdict->setText(tr("Verifying the vault…"));
    m_worker.run(
        this, [](Vault& vault) { return vault.verify(); },
        [this](VaultVerification result) {
            m_verify->setEnabled(true);
            m_verdict->setText(result.intact()
                                   ? tr("The vault is intact.")
                                   : tr("The vault is damaged or was tampered with: %1").arg(result.firstProblem()));
            m_checks->setChecks(std::move(result.checks));
        },
        [this](const QString& message) {
            m_verify->setEnabled(true);
            m_verdict->setText(message);
        });
}

void AdministrationPage::importPackage()
{
    // A child of the page, so that locking, which destroys the page, takes the dialog (and with
    // it the import, cancelled) along.
    auto* dialog = new ImportDialog(m_worker, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_message->clear();
    dialog->open();
}

} // namespace ecluse::ui
