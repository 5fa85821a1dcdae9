#include "Commands.h"

#include "CliContext.h"
#include "access/Habilitation.h"
#include "aggregate/Aggregates.h"
#include "audit/AuditTrail.h"
#include "backup/VaultBackup.h"
#include "common/Error.h"
#include "common/ReadFile.h"
#include "crypto/Ed25519.h"
#include "crypto/Random.h"
#include "crypto/X25519.h"
#include "data/Catalogue.h"
#include "data/DataPackage.h"
#include "data/DatasetStore.h"
#include "data/PackageImporter.h"
#include "demo/DemoWorkstation.h"
#include "extract/ExtractRequests.h"
#include "extract/ReleaseFile.h"
#include "guard/OutputGuard.h"
#include "policy/PolicyLoader.h"
#include "vault/Vault.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

#include <atomic>
#include <csignal>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace ecluse {
namespace {

// This file's messages, under the "CommandLine" context that lupdate files them in too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

QCommandLineOption userOption()
{
    return {QStringLiteral("user"), Text::tr("Act as this user."), Text::tr("NAME")};
}

QCommandLineOption passwordStdinOption()
{
    return {QStringLiteral("password-stdin"), Text::tr("Read passwords from standard input, one per line.")};
}

void requireArgumentCount(const QStringList& arguments, qsizetype count, const char* what)
{
    if (arguments.size() != count)
        throw Error(ErrorKind::Usage, Text::tr("expected %1").arg(Text::tr(what)));
}

SecureBuffer readNewPassword(CliContext& context, const QString& user)
{
    SecureBuffer password = context.passwords().read(Text::tr("New password for %1: ").arg(user));
    if (!context.parser().isSet(QStringLiteral("password-stdin"))) {
        const SecureBuffer again = context.passwords().read(Text::tr("Repeat the new password: "));
        if (!password.equals(again))
            throw Error(ErrorKind::InvalidInput, Text::tr("the two passwords differ"));
    }
    Vault::requireAcceptablePassword(password);
    return password;
}

int vaultInit(CliContext& context, const QStringList&)
{
    const QString admin = context.requiredValue(QStringLiteral("admin"));
    auto vault = context.vault();
    const SecureBuffer password = readNewPassword(context, admin);
    const SecureBuffer recoveryKey = vault->create(admin, password);
    const QString vaultId = vault->id();
    vault->lock();
    // The recovery key is printed once and never stored: this is the only copy.
    if (context.json()) {
        context.printJson(QJsonDocument(
            QJsonObject{{QStringLiteral("vault"), context.vaultFolder()},
                        {QStringLiteral("id"), vaultId},
                        {QStringLiteral("admin"), admin},
                        {QStringLiteral("recoveryKey"),
                         QString::fromLatin1(recoveryKey.chars(), static_cast<qsizetype>(recoveryKey.size()))}}));
        return 0;
    }
    context.out() << Text::tr("Vault created in %1 for administrator %2.").arg(context.vaultFolder(), admin) << '\n'
                  << Text::tr("Recovery key (shown once: write it down and keep it apart from the workstation):")
                  << '\n';
    context.out().flush();
    std::fwrite(recoveryKey.data(), 1, recoveryKey.size(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
    return 0;
}

QJsonObject checkToJson(const VaultCheck& check)
{
    return {{QStringLiteral("name"), check.name},
            {QStringLiteral("passed"), check.passed},
            {QStringLiteral("warning"), check.warning},
            {QStringLiteral("detail"), check.detail}};
}

int vaultVerify(CliContext& context, const QStringList&)
{
    auto vault = context.unlockAsUser();
    const VaultVerification result = vault->verify();
    if (context.json()) {
        QJsonArray checks;
        for (const VaultCheck& check : result.checks)
            checks.append(checkToJson(check));
        context.printJson(QJsonDocument(
            QJsonObject{{QStringLiteral("intact"), result.intact()}, {QStringLiteral("checks"), checks}}));
    } else {
        for (const VaultCheck& check : result.checks)
            context.out() << (!check.passed   ? Text::tr("FAIL  ")
                              : check.warning ? Text::tr("warn  ")
                                              : Text::tr("ok    "))
                          << check.name << ": " << check.detail << '\n';
    }
    if (!result.intact())
        throw Error(ErrorKind::Integrity, result.firstProblem());
    return 0;
}

int vaultMigrate(CliContext& context, const QStringList&)
{
    auto vault = context.unlockAsUser();
    const CipherSettings from = vault->migrateCipher();
    if (context.json())
        context.printJson(
            QJsonDocument(QJsonObject{{QStringLiteral("from"), from.description()},
                                      {QStringLiteral("to"), vault->environment().newVaultCipher.description()}}));
    else
        context.out() << Text::tr("The vault's database was rewritten: %1 instead of %2.")
                             .arg(vault->environment().newVaultCipher.description(), from.description())
                      << '\n';
    return 0;
}

int vaultPasswd(CliContext& context, const QStringList&)
{
    const QString user = context.user();
    auto vault = context.vault();
    const SecureBuffer current = context.passwords().read(Text::tr("Current password for %1: ").arg(user));
    vault->unlock(user, current);
    const SecureBuffer fresh = readNewPassword(context, user);
    vault->changePassword(current, fresh);
    if (!context.json())
        context.out() << Text::tr("Password changed for %1.").arg(user) << '\n';
    return 0;
}

int vaultRecover(CliContext& context, const QStringList&)
{
    const QString user = context.user();
    auto vault = context.vault();
    const SecureBuffer recoveryKey = context.passwords().read(Text::tr("Recovery key: "));
    const SecureBuffer fresh = readNewPassword(context, user);
    vault->recover(recoveryKey, user, fresh);
    if (!context.json())
        context.out() << Text::tr("New password set for %1 with the recovery key.").arg(user) << '\n';
    return 0;
}

int auditVerify(CliContext& context, const QStringList&)
{
    auto vault = context.unlockAsUser();
    const AuditVerification result = vault->verifyAudit();
    if (context.json()) {
        context.printJson(
            QJsonDocument(QJsonObject{{QStringLiteral("intact"), result.intact},
                                      {QStringLiteral("entries"), result.entries},
                                      {QStringLiteral("firstBroken"), result.firstBrokenSequence},
                                      {QStringLiteral("problem"), result.problem},
                                      {QStringLiteral("warnings"), QJsonArray::fromStringList(result.warnings)}}));
    } else {
        if (result.intact)
            context.out() << Text::tr("Audit trail intact: %1 entries.").arg(result.entries) << '\n';
        for (const QString& warning : result.warnings)
            context.out() << Text::tr("warning: %1").arg(warning) << '\n';
    }
    if (!result.intact)
        throw Error(ErrorKind::Integrity, result.problem);
    return 0;
}

int auditExport(CliContext& context, const QStringList&)
{
    const QString format = context.parser().value(QStringLiteral("format"));
    if (format != QStringLiteral("jsonl"))
        throw Error(ErrorKind::Usage, Text::tr("unknown export format '%1': the formats are jsonl").arg(format));
    auto vault = context.unlockAsUser();
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        throw Error(ErrorKind::Other, Text::tr("cannot write to standard output"));
    vault->exportAudit(out, QStringLiteral("stdout"));
    return 0;
}

int auditReseal(CliContext& context, const QStringList&)
{
    const QString reason = context.requiredValue(QStringLiteral("reason"));
    auto vault = context.unlockAsUser();
    vault->resealAudit(reason);
    if (!context.json())
        context.out() << Text::tr("Audit trail resealed; the reason is in the trail.") << '\n';
    return 0;
}

int auditSeal(CliContext& context, const QStringList&)
{
    auto vault = context.unlockAsUser();
    const AuditEntry seal = vault->sealAudit();
    if (context.json())
        context.printJson(QJsonDocument(
            QJsonObject{{QStringLiteral("sequence"), seal.sequence},
                        {QStringLiteral("hash"), QString::fromLatin1(seal.hash().toHex())},
                        {QStringLiteral("details"), QJsonDocument::fromJson(seal.details.toUtf8()).object()}}));
    else
        context.out() << Text::tr("Audit trail sealed at entry %1; the witnesses hold its head.").arg(seal.sequence)
                      << '\n';
    return 0;
}

int userEnrol(CliContext& context, const QStringList& arguments)
{
    requireArgumentCount(arguments, 1, QT_TRANSLATE_NOOP("CommandLine", "one user name"));
    auto vault = context.unlockAsUser();
    vault->require(Action::ManageAccounts);
    const SecureBuffer password = readNewPassword(context, arguments.first());
    vault->enrol(arguments.first(), password);
    if (!context.json())
        context.out() << Text::tr("Enrolled %1 (%2).")
                             .arg(arguments.first(),
                                  vault->habilitations()->user(arguments.first())->roles.join(QStringLiteral(", ")))
                      << '\n';
    return 0;
}

int userRevoke(CliContext& context, const QStringList& arguments)
{
    requireArgumentCount(arguments, 1, QT_TRANSLATE_NOOP("CommandLine", "one user name"));
    auto vault = context.unlockAsUser();
    vault->revoke(arguments.first());
    if (!context.json())
        context.out() << Text::tr("Revoked %1: their key slot is gone.").arg(arguments.first()) << '\n';
    return 0;
}

int userList(CliContext& context, const QStringList&)
{
    auto vault = context.unlockAsUser();
    QJsonArray list;
    for (const Account& account : vault->accounts()) {
        if (context.json()) {
            list.append(QJsonObject{{QStringLiteral("name"), account.name},
                                    {QStringLiteral("displayName"), account.displayName},
                                    {QStringLiteral("roles"), QJsonArray::fromStringList(account.roles)},
                                    {QStringLiteral("created"), account.createdUtc.toString(Qt::ISODate)},
                                    {QStringLiteral("validUntil"), account.validUntil.toString(Qt::ISODate)}});
        } else {
            context.out() << account.name << '\t' << account.roles.join(QLatin1Char(',')) << '\t'
                          << (account.validUntil.isValid() ? account.validUntil.toString(Qt::ISODate)
                                                           : Text::tr("no end"))
                          << '\t' << account.displayName << '\n';
        }
    }
    if (context.json())
        context.printJson(QJsonDocument(list));
    return 0;
}

// A file named on the command line: a link is followed, as by any command, but only to a
// regular file (a FIFO or a device is refused without waiting), and no more than `limit` is read.
QByteArray readFileOrFail(const QString& path, qint64 limit = 16 << 20)
{
    return readRegularFile(path, limit);
}

void writeNewFile(const QString& path, QByteArrayView contents, QFile::Permissions permissions)
{
    if (QFile::exists(path))
        throw Error(ErrorKind::InvalidInput, Text::tr("%1 already exists: it is not overwritten").arg(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(ErrorKind::Other, Text::tr("cannot write %1: %2").arg(path, file.errorString()));
    file.setPermissions(permissions);
    file.write(contents.data(), contents.size());
    if (!file.commit())
        throw Error(ErrorKind::Other, Text::tr("cannot write %1: %2").arg(path, file.errorString()));
}

// A producer's or an authority's private key. The PEM stays in a SecureBuffer from the first
// byte read; a refusal names the file.
// A new file only its owner reads, written unbuffered: QFileDevice's write buffer would keep a
// copy of the secret (a private key, a release's rows) that nothing wipes.
void writeSecretFile(const QString& path, QByteArrayView contents)
{
    if (QFile::exists(path))
        throw Error(ErrorKind::InvalidInput, Text::tr("%1 already exists: it is not overwritten").arg(path));
    QSaveFile file(path);
    const auto size = static_cast<qint64>(contents.size());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) ||
        !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner) || file.write(contents.data(), size) != size ||
        !file.commit())
        throw Error(ErrorKind::Other, Text::tr("cannot write %1: %2").arg(path, file.errorString()));
}

void writeSecretFile(const QString& path, const SecureBuffer& contents)
{
    writeSecretFile(path, contents.view());
}

Ed25519SigningKey readSigningKey(const QString& path)
{
    const SecureBuffer pem = readSecretFile(path, 64 << 10);
    try {
        return Ed25519SigningKey::fromPem(pem);
    } catch (const Error& error) {
        throw Error(error.kind(), Text::tr("%1: %2").arg(path, error.message()));
    }
}

int habilitationImport(CliContext& context, const QStringList& arguments)
{
    requireArgumentCount(arguments, 1, QT_TRANSLATE_NOOP("CommandLine", "the signed habilitation file"));
    const QByteArray signedFile = readFileOrFail(arguments.first());
    auto vault = context.unlockAsUser();
    const HabilitationImport report = vault->importHabilitations(signedFile, arguments.first());
    if (context.json()) {
        context.printJson(
            QJsonDocument(QJsonObject{{QStringLiteral("serial"), report.serial},
                                      {QStringLiteral("removed"), QJsonArray::fromStringList(report.removedUsers)},
                                      {QStringLiteral("sessionEnded"), report.sessionEnded}}));
        return 0;
    }
    context.out() << Text::tr("Habilitation manifest %1 is in force.").arg(report.serial) << '\n';
    if (!report.removedUsers.isEmpty())
        context.out() << Text::tr("Key slots removed: %1.").arg(report.removedUsers.join(QStringLiteral(", "))) << '\n';
    return 0;
}

QJsonObject habilitationToJson(const Habilitation& user)
{
    QJsonArray grants;
    for (const DatasetGrant& grant : user.grants) {
        grants.append(
            QJsonObject{{QStringLiteral("dataset"), grant.dataset},
                        {QStringLiteral("level"), grantLevelName(grant.level)},
                        {QStringLiteral("potentialIdentifier"), potentialIdentifierName(grant.potentialIdentifier)}});
    }
    return {{QStringLiteral("id"), user.user},
            {QStringLiteral("name"), user.displayName},
            {QStringLiteral("roles"), QJsonArray::fromStringList(user.roles)},
            {QStringLiteral("validFrom"), user.validFrom.toString(Qt::ISODate)},
            {QStringLiteral("validUntil"), user.validUntil.toString(Qt::ISODate)},
            {QStringLiteral("grants"), grants}};
}

int habilitationShow(CliContext& context, const QStringList&)
{
    auto vault = context.unlockAsUser();
    const auto manifest = vault->habilitations();
    if (!manifest)
        throw Error(ErrorKind::InvalidInput,
                    Text::tr("no habilitation manifest has been imported into this vault yet"));
    // Core decides whose habilitations the signed-in user sees.
    QJsonArray users;
    for (const Habilitation& user : manifest->users)
        users.append(habilitationToJson(user));
    const QJsonObject json{{QStringLiteral("organisation"), manifest->organisation},
                           {QStringLiteral("serial"), manifest->serial},
                           {QStringLiteral("issued"), manifest->issued.toString(Qt::ISODate)},
                           {QStringLiteral("signer"), keyFingerprint(manifest->signerKey)},
                           {QStringLiteral("users"), users}};
    if (context.json()) {
        context.printJson(QJsonDocument(json));
        return 0;
    }
    context.out() << Text::tr("%1, manifest %2 issued %3, signed by %4")
                         .arg(manifest->organisation)
                         .arg(manifest->serial)
                         .arg(manifest->issued.toString(Qt::ISODate), keyFingerprint(manifest->signerKey))
                  << '\n';
    for (const QJsonValue value : users) {
        const QJsonObject user = value.toObject();
        QStringList grants;
        for (const QJsonValue grant : user.value(QStringLiteral("grants")).toArray()) {
            const QJsonObject g = grant.toObject();
            grants << g.value(QStringLiteral("dataset")).toString() + QLatin1Char(':') +
                          g.value(QStringLiteral("level")).toString() +
                          (g.value(QStringLiteral("potentialIdentifier")).toString() == QStringLiteral("none")
                               ? QString()
                               : QLatin1Char('+') + g.value(QStringLiteral("potentialIdentifier")).toString());
        }
        context.out() << user.value(QStringLiteral("id")).toString() << '\t'
                      << user.value(QStringLiteral("roles")).toVariant().toStringList().join(QLatin1Char(',')) << '\t'
                      << user.value(QStringLiteral("validFrom")).toString() << " .. "
                      << user.value(QStringLiteral("validUntil")).toString() << '\t' << grants.join(QLatin1Char(' '))
                      << '\n';
    }
    return 0;
}

int habilitationSign(CliContext& context, const QStringList&)
{
    const Ed25519SigningKey key = readSigningKey(context.requiredValue(QStringLiteral("key")));
    const QString in = context.requiredValue(QStringLiteral("in"));
    const QByteArray manifest = readFileOrFail(in);
    const QString out = context.requiredValue(QStringLiteral("out"));
    writeNewFile(out, SignedHabilitations::sign(manifest, key, in),
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    if (!context.json())
        context.out() << Text::tr("Signed %1 with key %2.").arg(out, keyFingerprint(key.publicKey())) << '\n';
    return 0;
}

int authorityKeygen(CliContext& context, const QStringList&)
{
    const QDir folder(context.requiredValue(QStringLiteral("out")));
    if (!QDir().mkpath(folder.path()))
        throw Error(ErrorKind::Other, Text::tr("cannot create %1").arg(folder.path()));
    SystemRandom random;
    const Ed25519SigningKey key = Ed25519SigningKey::generate(random);
    writeSecretFile(folder.filePath(QStringLiteral("authority.key")), key.toPem());
    writeNewFile(folder.filePath(QStringLiteral("authority.pub")), ed25519PublicKeyToPem(key.publicKey()),
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    const QString base64 = QString::fromLatin1(key.publicKey().toBase64());
    if (context.json()) {
        context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("publicKey"), base64},
                                                    {QStringLiteral("fingerprint"), keyFingerprint(key.publicKey())},
                                                    {QStringLiteral("folder"), folder.path()}}));
        return 0;
    }
    context.out() << Text::tr("Key pair written to %1 (authority.key is secret).").arg(folder.path()) << '\n'
                  << Text::tr("Public key, for TrustedAuthorityKeys or TrustedProducerKeys in managed policy:") << '\n'
                  << base64 << '\n';
    return 0;
}

// Ctrl-C during an import asks for a clean cancel: the transaction is rolled back, nothing kept.
std::atomic_bool interrupted{false};

extern "C" void onInterrupt(int)
{
    interrupted = true;
}

QJsonArray packagesToJson(const std::vector<PackageInfo>& packages)
{
    QJsonArray out;
    for (const PackageInfo& package : packages) {
        out.append(QJsonObject{{QStringLiteral("id"), package.id},
                               {QStringLiteral("dataset"), package.dataset},
                               {QStringLiteral("producer"), package.producer},
                               {QStringLiteral("signer"), package.signerFingerprint},
                               {QStringLiteral("created"), package.createdUtc.toString(Qt::ISODate)},
                               {QStringLiteral("retainUntil"), package.retainUntil.toString(Qt::ISODate)},
                               {QStringLiteral("imported"), package.importedUtc.toString(Qt::ISODate)},
                               {QStringLiteral("importedBy"), package.importedBy},
                               {QStringLiteral("rows"), package.rows}});
    }
    return out;
}

int catalogueList(CliContext& context, const QStringList&)
{
    auto vault = context.unlockAsUser();
    const DatasetStore store(*vault); // requires BrowseCatalogue
    QJsonArray datasets;
    for (const DatasetSchema* schema : Catalogue::builtin().datasets()) {
        const qint64 rows = store.rowCount(schema->name);
        const auto packages = store.packages(schema->name);
        if (context.json()) {
            datasets.append(QJsonObject{{QStringLiteral("name"), schema->name},
                                        {QStringLiteral("label"), schema->label},
                                        {QStringLiteral("rows"), rows},
                                        {QStringLiteral("packages"), static_cast<qint64>(packages.size())}});
        } else {
            context.out() << schema->name << '\t' << rows
                          << Text::tr(" rows in %n package(s)", nullptr, static_cast<int>(packages.size())) << '\t'
                          << schema->label << '\n';
        }
    }
    if (context.json())
        context.printJson(QJsonDocument(datasets));
    return 0;
}

int catalogueShow(CliContext& context, const QStringList& arguments)
{
    requireArgumentCount(arguments, 1, QT_TRANSLATE_NOOP("CommandLine", "one dataset name"));
    const DatasetSchema* schema = Catalogue::builtin().dataset(arguments.first());
    if (!schema)
        throw Error(ErrorKind::InvalidInput, Text::tr("unknown dataset '%1'").arg(arguments.first()));
    auto vault = context.unlockAsUser();
    const DatasetStore store(*vault); // requires BrowseCatalogue
    if (context.json()) {
        QJsonObject json = schema->toJson(true);
        json.insert(QStringLiteral("rows"), store.rowCount(schema->name));
        json.insert(QStringLiteral("packages"), packagesToJson(store.packages(schema->name)));
        context.printJson(QJsonDocument(json));
        return 0;
    }
    context.out() << schema->name << " — " << schema->label << '\n';
    for (const ColumnSpec& column : schema->columns)
        context.out() << "  " << column.name << '\t' << columnTypeName(column.type) << '\t'
                      << columnRoles(column).join(QLatin1Char(',')) << '\t' << column.label << '\n';
    for (const DerivedDimension& dimension : schema->derived)
        context.out() << "  " << dimension.name << '\t'
                      << Text::tr("derived from %1").arg(dimension.from.join(QStringLiteral(", "))) << '\t'
                      << dimension.label << '\n';
    for (const PackageInfo& package : store.packages(schema->name))
        context.out() << Text::tr("  package %1: %2 rows from %3 (key %4), imported %5 by %6, kept until %7")
                             .arg(package.id)
                             .arg(package.rows)
                             .arg(package.producer, package.signerFingerprint,
                                  package.importedUtc.toString(Qt::ISODate), package.importedBy,
                                  package.retainUntil.toString(Qt::ISODate))
                      << '\n';
    return 0;
}

int packageBuild(CliContext& context, const QStringList&)
{
    const QString dataset = context.requiredValue(QStringLiteral("dataset"));
    const DatasetSchema* schema = Catalogue::builtin().dataset(dataset);
    if (!schema)
        throw Error(ErrorKind::InvalidInput, Text::tr("unknown dataset '%1'").arg(dataset));
    const QStringList csv = context.parser().values(QStringLiteral("csv"));
    if (csv.isEmpty())
        throw Error(ErrorKind::Usage, Text::tr("give at least one --csv FILE"));
    const Ed25519SigningKey key = readSigningKey(context.requiredValue(QStringLiteral("key")));
    const QString retain = context.parser().value(QStringLiteral("retain-until"));
    const QDate retainUntil =
        retain.isEmpty() ? QDate::currentDate().addYears(1) : QDate::fromString(retain, Qt::ISODate);
    if (!retainUntil.isValid())
        throw Error(ErrorKind::Usage, Text::tr("--retain-until takes a date: YYYY-MM-DD"));
    const QString producer = context.parser().value(QStringLiteral("producer"));
    const PackageManifest manifest =
        DataPackage::build(context.requiredValue(QStringLiteral("out")), dataset, schema->version,
                           producer.isEmpty() ? keyFingerprint(key.publicKey()) : producer, retainUntil, csv, key);
    if (context.json()) {
        context.printJson(QJsonDocument::fromJson(manifest.toJson()));
        return 0;
    }
    context.out() << Text::tr("Package %1 written: %2 rows of %3, kept until %4.")
                         .arg(manifest.id)
                         .arg(manifest.totalRows())
                         .arg(dataset, retainUntil.toString(Qt::ISODate))
                  << '\n';
    return 0;
}

int packageImport(CliContext& context, const QStringList& arguments)
{
    requireArgumentCount(arguments, 1, QT_TRANSLATE_NOOP("CommandLine", "the package folder"));
    auto vault = context.unlockAsUser();
    std::signal(SIGINT, onInterrupt);
    const ImportResult result = PackageImporter(*vault).import(arguments.first(), [](const ImportProgress& progress) {
        std::fprintf(stderr, "\r%lld / %lld rows, %.0f rows/s", static_cast<long long>(progress.rows),
                     static_cast<long long>(progress.totalRows), progress.rowsPerSecond);
        return !interrupted.load();
    });
    std::signal(SIGINT, SIG_DFL);
    std::fputc('\n', stderr);
    if (context.json()) {
        context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("package"), result.packageId},
                                                    {QStringLiteral("dataset"), result.dataset},
                                                    {QStringLiteral("rows"), result.rows},
                                                    {QStringLiteral("newBeneficiaries"), result.newBeneficiaries},
                                                    {QStringLiteral("seconds"), result.seconds}}));
        return 0;
    }
    context.out() << Text::tr("Imported %1 rows of %2 from package %3 in %4 s.")
                         .arg(result.rows)
                         .arg(result.dataset, result.packageId)
                         .arg(result.seconds, 0, 'f', 1)
                  << '\n';
    return 0;
}

bool isTerminal(std::FILE* stream)
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stream)) != 0;
#else
    return isatty(fileno(stream)) != 0;
#endif
}

// Where standard output goes when it is not a terminal: the path of the regular file it was
// redirected to, or empty for a pipe (or anything else that is not a file). The guard checks a
// file's folder; a file whose path cannot be told is refused rather than written.
QString redirectedFile()
{
#ifdef Q_OS_WIN
    HANDLE handle = GetStdHandle(STD_OUTPUT_HANDLE);
    if (GetFileType(handle) != FILE_TYPE_DISK)
        return {};
    wchar_t path[32768];
    const DWORD length = GetFinalPathNameByHandleW(handle, path, 32768, FILE_NAME_NORMALIZED);
    if (length == 0 || length >= 32768)
        throw Error(ErrorKind::Denied, Text::tr("standard output is a file whose path cannot be told: use --out FILE"));
    QString name = QString::fromWCharArray(path, static_cast<qsizetype>(length));
    if (name.startsWith(QStringLiteral("\\\\?\\")))
        name = name.mid(4);
    return QDir::fromNativeSeparators(name);
#else
    struct stat info
    {};
    if (fstat(STDOUT_FILENO, &info) != 0 || !S_ISREG(info.st_mode))
        return {};
    const QString path = QFileInfo(QStringLiteral("/proc/self/fd/1")).symLinkTarget();
    if (path.isEmpty())
        throw Error(ErrorKind::Denied, Text::tr("standard output is a file whose path cannot be told: use --out FILE"));
    return path;
#endif
}

int aggregate(CliContext& context, const QStringList&)
{
    AggregateQuery query;
    query.dataset = context.requiredValue(QStringLiteral("dataset"));
    const QString dimensions = context.parser().value(QStringLiteral("dims"));
    for (const QString& dimension : dimensions.split(QLatin1Char(','), Qt::SkipEmptyParts))
        query.dimensions << dimension.trimmed();
    query.measures = parseMeasures(context.parser().value(QStringLiteral("measures")));
    for (const QString& filter : context.parser().values(QStringLiteral("filter")))
        query.filters.push_back(parseFilter(filter));
    const QString formatName =
        context.json() ? QStringLiteral("json") : context.parser().value(QStringLiteral("format"));
    if (formatName != QLatin1String("csv") && formatName != QLatin1String("json"))
        throw Error(ErrorKind::Usage, Text::tr("--format takes csv or json"));
    const ExportFormat format = formatName == QLatin1String("csv") ? ExportFormat::Csv : ExportFormat::Json;
    const QString outFile = context.parser().value(QStringLiteral("out"));
    // Decided before anything is computed: a refusal costs no query.
    const bool toTerminal = outFile.isEmpty() && isTerminal(stdout);
    const QString stdoutFile = outFile.isEmpty() && !toTerminal ? redirectedFile() : QString();

    auto vault = context.unlockAsUser();
    std::signal(SIGINT, onInterrupt);
    Aggregates aggregates(*vault);
    aggregates.setReadAhead(AggregateEngine::ReadAhead::Nothing); // one query per process
    // Progress is for a person watching; a script reading standard error gets only errors.
    const bool showProgress = isTerminal(stderr);
    const AggregateResult result = aggregates.run(
        query,
        [showProgress](const AggregateProgress& progress) {
            if (showProgress)
                std::fprintf(stderr, "\r%3d %% %-40s", progress.percent, progress.step.toLocal8Bit().constData());
        },
        &interrupted);
    std::signal(SIGINT, SIG_DFL);
    if (showProgress)
        std::fputc('\n', stderr);
    // Like progress, for a person: which coarser dimension would publish more.
    if (const QString advice = result.coarserAdvice(); !advice.isEmpty() && showProgress)
        std::fprintf(stderr, "%s\n", advice.toLocal8Bit().constData());

    // On a terminal the table is shown, as the window shows it; anywhere else it leaves Écluse,
    // and goes through the guard like the window's exports: policy, allowed folders, audit.
    OutputGuard guard(*vault);
    if (!outFile.isEmpty()) {
        guard.exportTable(result, format, QDir::current().absoluteFilePath(outFile));
        std::fprintf(stderr, "%s\n", Text::tr("Exported to %1.").arg(outFile).toLocal8Bit().constData());
        return 0;
    }
    const QByteArray bytes =
        toTerminal ? OutputGuard::render(result, format) : guard.exportToStandardOutput(result, format, stdoutFile);
    if (std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stdout) !=
            static_cast<std::size_t>(bytes.size()) ||
        std::fflush(stdout) != 0)
        throw Error(ErrorKind::Other, Text::tr("cannot write to standard output"));
    return 0;
}

// "2025-01-01..2025-06-30": both ends, included.
std::pair<QDate, QDate> parsePeriod(const QString& text)
{
    const QStringList ends = text.split(QStringLiteral(".."));
    const QDate from = ends.size() == 2 ? QDate::fromString(ends.at(0), Qt::ISODate) : QDate();
    const QDate to = ends.size() == 2 ? QDate::fromString(ends.at(1), Qt::ISODate) : QDate();
    if (!from.isValid() || !to.isValid())
        throw Error(ErrorKind::Usage, Text::tr("--period takes FROM..TO, two dates YYYY-MM-DD"));
    return {from, to};
}

qint64 requestId(const QStringList& arguments)
{
    requireArgumentCount(arguments, 1, QT_TRANSLATE_NOOP("CommandLine", "one request id"));
    bool ok = false;
    const qint64 id = arguments.first().toLongLong(&ok);
    if (!ok || id < 1)
        throw Error(ErrorKind::Usage, Text::tr("'%1' is not a request id").arg(arguments.first()));
    return id;
}

int requestCreate(CliContext& context, const QStringList&)
{
    ExtractSpec spec;
    spec.dataset = context.requiredValue(QStringLiteral("dataset"));
    for (const QString& column :
         context.requiredValue(QStringLiteral("columns")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        spec.columns << column.trimmed();
    for (const QString& filter : context.parser().values(QStringLiteral("filter")))
        spec.filters.push_back(parseFilter(filter));
    std::tie(spec.periodFrom, spec.periodTo) = parsePeriod(context.requiredValue(QStringLiteral("period")));
    spec.purpose = context.requiredValue(QStringLiteral("purpose"));
    spec.project = context.requiredValue(QStringLiteral("project"));
    spec.retainUntil = QDate::fromString(context.requiredValue(QStringLiteral("until")), Qt::ISODate);
    if (!spec.retainUntil.isValid())
        throw Error(ErrorKind::Usage, Text::tr("--until takes a date: YYYY-MM-DD"));
    auto vault = context.unlockAsUser();
    const qint64 id = ExtractRequests(*vault).create(spec);
    if (context.json())
        context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("id"), id}}));
    else
        context.out() << id << '\n';
    return 0;
}

int requestList(CliContext& context, const QStringList&)
{
    auto vault = context.unlockAsUser();
    const std::vector<ExtractRequest> requests = ExtractRequests(*vault).list();
    if (context.json()) {
        QJsonArray array;
        for (const ExtractRequest& request : requests)
            array.append(request.toJson());
        context.printJson(QJsonDocument(array));
        return 0;
    }
    for (const ExtractRequest& request : requests)
        context.out() << request.id << '\t' << requestStateName(request.state) << '\t' << request.requester << '\t'
                      << request.spec.dataset << '\t' << request.spec.project << '\t'
                      << request.updatedUtc.toUTC().toString(Qt::ISODate) << '\n';
    return 0;
}

int requestShow(CliContext& context, const QStringList& arguments)
{
    const qint64 id = requestId(arguments);
    auto vault = context.unlockAsUser();
    ExtractRequests requests(*vault);
    const ExtractRequest request = requests.find(id);
    const ExtractChecks checks = requests.checks(id);
    if (context.json()) {
        QJsonObject json = request.toJson();
        json.insert(QStringLiteral("checks"), checks.toJson());
        context.printJson(QJsonDocument(json));
        return 0;
    }
    const ExtractSpec& spec = request.spec;
    QStringList filters;
    for (const Filter& filter : spec.filters)
        filters << (filter.isDateRange()
                        ? filter.column + QLatin1Char('=') +
                              (filter.from ? filter.from->toString(Qt::ISODate) : QString()) + QStringLiteral("..") +
                              (filter.to ? filter.to->toString(Qt::ISODate) : QString())
                        : filter.column + QLatin1Char('=') + filter.values.join(QLatin1Char(',')));
    QTextStream& out = context.out();
    out << Text::tr("Request %1 by %2: %3 (revision %4)")
               .arg(request.id)
               .arg(request.requester, requestStateLabel(request.state))
               .arg(request.revision)
        << '\n';
    out << Text::tr("Dataset: %1").arg(spec.dataset) << '\n';
    out << Text::tr("Columns: %1").arg(spec.columns.join(QStringLiteral(", "))) << '\n';
    out << Text::tr("Filters: %1").arg(filters.isEmpty() ? Text::tr("none") : filters.join(QStringLiteral("; ")))
        << '\n';
    out << Text::tr("Period: %1 to %2").arg(spec.periodFrom.toString(Qt::ISODate), spec.periodTo.toString(Qt::ISODate))
        << '\n';
    out << Text::tr("Purpose: %1").arg(spec.purpose) << '\n';
    out << Text::tr("Project: %1, kept until %2").arg(spec.project, spec.retainUntil.toString(Qt::ISODate)) << '\n';
    out << Text::tr("Approvals: %1")
               .arg(request.approvals.isEmpty() ? Text::tr("none") : request.approvals.join(QStringLiteral(", ")))
        << '\n';
    if (checks.masked)
        out << Text::tr("Checks on the data as it stands:") << '\n';
    else
        out << (checks.rounded ? Text::tr("Checks on the data as it stands: about %1 rows, %2 beneficiaries (rounded)")
                               : Text::tr("Checks on the data as it stands: %1 rows, %2 beneficiaries"))
                   .arg(checks.rows)
                   .arg(checks.beneficiaries)
            << '\n';
    for (const ExtractCheck& check : checks.checks) {
        const QString mark = check.outcome == CheckOutcome::Passed
                                 ? Text::tr("ok")
                                 : (check.outcome == CheckOutcome::Warning ? Text::tr("WARNING") : Text::tr("FAILED"));
        out << "  " << mark << '\t' << check.detail << '\n';
    }
    out << Text::tr("History:") << '\n';
    for (const RequestEvent& event : request.history)
        out << "  " << event.atUtc.toUTC().toString(Qt::ISODate) << '\t' << event.actor << '\t' << event.action
            << (event.comment.isEmpty() ? QString() : QStringLiteral("\t") + event.comment) << '\n';
    return 0;
}

// A release is a file of up to ExtractMaxRows rows: generous, but bounded.
constexpr qint64 MaximumReleaseBytes = qint64{1} << 31;

QByteArray readPublicKeyFile(const QString& path, QByteArray (*fromPem)(QByteArrayView))
{
    const QByteArray pem = readFileOrFail(path, 64 << 10);
    try {
        return fromPem(pem);
    } catch (const Error& error) {
        throw Error(error.kind(), Text::tr("%1: %2").arg(path, error.message()));
    }
}

int requestRelease(CliContext& context, const QStringList& arguments)
{
    const qint64 id = requestId(arguments);
    const QString out = QDir::current().absoluteFilePath(context.requiredValue(QStringLiteral("out")));
    ReleaseRecipient recipient;
    const bool passphraseFromStdin = context.isSet(QStringLiteral("passphrase-stdin"));
    if (context.isSet(QStringLiteral("recipient"))) {
        if (passphraseFromStdin)
            throw Error(ErrorKind::Usage, Text::tr("give --recipient or --passphrase-stdin, not both"));
        recipient.publicKey =
            readPublicKeyFile(context.parser().value(QStringLiteral("recipient")), x25519PublicKeyFromPem);
    }
    auto vault = context.unlockAsUser();
    // After the password's line when both come from standard input.
    if (passphraseFromStdin)
        recipient.passphrase = PasswordInput(true).read(QString());
    ExtractRequests requests(*vault);
    const ReleaseReceipt receipt = requests.release(id, out, std::move(recipient));
    const ReleaseManifest& manifest = receipt.manifest;
    if (context.json()) {
        QJsonObject json{{QStringLiteral("release"), manifest.release},
                         {QStringLiteral("request"), id},
                         {QStringLiteral("file"), out},
                         {QStringLiteral("rows"), manifest.rows},
                         {QStringLiteral("signer"), keyFingerprint(manifest.signer)},
                         {QStringLiteral("manifest"), manifest.toJson()}};
        if (!receipt.generatedPassphrase.isEmpty())
            json.insert(QStringLiteral("passphrase"),
                        QString::fromLatin1(receipt.generatedPassphrase.chars(),
                                            static_cast<qsizetype>(receipt.generatedPassphrase.size())));
        context.printJson(QJsonDocument(json));
        return 0;
    }
    context.out() << Text::tr("Release %1 of request %2: %3 rows written to %4, signed by vault key %5.")
                         .arg(manifest.release)
                         .arg(id)
                         .arg(manifest.rows)
                         .arg(QDir::toNativeSeparators(out), keyFingerprint(manifest.signer))
                  << '\n';
    if (!receipt.generatedPassphrase.isEmpty()) {
        context.out() << Text::tr("Passphrase (shown once: give it to the recipient apart from the file):") << '\n';
        context.out().flush();
        std::fwrite(receipt.generatedPassphrase.data(), 1, receipt.generatedPassphrase.size(), stdout);
        std::fputc('\n', stdout);
        std::fflush(stdout);
    }
    return 0;
}

int releaseSigner(CliContext& context, const QStringList&)
{
    auto vault = context.unlockAsUser();
    const QByteArray key = ExtractRequests(*vault).releaseSigningKey();
    const QByteArray pem = ed25519PublicKeyToPem(key);
    if (context.isSet(QStringLiteral("out"))) {
        const QString path = context.parser().value(QStringLiteral("out"));
        writeNewFile(path, pem, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        context.out() << Text::tr("Release-signing key of vault %1 (fingerprint %2) written to %3.")
                             .arg(vault->id(), keyFingerprint(key), path)
                      << '\n';
        return 0;
    }
    context.out() << QString::fromLatin1(pem);
    return 0;
}

int releaseKeygen(CliContext& context, const QStringList&)
{
    const QDir folder(context.requiredValue(QStringLiteral("out")));
    if (!QDir().mkpath(folder.path()))
        throw Error(ErrorKind::Other, Text::tr("cannot create %1").arg(folder.path()));
    SystemRandom random;
    const X25519PrivateKey key = X25519PrivateKey::generate(random);
    writeSecretFile(folder.filePath(QStringLiteral("recipient.key")), key.toPem());
    writeNewFile(folder.filePath(QStringLiteral("recipient.pub")), x25519PublicKeyToPem(key.publicKey()),
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    context.out() << Text::tr("Recipient key pair written to %1: give recipient.pub to whoever releases for you; "
                              "recipient.key is secret.")
                         .arg(folder.path())
                  << '\n';
    return 0;
}

int releaseOpen(CliContext& context, const QStringList& arguments)
{
    requireArgumentCount(arguments, 1, QT_TRANSLATE_NOOP("CommandLine", "the release file"));
    const QString source = arguments.first();
    const QString out = context.requiredValue(QStringLiteral("out"));
    const QByteArray signer =
        readPublicKeyFile(context.requiredValue(QStringLiteral("signer")), ed25519PublicKeyFromPem);
    if (QFileInfo::exists(out))
        throw Error(ErrorKind::InvalidInput, Text::tr("%1 already exists: it is not overwritten").arg(out));
    const QByteArray file = readRegularFile(source, MaximumReleaseBytes);
    // The signature and hashes first: a file that is not intact asks for no secret.
    const ReleaseManifest manifest = ReleaseFile::verify(file, signer, source);
    std::optional<X25519PrivateKey> identity;
    SecureBuffer passphrase;
    if (manifest.key.method == ReleaseKeyAccess::Method::Recipient) {
        const QString keyPath = context.requiredValue(QStringLiteral("identity"));
        const SecureBuffer pem = readSecretFile(keyPath, 64 << 10);
        try {
            identity.emplace(X25519PrivateKey::fromPem(pem));
        } catch (const Error& error) {
            throw Error(error.kind(), Text::tr("%1: %2").arg(keyPath, error.message()));
        }
    } else {
        passphrase = PasswordInput(context.isSet(QStringLiteral("passphrase-stdin")))
                         .read(Text::tr("Passphrase of release %1: ").arg(manifest.release));
    }
    const OpenedRelease opened = ReleaseFile::open(file, signer, source, identity ? nullptr : &passphrase,
                                                   identity ? &*identity : nullptr, QDate::currentDate());
    // Individual data: readable by its owner only.
    writeSecretFile(out, QByteArrayView(opened.csv.data(), static_cast<qsizetype>(opened.csv.size())));
    if (context.json()) {
        context.printJson(QJsonDocument(
            QJsonObject{{QStringLiteral("file"), out}, {QStringLiteral("manifest"), opened.manifest.toJson()}}));
        return 0;
    }
    context.out() << Text::tr(
                         "Release %1 (request %2, project %3, for %4, approved by %5) is intact: %6 rows written to "
                         "%7. Keep it until %8 at the latest.")
                         .arg(manifest.release)
                         .arg(manifest.request)
                         .arg(manifest.project, manifest.requester, manifest.approvers.join(QStringLiteral(", ")))
                         .arg(manifest.rows)
                         .arg(out, manifest.expires.toString(Qt::ISODate))
                  << '\n';
    return 0;
}

// The credentials that open a backup: --user's password, or with --recovery-key the vault's
// recovery key (and, to restore, the new password it sets), from standard input or the terminal.
BackupCredentials backupCredentials(CliContext& context, bool restoring)
{
    BackupCredentials credentials;
    credentials.user = context.user();
    credentials.isRecoveryKey = context.isSet(QStringLiteral("recovery-key"));
    if (!credentials.isRecoveryKey) {
        credentials.secret =
            context.passwords().read(Text::tr("Password for %1 in the backup: ").arg(credentials.user));
        return credentials;
    }
    credentials.secret = context.passwords().read(Text::tr("Recovery key: "));
    if (restoring)
        credentials.newPassword = readNewPassword(context, credentials.user);
    return credentials;
}

QJsonObject verificationToJson(const QString& file, const BackupVerification& result)
{
    QJsonArray checks;
    for (const VaultCheck& check : result.checks.checks)
        checks.append(checkToJson(check));
    return {{QStringLiteral("file"), file},
            {QStringLiteral("intact"), result.intact()},
            {QStringLiteral("manifest"), result.manifest.toJson()},
            {QStringLiteral("checks"), checks}};
}

int backupCreate(CliContext& context, const QStringList&)
{
    auto vault = context.unlockAsUser();
    const bool showProgress = isTerminal(stderr);
    // Ctrl-C cancels cleanly: the backup stops at its next step and leaves no file.
    std::signal(SIGINT, onInterrupt);
    const BackupResult result =
        VaultBackup(*vault).create(context.parser().value(QStringLiteral("to")), [showProgress](double done) {
            if (showProgress)
                std::fprintf(stderr, "\r%3d %%", static_cast<int>(done * 100));
            return !interrupted.load();
        });
    std::signal(SIGINT, SIG_DFL);
    if (showProgress)
        std::fputc('\n', stderr);
    if (context.json()) {
        context.printJson(
            QJsonDocument(QJsonObject{{QStringLiteral("file"), result.path},
                                      {QStringLiteral("manifest"), result.manifest.toJson()},
                                      {QStringLiteral("removed"), QJsonArray::fromStringList(result.removed)}}));
        return 0;
    }
    context.out() << Text::tr("Backup written to %1 (audit head %2).").arg(result.path).arg(result.manifest.auditHead)
                  << '\n';
    for (const QString& removed : result.removed)
        context.out() << Text::tr("Removed %1, older than BackupRetentionDays.").arg(removed) << '\n';
    return 0;
}

int backupVerify(CliContext& context, const QStringList& arguments)
{
    requireArgumentCount(arguments, 1, QT_TRANSLATE_NOOP("CommandLine", "the backup file"));
    const BackupCredentials credentials = backupCredentials(context, false);
    const BackupVerification result =
        VaultBackup::verify(arguments.first(), credentials, VaultEnvironment::system(context.policy().policy));
    if (context.json())
        context.printJson(QJsonDocument(verificationToJson(arguments.first(), result)));
    else
        for (const VaultCheck& check : result.checks.checks)
            context.out() << (check.passed ? Text::tr("ok") : Text::tr("FAILED")) << '\t' << check.name
                          << (check.detail.isEmpty() ? QString() : QStringLiteral(": ") + check.detail) << '\n';
    if (!result.intact())
        throw Error(ErrorKind::Integrity,
                    Text::tr("%1 does not verify: %2").arg(arguments.first(), result.checks.firstProblem()));
    if (!context.json())
        context.out() << Text::tr("%1 is intact: vault %2, taken %3, audit head %4.")
                             .arg(arguments.first(), result.manifest.vault,
                                  result.manifest.createdUtc.toString(Qt::ISODate))
                             .arg(result.manifest.auditHead)
                      << '\n';
    return 0;
}

int backupRestore(CliContext& context, const QStringList& arguments)
{
    requireArgumentCount(arguments, 1, QT_TRANSLATE_NOOP("CommandLine", "the backup file"));
    const BackupCredentials credentials = backupCredentials(context, true);
    const auto vault = VaultBackup::restore(arguments.first(), context.vaultFolder(), credentials,
                                            VaultEnvironment::system(context.policy().policy));
    context.out()
        << Text::tr("Vault %1 restored from %2 into %3.").arg(vault->id(), arguments.first(), context.vaultFolder())
        << '\n';
    return 0;
}

// submit, withdraw, approve, return and reject: one request, and for reviews a comment.
int requestChange(CliContext& context, const QStringList& arguments, RequestAction action)
{
    const qint64 id = requestId(arguments);
    // Only reviews define --comment.
    const bool review =
        action == RequestAction::Approve || action == RequestAction::Return || action == RequestAction::Reject;
    const QString comment = review ? context.parser().value(QStringLiteral("comment")) : QString();
    auto vault = context.unlockAsUser();
    ExtractRequests requests(*vault);
    requests.act(id, action, comment);
    const ExtractRequest after = requests.find(id);
    if (context.json())
        context.printJson(QJsonDocument(after.toJson()));
    else
        context.out() << Text::tr("Request %1 is %2.").arg(id).arg(requestStateLabel(after.state)) << '\n';
    return 0;
}

qint64 positiveNumber(const QString& text, const char* option)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < 1)
        throw Error(ErrorKind::Usage, Text::tr("%1 takes a positive whole number").arg(QString::fromLatin1(option)));
    return value;
}

// Says what the start of a demo deleted: a build interrupted earlier left it beside the vault.
void reportRemovedLeftovers(const QStringList& removed)
{
    for (const QString& folder : removed)
        std::fprintf(stderr, "%s\n",
                     Text::tr("Deleted %1, left by an interrupted demo build.").arg(folder).toLocal8Bit().constData());
}

int demoInit(CliContext& context, const QStringList&)
{
    reportRemovedLeftovers(DemoWorkstation::removeLeftovers(context.vaultFolder()));
    const bool generated = !context.parser().isSet(QStringLiteral("password-stdin"));
    const SecureBuffer password = generated ? DemoWorkstation::generatePassword()
                                            : context.passwords().read(Text::tr("Password for every demo account: "));
    Vault::requireAcceptablePassword(password);
    DemoWorkstation::Data data;
    if (context.parser().isSet(QStringLiteral("rows")))
        data.rows = positiveNumber(context.parser().value(QStringLiteral("rows")), "--rows");
    if (context.parser().isSet(QStringLiteral("seed")))
        data.seed =
            static_cast<std::uint64_t>(positiveNumber(context.parser().value(QStringLiteral("seed")), "--seed"));
    const SecureBuffer recoveryKey =
        DemoWorkstation::create(context.vaultFolder(), VaultEnvironment::system(context.policy().policy), password,
                                data, [](const QString& step, qint64 done, qint64 total) {
                                    std::fprintf(stderr, "\r%s: %lld / %lld rows", step.toLocal8Bit().constData(),
                                                 static_cast<long long>(done), static_cast<long long>(total));
                                    if (done >= total)
                                        std::fputc('\n', stderr);
                                    return true;
                                });
    const QString accounts = DemoWorkstation::accountNames().join(QStringLiteral(", "));
    if (context.json()) {
        QJsonObject json{{QStringLiteral("vault"), context.vaultFolder()},
                         {QStringLiteral("demo"), true},
                         {QStringLiteral("accounts"), QJsonArray::fromStringList(DemoWorkstation::accountNames())},
                         {QStringLiteral("recoveryKey"),
                          QString::fromLatin1(recoveryKey.chars(), static_cast<qsizetype>(recoveryKey.size()))}};
        if (generated)
            json.insert(QStringLiteral("password"),
                        QString::fromLatin1(password.chars(), static_cast<qsizetype>(password.size())));
        context.printJson(QJsonDocument(json));
        return 0;
    }
    context.out() << Text::tr("DEMO workstation created in %1 (demonstration data only).").arg(context.vaultFolder())
                  << '\n'
                  << Text::tr("Accounts: %1.").arg(accounts) << '\n';
    context.out().flush();
    if (generated) {
        std::fputs(Text::tr("Password of every account: ").toLocal8Bit().constData(), stdout);
        std::fwrite(password.data(), 1, password.size(), stdout);
        std::fputc('\n', stdout);
    }
    std::fputs(Text::tr("Recovery key: ").toLocal8Bit().constData(), stdout);
    std::fwrite(recoveryKey.data(), 1, recoveryKey.size(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
    return 0;
}

int policyShow(CliContext& context, const QStringList&)
{
    const LoadedPolicy& loaded = context.policy();
    if (context.json()) {
        QJsonArray entries;
        for (const PolicyEntry& entry : loaded.entries) {
            QJsonObject json{{QStringLiteral("key"), entry.key},
                             {QStringLiteral("value"), entry.value},
                             {QStringLiteral("origin"), originName(entry.origin)},
                             {QStringLiteral("description"), entry.description}};
            if (!entry.note.isEmpty())
                json.insert(QStringLiteral("note"), entry.note);
            entries.append(json);
        }
        context.printJson(QJsonDocument(entries));
        return 0;
    }
    for (const PolicyEntry& entry : loaded.entries) {
        context.out() << QStringLiteral("%1 = %2  [%3]").arg(entry.key, entry.value, originName(entry.origin));
        if (!entry.note.isEmpty())
            context.out() << QStringLiteral("  (%1)").arg(entry.note);
        context.out() << '\n';
    }
    return 0;
}

} // namespace

const QList<Command>& commands()
{
    static const QList<Command> all{
        {{QStringLiteral("vault"), QStringLiteral("init")},
         Text::tr("Create a vault and its first administrator; prints the recovery key once."),
         {{QStringLiteral("admin"), Text::tr("The first administrator's name."), Text::tr("NAME")},
          passwordStdinOption()},
         {},
         vaultInit},
        {{QStringLiteral("vault"), QStringLiteral("verify")},
         Text::tr("Check every page's authentication, the database structure, the key slots and the audit trail."),
         {userOption(), passwordStdinOption()},
         {},
         vaultVerify},
        {{QStringLiteral("vault"), QStringLiteral("migrate")},
         Text::tr("Rewrite a vault made by an earlier version with the page settings of new vaults (HMAC-SHA256 "
                  "instead of HMAC-SHA512): faster to read, as safe (administrators; audited)."),
         {userOption(), passwordStdinOption()},
         {},
         vaultMigrate},
        {{QStringLiteral("vault"), QStringLiteral("passwd")},
         Text::tr("Change your own password (with --password-stdin: current, then new, on two lines)."),
         {userOption(), passwordStdinOption()},
         {},
         vaultPasswd},
        {{QStringLiteral("vault"), QStringLiteral("recover")},
         Text::tr("Set a user's password with the recovery key (with --password-stdin: key, then new password)."),
         {userOption(), passwordStdinOption()},
         {},
         vaultRecover},
        {{QStringLiteral("audit"), QStringLiteral("verify")},
         Text::tr("Verify the audit trail's chain and its witnesses."),
         {userOption(), passwordStdinOption()},
         {},
         auditVerify},
        {{QStringLiteral("audit"), QStringLiteral("seal")},
         Text::tr("Seal the audit trail now (auditors and administrators): its head and the count of each action, "
                  "authenticated and handed to the witnesses. Signing in does it once a day."),
         {userOption(), passwordStdinOption()},
         {},
         auditSeal},
        {{QStringLiteral("audit"), QStringLiteral("export")},
         Text::tr("Write the audit trail to standard output, one JSON object per line."),
         {userOption(),
          passwordStdinOption(),
          {QStringLiteral("format"), Text::tr("Export format: jsonl."), Text::tr("FORMAT"), QStringLiteral("jsonl")}},
         {},
         auditExport},
        {{QStringLiteral("audit"), QStringLiteral("reseal")},
         Text::tr("Point the seal and the system log at the current head after a witness was lost (auditors)."),
         {userOption(),
          passwordStdinOption(),
          {QStringLiteral("reason"), Text::tr("Why (kept in the trail)."), Text::tr("TEXT")}},
         {},
         auditReseal},
        {{QStringLiteral("user"), QStringLiteral("enrol")},
         Text::tr("Give a user named in the habilitation manifest a key slot (administrators; with --password-stdin: "
                  "your password, then theirs)."),
         {userOption(), passwordStdinOption()},
         QStringLiteral("NAME"),
         userEnrol},
        {{QStringLiteral("habilitation"), QStringLiteral("import")},
         Text::tr(
             "Import a signed habilitation manifest (administrators); removes the slots of users who left or expired."),
         {userOption(), passwordStdinOption()},
         QStringLiteral("FILE"),
         habilitationImport},
        {{QStringLiteral("habilitation"), QStringLiteral("show")},
         Text::tr(
             "Show the habilitation manifest in force (everyone's for administrators and auditors, else your own)."),
         {userOption(), passwordStdinOption()},
         {},
         habilitationShow},
        {{QStringLiteral("habilitation"), QStringLiteral("sign")},
         Text::tr("Sign a habilitation manifest (JSON) with an authority key, for producers and tests."),
         {{QStringLiteral("key"), Text::tr("The authority's private key (PEM)."), Text::tr("KEY")},
          {QStringLiteral("in"), Text::tr("The manifest (JSON)."), Text::tr("JSON")},
          {QStringLiteral("out"), Text::tr("The signed file to write."), Text::tr("FILE")}},
         {},
         habilitationSign},
        {{QStringLiteral("authority"), QStringLiteral("keygen")},
         Text::tr("Create an Ed25519 key pair for a habilitation authority or a data producer."),
         {{QStringLiteral("out"), Text::tr("Folder for authority.key and authority.pub."), Text::tr("DIR")}},
         {},
         authorityKeygen},
        {{QStringLiteral("catalogue"), QStringLiteral("list")},
         Text::tr("The datasets of the vault, with their row counts."),
         {userOption(), passwordStdinOption()},
         {},
         catalogueList},
        {{QStringLiteral("catalogue"), QStringLiteral("show")},
         Text::tr("A dataset's columns, types, roles and code lists (with --json), and where its rows came from."),
         {userOption(), passwordStdinOption()},
         QStringLiteral("DATASET"),
         catalogueShow},
        {{QStringLiteral("package"), QStringLiteral("build")},
         Text::tr("Build a signed data package from CSV files (producers and tests)."),
         {{QStringLiteral("dataset"), Text::tr("The dataset the files hold."), Text::tr("D")},
          {QStringLiteral("csv"), Text::tr("A CSV file (repeatable)."), Text::tr("FILE")},
          {QStringLiteral("key"), Text::tr("The producer's private key (PEM)."), Text::tr("KEY")},
          {QStringLiteral("out"), Text::tr("The package folder to create."), Text::tr("PKG")},
          {QStringLiteral("producer"), Text::tr("The producer's name (default: its key's fingerprint)."),
           Text::tr("NAME")},
          {QStringLiteral("retain-until"), Text::tr("End of retention, YYYY-MM-DD (default: a year from now)."),
           Text::tr("DATE")}},
         {},
         packageBuild},
        {{QStringLiteral("package"), QStringLiteral("import")},
         Text::tr("Import a signed data package (administrators); progress on standard error, Ctrl-C cancels."),
         {userOption(), passwordStdinOption()},
         QStringLiteral("PKG"),
         packageImport},
        {{QStringLiteral("demo"), QStringLiteral("init")},
         Text::tr(
             "Create a demo workstation: demo authority, signed manifest and the accounts admin, analyst1, analyst2, "
             "steward1, steward2 and auditor, all with one password (generated and printed unless --password-stdin)."),
         {passwordStdinOption(),
          {QStringLiteral("rows"), Text::tr("Rows of synthetic claims (default 100000)."), Text::tr("N")},
          {QStringLiteral("seed"), Text::tr("Seed of the generator (default 1): the same seed gives the same data."),
           Text::tr("S")}},
         {},
         demoInit},
        {{QStringLiteral("aggregate")},
         Text::tr("An aggregate table with all its margins, protected by disclosure control (analysts with a grant); "
                  "suppressed cells are marked, never shown."),
         {userOption(),
          passwordStdinOption(),
          {QStringLiteral("dataset"), Text::tr("The dataset."), Text::tr("D")},
          {QStringLiteral("dims"), Text::tr("Up to four dimensions, comma-separated (see 'catalogue show')."),
           Text::tr("A,B")},
          {QStringLiteral("measures"),
           Text::tr("beneficiaries, records and measure columns (their sums), comma-separated."), Text::tr("M1,M2"),
           QStringLiteral("beneficiaries")},
          {QStringLiteral("filter"), Text::tr("COLUMN=V1,V2 or DATECOLUMN=FROM..TO (repeatable)."), Text::tr("F")},
          {QStringLiteral("format"), Text::tr("Output: csv or json."), Text::tr("FORMAT"), QStringLiteral("csv")},
          {QStringLiteral("out"), Text::tr("Export to this file, in a folder policy allows (ExportFolders)."),
           Text::tr("FILE")}},
         {},
         aggregate},
        {{QStringLiteral("request"), QStringLiteral("create")},
         Text::tr("Draft an extract request (analysts with an extract grant); prints its id."),
         {userOption(),
          passwordStdinOption(),
          {QStringLiteral("dataset"), Text::tr("The dataset."), Text::tr("D")},
          {QStringLiteral("columns"), Text::tr("The columns, comma-separated (see 'catalogue show')."),
           Text::tr("A,B")},
          {QStringLiteral("filter"), Text::tr("COLUMN=V1,V2 or DATECOLUMN=FROM..TO (repeatable)."), Text::tr("F")},
          {QStringLiteral("period"), Text::tr("The care period, both ends included."), Text::tr("FROM..TO")},
          {QStringLiteral("purpose"), Text::tr("What the data is for (at least 20 characters)."), Text::tr("TEXT")},
          {QStringLiteral("project"), Text::tr("The project's reference."), Text::tr("REF")},
          {QStringLiteral("until"), Text::tr("The date until which the extract may be kept."), Text::tr("DATE")}},
         {},
         requestCreate},
        {{QStringLiteral("request"), QStringLiteral("list")},
         Text::tr("Your extract requests; for stewards, every request but drafts."),
         {userOption(), passwordStdinOption()},
         {},
         requestList},
        {{QStringLiteral("request"), QStringLiteral("show")},
         Text::tr("One extract request: what it asks for, its state, approvals and history."),
         {userOption(), passwordStdinOption()},
         QStringLiteral("ID"),
         requestShow},
        {{QStringLiteral("request"), QStringLiteral("submit")},
         Text::tr("Submit your draft or returned request for review."),
         {userOption(), passwordStdinOption()},
         QStringLiteral("ID"),
         [](CliContext& context, const QStringList& arguments) {
             return requestChange(context, arguments, RequestAction::Submit);
         }},
        {{QStringLiteral("request"), QStringLiteral("withdraw")},
         Text::tr("Withdraw your request before it is approved."),
         {userOption(), passwordStdinOption()},
         QStringLiteral("ID"),
         [](CliContext& context, const QStringList& arguments) {
             return requestChange(context, arguments, RequestAction::Withdraw);
         }},
        {{QStringLiteral("request"), QStringLiteral("approve")},
         Text::tr("Approve someone else's submitted request (stewards)."),
         {userOption(),
          passwordStdinOption(),
          {QStringLiteral("comment"), Text::tr("A comment for the record."), Text::tr("TEXT")}},
         QStringLiteral("ID"),
         [](CliContext& context, const QStringList& arguments) {
             return requestChange(context, arguments, RequestAction::Approve);
         }},
        {{QStringLiteral("request"), QStringLiteral("return")},
         Text::tr("Return a submitted request to its requester for changes (stewards)."),
         {userOption(),
          passwordStdinOption(),
          {QStringLiteral("comment"), Text::tr("What to change."), Text::tr("TEXT")}},
         QStringLiteral("ID"),
         [](CliContext& context, const QStringList& arguments) {
             return requestChange(context, arguments, RequestAction::Return);
         }},
        {{QStringLiteral("request"), QStringLiteral("reject")},
         Text::tr("Reject a submitted request (stewards)."),
         {userOption(), passwordStdinOption(), {QStringLiteral("comment"), Text::tr("Why."), Text::tr("TEXT")}},
         QStringLiteral("ID"),
         [](CliContext& context, const QStringList& arguments) {
             return requestChange(context, arguments, RequestAction::Reject);
         }},
        {{QStringLiteral("request"), QStringLiteral("release")},
         Text::tr("Release your approved request as one encrypted, signed file in an allowed folder; a passphrase is "
                  "generated and printed once unless given on standard input or --recipient is used."),
         {userOption(),
          passwordStdinOption(),
          {QStringLiteral("out"), Text::tr("The release file to write."), Text::tr("FILE")},
          {QStringLiteral("passphrase-stdin"),
           Text::tr(
               "Read the release passphrase from standard input (after the password's line with --password-stdin).")},
          {QStringLiteral("recipient"), Text::tr("Encrypt for this X25519 public key (PEM) instead of a passphrase."),
           Text::tr("PUB")}},
         QStringLiteral("ID"),
         requestRelease},
        {{QStringLiteral("release"), QStringLiteral("open")},
         Text::tr("Check a release file (signature, manifest, hashes) and write its rows as CSV; needs no vault."),
         {{QStringLiteral("out"), Text::tr("The CSV file to write."), Text::tr("CSV")},
          {QStringLiteral("signer"), Text::tr("The releasing vault's signing key (PEM), from 'release signer'."),
           Text::tr("PUB")},
          {QStringLiteral("passphrase-stdin"), Text::tr("Read the passphrase from standard input.")},
          {QStringLiteral("identity"), Text::tr("The recipient's X25519 private key (PEM), for a release made for it."),
           Text::tr("KEY")}},
         QStringLiteral("FILE"),
         releaseOpen},
        {{QStringLiteral("release"), QStringLiteral("signer")},
         Text::tr("The vault's release-signing public key (PEM), for the recipients of its releases."),
         {userOption(),
          passwordStdinOption(),
          {QStringLiteral("out"), Text::tr("Write it to this file."), Text::tr("FILE")}},
         {},
         releaseSigner},
        {{QStringLiteral("release"), QStringLiteral("keygen")},
         Text::tr("Create an X25519 key pair for receiving releases (recipient.key, recipient.pub)."),
         {{QStringLiteral("out"), Text::tr("Folder for the key pair."), Text::tr("DIR")}},
         {},
         releaseKeygen},
        {{QStringLiteral("backup"), QStringLiteral("create")},
         Text::tr("Back up the vault (administrators): its encrypted pages and key slots in one signed file."),
         {userOption(),
          passwordStdinOption(),
          {QStringLiteral("to"), Text::tr("The folder to write it to (default: BackupFolder)."), Text::tr("DIR")}},
         {},
         backupCreate},
        {{QStringLiteral("backup"), QStringLiteral("verify")},
         Text::tr("Check a backup: file, signature, page authentication, integrity, key slots, audit chain (exit 3 on "
                  "any damage)."),
         {userOption(),
          passwordStdinOption(),
          {QStringLiteral("recovery-key"), Text::tr("Open it with the recovery key instead of a password.")}},
         QStringLiteral("FILE"),
         backupVerify},
        {{QStringLiteral("backup"), QStringLiteral("restore")},
         Text::tr(
             "Verify a backup, then put it in place of the vault (administrators of the backup); the current vault is "
             "kept aside until the restored one opens."),
         {userOption(),
          passwordStdinOption(),
          {QStringLiteral("recovery-key"),
           Text::tr("Open it with the recovery key, then set a new password (every password lost).")}},
         QStringLiteral("FILE"),
         backupRestore},
        {{QStringLiteral("policy"), QStringLiteral("show")},
         Text::tr("Show the policy in force: each key, its value and where it comes from."),
         {},
         {},
         policyShow},
        {{QStringLiteral("user"), QStringLiteral("revoke")},
         Text::tr("Remove a user's key slot (administrators; never the last administrator)."),
         {userOption(), passwordStdinOption()},
         QStringLiteral("NAME"),
         userRevoke},
        {{QStringLiteral("user"), QStringLiteral("list")},
         Text::tr("List the accounts of the vault (administrators)."),
         {userOption(), passwordStdinOption()},
         {},
         userList},
    };
    return all;
}

} // namespace ecluse
