#include "DataPackage.h"

#include "PackageArchive.h"

#include "common/Error.h"
#include "common/ReadFile.h"
#include "common/StrictJson.h"
#include "crypto/Digest.h"
#include "crypto/Ed25519.h"
#include "crypto/Wipe.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryDir>
#include <QUuid>

namespace ecluse {
namespace {

// This file's messages, under the "DataPackage" context that lupdate files them in too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DataPackage)
};

const QByteArray signatureContext = QByteArrayLiteral("ecluse-package-v1");
constexpr qint64 maximumManifestSize = 1 << 20;
constexpr qint64 maximumSignatureSize = 4096;
constexpr qint64 bufferSize = 1 << 20;

// `source` names where the manifest was read; empty for one being built.
[[noreturn]] void invalid(const QString& source, const QString& why)
{
    throw Error(ErrorKind::InvalidInput,
                Text::tr("%1: %2").arg(source.isEmpty() ? Text::tr("package manifest") : source, why));
}

// A file name that stays inside the package folder whatever the platform: no separators, no
// parent references, no drive letters, no hidden files.
bool isSafeFileName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,127}\\.csv$"));
    return pattern.match(name).hasMatch() && !name.contains(QStringLiteral(".."));
}

// A file listed by a package folder's manifest: a regular file really in the folder, never a
// link (it could lead anywhere on the machine) nor a FIFO or device put in its place.
std::unique_ptr<QFile> openMember(const QString& folder, const QString& name, const QString& description)
{
    return openRegularFile(QDir(folder).filePath(name), {.links = LinkPolicy::Refuse,
                                                         .refusal = ErrorKind::Integrity,
                                                         .missing = ErrorKind::Integrity,
                                                         .name = description});
}

// The manifest's signature as producers write it. Anything else is damage, reported as such: an
// unreadable signature must not pass for one by an unknown producer.
struct ManifestSignature
{
    QByteArray signer;
    QByteArray signature;
};

ManifestSignature parseSignature(const QByteArray& text, const QString& where)
{
    const auto damaged = [&](const QString& why) {
        return Error(ErrorKind::Integrity, Text::tr("%1 is damaged: %2").arg(where, why));
    };
    QString problem;
    const std::optional<QJsonObject> document = parseStrictJsonObject(text, &problem);
    if (!document)
        throw damaged(Text::tr("it is not a valid JSON object (%1)").arg(problem));
    const auto field = [&](QLatin1StringView key, std::size_t size) {
        const QJsonValue value = document->value(key);
        if (!value.isString())
            throw damaged(Text::tr("'%1' is missing").arg(key));
        const auto decoded =
            QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.size() != static_cast<qsizetype>(size))
            throw damaged(Text::tr("'%1' is not %2 bytes in base64").arg(key).arg(size));
        return decoded.decoded;
    };
    return {field(QLatin1StringView("signer"), Ed25519PublicKeySize),
            field(QLatin1StringView("signature"), Ed25519SignatureSize)};
}

// Hashes a file and counts its lines after the header, streaming; stops after limit + 1 bytes
// (a negative limit reads to the end).
struct FileDigest
{
    QByteArray sha256;
    qint64 bytes = 0;
    qint64 dataRows = 0;
};

FileDigest digestDevice(QIODevice& device, const QString& name, bool countRows, qint64 limit = -1)
{
    Sha256 hash;
    FileDigest digest;
    QByteArray buffer(bufferSize, Qt::Uninitialized);
    qint64 newlines = 0;
    char last = '\n';
    for (;;) {
        const qint64 wanted = limit < 0 ? bufferSize : std::min(bufferSize, limit + 1 - digest.bytes);
        const qint64 got = wanted > 0 ? device.read(buffer.data(), wanted) : 0;
        if (got < 0) {
            wipe(buffer);
            throw Error(ErrorKind::Integrity, Text::tr("cannot read %1: %2").arg(name, device.errorString()));
        }
        if (got == 0)
            break;
        const QByteArrayView chunk(buffer.constData(), got);
        hash.addData(chunk);
        digest.bytes += got;
        if (countRows) {
            newlines += std::count(chunk.begin(), chunk.end(), '\n');
            last = chunk.back();
        }
    }
    wipe(buffer); // the package's raw bytes
    digest.sha256 = hash.result();
    // Lines, including a last one without a newline, minus the header.
    digest.dataRows = std::max<qint64>(0, newlines + (last != '\n' ? 1 : 0) - 1);
    return digest;
}

FileDigest digestFile(const QString& path, bool countRows)
{
    return digestDevice(*openRegularFile(path), path, countRows);
}

void writeSmallFile(const QString& path, const QByteArray& contents)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size() || !file.commit())
        throw Error(ErrorKind::Other, Text::tr("cannot write %1").arg(path));
}

} // namespace

qint64 PackageManifest::totalRows() const
{
    qint64 total = 0;
    for (const PackageFile& file : files)
        total += file.rows;
    return total;
}

QByteArray PackageManifest::toJson() const
{
    QJsonArray fileArray;
    for (const PackageFile& file : files) {
        fileArray.append(QJsonObject{{QStringLiteral("name"), file.name},
                                     {QStringLiteral("rows"), file.rows},
                                     {QStringLiteral("bytes"), file.bytes},
                                     {QStringLiteral("sha256"), QString::fromLatin1(file.sha256.toHex())}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("ecluse-package")},
                                     {QStringLiteral("version"), FormatVersion},
                                     {QStringLiteral("id"), id},
                                     {QStringLiteral("dataset"), dataset},
                                     {QStringLiteral("schemaVersion"), schemaVersion},
                                     {QStringLiteral("producer"), producer},
                                     {QStringLiteral("created"), created.toUTC().toString(Qt::ISODate)},
                                     {QStringLiteral("retainUntil"), retainUntil.toString(Qt::ISODate)},
                                     {QStringLiteral("files"), fileArray}})
        .toJson();
}

PackageManifest PackageManifest::parse(const QByteArray& json, const QString& source)
{
    QString problem;
    const std::optional<QJsonObject> document = parseStrictJsonObject(json, &problem);
    if (!document)
        invalid(source, Text::tr("not valid JSON (%1)").arg(problem));
    const QJsonObject& root = *document;
    if (root.value(QStringLiteral("format")).toString() != QStringLiteral("ecluse-package"))
        invalid(source, Text::tr("'format' must be 'ecluse-package'"));
    if (root.value(QStringLiteral("version")).toInteger() != FormatVersion)
        invalid(source, Text::tr("unsupported version %1").arg(root.value(QStringLiteral("version")).toInteger()));

    PackageManifest manifest;
    manifest.id = root.value(QStringLiteral("id")).toString();
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"));
    if (!idPattern.match(manifest.id).hasMatch())
        invalid(source, Text::tr("'id' is missing or malformed"));
    manifest.dataset = root.value(QStringLiteral("dataset")).toString();
    manifest.schemaVersion = root.value(QStringLiteral("schemaVersion")).toInt();
    manifest.producer = root.value(QStringLiteral("producer")).toString();
    if (manifest.dataset.isEmpty() || manifest.schemaVersion < 1 || manifest.producer.trimmed().isEmpty())
        invalid(source, Text::tr("'dataset', 'schemaVersion' and 'producer' are required"));
    // Both are shown as the data's provenance, in the GUI and by the CLI: text only.
    if (printableText(manifest.dataset) != manifest.dataset || printableText(manifest.producer) != manifest.producer)
        invalid(source, Text::tr("'dataset' and 'producer' must not hold control characters"));
    manifest.created = QDateTime::fromString(root.value(QStringLiteral("created")).toString(), Qt::ISODate);
    manifest.retainUntil = QDate::fromString(root.value(QStringLiteral("retainUntil")).toString(), Qt::ISODate);
    if (!manifest.created.isValid() || !manifest.retainUntil.isValid())
        invalid(source, Text::tr("'created' and 'retainUntil' must be ISO 8601 dates"));

    QSet<QString> names;
    for (const QJsonValue value : root.value(QStringLiteral("files")).toArray()) {
        const QJsonObject object = value.toObject();
        PackageFile file;
        file.name = object.value(QStringLiteral("name")).toString();
        if (!isSafeFileName(file.name))
            invalid(
                source,
                Text::tr("file name '%1' is not allowed: plain names ending in .csv only, no folders").arg(file.name));
        if (names.contains(file.name.toLower()))
            invalid(source, Text::tr("file '%1' is listed twice").arg(file.name));
        names.insert(file.name.toLower());
        file.rows = object.value(QStringLiteral("rows")).toInteger(-1);
        file.bytes = object.value(QStringLiteral("bytes")).toInteger(-1);
        file.sha256 = QByteArray::fromHex(object.value(QStringLiteral("sha256")).toString().toLatin1());
        if (file.rows < 0 || file.bytes < 0 || file.sha256.size() != static_cast<qsizetype>(Sha256Size))
            invalid(source, Text::tr("file '%1' needs rows, bytes and a SHA-256").arg(file.name));
        manifest.files.append(file);
    }
    if (manifest.files.isEmpty())
        invalid(source, Text::tr("no files"));
    return manifest;
}

std::unique_ptr<QIODevice> VerifiedPackage::open(const PackageFile& file) const
{
    if (archive)
        return archive->open(file.name);
    return openMember(location, file.name, describe(file));
}

QString VerifiedPackage::describe(const PackageFile& file) const
{
    return archive ? archive->describe(file.name) : QDir::toNativeSeparators(QDir(location).filePath(file.name));
}

namespace DataPackage {

PackageManifest build(const QString& out, const QString& dataset, int schemaVersion, const QString& producer,
                      const QDate& retainUntil, const QStringList& csvFiles, const Ed25519SigningKey& key)
{
    if (QFileInfo::exists(out))
        throw Error(ErrorKind::InvalidInput, Text::tr("%1 already exists: a package is written anew").arg(out));
    if (csvFiles.isEmpty())
        throw Error(ErrorKind::Usage, Text::tr("a package needs at least one CSV file"));

    PackageManifest manifest;
    manifest.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    manifest.dataset = dataset;
    manifest.schemaVersion = schemaVersion;
    manifest.producer = producer;
    manifest.created = QDateTime::currentDateTimeUtc();
    manifest.retainUntil = retainUntil;
    for (const QString& csv : csvFiles) {
        const QString name = QFileInfo(csv).fileName();
        if (!isSafeFileName(name))
            throw Error(ErrorKind::InvalidInput,
                        Text::tr("'%1': CSV file names must be plain names ending in .csv").arg(name));
        const FileDigest digest = digestFile(csv, true);
        manifest.files.append({name, digest.dataRows, digest.bytes, digest.sha256});
    }
    const QByteArray json = manifest.toJson();
    PackageManifest::parse(json); // never sign what import would refuse
    const QByteArray signature = signManifest(json, key);

    if (out.endsWith(QStringLiteral(".tar"))) {
        // Only the small manifest and signature pass through a temporary folder.
        QTemporaryDir staging;
        writeSmallFile(staging.filePath(PackageManifest::ManifestFileName), json);
        writeSmallFile(staging.filePath(PackageManifest::SignatureFileName), signature);
        PackageArchive::write(out, QStringList(csvFiles) << staging.filePath(PackageManifest::ManifestFileName)
                                                         << staging.filePath(PackageManifest::SignatureFileName));
        return manifest;
    }
    if (!QDir().mkpath(out))
        throw Error(ErrorKind::Other, Text::tr("cannot create %1").arg(out));
    const QDir folder(out);
    for (const QString& csv : csvFiles) {
        if (!QFile::copy(csv, folder.filePath(QFileInfo(csv).fileName())))
            throw Error(ErrorKind::InvalidInput,
                        Text::tr("cannot copy %1 into the package (a file of that name already "
                                 "there, or unreadable)")
                            .arg(csv));
    }
    writeSmallFile(folder.filePath(PackageManifest::ManifestFileName), json);
    writeSmallFile(folder.filePath(PackageManifest::SignatureFileName), signature);
    return manifest;
}

QByteArray signManifest(const QByteArray& manifestJson, const Ed25519SigningKey& key)
{
    return QJsonDocument(QJsonObject{
                             {QStringLiteral("signer"), QString::fromLatin1(key.publicKey().toBase64())},
                             {QStringLiteral("signature"),
                              QString::fromLatin1(key.sign(signatureContext + '\0' + manifestJson).toBase64())},
                         })
        .toJson();
}

VerifiedPackage verify(const QString& location, const QList<QByteArray>& trustedProducerKeys)
{
    const QFileInfo where(location);
    std::shared_ptr<const PackageArchive> archive;
    QByteArray json;
    QByteArray signatureFile;
    QString signatureName;
    QString manifestSource;
    if (where.isFile()) {
        archive = std::make_shared<const PackageArchive>(location);
        json = archive->readAll(PackageManifest::ManifestFileName, maximumManifestSize);
        manifestSource = archive->describe(PackageManifest::ManifestFileName);
        signatureFile = archive->readAll(PackageManifest::SignatureFileName, maximumSignatureSize);
        signatureName = archive->describe(PackageManifest::SignatureFileName);
    } else if (where.isDir()) {
        // Unsigned yet, and read before anything else: a link, a FIFO or /dev/zero in their place
        // is refused before a byte is read.
        const auto member = [&](const QString& name) {
            return ReadRules{.links = LinkPolicy::Refuse,
                             .refusal = ErrorKind::Integrity,
                             .name = Text::tr("%1 in package %2").arg(name, location)};
        };
        const QDir dir(location);
        const ReadRules manifestRules = member(PackageManifest::ManifestFileName);
        json = readRegularFile(dir.filePath(PackageManifest::ManifestFileName), maximumManifestSize, manifestRules);
        manifestSource = manifestRules.name;
        const ReadRules signatureRules = member(PackageManifest::SignatureFileName);
        signatureFile =
            readRegularFile(dir.filePath(PackageManifest::SignatureFileName), maximumSignatureSize, signatureRules);
        signatureName = signatureRules.name;
    } else {
        throw Error(ErrorKind::InvalidInput,
                    Text::tr("%1 is neither a package folder nor a package archive").arg(location));
    }
    const ManifestSignature signature = parseSignature(signatureFile, signatureName);
    if (!trustedProducerKeys.contains(signature.signer))
        throw Error(ErrorKind::Denied, Text::tr("package %1 is signed by key %2, which this workstation does not trust "
                                                "(managed policy TrustedProducerKeys)")
                                           .arg(location, keyFingerprint(signature.signer)));
    if (!ed25519Verify(signature.signer, signatureContext + '\0' + json, signature.signature))
        throw Error(ErrorKind::Integrity,
                    Text::tr("package %1: the manifest's signature does not verify: it was altered "
                             "after signing")
                        .arg(location));

    VerifiedPackage package{where.absoluteFilePath(), PackageManifest::parse(json, manifestSource), signature.signer,
                            archive};
    for (const PackageFile& file : package.manifest.files) {
        const QString what = package.describe(file);
        std::unique_ptr<QIODevice> device;
        qint64 size = -1;
        if (archive) {
            const PackageArchive::Entry* entry = archive->entry(file.name);
            if (!entry)
                throw Error(ErrorKind::Integrity, Text::tr("package %1: '%2' is missing").arg(location, file.name));
            size = entry->size;
        } else {
            auto member = openMember(package.location, file.name, what);
            size = member->size();
            device = std::move(member);
        }
        if (size != file.bytes)
            throw Error(ErrorKind::Integrity, Text::tr("package %1: '%2' has %3 bytes, the signed manifest says %4")
                                                  .arg(location, file.name)
                                                  .arg(size)
                                                  .arg(file.bytes));
        if (!device)
            device = package.open(file);
        // No more than the signed size is hashed, even from a file that grows meanwhile.
        const FileDigest digest = digestDevice(*device, what, false, file.bytes);
        if (digest.bytes != file.bytes || !constantTimeEquals(digest.sha256, file.sha256))
            throw Error(ErrorKind::Integrity,
                        Text::tr("package %1: '%2' does not match its SHA-256 in the signed manifest")
                            .arg(location, file.name));
    }
    return package;
}

} // namespace DataPackage
} // namespace ecluse
