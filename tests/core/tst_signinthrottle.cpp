#include "TestVault.h"

#include <QTest>

using namespace ecluse;
using ecluse::test::secret;
using ecluse::test::TestVault;

namespace {
QString refusal(Vault& vault, const char* password)
{
    try {
        vault.unlock(QStringLiteral("admin"), secret(password));
    } catch (const Error& error) {
        return error.message();
    }
    return {};
}
} // namespace

// Failed sign-ins: free for three, then a doubling delay, then a lock-out; driven by the
// injected clock, never by sleeping.
class TestSignInThrottle : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestVault> m_tv;
    std::unique_ptr<Vault> m_vault;

private Q_SLOTS:
    void init()
    {
        m_tv = std::make_unique<TestVault>();
        m_tv->policy.signInDelaySeconds = 2;
        m_tv->policy.failedSignInLimit = 6;
        m_tv->policy.signInLockoutMinutes = 15;
        m_tv->make()->create(QStringLiteral("admin"), secret("correct horse battery staple"));
        m_vault = m_tv->make();
    }

    void delayGrowsAfterThreeFailures()
    {
        for (int i = 0; i < 3; ++i)
            QCOMPARE(refusal(*m_vault, "wrong password here"), QStringLiteral("wrong user or password"));
        // Even the right password must wait now, and nothing is tried meanwhile.
        QVERIFY(refusal(*m_vault, "correct horse battery staple").contains(QStringLiteral("wait 2 s")));
        m_tv->clock->now = m_tv->clock->now.addSecs(2);
        QCOMPARE(refusal(*m_vault, "wrong password here"), QStringLiteral("wrong user or password"));
        QVERIFY2(refusal(*m_vault, "correct horse battery staple").contains(QStringLiteral("wait 4 s")),
                 qPrintable(refusal(*m_vault, "correct horse battery staple")));
        m_tv->clock->now = m_tv->clock->now.addSecs(4);
        QVERIFY(refusal(*m_vault, "correct horse battery staple").isEmpty());
        QVERIFY(m_vault->isUnlocked());
    }

    void limitLocksSignInOut()
    {
        for (int i = 0; i < 6; ++i) {
            m_tv->clock->now = m_tv->clock->now.addSecs(120);
            QCOMPARE(refusal(*m_vault, "wrong password here"), QStringLiteral("wrong user or password"));
        }
        m_tv->clock->now = m_tv->clock->now.addSecs(120);
        const QString locked = refusal(*m_vault, "correct horse battery staple");
        QVERIFY2(locked.contains(QStringLiteral("FailedSignInLimit")), qPrintable(locked));
        // The lock-out runs 15 minutes from the last failure, 2 of which have passed.
        m_tv->clock->now = m_tv->clock->now.addSecs(12 * 60);
        QVERIFY(!refusal(*m_vault, "correct horse battery staple").isEmpty());
        m_tv->clock->now = m_tv->clock->now.addSecs(60);
        QVERIFY(refusal(*m_vault, "correct horse battery staple").isEmpty());
    }

    void otherUsersAreNotSlowedDown()
    {
        for (int i = 0; i < 4; ++i)
            refusal(*m_vault, "wrong password here");
        try {
            m_vault->unlock(QStringLiteral("someone"), secret("any password at all"));
            QFAIL("an unknown user cannot sign in");
        } catch (const Error& error) {
            QCOMPARE(error.message(), QStringLiteral("wrong user or password"));
        }
    }

    void successClearsTheCount()
    {
        for (int i = 0; i < 2; ++i)
            refusal(*m_vault, "wrong password here");
        QVERIFY(refusal(*m_vault, "correct horse battery staple").isEmpty());
        m_vault->lock();
        for (int i = 0; i < 3; ++i)
            QCOMPARE(refusal(*m_vault, "wrong password here"), QStringLiteral("wrong user or password"));
    }
};

QTEST_GUILESS_MAIN(TestSignInThrottle)
#include "tst_signinthrottle.moc"
