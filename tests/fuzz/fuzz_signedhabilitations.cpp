// SignedHabilitations::open on any envelope: once trusting no key (the signer is refused before
// anything else is believed) and once trusting the authority that signed the seeds, so that a
// seed's manifest is parsed after its signature verifies.
#include "FuzzSupport.h"

#include "access/Habilitation.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace ecluse;
    static const QList<QByteArray> authority{fuzz::publicKeyFixture(QStringLiteral("authority.pub"))};
    const QByteArray envelope = fuzz::bytes(data, size);
    fuzz::expectOnlyEcluseErrors([&] { SignedHabilitations::open(envelope, {}); });
    fuzz::expectOnlyEcluseErrors([&] { SignedHabilitations::open(envelope, authority); });
    return 0;
}
