#include "common/Error.h"
#include "policy/PolicyFile.h"
#include "policy/PolicyLoader.h"
#include "policy/PolicySource.h"

#include "TestFiles.h"
#include "UnreadableFiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace ecluse;
using ecluse::test::makeReadableAgain;
using ecluse::test::makeUnreadable;
using ecluse::test::unreadableKinds;

namespace {
const PolicyEntry& entry(const LoadedPolicy& loaded, const char* key)
{
    for (const PolicyEntry& e : loaded.entries) {
        if (e.key == QLatin1String(key))
            return e;
    }
    qFatal("no policy entry %s", key);
}

// The error `action` throws, or nothing when it throws none.
std::optional<Error> errorOf(const std::function<void()>& action)
{
    try {
        action();
    } catch (const Error& error) {
        return error;
    }
    return std::nullopt;
}

QByteArray utf16(const QString& text)
{
    return QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
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

    void invalidManagedValueStopsWithItsName_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("not a number") << "SmallCellThreshold"
                                      << "eleven";
        QTest::newRow("out of range") << "RequiredApprovals"
                                      << "3";
        QTest::newRow("not a key") << "TrustedAuthorityKeys"
                                   << "bm90IGEga2V5";
        QTest::newRow("not a mode") << "ExportMode"
                                    << "none";
        QTest::newRow("empty") << "ExportMode" << QString();
    }

    void invalidManagedValueStopsWithItsName()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        const auto error = errorOf([&] {
            loadPolicy(MapPolicySource({{key, value}}, QStringLiteral("/etc/ecluse/policy.ini")));
        });
        QVERIFY2(error, "a managed value that does not parse must not fall back to a default");
        // Exit code 3, as for a managed file that cannot be read: the organisation's rules
        // cannot be applied as written, whatever the cause.
        QCOMPARE(error->kind(), ErrorKind::Integrity);
        QVERIFY2(error->message().startsWith(QStringLiteral("managed policy /etc/ecluse/policy.ini: ")),
                 qPrintable(error->message()));
        QVERIFY2(error->message().contains(key), qPrintable(error->message()));
    }

    void unknownManagedKeyStopsWithItsName_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("a typo") << "ExportMod";
        QTest::newRow("another case") << "exportmode";
        QTest::newRow("a key of another program") << "Proxy";
    }

    void unknownManagedKeyStopsWithItsName()
    {
        // `ExportMod=deny` ignored would leave exports open where the organisation closed them.
        QFETCH(QString, key);
        const auto error = errorOf([&] {
            loadPolicy(MapPolicySource({{key, QStringLiteral("deny")}}, QStringLiteral("/etc/ecluse/policy.ini")));
        });
        QVERIFY2(error, "an unknown managed key must stop Écluse");
        QCOMPARE(error->kind(), ErrorKind::Integrity);
        QVERIFY2(error->message().startsWith(QStringLiteral("managed policy /etc/ecluse/policy.ini: ")),
                 qPrintable(error->message()));
        QVERIFY2(error->message().contains(QLatin1Char('\'') + key + QLatin1Char('\'')), qPrintable(error->message()));
    }

    void unknownUserKeyIsNotedAndChangesNothing()
    {
        const MapPolicySource user({{QStringLiteral("IdleLockMinute"), QStringLiteral("1")}},
                                   QStringLiteral("ecluse.ini [Policy]"));
        const LoadedPolicy loaded = loadPolicy(MapPolicySource(), &user);
        QCOMPARE(loaded.policy.idleLockMinutes, 5);
        QCOMPARE(loaded.notes.size(), 1);
        QVERIFY2(loaded.notes.first().contains(QStringLiteral("'IdleLockMinute'")), qPrintable(loaded.notes.first()));
        QVERIFY(loaded.notes.first().contains(QStringLiteral("ecluse.ini [Policy]")));
    }

    void policyFileIsReadAsAdministratorsWriteIt()
    {
        const QByteArray text = "\xef\xbb\xbf; Écluse, workstation policy\r\n"
                                "# exports closed since the audit of 2026\r\n"
                                "\r\n"
                                "[General]\r\n"
                                "  ExportMode = deny  \r\n"
                                "ExportFolders=/srv/exports, /srv/équipe\r\n"
                                "IdleLockMinutes=\t3\r\n"
                                "AuditSealFolder=/var/lib/ecluse/seals";
        const QMap<QString, QString> values = parsePolicyFile(text, PolicyFileLayout::TopLevel);
        QCOMPARE(values, (QMap<QString, QString>{
                             {QStringLiteral("ExportMode"), QStringLiteral("deny")},
                             {QStringLiteral("ExportFolders"), QStringLiteral("/srv/exports, /srv/équipe")},
                             {QStringLiteral("IdleLockMinutes"), QStringLiteral("3")},
                             {QStringLiteral("AuditSealFolder"), QStringLiteral("/var/lib/ecluse/seals")}}));
    }

    void malformedPolicyFileIsRefusedWithTheLine_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("why");
        QTest::newRow("UTF-16 with a byte order mark")
            << QByteArray("\xff\xfe") + utf16(QStringLiteral("ExportMode=deny\n")) << "UTF-16";
        QTest::newRow("UTF-16 without one") << utf16(QStringLiteral("ExportMode=deny\n")) << "line 1 holds a NUL byte";
        QTest::newRow("a NUL byte in a value")
            << QByteArray("IdleLockMinutes=3\nExportMode=de\0ny\n", 35) << "line 2 holds a NUL byte";
        QTest::newRow("a byte that is not UTF-8")
            << QByteArray("AuditSealFolder=/srv/\xe9quipe\n") << "line 1 is not UTF-8";
        QTest::newRow("a line that is not Key=value")
            << QByteArray("IdleLockMinutes=3\nExportMode deny\n") << "line 2 is not Key=value";
        QTest::newRow("a section") << QByteArray("[Policy]\nExportMode=deny\n") << "line 1: section [Policy]";
        QTest::newRow("a header left open") << QByteArray("[General\nExportMode=deny\n") << "line 1";
        QTest::newRow("a key set twice") << QByteArray("ExportMode=deny\n\nExportMode=published-only\n")
                                         << "line 3: ExportMode is already set on line 1";
        QTest::newRow("a comment after a value")
            << QByteArray("ExportMode=deny ; since 2026\n") << "line 1: ExportMode";
        QTest::newRow("a quoted value") << QByteArray("ExportMode=\"deny\"\n") << "quotes and backslashes";
        QTest::newRow("an escape QSettings would decode")
            << QByteArray("AuditSealFolder=/srv/new\\tseals\n") << "quotes and backslashes";
        QTest::newRow("an encoded key") << QByteArray("Export%4Dode=deny\n") << "'Export%4Dode' is not a key name";
        QTest::newRow("a key in a group") << QByteArray("Policy\\ExportMode=deny\n") << "is not a key name";
        QTest::newRow("lines ended by CR alone")
            << QByteArray("ExportMode=deny\rIdleLockMinutes=3\r") << "line 1 holds a control character";
    }

    void malformedPolicyFileIsRefusedWithTheLine()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, why);
        const auto error = errorOf([&] { parsePolicyFile(text, PolicyFileLayout::TopLevel); });
        QVERIFY2(error, "QSettings would have read this file, and read it wrong");
        QCOMPARE(error->kind(), ErrorKind::Integrity);
        QVERIFY2(error->message().contains(why), qPrintable(error->message()));
    }

    void absentManagedPolicyMeansDefaults()
    {
        QTemporaryDir dir;
        const auto source = managedPolicyFile(dir.filePath(QStringLiteral("ecluse/policy.ini")));
        QVERIFY(source->keys().isEmpty());
        QCOMPARE(loadPolicy(*source).policy.exportMode, ExportMode::PublishedOnly);
    }

    void managedPolicyThatCannotBeReadStopsWithItsName_data()
    {
        QTest::addColumn<QString>("kind");
        for (const QString& kind : unreadableKinds())
            QTest::newRow(qPrintable(kind)) << kind;
    }

    void managedPolicyThatCannotBeReadStopsWithItsName()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        QDir().mkdir(dir.filePath(QStringLiteral("etc")));
        const QString path = dir.filePath(QStringLiteral("etc/policy.ini"));
        if (const QString cannot = makeUnreadable(kind, path); !cannot.isEmpty())
            QSKIP(qPrintable(cannot));
        const auto error = errorOf([&] { managedPolicyFile(path); });
        makeReadableAgain(path);
        QVERIFY2(error, "managed policy that exists but cannot be read must not read as no policy");
        QCOMPARE(error->kind(), ErrorKind::Integrity);
        const QString prefix = QStringLiteral("managed policy %1: ").arg(QDir::toNativeSeparators(path));
        QVERIFY2(error->message().startsWith(prefix), qPrintable(error->message()));
    }

    void userSettingsComeFromTheirPolicySectionOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ecluse.ini"));
        ecluse::test::writeFile(path, "IdleLockMinutes=1\n"
                                      "[Window]\n"
                                      "geometry=@ByteArray(\\x1\\xd9\\xd0\\xcb)\n"
                                      "[Policy]\n"
                                      "SmallCellThreshold=15\n");
        const UserPolicy user = readUserPolicy(path);
        QVERIFY2(user.note.isEmpty(), qPrintable(user.note));
        QCOMPARE(user.source.keys(), QStringList{QStringLiteral("SmallCellThreshold")});
        const LoadedPolicy loaded = loadPolicy(MapPolicySource(), &user.source);
        QCOMPARE(loaded.policy.smallCellThreshold, 15);
        QCOMPARE(loaded.policy.idleLockMinutes, 5);
    }

    void unreadableUserSettingsAreLeftOutWithANote_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("text");
        for (const QString& kind : unreadableKinds())
            QTest::newRow(qPrintable(kind)) << kind << QByteArray();
        QTest::newRow("UTF-16") << QString() << QByteArray("\xff\xfe") + utf16(QStringLiteral("[Policy]\nA=1\n"));
        QTest::newRow("a line that is not Key=value") << QString() << QByteArray("[Policy]\nExportMode deny\n");
    }

    void unreadableUserSettingsAreLeftOutWithANote()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, text);
        QTemporaryDir dir;
        QDir().mkdir(dir.filePath(QStringLiteral("config")));
        const QString path = dir.filePath(QStringLiteral("config/ecluse.ini"));
        if (kind.isEmpty())
            ecluse::test::writeFile(path, text);
        else if (const QString cannot = makeUnreadable(kind, path); !cannot.isEmpty())
            QSKIP(qPrintable(cannot));
        const UserPolicy user = readUserPolicy(path);
        makeReadableAgain(path);
        QVERIFY(user.source.keys().isEmpty());
        QVERIFY2(user.note.contains(QDir::toNativeSeparators(path)) && user.note.contains(QStringLiteral("ignored")),
                 qPrintable(user.note));
        // The user's file can only tighten: leaving it out never loosens what the organisation set.
        const LoadedPolicy loaded =
            loadPolicy(MapPolicySource({{QStringLiteral("ExportMode"), QStringLiteral("deny")}}), &user.source);
        QCOMPARE(loaded.policy.exportMode, ExportMode::Deny);
    }

    void iniFileIsRead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("policy.ini"));
        ecluse::test::writeFile(path,
                                "IdleLockMinutes=7\nExportFolders=/srv/exports, /home/shared\nClipboardMode=deny\n");
        const LoadedPolicy loaded = loadPolicy(*managedPolicyFile(path));
        QCOMPARE(loaded.policy.idleLockMinutes, 7);
        QCOMPARE(loaded.policy.clipboardMode, ClipboardMode::Deny);
        QCOMPARE(loaded.policy.exportFolders,
                 (QStringList{QStringLiteral("/srv/exports"), QStringLiteral("/home/shared")}));
    }
};

QTEST_GUILESS_MAIN(TestPolicy)
#include "tst_policy.moc"
