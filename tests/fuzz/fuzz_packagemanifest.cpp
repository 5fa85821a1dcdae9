// PackageManifest::parse on any bytes: the manifest.json of a data package, before (and
// independently of) its signature.
#include "FuzzSupport.h"

#include "data/DataPackage.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace ecluse;
    fuzz::expectOnlyEcluseErrors([&] {
        const PackageManifest manifest = PackageManifest::parse(fuzz::bytes(data, size));
        // What parse accepts goes through the builder's writer and back through parse.
        PackageManifest::parse(manifest.toJson());
    });
    return 0;
}
