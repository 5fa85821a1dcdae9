// SealFileWitness::lastRecorded on any seal file: the audit witness outside the vault, in a
// folder the user can write.
#include "FuzzSupport.h"

#include "audit/SealFileWitness.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace ecluse;
    static const QString vaultId = QStringLiteral("6f1c2a4e-8d3b-4c57-9a0e-2b7d5f9c1e34");
    const SealFileWitness witness(fuzz::workFolder().path());
    fuzz::writeInput(witness.sealPath(vaultId), fuzz::bytes(data, size));
    fuzz::expectOnlyEcluseErrors([&] { witness.lastRecorded(vaultId); });
    return 0;
}
