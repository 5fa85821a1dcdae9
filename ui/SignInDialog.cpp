#include "SignInDialog.h"

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

#include <memory>

namespace ecluse::ui {

SignInDialog::SignInDialog(VaultWorker& worker, QWidget* parent)
    : QDialog(parent)
    , m_worker(worker)
    , m_user(new QLineEdit(this))
    , m_password(newPasswordField(QStringLiteral("passwordEdit"), this))
    , m_signIn(new QPushButton(tr("Sign in"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to Écluse"));
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_signIn, QDialogButtonBox::AcceptRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::signIn);
    connect(m_password, &QLineEdit::returnPressed, this, &SignInDialog::signIn);
    connect(m_user, &QLineEdit::returnPressed, m_password, [this] { m_password->setFocus(); });
    clearMessageOnEdit(m_error, {m_user, m_password});
    fitDialog(this);
}

void SignInDialog::setUser(const QString& user)
{
    m_user->setText(user);
    m_password->setFocus();
}

void SignInDialog::reject()
{
    // Closing while the vault is being unlocked would leave it open with nobody to show it.
    if (!m_working)
        QDialog::reject();
}

void SignInDialog::setWorking(bool working)
{
    m_working = working;
    m_user->setEnabled(!working);
    m_password->setEnabled(!working);
    m_signIn->setEnabled(!working);
    if (working)
        showMessage(m_error, tr("Signing in…"));
}

void SignInDialog::signIn()
{
    if (m_working)
        return;
    const QString user = m_user->text().trimmed();
    if (user.isEmpty() || m_password->text().isEmpty()) {
        showMessage(m_error, tr("Enter your user name and your password."));
        return;
    }
    auto password = std::make_shared<SecureBuffer>(takeSecret(*m_password));
    setWorking(true);
    m_worker.run(
        this,
        [user, password](Vault& vault) {
            vault.unlock(user, *password);
            return Session::of(vault);
        },
        [this](const Session& session) {
            setWorking(false);
            showMessage(m_error, {});
            Q_EMIT signedIn(session);
            accept();
        },
        [this](const QString& message) {
            setWorking(false);
            showMessage(m_error, message);
            m_password->setFocus();
        });
}

} // namespace ecluse::ui
