#include "CliWorkstation.h"
#include "TestFiles.h"
#include "common/Error.h"
#include "common/ReadFile.h"
#include "crypto/Ed25519.h"
#include "data/Catalogue.h"
#include "data/DataPackage.h"
#include "data/DatasetSchema.h"
#include "data/PackageImporter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>

#include <functional>

#include <sys/stat.h>

// Everything Écluse reads from outside, made malformed, truncated, oversized, wrongly encoded or
// hostile, through every entry point of the command line: each row names the command, how its
// input was spoilt, the exit code the README documents, what the message must name, and checks
// that the refusal changed nothing.
namespace hostile {

using ecluse::test::CliResult;
using ecluse::test::CliWorkstation;

// Where a row's inputs live: its own copy of the prepared home, and a work folder beside the
// vault for packages and files given on the command line.
struct Scene
{
    QString home;
    QString vaultId;
    QString keyFile; // the trusted authority's key, shared by every row: never spoilt

    QString vault() const { return CliWorkstation::vaultFolder(home); }
    QString work() const { return QDir(home).filePath(QStringLiteral("work")); }
    QString seal() const { return QDir(CliWorkstation::sealFolder(home)).filePath(vaultId + QStringLiteral(".seal")); }
    QString package() const { return QDir(work()).filePath(QStringLiteral("package")); }

    // The placeholders of a row's command line and expected message, as paths of this scene.
    QString expand(QString text) const
    {
        return text.replace(QStringLiteral("{keyslots}"), QDir(vault()).filePath(QStringLiteral("keyslots.json")))
            .replace(QStringLiteral("{failures}"), QDir(vault()).filePath(QStringLiteral("unlock-failures.json")))
            .replace(QStringLiteral("{vault}"), vault())
            .replace(QStringLiteral("{seal}"), seal())
            .replace(QStringLiteral("{pkg}"), package())
            .replace(QStringLiteral("{work}"), work())
            .replace(QStringLiteral("{key}"), keyFile)
            .replace(QStringLiteral("{policy}"), QStringLiteral(ECLUSE_TEST_POLICY_FILE));
    }
    QStringList expand(const QStringList& texts) const
    {
        QStringList out;
        for (const QString& text : texts)
            out << expand(text);
        return out;
    }
};

// Makes a row's hostile input in its scene.
using Prepare = std::function<void(const Scene&)>;

// A command line and what is typed on standard input.
struct Command
{
    QStringList arguments;
    QByteArray input;
};

// When the refusal comes, and so what it must leave as it was.
enum class Refused
{
    BeforeSignIn, // nothing may be written at all: the vault folder and the seal stay byte for byte
    AtSignIn,     // a failed sign-in: only the record of failed sign-ins (unlock-failures.json) changes
    AfterSignIn,  // the command unlocked: the data stays as it was, and the trail gains only the entries named
};

} // namespace hostile

Q_DECLARE_METATYPE(hostile::Prepare)
Q_DECLARE_METATYPE(hostile::Command)
Q_DECLARE_METATYPE(hostile::Refused)

namespace hostile {
namespace {

using Bytes = std::function<QByteArray(QByteArray)>;

using ecluse::test::readFile;

// Writes a file, and the folder it goes in.
void writeAll(const QString& path, const QByteArray& bytes)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    ecluse::test::writeFile(path, bytes);
}

// --- How bytes are spoilt -----------------------------------------------------------------------

Bytes unchanged()
{
    return [](QByteArray bytes) { return bytes; };
}

Bytes truncatedTo(qsizetype size)
{
    return [size](QByteArray bytes) { return bytes.left(size); };
}

Bytes truncatedByHalf()
{
    return [](QByteArray bytes) { return bytes.left(bytes.size() / 2); };
}

// Cut `offset` bytes after `marker`: in an archive, inside the entry the marker names.
Bytes truncatedAfter(QByteArray marker, qsizetype offset)
{
    return [marker, offset](QByteArray bytes) {
        const qsizetype at = bytes.indexOf(marker);
        if (at < 0)
            qFatal("marker %s not found", marker.constData());
        return bytes.left(at + offset);
    };
}

// Flips the lowest bit of the byte `offset` bytes after the last of `markers`, each searched
// after the previous one: a bit flip where it does the most harm.
Bytes flippedAfter(QList<QByteArray> markers, qsizetype offset)
{
    return [markers, offset](QByteArray bytes) {
        qsizetype at = 0;
        for (const QByteArray& marker : markers) {
            at = bytes.indexOf(marker, at);
            if (at < 0)
                qFatal("marker %s not found", marker.constData());
            at += marker.size();
        }
        bytes[at + offset] = static_cast<char>(bytes[at + offset] ^ 0x01);
        return bytes;
    };
}

// Flips the lowest bit of the byte at `fraction` of the file: in a compressed archive, past the
// first entry's header, so that the damage is found reading the entries, not guessing the format.
Bytes flippedAt(double fraction)
{
    return [fraction](QByteArray bytes) {
        const auto at = static_cast<qsizetype>(static_cast<double>(bytes.size()) * fraction);
        bytes[at] = static_cast<char>(bytes[at] ^ 0x01);
        return bytes;
    };
}

// Pads with spaces to exactly `size` bytes: still valid JSON, only too large.
Bytes paddedTo(qsizetype size)
{
    return [size](QByteArray bytes) { return bytes + QByteArray(size - bytes.size(), ' '); };
}

// UTF-16 with a byte-order mark, as a Windows editor saves it.
Bytes utf16()
{
    return [](QByteArray bytes) {
        const QString text = QString::fromUtf8(bytes);
        return QByteArray("\xff\xfe", 2) +
               QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * qsizetype(sizeof(char16_t)));
    };
}

Bytes withUtf8Bom()
{
    return [](QByteArray bytes) { return QByteArray("\xef\xbb\xbf") + bytes; };
}

Bytes withNulAfter(QByteArray marker)
{
    return [marker](QByteArray bytes) {
        const qsizetype at = bytes.indexOf(marker);
        if (at < 0)
            qFatal("marker %s not found", marker.constData());
        return bytes.insert(at + marker.size(), '\0');
    };
}

Bytes replacing(QByteArray from, QByteArray to)
{
    return [from, to](QByteArray bytes) {
        if (!bytes.contains(from))
            qFatal("'%s' not found", from.constData());
        return bytes.replace(from, to);
    };
}

// A value nested far deeper than any Écluse format goes, as an extra first member.
Bytes deeplyNested()
{
    return [](QByteArray bytes) {
        const qsizetype brace = bytes.indexOf('{');
        return bytes.left(brace + 1) + "\"deep\": " + QByteArray(100000, '[') + QByteArray(100000, ']') + ", " +
               bytes.mid(brace + 1);
    };
}

// --- How files are replaced ---------------------------------------------------------------------

using Replace = std::function<void(const QString& path, const Scene&)>;

Replace byFifo()
{
    return [](const QString& path, const Scene&) {
        QFile::remove(path);
        QVERIFY2(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0, qPrintable(path));
    };
}

Replace byFolder()
{
    return [](const QString& path, const Scene&) {
        QFile::remove(path);
        QVERIFY(QDir().mkpath(path));
    };
}

Replace byLinkTo(QString target)
{
    return [target](const QString& path, const Scene&) {
        QFile::remove(path);
        QVERIFY(QFile::link(target, path));
    };
}

// A link to an intact copy of the file, kept outside the folder the file belongs in.
Replace byLinkToACopyOutside()
{
    return [](const QString& path, const Scene& scene) {
        const QString outside = QDir(scene.home).filePath(QStringLiteral("outside-") + QFileInfo(path).fileName());
        QVERIFY(QFile::rename(path, outside));
        QVERIFY(QFile::link(outside, path));
    };
}

Replace byNothing()
{
    return [](const QString& path, const Scene&) { QVERIFY(QFile::remove(path)); };
}

// --- What the rows prepare ----------------------------------------------------------------------

// The trusted authority's key, which also signs packages.
ecluse::Ed25519SigningKey signingKey(const Scene& scene)
{
    return ecluse::Ed25519SigningKey::fromPem(ecluse::readSecretFile(scene.keyFile, 1 << 16));
}

Prepare nothing()
{
    return [](const Scene&) {};
}

Prepare editing(QString target, Bytes spoil)
{
    return [target, spoil](const Scene& scene) {
        const QString path = scene.expand(target);
        const QByteArray bytes = readFile(path);
        QVERIFY2(!bytes.isEmpty(), qPrintable(path));
        writeAll(path, spoil(bytes));
    };
}

Prepare swapping(QString target, Replace replace)
{
    return [target, replace](const Scene& scene) {
        const QString path = scene.expand(target);
        QVERIFY(QDir().mkpath(QFileInfo(path).path()));
        replace(path, scene);
    };
}

Prepare writing(QString target, QByteArray bytes)
{
    return [target, bytes](const Scene& scene) { writeAll(scene.expand(target), bytes); };
}

Prepare both(Prepare first, Prepare second)
{
    return [first, second](const Scene& scene) {
        first(scene);
        second(scene);
    };
}

const char* const claimsHeader = "BEN_NIR_PSA,BEN_SEX_COD,BEN_NAI_ANN,BEN_RES_DPT,BEN_RES_COM,EXE_SOI_DTD,PRS_NAT_REF,"
                                 "PSE_SPE_COD,PRS_ACT_QTE,PRS_PAI_MNT,BSE_REM_MNT,BEN_DCD_DTE\n";

QByteArray claimRow(int person)
{
    return QByteArray(64, static_cast<char>('a' + person % 6)) + ",1,1970,69,69123,2025-05-02,1110,1,1,30.00,21.00,\n";
}

// A valid prestations file: the header and `rows` claims.
QByteArray validClaims(int rows = 12)
{
    QByteArray csv = claimsHeader;
    for (int i = 0; i < rows; ++i)
        csv += claimRow(i);
    return csv;
}

// Valid claims with `line` as the first claim, on line 2.
QByteArray claimsWithFirstRow(const QByteArray& line)
{
    return claimsHeader + line + validClaims().mid(qsizetype(qstrlen(claimsHeader)));
}

const QString producer = QStringLiteral("CNAM test");

// A package folder at {pkg}, signed by the trusted producer, holding `csv` as claims.csv: what a
// producer builds, mistakes included.
Prepare package(QByteArray csv = validClaims())
{
    return [csv](const Scene& scene) {
        QVERIFY(QDir().mkpath(scene.work()));
        const QString file = QDir(scene.work()).filePath(QStringLiteral("claims.csv"));
        writeAll(file, csv);
        const ecluse::Ed25519SigningKey key = signingKey(scene);
        ecluse::DataPackage::build(scene.package(), QStringLiteral("prestations"),
                                   ecluse::Catalogue::builtin().dataset(QStringLiteral("prestations"))->version,
                                   producer, QDate::currentDate().addYears(1), {file}, key);
    };
}

// A valid package whose file `member` is then spoilt, after signing.
Prepare packageWith(const char* member, Bytes spoil)
{
    return both(package(), editing(QStringLiteral("{pkg}/") + QLatin1String(member), spoil));
}

Prepare packageWith(const char* member, Replace replace)
{
    return both(package(), swapping(QStringLiteral("{pkg}/") + QLatin1String(member), replace));
}

// A valid package whose manifest the producer then edits and signs again: a mistake, signed.
Prepare packageWithSignedManifest(Bytes edit)
{
    return both(package(), [edit](const Scene& scene) {
        const QString manifest = QDir(scene.package()).filePath(QStringLiteral("manifest.json"));
        const QByteArray json = edit(readFile(manifest));
        writeAll(manifest, json);
        const ecluse::Ed25519SigningKey key = signingKey(scene);
        writeAll(QDir(scene.package()).filePath(QStringLiteral("manifest.sig")),
                 ecluse::DataPackage::signManifest(json, key));
    });
}

// A valid package signed by a producer policy does not trust.
Prepare packageSignedByAStranger()
{
    return both(package(), [](const Scene& scene) {
        const ecluse::test::TestAuthority stranger;
        const QString manifest = QDir(scene.package()).filePath(QStringLiteral("manifest.json"));
        writeAll(QDir(scene.package()).filePath(QStringLiteral("manifest.sig")),
                 ecluse::DataPackage::signManifest(readFile(manifest), stranger.key()));
    });
}

// --- Archives -----------------------------------------------------------------------------------

enum class ArchiveFormat
{
    Tar,
    TarGz,
    Zip,
};

struct ArchiveEntry
{
    QString name;
    QByteArray bytes;
    QString linkTarget; // a symbolic link to this, instead of a file
};

void writeArchive(const QString& path, ArchiveFormat format, const QList<ArchiveEntry>& entries)
{
    std::unique_ptr<archive, decltype(&archive_write_free)> writer(archive_write_new(), &archive_write_free);
    if (format == ArchiveFormat::Zip) {
        QCOMPARE(archive_write_set_format_zip(writer.get()), ARCHIVE_OK);
    } else {
        QCOMPARE(archive_write_set_format_pax_restricted(writer.get()), ARCHIVE_OK);
        if (format == ArchiveFormat::TarGz)
            QCOMPARE(archive_write_add_filter_gzip(writer.get()), ARCHIVE_OK);
    }
    QCOMPARE(archive_write_open_filename(writer.get(), QFile::encodeName(path).constData()), ARCHIVE_OK);
    for (const ArchiveEntry& entry : entries) {
        std::unique_ptr<archive_entry, decltype(&archive_entry_free)> header(archive_entry_new(), &archive_entry_free);
        archive_entry_set_pathname(header.get(), entry.name.toUtf8().constData());
        archive_entry_set_perm(header.get(), 0644);
        if (!entry.linkTarget.isEmpty()) {
            archive_entry_set_filetype(header.get(), AE_IFLNK);
            archive_entry_set_symlink(header.get(), entry.linkTarget.toUtf8().constData());
            archive_entry_set_size(header.get(), 0);
            QCOMPARE(archive_write_header(writer.get(), header.get()), ARCHIVE_OK);
            continue;
        }
        archive_entry_set_filetype(header.get(), AE_IFREG);
        archive_entry_set_size(header.get(), entry.bytes.size());
        QCOMPARE(archive_write_header(writer.get(), header.get()), ARCHIVE_OK);
        QCOMPARE(
            archive_write_data(writer.get(), entry.bytes.constData(), static_cast<std::size_t>(entry.bytes.size())),
            static_cast<la_ssize_t>(entry.bytes.size()));
    }
    QCOMPARE(archive_write_close(writer.get()), ARCHIVE_OK);
}

// The package as one archive at `path` (relative to the work folder), built from a valid package
// folder whose entries `alter` may change first.
Prepare archivePackage(
    QString name, ArchiveFormat format, std::function<void(QList<ArchiveEntry>&)> alter = [](QList<ArchiveEntry>&) {})
{
    return [name, format, alter](const Scene& scene) {
        package()(scene);
        QList<ArchiveEntry> entries;
        for (const char* member : {"claims.csv", "manifest.json", "manifest.sig"})
            entries.append({QString::fromLatin1(member),
                            readFile(QDir(scene.package()).filePath(QString::fromLatin1(member))),
                            {}});
        alter(entries);
        QDir(scene.package()).removeRecursively();
        writeArchive(QDir(scene.work()).filePath(name), format, entries);
    };
}

ArchiveEntry& entryNamed(QList<ArchiveEntry>& entries, const char* name)
{
    for (ArchiveEntry& entry : entries) {
        if (entry.name == QLatin1String(name))
            return entry;
    }
    qFatal("no entry %s", name);
}

// --- Habilitations ------------------------------------------------------------------------------

// The standard manifest, serial 2, as an authority writes it before signing.
QByteArray manifestJson()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return ecluse::test::TestAuthority::manifestJson(2, ecluse::test::TestAuthority::standardUsers(now), now);
}

// The envelope of `manifest`, signed by `key` whatever the manifest holds: an authority's mistake.
QByteArray envelope(const QByteArray& manifest, const ecluse::Ed25519SigningKey& key)
{
    const QByteArray signature = key.sign(QByteArrayLiteral("ecluse-habilitations-v1") + '\0' + manifest);
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("ecluse-signed-habilitations")},
                                     {QStringLiteral("manifest"), QString::fromLatin1(manifest.toBase64())},
                                     {QStringLiteral("signer"), QString::fromLatin1(key.publicKey().toBase64())},
                                     {QStringLiteral("signature"), QString::fromLatin1(signature.toBase64())}})
        .toJson();
}

const QString habilitationFile = QStringLiteral("{work}/habilitations.signed");

// A signed habilitation file at {work}/habilitations.signed whose manifest `edit` changed before
// the trusted authority signed it; then `spoil` changes the signed file.
Prepare habilitations(Bytes edit, Bytes spoil = unchanged())
{
    return [edit, spoil](const Scene& scene) {
        const ecluse::Ed25519SigningKey key = signingKey(scene);
        writeAll(scene.expand(habilitationFile), spoil(envelope(edit(manifestJson()), key)));
    };
}

Prepare habilitationsSignedByAStranger()
{
    return [](const Scene& scene) {
        const ecluse::test::TestAuthority stranger;
        writeAll(scene.expand(habilitationFile), envelope(manifestJson(), stranger.key()));
    };
}

// Changes what the signed manifest grants after it was signed: an analyst made an auditor.
Bytes alteringSignedManifest()
{
    return [](QByteArray bytes) {
        QJsonObject envelope = QJsonDocument::fromJson(bytes).object();
        QByteArray manifest = QByteArray::fromBase64(envelope.value(QStringLiteral("manifest")).toString().toLatin1());
        manifest.replace("\"analyst\"", "\"auditor\"");
        envelope.insert(QStringLiteral("manifest"), QString::fromLatin1(manifest.toBase64()));
        return QJsonDocument(envelope).toJson();
    };
}

// A copy of the trusted key at {work}/authority.key, spoilt: the shared key file stays intact.
Prepare keyCopy(Bytes spoil)
{
    return [spoil](const Scene& scene) {
        writeAll(scene.expand(QStringLiteral("{work}/authority.key")), spoil(readFile(scene.keyFile)));
    };
}

// The authority's public key where its private key is expected.
Prepare publicKeyAsKey()
{
    return [](const Scene& scene) {
        const ecluse::Ed25519SigningKey key = signingKey(scene);
        writeAll(scene.expand(QStringLiteral("{work}/authority.key")), ecluse::ed25519PublicKeyToPem(key.publicKey()));
    };
}

Prepare copying(QString from, QString to)
{
    return [from, to](const Scene& scene) { writeAll(scene.expand(to), readFile(from)); };
}

// The scrypt cost `n` in the slot of `user` (the members of a slot are written in name order:
// its kdf comes before its user).
Bytes scryptCostOf(QByteArray user, QByteArray n)
{
    return [user, n](QByteArray bytes) {
        const qsizetype slot = bytes.indexOf("\"user\": \"" + user + "\"");
        const qsizetype at = bytes.lastIndexOf("\"n\": ", slot) + 5;
        return bytes.left(at) + n + bytes.mid(bytes.indexOf(',', at));
    };
}

// The seal's entry number.
Bytes sequenceOf(QByteArray sequence)
{
    return [sequence](QByteArray bytes) {
        const qsizetype at = bytes.indexOf("\"sequence\": ") + 12;
        return bytes.left(at) + sequence + bytes.mid(bytes.indexOf(',', at));
    };
}

// The seal names another vault: its MAC cannot match.
Bytes otherVault()
{
    return [](QByteArray bytes) {
        const qsizetype at = bytes.indexOf("\"vault\": \"") + 10;
        bytes.replace(at, 8, "00000000");
        return bytes;
    };
}

// --- Command lines ------------------------------------------------------------------------------

// `words` as `user`, who types their password.
Command as(const char* user, QStringList words)
{
    const QString name = QString::fromLatin1(user);
    return {words << QStringLiteral("--user") << name << QStringLiteral("--password-stdin"),
            CliWorkstation::passwordLine(name)};
}

Command typing(Command command, QByteArray input)
{
    command.input = std::move(input);
    return command;
}

Command withoutSignIn(QStringList words)
{
    return {std::move(words), {}};
}

QStringList words(const char* text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '));
}

const QStringList importPackage = {QStringLiteral("package"), QStringLiteral("import"), QStringLiteral("{pkg}")};
const QStringList signedUnlock = {QStringLiteral("vault.unlock"), QStringLiteral("vault.lock")};
const QStringList importRefused = {QStringLiteral("vault.unlock"), QStringLiteral("package.import-refused"),
                                   QStringLiteral("vault.lock")};
const QStringList auditVerified = {QStringLiteral("vault.unlock"), QStringLiteral("audit.verify"),
                                   QStringLiteral("vault.lock")};

// --- What a refusal must leave as it was -------------------------------------------------------

// Every file under a folder, by relative path: its bytes for a regular file, what a link points to,
// and only the kind of anything else (a FIFO is never opened: that would wait for a writer).
QMap<QString, QByteArray> snapshot(const QString& folder)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo entry(it.next());
        const QString name = QDir(folder).relativeFilePath(entry.filePath());
        if (entry.isSymLink())
            files.insert(name, "link to " + QFile::encodeName(entry.symLinkTarget()));
        else if (entry.isDir())
            files.insert(name, "folder");
        else if (entry.isFile())
            files.insert(name, readFile(entry.filePath()));
        else
            files.insert(name, "special file");
    }
    return files;
}

QStringList differences(const QMap<QString, QByteArray>& before, const QMap<QString, QByteArray>& after)
{
    QStringList changed;
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (!after.contains(it.key()))
            changed << it.key() + QStringLiteral(" removed");
        else if (after.value(it.key()) != it.value())
            changed << it.key() + QStringLiteral(" changed");
    }
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (!before.contains(it.key()))
            changed << it.key() + QStringLiteral(" created");
    }
    return changed;
}

// The data a refused command must not have changed, as its users see it.
struct DataState
{
    QByteArray catalogue; // analyst1: datasets, rows and packages
    QByteArray accounts;  // admin: accounts and roles
    qint64 serial = -1;   // auditor1: the habilitation manifest in force
    QString problem;      // a command that failed
};

DataState dataState(const QString& home)
{
    DataState state;
    const CliResult catalogue = CliWorkstation::runAs(home, QStringLiteral("analyst1"), words("--json catalogue list"));
    const CliResult accounts = CliWorkstation::runAs(home, QStringLiteral("admin"), words("--json user list"));
    const CliResult manifest =
        CliWorkstation::runAs(home, QStringLiteral("auditor1"), words("--json habilitation show"));
    for (const CliResult* result : {&catalogue, &accounts, &manifest}) {
        if (result->exitCode != 0)
            state.problem += result->err;
    }
    state.catalogue = QJsonDocument::fromJson(catalogue.out.toUtf8()).toJson(QJsonDocument::Compact);
    state.accounts = QJsonDocument::fromJson(accounts.out.toUtf8()).toJson(QJsonDocument::Compact);
    state.serial =
        QJsonDocument::fromJson(manifest.out.toUtf8()).object().value(QStringLiteral("serial")).toInteger(-1);
    return state;
}

// A control character that came from the input and reached the terminal could move the cursor,
// rewrite what the administrator reads or change the window title.
bool holdsControlCharacters(const QString& text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) {
        return (c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\r') && c != QLatin1Char('\t')) ||
               c.unicode() == 0x7f;
    });
}

QString printable(QString text)
{
    for (QChar& c : text) {
        if (c.unicode() < 0x20 && c != QLatin1Char('\n'))
            c = QChar(0x2400 + c.unicode()); // the Control Pictures block
    }
    return text.left(3000);
}

// A NIR as the national identifier registry writes it, with a valid key (97 − N mod 97): what a
// producer must never send, in place of the pseudonym.
constexpr std::int64_t nirWithoutKey = 1'85'05'69'123'456;
const QByteArray nir = QByteArray::number(nirWithoutKey) + QByteArray::number(97 - nirWithoutKey % 97);

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT

private:
    CliWorkstation m_station;
    QString m_template; // the prepared home every row starts from
    QString m_vaultId;
    QMap<QString, QByteArray> m_templateSeals;
    DataState m_dataBefore;
    qint64 m_auditHead = 0; // entries in the prepared trail
    int m_row = 0;
    QString m_scene;

    static void writePolicy(const QByteArray& contents)
    {
        QVERIFY(ecluse::test::writeCliPolicy(QStringLiteral(ECLUSE_TEST_POLICY_FILE), contents));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("ECLUSE_CLI")), "ECLUSE_CLI is not set");
        writePolicy(m_station.policy());
        // The administrator, the standard manifest, an analyst and an auditor, and one package
        // imported: what every refusal must leave as it was.
        m_template = m_station.scratch(QStringLiteral("template"));
        {
            auto vault = m_station.create(m_template, {QStringLiteral("analyst1"), QStringLiteral("auditor1")});
            m_vaultId = vault->id();
            const Scene scene{m_template, m_vaultId, m_station.keyFile()};
            // A genuine seal that later entries leave behind, for the row that puts it back.
            writeAll(m_station.scratch(QStringLiteral("old.seal")), readFile(scene.seal()));
            package()(scene);
            ecluse::PackageImporter(*vault).import(scene.package());
            QDir(scene.work()).removeRecursively();
            vault->lock();
            // A failed sign-in and a successful one leave a record of failed sign-ins to spoil.
            try {
                vault->unlock(QStringLiteral("admin"), CliWorkstation::secret(QStringLiteral("nobody")));
            } catch (const ecluse::Error&) {
            }
            vault->unlock(QStringLiteral("admin"), CliWorkstation::secret(QStringLiteral("admin")));
        }
        QVERIFY(QFile::exists(
            QDir(CliWorkstation::vaultFolder(m_template)).filePath(QStringLiteral("unlock-failures.json"))));
        m_templateSeals = snapshot(CliWorkstation::sealFolder(m_template));
        // What the users see of it, on a copy: reading it adds to the trail.
        const QString probe = m_station.scratch(QStringLiteral("probe"));
        CliWorkstation::copyHome(m_template, probe);
        QString problem;
        const QList<QJsonObject> trail = CliWorkstation::auditTrail(probe, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_auditHead = trail.size() - 1; // without the export's own sign-in
        m_dataBefore = dataState(probe);
        QVERIFY2(m_dataBefore.problem.isEmpty(), qPrintable(m_dataBefore.problem));
        QCOMPARE(m_dataBefore.serial, 1);
        QDir(probe).removeRecursively();
    }

    void init()
    {
        writePolicy(m_station.policy());
        m_scene = m_station.scratch(QStringLiteral("row-%1").arg(++m_row));
    }

    void cleanup() { QDir(m_scene).removeRecursively(); }

    void cleanupTestCase() { QFile::remove(QStringLiteral(ECLUSE_TEST_POLICY_FILE)); }

    void hostileInputIsRefusedWithItsExitCodeNamedAndChangesNothing_data();
    void hostileInputIsRefusedWithItsExitCodeNamedAndChangesNothing();
};

void TestHostileInput::hostileInputIsRefusedWithItsExitCodeNamedAndChangesNothing_data()
{
    QTest::addColumn<Prepare>("prepare");
    QTest::addColumn<Command>("command");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("names"); // what the message must hold, each of them
    QTest::addColumn<Refused>("refused");
    QTest::addColumn<QStringList>("audited"); // AfterSignIn: the actions the command adds to the trail
    QTest::addColumn<QByteArray>("secret");   // a value that must not be shown nor audited

    const auto row = [](const char* name, Prepare prepare, Command command, int exitCode, QStringList names,
                        Refused refused, QStringList audited = {}, QByteArray secret = {}) {
        QTest::newRow(name) << prepare << command << exitCode << names << refused << audited << secret;
    };
    const Command import = as("admin", importPackage);
    const QStringList packageNamed{QStringLiteral("{pkg}")};
    const QStringList manifestNamed{QStringLiteral("manifest.json"), QStringLiteral("{pkg}")};
    const QStringList signatureNamed{QStringLiteral("manifest.sig"), QStringLiteral("{pkg}")};
    const QStringList claimsNamed{QStringLiteral("{pkg}/claims.csv")};
    const auto claimsAt = [](const char* line, const char* column) {
        return QStringList{QStringLiteral("{pkg}/claims.csv"), QString::fromLatin1(line), QString::fromLatin1(column)};
    };

    // Package folders: what is read before the signature is checked, then the signed files.
    row("package manifest.json truncated", packageWith("manifest.json", truncatedByHalf()), import, 3, packageNamed,
        Refused::AfterSignIn, importRefused);
    row("package manifest.json with a flipped bit", packageWith("manifest.json", flippedAfter({"\"producer\""}, 4)),
        import, 3, packageNamed, Refused::AfterSignIn, importRefused);
    row("package manifest.json of 1 MiB + 1", packageWith("manifest.json", paddedTo((1 << 20) + 1)), import, 3,
        manifestNamed, Refused::AfterSignIn, importRefused);
    row("package manifest.json a FIFO", packageWith("manifest.json", byFifo()), import, 3, manifestNamed,
        Refused::AfterSignIn, importRefused);
    row("package manifest.json a folder", packageWith("manifest.json", byFolder()), import, 3, manifestNamed,
        Refused::AfterSignIn, importRefused);
    row("package manifest.json a link to /dev/zero",
        packageWith("manifest.json", byLinkTo(QStringLiteral("/dev/zero"))), import, 3, manifestNamed,
        Refused::AfterSignIn, importRefused);
    row("package manifest.json a link out of the package", packageWith("manifest.json", byLinkToACopyOutside()), import,
        3, manifestNamed, Refused::AfterSignIn, importRefused);
    row("package manifest.json missing", packageWith("manifest.json", byNothing()), import, 4, manifestNamed,
        Refused::AfterSignIn, importRefused);
    row("package manifest.sig truncated", packageWith("manifest.sig", truncatedByHalf()), import, 3, signatureNamed,
        Refused::AfterSignIn, importRefused);
    row("package manifest.sig of 4 KiB + 1", packageWith("manifest.sig", paddedTo(4097)), import, 3, signatureNamed,
        Refused::AfterSignIn, importRefused);
    row("package manifest.sig in UTF-16", packageWith("manifest.sig", utf16()), import, 3, signatureNamed,
        Refused::AfterSignIn, importRefused);
    row("package signed by a producer policy does not trust", packageSignedByAStranger(), import, 2,
        {QStringLiteral("{pkg}"), QStringLiteral("TrustedProducerKeys")}, Refused::AfterSignIn, importRefused);
    row("package claims.csv a link out of the package", packageWith("claims.csv", byLinkToACopyOutside()), import, 3,
        claimsNamed, Refused::AfterSignIn, importRefused);
    row("package claims.csv a FIFO", packageWith("claims.csv", byFifo()), import, 3, claimsNamed, Refused::AfterSignIn,
        importRefused);
    row("package claims.csv a folder", packageWith("claims.csv", byFolder()), import, 3, claimsNamed,
        Refused::AfterSignIn, importRefused);
    row("package claims.csv a link to /dev/zero", packageWith("claims.csv", byLinkTo(QStringLiteral("/dev/zero"))),
        import, 3, claimsNamed, Refused::AfterSignIn, importRefused);
    row("package claims.csv truncated after signing", packageWith("claims.csv", truncatedByHalf()), import, 3,
        {QStringLiteral("{pkg}"), QStringLiteral("claims.csv")}, Refused::AfterSignIn, importRefused);
    row("package claims.csv with a flipped bit after signing", packageWith("claims.csv", flippedAfter({"\n"}, 10)),
        import, 3, {QStringLiteral("{pkg}"), QStringLiteral("claims.csv")}, Refused::AfterSignIn, importRefused);

    // Manifests the producer got wrong and signed: invalid input, never damage.
    row("signed manifest in UTF-16", packageWithSignedManifest(utf16()), import, 4, manifestNamed, Refused::AfterSignIn,
        importRefused);
    row("signed manifest in Latin-1",
        packageWithSignedManifest(replacing("\"CNAM test\"", "\"CNAM \xce"
                                                             "le-de-France\"")),
        import, 4, manifestNamed, Refused::AfterSignIn, importRefused);
    row("signed manifest with a duplicate key",
        packageWithSignedManifest(
            replacing("\"dataset\": \"prestations\"", "\"dataset\": \"damir\", \"dataset\": \"prestations\"")),
        import, 4, manifestNamed, Refused::AfterSignIn, importRefused);
    row("signed manifest with an invalid escape",
        packageWithSignedManifest(replacing("\"CNAM test\"", "\"CNAM \\x41\"")), import, 4, manifestNamed,
        Refused::AfterSignIn, importRefused);
    row("signed manifest nested 100000 deep", packageWithSignedManifest(deeplyNested()), import, 4, manifestNamed,
        Refused::AfterSignIn, importRefused);
    row("signed manifest with rows beyond 64 bits",
        packageWithSignedManifest(replacing("\"rows\": 12", "\"rows\": 1e30")), import, 4, manifestNamed,
        Refused::AfterSignIn, importRefused);
    row("signed manifest with a schema version beyond 32 bits",
        packageWithSignedManifest(replacing("\"schemaVersion\": 1", "\"schemaVersion\": 4294967297")), import, 4,
        manifestNamed, Refused::AfterSignIn, importRefused);
    row("signed manifest with bytes of 2^63 - 1", packageWithSignedManifest([](QByteArray json) {
            const qsizetype at = json.indexOf("\"bytes\": ") + 9;
            return json.left(at) + "9223372036854775807" + json.mid(json.indexOf(',', at));
        }),
        import, 3, {QStringLiteral("{pkg}"), QStringLiteral("claims.csv")}, Refused::AfterSignIn, importRefused);
    row("signed manifest naming a file out of the package",
        packageWithSignedManifest(replacing("\"name\": \"claims.csv\"", "\"name\": \"../claims.csv\"")), import, 4,
        manifestNamed, Refused::AfterSignIn, importRefused);

    // CSV files the producer got wrong and signed: named by file, line and column.
    row("CSV with an unbalanced quote", package(claimsWithFirstRow("\"" + claimRow(0))), import, 4,
        claimsAt("line 2", "BEN_NIR_PSA"), Refused::AfterSignIn, importRefused);
    row("CSV with a quote inside a field", package(claimsWithFirstRow("ab\"cdefgh" + claimRow(0).mid(9))), import, 4,
        claimsAt("line 2", "BEN_NIR_PSA"), Refused::AfterSignIn, importRefused);
    row("CSV with CR-only line ends", package(validClaims().replace('\n', '\r')), import, 4,
        claimsAt("line 1", "BEN_DCD_DTE"), Refused::AfterSignIn, importRefused);
    row("CSV whose header names other columns",
        package(validClaims().replace("BEN_SEX_COD,BEN_NAI_ANN", "BEN_NAI_ANN,BEN_SEX_COD")), import, 4,
        claimsAt("line 1", "BEN_SEX_COD"), Refused::AfterSignIn, importRefused);
    row("CSV with a UTF-8 BOM", package(withUtf8Bom()(validClaims())), import, 4, claimsAt("line 1", "BEN_NIR_PSA"),
        Refused::AfterSignIn, importRefused);
    row("CSV in UTF-16", package(utf16()(validClaims())), import, 4, claimsAt("line 1", "BEN_NIR_PSA"),
        Refused::AfterSignIn, importRefused);
    row("CSV with Latin-1 text",
        package(claimsWithFirstRow(claimRow(0).replace(",69123,", ",69\xe9"
                                                                  "23,"))),
        import, 4, claimsAt("line 2", "BEN_RES_COM"), Refused::AfterSignIn, importRefused);
    // The whole message, the rule included: a NUL from the input must not cut it short.
    row("CSV with a NUL byte",
        package(claimsWithFirstRow(claimRow(0).replace(",1,1970,", QByteArrayLiteral(",1\0,1970,")))), import, 4,
        claimsAt("line 2", "BEN_SEX_COD") << QStringLiteral("code list"), Refused::AfterSignIn, importRefused);
    row("CSV with a terminal escape sequence",
        package(claimsWithFirstRow(claimRow(0).replace(",69123,", ",\x1b]0;owned\x07,"))), import, 4,
        claimsAt("line 2", "BEN_RES_COM"), Refused::AfterSignIn, importRefused);
    row("CSV with a quantity beyond 64 bits",
        package(claimsWithFirstRow(claimRow(0).replace(",1,30.00,", ",9223372036854775808,30.00,"))), import, 4,
        claimsAt("line 2", "PRS_ACT_QTE"), Refused::AfterSignIn, importRefused, "9223372036854775808");
    row("CSV with an amount beyond 64 bits of cents",
        package(claimsWithFirstRow(claimRow(0).replace(",30.00,", ",92233720368547758.08,"))), import, 4,
        claimsAt("line 2", "PRS_PAI_MNT"), Refused::AfterSignIn, importRefused, "92233720368547758");
    row("CSV with a NIR instead of a pseudonym", package(claimsWithFirstRow(nir + claimRow(0).mid(64))), import, 4,
        claimsAt("line 2", "BEN_NIR_PSA"), Refused::AfterSignIn, importRefused, nir);
    row("CSV with a spaced NIR in a code column",
        package(claimsWithFirstRow(claimRow(0).replace(",1110,1,", ",1110,1 85 05 69 123 456 41,"))), import, 4,
        claimsAt("line 2", "PSE_SPE_COD"), Refused::AfterSignIn, importRefused, "123 456 41");
    row("CSV with a record of 4 MiB", package(claimsWithFirstRow(QByteArray(4 << 20, 'a') + "\n")), import, 4,
        QStringList{QStringLiteral("{pkg}/claims.csv"), QStringLiteral("line 2"), QStringLiteral("too long")},
        Refused::AfterSignIn, importRefused);
    row("CSV with a field too many", package(claimsWithFirstRow(claimRow(0).replace("\n", ",extra\n"))), import, 4,
        QStringList{QStringLiteral("{pkg}/claims.csv"), QStringLiteral("line 2")}, Refused::AfterSignIn, importRefused);

    // Archives: the same package as one file, read in place.
    const auto archiveImport = [](const char* name) {
        return as("admin", {QStringLiteral("package"), QStringLiteral("import"),
                            QStringLiteral("{work}/") + QLatin1String(name)});
    };
    const auto archiveNamed = [](const char* name) {
        return QStringList{QStringLiteral("{work}/") + QLatin1String(name)};
    };
    row(".tar truncated",
        both(archivePackage(QStringLiteral("p.tar"), ArchiveFormat::Tar),
             editing(QStringLiteral("{work}/p.tar"), truncatedAfter("manifest.sig", 600))),
        archiveImport("p.tar"), 3, archiveNamed("p.tar"), Refused::AfterSignIn, importRefused);
    row(".tar.gz with a flipped bit",
        both(archivePackage(QStringLiteral("p.tar.gz"), ArchiveFormat::TarGz),
             editing(QStringLiteral("{work}/p.tar.gz"), flippedAt(0.75))),
        archiveImport("p.tar.gz"), 3, archiveNamed("p.tar.gz"), Refused::AfterSignIn, importRefused);
    row(".zip whose CSV changed after signing",
        archivePackage(QStringLiteral("p.zip"), ArchiveFormat::Zip,
                       [](QList<ArchiveEntry>& entries) {
                           QByteArray& csv = entryNamed(entries, "claims.csv").bytes;
                           csv[csv.size() - 20] = '9';
                       }),
        archiveImport("p.zip"), 3, {QStringLiteral("claims.csv"), QStringLiteral("{work}/p.zip")}, Refused::AfterSignIn,
        importRefused);
    row(".zip whose manifest.json is 1 MiB + 1",
        archivePackage(QStringLiteral("p.zip"), ArchiveFormat::Zip,
                       [](QList<ArchiveEntry>& entries) {
                           QByteArray& json = entryNamed(entries, "manifest.json").bytes;
                           json = paddedTo((1 << 20) + 1)(json);
                       }),
        archiveImport("p.zip"), 3, {QStringLiteral("manifest.json"), QStringLiteral("{work}/p.zip")},
        Refused::AfterSignIn, importRefused);
    row(".tar with a link out of the package",
        archivePackage(
            QStringLiteral("p.tar"), ArchiveFormat::Tar,
            [](QList<ArchiveEntry>& entries) {
                entryNamed(entries, "claims.csv") = {QStringLiteral("claims.csv"), {}, QStringLiteral("/etc/passwd")};
            }),
        archiveImport("p.tar"), 3, {QStringLiteral("claims.csv"), QStringLiteral("{work}/p.tar")}, Refused::AfterSignIn,
        importRefused);
    row(".tar with a path out of the package",
        archivePackage(QStringLiteral("p.tar"), ArchiveFormat::Tar,
                       [](QList<ArchiveEntry>& entries) {
                           entryNamed(entries, "claims.csv").name = QStringLiteral("../claims.csv");
                       }),
        archiveImport("p.tar"), 3, {QStringLiteral("../claims.csv"), QStringLiteral("{work}/p.tar")},
        Refused::AfterSignIn, importRefused);
    row(".tar holding a file twice",
        archivePackage(QStringLiteral("p.tar"), ArchiveFormat::Tar,
                       [](QList<ArchiveEntry>& entries) {
                           entries.append({QStringLiteral("claims.csv"), validClaims(1), {}});
                       }),
        archiveImport("p.tar"), 3, {QStringLiteral("claims.csv"), QStringLiteral("{work}/p.tar")}, Refused::AfterSignIn,
        importRefused);
    row("package archive a FIFO", swapping(QStringLiteral("{work}/p.tar"), byFifo()), archiveImport("p.tar"), 4,
        archiveNamed("p.tar"), Refused::AfterSignIn, importRefused);
    row("package archive a link to /dev/zero",
        swapping(QStringLiteral("{work}/p.tar"), byLinkTo(QStringLiteral("/dev/zero"))), archiveImport("p.tar"), 4,
        archiveNamed("p.tar"), Refused::AfterSignIn, importRefused);

    // Habilitation files: read whole before signing in, then opened, verified and checked.
    const Command importHabilitations =
        as("admin", {QStringLiteral("habilitation"), QStringLiteral("import"), habilitationFile});
    const QStringList habilitationsNamed{habilitationFile};
    row("habilitation file truncated", habilitations(unchanged(), truncatedByHalf()), importHabilitations, 3,
        habilitationsNamed, Refused::AfterSignIn, signedUnlock);
    row("habilitation file with a NUL byte", habilitations(unchanged(), withNulAfter("\"manifest\": \"")),
        importHabilitations, 3, habilitationsNamed, Refused::AfterSignIn, signedUnlock);
    row("habilitation manifest altered after signing", habilitations(unchanged(), alteringSignedManifest()),
        importHabilitations, 3, habilitationsNamed, Refused::AfterSignIn, signedUnlock);
    row("habilitation file signed by an authority policy does not trust", habilitationsSignedByAStranger(),
        importHabilitations, 2, {habilitationFile, QStringLiteral("TrustedAuthorityKeys")}, Refused::AfterSignIn,
        signedUnlock);
    row("habilitation file a FIFO", swapping(habilitationFile, byFifo()), importHabilitations, 4, habilitationsNamed,
        Refused::BeforeSignIn);
    row("habilitation file a folder", swapping(habilitationFile, byFolder()), importHabilitations, 4,
        habilitationsNamed, Refused::BeforeSignIn);
    row("habilitation file a link to /dev/zero", swapping(habilitationFile, byLinkTo(QStringLiteral("/dev/zero"))),
        importHabilitations, 4, habilitationsNamed, Refused::BeforeSignIn);
    row("habilitation file of 16 MiB + 1", habilitations(unchanged(), paddedTo((16 << 20) + 1)), importHabilitations, 4,
        habilitationsNamed, Refused::BeforeSignIn);
    row("habilitation file in UTF-16", habilitations(unchanged(), utf16()), importHabilitations, 3, habilitationsNamed,
        Refused::AfterSignIn, signedUnlock);
    row("signed habilitation manifest with a duplicate key",
        habilitations(replacing("\"organisation\": \"CNAM test\"",
                                "\"organisation\": \"CNAM test\", \"organisation\": \"Autre\"")),
        importHabilitations, 4, habilitationsNamed, Refused::AfterSignIn, signedUnlock);
    row("signed habilitation manifest nested 100000 deep", habilitations(deeplyNested()), importHabilitations, 4,
        habilitationsNamed, Refused::AfterSignIn, signedUnlock);
    row("signed habilitation manifest with a serial beyond 64 bits",
        habilitations(replacing("\"serial\": 2", "\"serial\": 9223372036854775808")), importHabilitations, 4,
        habilitationsNamed, Refused::AfterSignIn, signedUnlock);
    row("signed habilitation manifest in Latin-1",
        habilitations(replacing("\"CNAM test\"", "\"CNAM \xce"
                                                 "le\"")),
        importHabilitations, 4, habilitationsNamed, Refused::AfterSignIn, signedUnlock);
    row("signed habilitation manifest with a terminal escape in a user id",
        habilitations(replacing("\"id\": \"steward1\"", "\"id\": \"steward1\\u001b[2J\"")), importHabilitations, 4,
        habilitationsNamed, Refused::AfterSignIn, signedUnlock);

    // Signing a manifest: the authority's key and the manifest, read before anything is written.
    const auto sign = [](const char* key, const char* in) {
        return withoutSignIn({QStringLiteral("habilitation"), QStringLiteral("sign"), QStringLiteral("--key"),
                              QString::fromLatin1(key), QStringLiteral("--in"), QString::fromLatin1(in),
                              QStringLiteral("--out"), QStringLiteral("{work}/out.signed")});
    };
    const Command signWithSpoiltKey = sign("{work}/authority.key", "{work}/manifest.json");
    const Command signSpoiltManifest = sign("{key}", "{work}/manifest.json");
    const QStringList keyNamed{QStringLiteral("{work}/authority.key")};
    const QStringList manifestInNamed{QStringLiteral("{work}/manifest.json")};
    const Prepare manifestToSign = writing(QStringLiteral("{work}/manifest.json"), manifestJson());
    row("sign --key a FIFO", both(manifestToSign, swapping(QStringLiteral("{work}/authority.key"), byFifo())),
        signWithSpoiltKey, 4, keyNamed, Refused::BeforeSignIn);
    row("sign --key truncated", both(manifestToSign, keyCopy(truncatedByHalf())), signWithSpoiltKey, 4, keyNamed,
        Refused::BeforeSignIn);
    row("sign --key of 64 KiB + 1", both(manifestToSign, keyCopy(paddedTo((64 << 10) + 1))), signWithSpoiltKey, 4,
        keyNamed, Refused::BeforeSignIn);
    row("sign --key a link to /dev/zero",
        both(manifestToSign, swapping(QStringLiteral("{work}/authority.key"), byLinkTo(QStringLiteral("/dev/zero")))),
        signWithSpoiltKey, 4, keyNamed, Refused::BeforeSignIn);
    row("sign --key a public key", both(manifestToSign, publicKeyAsKey()), signWithSpoiltKey, 4, keyNamed,
        Refused::BeforeSignIn);
    const auto manifestToSignSpoilt = [&](Bytes spoil) {
        return both(manifestToSign, editing(QStringLiteral("{work}/manifest.json"), spoil));
    };
    row("sign --in truncated", manifestToSignSpoilt(truncatedByHalf()), signSpoiltManifest, 4, manifestInNamed,
        Refused::BeforeSignIn);
    row("sign --in in UTF-16", manifestToSignSpoilt(utf16()), signSpoiltManifest, 4, manifestInNamed,
        Refused::BeforeSignIn);
    row("sign --in a folder", swapping(QStringLiteral("{work}/manifest.json"), byFolder()), signSpoiltManifest, 4,
        manifestInNamed, Refused::BeforeSignIn);
    row("sign --in with a duplicate key",
        manifestToSignSpoilt(replacing("\"serial\": 2", "\"serial\": 2, \"serial\": 3")), signSpoiltManifest, 4,
        manifestInNamed, Refused::BeforeSignIn);
    row("sign --in of 16 MiB + 1", manifestToSignSpoilt(paddedTo((16 << 20) + 1)), signSpoiltManifest, 4,
        manifestInNamed, Refused::BeforeSignIn);

    // Building a package: the producer's CSV files and key.
    const auto build = [](const char* csv, const char* key, QStringList more = {}) {
        return withoutSignIn(QStringList{QStringLiteral("package"), QStringLiteral("build"),
                                         QStringLiteral("--dataset"), QStringLiteral("prestations"),
                                         QStringLiteral("--csv"), QString::fromLatin1(csv), QStringLiteral("--key"),
                                         QString::fromLatin1(key), QStringLiteral("--out"),
                                         QStringLiteral("{work}/built")} +
                             more);
    };
    const Prepare claimsToBuild = writing(QStringLiteral("{work}/claims.csv"), validClaims());
    const Command buildSpoiltClaims = build("{work}/claims.csv", "{key}");
    const QStringList claimsInNamed{QStringLiteral("{work}/claims.csv")};
    row("build --csv a FIFO", swapping(QStringLiteral("{work}/claims.csv"), byFifo()), buildSpoiltClaims, 4,
        claimsInNamed, Refused::BeforeSignIn);
    row("build --csv a folder", swapping(QStringLiteral("{work}/claims.csv"), byFolder()), buildSpoiltClaims, 4,
        claimsInNamed, Refused::BeforeSignIn);
    row("build --csv a link to /dev/zero",
        swapping(QStringLiteral("{work}/claims.csv"), byLinkTo(QStringLiteral("/dev/zero"))), buildSpoiltClaims, 4,
        claimsInNamed, Refused::BeforeSignIn);
    row("build --csv missing", nothing(), buildSpoiltClaims, 4, claimsInNamed, Refused::BeforeSignIn);
    row("build --csv not a .csv file", writing(QStringLiteral("{work}/claims.txt"), validClaims()),
        build("{work}/claims.txt", "{key}"), 4, {QStringLiteral("claims.txt")}, Refused::BeforeSignIn);
    row("build --key truncated", both(claimsToBuild, keyCopy(truncatedByHalf())),
        build("{work}/claims.csv", "{work}/authority.key"), 4, keyNamed, Refused::BeforeSignIn);
    row("build --retain-until an impossible date", claimsToBuild,
        build("{work}/claims.csv", "{key}", {QStringLiteral("--retain-until"), QStringLiteral("2027-02-30")}), 1,
        {QStringLiteral("--retain-until")}, Refused::BeforeSignIn);
    row("build --dataset a path", claimsToBuild,
        withoutSignIn({QStringLiteral("package"), QStringLiteral("build"), QStringLiteral("--dataset"),
                       QStringLiteral("../../etc"), QStringLiteral("--csv"), QStringLiteral("{work}/claims.csv"),
                       QStringLiteral("--key"), QStringLiteral("{key}"), QStringLiteral("--out"),
                       QStringLiteral("{work}/built")}),
        4, {QStringLiteral("../../etc")}, Refused::BeforeSignIn);

    // keyslots.json, edited in the vault folder, then any command that signs in.
    const QString keySlots = QStringLiteral("{keyslots}");
    const QStringList keySlotsNamed{keySlots};
    const Command adminVerifies = as("admin", words("vault verify"));
    row("keyslots.json truncated", editing(keySlots, truncatedTo(100)), adminVerifies, 3, keySlotsNamed,
        Refused::BeforeSignIn);
    row("keyslots.json emptied", writing(keySlots, {}), as("analyst1", words("catalogue list")), 3, keySlotsNamed,
        Refused::BeforeSignIn);
    row("keyslots.json with a flipped bit in a wrapped key",
        editing(keySlots, flippedAfter({"\"user\": \"analyst1\"", "\"wrappedKey\": \""}, 10)),
        as("analyst1", words("catalogue list")), 3, keySlotsNamed, Refused::BeforeSignIn);
    row("keyslots.json with a flipped bit in the generation", editing(keySlots, flippedAfter({"\"generation\": "}, 0)),
        as("auditor1", words("audit verify")), 3, keySlotsNamed, Refused::BeforeSignIn);
    row("keyslots.json of 1 MiB + 1", editing(keySlots, paddedTo((1 << 20) + 1)), as("admin", words("user list")), 3,
        keySlotsNamed, Refused::BeforeSignIn);
    row("keyslots.json in UTF-16", editing(keySlots, utf16()), as("analyst1", words("habilitation show")), 3,
        keySlotsNamed, Refused::BeforeSignIn);
    row("keyslots.json with a NUL byte", editing(keySlots, withNulAfter("\"vault\": \"")), adminVerifies, 3,
        keySlotsNamed, Refused::BeforeSignIn);
    row("keyslots.json a FIFO", swapping(keySlots, byFifo()), adminVerifies, 3, keySlotsNamed, Refused::BeforeSignIn);
    row("keyslots.json a folder", swapping(keySlots, byFolder()), adminVerifies, 3, keySlotsNamed,
        Refused::BeforeSignIn);
    row("keyslots.json a link to /dev/zero", swapping(keySlots, byLinkTo(QStringLiteral("/dev/zero"))), adminVerifies,
        3, keySlotsNamed, Refused::BeforeSignIn);
    row("keyslots.json nested 100000 deep", editing(keySlots, deeplyNested()), adminVerifies, 3, keySlotsNamed,
        Refused::BeforeSignIn);
    row("keyslots.json with a duplicate key",
        editing(keySlots, replacing("\"generation\": 3", "\"generation\": 99, \"generation\": 3")), adminVerifies, 3,
        keySlotsNamed, Refused::BeforeSignIn);
    row("keyslots.json from a newer version", editing(keySlots, replacing("\"version\": 3", "\"version\": 4")),
        adminVerifies, 5, {keySlots, QStringLiteral("newer")}, Refused::BeforeSignIn);
    row("keyslots.json turned back to version 1", editing(keySlots, replacing("\"version\": 3", "\"version\": 1")),
        adminVerifies, 3, keySlotsNamed, Refused::BeforeSignIn);
    row("keyslots.json asking scrypt for 2^40 blocks", editing(keySlots, scryptCostOf("analyst1", "1099511627776")),
        as("analyst1", words("catalogue list")), 3, keySlotsNamed, Refused::BeforeSignIn);
    row("keyslots.json with a generation of 2^63 - 1",
        editing(keySlots, replacing("\"generation\": 3", "\"generation\": 9223372036854775807")), adminVerifies, 3,
        keySlotsNamed, Refused::BeforeSignIn);
    row("keyslots.json missing", swapping(keySlots, byNothing()), adminVerifies, 3,
        {keySlots, QStringLiteral("restore")}, Refused::BeforeSignIn);

    // The audit seal, outside the vault: verification reports it, and it stays as evidence.
    const QString seal = QStringLiteral("{seal}");
    const QStringList sealNamed{seal};
    const Command auditorVerifies = as("auditor1", words("audit verify"));
    row("seal truncated", editing(seal, truncatedByHalf()), auditorVerifies, 3, sealNamed, Refused::AfterSignIn,
        auditVerified);
    row("seal with a flipped bit in its hash", editing(seal, flippedAfter({"\"hash\": \""}, 5)), auditorVerifies, 3,
        sealNamed, Refused::AfterSignIn, auditVerified);
    row("seal of 4 KiB + 1", editing(seal, paddedTo(4097)), auditorVerifies, 3, sealNamed, Refused::AfterSignIn,
        auditVerified);
    row("seal a FIFO", swapping(seal, byFifo()), auditorVerifies, 3, sealNamed, Refused::AfterSignIn, auditVerified);
    row("seal a folder", swapping(seal, byFolder()), auditorVerifies, 3, sealNamed, Refused::AfterSignIn,
        auditVerified);
    row("seal a link to /dev/zero", swapping(seal, byLinkTo(QStringLiteral("/dev/zero"))), auditorVerifies, 3,
        sealNamed, Refused::AfterSignIn, auditVerified);
    row("seal in UTF-16", editing(seal, utf16()), auditorVerifies, 3, sealNamed, Refused::AfterSignIn, auditVerified);
    row("seal naming entry 2^63 - 1", editing(seal, sequenceOf("9223372036854775807")), auditorVerifies, 3, sealNamed,
        Refused::AfterSignIn, auditVerified);
    row("seal two entries behind", copying(m_station.scratch(QStringLiteral("old.seal")), seal), auditorVerifies, 3,
        sealNamed, Refused::AfterSignIn, auditVerified);
    row("seal of another vault", editing(seal, otherVault()), as("admin", words("vault verify")), 3, sealNamed,
        Refused::AfterSignIn,
        {QStringLiteral("vault.unlock"), QStringLiteral("vault.verify"), QStringLiteral("vault.lock")});
    row("seal missing", swapping(seal, byNothing()), auditorVerifies, 3, sealNamed, Refused::AfterSignIn,
        auditVerified);

    // The record of failed sign-ins, read before any sign-in.
    const QString failures = QStringLiteral("{failures}");
    const QStringList failuresNamed{failures};
    row("unlock-failures.json truncated", editing(failures, truncatedByHalf()), adminVerifies, 3, failuresNamed,
        Refused::BeforeSignIn);
    row("unlock-failures.json in UTF-16", editing(failures, utf16()), adminVerifies, 3, failuresNamed,
        Refused::BeforeSignIn);
    row("unlock-failures.json a FIFO", swapping(failures, byFifo()), adminVerifies, 3, failuresNamed,
        Refused::BeforeSignIn);
    row("unlock-failures.json a folder", swapping(failures, byFolder()), adminVerifies, 3, failuresNamed,
        Refused::BeforeSignIn);
    row("unlock-failures.json a link to /dev/zero", swapping(failures, byLinkTo(QStringLiteral("/dev/zero"))),
        adminVerifies, 3, failuresNamed, Refused::BeforeSignIn);
    row("unlock-failures.json of 4 MiB + 1", editing(failures, paddedTo((4 << 20) + 1)), adminVerifies, 3,
        failuresNamed, Refused::BeforeSignIn);
    row("unlock-failures.json nested 100000 deep", editing(failures, deeplyNested()), adminVerifies, 3, failuresNamed,
        Refused::BeforeSignIn);
    row("unlock-failures.json from another version", editing(failures, replacing("\"version\":1", "\"version\":2")),
        adminVerifies, 3, failuresNamed, Refused::BeforeSignIn);

    // Command-line arguments.
    const QString overlong(100000, QLatin1Char('a'));
    const QStringList wrongCredentials{QStringLiteral("wrong user or password")};
    const auto verifyAs = [](const QString& user) {
        return Command{{QStringLiteral("vault"), QStringLiteral("verify"), QStringLiteral("--user"), user,
                        QStringLiteral("--password-stdin")},
                       CliWorkstation::passwordLine(QStringLiteral("admin"))};
    };
    const auto aggregate = [](QStringList more) {
        return as("analyst1",
                  QStringList{QStringLiteral("aggregate"), QStringLiteral("--dataset"), QStringLiteral("prestations"),
                              QStringLiteral("--dims"), QStringLiteral("BEN_SEX_COD")} +
                      more);
    };
    row("an unknown option", nothing(), as("admin", words("vault verify --frobnicate")), 1,
        {QStringLiteral("frobnicate")}, Refused::BeforeSignIn);
    row("an unknown command", nothing(), withoutSignIn(words("vault explode")), 1, {QStringLiteral("vault explode")},
        Refused::BeforeSignIn);
    row("a user name of 100000 characters", nothing(), verifyAs(overlong), 2, wrongCredentials, Refused::AtSignIn);
    row("a user name with an accent", nothing(), verifyAs(QStringLiteral("\u00e4dmin")), 2, wrongCredentials,
        Refused::AtSignIn);
    row("a user name with a terminal escape", nothing(), verifyAs(QStringLiteral("admin\x1b[2J")), 2, wrongCredentials,
        Refused::AtSignIn);
    row("an empty user name", nothing(), verifyAs(QString()), 1, {QStringLiteral("--user")}, Refused::BeforeSignIn);
    row("enrolling a name with a terminal escape", nothing(),
        typing(
            as("admin", {QStringLiteral("user"), QStringLiteral("enrol"), QStringLiteral("steward1\x1b]0;owned\x07")}),
            CliWorkstation::passwordLine(QStringLiteral("admin")) +
                CliWorkstation::passwordLine(QStringLiteral("steward1"))),
        4, {QStringLiteral("not a valid user name")}, Refused::AfterSignIn, signedUnlock);
    row("a filter without a value", nothing(), aggregate({QStringLiteral("--filter"), QStringLiteral("BEN_SEX_COD")}),
        1, {QStringLiteral("BEN_SEX_COD")}, Refused::BeforeSignIn);
    row("a filter on an unknown column", nothing(), aggregate({QStringLiteral("--filter"), QStringLiteral("NOPE=1")}),
        1, {QStringLiteral("NOPE")}, Refused::AfterSignIn, signedUnlock);
    row("a filter value with a terminal escape", nothing(),
        aggregate({QStringLiteral("--filter"), QStringLiteral("BEN_SEX_COD=1,\x1b[31m9")}), 1,
        {QStringLiteral("BEN_SEX_COD")}, Refused::AfterSignIn, signedUnlock);
    row("a filter on an impossible date", nothing(),
        aggregate({QStringLiteral("--filter"), QStringLiteral("EXE_SOI_DTD=2025-02-30..2025-03-01")}), 1,
        {QStringLiteral("2025-02-30")}, Refused::BeforeSignIn);
    row("five dimensions", nothing(),
        as("analyst1",
           {QStringLiteral("aggregate"), QStringLiteral("--dataset"), QStringLiteral("prestations"),
            QStringLiteral("--dims"), QStringLiteral("BEN_SEX_COD,BEN_RES_DPT,BEN_RES_REG,AGE_BEN_SNDS,ANNEE")}),
        1, {QStringLiteral("5 given")}, Refused::AfterSignIn, signedUnlock);
    row("a dataset named by a path", nothing(), as("analyst1", words("catalogue show ../../etc/passwd")), 4,
        {QStringLiteral("../../etc/passwd")}, Refused::BeforeSignIn);
    row("a vault folder that is a FIFO", swapping(QStringLiteral("{work}/fifo"), byFifo()),
        as("admin", words("--vault {work}/fifo vault verify")), 5, {QStringLiteral("{work}/fifo")},
        Refused::BeforeSignIn);

    // Passwords on standard input.
    row("no password at all", nothing(), typing(adminVerifies, {}), 1, {QStringLiteral("standard input")},
        Refused::BeforeSignIn);
    row("an empty password", nothing(), typing(adminVerifies, "\n"), 2, wrongCredentials, Refused::AtSignIn);
    row("a password of 1025 bytes", nothing(), typing(adminVerifies, QByteArray(1025, 'p') + "\n"), 4,
        {QStringLiteral("1024")}, Refused::BeforeSignIn);
    row("a password with a NUL byte", nothing(), typing(adminVerifies, QByteArrayLiteral("admin pass\0phrase\n")), 2,
        wrongCredentials, Refused::AtSignIn);
    row("a password that is not UTF-8", nothing(), typing(adminVerifies, "\xff\xfe\xfd\xfc pass phrase\n"), 2,
        wrongCredentials, Refused::AtSignIn);
    row("a new password too short", nothing(),
        typing(as("admin", words("vault passwd")), CliWorkstation::passwordLine(QStringLiteral("admin")) + "short\n"),
        4, {QStringLiteral("too short")}, Refused::AfterSignIn, signedUnlock);
    row("a new password of 1025 bytes", nothing(),
        typing(as("admin", words("vault passwd")),
               CliWorkstation::passwordLine(QStringLiteral("admin")) + QByteArray(1025, 'p') + "\n"),
        4, {QStringLiteral("1024")}, Refused::AfterSignIn, signedUnlock);
    for (const auto& [what, fresh] :
         {std::pair{"a new password with a NUL byte", QByteArrayLiteral("new pass\0phrase")},
          std::pair{"a new password with an escape", QByteArrayLiteral("new pass\x1b[2Jphrase")},
          std::pair{"a new password that is not UTF-8", QByteArrayLiteral("new pass\xff\xfephrase")}}) {
        row(what, nothing(),
            typing(as("admin", words("vault passwd")),
                   CliWorkstation::passwordLine(QStringLiteral("admin")) + fresh + '\n' + fresh + '\n'),
            4, {QStringLiteral("control characters")}, Refused::AfterSignIn, signedUnlock);
    }
    row("a recovery key with a terminal escape", nothing(),
        typing(as("admin", words("vault recover")), "\x1b[2J\nadmin new pass phrase\n"), 2,
        {QStringLiteral("wrong recovery key")}, Refused::AtSignIn);

    // Managed policy: refused as a whole, before anything else (tst_startup and tst_policy
    // cover the rest: a folder, UTF-16, an unknown key, permission denied).
    row("policy with a number beyond 64 bits",
        writing(QStringLiteral("{policy}"), m_station.policy() + "SmallCellThreshold=99999999999999999999999\n"),
        adminVerifies, 3, {QStringLiteral("{policy}"), QStringLiteral("SmallCellThreshold")}, Refused::BeforeSignIn);
    row("policy with a NUL byte",
        writing(QStringLiteral("{policy}"), m_station.policy() + QByteArrayLiteral("IdleLockMinutes=\0003\n")),
        adminVerifies, 3, {QStringLiteral("{policy}"), QStringLiteral("NUL")}, Refused::BeforeSignIn);
}

void TestHostileInput::hostileInputIsRefusedWithItsExitCodeNamedAndChangesNothing()
{
    QFETCH(Prepare, prepare);
    QFETCH(Command, command);
    QFETCH(int, exitCode);
    QFETCH(QStringList, names);
    QFETCH(Refused, refused);
    QFETCH(QStringList, audited);
    QFETCH(QByteArray, secret);

    const Scene scene{m_scene, m_vaultId, m_station.keyFile()};
    CliWorkstation::copyHome(m_template, scene.home);
    QVERIFY(QDir().mkpath(scene.work()));
    prepare(scene);
    if (QTest::currentTestFailed())
        return;
    const QString sealFolder = CliWorkstation::sealFolder(scene.home);
    const auto vaultBefore = snapshot(scene.vault());
    const auto sealsBefore = snapshot(sealFolder);
    QVERIFY(vaultBefore.contains(QStringLiteral("vault.db"))); // what is compared is really there

    const CliResult result = CliWorkstation::run(scene.home, scene.expand(command.arguments), command.input);
    QVERIFY2(result.exitCode == exitCode, qPrintable(QStringLiteral("exit code %1, expected %2; stderr: %3")
                                                         .arg(result.exitCode)
                                                         .arg(exitCode)
                                                         .arg(printable(result.err))));

    // What the refusal must have left as it was.
    auto vaultAfter = snapshot(scene.vault());
    const auto sealsAfter = snapshot(sealFolder);
    if (refused == Refused::BeforeSignIn) {
        const QStringList changed = differences(vaultBefore, vaultAfter) + differences(sealsBefore, sealsAfter);
        QVERIFY2(changed.isEmpty(), qPrintable(changed.join(QStringLiteral(", "))));
        const qsizetype out = command.arguments.indexOf(QStringLiteral("--out"));
        if (out >= 0)
            QVERIFY2(!QFileInfo::exists(scene.expand(command.arguments.value(out + 1))), "an output was written");
    } else if (refused == Refused::AtSignIn) {
        // The failure is recorded, for the throttle and the trail; nothing else moves.
        const QString record = QStringLiteral("unlock-failures.json");
        QVERIFY2(vaultAfter.value(record) != vaultBefore.value(record), "the failed sign-in was not recorded");
        auto before = vaultBefore;
        before.remove(record);
        vaultAfter.remove(record);
        const QStringList changed = differences(before, vaultAfter) + differences(sealsBefore, sealsAfter);
        QVERIFY2(changed.isEmpty(), qPrintable(changed.join(QStringLiteral(", "))));
    } else {
        const QString slots = QStringLiteral("keyslots.json");
        QVERIFY2(vaultAfter.value(slots) == vaultBefore.value(slots), "keyslots.json changed");
        // A seal the row spoilt is evidence: later sign-ins must not overwrite it.
        if (sealsBefore != m_templateSeals)
            QVERIFY2(differences(sealsBefore, sealsAfter).isEmpty(), "the spoilt seal was overwritten");
    }

    // What the message says, and does not.
    for (const QString& name : scene.expand(names))
        QVERIFY2(result.err.contains(name),
                 qPrintable(QStringLiteral("the message does not name %1: %2").arg(name, printable(result.err))));
    QVERIFY2(!holdsControlCharacters(result.err),
             qPrintable(QStringLiteral("control characters reach the terminal: ") + printable(result.err)));
    if (!secret.isEmpty())
        QVERIFY2(!result.err.toUtf8().contains(secret) && !result.out.toUtf8().contains(secret),
                 qPrintable(QStringLiteral("the message shows ") + QString::fromUtf8(secret)));

    if (refused != Refused::AfterSignIn)
        return;
    // The trail first: every later check signs in, which adds to it.
    QString problem;
    const QList<QJsonObject> trail = CliWorkstation::auditTrail(scene.home, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(trail.size() > m_auditHead);
    QCOMPARE(trail.last().value(QStringLiteral("user")).toString(), QStringLiteral("auditor1")); // the export's own
    QStringList added;
    for (qsizetype i = m_auditHead; i < trail.size() - 1; ++i) {
        added << trail[i].value(QStringLiteral("action")).toString();
        if (!secret.isEmpty())
            QVERIFY2(!QJsonDocument(trail[i]).toJson(QJsonDocument::Compact).contains(secret),
                     "the trail holds the value");
    }
    QCOMPARE(added, audited);
    const DataState after = dataState(scene.home);
    QVERIFY2(after.problem.isEmpty(), qPrintable(after.problem));
    QCOMPARE(after.catalogue, m_dataBefore.catalogue);
    QCOMPARE(after.accounts, m_dataBefore.accounts);
    QCOMPARE(after.serial, m_dataBefore.serial);
}

} // namespace hostile

QTEST_GUILESS_MAIN(hostile::TestHostileInput)
#include "tst_hostile_input.moc"
