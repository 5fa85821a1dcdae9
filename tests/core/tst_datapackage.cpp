#include "common/Error.h"
#include "crypto/Ed25519.h"
#include "crypto/Random.h"
#include "data/DataPackage.h"
#include "data/PackageArchive.h"

#include "Failure.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <archive.h>
#include <archive_entry.h>

#include <sys/stat.h>

using namespace ecluse;
using ecluse::test::errorKindOf;

namespace {

void writeFile(const QString& path, const QByteArray& contents)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(contents);
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Writes `files` as one archive, a pax tar or a zip, through one of libarchive's write filters.
void writeArchive(const QString& path, int filter, bool zip, const QMap<QString, QByteArray>& files)
{
    std::unique_ptr<archive, decltype(&archive_write_free)> writer(archive_write_new(), &archive_write_free);
    QCOMPARE(archive_write_add_filter(writer.get(), filter), ARCHIVE_OK);
    QCOMPARE(zip ? archive_write_set_format_zip(writer.get()) : archive_write_set_format_pax_restricted(writer.get()),
             ARCHIVE_OK);
    QCOMPARE(archive_write_open_filename(writer.get(), QFile::encodeName(path).constData()), ARCHIVE_OK);
    for (auto file = files.begin(); file != files.end(); ++file) {
        std::unique_ptr<archive_entry, decltype(&archive_entry_free)> header(archive_entry_new(), &archive_entry_free);
        archive_entry_set_pathname(header.get(), file.key().toUtf8().constData());
        archive_entry_set_size(header.get(), file.value().size());
        archive_entry_set_filetype(header.get(), AE_IFREG);
        archive_entry_set_perm(header.get(), 0644);
        QCOMPARE(archive_write_header(writer.get(), header.get()), ARCHIVE_OK);
        QCOMPARE(
            archive_write_data(writer.get(), file.value().constData(), static_cast<std::size_t>(file.value().size())),
            static_cast<la_ssize_t>(file.value().size()));
    }
    QCOMPARE(archive_write_close(writer.get()), ARCHIVE_OK);
}

// Puts a folder of fake decompressors first on PATH for as long as it lives. Each one that is run
// leaves a file named after itself, and swallows its input as the real one would.
class FakeDecompressors
{
public:
    explicit FakeDecompressors(const QString& root)
        : m_bin(QDir(root).filePath(QStringLiteral("bin")))
        , m_ran(QDir(root).filePath(QStringLiteral("ran")))
        , m_oldPath(qgetenv("PATH"))
    {
        QDir().mkpath(m_bin);
        QDir().mkpath(m_ran);
        for (const char* name : {"lrzip", "grzip", "lzop", "lz4", "lzip", "lzma", "gzip", "gunzip", "bzip2", "xz",
                                 "unxz", "zstd", "unzstd", "compress", "uncompress", "uudecode", "rpm2cpio"}) {
            const QString program = QDir(m_bin).filePath(QString::fromLatin1(name));
            writeFile(program,
                      "#!/bin/sh\n: > '" + QFile::encodeName(m_ran) + "'/" + name + "\ncat > /dev/null\nexit 1\n");
            QFile::setPermissions(program, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
        qputenv("PATH", QFile::encodeName(m_bin) + ':' + m_oldPath);
    }
    ~FakeDecompressors() { qputenv("PATH", m_oldPath); }
    FakeDecompressors(const FakeDecompressors&) = delete;
    FakeDecompressors& operator=(const FakeDecompressors&) = delete;

    QStringList ran() const { return QDir(m_ran).entryList(QDir::Files); }

private:
    QString m_bin;
    QString m_ran;
    QByteArray m_oldPath;
};

} // namespace

// Packages: nothing in one may be used before its signature and every file's hash check out.
class TestDataPackage : public QObject
{
    Q_OBJECT

private:
    SystemRandom m_random;
    Ed25519SigningKey m_producer = Ed25519SigningKey::generate(m_random);
    QTemporaryDir m_dir;
    QString m_csv;

    QString build(const QString& name)
    {
        const QString out = m_dir.filePath(name);
        DataPackage::build(out, QStringLiteral("prestations"), 1, QStringLiteral("CNAM DSES"), QDate(2027, 12, 31),
                           {m_csv}, m_producer);
        return out;
    }

    QList<QByteArray> trusted() const { return {m_producer.publicKey()}; }

    // The three files of a freshly built, valid package, by name.
    QMap<QString, QByteArray> packageFiles(const QString& name)
    {
        const QDir folder(build(name));
        QMap<QString, QByteArray> files;
        for (const QString& file : folder.entryList(QDir::Files))
            files.insert(file, readFile(folder.filePath(file)));
        return files;
    }

    // A manifest with the given file entry, signed by the trusted producer.
    QString signedPackageWithFile(const QString& folderName, const QString& fileName)
    {
        const QString folder = m_dir.filePath(folderName);
        QDir().mkpath(folder);
        PackageManifest manifest;
        manifest.id = folderName;
        manifest.dataset = QStringLiteral("prestations");
        manifest.schemaVersion = 1;
        manifest.producer = QStringLiteral("CNAM DSES");
        manifest.created = QDateTime::currentDateTimeUtc();
        manifest.retainUntil = QDate(2027, 12, 31);
        manifest.files.append({fileName, 1, 3, QByteArray(32, 'x')});
        const QByteArray json = manifest.toJson();
        writeFile(QDir(folder).filePath(PackageManifest::ManifestFileName), json);
        writeFile(QDir(folder).filePath(PackageManifest::SignatureFileName),
                  DataPackage::signManifest(json, m_producer));
        return folder;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_csv = m_dir.filePath(QStringLiteral("claims-2026-03.csv"));
        writeFile(m_csv, "BEN_NIR_PSA;BEN_SEX_COD\nabc;1\ndef;2\nghi;1");
    }

    void builtPackageVerifies()
    {
        const QString folder = build(QStringLiteral("good"));
        const VerifiedPackage package = DataPackage::verify(folder, trusted());
        QCOMPARE(package.manifest.dataset, QStringLiteral("prestations"));
        QCOMPARE(package.manifest.files.size(), 1);
        QCOMPARE(package.manifest.files[0].name, QStringLiteral("claims-2026-03.csv"));
        QCOMPARE(package.manifest.files[0].rows, 3); // the last line has no newline, and is counted
        QCOMPARE(package.signerKey, m_producer.publicKey());
    }

    void untrustedProducerIsRefused()
    {
        const QString folder = build(QStringLiteral("untrusted"));
        QString message;
        QCOMPARE(errorKindOf([&] { DataPackage::verify(folder, {Ed25519SigningKey::generate(m_random).publicKey()}); },
                             &message),
                 ErrorKind::Denied);
        QVERIFY2(message.contains(QStringLiteral("TrustedProducerKeys")), qPrintable(message));
    }

    void alteredManifestIsRefused()
    {
        const QString folder = build(QStringLiteral("altered"));
        const QString manifestPath = QDir(folder).filePath(PackageManifest::ManifestFileName);
        QFile file(manifestPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray json = file.readAll();
        file.close();
        writeFile(manifestPath, json.replace("2027-12-31", "2099-12-31"));
        QCOMPARE(errorKindOf([&] { DataPackage::verify(folder, trusted()); }), ErrorKind::Integrity);
    }

    void alteredDataIsRefused()
    {
        const QString folder = build(QStringLiteral("data"));
        // Same size, one byte different: only the hash can tell.
        writeFile(QDir(folder).filePath(QStringLiteral("claims-2026-03.csv")),
                  "BEN_NIR_PSA;BEN_SEX_COD\nabc;1\ndef;1\nghi;1");
        QString message;
        QCOMPARE(errorKindOf([&] { DataPackage::verify(folder, trusted()); }, &message), ErrorKind::Integrity);
        QVERIFY2(message.contains(QStringLiteral("SHA-256")), qPrintable(message));
        writeFile(QDir(folder).filePath(QStringLiteral("claims-2026-03.csv")), "short");
        QCOMPARE(errorKindOf([&] { DataPackage::verify(folder, trusted()); }), ErrorKind::Integrity);
    }

    void fileNamesCannotEscapeThePackage_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("parent") << QStringLiteral("../outside.csv");
        QTest::newRow("absolute") << QStringLiteral("/etc/passwd.csv");
        QTest::newRow("subfolder") << QStringLiteral("sub/inner.csv");
        QTest::newRow("windows separator") << QStringLiteral("..\\outside.csv");
        QTest::newRow("drive") << QStringLiteral("C:outside.csv");
        QTest::newRow("hidden") << QStringLiteral(".hidden.csv");
        QTest::newRow("not csv") << QStringLiteral("script.sh");
    }

    void fileNamesCannotEscapeThePackage()
    {
        QFETCH(QString, name);
        const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'));
        const QString folder = signedPackageWithFile(QStringLiteral("escape-") + tag, name);
        QString message;
        QCOMPARE(errorKindOf([&] { DataPackage::verify(folder, trusted()); }, &message), ErrorKind::InvalidInput);
        QVERIFY2(message.contains(QStringLiteral("not allowed")), qPrintable(message));
    }

    // The producer is shown as the data's provenance: a terminal sequence in it, even signed, is
    // refused, and the message names manifest.json and the package.
    void producerMustBeText()
    {
        const QString folder = m_dir.filePath(QStringLiteral("escape-producer"));
        QDir().mkpath(folder);
        PackageManifest manifest;
        manifest.id = QStringLiteral("escape-producer");
        manifest.dataset = QStringLiteral("prestations");
        manifest.schemaVersion = 1;
        manifest.producer = QStringLiteral("CNAM\x1b[2J DSES");
        manifest.created = QDateTime::currentDateTimeUtc();
        manifest.retainUntil = QDate(2027, 12, 31);
        manifest.files.append({QStringLiteral("data.csv"), 1, 3, QByteArray(32, 'x')});
        const QByteArray json = manifest.toJson();
        writeFile(QDir(folder).filePath(PackageManifest::ManifestFileName), json);
        writeFile(QDir(folder).filePath(PackageManifest::SignatureFileName),
                  DataPackage::signManifest(json, m_producer));
        QString message;
        QCOMPARE(errorKindOf([&] { DataPackage::verify(folder, trusted()); }, &message), ErrorKind::InvalidInput);
        QVERIFY2(message.contains(QStringLiteral("control characters")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("manifest.json in package ") + folder), qPrintable(message));
    }

    void linksAreNotFollowed()
    {
        const QString folder = signedPackageWithFile(QStringLiteral("link"), QStringLiteral("data.csv"));
        QVERIFY(QFile::link(m_csv, QDir(folder).filePath(QStringLiteral("data.csv"))));
        QCOMPARE(errorKindOf([&] { DataPackage::verify(folder, trusted()); }), ErrorKind::Integrity);
    }

    void missingFileIsRefused()
    {
        const QString folder = signedPackageWithFile(QStringLiteral("missing"), QStringLiteral("absent.csv"));
        QCOMPARE(errorKindOf([&] { DataPackage::verify(folder, trusted()); }), ErrorKind::Integrity);
    }

    void archivePackageVerifiesAndReadsInPlace()
    {
        const QString archive = m_dir.filePath(QStringLiteral("package.tar"));
        DataPackage::build(archive, QStringLiteral("prestations"), 1, QStringLiteral("CNAM DSES"), QDate(2027, 12, 31),
                           {m_csv}, m_producer);
        QVERIFY(QFileInfo(archive).isFile());
        const VerifiedPackage package = DataPackage::verify(archive, trusted());
        QVERIFY(package.archive);
        QCOMPARE(package.manifest.files[0].rows, 3);
        QFile original(m_csv);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(package.open(package.manifest.files[0])->readAll(), original.readAll());
    }

    void alteredArchiveIsRefused()
    {
        const QString archive = m_dir.filePath(QStringLiteral("altered.tar"));
        DataPackage::build(archive, QStringLiteral("prestations"), 1, QStringLiteral("CNAM DSES"), QDate(2027, 12, 31),
                           {m_csv}, m_producer);
        QFile file(archive);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        const qsizetype at = bytes.indexOf("def;2");
        QVERIFY(at > 0);
        bytes[at + 4] = '1'; // same size, other content
        file.seek(0);
        file.write(bytes);
        file.close();
        QCOMPARE(errorKindOf([&] { DataPackage::verify(archive, trusted()); }), ErrorKind::Integrity);
    }

    void archiveEntriesCannotEscapeOrLink_data()
    {
        QTest::addColumn<QStringList>("tarArguments");
        QTest::newRow("parent path") << QStringList{QStringLiteral("-P"), QStringLiteral("--transform"),
                                                    QStringLiteral("s,^,../,"), QStringLiteral("claims-2026-03.csv")};
        QTest::newRow("subfolder") << QStringList{QStringLiteral("--transform"), QStringLiteral("s,^,sub/,"),
                                                  QStringLiteral("claims-2026-03.csv")};
        QTest::newRow("symbolic link") << QStringList{QStringLiteral("link.csv")};
    }

    void archiveEntriesCannotEscapeOrLink()
    {
        QFETCH(QStringList, tarArguments);
        QFile::link(m_csv, m_dir.filePath(QStringLiteral("link.csv")));
        const QString archive = m_dir.filePath(
            QStringLiteral("evil-%1.tar")
                .arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
        QProcess tar;
        tar.setWorkingDirectory(m_dir.path());
        tar.start(QStringLiteral("tar"), QStringList{QStringLiteral("-cf"), archive} + tarArguments);
        QVERIFY(tar.waitForFinished());
        QCOMPARE(tar.exitCode(), 0);
        QString message;
        QCOMPARE(errorKindOf([&] { PackageArchive{archive}; }, &message), ErrorKind::Integrity);
        QVERIFY2(message.contains(QStringLiteral("not a plain file")), qPrintable(message));
    }

    void compressedArchivesStillVerify_data()
    {
        QTest::addColumn<int>("filter");
        QTest::addColumn<bool>("zip");
        QTest::newRow("tar.gz") << ARCHIVE_FILTER_GZIP << false;
        QTest::newRow("tar.bz2") << ARCHIVE_FILTER_BZIP2 << false;
        QTest::newRow("tar.xz") << ARCHIVE_FILTER_XZ << false;
        QTest::newRow("tar.zst") << ARCHIVE_FILTER_ZSTD << false;
        QTest::newRow("zip") << ARCHIVE_FILTER_NONE << true;
    }

    void compressedArchivesStillVerify()
    {
        QFETCH(int, filter);
        QFETCH(bool, zip);
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        const QMap<QString, QByteArray> files = packageFiles(QStringLiteral("for-") + tag);
        const QString archive = m_dir.filePath(QStringLiteral("package.") + tag);
        writeArchive(archive, filter, zip, files);
        const FakeDecompressors fakes(m_dir.filePath(QStringLiteral("fakes-") + tag));
        QString message;
        QCOMPARE(errorKindOf(
                     [&] {
                         const VerifiedPackage package = DataPackage::verify(archive, trusted());
                         QCOMPARE(package.open(package.manifest.files[0])->readAll(),
                                  files.value(QStringLiteral("claims-2026-03.csv")));
                     },
                     &message),
                 ErrorKind::Other);
        QVERIFY2(message.isEmpty(), qPrintable(message));
        QCOMPARE(fakes.ran(), QStringList()); // decoded in this process
    }

    // libarchive decodes these formats by running a program found on PATH (or would, built
    // without the library): over bytes nobody has verified yet. They are refused unread.
    void archivesNeedingAnOutsideProgramAreRefusedWithoutRunningOne_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<int>("filter");
        QTest::newRow("lrzip") << QByteArray("LRZI\x00\x06", 6) << 0;
        QTest::newRow("grzip") << QByteArray("GRZipII\x00\x02\x04:)", 12) << 0;
        QTest::newRow("lzop") << QByteArray("\x89LZO\x00\r\n\x1a\n", 9) << 0;
        QTest::newRow("lz4") << QByteArray() << ARCHIVE_FILTER_LZ4;
        QTest::newRow("lzip") << QByteArray() << ARCHIVE_FILTER_LZIP;
        QTest::newRow("lzma") << QByteArray() << ARCHIVE_FILTER_LZMA;
        QTest::newRow("compress") << QByteArray() << ARCHIVE_FILTER_COMPRESS;
        QTest::newRow("uuencode") << QByteArray() << ARCHIVE_FILTER_UU;
    }

    void archivesNeedingAnOutsideProgramAreRefusedWithoutRunningOne()
    {
        QFETCH(QByteArray, header);
        QFETCH(int, filter);
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        const QString archive = m_dir.filePath(QStringLiteral("package-%1.tar").arg(tag));
        if (header.isEmpty())
            writeArchive(archive, filter, false, packageFiles(QStringLiteral("for-") + tag));
        else
            writeFile(archive, header + QByteArray(4096, '\x01'));
        const FakeDecompressors fakes(m_dir.filePath(QStringLiteral("fakes-") + tag));
        QString message;
        QCOMPARE(errorKindOf([&] { DataPackage::verify(archive, trusted()); }, &message), ErrorKind::InvalidInput);
        QVERIFY2(message.contains(archive) && message.contains(QStringLiteral("is not a package archive")),
                 qPrintable(message));
        QCOMPARE(fakes.ran(), QStringList());
    }

    void archiveEntryLongerThanItsHeaderSaysIsRefused()
    {
        // A zip whose manifest.json declares 100 bytes and inflates to 2 MiB: libarchive checks the
        // size only at the entry's end, so only a bounded read stops it.
        const QString archive = m_dir.filePath(QStringLiteral("understated.zip"));
        QMap<QString, QByteArray> files = packageFiles(QStringLiteral("for-understated"));
        files[PackageManifest::ManifestFileName] += QByteArray(2 << 20, ' ');
        writeArchive(archive, ARCHIVE_FILTER_NONE, true, files);
        QByteArray bytes = readFile(archive);
        const QByteArray declared = QByteArray::fromRawData("\x64\0\0\0", 4); // 100, little-endian
        int patched = 0;
        for (const auto& [signature, offset] :
             {std::pair{QByteArray("PK\x03\x04"), 22}, std::pair{QByteArray("PK\x07\x08"), 12},
              std::pair{QByteArray("PK\x01\x02"), 24}}) {
            for (qsizetype at = bytes.indexOf(signature); at >= 0; at = bytes.indexOf(signature, at + 1)) {
                const qsizetype field = at + offset;
                if (qFromLittleEndian<quint32>(bytes.constData() + field) ==
                    static_cast<quint32>(files[PackageManifest::ManifestFileName].size())) {
                    bytes.replace(field, 4, declared);
                    ++patched;
                }
            }
        }
        QCOMPARE(patched, 3); // in the local header, the data descriptor and the central directory
        writeFile(archive, bytes);
        QString message;
        QCOMPARE(errorKindOf([&] { DataPackage::verify(archive, trusted()); }, &message), ErrorKind::Integrity);
        QVERIFY2(message.contains(QStringLiteral("manifest.json in package archive ") + archive) &&
                     message.contains(QStringLiteral("more bytes than its header declares")),
                 qPrintable(message));
    }

    void manifestAndSignatureMustBeRegularFiles_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QString>("replacement");
        QTest::addColumn<QString>("expected");
        QTest::newRow("manifest linked to a copy")
            << QStringLiteral("manifest.json") << QStringLiteral("copy") << QStringLiteral("is a link");
        QTest::newRow("manifest linked to /dev/zero")
            << QStringLiteral("manifest.json") << QStringLiteral("/dev/zero") << QStringLiteral("is a link");
        QTest::newRow("manifest is a FIFO")
            << QStringLiteral("manifest.json") << QStringLiteral("fifo") << QStringLiteral("is not a regular file");
        QTest::newRow("signature is a FIFO")
            << QStringLiteral("manifest.sig") << QStringLiteral("fifo") << QStringLiteral("is not a regular file");
        QTest::newRow("manifest over 1 MiB")
            << QStringLiteral("manifest.json") << QStringLiteral("padded") << QStringLiteral("is larger than 1 MiB");
    }

    void manifestAndSignatureMustBeRegularFiles()
    {
        QFETCH(QString, member);
        QFETCH(QString, replacement);
        QFETCH(QString, expected);
        const QString folder =
            build(QStringLiteral("member-") +
                  QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
        const QString path = QDir(folder).filePath(member);
        if (replacement == QStringLiteral("copy")) {
            // A link to the very same bytes, signature and all: still refused, as linked data files are.
            const QString copy = m_dir.filePath(QStringLiteral("manifest-copy.json"));
            QFile::remove(copy);
            QVERIFY(QFile::rename(path, copy));
            QVERIFY(QFile::link(copy, path));
        } else if (replacement == QStringLiteral("fifo")) {
            QVERIFY(QFile::remove(path));
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        } else if (replacement == QStringLiteral("padded")) {
            writeFile(path, readFile(path) + QByteArray((1 << 20) + 1, ' '));
        } else {
            QVERIFY(QFile::remove(path));
            QVERIFY(QFile::link(replacement, path));
        }
        QString message;
        QCOMPARE(errorKindOf([&] { DataPackage::verify(folder, trusted()); }, &message), ErrorKind::Integrity);
        QVERIFY2(message.contains(QStringLiteral("%1 in package %2 ").arg(member, folder) + expected),
                 qPrintable(message));
    }

    void malformedSignatureIsDamageNotAnUntrustedSigner_data()
    {
        QTest::addColumn<QByteArray>("signature");
        QTest::addColumn<QString>("expected");
        const QByteArray signer = m_producer.publicKey().toBase64();
        const QByteArray someSignature = QByteArray(64, 'x').toBase64();
        QTest::newRow("not JSON") << QByteArray("signer=abc") << QStringLiteral("it is not a valid JSON object");
        QTest::newRow("an array") << QByteArray("[]") << QStringLiteral("it is not a valid JSON object");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("it is not a valid JSON object");
        // Two signers: which one a reader took would depend on the reader.
        QTest::newRow("a signer given twice")
            << "{\"signer\": \"" + signer + "\", \"signer\": \"" + signer + "\", \"signature\": \"" + someSignature +
                   "\"}"
            << QStringLiteral("it is not a valid JSON object (line 1, column 67: duplicate object key");
        QTest::newRow("no signer") << "{\"signature\": \"" + someSignature + "\"}"
                                   << QStringLiteral("'signer' is missing");
        QTest::newRow("no signature") << "{\"signer\": \"" + signer + "\"}" << QStringLiteral("'signature' is missing");
        QTest::newRow("signer not base64")
            << "{\"signer\": \"#" + signer + "\", \"signature\": \"" + someSignature + "\"}"
            << QStringLiteral("'signer' is not 32 bytes");
        QTest::newRow("short signature") << "{\"signer\": \"" + signer + "\", \"signature\": \"AAAA\"}"
                                         << QStringLiteral("'signature' is not 64 bytes");
        QTest::newRow("signer a number") << "{\"signer\": 12, \"signature\": \"" + someSignature + "\"}"
                                         << QStringLiteral("'signer' is missing");
    }

    void malformedSignatureIsDamageNotAnUntrustedSigner()
    {
        QFETCH(QByteArray, signature);
        QFETCH(QString, expected);
        const QString folder =
            build(QStringLiteral("sig-") +
                  QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
        writeFile(QDir(folder).filePath(PackageManifest::SignatureFileName), signature);
        QString message;
        QCOMPARE(errorKindOf([&] { DataPackage::verify(folder, trusted()); }, &message), ErrorKind::Integrity);
        QVERIFY2(message.contains(QStringLiteral("manifest.sig in package %1 is damaged: ").arg(folder) + expected),
                 qPrintable(message));
    }

    void buildRefusesAnExistingFolder()
    {
        QCOMPARE(errorKindOf([&] { build(QStringLiteral("good")); }), ErrorKind::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestDataPackage)
#include "tst_datapackage.moc"
