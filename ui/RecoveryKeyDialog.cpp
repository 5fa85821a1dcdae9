#include "RecoveryKeyDialog.h"

#include "DialogSupport.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ecluse::ui {

RecoveryKeyDialog::RecoveryKeyDialog(const SecureBuffer& recoveryKey, QWidget* parent)
    : QDialog(parent)
    , m_key(new QLabel(this))
    , m_writtenDown(new QCheckBox(tr("I have written the recovery key down and will keep it somewhere safe"), this))
    , m_continue(new QPushButton(tr("&Continue"), this))
{
    setObjectName(QStringLiteral("recoveryKeyDialog"));
    setWindowTitle(tr("Recovery key"));

    auto* warning = new QLabel(tr("<b>Write this recovery key down now, on paper, and keep it away from this "
                                  "computer.</b> It is the only way back into the vault if every administrator "
                                  "password is lost. Écluse will never show it again."),
                               this);
    warning->setObjectName(QStringLiteral("recoveryWarning"));
    warning->setWordWrap(true);

    // The label needs the key as a QString, a copy nobody can cleanse; it lives only as long as
    // this dialog. Selectable so that it can be read out carefully, never put on the clipboard
    // by us: clipboards are shared with every program of the session.
    m_key->setObjectName(QStringLiteral("recoveryKeyLabel"));
    m_key->setText(QString::fromLatin1(recoveryKey.chars(), static_cast<qsizetype>(recoveryKey.size())));
    m_key->setTextFormat(Qt::PlainText);
    m_key->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_key->setContextMenuPolicy(Qt::NoContextMenu);
    m_key->setAlignment(Qt::AlignCenter);
    m_key->setWordWrap(true);
    QFont keyFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    keyFont.setPointSizeF(keyFont.pointSizeF() * 1.3);
    m_key->setFont(keyFont);

    m_writtenDown->setObjectName(QStringLiteral("writtenDownCheck"));
    m_continue->setObjectName(QStringLiteral("continueButton"));
    m_continue->setEnabled(false);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_continue, QDialogButtonBox::AcceptRole);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(warning);
    layout->addWidget(m_key);
    layout->addWidget(m_writtenDown);
    layout->addWidget(buttons);

    connect(m_writtenDown, &QCheckBox::toggled, m_continue, &QPushButton::setEnabled);
    connect(m_continue, &QPushButton::clicked, this, &RecoveryKeyDialog::accept);
    fitDialog(this);
}

void RecoveryKeyDialog::reject()
{
    // Escape or the close button must not lose the only sight of the key by accident.
    if (m_writtenDown->isChecked())
        QDialog::reject();
}

void RecoveryKeyDialog::done(int result)
{
    m_key->clear();
    QDialog::done(result);
}

} // namespace ecluse::ui
