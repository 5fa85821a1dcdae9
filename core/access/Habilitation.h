#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ecluse {

class Ed25519SigningKey;

// SNDS "potential identifiers": an access profile may receive at most one of them at a time.
enum class PotentialIdentifier
{
    None,
    CommuneOfResidence,
    BirthYearMonth,
    CareDate,
    DeathDate,
    CommuneOfDeath,
};

enum class GrantLevel
{
    Aggregate, // aggregates protected by disclosure control
    Extract,   // aggregates, and extracts after a steward's review
};

QString potentialIdentifierName(PotentialIdentifier identifier);
QString grantLevelName(GrantLevel level);

struct DatasetGrant
{
    QString dataset;
    GrantLevel level = GrantLevel::Aggregate;
    PotentialIdentifier potentialIdentifier = PotentialIdentifier::None;

    friend bool operator==(const DatasetGrant&, const DatasetGrant&) = default;
};

// One person's authorisation, as the habilitation authority signed it. Every habilitation has
// an end date (SNDS: access only for a fixed period).
struct Habilitation
{
    QString user;
    QString displayName;
    QStringList roles;
    QDateTime validFrom;
    QDateTime validUntil;
    QList<DatasetGrant> grants;

    bool isValidAt(const QDateTime& time) const { return validFrom <= time && time < validUntil; }
    const DatasetGrant* grant(const QString& dataset) const;
};

struct HabilitationManifest
{
    static constexpr int FormatVersion = 1;

    QString organisation;
    qint64 serial = 0;
    QDateTime issued;
    std::vector<Habilitation> users;
    QByteArray signerKey; // the authority's Ed25519 public key that signed it
    QByteArray envelope;  // the signed file as imported, kept for the record

    const Habilitation* user(const QString& name) const;

    // Checks the JSON (strictly: see StrictJson.h) and the content: names, roles, dates, grants,
    // separation of duties. Throws ErrorKind::InvalidInput naming `source` (where the manifest
    // was read; "habilitation manifest" when empty), the user and the rule.
    static HabilitationManifest parse(const QByteArray& json, const QString& source = {});
};

// The signed file: the manifest's exact bytes, the signer's public key and an Ed25519 signature
// over a domain-separated message, in a small JSON envelope.
namespace SignedHabilitations {

// Refuses (InvalidInput, naming `source`) a manifest that import would refuse.
QByteArray sign(const QByteArray& manifestJson, const Ed25519SigningKey& key, const QString& source = {});
// Verifies the signature against the trusted keys, then parses. ErrorKind::Denied for a signer
// that is not trusted; Integrity for an envelope that is not one (truncated, not JSON, a field
// missing) or a signature that does not verify; InvalidInput for a signed manifest whose content
// is refused. Messages name `source`, the file the envelope was read from.
HabilitationManifest open(const QByteArray& envelope, const QList<QByteArray>& trustedKeys, const QString& source = {});

} // namespace SignedHabilitations
} // namespace ecluse
