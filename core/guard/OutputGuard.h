#pragma once

#include "aggregate/PublishedGrid.h"

#include <QByteArray>
#include <QJsonObject>
#include <QLocale>
#include <QString>

#include <vector>

namespace ecluse {

class Vault;

enum class ExportFormat
{
    Csv,
    Json,
    Png, // the chart
};

QString exportFormatName(ExportFormat format);

// How a spreadsheet export separates its fields and writes its decimals.
struct SheetFormat
{
    QChar separator = QLatin1Char(',');
    QString decimalMark = QStringLiteral(".");

    // What a spreadsheet in `locale` reads without asking: its decimal mark, and ';' between fields
    // where that mark is a comma (French), ',' elsewhere.
    static SheetFormat forLocale(const QLocale& locale);
    friend bool operator==(const SheetFormat&, const SheetFormat&) = default;
};

// Everything that leaves Écluse as a copy or a file passes here, for the GUI and the CLI: the
// policy's clipboard and export modes, published cells only with their provenance, formula
// neutralisation, allowed folders, and an audit entry with the SHA-256 of what left.
class OutputGuard
{
public:
    // What a suppressed cell shows instead of a value.
    static QString suppressedSymbol() { return QStringLiteral("×"); }

    explicit OutputGuard(Vault& vault);

    // The table as the analyst sees it (PublishedGrid::sheet, laid out as `layout`), tab-separated,
    // numbers with `decimalMark` so that a spreadsheet pastes them as numbers, suppressed cells as
    // their symbol, then the provenance line. With `cells`, the rows and columns that hold them.
    // Throws ErrorKind::Denied when policy denies the clipboard (audited). Audits "aggregate.copy".
    QString clipboardText(const AggregateResult& result, const PublishedGrid::Layout& layout,
                          const QString& decimalMark, const std::vector<int>& cells = {});

    // Writes the table as CSV (UTF-8 with a byte-order mark, so spreadsheets read the accents)
    // or JSON to `filePath`, which must lie in an allowed folder, atomically. Throws
    // ErrorKind::Denied (audited) when policy denies exports or the folder is not allowed.
    // Audits "aggregate.export" with the file's SHA-256.
    void exportTable(const AggregateResult& result, ExportFormat format, const QString& filePath);
    // Writes the table as the analyst sees it (sheetCsv) to `filePath`, as exportTable does: an
    // allowed folder, atomically, audited "aggregate.export" with the file's SHA-256.
    void exportSheet(const AggregateResult& result, const PublishedGrid::Layout& layout, const SheetFormat& format,
                     const QString& filePath);
    // Writes a PNG the caller rendered from published cells only (the chart).
    void exportImage(const AggregateResult& result, const QByteArray& png, const QString& filePath);
    // What `ecluse-cli aggregate` may write to its standard output when that is not a terminal:
    // an export like any other, refused where policy denies exports and audited with its hash.
    // `regularFile` is the file standard output was redirected to, which must then lie in an
    // allowed folder; empty for a pipe (the process at the other end is the user's choice, as
    // with the clipboard).
    QByteArray exportToStandardOutput(const AggregateResult& result, ExportFormat format, const QString& regularFile);

    // An extract release: refused (audited) where policy denies exports or `filePath` is outside
    // the allowed folders. ExtractRequests asks before it produces anything.
    void requireReleaseAllowed(qint64 request, const QString& filePath);
    // Audits "extract.release-file" (the file, its hashes, those of its ciphertext and rows), then
    // writes the encrypted release file atomically. Outside any transaction: the entry is
    // committed before the file exists. ExtractRequests then marks the request released.
    // `details`: what the caller knows of the release (its id, rows, the hashes inside); the
    // request, the file's size and SHA-256 are added here.
    void writeRelease(qint64 request, const QByteArray& file, const QString& filePath, QJsonObject details);

    // The audit trail as JSON lines (what `audit export` prints) into `filePath`, which must lie in
    // an allowed folder (refusal audited); for auditors. The export mode does not apply: the trail
    // holds who did what, never data values. Audited "audit.export" by the vault.
    void exportAuditTrail(const QString& filePath);

    // The table as `ecluse-cli aggregate` prints it and exports write it: CSV with the provenance
    // first, or JSON (AggregateResult::toJson()).
    // The CSV is for programs: one line per cell with its codes, numbers with '.', the same in every
    // locale.
    static QByteArray render(const AggregateResult& result, ExportFormat format);
    static QByteArray csv(const AggregateResult& result);
    // The pivot for a spreadsheet, as the GUI exports it: UTF-8 with a byte-order mark, the
    // provenance first, then PublishedGrid::sheet in `format`, neutralised and quoted.
    static QByteArray sheetCsv(const AggregateResult& result, const PublishedGrid::Layout& layout,
                               const SheetFormat& format);
    // A spreadsheet must not run a cell as a formula: a leading =, +, -, @, tab or carriage
    // return gets a quote in front. Plain numbers ("-12.50", "-12,50") are left alone: they cannot
    // be formulas, and a quote would turn them into text.
    static QString neutralise(const QString& field);

    // The folders exports may go to: policy's list, or <Documents>/Ecluse when it is empty.
    QStringList allowedFolders() const;
    bool isAllowedDestination(const QString& filePath) const;
    // The folder a save dialog should open in: the first allowed folder that exists. The default
    // folder (when policy names none) is created first, so that the first export lands in it rather
    // than wherever the dialog would otherwise open; folders named by policy must exist already.
    // Empty when none does.
    QString exportFolder() const;

private:
    void createDefaultFolderIfUsed() const;
    void requireExportAllowed(const AggregateResult& result, const QString& destination, bool isFile);
    // Policy's export mode (unless it does not apply) and allowed folders; an audited refusal
    // names `what` and `details`.
    void requireDestinationAllowed(const QString& what, const QString& destination, bool isFile, QJsonObject details,
                                   bool exportModeApplies = true);
    void auditExport(const AggregateResult& result, const QString& destination, ExportFormat format,
                     const QByteArray& bytes, QJsonObject details = {});
    void writeFile(const QString& filePath, const QByteArray& bytes);

    Vault& m_vault;
};

} // namespace ecluse
