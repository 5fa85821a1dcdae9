#include "common/Error.h"
#include "crypto/Ed25519.h"
#include "crypto/Random.h"
#include "data/DataPackage.h"
#include "data/PackageArchive.h"

#include "Failure.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ecluse;
using ecluse::test::errorKindOf;

namespace {

void writeFile(const QString& path, const QByteArray& contents)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(contents);
}

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

    void buildRefusesAnExistingFolder()
    {
        QCOMPARE(errorKindOf([&] { build(QStringLiteral("good")); }), ErrorKind::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestDataPackage)
#include "tst_datapackage.moc"
