#include "common/Error.h"
#include "common/ReadFile.h"
#include "crypto/SecureBuffer.h"

#include "CliProcess.h"
#include "Failure.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace ecluse;
using ecluse::test::errorKindOf;

namespace {

QString writeFile(const QString& path, const QByteArray& contents)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(contents);
    return path;
}

QString makeFifo(const QString& path)
{
    return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0 ? path : QString();
}

} // namespace

// Every small file core or the command line reads from outside goes through one reader: it must
// never hang on a FIFO, read a device, follow a link it was told to refuse, or read past its limit.
class TestReadFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void aRegularFileIsReadWholeUpToItsLimit()
    {
        const QString file = writeFile(path(QStringLiteral("exact.json")), QByteArray(1024, 'x'));
        QCOMPARE(readRegularFile(file, 1024), QByteArray(1024, 'x'));
        QCOMPARE(readRegularFile(writeFile(path(QStringLiteral("empty")), {}), 0), QByteArray());
    }

    void oneByteOverTheLimitIsRefusedNamingTheFileAndTheLimit()
    {
        const QString file = writeFile(path(QStringLiteral("big.json")), QByteArray(1025, 'x'));
        QString message;
        QCOMPARE(errorKindOf([&] { readRegularFile(file, 1024, {.refusal = ErrorKind::Integrity}); }, &message),
                 ErrorKind::Integrity);
        QCOMPARE(message, QStringLiteral("%1 is larger than 1 KiB").arg(file));
    }

    void aFileWhoseSizeSaysNothingIsStillReadNoFurtherThanTheLimit()
    {
        // /proc files are regular and report a size of 0: only a bounded read can stop there.
        const QString status = QStringLiteral("/proc/self/status");
        if (!QFileInfo(status).isFile())
            QSKIP("no /proc on this system");
        QCOMPARE(QFileInfo(status).size(), 0);
        QString message;
        QCOMPARE(errorKindOf([&] { readRegularFile(status, 16); }, &message), ErrorKind::InvalidInput);
        QVERIFY2(message.endsWith(QStringLiteral("is larger than 16 bytes")), qPrintable(message));
    }

    void aFifoIsRefusedWithoutWaitingForAWriter()
    {
        const QString fifo = makeFifo(path(QStringLiteral("fifo.json")));
        QVERIFY(!fifo.isEmpty());
        QString message;
        QCOMPARE(errorKindOf([&] { readRegularFile(fifo, 1024); }, &message), ErrorKind::InvalidInput);
        QCOMPARE(message, QStringLiteral("%1 is not a regular file").arg(fifo));
        QCOMPARE(errorKindOf([&] { openRegularFile(fifo); }), ErrorKind::InvalidInput);
        QCOMPARE(errorKindOf([&] { readSecretFile(fifo, 1024); }), ErrorKind::InvalidInput);
    }

    void devicesAndFoldersAreRefused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("/dev/zero") << QStringLiteral("/dev/zero");
        QTest::newRow("/dev/null") << QStringLiteral("/dev/null");
        QTest::newRow("a folder") << QDir::tempPath();
    }

    void devicesAndFoldersAreRefused()
    {
        QFETCH(QString, file);
        QString message;
        QCOMPARE(errorKindOf([&] { readRegularFile(file, 1 << 20, {.refusal = ErrorKind::Integrity}); }, &message),
                 ErrorKind::Integrity);
        QVERIFY2(message.endsWith(QStringLiteral("is not a regular file")), qPrintable(message));
    }

    void linksAreFollowedOrRefusedAsAsked()
    {
        const QString target = writeFile(path(QStringLiteral("target.json")), "{}");
        const QString link = path(QStringLiteral("link.json"));
        QVERIFY(QFile::link(target, link));
        QCOMPARE(readRegularFile(link, 16, {.links = LinkPolicy::Follow}), QByteArray("{}"));
        QString message;
        QCOMPARE(errorKindOf([&] { readRegularFile(link, 16, {.links = LinkPolicy::Refuse}); }, &message),
                 ErrorKind::InvalidInput);
        QVERIFY2(message.contains(QStringLiteral("is a link")), qPrintable(message));
        QCOMPARE(errorKindOf([&] { openRegularFile(link, {.links = LinkPolicy::Refuse}); }), ErrorKind::InvalidInput);

        // Followed, a link still leads only to a regular file.
        const QString toDevice = path(QStringLiteral("zero.json"));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), toDevice));
        QCOMPARE(errorKindOf([&] { readRegularFile(toDevice, 1 << 20, {.links = LinkPolicy::Follow}); }, &message),
                 ErrorKind::InvalidInput);
        QVERIFY2(message.endsWith(QStringLiteral("is not a regular file")), qPrintable(message));
    }

    void aMissingFileIsReportedWithItsOwnKind()
    {
        const QString absent = path(QStringLiteral("absent.json"));
        QString message;
        QCOMPARE(errorKindOf([&] { readRegularFile(absent, 16, {.refusal = ErrorKind::Other}); }, &message),
                 ErrorKind::InvalidInput);
        QVERIFY2(message.startsWith(QStringLiteral("cannot open %1: ").arg(absent)), qPrintable(message));
        QCOMPARE(errorKindOf([&] { readRegularFile(absent, 16, {.missing = ErrorKind::Integrity}); }),
                 ErrorKind::Integrity);
    }

    void messagesUseTheNameGiven()
    {
        const QString fifo = makeFifo(path(QStringLiteral("named-fifo")));
        QString message;
        errorKindOf([&] { readRegularFile(fifo, 16, {.name = QStringLiteral("manifest.json in package P")}); },
                    &message);
        QCOMPARE(message, QStringLiteral("manifest.json in package P is not a regular file"));
    }

    void aSecretComesBackInASecureBufferAndIsBoundedToo()
    {
        const QByteArray pem = "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEI...\n-----END PRIVATE KEY-----\n";
        const QString file = writeFile(path(QStringLiteral("authority.key")), pem);
        const SecureBuffer secret = readSecretFile(file, 1024);
        QCOMPARE(QByteArray(secret.chars(), static_cast<qsizetype>(secret.size())), pem);
        QCOMPARE(errorKindOf([&] { readSecretFile(file, 16); }), ErrorKind::InvalidInput);
    }

    void anOpenedFileStreamsWhatWasChecked()
    {
        const QByteArray contents = QByteArray("a,b\n1,2\n").repeated(100000);
        const QString file = writeFile(path(QStringLiteral("claims.csv")), contents);
        const std::unique_ptr<QFile> opened = openRegularFile(file, {.links = LinkPolicy::Refuse});
        QCOMPARE(opened->size(), contents.size());
        QCOMPARE(opened->readAll(), contents);
    }

    // The command line reads keys and habilitation files through the same reader: a FIFO given
    // by mistake (or by someone else) stops it at once with a message, instead of hanging it.
    void theCommandLineRefusesAFifoInsteadOfWaiting_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("fifoName");
        QTest::newRow("habilitation sign --key")
            << QStringList{QStringLiteral("habilitation"), QStringLiteral("sign"),
                           QStringLiteral("--key"),        path(QStringLiteral("key-fifo")),
                           QStringLiteral("--in"),         path(QStringLiteral("in.json")),
                           QStringLiteral("--out"),        path(QStringLiteral("out.json"))}
            << QStringLiteral("key-fifo");
        QTest::newRow("habilitation sign --in")
            << QStringList{QStringLiteral("habilitation"), QStringLiteral("sign"),
                           QStringLiteral("--key"),        path(QStringLiteral("real.key")),
                           QStringLiteral("--in"),         path(QStringLiteral("in-fifo")),
                           QStringLiteral("--out"),        path(QStringLiteral("out.json"))}
            << QStringLiteral("in-fifo");
        QTest::newRow("habilitation import") << QStringList{QStringLiteral("habilitation"), QStringLiteral("import"),
                                                            path(QStringLiteral("import-fifo"))}
                                             << QStringLiteral("import-fifo");
        QTest::newRow("package build --key")
            << QStringList{QStringLiteral("package"),   QStringLiteral("build"),
                           QStringLiteral("--dataset"), QStringLiteral("prestations"),
                           QStringLiteral("--csv"),     path(QStringLiteral("claims.csv")),
                           QStringLiteral("--key"),     path(QStringLiteral("build-key-fifo")),
                           QStringLiteral("--out"),     path(QStringLiteral("package"))}
            << QStringLiteral("build-key-fifo");
    }

    void theCommandLineRefusesAFifoInsteadOfWaiting()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, fifoName);
        if (!QFile::exists(path(QStringLiteral("real.key")))) {
            const test::CliResult keygen =
                test::runCli(m_dir.path(), {QStringLiteral("authority"), QStringLiteral("keygen"),
                                            QStringLiteral("--out"), path(QStringLiteral("keys"))});
            QCOMPARE(keygen.exitCode, 0);
            QVERIFY(QFile::copy(path(QStringLiteral("keys/authority.key")), path(QStringLiteral("real.key"))));
            writeFile(path(QStringLiteral("claims.csv")), "a\n1\n");
        }
        const QString fifo = makeFifo(path(fifoName));
        QVERIFY(!fifo.isEmpty());
        const test::CliResult result = test::runCli(m_dir.path(), arguments, {}, {}, 30000);
        QCOMPARE(result.exitCode, static_cast<int>(ErrorKind::InvalidInput));
        QVERIFY2(result.err.contains(QStringLiteral("%1 is not a regular file").arg(fifo)), qPrintable(result.err));
    }
};

QTEST_GUILESS_MAIN(TestReadFile)
#include "tst_readfile.moc"
