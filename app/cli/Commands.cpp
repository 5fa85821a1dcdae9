#include "Commands.h"

#include "CliContext.h"
#include "audit/AuditTrail.h"
#include "common/Error.h"
#include "vault/Vault.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

namespace ecluse {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ecluse::Commands", text);
}

QCommandLineOption userOption()
{
    return {QStringLiteral("user"), tr("Act as this user."), tr("NAME")};
}

QCommandLineOption passwordStdinOption()
{
    return {QStringLiteral("password-stdin"), tr("Read passwords from standard input, one per line.")};
}

void requireArgumentCount(const QStringList& arguments, qsizetype count, const char* what)
{
    if (arguments.size() != count)
        throw Error(ErrorKind::Usage, tr("expected %1").arg(tr(what)));
}

SecureBuffer readNewPassword(CliContext& context, const QString& user)
{
    SecureBuffer password = context.passwords().read(tr("New password for %1: ").arg(user));
    if (!context.parser().isSet(QStringLiteral("password-stdin"))) {
        const SecureBuffer again = context.passwords().read(tr("Repeat the new password: "));
        if (!password.equals(again))
            throw Error(ErrorKind::InvalidInput, tr("the two passwords differ"));
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
    context.out() << tr("Vault created in %1 for administrator %2.").arg(context.vaultFolder(), admin) << '\n'
                  << tr("Recovery key (shown once: write it down and keep it apart from the workstation):") << '\n';
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
            context.out() << (check.passed ? tr("ok    ") : tr("FAIL  ")) << check.name << ": " << check.detail << '\n';
    }
    if (!result.intact())
        throw Error(ErrorKind::Integrity, result.firstProblem());
    return 0;
}

int vaultPasswd(CliContext& context, const QStringList&)
{
    const QString user = context.user();
    auto vault = context.vault();
    const SecureBuffer current = context.passwords().read(tr("Current password for %1: ").arg(user));
    vault->unlock(user, current);
    const SecureBuffer fresh = readNewPassword(context, user);
    vault->changePassword(current, fresh);
    if (!context.json())
        context.out() << tr("Password changed for %1.").arg(user) << '\n';
    return 0;
}

int vaultRecover(CliContext& context, const QStringList&)
{
    const QString user = context.user();
    auto vault = context.vault();
    const SecureBuffer recoveryKey = context.passwords().read(tr("Recovery key: "));
    const SecureBuffer fresh = readNewPassword(context, user);
    vault->recover(recoveryKey, user, fresh);
    if (!context.json())
        context.out() << tr("New password set for %1 with the recovery key.").arg(user) << '\n';
    return 0;
}

int auditVerify(CliContext& context, const QStringList&)
{
    auto vault = context.unlockAsUser();
    const AuditVerification result = vault->verifyAudit();
    if (context.json()) {
        context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("intact"), result.intact},
                                                    {QStringLiteral("entries"), result.entries},
                                                    {QStringLiteral("firstBroken"), result.firstBrokenSequence},
                                                    {QStringLiteral("problem"), result.problem}}));
    } else if (result.intact) {
        context.out() << tr("Audit trail intact: %1 entries.").arg(result.entries) << '\n';
    }
    if (!result.intact)
        throw Error(ErrorKind::Integrity, result.problem);
    return 0;
}

int auditExport(CliContext& context, const QStringList&)
{
    const QString format = context.parser().value(QStringLiteral("format"));
    if (format != QStringLiteral("jsonl"))
        throw Error(ErrorKind::Usage, tr("unknown export format '%1': the formats are jsonl").arg(format));
    auto vault = context.unlockAsUser();
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        throw Error(ErrorKind::Other, tr("cannot write to standard output"));
    vault->exportAudit(out, QStringLiteral("stdout"));
    return 0;
}

int auditReseal(CliContext& context, const QStringList&)
{
    const QString reason = context.requiredValue(QStringLiteral("reason"));
    auto vault = context.unlockAsUser();
    vault->resealAudit(reason);
    if (!context.json())
        context.out() << tr("Audit trail resealed; the reason is in the trail.") << '\n';
    return 0;
}

int userEnrol(CliContext& context, const QStringList& arguments)
{
    requireArgumentCount(arguments, 1, "one user name");
    const QStringList roles = context.parser().values(QStringLiteral("role"));
    if (roles.isEmpty())
        throw Error(ErrorKind::Usage, tr("give the new user at least one --role"));
    auto vault = context.unlockAsUser();
    vault->require(Action::ManageAccounts);
    const SecureBuffer password = readNewPassword(context, arguments.first());
    vault->enrol(arguments.first(), roles, password);
    if (!context.json())
        context.out() << tr("Enrolled %1 (%2).").arg(arguments.first(), roles.join(QStringLiteral(", "))) << '\n';
    return 0;
}

int userRevoke(CliContext& context, const QStringList& arguments)
{
    requireArgumentCount(arguments, 1, "one user name");
    auto vault = context.unlockAsUser();
    vault->revoke(arguments.first());
    if (!context.json())
        context.out() << tr("Revoked %1: their key slot is gone.").arg(arguments.first()) << '\n';
    return 0;
}

int userList(CliContext& context, const QStringList&)
{
    auto vault = context.unlockAsUser();
    QJsonArray list;
    for (const Account& account : vault->accounts()) {
        if (context.json()) {
            list.append(QJsonObject{{QStringLiteral("name"), account.name},
                                    {QStringLiteral("roles"), QJsonArray::fromStringList(account.roles)},
                                    {QStringLiteral("created"), account.createdUtc.toString(Qt::ISODate)}});
        } else {
            context.out() << account.name << '\t' << account.roles.join(QLatin1Char(',')) << '\t'
                          << account.createdUtc.toString(Qt::ISODate) << '\n';
        }
    }
    if (context.json())
        context.printJson(QJsonDocument(list));
    return 0;
}

} // namespace

const QList<Command>& commands()
{
    static const QList<Command> all{
        {{QStringLiteral("vault"), QStringLiteral("init")},
         tr("Create a vault and its first administrator; prints the recovery key once."),
         {{QStringLiteral("admin"), tr("The first administrator's name."), tr("NAME")}, passwordStdinOption()},
         {},
         vaultInit},
        {{QStringLiteral("vault"), QStringLiteral("verify")},
         tr("Check every page's authentication, the database structure, the key slots and the audit trail."),
         {userOption(), passwordStdinOption()},
         {},
         vaultVerify},
        {{QStringLiteral("vault"), QStringLiteral("passwd")},
         tr("Change your own password (with --password-stdin: current, then new, on two lines)."),
         {userOption(), passwordStdinOption()},
         {},
         vaultPasswd},
        {{QStringLiteral("vault"), QStringLiteral("recover")},
         tr("Set a user's password with the recovery key (with --password-stdin: key, then new password)."),
         {userOption(), passwordStdinOption()},
         {},
         vaultRecover},
        {{QStringLiteral("audit"), QStringLiteral("verify")},
         tr("Verify the audit trail's chain and its witnesses."),
         {userOption(), passwordStdinOption()},
         {},
         auditVerify},
        {{QStringLiteral("audit"), QStringLiteral("export")},
         tr("Write the audit trail to standard output, one JSON object per line."),
         {userOption(),
          passwordStdinOption(),
          {QStringLiteral("format"), tr("Export format: jsonl."), tr("FORMAT"), QStringLiteral("jsonl")}},
         {},
         auditExport},
        {{QStringLiteral("audit"), QStringLiteral("reseal")},
         tr("Point the seal and the system log at the current head after a witness was lost (auditors)."),
         {userOption(), passwordStdinOption(), {QStringLiteral("reason"), tr("Why (kept in the trail)."), tr("TEXT")}},
         {},
         auditReseal},
        {{QStringLiteral("user"), QStringLiteral("enrol")},
         tr("Give a new user a key slot (administrators; with --password-stdin: your password, then theirs)."),
         {userOption(),
          passwordStdinOption(),
          {QStringLiteral("role"), tr("A role of the new user (repeatable): analyst, steward, auditor, admin."),
           tr("ROLE")}},
         QStringLiteral("NAME"),
         userEnrol},
        {{QStringLiteral("user"), QStringLiteral("revoke")},
         tr("Remove a user's key slot (administrators; never the last administrator)."),
         {userOption(), passwordStdinOption()},
         QStringLiteral("NAME"),
         userRevoke},
        {{QStringLiteral("user"), QStringLiteral("list")},
         tr("List the accounts of the vault (administrators)."),
         {userOption(), passwordStdinOption()},
         {},
         userList},
    };
    return all;
}

} // namespace ecluse
