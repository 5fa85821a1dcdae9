#pragma once

#include "common/Error.h"

namespace ecluse::detail {

// Throws an Error of kind Other naming the failed step and OpenSSL's own reason.
[[noreturn]] void throwOpenSslError(const char* step);

} // namespace ecluse::detail
