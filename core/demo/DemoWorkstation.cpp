#include "DemoWorkstation.h"

#include "access/Habilitation.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "crypto/Ed25519.h"
#include "crypto/Random.h"
#include "data/DataPackage.h"
#include "data/DemoDataGenerator.h"
#include "data/PackageImporter.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

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

// Synthetic data goes through the real path: CSV files, a package signed by the demo
// producer, the importer with all its checks. Nothing here is trusted because it is a demo.
void importDemoData(Vault& vault, const Ed25519SigningKey& producer, const DemoWorkstation::Data& data,
                    const std::function<bool(const QString&, qint64, qint64)>& progress)
{
    QTemporaryDir work; // synthetic data only, removed on return
    if (!work.isValid())
        throw Error(ErrorKind::Other, QStringLiteral("cannot create a temporary folder for the demo data"));
    const QString prestationsCsv = work.filePath(QStringLiteral("prestations.csv"));
    const QString damirCsv = work.filePath(QStringLiteral("damir.csv"));
    {
        QFile prestations(prestationsCsv);
        QFile damir(damirCsv);
        if (!prestations.open(QIODevice::WriteOnly) || !damir.open(QIODevice::WriteOnly))
            throw Error(ErrorKind::Other, QStringLiteral("cannot write the demo data"));
        const QDate today = vault.now().date();
        DemoDataGenerator({data.rows, data.seed, QDate(today.year() - 2, 1, 1), QDate(today.year() - 1, 12, 31)})
            .write(prestations, &damir, [&](qint64 rows) {
                return !progress ||
                       progress(QCoreApplication::translate("ecluse::DemoWorkstation", "Generating"), rows, data.rows);
            });
    }
    const QDate retainUntil = vault.now().date().addYears(1);
    for (const auto& [dataset, csv] :
         {std::pair{QStringLiteral("prestations"), prestationsCsv}, std::pair{QStringLiteral("damir"), damirCsv}}) {
        const QString folder = work.filePath(dataset + QStringLiteral("-package"));
        DataPackage::build(folder, dataset, 1, QStringLiteral("Écluse demonstration producer"), retainUntil, {csv},
                           producer);
        // An init-capture: clang before 16 cannot capture a structured binding itself.
        PackageImporter(vault).import(folder, [&, name = dataset](const ImportProgress& step) {
            return !progress ||
                   progress(QCoreApplication::translate("ecluse::DemoWorkstation", "Importing %1").arg(name), step.rows,
                            step.totalRows);
        });
    }
}

} // namespace

QStringList DemoWorkstation::accountNames()
{
    QStringList names;
    for (const auto& account : accounts)
        names << QString::fromLatin1(account.name);
    return names;
}

SecureBuffer DemoWorkstation::create(Vault& vault, const SecureBuffer& password, const Data& data,
                                     const std::function<bool(const QString&, qint64, qint64)>& progress)
{
    if (data.rows < 1)
        throw Error(ErrorKind::InvalidInput,
                    QCoreApplication::translate("ecluse::DemoWorkstation", "the demo needs at least one row of data"));
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
    importDemoData(vault, producer, data, progress);
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
