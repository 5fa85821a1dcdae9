#pragma once

#include "CliProcess.h"
#include "TestAuthority.h"
#include "audit/SealFileWitness.h"
#include "common/Clock.h"
#include "crypto/Random.h"
#include "vault/Vault.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace ecluse::test {

// A workstation as ecluse-cli finds it, prepared in this process so that many cases can start
// from copies of one: a home whose data folder holds the audit seal, the vault folder in that home,
// and an authority that the managed policy trusts for habilitations and for packages. The slots
// prepared here use the cheapest scrypt cost the key-slot format accepts, so that each command's
// sign-in is quick; slots the command line writes itself use its own cost.
class CliWorkstation
{
public:
    CliWorkstation()
    {
        const SecureBuffer pem = m_authority.key().toPem();
        QFile file(keyFile());
        if (file.open(QIODevice::WriteOnly))
            file.write(pem.chars(), static_cast<qint64>(pem.size()));
    }

    const TestAuthority& authority() const { return m_authority; }
    // The authority's private key (PEM), for --key.
    QString keyFile() const { return m_root.filePath(QStringLiteral("authority.key")); }
    // A folder of this test's own, removed with the workstation.
    QString scratch(const QString& name) const { return m_root.filePath(name); }

    // The managed policy: the authority is trusted for habilitations and for packages.
    QByteArray policy() const
    {
        const QByteArray key = m_authority.publicKey().toBase64();
        return "TrustedAuthorityKeys=" + key + "\nTrustedProducerKeys=" + key + "\n";
    }

    static QString vaultFolder(const QString& home) { return QDir(home).filePath(QStringLiteral("vault")); }
    // Where ecluse-cli keeps seals when XDG_DATA_HOME is <home>/data.
    static QString sealFolder(const QString& home) { return QDir(home).filePath(QStringLiteral("data/ecluse/seals")); }
    static QString password(const QString& user) { return user + QStringLiteral(" pass phrase"); }
    // The line a user types at the password prompt.
    static QByteArray passwordLine(const QString& user) { return (password(user) + QLatin1Char('\n')).toUtf8(); }

    VaultEnvironment environment(const QString& home) const
    {
        VaultEnvironment env;
        env.clock = std::make_shared<SystemClock>(); // the command line checks habilitations against real time
        env.random = std::make_shared<SystemRandom>();
        env.witnesses = {std::make_shared<SealFileWitness>(sealFolder(home))};
        env.passwordKdf = ScryptParams{1u << 14, 8, 1};
        env.policy.trustedAuthorityKeys = {m_authority.publicKey()};
        env.policy.trustedProducerKeys = {m_authority.publicKey()};
        return env;
    }

    // Creates the vault in `home` as "admin", imports the standard manifest (serial 1) and enrols
    // `enrolled`; returns it unlocked as admin.
    std::unique_ptr<Vault> create(const QString& home, const QStringList& enrolled) const
    {
        auto vault = std::make_unique<Vault>(vaultFolder(home), environment(home));
        vault->create(QStringLiteral("admin"), secret(QStringLiteral("admin")));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        vault->importHabilitations(m_authority.sign(1, TestAuthority::standardUsers(now), now));
        for (const QString& user : enrolled)
            vault->enrol(user, secret(user));
        return vault;
    }

    static SecureBuffer secret(const QString& user)
    {
        const QByteArray text = password(user).toUtf8();
        return SecureBuffer(text.constData(), static_cast<std::size_t>(text.size()));
    }

    // Runs ecluse-cli in `home` on its vault folder.
    static CliResult run(const QString& home, const QStringList& arguments, const QByteArray& input = {})
    {
        return runCli(home, QStringList{QStringLiteral("--vault"), vaultFolder(home)} + arguments, input, {}, 60000);
    }

    // `words` as `user`, who types their password.
    static CliResult runAs(const QString& home, const QString& user, const QStringList& words)
    {
        return run(home, words + QStringList{QStringLiteral("--user"), user, QStringLiteral("--password-stdin")},
                   passwordLine(user));
    }

    // The whole audit trail, as auditor1 exports it; `problem` gets the error if the export fails.
    static QList<QJsonObject> auditTrail(const QString& home, QString* problem)
    {
        const CliResult exported = runAs(
            home, QStringLiteral("auditor1"),
            {QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("jsonl")});
        if (exported.exitCode != 0)
            *problem = exported.err;
        QList<QJsonObject> entries;
        for (const QString& line : exported.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            entries << QJsonDocument::fromJson(line.toUtf8()).object();
        return entries;
    }

    // Copies a prepared home (vault folder and seals) to `to`, which must not exist yet.
    static void copyHome(const QString& from, const QString& to)
    {
        QVERIFY2(QDir().mkpath(to), qPrintable(to));
        QDirIterator it(from, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QFileInfo entry(it.next());
            const QString target = QDir(to).filePath(QDir(from).relativeFilePath(entry.filePath()));
            if (entry.isDir())
                QVERIFY2(QDir().mkpath(target), qPrintable(target));
            else
                QVERIFY2(QFile::copy(entry.filePath(), target), qPrintable(entry.filePath()));
        }
    }

private:
    QTemporaryDir m_root;
    TestAuthority m_authority;
};

} // namespace ecluse::test
