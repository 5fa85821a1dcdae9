#include "StrictJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <jansson.h>

#include <memory>

namespace ecluse {
namespace {

// This file's messages, under the "StrictJson" context that lupdate files them in too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(StrictJson)
};

struct JsonDeleter
{
    void operator()(json_t* value) const { json_decref(value); }
};
using JsonPointer = std::unique_ptr<json_t, JsonDeleter>;

struct TooDeep
{};

// `depth` counts the objects and arrays `value` is in, itself included if it is one.
QJsonValue toQt(const json_t* value, int depth)
{
    const bool container = json_is_object(value) || json_is_array(value);
    if (container && depth > MaximumJsonDepth)
        throw TooDeep{};
    switch (json_typeof(value)) {
    case JSON_OBJECT: {
        QJsonObject object;
        const char* key = nullptr;
        json_t* member = nullptr;
        // json_object_foreach casts away const; the tree is only read.
        json_object_foreach(const_cast<json_t*>(value), key, member)
        {
            object.insert(QString::fromUtf8(key), toQt(member, depth + 1));
        }
        return object;
    }
    case JSON_ARRAY: {
        QJsonArray array;
        for (std::size_t i = 0; i < json_array_size(value); ++i)
            array.append(toQt(json_array_get(value, i), depth + 1));
        return array;
    }
    case JSON_STRING:
        return QString::fromUtf8(json_string_value(value), static_cast<qsizetype>(json_string_length(value)));
    case JSON_INTEGER:
        return QJsonValue(static_cast<qint64>(json_integer_value(value)));
    case JSON_REAL:
        return json_real_value(value);
    case JSON_TRUE:
        return true;
    case JSON_FALSE:
        return false;
    case JSON_NULL:
        break;
    }
    return QJsonValue(QJsonValue::Null);
}

} // namespace

std::optional<QJsonObject> parseStrictJsonObject(QByteArrayView bytes, QString* problem)
{
    json_error_t error{};
    // No JSON_ALLOW_NUL ("\u0000" is refused) and no JSON_DECODE_ANY (the top must be an object
    // or an array); the end-of-input check stays on, so trailing bytes are refused.
    const JsonPointer root(
        json_loadb(bytes.data(), static_cast<std::size_t>(bytes.size()), JSON_REJECT_DUPLICATES, &error));
    if (!root) {
        *problem =
            Text::tr("line %1, column %2: %3").arg(error.line).arg(error.column).arg(QString::fromUtf8(error.text));
        return std::nullopt;
    }
    if (!json_is_object(root.get())) {
        *problem = Text::tr("the document is not a JSON object");
        return std::nullopt;
    }
    try {
        return toQt(root.get(), 1).toObject();
    } catch (const TooDeep&) {
        *problem = Text::tr("nested deeper than %1 levels").arg(MaximumJsonDepth);
        return std::nullopt;
    }
}

QString compactJson(const QJsonObject& json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QString compactJson(const QJsonArray& json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

} // namespace ecluse
