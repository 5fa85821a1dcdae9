#include "Error.h"

#include <QCoreApplication>

#include <algorithm>

namespace ecluse {
namespace {

// This file's messages, under the "Error" context that lupdate files them in too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Error)
};

bool mustBeEscaped(char16_t c)
{
    const bool control = (c < 0x20 && c != u'\n' && c != u'\t') || (c >= 0x7f && c <= 0x9f);
    const bool bidiControl = (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
    return control || bidiControl;
}

QString hexDigits(char16_t c, int width)
{
    return QString::number(c, 16).toUpper().rightJustified(width, QLatin1Char('0'));
}

} // namespace

QString printableText(QString text)
{
    if (std::none_of(text.cbegin(), text.cend(), [](QChar c) { return mustBeEscaped(c.unicode()); }))
        return text;
    QString escaped;
    escaped.reserve(text.size() + 16);
    for (const QChar c : std::as_const(text)) {
        if (!mustBeEscaped(c.unicode()))
            escaped.append(c);
        else if (c.unicode() <= 0xff)
            escaped.append(QStringLiteral("\\x") + hexDigits(c.unicode(), 2));
        else
            escaped.append(QStringLiteral("\\u") + hexDigits(c.unicode(), 4));
    }
    return escaped;
}

Error::Error(ErrorKind kind, QString message)
    : m_kind(kind)
    , m_message(printableText(std::move(message)))
    , m_utf8(m_message.toUtf8())
{}

void throwIfCancelled(const std::atomic_bool* cancel)
{
    if (cancel && cancel->load(std::memory_order_relaxed))
        throw Error(ErrorKind::Other, Text::tr("cancelled"));
}

QString wrongCredentialsMessage()
{
    return Text::tr("wrong user or password");
}

} // namespace ecluse
