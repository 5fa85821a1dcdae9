#include "CliContext.h"

#include "common/Error.h"
#include "vault/Vault.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace ecluse {

namespace {

// This file's messages, under the "CliContext" context that lupdate files them in too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)
};

QStringList namesOf(const QList<QCommandLineOption>& options)
{
    QStringList names;
    for (const QCommandLineOption& option : options)
        names += option.names();
    return names;
}

} // namespace

CliContext::CliContext(QString vaultFolder, LoadedPolicy policy, const QCommandLineParser& parser,
                       const QList<QCommandLineOption>& definedOptions)
    : m_vaultFolder(std::move(vaultFolder))
    , m_policy(std::move(policy))
    , m_parser(parser)
    , m_definedOptions(namesOf(definedOptions))
    , m_passwords(isSet(QStringLiteral("password-stdin")))
    , m_out(stdout)
{}

bool CliContext::isSet(const QString& option) const
{
    return m_definedOptions.contains(option) && m_parser.isSet(option);
}

bool CliContext::json() const
{
    return isSet(QStringLiteral("json"));
}

std::unique_ptr<Vault> CliContext::vault() const
{
    return std::make_unique<Vault>(m_vaultFolder, VaultEnvironment::system(m_policy.policy));
}

QString CliContext::requiredValue(const QString& option) const
{
    // A command reading an option it does not define is a mistake in Commands.cpp, never the
    // user's: no "this command needs --x" they could not satisfy.
    if (!m_definedOptions.contains(option))
        throw Error(ErrorKind::Other, Text::tr("internal error: --%1 is not an option of this "
                                               "command")
                                          .arg(option));
    const QString value = m_parser.value(option);
    if (value.isEmpty())
        throw Error(ErrorKind::Usage, Text::tr("this command needs --%1").arg(option));
    return value;
}

QString CliContext::user() const
{
    return requiredValue(QStringLiteral("user"));
}

std::unique_ptr<Vault> CliContext::unlockAsUser()
{
    const QString name = user();
    auto opened = vault();
    const SecureBuffer password = m_passwords.read(Text::tr("Password for %1: ").arg(name));
    opened->unlock(name, password);
    if (opened->isDemo())
        std::fputs(Text::tr("[DEMO vault: demonstration data only]\n").toLocal8Bit().constData(), stderr);
    return opened;
}

void CliContext::printJson(const QJsonDocument& document)
{
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

} // namespace ecluse
