#include "Startup.h"

#include "crypto/OpenSslVersion.h"
#include "crypto/SecureBuffer.h"
#include "policy/PolicySource.h"
#include "storage/SqlCipher.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QDir>

namespace ecluse {
namespace {

// This file's messages, under the "Startup" context that lupdate files them in too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Startup)
};

} // namespace

void checkRuntime()
{
    requireSqlCipher4();
    // Best effort: without a locked heap keys still get cleansed, they may just be swapped out.
    initialiseSecureHeap();
}

QString versionReport()
{
    return Text::tr("Écluse %1, SQLCipher %2 (SQLite %3), %4")
        .arg(QStringLiteral(ECLUSE_VERSION), sqlcipherVersion(), sqliteVersion(), openSslVersion());
}

QString resolveVaultFolder(const QString& given)
{
    if (!given.isEmpty())
        return QDir::cleanPath(QDir::current().absoluteFilePath(given));
    const QString fromEnvironment = qEnvironmentVariable("ECLUSE_VAULT");
    if (!fromEnvironment.isEmpty())
        return QDir::cleanPath(QDir::current().absoluteFilePath(fromEnvironment));
    return Vault::defaultFolder();
}

LoadedPolicy loadMachinePolicy(const PolicyLocations& where)
{
    const auto managed = systemPolicySource(where.managedFile);
    const UserPolicy user = readUserPolicy(where.userFile);
    LoadedPolicy loaded = loadPolicy(*managed, &user.source);
    if (!user.note.isEmpty())
        loaded.notes.prepend(user.note);
    return loaded;
}

QString policyFailureText(const Error& error)
{
    return Text::tr("Écluse cannot apply the policy your organisation set for this computer, and "
                    "will not run without it.\n\n%1\n\nAsk your administrator to correct it.")
        .arg(error.message());
}

} // namespace ecluse
