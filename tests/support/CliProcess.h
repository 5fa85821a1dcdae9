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

// Runs the ecluse-cli under test (ECLUSE_CLI) as a script would, with `home` as its home and
// data folder so that seals and settings stay inside the test, `input` on standard input.
inline CliResult runCli(const QString& home, const QStringList& arguments, const QByteArray& input = {},
                        const QMap<QString, QString>& extraEnvironment = {}, int timeoutMs = 120000)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("ECLUSE_VAULT"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), QDir(home).filePath(QStringLiteral("data")));
    for (auto it = extraEnvironment.begin(); it != extraEnvironment.end(); ++it)
        env.insert(it.key(), it.value());
    process.setProcessEnvironment(env);
    process.start(qEnvironmentVariable("ECLUSE_CLI"), arguments);
    if (!process.waitForStarted())
        return {};
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(timeoutMs);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// Replaces the managed policy file the test build of ecluse-cli reads; false when it cannot.
inline bool writeCliPolicy(const QString& path, const QByteArray& contents)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(contents) == contents.size();
}

} // namespace ecluse::test
