#include "HabilitationStore.h"

#include "common/Error.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace ecluse {
namespace {

// This file's messages, under the "HabilitationStore" context that lupdate files them in too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HabilitationStore)
};

} // namespace

HabilitationStore::HabilitationStore(Database& db)
    : m_db(db)
{}

qint64 HabilitationStore::currentSerial() const
{
    return m_db.queryInt("SELECT coalesce(max(serial), 0) FROM habilitation_manifests");
}

std::optional<HabilitationManifest> HabilitationStore::current() const
{
    Statement select = m_db.prepare("SELECT signer, envelope FROM habilitation_manifests ORDER BY serial DESC LIMIT 1");
    if (!select.step())
        return std::nullopt;
    try {
        return SignedHabilitations::open(select.blob(1), {select.blob(0)});
    } catch (const Error& error) {
        throw Error(ErrorKind::Integrity,
                    Text::tr("the habilitation manifest in force is damaged: %1").arg(error.message()));
    }
}

void HabilitationStore::save(const HabilitationManifest& manifest, const QString& importedBy,
                             const QDateTime& importedUtc)
{
    Statement insert = m_db.prepare("INSERT INTO habilitation_manifests(serial, organisation, issued_utc, signer, "
                                    "imported_utc, imported_by, envelope) VALUES(?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, manifest.serial)
        .bind(2, manifest.organisation)
        .bind(3, manifest.issued.toString(Qt::ISODate))
        .bindBlob(4, manifest.signerKey)
        .bind(5, importedUtc.toUTC().toString(Qt::ISODate))
        .bind(6, importedBy)
        .bindBlob(7, manifest.envelope)
        .run();
}

} // namespace ecluse
