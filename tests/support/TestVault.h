#pragma once

#include "TestAuthority.h"
#include "VaultProbe.h"
#include "audit/AuditTrail.h"
#include "audit/SealFileWitness.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "crypto/Random.h"
#include "data/DataPackage.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstring>
#include <memory>

namespace ecluse::test {

// A clock the test moves by hand.
class ManualClock final : public Clock
{
public:
    QDateTime now = QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);
    QDateTime nowUtc() const override { return now; }
};

// The actions of the vault's audit trail, in order.
inline QStringList auditActions(Vault& vault)
{
    QStringList actions;
    for (const AuditEntry& entry : test::VaultProbe::audit(vault).entries())
        actions << entry.action;
    return actions;
}

inline SecureBuffer secret(const char* text)
{
    return SecureBuffer(text, std::strlen(text));
}

// A vault folder and a seal folder in a fresh temporary directory, with scrypt at its
// cheapest acceptable cost so that tests stay fast (the cost itself is tested separately).
struct TestVault
{
    QTemporaryDir root;
    std::shared_ptr<ManualClock> clock = std::make_shared<ManualClock>();
    std::shared_ptr<SealFileWitness> seal;
    TestAuthority authority; // trusted by the policy of every vault this makes
    TestAuthority producer;  // its key signs data packages, trusted likewise
    Policy policy;
    std::shared_ptr<HeadLedger> ledger;                 // the organisation's server, when a test has one
    std::optional<PgServerSettings> organisationServer; // its request store, likewise

    TestVault()
        : seal(std::make_shared<SealFileWitness>(sealFolder()))
    {}

    QString folder() const { return QDir(root.path()).filePath(QStringLiteral("vault")); }
    QString sealFolder() const { return QDir(root.path()).filePath(QStringLiteral("seals")); }

    VaultEnvironment environment() const
    {
        VaultEnvironment env;
        env.clock = clock;
        env.random = std::make_shared<SystemRandom>();
        env.witnesses = {seal};
        env.ledger = ledger;
        env.organisationServer = organisationServer;
        env.passwordKdf = ScryptParams{1u << 14, 8, 1};
        env.policy = policy;
        env.policy.trustedAuthorityKeys.append(authority.publicKey());
        env.policy.trustedProducerKeys.append(producer.publicKey());
        return env;
    }

    std::unique_ptr<Vault> make() const { return std::make_unique<Vault>(folder(), environment()); }

    // A package of `csv` rows for `dataset`, signed by the trusted producer, in a folder of its
    // own under the test's root: ready for PackageImporter. Empty when the CSV cannot be written.
    QString package(const QByteArray& csv, const QString& dataset = QStringLiteral("prestations"))
    {
        const QDir dir(root.path());
        const QString csvPath = dir.filePath(QStringLiteral("input-%1.csv").arg(++packages));
        QFile file(csvPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size())
            return {};
        file.close();
        const QString out = dir.filePath(QStringLiteral("package-%1").arg(packages));
        DataPackage::build(out, dataset, 1, QStringLiteral("CNAM test"), QDate(2030, 12, 31), {csvPath},
                           producer.key());
        return out;
    }
    int packages = 0;

    // Creates the vault as "admin", imports the standard manifest (serial 1) and enrols the
    // users named, each with the password "<name> password"; leaves it unlocked as admin.
    std::unique_ptr<Vault> makeWithUsers(const QStringList& enrolled = {QStringLiteral("analyst1"),
                                                                        QStringLiteral("steward1"),
                                                                        QStringLiteral("auditor1")}) const
    {
        auto vault = make();
        vault->create(QStringLiteral("admin"), secret("correct horse battery staple"));
        vault->importHabilitations(authority.sign(1, TestAuthority::standardUsers(clock->now), clock->now));
        for (const QString& user : enrolled)
            vault->enrol(user, passwordOf(user));
        return vault;
    }

    static SecureBuffer passwordOf(const QString& user)
    {
        const QByteArray text = (user + QStringLiteral(" password")).toUtf8();
        return SecureBuffer(text.constData(), static_cast<std::size_t>(text.size()));
    }
};

} // namespace ecluse::test
