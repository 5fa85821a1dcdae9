#include "ExtractsPage.h"

#include "ExtractRequestDialog.h"
#include "ReadOnlyTable.h"
#include "RequestTableModel.h"
#include "VaultWorker.h"
#include "common/ReadFile.h"
#include "crypto/X25519.h"
#include "extract/ExtractRequests.h"
#include "guard/OutputGuard.h"
#include "vault/Vault.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ecluse::ui {
namespace {

QPushButton* newButton(const QString& objectName, const QString& text, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setEnabled(false);
    return button;
}

// One request as a reviewer reads it: what it asks, the checks now, approvals and history.
QString describe(const ExtractRequest& request, const ExtractChecks& checks)
{
    const ExtractSpec& spec = request.spec;
    QStringList lines;
    lines << ExtractsPage::tr("Request %1, revision %2, by %3: %4")
                 .arg(request.id)
                 .arg(request.revision)
                 .arg(request.requester, requestStateLabel(request.state));
    lines << ExtractsPage::tr("Purpose: %1").arg(spec.purpose);
    lines << ExtractsPage::tr("Project: %1 · dataset: %2 · keep until %3")
                 .arg(spec.project, spec.dataset, spec.retainUntil.toString(Qt::ISODate));
    lines << ExtractsPage::tr("Columns: %1").arg(spec.columns.join(QStringLiteral(", ")));
    QStringList filters;
    for (const Filter& filter : spec.filters)
        filters << (filter.isDateRange()
                        ? QStringLiteral("%1 %2..%3")
                              .arg(filter.column, filter.from ? filter.from->toString(Qt::ISODate) : QString(),
                                   filter.to ? filter.to->toString(Qt::ISODate) : QString())
                        : QStringLiteral("%1 = %2").arg(filter.column, filter.values.join(u", ")));
    lines << ExtractsPage::tr("Filters: %1")
                 .arg(filters.isEmpty() ? ExtractsPage::tr("none") : filters.join(QStringLiteral("; ")));
    lines << ExtractsPage::tr("Care period: %1 to %2")
                 .arg(spec.periodFrom.toString(Qt::ISODate), spec.periodTo.toString(Qt::ISODate));
    lines << ExtractsPage::tr("Approved by: %1")
                 .arg(request.approvals.isEmpty() ? ExtractsPage::tr("nobody yet")
                                                  : request.approvals.join(QStringLiteral(", ")));
    lines << QString() << ExtractsPage::tr("Checks, on the data as it stands:");
    for (const ExtractCheck& check : checks.checks) {
        lines << QStringLiteral("  %1 %2").arg(checkOutcomeMark(check.outcome), check.detail);
    }
    lines << QString() << ExtractsPage::tr("History:");
    for (const RequestEvent& event : request.history) {
        QString line = QStringLiteral("  %1  %2  %3")
                           .arg(event.atUtc.toLocalTime().toString(Qt::ISODate), event.actor, event.action);
        if (!event.comment.isEmpty())
            line += QStringLiteral(" — ") + event.comment;
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

struct Details
{
    ExtractRequest request;
    ExtractChecks checks;
};

} // namespace

ExtractsPage::ExtractsPage(VaultWorker& worker, const Session& session, QWidget* parent)
    : QWidget(parent)
    , m_worker(worker)
    , m_session(session)
    , m_model(new RequestTableModel(this))
    , m_table(newReadOnlyTable(QStringLiteral("requestTable"), m_model, this))
    , m_details(new QPlainTextEdit(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("extractsPage"));
    m_details->setObjectName(QStringLiteral("requestDetails"));
    m_details->setReadOnly(true);
    m_message->setObjectName(QStringLiteral("extractsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    const bool requester = session.may(Action::RequestExtract);
    const bool reviewer = session.may(Action::ReviewExtract);
    auto* title = new QLabel(requester && reviewer ? tr("<b>Your requests, and those awaiting review</b>")
                             : reviewer            ? tr("<b>Review queue</b>")
                                                   : tr("<b>My requests</b>"),
                             this);
    auto* buttons = new QHBoxLayout;
    auto* refresh = new QPushButton(tr("&Refresh"), this);
    refresh->setObjectName(QStringLiteral("refreshRequestsButton"));
    buttons->addWidget(refresh);
    // Only what the roles allow is built at all.
    if (requester) {
        m_new = newButton(QStringLiteral("newRequestButton"), tr("&New request…"), this);
        m_new->setEnabled(true);
        m_edit = newButton(QStringLiteral("editRequestButton"), tr("&Change…"), this);
        m_submit = newButton(QStringLiteral("submitRequestButton"), tr("&Submit"), this);
        m_withdraw = newButton(QStringLiteral("withdrawRequestButton"), tr("&Withdraw"), this);
        m_release = newButton(QStringLiteral("releaseRequestButton"), tr("Re&lease…"), this);
        for (QPushButton* button : {m_new, m_edit, m_submit, m_withdraw, m_release})
            buttons->addWidget(button);
    }
    if (reviewer) {
        m_approve = newButton(QStringLiteral("approveRequestButton"), tr("&Approve…"), this);
        m_return = newButton(QStringLiteral("returnRequestButton"), tr("Re&turn…"), this);
        m_reject = newButton(QStringLiteral("rejectRequestButton"), tr("Re&ject…"), this);
        for (QPushButton* button : {m_approve, m_return, m_reject})
            buttons->addWidget(button);
    }
    buttons->addStretch();

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(refresh, &QPushButton::clicked, this, [this] { reload(selectedId()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ExtractsPage::showSelected);
    if (m_new) {
        connect(m_new, &QPushButton::clicked, this, &ExtractsPage::newRequest);
        connect(m_edit, &QPushButton::clicked, this, &ExtractsPage::editRequest);
        connect(m_submit, &QPushButton::clicked, this, [this] { decide(RequestAction::Submit); });
        connect(m_withdraw, &QPushButton::clicked, this, [this] { decide(RequestAction::Withdraw); });
        connect(m_release, &QPushButton::clicked, this, &ExtractsPage::release);
    }
    if (m_approve) {
        connect(m_approve, &QPushButton::clicked, this, [this] { decide(RequestAction::Approve); });
        connect(m_return, &QPushButton::clicked, this, [this] { decide(RequestAction::Return); });
        connect(m_reject, &QPushButton::clicked, this, [this] { decide(RequestAction::Reject); });
    }
    reload();
}

qint64 ExtractsPage::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->idAt(rows.front().row());
}

void ExtractsPage::fail(const QString& message)
{
    m_message->setText(message);
}

void ExtractsPage::reload(qint64 select)
{
    m_worker.run(
        this, [](Vault& vault) { return ExtractRequests(vault).list(); },
        [this, select](std::vector<ExtractRequest> requests) {
            m_model->setRequests(std::move(requests));
            const int row = m_model->rowOf(select);
            if (row >= 0)
                m_table->selectRow(row);
            else
                m_details->clear();
            updateButtons();
        },
        [this](const QString& message) { fail(message); });
}

void ExtractsPage::showSelected()
{
    updateButtons();
    const qint64 id = selectedId();
    if (id == 0) {
        m_details->clear();
        return;
    }
    m_details->setPlainText(tr("Computing the checks…"));
    m_worker.run(
        this,
        [id](Vault& vault) {
            ExtractRequests requests(vault);
            return Details{requests.find(id), requests.checks(id)};
        },
        [this, id](const Details& details) {
            if (selectedId() == id)
                m_details->setPlainText(describe(details.request, details.checks));
        },
        [this](const QString& message) {
            m_details->clear();
            fail(message);
        });
}

void ExtractsPage::updateButtons()
{
    const ExtractRequest* request = m_model->requestAt(m_model->rowOf(selectedId()));
    const bool mine = request && request->requester == m_session.user;
    const auto in = [&](std::initializer_list<RequestState> states) {
        return request && std::find(states.begin(), states.end(), request->state) != states.end();
    };
    if (m_edit) {
        m_edit->setEnabled(mine && in({RequestState::Draft, RequestState::Returned}));
        m_submit->setEnabled(mine && in({RequestState::Draft, RequestState::Returned}));
        m_withdraw->setEnabled(mine && in({RequestState::Draft, RequestState::Submitted, RequestState::Returned}));
        m_release->setEnabled(mine && in({RequestState::Approved}));
    }
    if (m_approve) {
        // A steward's own requests are never theirs to review; core refuses it as well.
        const bool reviewable = request && !mine && in({RequestState::Submitted});
        const bool approvedAlready = request && request->approvals.contains(m_session.user);
        m_approve->setEnabled(reviewable && !approvedAlready);
        m_return->setEnabled(reviewable);
        m_reject->setEnabled(reviewable);
    }
}

void ExtractsPage::newRequest()
{
    openRequestDialog(0, nullptr);
}

void ExtractsPage::editRequest()
{
    const ExtractRequest* request = m_model->requestAt(m_model->rowOf(selectedId()));
    if (request)
        openRequestDialog(request->id, &request->spec);
}

void ExtractsPage::openRequestDialog(qint64 id, const ExtractSpec* spec)
{
    // Opened, not executed: a lock destroys the page, and its dialogs with it, at any moment.
    auto* dialog = new ExtractRequestDialog(m_worker, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (spec)
        dialog->setSpec(*spec);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        const std::optional<ExtractSpec> wanted = dialog->spec();
        if (!wanted) {
            fail(ExtractRequestDialog::unreadableFilterMessage());
            return;
        }
        if (id == 0) {
            m_worker.run(
                this, [spec = *wanted](Vault& vault) { return ExtractRequests(vault).create(spec); },
                [this](qint64 created) {
                    m_message->setText(tr("Request %1 saved as a draft: submit it when it is ready.").arg(created));
                    reload(created);
                },
                [this](const QString& message) { fail(message); });
            return;
        }
        m_worker.run(
            this, [id, spec = *wanted](Vault& vault) { ExtractRequests(vault).edit(id, spec); },
            [this, id] {
                m_message->setText(tr("Request %1 changed: its approvals, if any, were cleared.").arg(id));
                reload(id);
            },
            [this](const QString& message) { fail(message); });
    });
    dialog->open();
}

void ExtractsPage::decide(RequestAction action)
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    const auto apply = [this, id, action](const QString& comment) {
        m_worker.run(
            this, [id, action, comment](Vault& vault) { ExtractRequests(vault).act(id, action, comment); },
            [this, id, action] {
                m_message->setText(
                    tr("Request %1 %2.", "request 3 approved").arg(id).arg(requestActionParticiple(action)));
                reload(id);
            },
            [this](const QString& message) { fail(message); });
    };
    // Reviews are recorded with a comment (core requires one to return or reject).
    if (action != RequestAction::Approve && action != RequestAction::Return && action != RequestAction::Reject) {
        apply({});
        return;
    }
    auto* dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("commentDialog"));
    dialog->setWindowTitle(tr("Request %1").arg(id));
    dialog->setLabelText(tr("Comment for the record (required to return or reject):"));
    dialog->setOption(QInputDialog::UsePlainTextEditForTextInput);
    connect(dialog, &QInputDialog::accepted, this, [dialog, apply] { apply(dialog->textValue().trimmed()); });
    dialog->open();
}

void ExtractsPage::release()
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    // Where the file may go is the guard's answer; asked first so that the dialog opens there.
    m_worker.run(
        this, [](Vault& vault) { return OutputGuard(vault).allowedFolders(); },
        [this, id](const QStringList& folders) { openReleaseDialog(id, folders); },
        [this](const QString& message) { fail(message); });
}

void ExtractsPage::openReleaseDialog(qint64 id, const QStringList& folders)
{
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("releaseDialog"));
    dialog->setWindowTitle(tr("Release request %1").arg(id));
    const QString folder = folders.value(0);
    QDir().mkpath(folder);
    auto* path =
        new QLineEdit(QDir(folder).filePath(
                          QStringLiteral("request-%1-%2.ecl").arg(id).arg(QDate::currentDate().toString(u"yyyyMMdd"))),
                      dialog);
    path->setObjectName(QStringLiteral("releasePathEdit"));
    auto* browse = new QPushButton(tr("&Browse…"), dialog);
    auto* generated = new QRadioButton(tr("Protect with a &passphrase Écluse generates (shown once)"), dialog);
    generated->setObjectName(QStringLiteral("generatedPassphraseRadio"));
    generated->setChecked(true);
    auto* forKey = new QRadioButton(tr("Encrypt for a recipient's &key (X25519 public key, PEM):"), dialog);
    forKey->setObjectName(QStringLiteral("recipientKeyRadio"));
    auto* keyPath = new QLineEdit(dialog);
    keyPath->setObjectName(QStringLiteral("recipientKeyEdit"));
    auto* allowed = new QLabel(tr("Releases may go to: %1").arg(folders.join(QStringLiteral(", "))), dialog);
    allowed->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("releaseButton"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Release"));
    auto* file = new QHBoxLayout;
    file->addWidget(path, 1);
    file->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(tr("&File:"), file);
    auto* layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(allowed);
    layout->addWidget(generated);
    layout->addWidget(forKey);
    layout->addWidget(keyPath);
    layout->addWidget(buttons);
    connect(browse, &QPushButton::clicked, dialog, [dialog, path] {
        const QString chosen =
            QFileDialog::getSaveFileName(dialog, tr("Release file"), path->text(), tr("Écluse releases (*.ecl)"));
        if (!chosen.isEmpty())
            path->setText(chosen);
    });
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this, [this, id, path, forKey, keyPath] {
        const QString destination = path->text();
        const QString recipientKey = forKey->isChecked() ? keyPath->text() : QString();
        m_message->setText(tr("Releasing request %1…").arg(id));
        m_worker.run(
            this,
            [id, destination, recipientKey](Vault& vault) {
                ReleaseRecipient recipient;
                if (!recipientKey.isEmpty())
                    recipient.publicKey = x25519PublicKeyFromPem(readRegularFile(recipientKey, 64 << 10));
                return std::make_shared<ReleaseReceipt>(
                    ExtractRequests(vault).release(id, destination, std::move(recipient)));
            },
            [this, id, destination](const std::shared_ptr<ReleaseReceipt>& receipt) {
                m_message->setText(tr("Request %1 released as %2: %n rows, release %3.", nullptr,
                                      static_cast<int>(receipt->manifest.rows))
                                       .arg(id)
                                       .arg(QDir::toNativeSeparators(destination), receipt->manifest.release));
                if (!receipt->generatedPassphrase.isEmpty())
                    showPassphrase(receipt->manifest.release, receipt->generatedPassphrase);
                receipt->generatedPassphrase.clear();
                reload(id);
            },
            [this](const QString& message) { fail(message); });
    });
    dialog->open();
}

void ExtractsPage::showPassphrase(const QString& release, const SecureBuffer& passphrase)
{
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("releasePassphraseDialog"));
    dialog->setWindowTitle(tr("Passphrase of %1").arg(release));
    auto* warning = new QLabel(tr("<b>This passphrase opens the release. Écluse shows it this once and keeps no "
                                  "copy.</b> Give it to the recipient apart from the file (not in the same "
                                  "e-mail)."),
                               dialog);
    warning->setWordWrap(true);
    // A QString copy nobody can cleanse, for as long as the dialog is open; selectable, never
    // put on the clipboard by Écluse.
    auto* label =
        new QLabel(QString::fromLatin1(passphrase.chars(), static_cast<qsizetype>(passphrase.size())), dialog);
    label->setObjectName(QStringLiteral("releasePassphraseLabel"));
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setContextMenuPolicy(Qt::NoContextMenu);
    label->setWordWrap(true);
    label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok, dialog);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(warning);
    layout->addWidget(label);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    dialog->open();
}

} // namespace ecluse::ui
