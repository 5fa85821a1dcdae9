#pragma once

#include "crypto/SecureBuffer.h"

#include <QString>

class QLineEdit;
class QWidget;

namespace ecluse::ui {

// Turns what was typed in a password field into UTF-8 in secure memory, and empties the field.
SecureBuffer takeSecret(QLineEdit& field);

// The same, leaving the text in the field: for a form that keeps what was typed after a refusal
// (the field already holds it; no other copy is made that outlives this call).
SecureBuffer readSecret(const QLineEdit& field);

// A line edit that shows bullets, never the password.
QLineEdit* newPasswordField(const QString& objectName, QWidget* parent);

} // namespace ecluse::ui
