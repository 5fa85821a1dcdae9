#pragma once

#include "crypto/SecureBuffer.h"

#include <QString>

class QLineEdit;
class QWidget;

namespace ecluse::ui {

// Turns what was typed in a password field into UTF-8 in secure memory, and empties the field.
SecureBuffer takeSecret(QLineEdit& field);

// A line edit that shows bullets, never the password.
QLineEdit* newPasswordField(const QString& objectName, QWidget* parent);

} // namespace ecluse::ui
