#include "AuditPage.h"

#include "AuditTableModel.h"
#include "VaultWorker.h"
#include "access/Access.h"
#include "audit/AuditTrail.h"
#include "vault/Vault.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ecluse::ui {

AuditPage::AuditPage(VaultWorker& worker, const Session& session, QWidget* parent)
    : QWidget(parent)
    , m_worker(worker)
    , m_model(new AuditTableModel(this))
    , m_table(new QTableView(this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_verify(new QPushButton(tr("&Verify the trail"), this))
    , m_verdict(new QLabel(this))
{
    setObjectName(QStringLiteral("auditPage"));
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false); // one line per entry; the details are whole in the tooltip
    m_refresh->setObjectName(QStringLiteral("refreshAuditButton"));
    m_verify->setObjectName(QStringLiteral("verifyAuditButton"));
    const AccessDecision mayVerify = session.decision(Action::VerifyVault);
    m_verify->setEnabled(mayVerify.allowed);
    m_verify->setToolTip(mayVerify.reason);
    m_verdict->setObjectName(QStringLiteral("auditVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_verify);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_verdict);
    layout->addWidget(m_table);

    connect(m_refresh, &QPushButton::clicked, this, &AuditPage::reload);
    connect(m_verify, &QPushButton::clicked, this, &AuditPage::verify);
    reload();
}

void AuditPage::reload()
{
    m_refresh->setEnabled(false);
    m_worker.run(
        this, [](Vault& vault) { return vault.readAudit(); },
        [this](std::vector<AuditEntry> entries) {
            m_refresh->setEnabled(true);
            m_model->setEntries(std::move(entries));
            m_table->resizeColumnsToContents();
            m_table->scrollToBottom();
        },
        [this](const QString& message) {
            m_refresh->setEnabled(true);
            m_verdict->setText(message);
        });
}

void AuditPage::verify()
{
    m_verify->setEnabled(false);
    m_verdict->setText(tr("Verifying the audit trail…"));
    m_worker.run(
        this, [](Vault& vault) { return vault.verifyAudit(); },
        [this](const AuditVerification& result) {
            m_verify->setEnabled(true);
            QString verdict = result.intact
                                  ? tr("Intact: %1 entries, the chain and its witnesses agree.").arg(result.entries)
                                  : tr("Not intact: %1").arg(result.problem);
            for (const QString& warning : result.warnings)
                verdict += QLatin1Char('\n') + tr("Warning: %1").arg(warning);
            m_verdict->setText(verdict);
        },
        [this](const QString& message) {
            m_verify->setEnabled(true);
            m_verdict->setText(message);
        });
}

} // namespace ecluse::ui
