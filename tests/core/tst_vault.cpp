#include "audit/AuditTrail.h"
#include "crypto/Random.h"
#include "storage/Database.h"
#include "vault/KeySlotFile.h"
#include "vault/UnlockFailureLog.h"
#include "vault/Vault.h"

#include "PrivateFolders.h"
#include "TestFiles.h"
#include "TestVault.h"
#include "VaultProbe.h"

#include <QDirIterator>
#include <QTest>

using namespace ecluse;
using ecluse::test::readFile;
using ecluse::test::secret;
using ecluse::test::TestAuthority;
using ecluse::test::TestVault;
using ecluse::test::writeFile;

namespace {

const char* adminPassword = "correct horse battery staple";
const QByteArray marker = "MARKER-7f3a9c-secret-cohort-name";

void expectError(ErrorKind kind, const std::function<void()>& action, const QString& containing = {})
{
    try {
        action();
    } catch (const Error& error) {
        QCOMPARE(error.kind(), kind);
        if (!containing.isEmpty())
            QVERIFY2(error.message().contains(containing), qPrintable(error.message()));
        return;
    }
    QFAIL("expected an error");
}

// Files under folder that hold needle, as text or as hexadecimal.
QStringList filesContaining(const QString& folder, const QByteArray& needle)
{
    QStringList hits;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QByteArray contents = readFile(path);
        if (contents.contains(needle) || contents.contains(needle.toHex()))
            hits << path;
    }
    return hits;
}

} // namespace

class TestVaultLifecycle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createdVaultUnlocksWithThePassword()
    {
        TestVault tv;
        auto vault = tv.make();
        QVERIFY(!vault->exists());
        const SecureBuffer recovery = vault->create(QStringLiteral("admin"), secret(adminPassword));
        QVERIFY(vault->isUnlocked());
        QVERIFY(!recovery.isEmpty());
        vault->lock();
        QVERIFY(!vault->isUnlocked());

        auto again = tv.make();
        again->unlock(QStringLiteral("admin"), secret(adminPassword));
        QCOMPARE(again->currentUser(), QStringLiteral("admin"));
        QCOMPARE(again->currentRoles(), QStringList{QStringLiteral("admin")});
    }

    void wrongPasswordIsRefusedWithoutTouchingTheVault()
    {
        TestVault tv;
        tv.make()->create(QStringLiteral("admin"), secret(adminPassword));
        const QByteArray before = readFile(QDir(tv.folder()).filePath(Vault::DatabaseFileName));
        const QByteArray slotsBefore = readFile(QDir(tv.folder()).filePath(Vault::KeySlotFileName));

        auto vault = tv.make();
        expectError(
            ErrorKind::Denied, [&] { vault->unlock(QStringLiteral("admin"), secret("wrong password!!")); },
            QStringLiteral("wrong user or password"));
        // An unknown user gets the very same answer: names cannot be probed.
        expectError(
            ErrorKind::Denied, [&] { vault->unlock(QStringLiteral("nobody"), secret(adminPassword)); },
            QStringLiteral("wrong user or password"));
        QVERIFY(!vault->isUnlocked());
        QCOMPARE(readFile(QDir(tv.folder()).filePath(Vault::DatabaseFileName)), before);
        QCOMPARE(readFile(QDir(tv.folder()).filePath(Vault::KeySlotFileName)), slotsBefore);
    }

    void failedUnlocksReachTheAuditTrail()
    {
        TestVault tv;
        tv.make()->create(QStringLiteral("admin"), secret(adminPassword));
        auto vault = tv.make();
        expectError(ErrorKind::Denied, [&] { vault->unlock(QStringLiteral("admin"), secret("not the password")); });
        vault->unlock(QStringLiteral("admin"), secret(adminPassword));
        const auto entries = test::VaultProbe::audit(*vault).entries();
        const auto failed = std::find_if(entries.begin(), entries.end(), [](const AuditEntry& e) {
            return e.action == QStringLiteral("vault.unlock-failed");
        });
        QVERIFY(failed != entries.end());
        QCOMPARE(failed->user, QStringLiteral("admin"));
        QVERIFY(failed->details.contains(QStringLiteral("wrong-password")));
        QVERIFY(UnlockFailureLog(QDir(tv.folder()).filePath(Vault::FailureFileName)).pending().empty());
    }

    void databaseIsEncryptedOnDisk()
    {
        TestVault tv;
        tv.make()->create(QStringLiteral("admin"), secret(adminPassword));
        const QByteArray header = readFile(QDir(tv.folder()).filePath(Vault::DatabaseFileName)).left(16);
        QCOMPARE(header.size(), 16);
        QVERIFY(!header.startsWith("SQLite format 3"));
    }

    void storedMarkerNeverAppearsInPlaintext()
    {
        // This process's own temporary folder, where SQLite would put temporary files: only
        // what this test writes can be there, and no shared folder is scanned.
        const QString temporary = ecluse::test::privateTempFolder();
        QCOMPARE(QDir::tempPath(), temporary);
        TestVault tv;
        {
            auto vault = tv.make();
            vault->create(QStringLiteral("admin"), secret(adminPassword));
            Database& db = test::VaultProbe::database(*vault);
            db.execute("CREATE TABLE scratch(value TEXT)");
            // Enough rows, and a sort, for SQLite to want temporary storage if it were allowed.
            Statement insert = db.prepare("INSERT INTO scratch VALUES(?)");
            for (int i = 0; i < 2000; ++i) {
                insert.bind(1, QString::fromLatin1(marker) + QString::number(i)).run();
                insert.reset();
            }
            db.queryInt("SELECT count(*) FROM (SELECT value FROM scratch ORDER BY value DESC)");
            test::VaultProbe::audit(*vault).append(QStringLiteral("admin"), QStringLiteral("test.marker"),
                                                   QString::fromLatin1(marker));
        }
        QVERIFY2(filesContaining(tv.root.path(), marker).isEmpty(),
                 qPrintable(filesContaining(tv.root.path(), marker).join(QLatin1Char(' '))));
        QVERIFY2(filesContaining(temporary, marker).isEmpty(),
                 qPrintable(filesContaining(temporary, marker).join(QLatin1Char(' '))));

        auto reopened = tv.make();
        reopened->unlock(QStringLiteral("admin"), secret(adminPassword));
        QCOMPARE(test::VaultProbe::database(*reopened).queryInt("SELECT count(*) FROM scratch"), 2000);
    }

    void flippedByteIsDetected()
    {
        TestVault tv;
        {
            auto vault = tv.make();
            vault->create(QStringLiteral("admin"), secret(adminPassword));
            test::VaultProbe::database(*vault).execute(
                "CREATE TABLE filler(x); WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL "
                "SELECT i + 1 FROM s WHERE i < 20) INSERT INTO filler SELECT "
                "randomblob(3000) FROM s");
        }
        const QString path = QDir(tv.folder()).filePath(Vault::DatabaseFileName);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 offset = file.size() / 2 + 100; // inside a data page, past the header
        file.seek(offset);
        char byte = 0;
        file.getChar(&byte);
        file.seek(offset);
        file.putChar(static_cast<char>(byte ^ 0x01));
        file.close();

        auto vault = tv.make();
        try {
            vault->unlock(QStringLiteral("admin"), secret(adminPassword));
            const VaultVerification result = vault->verify();
            QVERIFY(!result.intact());
            QVERIFY2(result.firstProblem().contains(QStringLiteral("cipher_integrity_check")),
                     qPrintable(result.firstProblem()));
        } catch (const Error& error) {
            // The damage may also be met while reading the schema: then unlocking itself refuses.
            QVERIFY2(error.kind() == ErrorKind::Integrity, qPrintable(error.message()));
        }
    }

    void foreignDatabaseIsAnIntegrityError()
    {
        TestVault first;
        TestVault second;
        first.make()->create(QStringLiteral("admin"), secret(adminPassword));
        second.make()->create(QStringLiteral("admin"), secret(adminPassword));
        const QString target = QDir(first.folder()).filePath(Vault::DatabaseFileName);
        QVERIFY(QFile::remove(target));
        QVERIFY(QFile::copy(QDir(second.folder()).filePath(Vault::DatabaseFileName), target));
        auto vault = first.make();
        expectError(ErrorKind::Integrity, [&] { vault->unlock(QStringLiteral("admin"), secret(adminPassword)); });
        QVERIFY(!vault->isUnlocked());
    }

    void truncatedOrMissingDatabaseIsAnIntegrityError()
    {
        TestVault tv;
        tv.make()->create(QStringLiteral("admin"), secret(adminPassword));
        const QString path = QDir(tv.folder()).filePath(Vault::DatabaseFileName);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.close();
        auto vault = tv.make();
        expectError(
            ErrorKind::Integrity, [&] { vault->unlock(QStringLiteral("admin"), secret(adminPassword)); },
            QStringLiteral("truncated"));
        QVERIFY(QFile::remove(path));
        expectError(
            ErrorKind::Integrity, [&] { vault->unlock(QStringLiteral("admin"), secret(adminPassword)); },
            QStringLiteral("missing"));
        QVERIFY(!QFile::exists(path));
    }

    void recoveryKeyResetsAPassword()
    {
        TestVault tv;
        SecureBuffer recovery;
        {
            auto vault = tv.make();
            recovery = vault->create(QStringLiteral("admin"), secret(adminPassword));
            test::VaultProbe::database(*vault).execute("CREATE TABLE kept(x); INSERT INTO kept VALUES('still here')");
        }
        auto vault = tv.make();
        expectError(ErrorKind::Denied, [&] {
            vault->recover(secret("AAAA-AAAA"), QStringLiteral("admin"), secret("a brand new password"));
        });
        vault->recover(recovery, QStringLiteral("admin"), secret("a brand new password"));
        QCOMPARE(test::VaultProbe::database(*vault).queryText("SELECT x FROM kept"), QStringLiteral("still here"));
        vault->lock();
        expectError(ErrorKind::Denied, [&] { vault->unlock(QStringLiteral("admin"), secret(adminPassword)); });
        vault->unlock(QStringLiteral("admin"), secret("a brand new password"));
        const auto entries = test::VaultProbe::audit(*vault).entries();
        QVERIFY(std::any_of(entries.begin(), entries.end(),
                            [](const AuditEntry& e) { return e.action == QStringLiteral("vault.recover"); }));
    }

    void passwordChangeRewritesOnlyTheSlot()
    {
        TestVault tv;
        auto vault = tv.make();
        const SecureBuffer recovery = vault->create(QStringLiteral("admin"), secret(adminPassword));
        const QString slotPath = QDir(tv.folder()).filePath(Vault::KeySlotFileName);
        const QByteArray recoveryWrap = KeySlotFile::load(slotPath).recoverySlot()->wrappedKey;
        const QByteArray salt = readFile(QDir(tv.folder()).filePath(Vault::DatabaseFileName)).left(16);

        expectError(ErrorKind::Denied,
                    [&] { vault->changePassword(secret("not my password"), secret("another pass phrase")); });
        vault->changePassword(secret(adminPassword), secret("another pass phrase"));
        vault->lock();

        // Same data key: the untouched recovery slot still opens the vault, and SQLCipher's salt
        // is the one written at creation, so no page was re-encrypted.
        QCOMPARE(KeySlotFile::load(slotPath).recoverySlot()->wrappedKey, recoveryWrap);
        QCOMPARE(readFile(QDir(tv.folder()).filePath(Vault::DatabaseFileName)).left(16), salt);
        vault->unlock(QStringLiteral("admin"), secret("another pass phrase"));
        vault->lock();
        expectError(ErrorKind::Denied, [&] { vault->unlock(QStringLiteral("admin"), secret(adminPassword)); });
        vault->recover(recovery, QStringLiteral("admin"), secret("third pass phrase!"));
    }

    void revokedUserCannotUnlock()
    {
        TestVault tv;
        auto vault = tv.makeWithUsers({QStringLiteral("analyst1")});
        const QString slotPath = QDir(tv.folder()).filePath(Vault::KeySlotFileName);
        const QByteArray slotsWithAnalyst = readFile(slotPath);
        vault->revoke(QStringLiteral("analyst1"));
        vault->lock();

        expectError(ErrorKind::Denied, [&] {
            vault->unlock(QStringLiteral("analyst1"), TestVault::passwordOf(QStringLiteral("analyst1")));
        });
        vault->unlock(QStringLiteral("admin"), secret(adminPassword)); // the others keep their access
        vault->lock();

        // Restoring the old key-slot file does not bring the analyst back through Écluse: the
        // database knows the file's generation, so the copy is refused as what it is.
        const QByteArray current = readFile(slotPath);
        writeFile(slotPath, slotsWithAnalyst);
        expectError(
            ErrorKind::Integrity,
            [&] { vault->unlock(QStringLiteral("analyst1"), TestVault::passwordOf(QStringLiteral("analyst1"))); },
            QStringLiteral("older copy"));
        expectError(
            ErrorKind::Integrity, [&] { vault->unlock(QStringLiteral("admin"), secret(adminPassword)); },
            QStringLiteral("older copy"));
        writeFile(slotPath, current);
        vault->unlock(QStringLiteral("admin"), secret(adminPassword));
        QVERIFY(vault->verify().intact());
    }

    void schemaChangesAreReportedByVerification()
    {
        // Issue 9: a dropped trigger left "database structure: ok".
        TestVault tv;
        auto vault = tv.make();
        vault->create(QStringLiteral("admin"), secret(adminPassword));
        QVERIFY(vault->verify().intact());
        test::VaultProbe::database(*vault).execute("DROP TRIGGER audit_log_append_only_update; "
                                                   "CREATE TABLE side_channel(x)");
        const VaultVerification result = vault->verify();
        QVERIFY(!result.intact());
        const auto schema = std::find_if(result.checks.begin(), result.checks.end(),
                                         [](const VaultCheck& check) { return !check.passed; });
        QVERIFY(schema != result.checks.end());
        QVERIFY2(schema->detail.contains(QStringLiteral("trigger audit_log_append_only_update is missing")),
                 qPrintable(schema->detail));
        QVERIFY2(schema->detail.contains(QStringLiteral("table side_channel was added")), qPrintable(schema->detail));
    }

    void damagedSlotIsAnIntegrityErrorNotAWrongPassword()
    {
        // Issue 9: a flip in a user's salt passed `vault verify`, and the user was then told
        // "wrong user or password", which counted towards their lock-out.
        TestVault tv;
        tv.makeWithUsers({QStringLiteral("analyst1")})->lock();
        const QString slotPath = QDir(tv.folder()).filePath(Vault::KeySlotFileName);
        const QByteArray salt = KeySlotFile::load(slotPath).passwordSlot(QStringLiteral("analyst1"))->salt;
        QByteArray otherSalt = salt;
        otherSalt[0] = static_cast<char>(otherSalt[0] ^ 0x01);
        QByteArray bytes = readFile(slotPath);
        bytes.replace(salt.toBase64(), otherSalt.toBase64()); // still valid base64: only a checksum can tell
        writeFile(slotPath, bytes);

        auto vault = tv.make();
        expectError(
            ErrorKind::Integrity,
            [&] { vault->unlock(QStringLiteral("analyst1"), TestVault::passwordOf(QStringLiteral("analyst1"))); },
            QStringLiteral("the slot of analyst1"));
        QCOMPARE(UnlockFailureLog(QDir(tv.folder()).filePath(Vault::FailureFileName))
                     .countFor(QStringLiteral("analyst1"))
                     .failures,
                 0);
        vault->unlock(QStringLiteral("admin"), secret(adminPassword)); // the others keep their access
        const VaultVerification result = vault->verify();
        QVERIFY(!result.intact());
        QVERIFY2(result.firstProblem().contains(QStringLiteral("the slot of analyst1 is damaged")),
                 qPrintable(result.firstProblem()));
    }

    void slotEditedWithoutTheKeyFailsVerification()
    {
        // A deliberate edit (valid base64, checksum recomputed) is not damage: only the MAC under
        // the data key tells, and `vault verify` names the slot.
        TestVault tv;
        tv.makeWithUsers({QStringLiteral("analyst1")})->lock();
        const QString slotPath = QDir(tv.folder()).filePath(Vault::KeySlotFileName);
        KeySlotFile file = KeySlotFile::load(slotPath);
        for (KeySlot& slot : file.slots) {
            if (slot.user == QStringLiteral("analyst1"))
                slot.createdUtc = slot.createdUtc.addDays(-1);
        }
        SystemRandom random;
        file.save(slotPath, random.secretBytes(32)); // not the vault's key
        auto vault = tv.make();
        vault->unlock(QStringLiteral("admin"), secret(adminPassword));
        const VaultVerification result = vault->verify();
        QVERIFY(!result.intact());
        QVERIFY2(result.firstProblem().contains(QStringLiteral("the slot of analyst1 was changed")),
                 qPrintable(result.firstProblem()));
    }

    void damagedVaultIdIsAnIntegrityError()
    {
        TestVault tv;
        auto created = tv.make();
        created->create(QStringLiteral("admin"), secret(adminPassword));
        const QString id = created->id();
        created->lock();
        const QString slotPath = QDir(tv.folder()).filePath(Vault::KeySlotFileName);
        QByteArray bytes = readFile(slotPath);
        QString damagedId = id;
        damagedId[3] = damagedId[3] == QLatin1Char('a') ? QLatin1Char('b') : QLatin1Char('a');
        bytes.replace(id.toLatin1(), damagedId.toLatin1());
        writeFile(slotPath, bytes);
        auto vault = tv.make();
        expectError(
            ErrorKind::Integrity, [&] { vault->unlock(QStringLiteral("admin"), secret(adminPassword)); },
            QStringLiteral("checksum"));
    }

    void interruptedSlotChangesAreCompletedAtTheNextUnlock_data()
    {
        QTest::addColumn<QString>("change");
        QTest::newRow("enrolment") << QStringLiteral("enrol");
        QTest::newRow("revocation") << QStringLiteral("revoke");
        QTest::newRow("password change") << QStringLiteral("password-change");
    }

    void interruptedSlotChangesAreCompletedAtTheNextUnlock()
    {
        // The crash between keyslots.json being replaced and vault.db committing, reproduced by
        // putting back the database and seal as they were before the change while keeping the
        // new key-slot file.
        QFETCH(QString, change);
        TestVault tv;
        auto vault = tv.makeWithUsers({QStringLiteral("analyst1")});
        const QString vaultId = vault->id();
        vault->lock();
        const QString dbPath = QDir(tv.folder()).filePath(Vault::DatabaseFileName);
        const QString sealPath = tv.seal->sealPath(vaultId);
        const QByteArray dbReference = readFile(dbPath);
        const QByteArray sealReference = readFile(sealPath);

        const SecureBuffer newPassword = secret("a brand new pass phrase");
        if (change == QStringLiteral("password-change")) {
            vault->unlock(QStringLiteral("analyst1"), TestVault::passwordOf(QStringLiteral("analyst1")));
            vault->changePassword(TestVault::passwordOf(QStringLiteral("analyst1")), newPassword);
        } else {
            vault->unlock(QStringLiteral("admin"), secret(adminPassword));
            if (change == QStringLiteral("enrol"))
                vault->enrol(QStringLiteral("steward1"), TestVault::passwordOf(QStringLiteral("steward1")));
            else
                vault->revoke(QStringLiteral("analyst1"));
        }
        vault->lock();
        // The database and the seal as they were: the change never committed.
        for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(dbPath + suffix);
        writeFile(dbPath, dbReference);
        writeFile(sealPath, sealReference);

        vault->unlock(QStringLiteral("admin"), secret(adminPassword));
        const auto entries = test::VaultProbe::audit(*vault).entries();
        const auto completed = std::find_if(entries.begin(), entries.end(), [](const AuditEntry& entry) {
            return entry.details.contains(QStringLiteral("completedAfterInterruption"));
        });
        QVERIFY(completed != entries.end());
        QCOMPARE(completed->action, change == QStringLiteral("password-change")
                                        ? QStringLiteral("account.password-change")
                                    : change == QStringLiteral("enrol") ? QStringLiteral("account.enrol")
                                                                        : QStringLiteral("account.revoke"));
        const VaultVerification verification = vault->verify();
        QVERIFY2(verification.intact(), qPrintable(verification.firstProblem()));
        vault->lock();

        // The new state, whole: the file decided it and the database followed.
        if (change == QStringLiteral("enrol")) {
            vault->unlock(QStringLiteral("steward1"), TestVault::passwordOf(QStringLiteral("steward1")));
        } else if (change == QStringLiteral("revoke")) {
            expectError(ErrorKind::Denied, [&] {
                vault->unlock(QStringLiteral("analyst1"), TestVault::passwordOf(QStringLiteral("analyst1")));
            });
        } else {
            expectError(ErrorKind::Denied, [&] {
                vault->unlock(QStringLiteral("analyst1"), TestVault::passwordOf(QStringLiteral("analyst1")));
            });
            vault->unlock(QStringLiteral("analyst1"), newPassword);
        }
    }

    void refusedSignInLeavesNoHalfSession()
    {
        // Issue 9: an expired habilitation's sign-in wrote vault.lock without vault.unlock.
        TestVault tv;
        auto vault = tv.makeWithUsers({QStringLiteral("analyst1")});
        auto users = TestAuthority::standardUsers(tv.clock->now);
        users[1].validUntil = tv.clock->now.addDays(1);
        vault->importHabilitations(tv.authority.sign(2, users, tv.clock->now));
        vault->lock();
        tv.clock->now = tv.clock->now.addDays(2);
        expectError(
            ErrorKind::Denied,
            [&] { vault->unlock(QStringLiteral("analyst1"), TestVault::passwordOf(QStringLiteral("analyst1"))); },
            QStringLiteral("ended"));
        vault->unlock(QStringLiteral("admin"), secret(adminPassword));
        int unlocks = 0;
        int locks = 0;
        bool refusalAudited = false;
        for (const AuditEntry& entry : test::VaultProbe::audit(*vault).entries()) {
            if (entry.user != QStringLiteral("analyst1"))
                continue;
            unlocks += entry.action == QStringLiteral("vault.unlock");
            locks += entry.action == QStringLiteral("vault.lock");
            refusalAudited |= entry.action == QStringLiteral("vault.unlock-failed") &&
                              entry.details.contains(QStringLiteral("not-habilitated-now"));
        }
        QCOMPARE(locks, unlocks);
        QVERIFY(refusalAudited);
        // The right password of an ended habilitation is not a guess: it does not count.
        QCOMPARE(UnlockFailureLog(QDir(tv.folder()).filePath(Vault::FailureFileName))
                     .countFor(QStringLiteral("analyst1"))
                     .failures,
                 0);
    }

    void lastAdministratorCannotBeRevoked()
    {
        TestVault tv;
        auto vault = tv.make();
        vault->create(QStringLiteral("admin"), secret(adminPassword));
        expectError(
            ErrorKind::Denied, [&] { vault->revoke(QStringLiteral("admin")); }, QStringLiteral("last administrator"));
        auto users = TestAuthority::standardUsers(tv.clock->now);
        users.append(
            {QStringLiteral("admin2"), {QStringLiteral("admin")}, users[0].validFrom, users[0].validUntil, {}});
        vault->importHabilitations(tv.authority.sign(1, users, tv.clock->now));
        vault->enrol(QStringLiteral("admin2"), secret("second admin password"));
        vault->revoke(QStringLiteral("admin"));
        vault->lock();
        vault->unlock(QStringLiteral("admin2"), secret("second admin password"));
        expectError(ErrorKind::Denied, [&] { vault->revoke(QStringLiteral("admin2")); });
    }

    void nonAdministratorsCannotManageAccounts()
    {
        TestVault tv;
        auto vault = tv.makeWithUsers({QStringLiteral("analyst1")});
        vault->lock();
        vault->unlock(QStringLiteral("analyst1"), TestVault::passwordOf(QStringLiteral("analyst1")));
        expectError(ErrorKind::Denied, [&] { vault->revoke(QStringLiteral("admin")); });
        expectError(ErrorKind::Denied, [&] { vault->enrol(QStringLiteral("steward1"), secret("steward's password")); });
        expectError(ErrorKind::Denied, [&] { vault->accounts(); });
        const auto entries = test::VaultProbe::audit(*vault).entries();
        QCOMPARE(std::count_if(entries.begin(), entries.end(),
                               [](const AuditEntry& e) {
                                   return e.action == QStringLiteral("access.denied") &&
                                          e.user == QStringLiteral("analyst1");
                               }),
                 3);
    }

    void badInputChangesNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("password");
        QTest::newRow("short password") << QStringLiteral("steward1") << QByteArray("short");
        QTest::newRow("bad name") << QStringLiteral("Bob Smith") << QByteArray("a long enough password");
        QTest::newRow("look-alike name") << QStringLiteral("аdmin") << QByteArray("a long enough password");
        QTest::newRow("not in the manifest") << QStringLiteral("bob") << QByteArray("a long enough password");
        QTest::newRow("existing user") << QStringLiteral("analyst1") << QByteArray("a long enough password");
    }

    void badInputChangesNothing()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, password);
        TestVault tv;
        auto vault = tv.makeWithUsers({QStringLiteral("analyst1")});
        const QByteArray slots = readFile(QDir(tv.folder()).filePath(Vault::KeySlotFileName));
        expectError(ErrorKind::InvalidInput, [&] {
            vault->enrol(name, SecureBuffer(password.constData(), static_cast<std::size_t>(password.size())));
        });
        QCOMPARE(vault->accounts().size(), std::size_t(2));
        QCOMPARE(readFile(QDir(tv.folder()).filePath(Vault::KeySlotFileName)), slots);
    }

    void pagesAreAuthenticatedWithTheMacTheVaultRecords_data()
    {
        QTest::addColumn<bool>("sha256");
        QTest::newRow("new vault, HMAC-SHA256") << true;
        QTest::newRow("vault made before, HMAC-SHA512") << false;
    }

    void pagesAreAuthenticatedWithTheMacTheVaultRecords()
    {
        QFETCH(bool, sha256);
        const QString name = sha256 ? QStringLiteral("HMAC_SHA256") : QStringLiteral("HMAC_SHA512");
        TestVault tv;
        {
            VaultEnvironment made = tv.environment();
            made.newVaultCipher.hmac = sha256 ? CipherSettings::Hmac::Sha256 : CipherSettings::Hmac::Sha512;
            Vault vault(tv.folder(), made);
            vault.create(QStringLiteral("admin"), secret(adminPassword));
        }
        QVERIFY(readFile(QDir(tv.folder()).filePath(Vault::KeySlotFileName)).contains(name.toUtf8()));
        // Opened by a build that makes new vaults with HMAC-SHA256: the vault's own record decides.
        auto vault = tv.make();
        vault->unlock(QStringLiteral("admin"), secret(adminPassword));
        QCOMPARE(test::VaultProbe::database(*vault).queryText("PRAGMA cipher_hmac_algorithm"), name);
        Database reader = vault->openReader(test::VaultProbe::capability());
        QCOMPARE(reader.queryText("PRAGMA cipher_hmac_algorithm"), name);
        QCOMPARE(reader.queryText("SELECT value FROM vault_meta WHERE key = 'id'"),
                 test::VaultProbe::database(*vault).queryText("SELECT value FROM vault_meta WHERE key = 'id'"));
        QVERIFY(vault->verify().intact());
    }

    void aVaultMadeBeforeIsMigratedToTheNewPagesMac()
    {
        TestVault tv;
        {
            VaultEnvironment before = tv.environment();
            before.newVaultCipher.hmac = CipherSettings::Hmac::Sha512;
            Vault vault(tv.folder(), before);
            vault.create(QStringLiteral("admin"), secret(adminPassword));
            vault.importHabilitations(tv.authority.sign(1, TestAuthority::standardUsers(tv.clock->now), tv.clock->now));
            vault.enrol(QStringLiteral("analyst1"), TestVault::passwordOf(QStringLiteral("analyst1")));
        }
        auto vault = tv.make();
        // Only administrators: an analyst is refused and nothing changes.
        vault->unlock(QStringLiteral("analyst1"), TestVault::passwordOf(QStringLiteral("analyst1")));
        const QByteArray slotsBefore = readFile(QDir(tv.folder()).filePath(Vault::KeySlotFileName));
        expectError(ErrorKind::Denied, [&] { vault->migrateCipher(); });
        QCOMPARE(readFile(QDir(tv.folder()).filePath(Vault::KeySlotFileName)), slotsBefore);

        vault->unlock(QStringLiteral("admin"), secret(adminPassword));
        // Where the new folder cannot be made, nothing changes and the trail says it failed.
        {
            QFile blocker(tv.folder() + QStringLiteral(".migrating"));
            QVERIFY(blocker.open(QIODevice::WriteOnly));
        }
        expectError(ErrorKind::Other, [&] { vault->migrateCipher(); }, QStringLiteral(".migrating"));
        QVERIFY(vault->isUnlocked());
        QCOMPARE(test::VaultProbe::database(*vault).queryText("PRAGMA cipher_hmac_algorithm"),
                 QStringLiteral("HMAC_SHA512"));
        QCOMPARE(test::VaultProbe::audit(*vault).entries().back().action, QStringLiteral("vault.migrate-failed"));
        QVERIFY(QFile::remove(tv.folder() + QStringLiteral(".migrating")));

        const qint64 entriesBefore = static_cast<qint64>(test::VaultProbe::audit(*vault).entries().size());
        const CipherSettings from = vault->migrateCipher();
        QCOMPARE(from.hmac, CipherSettings::Hmac::Sha512);
        // Still unlocked, on the new file; nothing left beside the vault folder.
        QVERIFY(vault->isUnlocked());
        QCOMPARE(test::VaultProbe::database(*vault).queryText("PRAGMA cipher_hmac_algorithm"),
                 QStringLiteral("HMAC_SHA256"));
        QCOMPARE(QDir(tv.root.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot),
                 QStringList({QStringLiteral("seals"), QStringLiteral("vault")}));
        const auto entries = test::VaultProbe::audit(*vault).entries();
        QCOMPARE(static_cast<qint64>(entries.size()), entriesBefore + 1);
        QCOMPARE(entries.back().action, QStringLiteral("vault.migrate"));
        QCOMPARE(entries[entries.size() - 2].action, QStringLiteral("vault.migrate-failed"));
        QVERIFY(entries.back().details.contains(QStringLiteral("HMAC-SHA512")));
        QVERIFY(vault->verify().intact());
        expectError(
            ErrorKind::InvalidInput, [&] { vault->migrateCipher(); }, QStringLiteral("already"));

        // Every account signs in again, through the rewritten key-slot file, and the trail checks.
        vault->lock();
        auto again = tv.make();
        again->unlock(QStringLiteral("analyst1"), TestVault::passwordOf(QStringLiteral("analyst1")));
        again->unlock(QStringLiteral("admin"), secret(adminPassword));
        QVERIFY(again->verifyAudit().intact);
        QCOMPARE(KeySlotFile::load(QDir(tv.folder()).filePath(Vault::KeySlotFileName)).cipher().hmac,
                 CipherSettings::Hmac::Sha256);

        // Interrupted between its two renames, a migration leaves the old vault aside: signing in
        // says where it is.
        again->lock();
        QVERIFY(QDir().rename(tv.folder(), tv.folder() + QStringLiteral(".before-migration-20261203-120000")));
        expectError(
            ErrorKind::Integrity, [&] { tv.make()->unlock(QStringLiteral("admin"), secret(adminPassword)); },
            QStringLiteral(".before-migration-20261203-120000"));
    }

    void vaultFromANewerBuildIsRefused()
    {
        TestVault tv;
        {
            auto vault = tv.make();
            vault->create(QStringLiteral("admin"), secret(adminPassword));
            test::VaultProbe::database(*vault).setUserVersion(99);
        }
        auto vault = tv.make();
        expectError(
            ErrorKind::Other, [&] { vault->unlock(QStringLiteral("admin"), secret(adminPassword)); },
            QStringLiteral("newer"));
        QVERIFY(!vault->isUnlocked());
    }

    void creatingOverAnExistingVaultIsRefused()
    {
        TestVault tv;
        tv.make()->create(QStringLiteral("admin"), secret(adminPassword));
        expectError(ErrorKind::InvalidInput,
                    [&] { tv.make()->create(QStringLiteral("other"), secret("another long password")); });
        tv.make()->unlock(QStringLiteral("admin"), secret(adminPassword));
    }

    void lockForgetsTheKey()
    {
        TestVault tv;
        auto vault = tv.make();
        vault->create(QStringLiteral("admin"), secret(adminPassword));
        vault->lock();
        expectError(ErrorKind::Denied, [&] { test::VaultProbe::database(*vault); });
        expectError(ErrorKind::Denied, [&] { test::VaultProbe::audit(*vault); });
        QVERIFY(vault->currentUser().isEmpty());
    }

    void securityEventsAreAudited()
    {
        TestVault tv;
        auto vault = tv.make();
        vault->create(QStringLiteral("admin"), secret(adminPassword));
        vault->lock();
        vault->unlock(QStringLiteral("admin"), secret(adminPassword));
        vault->changePassword(secret(adminPassword), secret("another pass phrase"));
        vault->importHabilitations(tv.authority.sign(1, TestAuthority::standardUsers(tv.clock->now), tv.clock->now));
        vault->enrol(QStringLiteral("analyst1"), secret("analyst's password"));
        vault->revoke(QStringLiteral("analyst1"));
        QVERIFY(vault->verify().intact());
        QCOMPARE(test::auditActions(*vault),
                 (QStringList{QStringLiteral("vault.create"), QStringLiteral("vault.lock"),
                              QStringLiteral("vault.unlock"), QStringLiteral("account.password-change"),
                              QStringLiteral("habilitation.import"), QStringLiteral("account.enrol"),
                              QStringLiteral("account.revoke"), QStringLiteral("vault.verify")}));
    }
};

QTEST_GUILESS_MAIN(TestVaultLifecycle)
#include "tst_vault.moc"
