#include "ExtractChecks.h"

#include <QJsonArray>

#include <algorithm>

namespace ecluse {
namespace {

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

} // namespace ecluse
