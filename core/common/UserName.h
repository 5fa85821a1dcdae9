#pragma once

#include <QString>

namespace ecluse {

// Account names are short ASCII identifiers: they appear in file formats, audit entries and
// command lines, where look-alike Unicode names would let one user pass for another.
bool isValidUserName(const QString& name);
// Throws ErrorKind::InvalidInput with a message saying what a name may contain.
void requireValidUserName(const QString& name);

} // namespace ecluse
