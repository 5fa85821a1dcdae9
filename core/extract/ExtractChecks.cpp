#include "ExtractChecks.h"

#include "common/Error.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace ecluse {
namespace {

// This file's messages, under the "ExtractChecks" context that lupdate files them in too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ExtractChecks)
};

[[noreturn]] void malformed(const QString& what)
{
    throw Error(ErrorKind::Integrity, Text::tr("the recorded checks of a request are malformed: %1").arg(what));
}

// A count: a whole number from 0 to 2^53, nothing else.
qint64 countIn(const QJsonObject& json, const QString& key)
{
    const QJsonValue value = json.value(key);
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 0 || number > 9007199254740992.0 || std::floor(number) != number)
        malformed(Text::tr("'%1' is not a count").arg(key));
    return static_cast<qint64>(number);
}

QString textIn(const QJsonObject& json, const QString& key)
{
    const QJsonValue value = json.value(key);
    if (!value.isString())
        malformed(Text::tr("'%1' is not text").arg(key));
    return value.toString();
}

QJsonArray arrayIn(const QJsonObject& json, const QString& key)
{
    const QJsonValue value = json.value(key);
    if (!value.isArray())
        malformed(Text::tr("'%1' is not a list").arg(key));
    return value.toArray();
}

std::optional<CheckOutcome> outcomeFromName(const QString& name)
{
    if (name == QLatin1String("passed"))
        return CheckOutcome::Passed;
    if (name == QLatin1String("warning"))
        return CheckOutcome::Warning;
    if (name == QLatin1String("failed"))
        return CheckOutcome::Failed;
    return std::nullopt;
}

QString outcomeName(CheckOutcome outcome)
{
    switch (outcome) {
    case CheckOutcome::Passed:
        return QStringLiteral("passed");
    case CheckOutcome::Warning:
        return QStringLiteral("warning");
    case CheckOutcome::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

} // namespace

bool ExtractChecks::anyFailed() const
{
    return std::any_of(checks.begin(), checks.end(),
                       [](const ExtractCheck& check) { return check.outcome == CheckOutcome::Failed; });
}

QJsonObject ExtractChecks::toJson() const
{
    QJsonArray array;
    for (const ExtractCheck& check : checks)
        array.append(QJsonObject{{QStringLiteral("name"), check.name},
                                 {QStringLiteral("outcome"), outcomeName(check.outcome)},
                                 {QStringLiteral("detail"), check.detail}});
    QJsonArray overlapArray;
    for (const ReleaseOverlap& overlap : overlaps) {
        QJsonObject json{{QStringLiteral("release"), overlap.release}, {QStringLiteral("request"), overlap.request}};
        if (overlap.masked) {
            json.insert(QStringLiteral("masked"), true);
        } else {
            json.insert(QStringLiteral("shared"), overlap.shared);
            json.insert(QStringLiteral("onlyThisRequest"), overlap.onlyThisRequest);
            json.insert(QStringLiteral("onlyEarlier"), overlap.onlyEarlier);
        }
        overlapArray.append(json);
    }
    if (masked)
        return {{QStringLiteral("rows"), QJsonValue::Null},
                {QStringLiteral("beneficiaries"), QJsonValue::Null},
                {QStringLiteral("masked"), true},
                {QStringLiteral("checks"), array},
                {QStringLiteral("overlaps"), overlapArray}};
    QJsonObject json{{QStringLiteral("rows"), rows},
                     {QStringLiteral("beneficiaries"), beneficiaries},
                     {QStringLiteral("checks"), array},
                     {QStringLiteral("overlaps"), overlapArray}};
    if (rounded)
        json.insert(QStringLiteral("roundedTo"), RequesterRoundingBase);
    return json;
}

ExtractChecks ExtractChecks::fromJson(const QJsonObject& json)
{
    ExtractChecks result;
    result.masked = json.value(QStringLiteral("masked")).toBool(false);
    if (!result.masked) {
        result.rows = countIn(json, QStringLiteral("rows"));
        result.beneficiaries = countIn(json, QStringLiteral("beneficiaries"));
        if (json.contains(QStringLiteral("roundedTo"))) {
            if (countIn(json, QStringLiteral("roundedTo")) != RequesterRoundingBase)
                malformed(Text::tr("'roundedTo' is not %1").arg(RequesterRoundingBase));
            result.rounded = true;
        }
    }
    for (const QJsonValue item : arrayIn(json, QStringLiteral("checks"))) {
        const QJsonObject check = item.toObject();
        const std::optional<CheckOutcome> outcome = outcomeFromName(textIn(check, QStringLiteral("outcome")));
        if (!outcome)
            malformed(Text::tr("a check has no outcome"));
        result.checks.push_back(
            {textIn(check, QStringLiteral("name")), *outcome, textIn(check, QStringLiteral("detail"))});
    }
    for (const QJsonValue item : arrayIn(json, QStringLiteral("overlaps"))) {
        const QJsonObject entry = item.toObject();
        ReleaseOverlap overlap;
        overlap.release = textIn(entry, QStringLiteral("release"));
        overlap.request = countIn(entry, QStringLiteral("request"));
        overlap.masked = entry.value(QStringLiteral("masked")).toBool(false);
        if (!overlap.masked) {
            overlap.shared = countIn(entry, QStringLiteral("shared"));
            overlap.onlyThisRequest = countIn(entry, QStringLiteral("onlyThisRequest"));
            overlap.onlyEarlier = countIn(entry, QStringLiteral("onlyEarlier"));
        }
        result.overlaps.push_back(overlap);
    }
    return result;
}

} // namespace ecluse
