#include "ExtractRequestDialog.h"

#include "VaultWorker.h"
#include "common/Error.h"
#include "data/Catalogue.h"
#include "extract/ExtractRequests.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace ecluse::ui {
namespace {

QDateEdit* newDateEdit(const QString& objectName, const QDate& date, QWidget* parent)
{
    auto* edit = new QDateEdit(date, parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

} // namespace

QString checkOutcomeMark(CheckOutcome outcome)
{
    switch (outcome) {
    case CheckOutcome::Passed:
        return QStringLiteral("✓");
    case CheckOutcome::Warning:
        return QStringLiteral("⚠");
    case CheckOutcome::Failed:
        return QStringLiteral("✗");
    }
    return {};
}

QString ExtractRequestDialog::unreadableFilterMessage()
{
    return tr("A filter cannot be read: write COLUMN=V1,V2 or DATECOLUMN=FROM..TO, separated by ';'.");
}

ExtractRequestDialog::ExtractRequestDialog(VaultWorker& worker, QWidget* parent)
    : QDialog(parent)
    , m_worker(worker)
    , m_dataset(new QComboBox(this))
    , m_columns(new QListWidget(this))
    , m_filters(new QLineEdit(this))
    , m_periodFrom(newDateEdit(QStringLiteral("periodFromEdit"), QDate::currentDate().addYears(-1), this))
    , m_periodTo(newDateEdit(QStringLiteral("periodToEdit"), QDate::currentDate(), this))
    , m_purpose(new QPlainTextEdit(this))
    , m_project(new QLineEdit(this))
    , m_retainUntil(newDateEdit(QStringLiteral("retainUntilEdit"), QDate::currentDate().addYears(1), this))
    , m_checks(new QLabel(this))
    , m_pause(new QTimer(this))
{
    setObjectName(QStringLiteral("extractRequestDialog"));
    setWindowTitle(tr("Extract request"));
    m_dataset->setObjectName(QStringLiteral("datasetCombo"));
    for (const DatasetSchema* schema : Catalogue::builtin().datasets())
        m_dataset->addItem(QStringLiteral("%1 (%2)").arg(schema->label, schema->name), schema->name);
    m_columns->setObjectName(QStringLiteral("columnList"));
    m_filters->setObjectName(QStringLiteral("filtersEdit"));
    m_filters->setPlaceholderText(tr("e.g. BEN_SEX_COD=2; AGE_BEN_SNDS=45,50", "filter syntax example"));
    m_purpose->setObjectName(QStringLiteral("purposeEdit"));
    m_purpose->setPlaceholderText(tr("What the data is for, in at least 20 characters"));
    m_purpose->setMaximumHeight(80);
    m_project->setObjectName(QStringLiteral("projectEdit"));
    m_project->setPlaceholderText(tr("The project's reference, e.g. CNAM-2026-041"));
    m_checks->setObjectName(QStringLiteral("checksLabel"));
    m_checks->setWordWrap(true);
    m_checks->setTextFormat(Qt::PlainText);
    m_checks->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pause->setSingleShot(true);
    m_pause->setInterval(500);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("saveRequestButton"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save as draft"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Dataset:"), m_dataset);
    form->addRow(tr("&Columns:"), m_columns);
    form->addRow(tr("&Filters:"), m_filters);
    form->addRow(tr("Care period &from:"), m_periodFrom);
    form->addRow(tr("Care period &to:"), m_periodTo);
    form->addRow(tr("P&urpose:"), m_purpose);
    form->addRow(tr("P&roject:"), m_project);
    form->addRow(tr("&Keep until:"), m_retainUntil);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Checks, as the reviewer will see them:"), this));
    layout->addWidget(m_checks);
    layout->addWidget(buttons);

    fillColumns();
    connect(m_dataset, &QComboBox::currentIndexChanged, this, [this] {
        fillColumns();
        scheduleChecks();
    });
    connect(m_columns, &QListWidget::itemChanged, this, &ExtractRequestDialog::scheduleChecks);
    connect(m_filters, &QLineEdit::textChanged, this, &ExtractRequestDialog::scheduleChecks);
    connect(m_periodFrom, &QDateEdit::dateChanged, this, &ExtractRequestDialog::scheduleChecks);
    connect(m_periodTo, &QDateEdit::dateChanged, this, &ExtractRequestDialog::scheduleChecks);
    connect(m_purpose, &QPlainTextEdit::textChanged, this, &ExtractRequestDialog::scheduleChecks);
    connect(m_project, &QLineEdit::textChanged, this, &ExtractRequestDialog::scheduleChecks);
    connect(m_retainUntil, &QDateEdit::dateChanged, this, &ExtractRequestDialog::scheduleChecks);
    connect(m_pause, &QTimer::timeout, this, &ExtractRequestDialog::runChecks);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    scheduleChecks();
}

void ExtractRequestDialog::fillColumns()
{
    const QSignalBlocker blocker(m_columns);
    m_columns->clear();
    const DatasetSchema* schema = Catalogue::builtin().dataset(m_dataset->currentData().toString());
    if (!schema)
        return;
    for (const ColumnSpec& column : schema->columns) {
        auto* item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(column.name, column.label), m_columns);
        item->setData(Qt::UserRole, column.name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        if (column.potentialIdentifier != PotentialIdentifier::None)
            item->setToolTip(tr("A potential identifier (%1): your habilitation must name it.")
                                 .arg(potentialIdentifierName(column.potentialIdentifier)));
    }
}

void ExtractRequestDialog::setSpec(const ExtractSpec& spec)
{
    m_dataset->setCurrentIndex(m_dataset->findData(spec.dataset));
    fillColumns();
    for (int row = 0; row < m_columns->count(); ++row) {
        QListWidgetItem* item = m_columns->item(row);
        item->setCheckState(spec.columns.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    QStringList filters;
    for (const Filter& filter : spec.filters) {
        filters << (filter.isDateRange()
                        ? QStringLiteral("%1=%2..%3")
                              .arg(filter.column, filter.from ? filter.from->toString(Qt::ISODate) : QString(),
                                   filter.to ? filter.to->toString(Qt::ISODate) : QString())
                        : QStringLiteral("%1=%2").arg(filter.column, filter.values.join(QLatin1Char(','))));
    }
    m_filters->setText(filters.join(QStringLiteral("; ")));
    m_periodFrom->setDate(spec.periodFrom);
    m_periodTo->setDate(spec.periodTo);
    m_purpose->setPlainText(spec.purpose);
    m_project->setText(spec.project);
    m_retainUntil->setDate(spec.retainUntil);
}

std::optional<ExtractSpec> ExtractRequestDialog::spec() const
{
    ExtractSpec spec;
    spec.dataset = m_dataset->currentData().toString();
    for (int row = 0; row < m_columns->count(); ++row) {
        const QListWidgetItem* item = m_columns->item(row);
        if (item->checkState() == Qt::Checked)
            spec.columns << item->data(Qt::UserRole).toString();
    }
    for (const QString& text : m_filters->text().split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (text.trimmed().isEmpty())
            continue;
        try {
            spec.filters.push_back(parseFilter(text.trimmed()));
        } catch (const Error&) {
            return std::nullopt;
        }
    }
    spec.periodFrom = m_periodFrom->date();
    spec.periodTo = m_periodTo->date();
    spec.purpose = m_purpose->toPlainText();
    spec.project = m_project->text().trimmed();
    spec.retainUntil = m_retainUntil->date();
    return spec;
}

void ExtractRequestDialog::scheduleChecks()
{
    ++m_generation;
    m_pause->start();
}

void ExtractRequestDialog::runChecks()
{
    std::optional<ExtractSpec> wanted = spec();
    if (!wanted) {
        m_checks->setText(unreadableFilterMessage());
        return;
    }
    if (m_worker.isBusy()) {
        m_pause->start(); // the vault is at work: ask again after another pause
        return;
    }
    const int generation = m_generation;
    m_checks->setText(tr("Checking…"));
    m_worker.run(
        this, [spec = *wanted](Vault& vault) { return ExtractRequests(vault).previewChecks(spec); },
        [this, generation](const ExtractChecks& checks) {
            if (generation != m_generation)
                return;
            QStringList lines;
            for (const ExtractCheck& check : checks.checks)
                lines << QStringLiteral("%1 %2").arg(checkOutcomeMark(check.outcome), check.detail);
            m_checks->setText(lines.join(QLatin1Char('\n')));
        },
        [this, generation](const QString& message) {
            if (generation == m_generation)
                m_checks->setText(message);
        });
}

} // namespace ecluse::ui
