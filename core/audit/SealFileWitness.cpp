#include "SealFileWitness.h"

#include "common/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace ecluse {

SealFileWitness::SealFileWitness(QString folder)
    : m_folder(std::move(folder))
{}

QString SealFileWitness::name() const
{
    return QCoreApplication::translate("ecluse::SealFileWitness", "seal file %1").arg(m_folder);
}

QString SealFileWitness::sealPath(const QString& vaultId) const
{
    return QDir(m_folder).filePath(vaultId + QStringLiteral(".seal"));
}

void SealFileWitness::record(const WitnessRecord& head)
{
    if (!QDir().mkpath(m_folder))
        throw Error(
            ErrorKind::Other,
            QCoreApplication::translate("ecluse::SealFileWitness", "cannot create the seal folder %1").arg(m_folder));
    QFile::setPermissions(m_folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QJsonObject json{
        {QStringLiteral("format"), QStringLiteral("ecluse-audit-seal")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("vault"), head.vaultId},
        {QStringLiteral("sequence"), head.sequence},
        {QStringLiteral("hash"), QString::fromLatin1(head.entryHash.toHex())},
        {QStringLiteral("mac"), QString::fromLatin1(head.mac.toHex())},
    };
    QSaveFile file(sealPath(head.vaultId));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(json).toJson()) < 0 || !file.commit())
        throw Error(ErrorKind::Other,
                    QCoreApplication::translate("ecluse::SealFileWitness", "cannot write the audit seal %1: %2")
                        .arg(sealPath(head.vaultId), file.errorString()));
}

std::optional<WitnessRecord> SealFileWitness::lastRecorded(const QString& vaultId) const
{
    QFile file(sealPath(vaultId));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(file.read(4096)).object();
    if (json.value(QStringLiteral("format")).toString() != QStringLiteral("ecluse-audit-seal"))
        return WitnessRecord{}; // present but unreadable: verification reports it as not genuine
    return WitnessRecord{
        json.value(QStringLiteral("vault")).toString(),
        json.value(QStringLiteral("sequence")).toInteger(),
        QByteArray::fromHex(json.value(QStringLiteral("hash")).toString().toLatin1()),
        QByteArray::fromHex(json.value(QStringLiteral("mac")).toString().toLatin1()),
    };
}

} // namespace ecluse
