#include "AdministrationPage.h"

#include "AccountTableModel.h"
#include "EnrolDialog.h"
#include "ImportDialog.h"
#include "ReadOnlyTable.h"
#include "UiRelay.h"
#include "VaultCheckTableModel.h"
#include "VaultWorker.h"
#include "access/Habilitation.h"
#include "backup/VaultBackup.h"
#include "common/ReadFile.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <atomic>
#include <memory>

namespace ecluse::ui {
namespace {

QLabel* newSelectableLabel(const QString& objectName, const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

AdministrationPage::AdministrationPage(VaultWorker& worker, const Session& session, QWidget* parent)
    : QWidget(parent)
    , m_worker(worker)
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("administrationPage"));
    m_message->setObjectName(QStringLiteral("administrationMessage"));
    m_message->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(newVaultBox(session));
    layout->addWidget(newDataBox(session));
    // Only what core would allow is built at all: a page never offers what would be refused.
    if (session.may(Action::VerifyVault))
        layout->addWidget(newHealthBox(session));
    if (session.may(Action::ManageAccounts)) {
        layout->addWidget(newHabilitationBox());
        layout->addWidget(newAccountsBox());
    }
    if (session.may(Action::VerifyVault))
        layout->addWidget(newVerificationBox());
    layout->addWidget(m_message);
    layout->addStretch();

    if (m_accounts)
        loadAccounts();
    if (m_habilitations)
        loadHabilitations();
    if (m_health)
        loadHealth();
}

QWidget* AdministrationPage::newVaultBox(const Session& session)
{
    auto* box = new QGroupBox(tr("Vault"), this);
    auto* form = new QFormLayout(box);
    form->addRow(tr("Folder:"), newSelectableLabel(QStringLiteral("vaultFolderLabel"), session.folder, box));
    form->addRow(tr("Identifier:"), newSelectableLabel(QStringLiteral("vaultIdLabel"), session.vaultId, box));
    form->addRow(tr("Signed in as:"), newSelectableLabel(QStringLiteral("vaultUserLabel"), session.user, box));
    return box;
}

QWidget* AdministrationPage::newDataBox(const Session& session)
{
    auto* box = new QGroupBox(tr("Data"), this);
    auto* import = new QPushButton(tr("&Import a data package…"), box);
    import->setObjectName(QStringLiteral("importPackageButton"));
    // Shown to every user of the page, so that an auditor learns from core why it is closed.
    const AccessDecision mayImport = session.decision(Action::ImportData);
    import->setEnabled(mayImport.allowed);
    import->setToolTip(mayImport.allowed ? tr("Bring a signed package of a producer this vault trusts into the vault.")
                                         : mayImport.reason);
    connect(import, &QPushButton::clicked, this, &AdministrationPage::importPackage);
    auto* layout = new QHBoxLayout(box);
    layout->addWidget(import);
    layout->addStretch();
    return box;
}

QWidget* AdministrationPage::newAccountsBox()
{
    auto* box = new QGroupBox(tr("Accounts"), this);
    m_accounts = new AccountTableModel(this);
    m_accountTable = newReadOnlyTable(QStringLiteral("accountsTable"), m_accounts, box);
    auto* enrol = new QPushButton(tr("&Enrol…"), box);
    enrol->setObjectName(QStringLiteral("enrolUserButton"));
    enrol->setToolTip(tr("Give a key slot to someone the habilitation in force names."));
    auto* revoke = new QPushButton(tr("Re&voke…"), box);
    revoke->setObjectName(QStringLiteral("revokeUserButton"));
    revoke->setToolTip(tr("Remove the selected user's key slot: they can no longer sign in."));
    connect(enrol, &QPushButton::clicked, this, &AdministrationPage::enrol);
    connect(revoke, &QPushButton::clicked, this, &AdministrationPage::revoke);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(enrol);
    buttons->addWidget(revoke);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(box);
    layout->addLayout(buttons);
    layout->addWidget(m_accountTable);
    return box;
}

QWidget* AdministrationPage::newHabilitationBox()
{
    auto* box = new QGroupBox(tr("Habilitations"), this);
    m_habilitations = new QLabel(tr("Reading…"), box);
    m_habilitations->setObjectName(QStringLiteral("habilitationLabel"));
    m_habilitations->setTextFormat(Qt::PlainText);
    m_habilitations->setWordWrap(true);
    auto* import = new QPushButton(tr("Import a signed &manifest…"), box);
    import->setObjectName(QStringLiteral("importManifestButton"));
    connect(import, &QPushButton::clicked, this, &AdministrationPage::importHabilitations);
    auto* layout = new QHBoxLayout(box);
    layout->addWidget(m_habilitations, 1);
    layout->addWidget(import);
    return box;
}

void AdministrationPage::loadHabilitations()
{
    m_worker.run(
        this, [](Vault& vault) { return std::make_pair(vault.habilitations(), vault.now()); },
        [this](const std::pair<std::optional<HabilitationManifest>, QDateTime>& inForce) {
            const auto& [manifest, now] = inForce;
            if (!manifest) {
                m_habilitations->setText(tr("No manifest imported yet: only the first administrator exists."));
                return;
            }
            QStringList ending;
            for (const Habilitation& user : manifest->users) {
                if (user.validUntil > now && user.validUntil <= now.addDays(30))
                    ending << tr("%1 (%2)").arg(user.user,
                                                QLocale().toString(user.validUntil.date(), QLocale::ShortFormat));
            }
            QString text =
                tr("In force: manifest %1 of %2, %n users.", nullptr, static_cast<int>(manifest->users.size()))
                    .arg(manifest->serial)
                    .arg(manifest->organisation);
            text += QLatin1Char('\n') + (ending.isEmpty() ? tr("No habilitation ends within 30 days.")
                                                          : tr("Ending within 30 days: %1").arg(ending.join(u", ")));
            m_habilitations->setText(text);
        },
        [this](const QString& message) { m_habilitations->setText(message); });
}

void AdministrationPage::importHabilitations()
{
    auto* dialog = new QFileDialog(this, tr("Signed habilitation manifest"));
    dialog->setObjectName(QStringLiteral("manifestFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    connect(dialog, &QFileDialog::fileSelected, this, &AdministrationPage::previewHabilitations);
    dialog->open();
}

void AdministrationPage::previewHabilitations(const QString& file)
{
    // What changes is shown first; nothing is applied until the administrator agrees.
    m_worker.run(
        this, [file](Vault& vault) { return vault.previewHabilitations(readRegularFile(file, 16 << 20), file); },
        [this, file](const HabilitationPreview& preview) {
            QStringList lines;
            lines << tr("Manifest %1 of %2.").arg(preview.serial).arg(preview.organisation);
            lines << tr("Users added: %1").arg(preview.added.isEmpty() ? tr("none") : preview.added.join(u", "));
            QStringList removed;
            for (auto it = preview.removed.begin(); it != preview.removed.end(); ++it)
                removed << tr("%1 (%2)").arg(it.key(), it.value());
            lines << tr("Accounts removed: %1").arg(removed.isEmpty() ? tr("none") : removed.join(u", "));
            lines << tr("Roles, grants or dates changed: %1")
                         .arg(preview.changed.isEmpty() ? tr("none") : preview.changed.join(u", "));
            auto* confirm = new QMessageBox(QMessageBox::Question, tr("Import this manifest?"),
                                            lines.join(QLatin1Char('\n')), QMessageBox::Cancel, this);
            confirm->setObjectName(QStringLiteral("manifestPreviewDialog"));
            confirm->setAttribute(Qt::WA_DeleteOnClose);
            QPushButton* apply = confirm->addButton(tr("Import"), QMessageBox::AcceptRole);
            apply->setObjectName(QStringLiteral("applyManifestButton"));
            connect(apply, &QPushButton::clicked, this, [this, file] {
                m_worker.run(
                    this,
                    [file](Vault& vault) {
                        return vault.importHabilitations(readRegularFile(file, 16 << 20), file).serial;
                    },
                    [this](qint64 serial) {
                        m_message->setText(tr("Manifest %1 is in force.").arg(serial));
                        loadHabilitations();
                        loadAccounts();
                    },
                    [this](const QString& message) { m_message->setText(message); });
            });
            confirm->open();
        },
        [this](const QString& message) { m_message->setText(tr("Not imported: %1").arg(message)); });
}

QWidget* AdministrationPage::newHealthBox(const Session& session)
{
    auto* box = new QGroupBox(tr("Health and backups"), this);
    m_health = new QLabel(tr("Reading…"), box);
    m_health->setObjectName(QStringLiteral("healthLabel"));
    m_health->setTextFormat(Qt::PlainText);
    m_health->setWordWrap(true);
    auto* layout = new QHBoxLayout(box);
    layout->addWidget(m_health, 1);
    if (session.may(Action::BackUpVault)) {
        m_backUp = new QPushButton(tr("&Back up now…"), box);
        m_backUp->setObjectName(QStringLiteral("backUpButton"));
        connect(m_backUp, &QPushButton::clicked, this, &AdministrationPage::backUp);
        layout->addWidget(m_backUp);
    }
    return box;
}

void AdministrationPage::loadHealth()
{
    m_worker.run(
        this, [](Vault& vault) { return vault.health(); },
        [this](const VaultHealth& health) {
            const QLocale locale;
            const auto when = [&](const std::optional<QDateTime>& time) {
                return time ? locale.toString(time->toLocalTime(), QLocale::ShortFormat) : tr("never");
            };
            m_health->setText(tr("Schema version %1 · %2 · last backup: %3 · last audit seal: %4")
                                  .arg(health.schemaVersion)
                                  .arg(locale.formattedDataSize(health.databaseBytes), when(health.lastBackup),
                                       when(health.lastSeal)));
        },
        [this](const QString& message) { m_health->setText(message); });
}

void AdministrationPage::backUp()
{
    // Progress and cancel: a large vault takes a while. The dialog belongs to the page, so a lock
    // takes it, and cancels the backup, which then leaves no file.
    auto* progress = new QProgressDialog(tr("Backing up the vault…"), tr("Cancel"), 0, 100, this);
    progress->setObjectName(QStringLiteral("backupProgress"));
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setAutoClose(false);
    progress->setMinimumDuration(0);
    auto cancel = std::make_shared<std::atomic_bool>(false);
    connect(progress, &QProgressDialog::canceled, this, [cancel] { *cancel = true; });
    const UiRelay<QProgressDialog> relay(progress);
    m_backUp->setEnabled(false);
    m_worker.run(
        this,
        [cancel, relay](Vault& vault) {
            return VaultBackup(vault)
                .create({},
                        [cancel, relay](double done) {
                            relay.post(
                                [done](QProgressDialog& dialog) { dialog.setValue(static_cast<int>(done * 100)); });
                            return !*cancel;
                        })
                .path;
        },
        [this, progress = QPointer<QProgressDialog>(progress)](const QString& file) {
            if (progress)
                progress->close();
            m_backUp->setEnabled(true);
            m_message->setText(tr("Backed up to %1.").arg(QDir::toNativeSeparators(file)));
            loadHealth();
        },
        [this, progress = QPointer<QProgressDialog>(progress)](const QString& message) {
            if (progress)
                progress->close();
            m_backUp->setEnabled(true);
            m_message->setText(tr("Not backed up: %1").arg(message));
        });
}

void AdministrationPage::enrol()
{
    // Who may be enrolled is the manifest's answer, asked first: its users without an account.
    m_worker.run(
        this,
        [](Vault& vault) {
            QStringList candidates;
            const std::vector<Account> accounts = vault.accounts();
            if (const std::optional<HabilitationManifest> manifest = vault.habilitations()) {
                for (const Habilitation& user : manifest->users) {
                    const bool enrolled = std::any_of(accounts.begin(), accounts.end(), [&](const Account& account) {
                        return account.name == user.user;
                    });
                    if (!enrolled && user.isValidAt(vault.now()))
                        candidates << user.user;
                }
            }
            return candidates;
        },
        [this](const QStringList& candidates) {
            auto* dialog = new EnrolDialog(m_worker, candidates, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &EnrolDialog::enrolled, this, [this](const QString& user) {
                m_message->setText(tr("%1 is enrolled: give them their first password in person.").arg(user));
                loadAccounts();
            });
            dialog->open();
        },
        [this](const QString& message) { m_message->setText(message); });
}

void AdministrationPage::revoke()
{
    const QModelIndexList rows = m_accountTable->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_message->setText(tr("Select the account to revoke."));
        return;
    }
    const QString user = m_accounts->index(rows.front().row(), AccountTableModel::Name).data().toString();
    auto* confirm = new QMessageBox(QMessageBox::Warning, tr("Revoke %1").arg(user),
                                    tr("Remove %1's key slot? They will no longer be able to sign in.").arg(user),
                                    QMessageBox::Cancel, this);
    confirm->setObjectName(QStringLiteral("revokeConfirmation"));
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* yes = confirm->addButton(tr("Revoke"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmRevokeButton"));
    connect(yes, &QPushButton::clicked, this, [this, user] {
        m_worker.run(
            this, [user](Vault& vault) { vault.revoke(user); },
            [this, user] {
                m_message->setText(tr("%1's key slot is removed.").arg(user));
                loadAccounts();
            },
            [this](const QString& message) { m_message->setText(message); });
    });
    confirm->open();
}

QWidget* AdministrationPage::newVerificationBox()
{
    auto* box = new QGroupBox(tr("Integrity"), this);
    m_checks = new VaultCheckTableModel(this);
    m_verify = new QPushButton(tr("&Verify vault"), box);
    m_verify->setObjectName(QStringLiteral("verifyVaultButton"));
    m_verdict = new QLabel(tr("Checks the database pages and structure, the key slots and the audit trail."), box);
    m_verdict->setObjectName(QStringLiteral("vaultVerdict"));
    m_verdict->setWordWrap(true);
    connect(m_verify, &QPushButton::clicked, this, &AdministrationPage::verify);

    auto* top = new QHBoxLayout;
    top->addWidget(m_verify);
    top->addWidget(m_verdict, 1);
    auto* layout = new QVBoxLayout(box);
    layout->addLayout(top);
    layout->addWidget(newReadOnlyTable(QStringLiteral("checksTable"), m_checks, box));
    return box;
}

void AdministrationPage::loadAccounts()
{
    m_worker.run(
        this, [](Vault& vault) { return vault.accounts(); },
        [this](std::vector<Account> accounts) { m_accounts->setAccounts(std::move(accounts)); },
        [this](const QString& message) { m_message->setText(message); });
}

void AdministrationPage::verify()
{
    m_verify->setEnabled(false);
    m_verdict->setText(tr("Verifying the vault…"));
    m_worker.run(
        this, [](Vault& vault) { return vault.verify(); },
        [this](VaultVerification result) {
            m_verify->setEnabled(true);
            m_verdict->setText(result.intact()
                                   ? tr("The vault is intact.")
                                   : tr("The vault is damaged or was tampered with: %1").arg(result.firstProblem()));
            m_checks->setChecks(std::move(result.checks));
        },
        [this](const QString& message) {
            m_verify->setEnabled(true);
            m_verdict->setText(message);
        });
}

void AdministrationPage::importPackage()
{
    // A child of the page, so that locking, which destroys the page, takes the dialog (and with
    // it the import, cancelled) along.
    auto* dialog = new ImportDialog(m_worker, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_message->clear();
    dialog->open();
}

} // namespace ecluse::ui
