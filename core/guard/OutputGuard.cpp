#include "OutputGuard.h"

#include "aggregate/AggregateResult.h"
#include "audit/AuditTrail.h"
#include "common/Error.h"
#include "crypto/Digest.h"
#include "policy/Policy.h"
#include "vault/Vault.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace ecluse {
namespace {

// This file's messages, under the "OutputGuard" context that lupdate files them in too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OutputGuard)
};

QString hexSha256(const QByteArray& bytes)
{
    return QString::fromLatin1(sha256(bytes).toHex());
}

// One row per cell: its dimension values, then each measure (the symbol when suppressed), then
// status and rule, so that a program reading the file knows why a value is missing.
QList<QStringList> tableRows(const AggregateResult& result)
{
    QList<QStringList> rows;
    QStringList header;
    for (const TableDimension& dimension : result.dimensions)
        header << dimension.name;
    for (const Measure& measure : result.query.measures)
        header << measure.name();
    header << QStringLiteral("status");
    rows << header;

    const auto addCell = [&](int cell) {
        const ResultCell& values = result.cells.at(static_cast<std::size_t>(cell));
        QStringList row;
        for (int d = 0; d < result.shape.dimensionCount(); ++d)
            row << (result.isMargin(cell, d) ? QStringLiteral("Total") : result.codeAt(cell, d));
        for (std::size_t m = 0; m < values.values.size(); ++m) {
            const auto& value = values.values[m];
            row << (value ? result.formatValue(static_cast<int>(m), *value) : OutputGuard::suppressedSymbol());
        }
        row << publicationStatusName(values.suppressed);
        rows << row;
    };
    for (int cell = 0; cell < result.shape.cellCount(); ++cell)
        addCell(cell);
    return rows;
}

QString csvField(const QString& field, QChar separator = QLatin1Char(','))
{
    const QString safe = OutputGuard::neutralise(field);
    if (!safe.contains(separator) && !safe.contains(QLatin1Char('"')) && !safe.contains(QLatin1Char('\n')) &&
        !safe.contains(QLatin1Char('\r')))
        return safe;
    return QLatin1Char('"') + QString(safe).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + QLatin1Char('"');
}

// A field of tab-separated text on one line: a tab or a line break inside would shift the grid.
QString tabField(const QString& field)
{
    QString flat = OutputGuard::neutralise(field);
    for (QChar& c : flat) {
        if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            c = QLatin1Char(' ');
    }
    return flat;
}

// Whether `filePath`'s folder is `folder` or lies under it, after resolving links: a link inside
// an allowed folder must not lead elsewhere.
bool isInside(const QString& filePath, const QString& folder)
{
    const QString parent = QFileInfo(QFileInfo(filePath).absolutePath()).canonicalFilePath();
    const QString root = QFileInfo(folder).canonicalFilePath();
    if (parent.isEmpty() || root.isEmpty())
        return false;
    return parent == root || parent.startsWith(root + QLatin1Char('/'));
}

} // namespace

OutputGuard::OutputGuard(Vault& vault)
    : m_vault(vault)
{}

QString OutputGuard::neutralise(const QString& field)
{
    static const QRegularExpression number(QStringLiteral("^-?[0-9]+([.,][0-9]+)?$"));
    if (field.isEmpty() || number.match(field).hasMatch())
        return field;
    const QChar first = field.front();
    if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
        first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
        return QLatin1Char('\'') + field;
    return field;
}

QString OutputGuard::clipboardText(const AggregateResult& result, const PublishedGrid::Layout& layout,
                                   const QString& decimalMark, const std::vector<int>& cells)
{
    m_vault.require(Action::ExportAggregates, Resource::ofDataset(result.query.dataset));
    const QString user = m_vault.currentUser();
    if (m_vault.policy().clipboardMode == ClipboardMode::Deny) {
        const QString reason = Text::tr("policy does not allow copying data to the clipboard");
        m_vault.audit(VaultCapability())
            .append(user, QStringLiteral("access.denied"), QStringLiteral("copy aggregates"),
                    {{QStringLiteral("reason"), reason}, {QStringLiteral("query"), result.queryId}});
        throw Error(ErrorKind::Denied, reason);
    }
    const PublishedGrid grid(result, layout);
    QStringList lines;
    for (const QStringList& row : grid.sheet(decimalMark, suppressedSymbol(), cells)) {
        QStringList fields;
        for (const QString& field : row)
            fields << tabField(field);
        lines << fields.join(QLatin1Char('\t'));
    }
    lines << result.provenance();
    const QString text = lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    const qint64 copied =
        cells.empty() ? static_cast<qint64>(grid.rowCount()) * grid.groupCount() : static_cast<qint64>(cells.size());
    m_vault.audit(VaultCapability())
        .append(user, QStringLiteral("aggregate.copy"), result.queryId,
                {{QStringLiteral("cells"), copied}, {QStringLiteral("sha256"), hexSha256(text.toUtf8())}});
    return text;
}

SheetFormat SheetFormat::forLocale(const QLocale& locale)
{
    SheetFormat format;
    format.decimalMark = locale.decimalPoint();
    format.separator = format.decimalMark == QLatin1String(",") ? QLatin1Char(';') : QLatin1Char(',');
    return format;
}

QByteArray OutputGuard::sheetCsv(const AggregateResult& result, const PublishedGrid::Layout& layout,
                                 const SheetFormat& format)
{
    // A separator that is a digit, a quote or a line break would make the file unreadable.
    const QChar separator = format.separator;
    if (separator.isLetterOrNumber() || separator == QLatin1Char('"') || separator == QLatin1Char('\n') ||
        separator == QLatin1Char('\r') || format.decimalMark.isEmpty() || format.decimalMark.front() == separator)
        throw Error(ErrorKind::Usage,
                    Text::tr("a CSV file cannot separate its fields with '%1' and write decimals with '%2'")
                        .arg(separator)
                        .arg(format.decimalMark));
    QByteArray out = "\xEF\xBB\xBF" + csvField(QStringLiteral("# ") + result.provenance(), separator).toUtf8() + "\r\n";
    for (const QStringList& row : PublishedGrid(result, layout).sheet(format.decimalMark, suppressedSymbol())) {
        QStringList fields;
        for (const QString& field : row)
            fields << csvField(field, separator);
        out += fields.join(separator).toUtf8() + "\r\n";
    }
    return out;
}

QByteArray OutputGuard::csv(const AggregateResult& result)
{
    QByteArray out = "# " + result.provenance().toUtf8() + "\r\n";
    for (const QStringList& row : tableRows(result)) {
        QStringList fields;
        for (const QString& field : row)
            fields << csvField(field);
        out += fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    return out;
}

QStringList OutputGuard::allowedFolders() const
{
    if (!m_vault.policy().exportFolders.isEmpty())
        return m_vault.policy().exportFolders;
    return {
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(QStringLiteral("Ecluse"))};
}

void OutputGuard::createDefaultFolderIfUsed() const
{
    // The default folder is created on first use; a folder set by policy must already exist.
    if (m_vault.policy().exportFolders.isEmpty())
        QDir().mkpath(allowedFolders().constFirst());
}

QString OutputGuard::exportFolder() const
{
    createDefaultFolderIfUsed();
    for (const QString& folder : allowedFolders()) {
        if (QFileInfo(folder).isDir())
            return folder;
    }
    return {};
}

bool OutputGuard::isAllowedDestination(const QString& filePath) const
{
    const QStringList folders = allowedFolders();
    return std::any_of(folders.begin(), folders.end(),
                       [&](const QString& folder) { return isInside(filePath, folder); });
}

void OutputGuard::requireExportAllowed(const AggregateResult& result, const QString& destination, bool isFile)
{
    m_vault.require(Action::ExportAggregates, Resource::ofDataset(result.query.dataset));
    requireDestinationAllowed(QStringLiteral("export aggregates"), destination, isFile,
                              {{QStringLiteral("query"), result.queryId}});
}

void OutputGuard::requireDestinationAllowed(const QString& what, const QString& destination, bool isFile,
                                            QJsonObject details, bool exportModeApplies)
{
    QString reason;
    if (exportModeApplies && m_vault.policy().exportMode == ExportMode::Deny) {
        reason = Text::tr("policy does not allow exports");
    } else if (isFile) {
        createDefaultFolderIfUsed();
    }
    if (reason.isEmpty() && isFile && !isAllowedDestination(destination))
        reason = Text::tr("%1 is not in a folder policy allows for exports (%2)")
                     .arg(QDir::toNativeSeparators(destination), allowedFolders().join(QStringLiteral(", ")));
    if (reason.isEmpty())
        return;
    details.insert(QStringLiteral("reason"), reason);
    details.insert(QStringLiteral("destination"), destination);
    m_vault.audit(VaultCapability()).append(m_vault.currentUser(), QStringLiteral("access.denied"), what, details);
    throw Error(ErrorKind::Denied, reason);
}

void OutputGuard::requireReleaseAllowed(qint64 request, const QString& filePath)
{
    requireDestinationAllowed(QStringLiteral("release extract"), filePath, true,
                              {{QStringLiteral("request"), request}});
}

void OutputGuard::writeRelease(qint64 request, const QByteArray& file, const QString& filePath, QJsonObject details)
{
    requireReleaseAllowed(request, filePath);
    // In the trail before the file exists: however the process ends afterwards, no release file
    // (or part of one) can be in the folder without an entry that names it and its hash.
    details.insert(QStringLiteral("request"), request);
    details.insert(QStringLiteral("bytes"), static_cast<qint64>(file.size()));
    details.insert(QStringLiteral("sha256"), hexSha256(file));
    m_vault.audit(VaultCapability())
        .append(m_vault.currentUser(), QStringLiteral("extract.release-file"), filePath, details);
    writeFile(filePath, file);
}

void OutputGuard::exportAuditTrail(const QString& filePath)
{
    m_vault.require(Action::ReadAudit);
    requireDestinationAllowed(QStringLiteral("export audit trail"), filePath, true, {}, false);
    QBuffer lines;
    lines.open(QIODevice::WriteOnly);
    m_vault.exportAudit(lines, filePath);
    writeFile(filePath, lines.data());
}

void OutputGuard::auditExport(const AggregateResult& result, const QString& destination, ExportFormat format,
                              const QByteArray& bytes, QJsonObject details)
{
    details.insert(QStringLiteral("query"), result.queryId);
    details.insert(QStringLiteral("format"), exportFormatName(format));
    details.insert(QStringLiteral("bytes"), static_cast<qint64>(bytes.size()));
    details.insert(QStringLiteral("sha256"), hexSha256(bytes));
    m_vault.audit(VaultCapability())
        .append(m_vault.currentUser(), QStringLiteral("aggregate.export"), destination, details);
}

void OutputGuard::writeFile(const QString& filePath, const QByteArray& bytes)
{
    // Written beside the destination and renamed: a crash leaves the old file or the new one.
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw Error(ErrorKind::Other,
                    Text::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(filePath), file.errorString()));
}

QByteArray OutputGuard::render(const AggregateResult& result, ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv:
        return csv(result);
    case ExportFormat::Json:
        return QJsonDocument(result.toJson()).toJson(QJsonDocument::Indented);
    case ExportFormat::Png:
        break;
    }
    throw Error(ErrorKind::Usage, Text::tr("a table is written as CSV or JSON"));
}

void OutputGuard::exportTable(const AggregateResult& result, ExportFormat format, const QString& filePath)
{
    requireExportAllowed(result, filePath, true);
    // Spreadsheets read the accents of a CSV file only with a byte-order mark.
    const QByteArray bytes =
        (format == ExportFormat::Csv ? QByteArray("\xEF\xBB\xBF") : QByteArray()) + render(result, format);
    writeFile(filePath, bytes);
    auditExport(result, filePath, format, bytes);
}

QByteArray OutputGuard::exportToStandardOutput(const AggregateResult& result, ExportFormat format,
                                               const QString& regularFile)
{
    const QString destination = regularFile.isEmpty() ? Text::tr("standard output (a pipe)") : regularFile;
    requireExportAllowed(result, destination, !regularFile.isEmpty());
    const QByteArray bytes = render(result, format);
    auditExport(result, destination, format, bytes);
    return bytes;
}

void OutputGuard::exportSheet(const AggregateResult& result, const PublishedGrid::Layout& layout,
                              const SheetFormat& format, const QString& filePath)
{
    requireExportAllowed(result, filePath, true);
    const QByteArray bytes = sheetCsv(result, layout, format);
    writeFile(filePath, bytes);
    auditExport(result, filePath, ExportFormat::Csv, bytes,
                {{QStringLiteral("layout"), QStringLiteral("pivot")},
                 {QStringLiteral("separator"), QString(format.separator)},
                 {QStringLiteral("decimalMark"), format.decimalMark}});
}

void OutputGuard::exportImage(const AggregateResult& result, const QByteArray& png, const QString& filePath)
{
    if (!png.startsWith("\x89PNG\r\n\x1a\n"))
        throw Error(ErrorKind::InvalidInput, Text::tr("the chart image is not a PNG"));
    requireExportAllowed(result, filePath, true);
    writeFile(filePath, png);
    auditExport(result, filePath, ExportFormat::Png, png);
}

QString exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::Json:
        return QStringLiteral("json");
    case ExportFormat::Png:
        return QStringLiteral("png");
    }
    return {};
}

} // namespace ecluse
