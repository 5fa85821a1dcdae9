#include "ExtractRequest.h"

#include "common/Error.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <array>

namespace ecluse {
namespace {

// This file's messages, under the "ExtractRequest" context that lupdate files them in too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ExtractRequest)
};

constexpr std::array stateNames{
    std::pair{RequestState::Draft, "draft"},       std::pair{RequestState::Submitted, "submitted"},
    std::pair{RequestState::Returned, "returned"}, std::pair{RequestState::Approved, "approved"},
    std::pair{RequestState::Rejected, "rejected"}, std::pair{RequestState::Withdrawn, "withdrawn"},
    std::pair{RequestState::Released, "released"}, std::pair{RequestState::Expired, "expired"},
};

QString dateText(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

[[noreturn]] void damaged(const QString& why)
{
    throw Error(ErrorKind::Integrity, Text::tr("a stored extract request is damaged: %1").arg(why));
}

QDate requiredDate(const QJsonObject& json, const char* field)
{
    const QDate date = QDate::fromString(json.value(QLatin1String(field)).toString(), Qt::ISODate);
    if (!date.isValid())
        damaged(Text::tr("'%1' is not a date").arg(QLatin1String(field)));
    return date;
}

QJsonObject filterToJson(const Filter& filter)
{
    QJsonObject json{{QStringLiteral("column"), filter.column}};
    if (!filter.isDateRange())
        json.insert(QStringLiteral("values"), QJsonArray::fromStringList(filter.values));
    if (filter.from)
        json.insert(QStringLiteral("from"), dateText(*filter.from));
    if (filter.to)
        json.insert(QStringLiteral("to"), dateText(*filter.to));
    return json;
}

Filter filterFromJson(const QJsonObject& json)
{
    Filter filter;
    filter.column = json.value(QStringLiteral("column")).toString();
    for (const QJsonValue value : json.value(QStringLiteral("values")).toArray())
        filter.values << value.toString();
    if (json.contains(QStringLiteral("from")))
        filter.from = requiredDate(json, "from");
    if (json.contains(QStringLiteral("to")))
        filter.to = requiredDate(json, "to");
    if (filter.column.isEmpty() || (filter.isDateRange() && !filter.from && !filter.to))
        damaged(Text::tr("a filter is malformed"));
    return filter;
}

} // namespace

QString requestStateName(RequestState state)
{
    for (const auto& [value, name] : stateNames) {
        if (value == state)
            return QString::fromLatin1(name);
    }
    return {};
}

QString requestStateLabel(RequestState state)
{
    switch (state) {
    case RequestState::Draft:
        return Text::tr("a draft");
    case RequestState::Submitted:
        return Text::tr("submitted");
    case RequestState::Returned:
        return Text::tr("returned to its requester");
    case RequestState::Approved:
        return Text::tr("approved");
    case RequestState::Rejected:
        return Text::tr("rejected");
    case RequestState::Withdrawn:
        return Text::tr("withdrawn");
    case RequestState::Released:
        return Text::tr("released");
    case RequestState::Expired:
        return Text::tr("expired");
    }
    return {};
}

std::optional<RequestState> requestStateFromName(const QString& name)
{
    for (const auto& [value, text] : stateNames) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

QJsonObject ExtractSpec::toJson() const
{
    QJsonArray filterArray;
    for (const Filter& filter : filters)
        filterArray.append(filterToJson(filter));
    return {{QStringLiteral("dataset"), dataset},
            {QStringLiteral("columns"), QJsonArray::fromStringList(columns)},
            {QStringLiteral("filters"), filterArray},
            {QStringLiteral("periodFrom"), dateText(periodFrom)},
            {QStringLiteral("periodTo"), dateText(periodTo)},
            {QStringLiteral("purpose"), purpose},
            {QStringLiteral("project"), project},
            {QStringLiteral("retainUntil"), dateText(retainUntil)}};
}

QJsonObject ExtractRequest::toJson() const
{
    QJsonArray events;
    for (const RequestEvent& event : history) {
        QJsonObject json{{QStringLiteral("at"), event.atUtc.toUTC().toString(Qt::ISODate)},
                         {QStringLiteral("actor"), event.actor},
                         {QStringLiteral("action"), event.action},
                         {QStringLiteral("state"), requestStateName(event.stateAfter)}};
        if (!event.comment.isEmpty())
            json.insert(QStringLiteral("comment"), event.comment);
        events.append(json);
    }
    QJsonObject json{{QStringLiteral("id"), id},
                     {QStringLiteral("requester"), requester},
                     {QStringLiteral("state"), requestStateName(state)},
                     {QStringLiteral("revision"), revision},
                     {QStringLiteral("approvals"), QJsonArray::fromStringList(approvals)},
                     {QStringLiteral("created"), createdUtc.toUTC().toString(Qt::ISODate)},
                     {QStringLiteral("updated"), updatedUtc.toUTC().toString(Qt::ISODate)},
                     {QStringLiteral("spec"), spec.toJson()},
                     {QStringLiteral("history"), events}};
    // With the organisation's server: the vault it was drafted in (where it is released).
    if (!originVault.isEmpty())
        json.insert(QStringLiteral("vault"), originVault);
    return json;
}

ExtractSpec ExtractSpec::fromJson(const QJsonObject& json)
{
    ExtractSpec spec;
    spec.dataset = json.value(QStringLiteral("dataset")).toString();
    for (const QJsonValue column : json.value(QStringLiteral("columns")).toArray())
        spec.columns << column.toString();
    for (const QJsonValue filter : json.value(QStringLiteral("filters")).toArray())
        spec.filters.push_back(filterFromJson(filter.toObject()));
    spec.periodFrom = requiredDate(json, "periodFrom");
    spec.periodTo = requiredDate(json, "periodTo");
    spec.retainUntil = requiredDate(json, "retainUntil");
    spec.purpose = json.value(QStringLiteral("purpose")).toString();
    spec.project = json.value(QStringLiteral("project")).toString();
    if (spec.dataset.isEmpty() || spec.columns.isEmpty() || spec.purpose.isEmpty() || spec.project.isEmpty())
        damaged(Text::tr("its dataset, columns, purpose or project is missing"));
    return spec;
}

} // namespace ecluse
