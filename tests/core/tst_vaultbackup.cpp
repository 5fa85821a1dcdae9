#include "Failure.h"
#include "TestVault.h"
#include "VaultProbe.h"
#include "audit/AuditTrail.h"
#include "backup/VaultBackup.h"
#include "data/DatasetStore.h"
#include "data/PackageImporter.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace ecluse;
using namespace ecluse::test;

namespace {

const char* const adminPassword = "correct horse battery staple";

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size());
}

BackupCredentials asAdmin()
{
    return {QStringLiteral("admin"), secret(adminPassword), false, {}};
}

} // namespace

// Backups of a vault: a signed file of its encrypted pages and key slots that verifies whole or
// not at all, and restores with its trail saying so.
class TestVaultBackup : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestVault> m_tv;
    std::unique_ptr<Vault> m_vault;
    SecureBuffer m_recoveryKey;

    QString backups() const { return QDir(m_tv->root.path()).filePath(QStringLiteral("backups")); }

    qint64 rows() { return DatasetStore(*m_vault, VaultProbe::capability()).rowCount(QStringLiteral("prestations")); }

    void importClaims(int people)
    {
        QByteArray csv = "BEN_NIR_PSA,BEN_SEX_COD,BEN_NAI_ANN,BEN_RES_DPT,BEN_RES_COM,EXE_SOI_DTD,PRS_NAT_REF,"
                         "PSE_SPE_COD,PRS_ACT_QTE,PRS_PAI_MNT,BSE_REM_MNT,BEN_DCD_DTE\n";
        for (int person = 0; person < people; ++person)
            csv += QByteArray::number(person).rightJustified(64, 'q') +
                   ",2,1980,75,75056,2025-03-14,1110,1,1,30.00,21.00,\n";
        PackageImporter(*m_vault).import(m_tv->package(csv));
    }

    QString backUp() { return VaultBackup(*m_vault).create(backups()).path; }

private Q_SLOTS:
    void init()
    {
        m_vault.reset();
        m_tv = std::make_unique<TestVault>();
        m_tv->policy.backupRetentionDays = 7;
        m_vault = m_tv->make();
        m_recoveryKey = m_vault->create(QStringLiteral("admin"), secret(adminPassword));
        m_vault->importHabilitations(
            m_tv->authority.sign(1, TestAuthority::standardUsers(m_tv->clock->now), m_tv->clock->now));
        m_vault->enrol(QStringLiteral("analyst1"), TestVault::passwordOf(QStringLiteral("analyst1")));
        m_vault->enrol(QStringLiteral("auditor1"), TestVault::passwordOf(QStringLiteral("auditor1")));
        importClaims(12);
    }

    void aBackupVerifiesThenRestoresDataAndTrail()
    {
        const QString file = backUp();
        QVERIFY(QFileInfo(file).fileName().startsWith(QStringLiteral("ecluse-backup-") + m_vault->id()));
        const qint64 headAtBackup = VaultProbe::audit(*m_vault).size() - 1; // the backup's own entry follows
        // Nothing of the data in clear: the database part is SQLCipher pages.
        QVERIFY(!readAll(file).contains("75056"));
        const BackupVerification verified = VaultBackup::verify(file, asAdmin(), m_tv->environment());
        QVERIFY2(verified.intact(), qPrintable(verified.checks.firstProblem()));
        QCOMPARE(verified.manifest.auditHead, headAtBackup);

        // Life goes on: more data, more entries; then the backup comes back.
        importClaims(5);
        QCOMPARE(rows(), qint64(17));
        const qint64 headBefore = VaultProbe::audit(*m_vault).size();
        const QString folder = m_vault->folder();
        m_vault->lock();
        m_vault.reset();
        m_vault = VaultBackup::restore(file, folder, asAdmin(), m_tv->environment());
        QCOMPARE(rows(), qint64(12));
        // The restored trail says so, and that it went back in time, from which head.
        const std::vector<AuditEntry> entries = VaultProbe::audit(*m_vault).entries(headAtBackup + 1);
        const auto restore = std::find_if(entries.begin(), entries.end(), [](const AuditEntry& e) {
            return e.action == QLatin1String("vault.restore");
        });
        QVERIFY(restore != entries.end());
        const QJsonObject details = QJsonDocument::fromJson(restore->details.toUtf8()).object();
        QCOMPARE(details.value(QStringLiteral("previousHead")).toInteger(), headBefore + 1); // and the lock's entry
        QVERIFY(details.value(QStringLiteral("trailWentBack")).toBool());
        QVERIFY(std::any_of(entries.begin(), entries.end(),
                            [](const AuditEntry& e) { return e.action == QLatin1String("audit.reseal"); }));
        // Resealed: the restored trail verifies against its witnesses.
        QVERIFY2(VaultProbe::audit(*m_vault).verify().intact, qPrintable(VaultProbe::audit(*m_vault).verify().problem));
        QVERIFY(!QFileInfo::exists(folder + QStringLiteral(".restoring")));
        QCOMPARE(QDir(m_tv->root.path()).entryList({QStringLiteral("vault.before-restore-*")}, QDir::Dirs).size(), 0);
    }

    void aFlippedByteAnywhereIsRefused()
    {
        const QString file = backUp();
        const QByteArray bytes = readAll(file);
        const QString flippedPath = QDir(m_tv->root.path()).filePath(QStringLiteral("flipped.ecb"));
        // The header, the manifest, the signature, the key slots and a spread of database pages.
        QList<qsizetype> positions{0, 9, 20, 200, 700};
        for (qsizetype at = 1000; at < bytes.size(); at += bytes.size() / 23)
            positions << at;
        positions << bytes.size() - 1;
        for (const qsizetype at : positions) {
            QByteArray flipped = bytes;
            flipped[at] = static_cast<char>(flipped[at] ^ 0x10);
            writeAll(flippedPath, flipped);
            QCOMPARE(errorKindOf([&] { VaultBackup::verify(flippedPath, asAdmin(), m_tv->environment()); }),
                     ErrorKind::Integrity);
        }
        writeAll(flippedPath, bytes.left(bytes.size() - 4096));
        QCOMPARE(errorKindOf([&] { BackupFile::inspect(flippedPath); }), ErrorKind::Integrity);
        // A file whose first bytes were never written (interrupted before completion) is no backup.
        QByteArray unfinished = bytes;
        unfinished.replace(0, BackupFile::MagicSize, QByteArray(BackupFile::MagicSize, '\0'));
        writeAll(flippedPath, unfinished);
        QCOMPARE(errorKindOf([&] { BackupFile::inspect(flippedPath); }), ErrorKind::Integrity);
    }

    void aRestoreRefusedLeavesTheVaultAsItWas()
    {
        const QString file = backUp();
        importClaims(5);
        const QString folder = m_vault->folder();
        m_vault->lock();
        // Wrong password, and an analyst of the backup: refused, nothing moved.
        QCOMPARE(errorKindOf([&] {
                     VaultBackup::restore(file, folder,
                                          {QStringLiteral("admin"), secret("not the password at all"), false, {}},
                                          m_tv->environment());
                 }),
                 ErrorKind::Denied);
        QCOMPARE(errorKindOf([&] {
                     VaultBackup::restore(
                         file, folder,
                         {QStringLiteral("analyst1"), TestVault::passwordOf(QStringLiteral("analyst1")), false, {}},
                         m_tv->environment());
                 }),
                 ErrorKind::Denied);
        m_vault->unlock(QStringLiteral("admin"), secret(adminPassword));
        QCOMPARE(rows(), qint64(17));
    }

    void theRecoveryKeyOpensABackupWhenEveryPasswordIsLost()
    {
        const QString file = backUp();
        const QString folder = m_vault->folder();
        m_vault->lock();
        const BackupCredentials recovery{QStringLiteral("admin"), m_recoveryKey.clone(), true, {}};
        QVERIFY(VaultBackup::verify(file, recovery, m_tv->environment()).intact());
        BackupCredentials restoring{QStringLiteral("admin"), m_recoveryKey.clone(), true,
                                    secret("a brand new admin password")};
        m_vault = VaultBackup::restore(file, folder, restoring, m_tv->environment());
        m_vault->lock();
        m_vault->unlock(QStringLiteral("admin"), secret("a brand new admin password"));
        QCOMPARE(rows(), qint64(12));
    }

    void aCancelledBackupLeavesNothing()
    {
        const qint64 head = VaultProbe::audit(*m_vault).size();
        for (const double stopAt : {0.0, 0.5, 0.95}) {
            QString message;
            QCOMPARE(
                errorKindOf(
                    [&] { VaultBackup(*m_vault).create(backups(), [stopAt](double done) { return done < stopAt; }); },
                    &message),
                ErrorKind::Other);
            QCOMPARE(message, QStringLiteral("cancelled"));
        }
        // No backup, no work folder, nothing audited as a backup.
        QVERIFY(QDir(backups()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
        QCOMPARE(VaultProbe::audit(*m_vault).size(), head);
    }

    void onlyAdministratorsBackUp()
    {
        m_vault->lock();
        m_vault->unlock(QStringLiteral("analyst1"), TestVault::passwordOf(QStringLiteral("analyst1")));
        QCOMPARE(errorKindOf([&] { backUp(); }), ErrorKind::Denied);
        QVERIFY(QDir(backups()).entryList({QStringLiteral("*.ecb")}, QDir::Files).isEmpty());
    }

    void backupsOlderThanTheRetentionAreRemovedButNeverTheNewest()
    {
        const QString first = backUp();
        m_tv->clock->now = m_tv->clock->now.addDays(3);
        const QString second = backUp();
        m_tv->clock->now = m_tv->clock->now.addDays(6); // the first is 9 days old, the second 6
        const BackupResult third = VaultBackup(*m_vault).create(backups());
        QCOMPARE(third.removed, QStringList{first});
        QVERIFY(!QFile::exists(first) && QFile::exists(second) && QFile::exists(third.path));
        m_tv->clock->now = m_tv->clock->now.addDays(30);
        const BackupResult fourth = VaultBackup(*m_vault).create(backups());
        QCOMPARE(fourth.removed.size(), 2);
        QCOMPARE(QDir(backups()).entryList({QStringLiteral("*.ecb")}, QDir::Files).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestVaultBackup)
#include "tst_vaultbackup.moc"
