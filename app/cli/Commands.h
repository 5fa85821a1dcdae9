#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace ecluse {

class CliContext;

// One ecluse-cli command: the words that name it ("vault init"), its own options, and what it
// does. Returns the exit code; failures throw Error, whose kind gives the exit code.
struct Command
{
    QStringList words;
    QString summary;
    QList<QCommandLineOption> options;
    QString arguments; // positional arguments, for the help text ("NAME")
    std::function<int(CliContext&, const QStringList& arguments)> run;
};

const QList<Command>& commands();

} // namespace ecluse
