#pragma once

#include "TestVault.h"
#include "data/Catalogue.h"
#include "data/DataPackage.h"
#include "data/DemoDataGenerator.h"
#include "data/PackageImporter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace ecluse::test {

inline const QString testProducer = QStringLiteral("CNAM test producer");

// Signed prestations packages for GUI tests, written into a temporary folder of their own.
class TestPackages
{
public:
    explicit TestPackages(const TestVault& tv)
        : m_tv(tv)
    {}

    // A package of `rows` generated claims, signed by the producer the test vault trusts.
    QString generated(qint64 rows, std::uint64_t seed = 1, bool asArchive = false)
    {
        const QString csv = nextCsv();
        QFile file(csv);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        DemoDataGenerator({rows, seed, QDate(2025, 1, 1), QDate(2025, 12, 31)}).write(file);
        file.close();
        return build(csv, asArchive);
    }

    // A package holding these CSV bytes as they are, header included.
    QString withCsv(const QByteArray& bytes)
    {
        const QString csv = nextCsv();
        QFile file(csv);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(bytes);
        file.close();
        return build(csv);
    }

    // Makes `vault` the standard users' vault plus analyst2, a second analyst allowed aggregates of
    // `dataset`, holding 3,000 generated claims, and locks it. Call with QVERIFY.
    bool makeTwoAnalystVault(std::unique_ptr<Vault>& vault, const char* dataset)
    {
        vault = m_tv.makeWithUsers();
        auto users = TestAuthority::standardUsers(m_tv.clock->now);
        users.append({QStringLiteral("analyst2"),
                      {QStringLiteral("analyst")},
                      users[1].validFrom,
                      users[1].validUntil,
                      {TestAuthority::grant(dataset, "aggregate")}});
        vault->importHabilitations(m_tv.authority.sign(2, users, m_tv.clock->now));
        vault->enrol(QStringLiteral("analyst2"), TestVault::passwordOf(QStringLiteral("analyst2")));
        const QString folder = generated(3000, 7);
        if (folder.isEmpty())
            return false;
        PackageImporter(*vault).import(folder);
        vault->lock();
        return true;
    }

private:
    QString nextCsv() { return m_work.filePath(QStringLiteral("prestations-%1.csv").arg(++m_count)); }

    // A folder, or one .tar archive.
    QString build(const QString& csv, bool asArchive = false)
    {
        const QString folder = m_work.filePath(
            QStringLiteral("package-%1%2").arg(m_count).arg(asArchive ? QStringLiteral(".tar") : QString()));
        const DatasetSchema* schema = Catalogue::builtin().dataset(u"prestations");
        DataPackage::build(folder, schema->name, schema->version, testProducer, QDate(2030, 12, 31), {csv},
                           m_tv.producer.key());
        return folder;
    }

    const TestVault& m_tv;
    QTemporaryDir m_work;
    int m_count = 0;
};

} // namespace ecluse::test
