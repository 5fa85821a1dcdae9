#pragma once

#include "PasswordInput.h"
#include "policy/PolicyLoader.h"

#include <QCommandLineOption>
#include <QJsonDocument>
#include <QTextStream>

#include <memory>

class QCommandLineParser;

namespace ecluse {

class Vault;

// What every command gets: where the vault is, how to print, how to read secrets.
class CliContext
{
public:
    // definedOptions: every option `parser` was given, the global ones and the command's.
    CliContext(QString vaultFolder, LoadedPolicy policy, const QCommandLineParser& parser,
               const QList<QCommandLineOption>& definedOptions);

    const QString& vaultFolder() const { return m_vaultFolder; }
    const QCommandLineParser& parser() const { return m_parser; }
    // Whether an option was given. Asked about one the command does not define, it says false
    // without asking the parser, which would complain on standard error ("option not defined").
    bool isSet(const QString& option) const;
    bool json() const;
    PasswordInput& passwords() { return m_passwords; }
    const LoadedPolicy& policy() const { return m_policy; }

    // A vault object for the folder; locked until a command unlocks it.
    std::unique_ptr<Vault> vault() const;
    // Unlocks as --user with a password from standard input or the terminal.
    std::unique_ptr<Vault> unlockAsUser();
    // The --user option; a usage error when it is missing.
    QString user() const;
    QString requiredValue(const QString& option) const;

    QTextStream& out() { return m_out; }
    void printJson(const QJsonDocument& document);

private:
    QString m_vaultFolder;
    LoadedPolicy m_policy;
    const QCommandLineParser& m_parser;
    QStringList m_definedOptions; // every name of every option, global or the command's
    PasswordInput m_passwords;
    QTextStream m_out;
};

} // namespace ecluse
