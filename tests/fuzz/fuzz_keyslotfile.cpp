// KeySlotFile::load on any keyslots.json. It holds only wrapped keys, so anyone who can write the
// vault folder can hand Écluse any bytes here.
#include "FuzzSupport.h"

#include "vault/KeySlotFile.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace ecluse;
    const QString path =
        fuzz::writeInput(fuzz::workFolder().filePath(QStringLiteral("keyslots.json")), fuzz::bytes(data, size));
    fuzz::expectOnlyEcluseErrors([&] { KeySlotFile::load(path); });
    return 0;
}
