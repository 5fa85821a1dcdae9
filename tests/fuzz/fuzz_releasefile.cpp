// ReleaseFile on any input, read two ways: as a whole release file (what a recipient receives,
// checked before any secret is asked for), and as a manifest that the harness signs itself, so
// that the manifest reader and the checks behind the signature see hostile JSON too.
#include "FuzzSupport.h"

#include "crypto/Ed25519.h"
#include "extract/ReleaseFile.h"

#include <QtEndian>

#include <cstring>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace ecluse;
    static const unsigned char seed[32] = {7};
    static const Ed25519SigningKey signer = Ed25519SigningKey::fromSeed(SecureBuffer(seed, sizeof seed));
    const QByteArray input = fuzz::bytes(data, size);
    fuzz::expectOnlyEcluseErrors([&] { ReleaseFile::verify(input, signer.publicKey(), QStringLiteral("fuzz")); });

    if (input.size() > ReleaseFile::MaximumManifestBytes)
        return 0;
    QByteArray file(ReleaseFile::Magic, static_cast<qsizetype>(std::strlen(ReleaseFile::Magic)));
    char length[4];
    qToBigEndian<quint32>(static_cast<quint32>(input.size()), length);
    file.append(length, 4);
    file.append(input);
    file.append(signer.sign(file));
    file.append(QByteArray(32, '\x5a')); // ciphertext and tag: their hash is checked, not decrypted
    fuzz::expectOnlyEcluseErrors([&] { ReleaseFile::verify(file, signer.publicKey(), QStringLiteral("fuzz")); });
    return 0;
}
