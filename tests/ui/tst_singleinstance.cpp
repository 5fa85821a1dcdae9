#include "startup/SingleInstance.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <cstdlib>
#include <memory>

using namespace ecluse;

// One Écluse per user: a second start finds the lock held, and gets it once the first has gone.
class SingleInstanceTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondInstanceIsRefusedWhileTheFirstRuns();
    void lockIsFreeAgainOnceTheFirstInstanceHasGone();
    void lockLeftByADeadProcessIsTakenOver();
};

void SingleInstanceTest::secondInstanceIsRefusedWhileTheFirstRuns()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    SingleInstance first(folder.path());
    QVERIFY(first.acquire());
    QCOMPARE(QFileInfo(first.lockFilePath()).fileName(), SingleInstance::lockFileName());
    QVERIFY(QFileInfo::exists(first.lockFilePath()));

    SingleInstance second(folder.path());
    QVERIFY(!second.acquire());
    QCOMPARE(second.error(), QLockFile::LockFailedError);
    QVERIFY2(first.acquire(), "the holder keeps its lock");
}

void SingleInstanceTest::lockIsFreeAgainOnceTheFirstInstanceHasGone()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    auto first = std::make_unique<SingleInstance>(folder.path());
    QVERIFY(first->acquire());
    first.reset();

    SingleInstance second(folder.path());
    QVERIFY(second.acquire());
}

void SingleInstanceTest::lockLeftByADeadProcessIsTakenOver()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    // This executable again, as an instance that takes the lock and crashes without releasing it.
    QProcess crashed;
    crashed.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--hold-and-die"), folder.path()});
    QVERIFY(crashed.waitForFinished());
    QCOMPARE(crashed.exitCode(), 0);
    SingleInstance next(folder.path());
    QVERIFY2(QFileInfo::exists(next.lockFilePath()), "the crashed instance left its lock behind");

    QVERIFY(next.acquire());
}

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--hold-and-die") == 0) {
        SingleInstance instance(QString::fromLocal8Bit(argv[2]));
        std::_Exit(instance.acquire() ? 0 : 1);
    }
    SingleInstanceTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_singleinstance.moc"
