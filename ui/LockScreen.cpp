#include "LockScreen.h"

#include "DialogSupport.h"
#include "SecretInput.h"
#include "VaultWorker.h"
#include "vault/Vault.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>

namespace ecluse::ui {

LockScreen::LockScreen(VaultWorker& worker, QWidget* parent)
    : QWidget(parent)
    , m_worker(worker)
    , m_title(new QLabel(this))
    , m_reason(new QLabel(this))
    , m_password(newPasswordField(QStringLiteral("passwordEdit"), this))
    , m_unlock(new QPushButton(tr("&Unlock"), this))
    , m_signOut(new QPushButton(tr("Sign &out"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("lockScreen"));
    m_title->setObjectName(QStringLiteral("lockTitle"));
    m_reason->setObjectName(QStringLiteral("lockReason"));
    m_reason->setWordWrap(true);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    m_signOut->setObjectName(QStringLiteral("signOutButton"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    m_title->setFont(titleFont);

    auto* form = new QFormLayout;
    form->addRow(tr("&Password:"), m_password);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_signOut);
    buttons->addStretch();
    buttons->addWidget(m_unlock);

    auto* panel = new QVBoxLayout;
    panel->addWidget(m_title);
    panel->addWidget(m_reason);
    panel->addLayout(form);
    panel->addWidget(m_error);
    panel->addLayout(buttons);
    auto* centred = new QHBoxLayout;
    centred->addStretch();
    centred->addLayout(panel);
    centred->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addLayout(centred);
    layout->addStretch();

    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::unlock);
    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::unlock);
    connect(m_signOut, &QPushButton::clicked, this, [this] {
        if (!m_working)
            Q_EMIT signOutRequested();
    });
    clearMessageOnEdit(m_error, {m_password});
}

void LockScreen::lockFor(const QString& user, const QString& reason)
{
    m_user = user;
    m_title->setText(tr("Locked — signed in as %1").arg(user));
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
    m_password->clear();
    showMessage(m_error, {});
    setWorking(false);
    m_password->setFocus();
}

void LockScreen::setWorking(bool working)
{
    m_working = working;
    m_password->setEnabled(!working);
    m_unlock->setEnabled(!working);
    m_signOut->setEnabled(!working);
    if (working)
        showMessage(m_error, tr("Unlocking…"));
}

void LockScreen::unlock()
{
    if (m_working)
        return;
    if (m_password->text().isEmpty()) {
        showMessage(m_error, tr("Enter the password of %1.").arg(m_user));
        return;
    }
    auto password = std::make_shared<SecureBuffer>(takeSecret(*m_password));
    setWorking(true);
    // Only the user who locked may unlock: another user signs out first, so that nobody picks
    // up a session that is not theirs.
    m_worker.run(
        this,
        [user = m_user, password](Vault& vault) {
            vault.unlock(user, *password);
            return Session::of(vault);
        },
        [this](const Session& session) {
            setWorking(false);
            showMessage(m_error, {});
            Q_EMIT unlocked(session);
        },
        [this](const QString& message) {
            setWorking(false);
            showMessage(m_error, message);
            m_password->setFocus();
        });
}

} // namespace ecluse::ui
