// HabilitationManifest::parse on any bytes. In use it only sees manifests whose signature
// verified, which a fuzzer cannot forge: this target reaches the content rules directly.
#include "FuzzSupport.h"

#include "access/Habilitation.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace ecluse;
    fuzz::expectOnlyEcluseErrors([&] { HabilitationManifest::parse(fuzz::bytes(data, size)); });
    return 0;
}
