#include "audit/SystemLogWitness.h"

#include "TestVault.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace ecluse;
using ecluse::test::secret;
using ecluse::test::TestVault;

namespace {

// A system log of the test's own: a datagram socket that keeps what it receives.
class FakeSystemLog
{
public:
    explicit FakeSystemLog(const QString& path)
        : m_fd(::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0))
    {
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        const QByteArray name = QFile::encodeName(path);
        std::memcpy(address.sun_path, name.constData(), static_cast<std::size_t>(name.size()));
        m_bound = ::bind(m_fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0;
    }
    ~FakeSystemLog() { ::close(m_fd); }
    FakeSystemLog(const FakeSystemLog&) = delete;
    FakeSystemLog& operator=(const FakeSystemLog&) = delete;

    bool isBound() const { return m_bound; }
    QByteArray receive() const
    {
        char buffer[4096];
        const auto got = ::recv(m_fd, buffer, sizeof buffer, MSG_DONTWAIT);
        return got > 0 ? QByteArray(buffer, static_cast<qsizetype>(got)) : QByteArray();
    }

private:
    int m_fd;
    bool m_bound = false;
};

} // namespace

class TestSystemLogWitness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headsReachTheSystemLogAsAuthprivNotices()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("log"));
        FakeSystemLog log(path);
        QVERIFY(log.isBound());
        SystemLogWitness witness(path);
        witness.record({QStringLiteral("vault-id"), 42, QByteArray(32, 'h'), QByteArray(32, 'm'), {}});
        const QByteArray line = log.receive();
        QVERIFY2(line.startsWith("<85>"), line.constData()); // authpriv.notice
        QVERIFY2(line.contains("ecluse["), line.constData());
        QVERIFY2(line.contains("audit head vault=vault-id seq=42"), line.constData());
        QVERIFY(!witness.problem());
    }

    void aMissingSystemLogIsReportedNotIgnored()
    {
        // Issue 9: without /dev/log the heads went nowhere and nothing said so.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("no-such-log"));
        SystemLogWitness witness(path);
        witness.record({QStringLiteral("vault-id"), 1, QByteArray(32, 'h'), QByteArray(32, 'm'), {}});
        const auto problem = witness.problem();
        QVERIFY(problem);
        QVERIFY2(problem->contains(path), qPrintable(*problem));
    }

    void vaultAndAuditVerificationSayWhenTheSystemLogCannotBeWritten()
    {
        TestVault tv;
        QTemporaryDir dir;
        VaultEnvironment environment = tv.environment();
        environment.witnesses.push_back(
            std::make_shared<SystemLogWitness>(dir.filePath(QStringLiteral("no-such-log"))));
        Vault vault(tv.folder(), environment);
        vault.create(QStringLiteral("admin"), secret("correct horse battery staple"));
        const VaultVerification result = vault.verify();
        QVERIFY(result.intact()); // less proof, not tampering
        QVERIFY(std::any_of(result.checks.begin(), result.checks.end(), [](const VaultCheck& check) {
            return check.warning && check.detail.contains(QStringLiteral("system log"));
        }));
        QVERIFY(!vault.verifyAudit().warnings.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSystemLogWitness)
#include "tst_systemlogwitness.moc"
