// UnlockFailureLog on any unlock-failures.json: the sign-in throttle's counts, in the vault folder,
// read before anyone has signed in.
#include "FuzzSupport.h"

#include "vault/UnlockFailureLog.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace ecluse;
    const QString path = fuzz::writeInput(fuzz::workFolder().filePath(QStringLiteral("unlock-failures.json")),
                                          fuzz::bytes(data, size));
    const UnlockFailureLog log(path);
    fuzz::expectOnlyEcluseErrors([&] { log.countFor(QStringLiteral("admin")); });
    fuzz::expectOnlyEcluseErrors([&] { log.pending(); });
    return 0;
}
