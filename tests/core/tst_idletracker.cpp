#include "session/IdleTracker.h"

#include "TestVault.h"

#include <QTest>

using namespace ecluse;

class TestIdleTracker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void locksAfterTheLimitWithoutInput()
    {
        test::ManualClock clock;
        IdleTracker idle(clock, 5 * 60);
        QCOMPARE(idle.secondsLeft(), 300);
        clock.now = clock.now.addSecs(299);
        QVERIFY(!idle.isExpired());
        clock.now = clock.now.addSecs(1);
        QVERIFY(idle.isExpired());
    }

    void inputRestartsTheCount()
    {
        test::ManualClock clock;
        IdleTracker idle(clock, 300);
        clock.now = clock.now.addSecs(290);
        idle.recordActivity();
        clock.now = clock.now.addSecs(290);
        QVERIFY(!idle.isExpired());
        QCOMPARE(idle.secondsLeft(), 10);
    }

    void warnsDuringTheLastThirtySeconds()
    {
        test::ManualClock clock;
        IdleTracker idle(clock, 300);
        clock.now = clock.now.addSecs(269);
        QVERIFY(!idle.isWarning());
        clock.now = clock.now.addSecs(1);
        QVERIFY(idle.isWarning());
        QCOMPARE(idle.secondsLeft(), 30);
    }

    void clockSetBackDoesNotExtendTheSession()
    {
        test::ManualClock clock;
        IdleTracker idle(clock, 300);
        clock.now = clock.now.addSecs(-3600);
        QCOMPARE(idle.secondsLeft(), 300);
    }
};

QTEST_GUILESS_MAIN(TestIdleTracker)
#include "tst_idletracker.moc"
