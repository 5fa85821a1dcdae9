#pragma once

#include "extract/ExtractChecks.h"
#include "extract/ExtractRequest.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTimer;

namespace ecluse::ui {

class VaultWorker;

// How a check's outcome is marked where checks are listed: ✓, ⚠ or ✗.
QString checkOutcomeMark(CheckOutcome outcome);

// The analyst's form for a new extract request, or for changing a draft or returned one. While
// they type, core computes the checks a reviewer will see (as the requester may see them) and the
// form shows them, with whatever core finds wrong in the spec so far.
class ExtractRequestDialog : public QDialog
{
    Q_OBJECT

public:
    ExtractRequestDialog(VaultWorker& worker, QWidget* parent = nullptr);

    void setSpec(const ExtractSpec& spec);
    // What the form says, or nothing when a filter cannot be read (the checks say why).
    std::optional<ExtractSpec> spec() const;
    // What is said when spec() is nothing.
    static QString unreadableFilterMessage();

private:
    void fillColumns();
    void scheduleChecks();
    void runChecks();

    VaultWorker& m_worker;
    QComboBox* m_dataset;
    QListWidget* m_columns;
    QLineEdit* m_filters;
    QDateEdit* m_periodFrom;
    QDateEdit* m_periodTo;
    QPlainTextEdit* m_purpose;
    QLineEdit* m_project;
    QDateEdit* m_retainUntil;
    QLabel* m_checks;
    QTimer* m_pause;
    int m_generation = 0; // checks answered for an older form are dropped
};

} // namespace ecluse::ui
