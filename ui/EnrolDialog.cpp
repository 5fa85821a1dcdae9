#include "EnrolDialog.h"

#include "DialogSupport.h"
#include "SecretInput.h"
#include "VaultWorker.h"
#include "common/Error.h"
#include "vault/Vault.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>

namespace ecluse::ui {

EnrolDialog::EnrolDialog(VaultWorker& worker, const QStringList& candidates, QWidget* parent)
    : QDialog(parent)
    , m_worker(worker)
    , m_user(new QComboBox(this))
    , m_password(newPasswordField(QStringLiteral("enrolPasswordEdit"), this))
    , m_confirm(newPasswordField(QStringLiteral("enrolConfirmEdit"), this))
    , m_enrol(new QPushButton(tr("&Enrol"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("enrolDialog"));
    setWindowTitle(tr("Enrol a user"));
    m_user->setObjectName(QStringLiteral("enrolUserCombo"));
    m_user->addItems(candidates);
    m_enrol->setObjectName(QStringLiteral("enrolButton"));
    m_enrol->setDefault(true);
    m_enrol->setEnabled(!candidates.isEmpty());
    m_error->setObjectName(QStringLiteral("enrolError"));
    m_error->setWordWrap(true);
    showMessage(m_error, candidates.isEmpty() ? tr("Everyone the habilitation in force names has an account already.")
                                              : QString());
    auto* rules = new QLabel(Vault::passwordRules(), this);
    rules->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&User (from the habilitation in force):"), m_user);
    form->addRow(tr("First &password:"), m_password);
    form->addRow(tr("C&onfirm:"), m_confirm);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_enrol, QDialogButtonBox::AcceptRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(rules);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_enrol, &QPushButton::clicked, this, &EnrolDialog::enrol);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (!candidates.isEmpty()) {
        clearMessageOnEdit(m_error, {m_password, m_confirm});
        connect(m_user, &QComboBox::currentIndexChanged, m_error, [this] { showMessage(m_error, {}); });
    }
    fitDialog(this);
}

void EnrolDialog::enrol()
{
    auto password = std::make_shared<SecureBuffer>(readSecret(*m_password));
    if (!password->equals(readSecret(*m_confirm))) {
        showMessage(m_error, tr("The password and its confirmation differ."));
        m_confirm->clear();
        return;
    }
    try {
        Vault::requireAcceptablePassword(*password);
    } catch (const Error& error) {
        showMessage(m_error, error.message());
        m_password->clear();
        m_confirm->clear();
        return;
    }
    const QString user = m_user->currentText();
    m_enrol->setEnabled(false);
    m_worker.run(
        this, [user, password](Vault& vault) { vault.enrol(user, *password); },
        [this, user] {
            takeSecret(*m_password);
            takeSecret(*m_confirm);
            Q_EMIT enrolled(user);
            accept();
        },
        [this](const QString& message) {
            m_enrol->setEnabled(true);
            showMessage(m_error, message);
        });
}

} // namespace ecluse::ui
