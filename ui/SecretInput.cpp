#include "SecretInput.h"

#include <QLineEdit>
#include <QStringEncoder>

namespace ecluse::ui {

SecureBuffer takeSecret(QLineEdit& field)
{
    // QString keeps its characters in ordinary heap memory that nobody cleanses, and Qt makes
    // copies of its own (key events, the field's undo steps) that we cannot reach. So the text
    // goes straight from the field into secure memory, with no QByteArray in between, and the
    // one copy we hold is overwritten once the field has let go of it.
    QString text = field.text();
    field.setText(QString());
    if (text.isEmpty())
        return {};
    QStringEncoder utf8(QStringEncoder::Utf8);
    SecureBuffer secret(static_cast<std::size_t>(utf8.requiredSpace(text.size())));
    char* begin = reinterpret_cast<char*>(secret.data());
    const char* end = utf8.appendToBuffer(begin, text);
    secret.truncate(static_cast<std::size_t>(end - begin));
    text.fill(QChar(u'\0'));
    return secret;
}

QLineEdit* newPasswordField(const QString& objectName, QWidget* parent)
{
    auto* field = new QLineEdit(parent);
    field->setObjectName(objectName);
    field->setEchoMode(QLineEdit::Password);
    return field;
}

} // namespace ecluse::ui
