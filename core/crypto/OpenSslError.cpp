#include "OpenSslError.h"

#include <openssl/err.h>

namespace ecluse::detail {

void throwOpenSslError(const char* step)
{
    char reason[256] = "unknown reason";
    if (const unsigned long code = ERR_get_error())
        ERR_error_string_n(code, reason, sizeof reason);
    ERR_clear_error();
    throw Error(ErrorKind::Other,
                QStringLiteral("OpenSSL: %1 failed: %2").arg(QString::fromLatin1(step), QString::fromLatin1(reason)));
}

} // namespace ecluse::detail
