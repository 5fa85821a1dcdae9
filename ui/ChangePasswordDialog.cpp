#include "ChangePasswordDialog.h"

#include "DialogSupport.h"
#include "SecretInput.h"
#include "VaultWorker.h"
#include "common/Error.h"
#include "vault/Vault.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>

namespace ecluse::ui {

ChangePasswordDialog::ChangePasswordDialog(VaultWorker& worker, QWidget* parent)
    : QDialog(parent)
    , m_worker(worker)
    , m_old(newPasswordField(QStringLiteral("oldPasswordEdit"), this))
    , m_new(newPasswordField(QStringLiteral("newPasswordEdit"), this))
    , m_confirm(newPasswordField(QStringLiteral("confirmPasswordEdit"), this))
    , m_change(new QPushButton(tr("&Change password"), this))
    , m_rules(new QLabel(Vault::passwordRules(), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(tr("Change my password"));
    m_change->setObjectName(QStringLiteral("changeButton"));
    m_change->setDefault(true);
    m_rules->setObjectName(QStringLiteral("passwordRulesLabel"));
    m_rules->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("C&urrent password:"), m_old);
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("C&onfirm new password:"), m_confirm);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_change, QDialogButtonBox::AcceptRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_rules);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_change, &QPushButton::clicked, this, &ChangePasswordDialog::change);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);
    connect(m_confirm, &QLineEdit::returnPressed, this, &ChangePasswordDialog::change);
    clearMessageOnEdit(m_error, {m_old, m_new, m_confirm});
    fitDialog(this);
}

void ChangePasswordDialog::reject()
{
    // The change cannot be called back once started; the dialog stays to report how it ended.
    if (!m_working)
        QDialog::reject();
}

void ChangePasswordDialog::setWorking(bool working)
{
    m_working = working;
    for (QWidget* input : {static_cast<QWidget*>(m_old), static_cast<QWidget*>(m_new), static_cast<QWidget*>(m_confirm),
                           static_cast<QWidget*>(m_change)})
        input->setEnabled(!working);
    if (working)
        showMessage(m_error, tr("Changing the password…"));
}

void ChangePasswordDialog::change()
{
    if (m_working)
        return;
    // Read, not taken: what was right stays typed after a refusal; only the wrong field empties.
    auto oldPassword = std::make_shared<SecureBuffer>(readSecret(*m_old));
    auto newPassword = std::make_shared<SecureBuffer>(readSecret(*m_new));
    if (!newPassword->equals(readSecret(*m_confirm))) {
        showMessage(m_error, tr("The new password and its confirmation differ."));
        m_confirm->clear();
        m_confirm->setFocus();
        return;
    }
    try {
        Vault::requireAcceptablePassword(*newPassword);
    } catch (const Error& error) {
        showMessage(m_error, error.message());
        m_new->clear();
        m_confirm->clear();
        m_new->setFocus();
        return;
    }
    setWorking(true);
    m_worker.run(
        this, [oldPassword, newPassword](Vault& vault) { vault.changePassword(*oldPassword, *newPassword); },
        [this] {
            setWorking(false);
            for (QLineEdit* field : {m_old, m_new, m_confirm})
                takeSecret(*field);
            accept();
        },
        [this](const QString& message) {
            // The rules were checked above: what core refuses now is the current password.
            setWorking(false);
            showMessage(m_error, message);
            m_old->clear();
            m_old->setFocus();
        });
}

} // namespace ecluse::ui
