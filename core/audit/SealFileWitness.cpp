#include "SealFileWitness.h"

#include "common/Error.h"
#include "common/ReadFile.h"
#include "common/StrictJson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace ecluse {
namespace {

constexpr qint64 maximumSealSize = 4096;

// This file's messages, under the "SealFileWitness" context that lupdate files them in too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SealFileWitness)
};

} // namespace

SealFileWitness::SealFileWitness(QString folder)
    : m_folder(std::move(folder))
{}

QString SealFileWitness::name(const QString& vaultId) const
{
    return Text::tr("seal file %1").arg(QDir::toNativeSeparators(sealPath(vaultId)));
}

QString SealFileWitness::sealPath(const QString& vaultId) const
{
    return QDir(m_folder).filePath(vaultId + QStringLiteral(".seal"));
}

void SealFileWitness::record(const WitnessRecord& head)
{
    if (!QDir().mkpath(m_folder))
        throw Error(ErrorKind::Other, Text::tr("cannot create the seal folder %1").arg(m_folder));
    QFile::setPermissions(m_folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QJsonObject json{
        {QStringLiteral("format"), QStringLiteral("ecluse-audit-seal")},
        {QStringLiteral("version"), FormatVersion},
        {QStringLiteral("vault"), head.vaultId},
        {QStringLiteral("sequence"), head.sequence},
        {QStringLiteral("hash"), QString::fromLatin1(head.entryHash.toHex())},
        {QStringLiteral("mac"), QString::fromLatin1(head.mac.toHex())},
    };
    QSaveFile file(sealPath(head.vaultId));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(json).toJson()) < 0 || !file.commit())
        throw Error(ErrorKind::Other,
                    Text::tr("cannot write the audit seal %1: %2").arg(sealPath(head.vaultId), file.errorString()));
}

std::optional<WitnessRecord> SealFileWitness::lastRecorded(const QString& vaultId) const
{
    const QString path = sealPath(vaultId);
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return std::nullopt;
    const auto damaged = [](const QString& why) {
        WitnessRecord record;
        record.damage = why;
        return record;
    };
    // A folder, a device, a FIFO or a link in place of the seal is damage, never something to
    // wait on or follow.
    QByteArray bytes;
    try {
        bytes = readRegularFile(path, maximumSealSize,
                                {.links = LinkPolicy::Refuse,
                                 .refusal = ErrorKind::Integrity,
                                 .missing = ErrorKind::Integrity,
                                 .name = Text::tr("the seal")});
    } catch (const Error& error) {
        return damaged(error.message());
    }
    QString problem;
    const std::optional<QJsonObject> document = parseStrictJsonObject(bytes, &problem);
    if (!document || document->value(QStringLiteral("format")).toString() != QStringLiteral("ecluse-audit-seal"))
        return damaged(Text::tr("it is not an Écluse audit seal"));
    const QJsonObject& json = *document;
    const qint64 version = json.value(QStringLiteral("version")).toInteger();
    if (version != FormatVersion)
        return damaged(Text::tr("it has format version %1; this build of Écluse reads version %2")
                           .arg(version)
                           .arg(FormatVersion));
    WitnessRecord record{
        json.value(QStringLiteral("vault")).toString(),
        json.value(QStringLiteral("sequence")).toInteger(),
        QByteArray::fromHex(json.value(QStringLiteral("hash")).toString().toLatin1()),
        QByteArray::fromHex(json.value(QStringLiteral("mac")).toString().toLatin1()),
        {},
    };
    if (record.sequence < 1 || record.entryHash.size() != 32 || record.mac.size() != 32)
        return damaged(Text::tr("its sequence, hash or MAC is malformed"));
    return record;
}

} // namespace ecluse
