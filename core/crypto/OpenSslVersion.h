#pragma once

#include <QString>

namespace ecluse {

// The OpenSSL library in use at run time, e.g. "OpenSSL 3.0.19 27 Jan 2026".
QString openSslVersion();

} // namespace ecluse
