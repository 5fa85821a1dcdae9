#include "OpenSslVersion.h"

#include <openssl/crypto.h>

namespace ecluse {

QString openSslVersion()
{
    return QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION));
}

} // namespace ecluse
