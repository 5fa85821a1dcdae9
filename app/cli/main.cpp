// ecluse-cli: the command line administrators script against. Exit codes: 0 success,
// 1 usage, 2 authentication or permission, 3 integrity, 4 invalid input, 5 anything else.

#include "CliContext.h"
#include "Commands.h"
#include "common/Error.h"
#include "i18n/Translations.h"
#include "policy/PolicySource.h"
#include "startup/PolicyPath.h"
#include "startup/ProcessHardening.h"
#include "startup/Startup.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace ecluse;

namespace {

// This file's messages, under the "CommandLine" context that lupdate files them in too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

// Messages quote what they refuse: nothing in them may drive the terminal, and a NUL must not
// cut them short.
void printLine(const QString& message)
{
    const QByteArray line = QByteArrayLiteral("ecluse-cli: ") + ecluse::printableText(message).toLocal8Bit() + '\n';
    std::fwrite(line.constData(), 1, static_cast<std::size_t>(line.size()), stderr);
}

void printError(const QString& message)
{
    printLine(message);
}

void printNote(const QString& message)
{
    printLine(Text::tr("note: %1").arg(message));
}

QList<QCommandLineOption> globalOptions()
{
    return {
        {QStringLiteral("vault"),
         Text::tr("The vault folder (default: $ECLUSE_VAULT, else the application data folder)."), Text::tr("DIR")},
        {QStringLiteral("json"), Text::tr("Machine-readable output.")},
        {QStringLiteral("version"), Text::tr("Print the versions of Écluse, SQLCipher and OpenSSL.")},
        {{QStringLiteral("h"), QStringLiteral("help")}, Text::tr("Show help.")},
    };
}

// The command words are the leading positional arguments, skipping global options and their values.
QStringList commandWords(const QStringList& arguments)
{
    QStringList words;
    for (qsizetype i = 1; i < arguments.size() && words.size() < 2; ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QStringLiteral("--vault")) {
            ++i;
            continue;
        }
        if (argument.startsWith(QLatin1Char('-')))
            continue;
        words << argument;
    }
    return words;
}

QString usage()
{
    QString text = Text::tr("Usage: ecluse-cli [--vault DIR] [--json] COMMAND [OPTIONS]\n\nCommands:\n");
    for (const Command& command : commands()) {
        const QString name = (command.words.join(QLatin1Char(' ')) + QLatin1Char(' ') + command.arguments).trimmed();
        text += QStringLiteral("  %1\n      %2\n").arg(name, -24).arg(command.summary);
    }
    text += Text::tr("\nRun 'ecluse-cli COMMAND --help' for a command's options.\n");
    return text;
}

int run(const QStringList& arguments)
{
    const QStringList words = commandWords(arguments);
    const Command* command = nullptr;
    // The longest command whose words start the line: "aggregate --user u" reads "u" as a word,
    // since option values cannot be told from words before the command's options are known.
    for (const Command& candidate : commands()) {
        if (words.mid(0, candidate.words.size()) == candidate.words &&
            (!command || candidate.words.size() > command->words.size()))
            command = &candidate;
    }

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(globalOptions());
    if (command)
        parser.addOptions(command->options);
    if (!parser.parse(arguments))
        throw Error(ErrorKind::Usage, parser.errorText());

    if (parser.isSet(QStringLiteral("version"))) {
        checkRuntime();
        std::printf("%s\n", versionReport().toLocal8Bit().constData());
        return 0;
    }
    if (!command) {
        if (parser.isSet(QStringLiteral("help")) || words.isEmpty()) {
            std::printf("%s", usage().toLocal8Bit().constData());
            return words.isEmpty() && !parser.isSet(QStringLiteral("help")) ? 1 : 0;
        }
        throw Error(ErrorKind::Usage,
                    Text::tr("unknown command '%1'; run 'ecluse-cli --help'").arg(words.join(QLatin1Char(' '))));
    }
    if (parser.isSet(QStringLiteral("help"))) {
        parser.setApplicationDescription(command->summary);
        parser.addPositionalArgument(command->words.join(QLatin1Char(' ')), QString());
        std::printf("%s", parser.helpText().toLocal8Bit().constData());
        return 0;
    }

    checkRuntime();
    // Every command, `policy show` included, stops here when managed policy cannot be read in
    // full (exit 3): showing or applying defaults would lift the organisation's rules. --version
    // and --help, above, apply no rule and stay available to whoever repairs it.
    LoadedPolicy policy = loadMachinePolicy(machinePolicyLocations());
    for (const QString& note : policy.notes)
        printNote(note);
    CliContext context(resolveVaultFolder(parser.value(QStringLiteral("vault"))), std::move(policy), parser,
                       globalOptions() + command->options);
    return command->run(context, parser.positionalArguments().mid(command->words.size()));
}

} // namespace

int main(int argc, char* argv[])
{
    hardenProcess();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ecluse"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ECLUSE_VERSION));
    try {
        // Before the first message: the user's choice of language, else the system's.
        const Translations translations(interfaceLanguage(readLanguagePreference(userSettingsPath())));
        return run(QCoreApplication::arguments());
    } catch (const Error& error) {
        printError(error.message());
        return error.exitCode();
    } catch (const std::exception& error) {
        printError(QString::fromLocal8Bit(error.what()));
        return static_cast<int>(ErrorKind::Other);
    }
}
