#include "PolicyLoader.h"

#include "PolicySource.h"
#include "common/Error.h"

#include <QCoreApplication>

#include <algorithm>
#include <functional>

namespace ecluse {
namespace {

// This file's messages, under the "PolicyLoader" context that lupdate files them in too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PolicyLoader)
};

// One policy key: how to read it into a Policy, show it, and tell whether a user's value is at
// least as strict as the one in force.
struct Setting
{
    const char* key;
    const char* description;
    bool userMayTighten;
    std::function<QString(Policy&, const QString&)> parse; // error text, empty on success
    std::function<QString(const Policy&)> show;
    std::function<bool(const Policy& candidate, const Policy& current)> atLeastAsStrict;
    // What parse() accepts, for policyKeys().
    PolicyKeyInfo::Kind kind;
    int minimum;
    int maximum;
    QStringList choices;
};

template <typename Member>
Setting integer(const char* key, const char* description, Member member, int minimum, int maximum,
                bool higherIsStricter)
{
    return {key,
            description,
            true,
            [=](Policy& policy, const QString& text) {
                bool ok = false;
                const int value = text.trimmed().toInt(&ok);
                if (!ok || value < minimum || value > maximum)
                    return Text::tr("expected a whole number from %1 to %2").arg(minimum).arg(maximum);
                policy.*member = value;
                return QString();
            },
            [=](const Policy& policy) { return QString::number(policy.*member); },
            [=](const Policy& candidate, const Policy& current) {
                return higherIsStricter ? candidate.*member >= current.*member : candidate.*member <= current.*member;
            },
            PolicyKeyInfo::Kind::Integer,
            minimum,
            maximum,
            {}};
}

template <typename Member> Setting boolean(const char* key, const char* description, Member member, bool trueIsStricter)
{
    return {key,
            description,
            true,
            [=](Policy& policy, const QString& text) {
                const QString value = text.trimmed().toLower();
                if (value == QStringLiteral("true") || value == QStringLiteral("1") || value == QStringLiteral("on"))
                    policy.*member = true;
                else if (value == QStringLiteral("false") || value == QStringLiteral("0") ||
                         value == QStringLiteral("off"))
                    policy.*member = false;
                else
                    return Text::tr("expected true or false");
                return QString();
            },
            [=](const Policy& policy) { return policy.*member ? QStringLiteral("true") : QStringLiteral("false"); },
            [=](const Policy& candidate, const Policy& current) {
                return candidate.*member == current.*member || candidate.*member == trueIsStricter;
            },
            PolicyKeyInfo::Kind::Boolean,
            0,
            0,
            {}};
}

template <typename Enum, typename Member>
Setting choice(const char* key, const char* description, Member member, QString (*name)(Enum),
               std::initializer_list<Enum> strictestFirst)
{
    const std::vector<Enum> order(strictestFirst);
    auto rank = [order](Enum value) { return std::find(order.begin(), order.end(), value) - order.begin(); };
    QStringList accepted;
    for (Enum value : order)
        accepted << name(value);
    return {key,
            description,
            true,
            [=](Policy& policy, const QString& text) {
                QStringList names;
                for (Enum value : order) {
                    if (name(value) == text.trimmed()) {
                        policy.*member = value;
                        return QString();
                    }
                    names << name(value);
                }
                return Text::tr("expected one of %1").arg(names.join(QStringLiteral(", ")));
            },
            [=](const Policy& policy) { return name(policy.*member); },
            [=](const Policy& candidate, const Policy& current) {
                return rank(candidate.*member) <= rank(current.*member);
            },
            PolicyKeyInfo::Kind::Choice,
            0,
            0,
            accepted};
}

QString parseKeys(QList<QByteArray>& out, const QString& text)
{
    out.clear();
    for (const QString& item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto decoded =
            QByteArray::fromBase64Encoding(item.trimmed().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.size() != 32)
            return Text::tr("'%1' is not a base64 Ed25519 public key (32 bytes)").arg(item.trimmed());
        out.append(decoded.decoded);
    }
    return {};
}

QString showKeys(const QList<QByteArray>& keys)
{
    QStringList items;
    for (const QByteArray& key : keys)
        items << QString::fromLatin1(key.toBase64());
    return items.join(QLatin1Char(','));
}

// Trust anchors and locations are the organisation's alone: a user value is ignored, whatever it is.
Setting managedOnly(const char* key, const char* description, std::function<QString(Policy&, const QString&)> parse,
                    std::function<QString(const Policy&)> show, PolicyKeyInfo::Kind kind, int minimum = 0,
                    int maximum = 0)
{
    return {key, description, false, std::move(parse), std::move(show), nullptr, kind, minimum, maximum, {}};
}

// A location or address only the organisation sets (never the user's own settings).
Setting managedText(const char* key, const char* description, QString Policy::*member)
{
    return managedOnly(
        key, description,
        [=](Policy& policy, const QString& text) {
            policy.*member = text.trimmed();
            return QString();
        },
        [=](const Policy& policy) { return policy.*member; }, PolicyKeyInfo::Kind::Text);
}

const std::vector<Setting>& settings()
{
    static const std::vector<Setting> all{
        integer("IdleLockMinutes", QT_TRANSLATE_NOOP("PolicyLoader", "minutes without input before the session locks"),
                &Policy::idleLockMinutes, 1, 240, false),
        boolean("LockOnSessionLock",
                QT_TRANSLATE_NOOP("PolicyLoader",
                                  "lock when the operating system locks the screen, switches user or suspends"),
                &Policy::lockOnSessionLock, true),
        integer(
            "SignInDelaySeconds",
            QT_TRANSLATE_NOOP("PolicyLoader", "delay after the third failed sign-in, doubled by each further failure"),
            &Policy::signInDelaySeconds, 1, 300, true),
        integer("FailedSignInLimit", QT_TRANSLATE_NOOP("PolicyLoader", "failed sign-ins in a row before the lock-out"),
                &Policy::failedSignInLimit, 3, 100, false),
        integer("SignInLockoutMinutes",
                QT_TRANSLATE_NOOP("PolicyLoader", "how long sign-in stays refused after the limit"),
                &Policy::signInLockoutMinutes, 1, 1440, true),
        choice("ClipboardMode", QT_TRANSLATE_NOOP("PolicyLoader", "what may be copied: deny, published-only"),
               &Policy::clipboardMode, &clipboardModeName, {ClipboardMode::Deny, ClipboardMode::PublishedOnly}),
        integer("ClipboardClearSeconds",
                QT_TRANSLATE_NOOP("PolicyLoader", "seconds before copied content is cleared from the clipboard"),
                &Policy::clipboardClearSeconds, 5, 600, false),
        choice("ExportMode", QT_TRANSLATE_NOOP("PolicyLoader", "what may be exported: deny, published-only"),
               &Policy::exportMode, &exportModeName, {ExportMode::Deny, ExportMode::PublishedOnly}),
        {"ExportFolders",
         QT_TRANSLATE_NOOP("PolicyLoader",
                           "folders exports may be written to, comma-separated (default: Documents/Ecluse)"),
         true,
         [](Policy& policy, const QString& text) {
             policy.exportFolders = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
             for (QString& folder : policy.exportFolders)
                 folder = folder.trimmed();
             return QString();
         },
         [](const Policy& policy) { return policy.exportFolders.join(QLatin1Char(',')); },
         [](const Policy& candidate, const Policy& current) {
             // Stricter means a subset of what the organisation allows.
             if (current.exportFolders.isEmpty())
                 return candidate.exportFolders.isEmpty();
             return std::all_of(candidate.exportFolders.begin(), candidate.exportFolders.end(),
                                [&](const QString& folder) { return current.exportFolders.contains(folder); });
         },
         PolicyKeyInfo::Kind::List,
         0,
         0,
         {}},
        integer(
            "SmallCellThreshold",
            QT_TRANSLATE_NOOP("PolicyLoader", "a cell counting fewer distinct beneficiaries than this is suppressed"),
            &Policy::smallCellThreshold, 2, 1000, true),
        integer("DominanceN", QT_TRANSLATE_NOOP("PolicyLoader", "(n,k)-dominance: number of largest contributions"),
                &Policy::dominanceN, 1, 10, true),
        integer("DominanceKPercent",
                QT_TRANSLATE_NOOP("PolicyLoader", "(n,k)-dominance: share of the cell total they may not reach"),
                &Policy::dominanceKPercent, 50, 99, false),
        integer("PRulePercent",
                QT_TRANSLATE_NOOP("PolicyLoader", "p% rule: precision with which no contribution may be estimated"),
                &Policy::pRulePercent, 1, 50, true),
        boolean("ZeroCellsDisclosive", QT_TRANSLATE_NOOP("PolicyLoader", "treat empty cells as disclosive"),
                &Policy::zeroCellsDisclosive, true),
        integer("ExtractMaxRows", QT_TRANSLATE_NOOP("PolicyLoader", "largest extract a request may ask for, in rows"),
                &Policy::extractMaxRows, 1, 100000000, false),
        integer("ExtractMaxPerMonth",
                QT_TRANSLATE_NOOP("PolicyLoader", "extract requests one user may file in 30 days"),
                &Policy::extractMaxPerMonth, 0, 1000, false),
        integer("RequiredApprovals",
                QT_TRANSLATE_NOOP("PolicyLoader", "independent stewards who must approve an extract (1 or 2)"),
                &Policy::requiredApprovals, 1, 2, true),
        managedOnly(
            "TrustedAuthorityKeys",
            QT_TRANSLATE_NOOP("PolicyLoader", "Ed25519 public keys (base64) of the habilitation authorities"),
            [](Policy& policy, const QString& text) { return parseKeys(policy.trustedAuthorityKeys, text); },
            [](const Policy& policy) { return showKeys(policy.trustedAuthorityKeys); }, PolicyKeyInfo::Kind::List),
        managedOnly(
            "TrustedProducerKeys",
            QT_TRANSLATE_NOOP("PolicyLoader", "Ed25519 public keys (base64) of the data producers"),
            [](Policy& policy, const QString& text) { return parseKeys(policy.trustedProducerKeys, text); },
            [](const Policy& policy) { return showKeys(policy.trustedProducerKeys); }, PolicyKeyInfo::Kind::List),
        managedText("AuditSealFolder",
                    QT_TRANSLATE_NOOP("PolicyLoader", "where the audit seal is kept (default: application data/seals)"),
                    &Policy::auditSealFolder),
        managedText("OrganisationServer",
                    QT_TRANSLATE_NOOP("PolicyLoader",
                                      "the organisation's PostgreSQL, as a libpq connection string (empty: this "
                                      "workstation alone)"),
                    &Policy::organisationServer),
        managedText(
            "OrganisationServerAuthority",
            QT_TRANSLATE_NOOP("PolicyLoader",
                              "PEM file of the authorities that may sign the organisation server's certificate"),
            &Policy::organisationServerAuthority),
        managedText("OrganisationClientCertificate",
                    QT_TRANSLATE_NOOP("PolicyLoader",
                                      "PEM file of this workstation's client certificate for the organisation server"),
                    &Policy::organisationClientCertificate),
        managedText("OrganisationClientKey",
                    QT_TRANSLATE_NOOP("PolicyLoader", "PEM file of that certificate's private key"),
                    &Policy::organisationClientKey),
        managedOnly(
            "OrganisationMaxOfflineHours",
            QT_TRANSLATE_NOOP("PolicyLoader",
                              "hours without the organisation server after which data can no longer be browsed "
                              "(0: no limit)"),
            [](Policy& policy, const QString& text) {
                bool ok = false;
                const int hours = text.trimmed().toInt(&ok);
                if (!ok || hours < 0 || hours > 8760)
                    return Text::tr("expected a whole number from 0 to 8760");
                policy.organisationMaxOfflineHours = hours;
                return QString();
            },
            [](const Policy& policy) { return QString::number(policy.organisationMaxOfflineHours); },
            PolicyKeyInfo::Kind::Integer, 0, 8760),
        managedText("BackupFolder",
                    QT_TRANSLATE_NOOP("PolicyLoader",
                                      "where encrypted backups are written (default: application data/backups)"),
                    &Policy::backupFolder),
        integer("BackupRetentionDays", QT_TRANSLATE_NOOP("PolicyLoader", "days backups are kept"),
                &Policy::backupRetentionDays, 1, 3650, false),
        managedOnly(
            "BackupEveryDays",
            QT_TRANSLATE_NOOP("PolicyLoader", "days after which administrators are asked for a new backup (0: never)"),
            [](Policy& policy, const QString& text) {
                bool ok = false;
                const int days = text.trimmed().toInt(&ok);
                if (!ok || days < 0 || days > 365)
                    return Text::tr("expected a whole number from 0 to 365");
                policy.backupEveryDays = days;
                return QString();
            },
            [](const Policy& policy) { return QString::number(policy.backupEveryDays); }, PolicyKeyInfo::Kind::Integer,
            0, 365),
        boolean("DemoModeAllowed", QT_TRANSLATE_NOOP("PolicyLoader", "whether a demo vault may be created"),
                &Policy::demoModeAllowed, false),
        boolean("ScreenCaptureAllowed", QT_TRANSLATE_NOOP("PolicyLoader", "whether windows may be captured (Windows)"),
                &Policy::screenCaptureAllowed, false),
        boolean("PrintingAllowed", QT_TRANSLATE_NOOP("PolicyLoader", "whether data views may be printed"),
                &Policy::printingAllowed, false),
        boolean("DragAndDropAllowed",
                QT_TRANSLATE_NOOP("PolicyLoader", "whether data may be dragged out of data views"),
                &Policy::dragAndDropAllowed, false),
    };
    return all;
}

QStringList unknownKeys(const PolicySource& source)
{
    QStringList unknown;
    for (const QString& key : source.keys()) {
        const bool known = std::any_of(settings().begin(), settings().end(),
                                       [&](const Setting& setting) { return key == QLatin1String(setting.key); });
        if (!known)
            unknown << key;
    }
    return unknown;
}

QString quotedList(const QStringList& items)
{
    QStringList quoted;
    for (const QString& item : items)
        quoted << QLatin1Char('\'') + item + QLatin1Char('\'');
    return quoted.join(QStringLiteral(", "));
}

} // namespace

QString clipboardModeName(ClipboardMode mode)
{
    return mode == ClipboardMode::Deny ? QStringLiteral("deny") : QStringLiteral("published-only");
}

QString exportModeName(ExportMode mode)
{
    return mode == ExportMode::Deny ? QStringLiteral("deny") : QStringLiteral("published-only");
}

std::vector<PolicyKeyInfo> policyKeys()
{
    std::vector<PolicyKeyInfo> keys;
    for (const Setting& setting : settings())
        keys.push_back({QString::fromLatin1(setting.key), setting.kind, setting.minimum, setting.maximum,
                        setting.choices, setting.userMayTighten});
    return keys;
}

QString originName(PolicyEntry::Origin origin)
{
    switch (origin) {
    case PolicyEntry::Origin::Default:
        return QStringLiteral("default");
    case PolicyEntry::Origin::Managed:
        return QStringLiteral("managed");
    case PolicyEntry::Origin::User:
        return QStringLiteral("user");
    }
    return {};
}

LoadedPolicy loadPolicy(const PolicySource& managed, const PolicySource* user)
{
    LoadedPolicy loaded;
    const QStringList unknownManaged = unknownKeys(managed);
    if (!unknownManaged.isEmpty())
        throw managedPolicyError(
            managed.description(),
            (unknownManaged.size() == 1
                 ? Text::tr("unknown key %1; keys are spelled as in docs/POLICY.md, capitals included")
                 : Text::tr("unknown keys %1; keys are spelled as in docs/POLICY.md, capitals included"))
                .arg(quotedList(unknownManaged)));
    if (user) {
        for (const QString& key : unknownKeys(*user))
            loaded.notes << Text::tr("user settings %1: unknown key '%2' ignored").arg(user->description(), key);
    }

    Policy& policy = loaded.policy;
    for (const Setting& setting : settings()) {
        const QString key = QString::fromLatin1(setting.key);
        PolicyEntry entry{key, {}, PolicyEntry::Origin::Default, Text::tr(setting.description), {}};
        if (const auto text = managed.value(key)) {
            const QString error = setting.parse(policy, *text);
            if (!error.isEmpty())
                throw managedPolicyError(managed.description(), Text::tr("%1 = '%2': %3").arg(key, *text, error));
            entry.origin = PolicyEntry::Origin::Managed;
        }
        if (const auto text = user ? user->value(key) : std::nullopt) {
            Policy candidate = policy;
            const QString error = setting.parse(candidate, *text);
            if (!setting.userMayTighten)
                entry.note = Text::tr("user setting ignored: only the organisation sets this");
            else if (!error.isEmpty())
                entry.note = Text::tr("user setting '%1' ignored: %2").arg(*text, error);
            else if (!setting.atLeastAsStrict(candidate, policy))
                entry.note = Text::tr("user setting '%1' ignored: it would loosen the rule").arg(*text);
            else {
                policy = candidate;
                entry.origin = PolicyEntry::Origin::User;
            }
        }
        entry.value = setting.show(policy);
        loaded.entries.push_back(std::move(entry));
    }
    return loaded;
}

} // namespace ecluse
