#pragma once

#include <QDialog>

#include <atomic>
#include <memory>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace ecluse {
struct ImportProgress;
struct ImportResult;
} // namespace ecluse

namespace ecluse::ui {

class VaultWorker;

// Brings a signed data package into the vault (administrators). Core checks and imports it all
// or nothing; the dialog shows its progress, lets the user cancel (core then rolls back) and
// shows core's refusal whole: file, line, column and rule for each bad field.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(VaultWorker& worker, QWidget* parent = nullptr);
    ~ImportDialog() override;

    // The package folder or archive, as if chosen with the buttons.
    void setFolder(const QString& folder);
    // While importing, Escape and the close button cancel the import rather than hide it.
    void reject() override;

private:
    void browse();
    void start();
    void cancel();
    void showProgress(const ImportProgress& progress);
    void showImported(const ImportResult& result);
    void showFailure(const QString& message, bool cancelled);
    void setWorking(bool working);

    VaultWorker& m_worker;
    QLineEdit* m_folder;
    QPushButton* m_browse;
    QPushButton* m_browseArchive;
    QPushButton* m_import;
    QPushButton* m_cancel;
    QPushButton* m_close;
    QProgressBar* m_progress;
    QLabel* m_rate;
    QLabel* m_status;
    QPlainTextEdit* m_details;
    // Shared with the running import's progress callback, which reads it on the worker thread.
    std::shared_ptr<std::atomic_bool> m_cancelRequested;
    bool m_working = false;
};

} // namespace ecluse::ui
