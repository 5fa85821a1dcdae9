#include "common/Error.h"
#include "policy/PolicyLoader.h"
#include "policy/PolicySource.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ecluse;

namespace {
const PolicyEntry& entry(const LoadedPolicy& loaded, const char* key)
{
    for (const PolicyEntry& e : loaded.entries) {
        if (e.key == QLatin1String(key))
            return e;
    }
    qFatal("no policy entry %s", key);
}
} // namespace

class TestPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsApplyWithoutManagedPolicy()
    {
        const LoadedPolicy loaded = loadPolicy(MapPolicySource());
        QCOMPARE(loaded.policy.idleLockMinutes, 5);
        QCOMPARE(loaded.policy.lockOnSessionLock, true);
        QCOMPARE(loaded.policy.clipboardMode, ClipboardMode::PublishedOnly);
        QCOMPARE(loaded.policy.clipboardClearSeconds, 30);
        QCOMPARE(loaded.policy.smallCellThreshold, 11);
        QCOMPARE(loaded.policy.dominanceN, 2);
        QCOMPARE(loaded.policy.dominanceKPercent, 90);
        QCOMPARE(loaded.policy.pRulePercent, 10);
        QCOMPARE(loaded.policy.requiredApprovals, 1);
        QCOMPARE(loaded.policy.demoModeAllowed, true);
        QVERIFY(loaded.policy.trustedAuthorityKeys.isEmpty());
        QCOMPARE(entry(loaded, "IdleLockMinutes").origin, PolicyEntry::Origin::Default);
    }

    void managedPolicyOverridesDefaults()
    {
        const LoadedPolicy loaded =
            loadPolicy(MapPolicySource({{QStringLiteral("IdleLockMinutes"), QStringLiteral("2")},
                                        {QStringLiteral("ClipboardMode"), QStringLiteral("deny")},
                                        {QStringLiteral("RequiredApprovals"), QStringLiteral("2")}}));
        QCOMPARE(loaded.policy.idleLockMinutes, 2);
        QCOMPARE(loaded.policy.clipboardMode, ClipboardMode::Deny);
        QCOMPARE(loaded.policy.requiredApprovals, 2);
        QCOMPARE(entry(loaded, "ClipboardMode").origin, PolicyEntry::Origin::Managed);
    }

    void userSettingsTightenButNeverLoosen_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("managed");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("inForce");
        QTest::newRow("idle: shorter is stricter") << "IdleLockMinutes"
                                                   << "10"
                                                   << "3"
                                                   << "3";
        QTest::newRow("idle: longer is ignored") << "IdleLockMinutes"
                                                 << "10"
                                                 << "60"
                                                 << "10";
        QTest::newRow("threshold: higher is stricter") << "SmallCellThreshold"
                                                       << "11"
                                                       << "20"
                                                       << "20";
        QTest::newRow("threshold: lower is ignored") << "SmallCellThreshold"
                                                     << "11"
                                                     << "5"
                                                     << "11";
        QTest::newRow("clipboard: deny is stricter") << "ClipboardMode"
                                                     << "published-only"
                                                     << "deny"
                                                     << "deny";
        QTest::newRow("clipboard: cannot reopen") << "ClipboardMode"
                                                  << "deny"
                                                  << "published-only"
                                                  << "deny";
        QTest::newRow("os lock cannot be turned off") << "LockOnSessionLock"
                                                      << "true"
                                                      << "false"
                                                      << "true";
        QTest::newRow("demo mode can be turned off") << "DemoModeAllowed"
                                                     << "true"
                                                     << "false"
                                                     << "false";
        QTest::newRow("capture cannot be allowed") << "ScreenCaptureAllowed"
                                                   << "false"
                                                   << "true"
                                                   << "false";
        QTest::newRow("approvals: more is stricter") << "RequiredApprovals"
                                                     << "1"
                                                     << "2"
                                                     << "2";
        QTest::newRow("dominance k: lower is stricter") << "DominanceKPercent"
                                                        << "90"
                                                        << "80"
                                                        << "80";
        QTest::newRow("export folders: subset only") << "ExportFolders"
                                                     << "/data/a,/data/b"
                                                     << "/data/a"
                                                     << "/data/a";
        QTest::newRow("export folders: no new folder") << "ExportFolders"
                                                       << "/data/a"
                                                       << "/data/a,/tmp"
                                                       << "/data/a";
        QTest::newRow("garbage is ignored") << "IdleLockMinutes"
                                            << "10"
                                            << "soon"
                                            << "10";
        QTest::newRow("trust anchors are the organisation's")
            << "TrustedAuthorityKeys" << QString() << "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=" << QString();
        QTest::newRow("seal folder is the organisation's") << "AuditSealFolder"
                                                           << "/var/lib/ecluse/seals"
                                                           << "/tmp/mine"
                                                           << "/var/lib/ecluse/seals";
    }

    void userSettingsTightenButNeverLoosen()
    {
        QFETCH(QString, key);
        QFETCH(QString, managed);
        QFETCH(QString, user);
        QFETCH(QString, inForce);
        QMap<QString, QString> managedValues;
        if (!managed.isEmpty())
            managedValues.insert(key, managed);
        const MapPolicySource userSource({{key, user}}, QStringLiteral("user settings"));
        const LoadedPolicy loaded = loadPolicy(MapPolicySource(managedValues), &userSource);
        for (const PolicyEntry& e : loaded.entries) {
            if (e.key == key) {
                QCOMPARE(e.value, inForce);
                QCOMPARE(e.origin == PolicyEntry::Origin::User, inForce == user);
                QCOMPARE(e.note.isEmpty(), inForce == user);
            }
        }
    }

    void invalidManagedValueStopsWithItsName()
    {
        try {
            loadPolicy(MapPolicySource({{QStringLiteral("SmallCellThreshold"), QStringLiteral("eleven")}},
                                       QStringLiteral("/etc/ecluse/policy.ini")));
            QFAIL("an unreadable managed value must not fall back to a default");
        } catch (const Error& error) {
            QCOMPARE(error.kind(), ErrorKind::InvalidInput);
            QVERIFY2(error.message().contains(QStringLiteral("SmallCellThreshold")), qPrintable(error.message()));
            QVERIFY(error.message().contains(QStringLiteral("/etc/ecluse/policy.ini")));
        }
        QVERIFY_THROWS_EXCEPTION(
            Error, loadPolicy(MapPolicySource({{QStringLiteral("RequiredApprovals"), QStringLiteral("3")}})));
        QVERIFY_THROWS_EXCEPTION(
            Error,
            loadPolicy(MapPolicySource({{QStringLiteral("TrustedAuthorityKeys"), QStringLiteral("bm90IGEga2V5")}})));
    }

    void iniFileIsRead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("policy.ini"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("IdleLockMinutes=7\nExportFolders=/srv/exports, /home/shared\nClipboardMode=deny\n");
        file.close();
        const SettingsPolicySource source(SettingsPolicySource::Store::IniFile, path);
        const LoadedPolicy loaded = loadPolicy(source);
        QCOMPARE(loaded.policy.idleLockMinutes, 7);
        QCOMPARE(loaded.policy.clipboardMode, ClipboardMode::Deny);
        QCOMPARE(loaded.policy.exportFolders,
                 (QStringList{QStringLiteral("/srv/exports"), QStringLiteral("/home/shared")}));
    }
};

QTEST_GUILESS_MAIN(TestPolicy)
#include "tst_policy.moc"
