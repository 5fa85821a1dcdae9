#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace ecluse::test {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

// The environment of the ecluse-cli under test: `home` as its home and data folder, so that
// seals and settings stay inside the test.
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

// Runs the ecluse-cli under test (ECLUSE_CLI) as a script would, in `home`, `input` on standard
// input. A crash or a run past the timeout gives exit code -1, which no command returns.
inline CliResult runCli(const QString& home, const QStringList& arguments, const QByteArray& input = {},
                        const QMap<QString, QString>& extraEnvironment = {}, int timeoutMs = 120000)
{
    QProcess process;
    process.setProcessEnvironment(cliEnvironment(home, extraEnvironment));
    process.start(qEnvironmentVariable("ECLUSE_CLI"), arguments);
    if (!process.waitForStarted())
        return {};
    process.write(input);
    process.closeWriteChannel();
    const bool finished = process.waitForFinished(timeoutMs);
    return {finished && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

// Replaces the managed policy file the test build of ecluse-cli reads; false when it cannot.
inline bool writeCliPolicy(const QString& path, const QByteArray& contents)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(contents) == contents.size();
}

} // namespace ecluse::test
