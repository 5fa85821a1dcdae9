#include "DemoCreationDialog.h"

#include "UiRelay.h"
#include "demo/DemoWorkstation.h"
#include "vault/Vault.h"

#include <QLabel>
#include <QProgressBar>
#include <QShowEvent>
#include <QVBoxLayout>

#include <algorithm>

namespace ecluse::ui {
namespace {

constexpr int progressSteps = 1000;

} // namespace

DemoCreationDialog::DemoCreationDialog(Vault& vault, qint64 rows, QWidget* parent)
    : QDialog(parent)
    , m_worker(vault)
    , m_rows(rows)
    , m_password(std::make_shared<const SecureBuffer>(DemoWorkstation::generatePassword()))
    , m_step(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("demoCreationDialog"));
    setWindowTitle(tr("Creating a DEMO workstation"));
    resize(480, 0);
    auto* intro = new QLabel(tr("Écluse is creating a demonstration workstation in %1: demo accounts, and synthetic "
                                "claims imported through the same checks as real data. No real data is involved.")
                                 .arg(vault.folder()),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    m_step->setObjectName(QStringLiteral("demoStepLabel"));
    m_step->setText(tr("Creating the vault and its accounts…"));
    m_progress->setObjectName(QStringLiteral("demoProgress"));
    m_progress->setRange(0, 0);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_step);
    layout->addWidget(m_progress);
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
    m_worker.run(
        this,
        [password = m_password, data = DemoWorkstation::Data{m_rows, 1}, relay](Vault& vault) {
            try {
                SecureBuffer key = DemoWorkstation::create(
                    vault, *password, data, [&](const QString& step, qint64 done, qint64 total) {
                        relay.post(
                            [step, done, total](DemoCreationDialog& dialog) { dialog.showStep(step, done, total); });
                        return true;
                    });
                vault.lock(); // create() leaves it open as admin; the demo starts at the sign-in
                return std::make_shared<const SecureBuffer>(std::move(key));
            } catch (...) {
                vault.lock();
                throw;
            }
        },
        [this](std::shared_ptr<const SecureBuffer> recoveryKey) {
            m_working = false;
            m_recoveryKey = std::move(recoveryKey);
            accept();
        },
        [this](const QString& message) {
            m_working = false;
            m_error = message;
            QDialog::reject();
        });
}

void DemoCreationDialog::showStep(const QString& step, qint64 done, qint64 total)
{
    m_step->setText(tr("%1: %L2 / %L3 rows").arg(step).arg(done).arg(total));
    m_progress->setRange(0, progressSteps);
    m_progress->setValue(
        static_cast<int>(std::clamp<qint64>(done, 0, total) * progressSteps / std::max<qint64>(total, 1)));
}

void DemoCreationDialog::reject()
{
    if (!m_working)
        QDialog::reject();
}

} // namespace ecluse::ui
