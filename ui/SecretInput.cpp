#include "SecretInput.h"

#include <QLineEdit>
#include <QStringEncoder>

namespace ecluse::ui {

namespace {

// QString keeps its characters in ordinary heap memory that nobody cleanses, and Qt makes copies
// of its own (key events, the field's undo steps) that we cannot reach. So the text goes straight
// from the field into secure memory, with no QByteArray in between.
SecureBuffer toSecureUtf8(const QString& text)
{
    QStringEncoder utf8(QStringEncoder::Utf8);
    SecureBuffer secret(static_cast<std::size_t>(utf8.requiredSpace(text.size())));
    char* begin = reinterpret_cast<char*>(secret.data());
    const char* end = utf8.appendToBuffer(begin, text);
    secret.truncate(static_cast<std::size_t>(end - begin));
    return secret;
}

} // namespace

SecureBuffer takeSecret(QLineEdit& field)
{
    QString text = field.text();
    field.setText(QString());
    if (text.isEmpty())
        return {};
    SecureBuffer secret = toSecureUtf8(text);
    // The one copy we held, overwritten once the field has let go of it.
    text.fill(QChar(u'\0'));
    return secret;
}

SecureBuffer readSecret(const QLineEdit& field)
{
    // Shares the field's own buffer: nothing to overwrite that the field does not still show.
    const QString text = field.text();
    return text.isEmpty() ? SecureBuffer() : toSecureUtf8(text);
}

QLineEdit* newPasswordField(const QString& objectName, QWidget* parent)
{
    auto* field = new QLineEdit(parent);
    field->setObjectName(objectName);
    field->setEchoMode(QLineEdit::Password);
    return field;
}

} // namespace ecluse::ui
