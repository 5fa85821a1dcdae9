#pragma once

#include "access/Habilitation.h"
#include "crypto/Ed25519.h"
#include "crypto/Random.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ecluse::test {

struct TestUser
{
    QString id;
    QStringList roles;
    QDateTime validFrom;
    QDateTime validUntil;
    QJsonArray grants;
};

// A habilitation authority for tests: a fresh Ed25519 key, and manifests signed with it.
class TestAuthority
{
public:
    TestAuthority()
        : m_key(Ed25519SigningKey::generate(m_random))
    {}

    QByteArray publicKey() const { return m_key.publicKey(); }
    const Ed25519SigningKey& key() const { return m_key; }

    static QJsonObject grant(const char* dataset, const char* level, const char* identifier = nullptr)
    {
        QJsonObject json{{QStringLiteral("dataset"), QString::fromLatin1(dataset)},
                         {QStringLiteral("level"), QString::fromLatin1(level)}};
        if (identifier)
            json.insert(QStringLiteral("potentialIdentifier"), QString::fromLatin1(identifier));
        return json;
    }

    // The usual cast, valid for a year around `now`: admin, analyst1, steward1, auditor1.
    static QList<TestUser> standardUsers(const QDateTime& now)
    {
        const QDateTime from = now.addDays(-30);
        const QDateTime until = now.addDays(335);
        return {
            {QStringLiteral("admin"), {QStringLiteral("admin")}, from, until, {}},
            {QStringLiteral("analyst1"),
             {QStringLiteral("analyst")},
             from,
             until,
             {grant("prestations", "extract", "care-date"), grant("damir", "aggregate")}},
            {QStringLiteral("steward1"), {QStringLiteral("steward")}, from, until, {grant("prestations", "aggregate")}},
            {QStringLiteral("auditor1"), {QStringLiteral("auditor")}, from, until, {}},
        };
    }

    static QByteArray manifestJson(qint64 serial, const QList<TestUser>& users, const QDateTime& issued)
    {
        QJsonArray userArray;
        for (const TestUser& user : users) {
            userArray.append(QJsonObject{{QStringLiteral("id"), user.id},
                                         {QStringLiteral("name"), QStringLiteral("User ") + user.id},
                                         {QStringLiteral("roles"), QJsonArray::fromStringList(user.roles)},
                                         {QStringLiteral("validFrom"), user.validFrom.toString(Qt::ISODate)},
                                         {QStringLiteral("validUntil"), user.validUntil.toString(Qt::ISODate)},
                                         {QStringLiteral("grants"), user.grants}});
        }
        return QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("ecluse-habilitations")},
                                         {QStringLiteral("version"), 1},
                                         {QStringLiteral("organisation"), QStringLiteral("CNAM test")},
                                         {QStringLiteral("serial"), serial},
                                         {QStringLiteral("issued"), issued.toString(Qt::ISODate)},
                                         {QStringLiteral("users"), userArray}})
            .toJson();
    }

    QByteArray sign(qint64 serial, const QList<TestUser>& users, const QDateTime& issued) const
    {
        return SignedHabilitations::sign(manifestJson(serial, users, issued), m_key);
    }

private:
    SystemRandom m_random;
    Ed25519SigningKey m_key;
};

} // namespace ecluse::test
