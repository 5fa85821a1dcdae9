#include "Workspace.h"

#include "AdministrationPage.h"
#include "AggregatesPage.h"
#include "AuditPage.h"
#include "CataloguePage.h"
#include "ChangePasswordDialog.h"
#include "ExtractsPage.h"
#include "PolicyPage.h"
#include "VaultWorker.h"
#include "backup/VaultBackup.h"
#include "vault/Vault.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace ecluse::ui {

Workspace::Workspace(VaultWorker& worker, Session session, const LoadedPolicy& policy, const WorkspaceState& resume,
                     QWidget* parent)
    : QWidget(parent)
    , m_worker(worker)
    , m_session(std::move(session))
    , m_policy(policy)
    , m_idleWarning(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_nothing(new QLabel(tr("Nothing here is open to your roles yet."), this))
    , m_serverStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("workspace"));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setMaximumWidth(220);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_nothing->setAlignment(Qt::AlignCenter);
    m_pages->addWidget(m_nothing);
    m_idleWarning->setObjectName(QStringLiteral("idleWarning"));
    m_idleWarning->setAlignment(Qt::AlignCenter);
    m_idleWarning->setStyleSheet(
        QStringLiteral("QLabel { background: #b3261e; color: white; font-weight: bold; padding: 6px; }"));
    m_idleWarning->hide();
    m_notice->setObjectName(QStringLiteral("workspaceNotice"));
    m_notice->setWordWrap(true);
    m_notice->hide();

    int firstEnabled = -1;
    for (const NavigationEntry& entry : Navigation::entriesFor(m_session)) {
        auto* item = new QListWidgetItem(entry.title, m_navigation);
        item->setData(Qt::UserRole, static_cast<int>(entry.page));
        item->setToolTip(entry.toolTip);
        item->setFlags(entry.enabled ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags);
        if (entry.enabled && firstEnabled < 0)
            firstEnabled = m_navigation->row(item);
    }

    auto* columns = new QHBoxLayout;
    columns->addWidget(m_navigation);
    columns->addWidget(m_pages, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_idleWarning);
    layout->addWidget(m_notice);
    layout->addLayout(columns, 1);
    m_serverStatus->setObjectName(QStringLiteral("serverStatus"));
    m_serverStatus->setWordWrap(true);
    m_serverStatus->hide();
    layout->addWidget(m_serverStatus);

    connect(m_navigation, &QListWidget::currentRowChanged, this, &Workspace::showEntry);
    // Straight to the page left at the lock, so that the first page is not built (and its data
    // read) for nothing. The entries follow the roles read at this unlock: a page the
    // habilitation no longer opens is not returned to.
    const int resumed = resume.page ? enabledRow(*resume.page) : -1;
    m_navigation->setCurrentRow(resumed >= 0 ? resumed : firstEnabled);
    // The table was on screen before the lock, even if another page was in front of it: computed
    // again, through core's access check, disclosure control and audit like any query.
    if (resume.query && enabledRow(Page::Aggregates) >= 0) {
        if (auto* aggregates = qobject_cast<AggregatesPage*>(page(Page::Aggregates)))
            aggregates->restoreQuery(*resume.query, resume.rowDimensions);
    }
    remindOfBackup();
    if (!m_policy.policy.organisationServer.isEmpty()) {
        // Every append tries the server; this only reads what the last attempt found.
        auto* timer = new QTimer(this);
        connect(timer, &QTimer::timeout, this, &Workspace::showServerStatus);
        timer->start(std::chrono::seconds(30));
        showServerStatus();
    }
}

void Workspace::showServerStatus()
{
    struct Status
    {
        std::optional<QDateTime> outOfReachSince;
        qint64 waitingRequestSteps = 0;
    };
    m_worker.run(
        this,
        [](Vault& vault) {
            return Status{vault.organisationServerOutOfReachSince(), vault.waitingRequestSteps()};
        },
        [this](const Status& status) {
            QStringList parts;
            if (status.outOfReachSince)
                parts << tr("The organisation server has been out of reach since %1. Your work goes on; its audit "
                            "entries wait in the vault and are sent once the server answers.")
                             .arg(QLocale().toString(status.outOfReachSince->toLocalTime(), QLocale::ShortFormat));
            if (status.waitingRequestSteps > 0)
                parts << tr("%n step(s) on your extract requests wait to be sent; reviewers see them once they "
                            "reach the server.",
                            nullptr, static_cast<int>(status.waitingRequestSteps));
            m_serverStatus->setText(parts.join(QLatin1Char(' ')));
            m_serverStatus->setVisible(!parts.isEmpty());
        },
        [this](const QString& message) {
            m_serverStatus->setText(message);
            m_serverStatus->show();
        });
}

void Workspace::remindOfBackup()
{
    const int days = m_policy.policy.backupEveryDays;
    if (days <= 0 || !m_session.may(Action::BackUpVault))
        return;
    m_worker.run(
        this, [](Vault& vault) { return VaultBackup::isDue(vault); },
        [this, days](bool due) {
            if (!due)
                return;
            m_notice->setText(
                tr("No backup in the last %n days, which your organisation asks for (BackupEveryDays): back up from "
                   "the Administration page.",
                   nullptr, days));
            m_notice->show();
        },
        [this](const QString& message) {
            m_notice->setText(message);
            m_notice->show();
        });
}

void Workspace::showIdleWarning(qint64 secondsLeft)
{
    m_idleWarning->setText(tr("Écluse locks in %n s for lack of activity.", nullptr, static_cast<int>(secondsLeft)));
    m_idleWarning->show();
}

void Workspace::hideIdleWarning()
{
    m_idleWarning->hide();
}

void Workspace::changePassword()
{
    auto* dialog = new ChangePasswordDialog(m_worker, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        m_notice->setText(tr("Your password was changed."));
        m_notice->show();
    });
    m_notice->hide();
    dialog->open();
}

void Workspace::showEntry(int row)
{
    const QListWidgetItem* item = m_navigation->item(row);
    if (!item || !(item->flags() & Qt::ItemIsEnabled)) {
        m_pages->setCurrentWidget(m_nothing);
        return;
    }
    // Built when first opened, so that nobody's data is read for a page they never look at.
    QWidget* shown = page(static_cast<Page>(item->data(Qt::UserRole).toInt()));
    m_pages->setCurrentWidget(shown ? shown : m_nothing);
}

QWidget* Workspace::page(Page page)
{
    if (const auto built = m_built.find(page); built != m_built.end())
        return built->second;
    QWidget* widget = newPage(page);
    if (!widget)
        return nullptr;
    m_pages->addWidget(widget);
    m_built.emplace(page, widget);
    return widget;
}

WorkspaceState Workspace::state() const
{
    WorkspaceState state;
    if (const QListWidgetItem* item = m_navigation->currentItem(); item && (item->flags() & Qt::ItemIsEnabled))
        state.page = static_cast<Page>(item->data(Qt::UserRole).toInt());
    if (const auto built = m_built.find(Page::Aggregates); built != m_built.end()) {
        if (const auto* aggregates = qobject_cast<const AggregatesPage*>(built->second))
            state.query = aggregates->currentQuery(&state.rowDimensions);
    }
    return state;
}

int Workspace::enabledRow(Page page) const
{
    for (int row = 0; row < m_navigation->count(); ++row) {
        const QListWidgetItem* item = m_navigation->item(row);
        if (static_cast<Page>(item->data(Qt::UserRole).toInt()) == page && (item->flags() & Qt::ItemIsEnabled))
            return row;
    }
    return -1;
}

QWidget* Workspace::newPage(Page page)
{
    switch (page) {
    case Page::Audit:
        return new AuditPage(m_worker, m_session, this);
    case Page::Administration:
        return new AdministrationPage(m_worker, m_session, this);
    case Page::Policy:
        return new PolicyPage(m_policy, this);
    case Page::Catalogue:
        return new CataloguePage(m_worker, this);
    case Page::Aggregates:
        return new AggregatesPage(m_worker, m_session, m_policy.policy, this);
    case Page::Extracts:
        return new ExtractsPage(m_worker, m_session, this);
    }
    return nullptr;
}

} // namespace ecluse::ui
