#pragma once

#include "storage/PgConnection.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace ecluse::test {

// The throwaway PostgreSQL cluster a POSTGRES test runs in (ecluse_add_test ... POSTGRES, which
// starts scripts/pg-test-cluster.sh run around the test): its port, its test authority, and a
// client certificate per workstation role (ws_a, ws_b; "intruder" holds one from another
// authority). A test checks isUp() first: run alone, outside ctest, there is no cluster.
class TestPostgres
{
public:
    TestPostgres()
    {
        m_statePath = qEnvironmentVariable("ECLUSE_TEST_PG_STATE");
        QFile state(m_statePath);
        if (m_statePath.isEmpty() || !state.open(QIODevice::ReadOnly))
            return;
        for (const QByteArray& line : state.readAll().split('\n')) {
            const qsizetype equals = line.indexOf('=');
            if (equals > 0)
                m_values.insert(QString::fromUtf8(line.left(equals)), QString::fromUtf8(line.mid(equals + 1)));
        }
    }

    bool isUp() const { return !m_values.isEmpty(); }
    QString port() const { return m_values.value(QStringLiteral("ECLUSE_TEST_PG_PORT")); }
    // The workstation roles the cluster has, each with a certificate.
    QStringList workstations() const
    {
        return m_values.value(QStringLiteral("ECLUSE_TEST_PG_WORKSTATIONS"))
            .split(QLatin1Char(','), Qt::SkipEmptyParts);
    }
    QString tlsFile(const QString& name) const
    {
        return QDir(m_values.value(QStringLiteral("ECLUSE_TEST_PG_TLS"))).filePath(name);
    }

    // What a workstation whose role is `role` puts in policy; `host` is the name it asks for.
    PgServerSettings settings(const QString& role, const QString& host = QStringLiteral("localhost")) const
    {
        PgServerSettings settings;
        settings.connection =
            QStringLiteral("host=%1 hostaddr=127.0.0.1 port=%2 dbname=ecluse user=%3").arg(host, port(), role);
        settings.authorityFile = tlsFile(QStringLiteral("ca.crt"));
        settings.certificateFile = tlsFile(role + QStringLiteral(".crt"));
        settings.keyFile = tlsFile(role + QStringLiteral(".key"));
        return settings;
    }

    // The server goes away (a network cut, a restart) and comes back on the same port.
    bool pause() const { return runScript(QStringLiteral("pause")); }
    bool resume() const { return runScript(QStringLiteral("resume")); }
    // Runs `sql` as the database's administrator: what whoever holds the server's keys could do.
    bool administer(const QString& sql) const { return runScript(QStringLiteral("admin"), {sql}); }

private:
    bool runScript(const QString& action, const QStringList& more = {}) const
    {
        QProcess script;
        script.start(qEnvironmentVariable("ECLUSE_TEST_PG_SCRIPT"), QStringList{action, m_statePath} + more);
        const bool done =
            script.waitForFinished(120'000) && script.exitStatus() == QProcess::NormalExit && script.exitCode() == 0;
        if (!done)
            qWarning("pg-test-cluster.sh %s: %s", qPrintable(action), script.readAllStandardError().constData());
        return done;
    }

    QString m_statePath;
    QHash<QString, QString> m_values;
};

} // namespace ecluse::test
