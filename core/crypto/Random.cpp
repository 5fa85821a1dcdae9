#include "Random.h"

#include "OpenSslError.h"

#include <openssl/rand.h>

#include <limits>

namespace ecluse {

SecureBuffer Random::secretBytes(std::size_t size)
{
    SecureBuffer out(size);
    fill(out.data(), size);
    return out;
}

QByteArray Random::publicBytes(std::size_t size)
{
    QByteArray out(static_cast<qsizetype>(size), Qt::Uninitialized);
    fill(reinterpret_cast<unsigned char*>(out.data()), size);
    return out;
}

void SystemRandom::fill(unsigned char* out, std::size_t size)
{
    if (size > static_cast<std::size_t>(std::numeric_limits<int>::max()) ||
        RAND_bytes(out, static_cast<int>(size)) != 1)
        detail::throwOpenSslError("RAND_bytes");
}

} // namespace ecluse
