#include "DemoWorkstation.h"

#include "access/Habilitation.h"
#include "common/Clock.h"
#include "crypto/Ed25519.h"
#include "crypto/Random.h"
#include "vault/Vault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ecluse {
namespace {

constexpr DemoWorkstation::Account accounts[] = {
    {"admin", "admin"},      {"analyst1", "analyst"}, {"analyst2", "analyst"},
    {"steward1", "steward"}, {"steward2", "steward"}, {"auditor", "auditor"},
};

QJsonArray grantsFor(const QString& role, int index)
{
    auto grant = [](const char* dataset, const char* level, const char* identifier) {
        return QJsonObject{{QStringLiteral("dataset"), QString::fromLatin1(dataset)},
                           {QStringLiteral("level"), QString::fromLatin1(level)},
                           {QStringLiteral("potentialIdentifier"), QString::fromLatin1(identifier)}};
    };
    if (role == QStringLiteral("analyst")) {
        // Two analysts with different potential identifiers: one at a time each (SNDS).
        return {grant("prestations", "extract", index == 1 ? "care-date" : "commune-of-residence"),
                grant("damir", "aggregate", "none")};
    }
    if (role == QStringLiteral("steward"))
        return {grant("prestations", "aggregate", "none"), grant("damir", "aggregate", "none")};
    return {};
}

QByteArray demoManifest(const QDateTime& now)
{
    QJsonArray users;
    int analysts = 0;
    for (const auto& account : accounts) {
        const QString role = QString::fromLatin1(account.role);
        users.append(QJsonObject{
            {QStringLiteral("id"), QString::fromLatin1(account.name)},
            {QStringLiteral("name"), QStringLiteral("Demo %1").arg(QString::fromLatin1(account.name))},
            {QStringLiteral("roles"), QJsonArray{role}},
            {QStringLiteral("validFrom"), now.addDays(-1).toString(Qt::ISODate)},
            {QStringLiteral("validUntil"), now.addYears(1).toString(Qt::ISODate)},
            {QStringLiteral("grants"), grantsFor(role, role == QStringLiteral("analyst") ? ++analysts : 0)},
        });
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("ecluse-habilitations")},
                                     {QStringLiteral("version"), HabilitationManifest::FormatVersion},
                                     {QStringLiteral("organisation"), QStringLiteral("Écluse demonstration")},
                                     {QStringLiteral("serial"), 1},
                                     {QStringLiteral("issued"), now.toString(Qt::ISODate)},
                                     {QStringLiteral("users"), users}})
        .toJson();
}

} // namespace

QStringList DemoWorkstation::accountNames()
{
    QStringList names;
    for (const auto& account : accounts)
        names << QString::fromLatin1(account.name);
    return names;
}

SecureBuffer DemoWorkstation::create(Vault& vault, const SecureBuffer& password)
{
    // The private keys live only for the duration of this call: nobody can sign anything for
    // this vault afterwards, demo or not.
    SystemRandom random;
    const Ed25519SigningKey authority = Ed25519SigningKey::generate(random);
    const Ed25519SigningKey producer = Ed25519SigningKey::generate(random);
    SecureBuffer recoveryKey =
        vault.create(QStringLiteral("admin"), password, DemoTrust{authority.publicKey(), producer.publicKey()});
    vault.importHabilitations(SignedHabilitations::sign(demoManifest(vault.now()), authority));
    for (const QString& name : accountNames()) {
        if (name != QStringLiteral("admin"))
            vault.enrol(name, password);
    }
    return recoveryKey;
}

SecureBuffer DemoWorkstation::generatePassword()
{
    // 16 characters from an alphabet without look-alikes: about 90 bits.
    static constexpr char alphabet[] = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    constexpr std::size_t size = sizeof alphabet - 1;
    constexpr unsigned limit = 256 - 256 % size; // rejection sampling: no modulo bias
    SystemRandom random;
    SecureBuffer password;
    while (password.size() < 16) {
        const SecureBuffer byte = random.secretBytes(1);
        if (byte.data()[0] < limit)
            password.append(static_cast<unsigned char>(alphabet[byte.data()[0] % size]));
    }
    return password;
}

} // namespace ecluse
