#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QtDebug>

#include <filesystem>
#include <system_error>

namespace ecluse::test {

struct CliResult
{
    // -1 when the process did not run to its end: it could not start, crashed or was killed for
    // taking too long. `err` then begins with what happened, so no test mistakes it for an exit.
    int exitCode = -1;
    QString out;
    QString err;
};

// The environment of a program under test: `home` as its home and data folder, so that seals
// and settings stay inside the test.
inline QProcessEnvironment cliEnvironment(const QString& home, const QMap<QString, QString>& extraEnvironment = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("ECLUSE_VAULT"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), QDir(home).filePath(QStringLiteral("data")));
    for (auto it = extraEnvironment.begin(); it != extraEnvironment.end(); ++it)
        env.insert(it.key(), it.value());
    return env;
}

// Runs `program` in `home`, `input` on standard input. A process that does not end by itself
// within timeoutMs is killed; one that crashed, hung or could not start gives exit code -1, which
// no command returns, and `err` begins with what happened.
inline CliResult runProgram(const QString& program, const QString& home, const QStringList& arguments,
                            const QByteArray& input = {}, const QMap<QString, QString>& extraEnvironment = {},
                            int timeoutMs = 120000)
{
    QProcess process;
    process.setProcessEnvironment(cliEnvironment(home, extraEnvironment));
    const QString command = QFileInfo(program).fileName() + QLatin1Char(' ') + arguments.join(QLatin1Char(' '));
    const auto failed = [&](const QString& what) {
        const QString message = QStringLiteral("%1: %2").arg(command, what);
        qWarning().noquote() << message;
        return CliResult{-1, QString::fromUtf8(process.readAllStandardOutput()),
                         message + QLatin1Char('\n') + QString::fromUtf8(process.readAllStandardError())};
    };

    process.start(program, arguments);
    if (!process.waitForStarted())
        return failed(QStringLiteral("could not be started (%1)").arg(process.errorString()));
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(10000);
        return failed(QStringLiteral("did not finish within %1 s and was killed").arg(timeoutMs / 1000.0));
    }
    if (process.exitStatus() == QProcess::CrashExit)
        return failed(QStringLiteral("crashed (%1)").arg(process.errorString()));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// Runs the ecluse-cli under test (ECLUSE_CLI) as a script would, with `home` as its home and
// data folder so that seals and settings stay inside the test, `input` on standard input.
inline CliResult runCli(const QString& home, const QStringList& arguments, const QByteArray& input = {},
                        const QMap<QString, QString>& extraEnvironment = {}, int timeoutMs = 120000)
{
    return runProgram(qEnvironmentVariable("ECLUSE_CLI"), home, arguments, input, extraEnvironment, timeoutMs);
}

// Removes whatever a test put at the policy path: a file, a FIFO, a folder and what it holds,
// a link (never what it leads to). True when nothing is left there.
inline bool removeCliPolicy(const QString& path)
{
    std::error_code error;
    std::filesystem::remove_all(std::filesystem::path(QFile::encodeName(path).toStdString()), error);
    return !error;
}

// Replaces the managed policy file the test build of ecluse-cli reads; false when it cannot.
// Whatever is at the path, a folder or a FIFO a test left, gives way to a plain file.
inline bool writeCliPolicy(const QString& path, const QByteArray& contents)
{
    QDir().mkpath(QFileInfo(path).path());
    if (!removeCliPolicy(path))
        return false;
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(contents) == contents.size();
}

} // namespace ecluse::test
