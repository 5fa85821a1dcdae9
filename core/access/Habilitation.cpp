#include "Habilitation.h"

#include "Access.h"
#include "common/Error.h"
#include "common/StrictJson.h"
#include "common/UserName.h"
#include "crypto/Ed25519.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <array>

namespace ecluse {
namespace {

// This file's messages, under the "Habilitation" context that lupdate files them in too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Habilitation)
};

// What is wrong with a manifest, thrown by the parsing helpers and turned into an Error that
// names where the manifest was read (see named()).
struct Invalid
{
    QString why;
};

[[noreturn]] void invalid(const QString& why)
{
    throw Invalid{why};
}

QString named(const QString& source)
{
    return source.isEmpty() ? Text::tr("habilitation manifest") : source;
}

constexpr std::array identifierNames{
    std::pair{PotentialIdentifier::CommuneOfResidence, "commune-of-residence"},
    std::pair{PotentialIdentifier::BirthYearMonth, "birth-year-month"},
    std::pair{PotentialIdentifier::CareDate, "care-date"},
    std::pair{PotentialIdentifier::DeathDate, "death-date"},
    std::pair{PotentialIdentifier::CommuneOfDeath, "commune-of-death"},
};

const QByteArray signatureContext = QByteArrayLiteral("ecluse-habilitations-v1");
const QString envelopeFormat = QStringLiteral("ecluse-signed-habilitations");

QDateTime requiredTime(const QJsonObject& json, const char* field, const QString& where)
{
    const QString text = json.value(QLatin1String(field)).toString();
    const QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid())
        invalid(Text::tr("%1: '%2' is missing or not an ISO 8601 time").arg(where, QString::fromLatin1(field)));
    return time.toUTC();
}

DatasetGrant parseGrant(const QJsonObject& json, const QString& user)
{
    static const QRegularExpression datasetPattern(QStringLiteral("^[a-z][a-z0-9_]{0,63}$"));
    DatasetGrant grant;
    grant.dataset = json.value(QStringLiteral("dataset")).toString();
    if (!datasetPattern.match(grant.dataset).hasMatch())
        invalid(Text::tr("user %1: '%2' is not a dataset name").arg(user, grant.dataset));
    const QString level = json.value(QStringLiteral("level")).toString();
    if (level == QStringLiteral("aggregate"))
        grant.level = GrantLevel::Aggregate;
    else if (level == QStringLiteral("extract"))
        grant.level = GrantLevel::Extract;
    else
        invalid(Text::tr("user %1, dataset %2: level must be 'aggregate' or 'extract'").arg(user, grant.dataset));
    const QString identifier = json.value(QStringLiteral("potentialIdentifier")).toString();
    if (!identifier.isEmpty() && identifier != QStringLiteral("none")) {
        const auto found = std::find_if(identifierNames.begin(), identifierNames.end(),
                                        [&](const auto& entry) { return identifier == QLatin1String(entry.second); });
        if (found == identifierNames.end())
            invalid(Text::tr("user %1: '%2' is not a potential identifier").arg(user, identifier));
        grant.potentialIdentifier = found->first;
    }
    return grant;
}

Habilitation parseUser(const QJsonObject& json)
{
    Habilitation user;
    user.user = json.value(QStringLiteral("id")).toString();
    if (!isValidUserName(user.user))
        invalid(Text::tr("'%1' is not a valid user id").arg(user.user));
    user.displayName = json.value(QStringLiteral("name")).toString();
    if (user.displayName.trimmed().isEmpty())
        invalid(Text::tr("user %1 has no display name").arg(user.user));
    // Shown in the GUI and printed by the CLI: text only.
    if (printableText(user.displayName) != user.displayName)
        invalid(Text::tr("user %1: the display name holds control characters").arg(user.user));
    for (const QJsonValue role : json.value(QStringLiteral("roles")).toArray()) {
        if (!roleFromName(role.toString()))
            invalid(Text::tr("user %1: unknown role '%2'").arg(user.user, role.toString()));
        if (!user.roles.contains(role.toString()))
            user.roles << role.toString();
    }
    if (user.roles.isEmpty())
        invalid(Text::tr("user %1 has no role").arg(user.user));
    // The contractor who administers the workstation neither reads data nor audits themself.
    const bool admin = user.roles.contains(QStringLiteral("admin"));
    if (admin && user.roles.size() > 1)
        invalid(Text::tr("user %1: the admin role cannot be combined with %2 (separation of duties)")
                    .arg(user.user, user.roles.join(QStringLiteral(", "))));
    user.validFrom = requiredTime(json, "validFrom", Text::tr("user %1").arg(user.user));
    user.validUntil = requiredTime(json, "validUntil", Text::tr("user %1").arg(user.user));
    if (user.validUntil <= user.validFrom)
        invalid(Text::tr("user %1: validUntil must come after validFrom").arg(user.user));

    QSet<QString> datasets;
    PotentialIdentifier identifier = PotentialIdentifier::None;
    for (const QJsonValue value : json.value(QStringLiteral("grants")).toArray()) {
        const DatasetGrant grant = parseGrant(value.toObject(), user.user);
        if (datasets.contains(grant.dataset))
            invalid(Text::tr("user %1: dataset %2 is granted twice").arg(user.user, grant.dataset));
        datasets.insert(grant.dataset);
        if (grant.potentialIdentifier != PotentialIdentifier::None) {
            if (identifier != PotentialIdentifier::None && identifier != grant.potentialIdentifier)
                invalid(Text::tr("user %1: more than one potential identifier (SNDS: at most one at a time)")
                            .arg(user.user));
            identifier = grant.potentialIdentifier;
        }
        user.grants.append(grant);
    }
    if (!user.grants.isEmpty() && !user.roles.contains(QStringLiteral("analyst")) &&
        !user.roles.contains(QStringLiteral("steward")))
        invalid(Text::tr("user %1: only analysts and stewards receive dataset grants").arg(user.user));
    return user;
}

} // namespace

QString potentialIdentifierName(PotentialIdentifier identifier)
{
    for (const auto& [value, name] : identifierNames) {
        if (value == identifier)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("none");
}

QString grantLevelName(GrantLevel level)
{
    return level == GrantLevel::Extract ? QStringLiteral("extract") : QStringLiteral("aggregate");
}

const DatasetGrant* Habilitation::grant(const QString& dataset) const
{
    for (const DatasetGrant& candidate : grants) {
        if (candidate.dataset == dataset)
            return &candidate;
    }
    return nullptr;
}

const Habilitation* HabilitationManifest::user(const QString& name) const
{
    const auto found = std::find_if(users.begin(), users.end(), [&](const Habilitation& h) { return h.user == name; });
    return found == users.end() ? nullptr : &*found;
}

namespace {

HabilitationManifest parseManifest(const QByteArray& json)
{
    QString problem;
    const std::optional<QJsonObject> document = parseStrictJsonObject(json, &problem);
    if (!document)
        invalid(Text::tr("not valid JSON (%1)").arg(problem));
    const QJsonObject& root = *document;
    if (root.value(QStringLiteral("format")).toString() != QStringLiteral("ecluse-habilitations"))
        invalid(Text::tr("'format' must be 'ecluse-habilitations'"));
    if (root.value(QStringLiteral("version")).toInteger() != HabilitationManifest::FormatVersion)
        invalid(Text::tr("unsupported version %1 (this build reads version %2)")
                    .arg(root.value(QStringLiteral("version")).toInteger())
                    .arg(HabilitationManifest::FormatVersion));

    HabilitationManifest manifest;
    manifest.organisation = root.value(QStringLiteral("organisation")).toString();
    if (manifest.organisation.trimmed().isEmpty())
        invalid(Text::tr("'organisation' is missing"));
    if (printableText(manifest.organisation) != manifest.organisation)
        invalid(Text::tr("'organisation' holds control characters"));
    manifest.serial = root.value(QStringLiteral("serial")).toInteger(-1);
    if (manifest.serial < 1)
        invalid(Text::tr("'serial' must be a positive whole number"));
    manifest.issued = requiredTime(root, "issued", Text::tr("the manifest"));
    QSet<QString> seen;
    for (const QJsonValue value : root.value(QStringLiteral("users")).toArray()) {
        Habilitation user = parseUser(value.toObject());
        if (seen.contains(user.user))
            invalid(Text::tr("user %1 appears twice").arg(user.user));
        seen.insert(user.user);
        manifest.users.push_back(std::move(user));
    }
    return manifest;
}

} // namespace

HabilitationManifest HabilitationManifest::parse(const QByteArray& json, const QString& source)
{
    try {
        return parseManifest(json);
    } catch (const Invalid& invalid) {
        throw Error(ErrorKind::InvalidInput, Text::tr("%1: %2").arg(named(source), invalid.why));
    }
}

namespace SignedHabilitations {

QByteArray sign(const QByteArray& manifestJson, const Ed25519SigningKey& key, const QString& source)
{
    HabilitationManifest::parse(manifestJson, source); // never sign what would be refused on import
    const QJsonObject envelope{
        {QStringLiteral("format"), envelopeFormat},
        {QStringLiteral("manifest"), QString::fromLatin1(manifestJson.toBase64())},
        {QStringLiteral("signer"), QString::fromLatin1(key.publicKey().toBase64())},
        {QStringLiteral("signature"), QString::fromLatin1(key.sign(signatureContext + '\0' + manifestJson).toBase64())},
    };
    return QJsonDocument(envelope).toJson();
}

HabilitationManifest open(const QByteArray& envelopeBytes, const QList<QByteArray>& trustedKeys, const QString& source)
{
    const QString file = source.isEmpty() ? Text::tr("the signed habilitation file") : source;
    // The envelope is what the authority's tooling wrote: anything else is a damaged file.
    const auto damaged = [&](const QString& why) {
        return Error(ErrorKind::Integrity, Text::tr("%1 is damaged: %2").arg(file, why));
    };
    QString problem;
    const std::optional<QJsonObject> envelope = parseStrictJsonObject(envelopeBytes, &problem);
    if (!envelope)
        throw damaged(Text::tr("it is not a valid JSON object (%1)").arg(problem));
    if (envelope->value(QStringLiteral("format")).toString() != envelopeFormat)
        throw damaged(Text::tr("it is not a signed habilitation file"));
    auto field = [&](const char* name) {
        const QJsonValue value = envelope->value(QLatin1String(name));
        const auto decoded =
            QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!value.isString() || !decoded)
            throw damaged(Text::tr("field '%1' is missing or not base64").arg(QString::fromLatin1(name)));
        return decoded.decoded;
    };
    const QByteArray manifestJson = field("manifest");
    const QByteArray signer = field("signer");
    const QByteArray signature = field("signature");
    if (!trustedKeys.contains(signer))
        throw Error(ErrorKind::Denied, Text::tr("%1 is signed by key %2, which managed policy does not trust "
                                                "(TrustedAuthorityKeys)")
                                           .arg(file, keyFingerprint(signer)));
    if (!ed25519Verify(signer, signatureContext + '\0' + manifestJson, signature))
        throw Error(ErrorKind::Integrity,
                    Text::tr("%1: the habilitation manifest's signature does not verify: it was altered after signing")
                        .arg(file));
    HabilitationManifest manifest = HabilitationManifest::parse(manifestJson, source);
    manifest.signerKey = signer;
    manifest.envelope = envelopeBytes;
    return manifest;
}

} // namespace SignedHabilitations
} // namespace ecluse
