#include "DemoCreationDialog.h"

#include "DialogSupport.h"
#include "ElidedLabel.h"
#include "UiRelay.h"
#include "demo/DemoWorkstation.h"
#include "vault/Vault.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QShowEvent>
#include <QVBoxLayout>

#include <algorithm>

namespace ecluse::ui {
namespace {

constexpr int progressSteps = 1000;

} // namespace

DemoCreationDialog::DemoCreationDialog(Vault& vault, VaultEnvironment environment, qint64 rows, QWidget* parent)
    : QDialog(parent)
    , m_worker(vault)
    , m_environment(std::move(environment))
    , m_rows(rows)
    , m_password(std::make_shared<const SecureBuffer>(DemoWorkstation::generatePassword()))
    , m_step(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("&Cancel"), this))
{
    setObjectName(QStringLiteral("demoCreationDialog"));
    setWindowTitle(tr("Creating a DEMO workstation"));
    // Wide enough for the text to read as a paragraph; the height follows the wrapped text.
    setMinimumWidth(480);
    auto* intro = new QLabel(tr("Écluse is creating a demonstration workstation: demo accounts, and synthetic claims "
                                "imported through the same checks as real data. No real data is involved."),
                             this);
    intro->setObjectName(QStringLiteral("demoIntroLabel"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    // A path has no spaces to wrap at: shortened in the middle, whole in the tooltip.
    const QString folder = QDir::toNativeSeparators(vault.folder());
    auto* folderLabel = new ElidedLabel(QStringLiteral("demoFolderLabel"), Qt::ElideMiddle, this);
    folderLabel->setFullText(tr("Folder: %1").arg(folder));
    folderLabel->setToolTip(folder);
    m_step->setObjectName(QStringLiteral("demoStepLabel"));
    m_step->setWordWrap(true);
    m_step->setTextFormat(Qt::PlainText);
    m_step->setText(tr("Creating the vault and its accounts…"));
    m_progress->setObjectName(QStringLiteral("demoProgress"));
    m_progress->setRange(0, 0);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    connect(m_cancel, &QPushButton::clicked, this, &DemoCreationDialog::cancel);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(folderLabel);
    layout->addWidget(m_step);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    fitDialog(this);
}

DemoCreationDialog::~DemoCreationDialog()
{
    // The worker waits for the running job: stop it at its next step rather than at the end.
    m_cancelRequested->store(true);
}

void DemoCreationDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    if (m_started)
        return;
    m_started = true;
    create();
}

void DemoCreationDialog::create()
{
    m_working = true;
    const UiRelay<DemoCreationDialog> relay(this);
    // Whether core was told to stop, as opposed to failing on its own after a late cancel.
    const auto stopped = std::make_shared<std::atomic_bool>(false);
    m_worker.run(
        this,
        [environment = m_environment, password = m_password, data = DemoWorkstation::Data{m_rows, 1},
         cancelRequested = m_cancelRequested, stopped, relay](Vault& vault) {
            // Built beside the folder and moved into it at the end, locked: the demo starts at the
            // sign-in, and a cancel leaves nothing.
            SecureBuffer key = DemoWorkstation::create(
                vault.folder(), environment, *password, data, [&](const QString& step, qint64 done, qint64 total) {
                    relay.post([step, done, total](DemoCreationDialog& dialog) { dialog.showStep(step, done, total); });
                    const bool goOn = !cancelRequested->load();
                    if (!goOn)
                        stopped->store(true);
                    return goOn;
                });
            return std::make_shared<const SecureBuffer>(std::move(key));
        },
        [this](std::shared_ptr<const SecureBuffer> recoveryKey) {
            m_working = false;
            m_recoveryKey = std::move(recoveryKey);
            accept();
        },
        [this, stopped](const QString& message) {
            m_working = false;
            m_cancelled = stopped->load();
            m_error = message;
            QDialog::reject();
        });
}

void DemoCreationDialog::cancel()
{
    if (!m_working || m_cancelRequested->load())
        return;
    m_cancelRequested->store(true);
    m_cancel->setEnabled(false);
    m_step->setText(tr("Cancelling: deleting what was built so far…"));
}

void DemoCreationDialog::showStep(const QString& step, qint64 done, qint64 total)
{
    if (m_cancelRequested->load())
        return; // the worker's last reports, overtaken by the cancel
    m_step->setText(tr("%1: %L2 / %L3 rows").arg(step).arg(done).arg(total));
    m_progress->setRange(0, progressSteps);
    m_progress->setValue(
        static_cast<int>(std::clamp<qint64>(done, 0, total) * progressSteps / std::max<qint64>(total, 1)));
}

void DemoCreationDialog::reject()
{
    if (m_working)
        cancel();
    else
        QDialog::reject();
}

} // namespace ecluse::ui
