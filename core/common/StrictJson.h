#pragma once

#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace ecluse {

// JSON that comes from outside (a package's manifest and signature, a habilitation file, the
// key-slot file, a seal, the sign-in failure log) is read as RFC 8259 and nothing looser, by
// Jansson: invalid UTF-8, a control character or NUL in a string, an unknown escape, trailing
// bytes, an integer beyond 64 bits or a key given twice are refused; so are objects and arrays
// nested more than MaximumJsonDepth deep (the document's own object is the first level). Qt's
// own reader accepts some of these, and a duplicate key is the classic way to make a signer and a
// reader see two different documents.
inline constexpr int MaximumJsonDepth = 32;

// The document must be an object. On refusal, returns nothing and sets `problem` to where and
// why in Jansson's words ("line 3, column 12: duplicate object key near '\"rows\"'"), which may
// quote the token it stopped at: none of these files holds a secret, and Error escapes control
// characters in every message.
std::optional<QJsonObject> parseStrictJsonObject(QByteArrayView bytes, QString* problem);

// JSON as Écluse keeps or sends it as text (the vault's tables, the organisation's server):
// compact, UTF-8 once encoded; read back with parseStrictJsonObject().
QString compactJson(const QJsonObject& json);
QString compactJson(const QJsonArray& json);

} // namespace ecluse
