#include "CreateVaultDialog.h"

#include "DialogSupport.h"
#include "SecretInput.h"
#include "VaultWorker.h"
#include "vault/Vault.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ecluse::ui {

CreateVaultDialog::CreateVaultDialog(VaultWorker& worker, const QString& folder, QWidget* parent)
    : QDialog(parent)
    , m_worker(worker)
    , m_admin(new QLineEdit(this))
    , m_password(newPasswordField(QStringLiteral("passwordEdit"), this))
    , m_confirm(newPasswordField(QStringLiteral("confirmEdit"), this))
    , m_create(new QPushButton(tr("&Create vault"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("createVaultDialog"));
    setWindowTitle(tr("Create a vault"));
    m_admin->setObjectName(QStringLiteral("adminEdit"));
    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setDefault(true);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* intro = new QLabel(tr("There is no vault in %1 yet. Name its first administrator and choose their "
                                "password (at least %2 characters).")
                                 .arg(folder)
                                 .arg(Vault::MinimumPasswordLength),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Administrator:"), m_admin);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("C&onfirm password:"), m_confirm);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_create, QDialogButtonBox::AcceptRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_create, &QPushButton::clicked, this, &CreateVaultDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &CreateVaultDialog::reject);
    connect(m_confirm, &QLineEdit::returnPressed, this, &CreateVaultDialog::create);
    clearMessageOnEdit(m_error, {m_admin, m_password, m_confirm});
    fitDialog(this);
}

void CreateVaultDialog::reject()
{
    if (!m_working)
        QDialog::reject();
}

void CreateVaultDialog::setWorking(bool working)
{
    m_working = working;
    for (QWidget* input : {static_cast<QWidget*>(m_admin), static_cast<QWidget*>(m_password),
                           static_cast<QWidget*>(m_confirm), static_cast<QWidget*>(m_create)})
        input->setEnabled(!working);
    if (working)
        showMessage(m_error, tr("Creating the vault…"));
}

void CreateVaultDialog::create()
{
    if (m_working)
        return;
    const QString admin = m_admin->text().trimmed();
    if (admin.isEmpty()) {
        showMessage(m_error, tr("Enter the administrator's user name."));
        return;
    }
    auto password = std::make_shared<SecureBuffer>(takeSecret(*m_password));
    const SecureBuffer confirmation = takeSecret(*m_confirm);
    if (!password->equals(confirmation)) {
        showMessage(m_error, tr("The two passwords differ: type the same password twice."));
        m_password->setFocus();
        return;
    }
    setWorking(true);
    m_worker.run(
        this,
        [admin, password](Vault& vault) {
            // Shared, not copied: SecureBuffer cannot be copied, and a signal passes its arguments on.
            auto recoveryKey = std::make_shared<const SecureBuffer>(vault.create(admin, *password));
            return std::make_pair(Session::of(vault), recoveryKey);
        },
        [this](const std::pair<Session, std::shared_ptr<const SecureBuffer>>& result) {
            setWorking(false);
            showMessage(m_error, {});
            Q_EMIT created(result.first, result.second);
            accept();
        },
        [this](const QString& message) {
            setWorking(false);
            showMessage(m_error, message);
            m_password->setFocus();
        });
}

} // namespace ecluse::ui
