#include "AuditPage.h"

#include "AuditFilterModel.h"
#include "AuditTableModel.h"
#include "VaultWorker.h"
#include "access/Access.h"
#include "audit/AuditTrail.h"
#include "guard/OutputGuard.h"
#include "vault/Vault.h"

#include <QDateTimeEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ecluse::ui {
namespace {

QDateTimeEdit* newTimeEdit(const QString& objectName, QWidget* parent)
{
    auto* edit = new QDateTimeEdit(parent);
    edit->setObjectName(objectName);
    edit->setTimeSpec(Qt::UTC);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    edit->setCalendarPopup(true);
    // The minimum shows as blank: no bound on that side.
    edit->setMinimumDateTime(QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC));
    edit->setSpecialValueText(QStringLiteral(" "));
    edit->setDateTime(edit->minimumDateTime());
    return edit;
}

QPushButton* newAllowedButton(const QString& objectName, const QString& text, const AccessDecision& decision,
                              QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setEnabled(decision.allowed);
    button->setToolTip(decision.reason);
    return button;
}

} // namespace

AuditPage::AuditPage(VaultWorker& worker, const Session& session, QWidget* parent)
    : QWidget(parent)
    , m_worker(worker)
    , m_model(new AuditTableModel(this))
    , m_filtered(new AuditFilterModel(this))
    , m_table(new QTableView(this))
    , m_user(new QLineEdit(this))
    , m_action(new QLineEdit(this))
    , m_from(newTimeEdit(QStringLiteral("auditFromEdit"), this))
    , m_to(newTimeEdit(QStringLiteral("auditToEdit"), this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_verify(newAllowedButton(QStringLiteral("verifyAuditButton"), tr("&Verify the trail"),
                                session.decision(Action::VerifyVault), this))
    , m_export(newAllowedButton(QStringLiteral("exportAuditButton"), tr("&Export…"),
                                session.decision(Action::ReadAudit), this))
    , m_reseal(newAllowedButton(QStringLiteral("resealAuditButton"), tr("Re&seal…"),
                                session.decision(Action::ResealAudit), this))
    , m_verdict(new QLabel(this))
{
    setObjectName(QStringLiteral("auditPage"));
    m_filtered->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_filtered);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false); // one line per entry; the details are whole in the tooltip
    m_refresh->setObjectName(QStringLiteral("refreshAuditButton"));
    m_user->setObjectName(QStringLiteral("auditUserFilter"));
    m_user->setPlaceholderText(tr("user"));
    m_action->setObjectName(QStringLiteral("auditActionFilter"));
    m_action->setPlaceholderText(tr("action, or its start (vault.)"));
    m_verdict->setObjectName(QStringLiteral("auditVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {m_refresh, m_verify, m_export, m_reseal})
        buttons->addWidget(button);
    buttons->addStretch();
    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Filter:"), this));
    filters->addWidget(m_user);
    filters->addWidget(m_action);
    filters->addWidget(new QLabel(tr("from (UTC)"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addLayout(filters);
    layout->addWidget(m_verdict);
    layout->addWidget(m_table);

    connect(m_refresh, &QPushButton::clicked, this, &AuditPage::reload);
    connect(m_verify, &QPushButton::clicked, this, &AuditPage::verify);
    connect(m_export, &QPushButton::clicked, this, &AuditPage::exportTrail);
    connect(m_reseal, &QPushButton::clicked, this, &AuditPage::reseal);
    for (QLineEdit* edit : {m_user, m_action})
        connect(edit, &QLineEdit::textChanged, this, &AuditPage::applyFilters);
    for (QDateTimeEdit* edit : {m_from, m_to})
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &AuditPage::applyFilters);
    reload();
}

void AuditPage::applyFilters()
{
    const auto bound = [](const QDateTimeEdit* edit) {
        return edit->dateTime() == edit->minimumDateTime() ? QDateTime() : edit->dateTime();
    };
    m_filtered->setUser(m_user->text());
    m_filtered->setAction(m_action->text());
    m_filtered->setRange(bound(m_from), bound(m_to));
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

void AuditPage::showRow(qint64 sequence)
{
    for (int row = 0; row < m_filtered->rowCount(); ++row) {
        const QModelIndex index = m_filtered->index(row, AuditTableModel::Sequence);
        if (index.data().toLongLong() == sequence) {
            m_table->selectRow(row);
            m_table->scrollTo(index);
            return;
        }
    }
}

void AuditPage::verify()
{
    m_verify->setEnabled(false);
    m_verdict->setText(tr("Verifying the audit trail…"));
    m_worker.run(
        this, [](Vault& vault) { return vault.verifyAudit(); },
        [this](const AuditVerification& result) {
            m_verify->setEnabled(true);
            QString verdict =
                result.intact ? tr("Intact: %1 entries, the chain and its witnesses agree.").arg(result.entries)
                              : tr("Not intact from entry %1: %2").arg(result.firstBrokenSequence).arg(result.problem);
            for (const QString& warning : result.warnings)
                verdict += QLatin1Char('\n') + tr("Warning: %1").arg(warning);
            m_verdict->setText(verdict);
            if (!result.intact)
                showRow(result.firstBrokenSequence);
        },
        [this](const QString& message) {
            m_verify->setEnabled(true);
            m_verdict->setText(message);
        });
}

void AuditPage::exportTrail()
{
    // Where it may go is the guard's answer: the dialog opens in (and creates) the first folder.
    m_worker.run(
        this, [](Vault& vault) { return OutputGuard(vault).allowedFolders(); },
        [this](const QStringList& folders) {
            const QString folder = folders.value(0);
            QDir().mkpath(folder);
            auto* dialog = new QFileDialog(this, tr("Export the audit trail"), folder, tr("JSON lines (*.jsonl)"));
            dialog->setObjectName(QStringLiteral("auditExportDialog"));
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setAcceptMode(QFileDialog::AcceptSave);
            dialog->setOption(QFileDialog::DontUseNativeDialog);
            dialog->selectFile(QStringLiteral("audit-%1.jsonl").arg(QDate::currentDate().toString(u"yyyyMMdd")));
            connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& file) {
                m_worker.run(
                    this, [file](Vault& vault) { OutputGuard(vault).exportAuditTrail(file); },
                    [this, file] {
                        m_verdict->setText(tr("Exported to %1.").arg(QDir::toNativeSeparators(file)));
                        reload();
                    },
                    [this](const QString& message) { m_verdict->setText(tr("Not exported: %1").arg(message)); });
            });
            dialog->open();
        },
        [this](const QString& message) { m_verdict->setText(message); });
}

void AuditPage::reseal()
{
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("resealReasonDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Reseal the audit trail"));
    dialog->setLabelText(tr("Why (kept in the trail, with what verification says now):"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString& reason) {
        m_worker.run(
            this, [reason](Vault& vault) { vault.resealAudit(reason); },
            [this] {
                m_verdict->setText(tr("Resealed: the witnesses hold the new head; the reason is in the trail."));
                reload();
            },
            [this](const QString& message) { m_verdict->setText(message); });
    });
    dialog->open();
}

} // namespace ecluse::ui
