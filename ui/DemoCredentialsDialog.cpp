#include "DemoCredentialsDialog.h"

#include "DialogSupport.h"
#include "demo/DemoWorkstation.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ecluse::ui {

DemoCredentialsDialog::DemoCredentialsDialog(const SecureBuffer& password, const SecureBuffer& recoveryKey,
                                             QWidget* parent)
    : QDialog(parent)
    , m_password(newSecretLabel(QStringLiteral("demoPasswordLabel"), password))
    , m_recoveryKey(newSecretLabel(QStringLiteral("demoRecoveryKeyLabel"), recoveryKey))
    , m_noted(new QCheckBox(tr("I have noted the password and the recovery key"), this))
    , m_continue(new QPushButton(tr("&Continue to the sign-in"), this))
{
    setObjectName(QStringLiteral("demoCredentialsDialog"));
    setWindowTitle(tr("DEMO workstation ready"));

    auto* banner = new QLabel(tr("DEMO — demonstration data only"), this);
    banner->setObjectName(QStringLiteral("demoBanner"));
    banner->setAlignment(Qt::AlignCenter);
    banner->setStyleSheet(
        QStringLiteral("QLabel { background: #f9a825; color: black; font-weight: bold; padding: 6px; }"));
    auto* intro = new QLabel(tr("Every demo account below signs in with the same password. Écluse will not show it "
                                "again; the recovery key is the only way back in without it. This vault trusts only "
                                "its own demo keys: real habilitations and packages cannot enter it."),
                             this);
    intro->setWordWrap(true);
    auto* accounts = new QLabel(DemoWorkstation::accountNames().join(QStringLiteral(", ")), this);
    accounts->setObjectName(QStringLiteral("demoAccountsLabel"));
    accounts->setTextFormat(Qt::PlainText);
    accounts->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_noted->setObjectName(QStringLiteral("notedCheck"));
    m_continue->setObjectName(QStringLiteral("continueButton"));
    m_continue->setEnabled(false);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_continue, QDialogButtonBox::AcceptRole);

    auto* form = new QFormLayout;
    form->addRow(tr("Accounts:"), accounts);
    form->addRow(tr("Password:"), m_password);
    form->addRow(tr("Recovery key:"), m_recoveryKey);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(banner);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_noted);
    layout->addWidget(buttons);

    connect(m_noted, &QCheckBox::toggled, m_continue, &QPushButton::setEnabled);
    connect(m_continue, &QPushButton::clicked, this, &DemoCredentialsDialog::accept);
    fitDialog(this);
}

QLabel* DemoCredentialsDialog::newSecretLabel(const QString& objectName, const SecureBuffer& secret)
{
    // A QString copy nobody can cleanse, for as long as this dialog lives; selectable to be read
    // out, never put on the clipboard by us.
    auto* label = new QLabel(QString::fromLatin1(secret.chars(), static_cast<qsizetype>(secret.size())), this);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setContextMenuPolicy(Qt::NoContextMenu);
    label->setWordWrap(true);
    label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return label;
}

void DemoCredentialsDialog::reject()
{
    // Escape must not lose the only sight of the password by accident.
    if (m_noted->isChecked())
        QDialog::reject();
}

void DemoCredentialsDialog::done(int result)
{
    m_password->clear();
    m_recoveryKey->clear();
    QDialog::done(result);
}

} // namespace ecluse::ui
