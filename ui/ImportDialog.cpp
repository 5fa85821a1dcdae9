#include "ImportDialog.h"

#include "UiRelay.h"
#include "VaultWorker.h"
#include "data/PackageImporter.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ecluse::ui {
namespace {

// QProgressBar counts in int; a package may hold more rows than that.
constexpr int progressSteps = 1000;

} // namespace

ImportDialog::ImportDialog(VaultWorker& worker, QWidget* parent)
    : QDialog(parent)
    , m_worker(worker)
    , m_folder(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Folder…"), this))
    , m_browseArchive(new QPushButton(tr("&Archive…"), this))
    , m_import(new QPushButton(tr("&Import"), this))
    , m_cancel(new QPushButton(tr("&Cancel import"), this))
    , m_close(new QPushButton(tr("Close"), this))
    , m_progress(new QProgressBar(this))
    , m_rate(new QLabel(this))
    , m_status(new QLabel(this))
    , m_details(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import a data package"));
    resize(640, 360);

    auto* intro = new QLabel(tr("A package is a folder, or one archive file (tar or zip), holding manifest.json, its "
                                "signature manifest.sig and the CSV files it lists. It is checked whole before "
                                "anything is kept: a trusted producer's signature, every file's hash, and every "
                                "field against the catalogue."),
                             this);
    intro->setWordWrap(true);
    m_folder->setObjectName(QStringLiteral("packageFolderEdit"));
    m_folder->setPlaceholderText(tr("Package folder or archive"));
    m_browse->setObjectName(QStringLiteral("browseButton"));
    m_browseArchive->setObjectName(QStringLiteral("browseArchiveButton"));
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("cancelImportButton"));
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, progressSteps);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_progress->setFormat(QString());
    m_rate->setObjectName(QStringLiteral("importRateLabel"));
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    // Core's refusal may list many fields, one per line: a scrollable, selectable text.
    m_details->setObjectName(QStringLiteral("importDetails"));
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_details->hide();

    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    folderRow->addWidget(m_browseArchive);
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_rate);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_import, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(folderRow);
    layout->addLayout(progressRow);
    layout->addWidget(m_status);
    layout->addWidget(m_details, 1);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_browse, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_browseArchive, &QPushButton::clicked, this, [this] {
        const QString archive =
            QFileDialog::getOpenFileName(this, tr("Choose a data package archive"), m_folder->text(),
                                         tr("Package archives (*.tar *.tar.gz *.tgz *.tar.xz *.tar.zst *.zip)"));
        if (!archive.isEmpty())
            setFolder(archive);
    });
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &ImportDialog::cancel);
    connect(m_close, &QPushButton::clicked, this, &ImportDialog::reject);
    setWorking(false);
}

ImportDialog::~ImportDialog()
{
    // Locking destroys the dialog mid-import: stop at the next batch of rows, so that the lock
    // does not wait for the whole package and core rolls everything back.
    if (m_cancelRequested)
        m_cancelRequested->store(true);
}

void ImportDialog::setFolder(const QString& folder)
{
    m_folder->setText(folder);
}

void ImportDialog::browse()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Choose a data package folder"), m_folder->text());
    if (!folder.isEmpty())
        setFolder(folder);
}

void ImportDialog::start()
{
    const QString folder = m_folder->text().trimmed();
    if (folder.isEmpty()) {
        m_status->setText(tr("Choose the package folder first."));
        return;
    }
    setWorking(true);
    m_details->clear();
    m_details->hide();
    m_rate->clear();
    m_progress->setRange(0, 0); // busy until the first report, a few tens of thousands of rows in
    m_progress->setFormat(QString());
    m_status->setText(tr("Checking the signature and the files, then importing…"));

    const auto cancelRequested = std::make_shared<std::atomic_bool>(false);
    // Whether core was told to stop, as opposed to failing on its own after a late cancel.
    const auto stopped = std::make_shared<std::atomic_bool>(false);
    m_cancelRequested = cancelRequested;
    const UiRelay<ImportDialog> relay(this);
    m_worker.run(
        this,
        [folder, cancelRequested, stopped, relay](Vault& vault) {
            return PackageImporter(vault).import(folder, [&](const ImportProgress& progress) {
                relay.post([progress](ImportDialog& dialog) { dialog.showProgress(progress); });
                const bool goOn = !cancelRequested->load();
                if (!goOn)
                    stopped->store(true);
                return goOn;
            });
        },
        [this](const ImportResult& result) { showImported(result); },
        [this, stopped](const QString& message) { showFailure(message, stopped->load()); });
}

void ImportDialog::cancel()
{
    if (!m_working || !m_cancelRequested)
        return;
    m_cancelRequested->store(true);
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling: rolling back what was read so far…"));
}

void ImportDialog::reject()
{
    if (m_working)
        cancel();
    else
        QDialog::reject();
}

void ImportDialog::showProgress(const ImportProgress& progress)
{
    if (!m_working)
        return; // a report overtaken by the result
    const qint64 total = std::max<qint64>(progress.totalRows, 1);
    m_progress->setRange(0, progressSteps);
    m_progress->setValue(static_cast<int>(std::min<qint64>(progress.rows, total) * progressSteps / total));
    m_progress->setFormat(tr("%L1 / %L2 rows").arg(progress.rows).arg(progress.totalRows));
    m_rate->setText(tr("%L1 rows/s").arg(progress.rowsPerSecond, 0, 'f', 0));
}

void ImportDialog::showImported(const ImportResult& result)
{
    setWorking(false);
    m_progress->setRange(0, progressSteps);
    m_progress->setValue(progressSteps);
    m_progress->setFormat(tr("%L1 rows").arg(result.rows));
    m_rate->setText(
        tr("%L1 rows/s").arg(result.seconds > 0 ? static_cast<double>(result.rows) / result.seconds : 0.0, 0, 'f', 0));
    m_status->setText(
        tr("Imported %1 rows of %2 (package %3).").arg(result.rows).arg(result.dataset, result.packageId));
}

void ImportDialog::showFailure(const QString& message, bool cancelled)
{
    setWorking(false);
    m_progress->setRange(0, progressSteps);
    m_progress->setValue(0);
    m_progress->setFormat(QString());
    m_rate->clear();
    if (cancelled) {
        m_status->setText(tr("Import cancelled: nothing was kept."));
        return;
    }
    m_status->setText(tr("The package was not imported, and nothing of it was kept:"));
    m_details->setPlainText(message);
    m_details->show();
}

void ImportDialog::setWorking(bool working)
{
    m_working = working;
    m_folder->setEnabled(!working);
    m_browse->setEnabled(!working);
    m_browseArchive->setEnabled(!working);
    m_import->setEnabled(!working);
    m_cancel->setEnabled(working);
    m_close->setEnabled(!working);
    if (!working)
        m_cancelRequested.reset();
}

} // namespace ecluse::ui
