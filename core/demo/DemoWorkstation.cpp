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
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QTemporaryDir>

#include <algorithm>

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

// This file's messages, under the "DemoWorkstation" context that lupdate files them in too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DemoWorkstation)
};

// Inside a staging folder: held by the build for as long as it runs, so that a dead build's
// folder can be told from a live one's.
const QString lockFileName = QStringLiteral("build.lock");
// QTemporaryDir replaces these with letters and digits.
constexpr qsizetype uniqueSuffixLength = 6;

// The target as an absolute, clean path; its parent holds the staging folders.
QFileInfo targetOf(const QString& folder)
{
    const QFileInfo target(QDir::cleanPath(QFileInfo(folder).absoluteFilePath()));
    if (folder.trimmed().isEmpty() || target.fileName().isEmpty())
        throw Error(ErrorKind::Usage, Text::tr("'%1' cannot hold a demo vault: name a folder").arg(folder));
    return target;
}

// Hidden, beside the target and named after it, so that the leftovers of one target are found
// without touching anything else in its parent.
QString stagingPrefix(const QFileInfo& target)
{
    return QLatin1Char('.') + target.fileName() + QStringLiteral(".demo-build-");
}

bool isStagingFolderOf(const QFileInfo& target, const QString& name)
{
    const QString prefix = stagingPrefix(target);
    if (!name.startsWith(prefix) || name.size() != prefix.size() + uniqueSuffixLength)
        return false;
    return std::all_of(name.cbegin() + prefix.size(), name.cend(),
                       [](QChar c) { return c.isLetterOrNumber() && c.unicode() < 128; });
}

// A demo is built anew: an existing vault is never replaced, and files already in the folder
// are not mixed with one. An empty folder made in advance is accepted.
void requireFreeTarget(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return;
    if (info.isSymLink() || !info.isDir())
        throw Error(ErrorKind::InvalidInput,
                    Text::tr("%1 exists and is not a folder: a demo vault is created in a new folder").arg(path));
    const QDir dir(path);
    if (QFileInfo::exists(dir.filePath(Vault::KeySlotFileName)) ||
        QFileInfo::exists(dir.filePath(Vault::DatabaseFileName)))
        throw Error(ErrorKind::InvalidInput, Text::tr("a vault already exists in %1").arg(path));
    if (!info.isReadable())
        throw Error(ErrorKind::InvalidInput, Text::tr("cannot read %1 to check that it holds nothing").arg(path));
    if (!dir.isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot))
        throw Error(ErrorKind::InvalidInput,
                    Text::tr("%1 is not empty: a demo vault is created in a new or empty folder").arg(path));
}

void removeFile(const QString& path)
{
    if (!QFile::remove(path))
        throw Error(ErrorKind::Other, Text::tr("cannot delete the generated file %1").arg(path));
}

void removeFolder(const QString& path)
{
    if (!QDir(path).removeRecursively())
        throw Error(ErrorKind::Other, Text::tr("cannot delete the generated folder %1").arg(path));
}

// Everything in a staging folder but its lock, which keeps guarding the rest until the end.
void removeAllButLock(const QString& staging)
{
    const QDir dir(staging);
    for (const QFileInfo& entry :
         dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)) {
        if (entry.fileName() == lockFileName)
            continue;
        const bool removed = entry.isDir() && !entry.isSymLink() ? QDir(entry.filePath()).removeRecursively()
                                                                 : QFile::remove(entry.filePath());
        if (!removed)
            throw Error(ErrorKind::Other,
                        Text::tr("cannot delete %1, left by an interrupted demo build: delete it by hand")
                            .arg(entry.filePath()));
    }
}

// Passes progress on and remembers a request to stop: the generator only stops early, without
// saying so, and the importer's message speaks of one import, not of the demo.
class Steps
{
public:
    explicit Steps(const DemoWorkstation::Progress& progress)
        : m_progress(progress)
    {}

    bool report(const QString& step, qint64 done, qint64 total)
    {
        if (m_progress && !m_cancelled && !m_progress(step, done, total))
            m_cancelled = true;
        return !m_cancelled;
    }

    void throwIfCancelled() const
    {
        if (m_cancelled)
            throw Error(ErrorKind::Other, Text::tr("demo creation cancelled: nothing was kept"));
    }

private:
    const DemoWorkstation::Progress& m_progress;
    bool m_cancelled = false;
};

// Synthetic data goes through the real path: CSV files, a package signed by the demo
// producer, the importer with all its checks. Nothing here is trusted because it is a demo.
// The files live in `work`, inside the staging folder, and are deleted as soon as imported.
void importDemoData(Vault& vault, const Ed25519SigningKey& producer, const DemoWorkstation::Data& data,
                    const QString& work, Steps& steps)
{
    if (!QDir().mkpath(work))
        throw Error(ErrorKind::Other, Text::tr("cannot create the folder %1 for the demo data").arg(work));
    const QString prestationsCsv = QDir(work).filePath(QStringLiteral("prestations.csv"));
    const QString damirCsv = QDir(work).filePath(QStringLiteral("damir.csv"));
    {
        QFile prestations(prestationsCsv);
        QFile damir(damirCsv);
        if (!prestations.open(QIODevice::WriteOnly) || !damir.open(QIODevice::WriteOnly))
            throw Error(ErrorKind::Other, Text::tr("cannot write the demo data in %1").arg(work));
        const QDate today = vault.now().date();
        DemoDataGenerator({data.rows, data.seed, QDate(today.year() - 2, 1, 1), QDate(today.year() - 1, 12, 31)})
            .write(prestations, &damir,
                   [&](qint64 rows) { return steps.report(Text::tr("Generating"), rows, data.rows); });
        steps.throwIfCancelled();
        if (!prestations.flush() || !damir.flush())
            throw Error(ErrorKind::Other, Text::tr("cannot write the demo data in %1").arg(work));
    }
    const QDate retainUntil = vault.now().date().addYears(1);
    for (const auto& [dataset, csv] :
         {std::pair{QStringLiteral("prestations"), prestationsCsv}, std::pair{QStringLiteral("damir"), damirCsv}}) {
        const QString folder = QDir(work).filePath(dataset + QStringLiteral("-package"));
        DataPackage::build(folder, dataset, 1, QStringLiteral("Écluse demonstration producer"), retainUntil, {csv},
                           producer);
        removeFile(csv); // the package holds its own copy
        // An init-capture: clang before 16 cannot capture a structured binding itself.
        PackageImporter(vault).import(folder, [&, name = dataset](const ImportProgress& step) {
            return steps.report(Text::tr("Importing %1").arg(name), step.rows, step.totalRows);
        });
        steps.throwIfCancelled(); // the importer does not ask after its last report
        removeFolder(folder);
    }
    removeFolder(work);
}

SecureBuffer buildDemo(Vault& vault, const SecureBuffer& password, const DemoWorkstation::Data& data,
                       const QString& work, Steps& steps)
{
    // The private keys live only for the duration of this call: nobody can sign anything for
    // this vault afterwards, demo or not.
    SystemRandom random;
    const Ed25519SigningKey authority = Ed25519SigningKey::generate(random);
    const Ed25519SigningKey producer = Ed25519SigningKey::generate(random);
    SecureBuffer recoveryKey =
        vault.create(QStringLiteral("admin"), password, DemoTrust{authority.publicKey(), producer.publicKey()});
    vault.importHabilitations(SignedHabilitations::sign(demoManifest(vault.now()), authority));
    for (const QString& name : DemoWorkstation::accountNames()) {
        if (name != QStringLiteral("admin"))
            vault.enrol(name, password);
    }
    importDemoData(vault, producer, data, work, steps);
    return recoveryKey;
}

// One rename on one file system: the target is either absent or the whole vault. An empty
// folder made in advance gives way; Qt's rename never replaces what exists (renameat2 with
// RENAME_NOREPLACE on Linux), so a vault that appeared meanwhile stops the move.
void moveIntoPlace(const QString& staged, const QString& target)
{
    requireFreeTarget(target);
    QDir().rmdir(target); // only ever removes an empty folder
    QFile vaultFolder(staged);
    if (!vaultFolder.rename(target))
        throw Error(ErrorKind::Other, Text::tr("cannot move the finished demo vault from %1 to %2: %3")
                                          .arg(staged, target, vaultFolder.errorString()));
}

} // namespace

QStringList DemoWorkstation::accountNames()
{
    QStringList names;
    for (const auto& account : accounts)
        names << QString::fromLatin1(account.name);
    return names;
}

SecureBuffer DemoWorkstation::create(const QString& folder, const VaultEnvironment& environment,
                                     const SecureBuffer& password, const Data& data, const Progress& progress)
{
    if (data.rows < 1)
        throw Error(ErrorKind::InvalidInput, Text::tr("the demo needs at least one row of data"));
    const QFileInfo target = targetOf(folder);
    requireFreeTarget(target.filePath());
    if (!QDir().mkpath(target.path()))
        throw Error(ErrorKind::Other, Text::tr("cannot create the folder %1").arg(target.path()));

    // Declared in this order so that a failure or a cancel closes the vault, then drops the
    // lock, then deletes the staging folder with everything in it.
    QTemporaryDir staging(QDir(target.path()).filePath(stagingPrefix(target) + QString(uniqueSuffixLength, u'X')));
    if (!staging.isValid())
        throw Error(ErrorKind::Other, Text::tr("cannot create a staging folder for the demo in %1: %2")
                                          .arg(target.path(), staging.errorString()));
    QFile::setPermissions(staging.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QLockFile lock(staging.filePath(lockFileName));
    if (!lock.tryLock(0))
        throw Error(ErrorKind::Other, Text::tr("cannot lock the staging folder %1").arg(staging.path()));
    const QString stagedVault = staging.filePath(target.fileName());
    SecureBuffer recoveryKey;
    {
        // The vault's audit entries name the folder it was created in, this staging folder:
        // true, and the first sign-in names the final one.
        Vault vault(stagedVault, environment);
        Steps steps(progress);
        try {
            recoveryKey = buildDemo(vault, password, data, staging.filePath(QStringLiteral("data")), steps);
        } catch (const Error&) {
            steps.throwIfCancelled();
            throw;
        }
        vault.lock(); // closed before it moves: no open file may follow it
    }
    moveIntoPlace(stagedVault, target.filePath());
    // The vault is in place and no generated data is left beside it. Whatever of the staging
    // folder cannot be deleted now goes at the next start: no error may lose the recovery key.
    lock.unlock();
    staging.remove();
    return recoveryKey;
}

QStringList DemoWorkstation::removeLeftovers(const QString& folder)
{
    const QFileInfo target = targetOf(folder);
    const QFileInfo parent(target.path());
    if (!parent.exists())
        return {};
    if (!parent.isDir() || !parent.isReadable())
        throw Error(ErrorKind::Other,
                    Text::tr("cannot read %1 to look for what an interrupted demo build left").arg(parent.filePath()));
    QStringList removed;
    const QFileInfoList entries =
        QDir(parent.filePath())
            .entryInfoList(QDir::Dirs | QDir::Hidden | QDir::NoSymLinks | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo& entry : entries) {
        if (!isStagingFolderOf(target, entry.fileName()))
            continue;
        const QString path = entry.filePath();
        // A lock whose process is gone is taken over; one a live build holds is refused.
        QLockFile lock(QDir(path).filePath(lockFileName));
        if (!lock.tryLock(0)) {
            if (lock.error() == QLockFile::LockFailedError)
                continue; // a build still running
            throw Error(ErrorKind::Other,
                        Text::tr("cannot tell whether a demo build still uses %1: delete it by hand if "
                                 "none runs")
                            .arg(path));
        }
        removeAllButLock(path);
        lock.unlock();
        if (!QDir().rmdir(path))
            throw Error(ErrorKind::Other,
                        Text::tr("cannot delete %1, left by an interrupted demo build: delete it by hand").arg(path));
        removed << path;
    }
    return removed;
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
