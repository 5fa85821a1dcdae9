// The policy INI file, read as managed policy (where anything wrong must stop everything with an
// Error) and as a user's settings (where a file that cannot be read is left out with a note).
#include "FuzzSupport.h"

#include "policy/PolicyLoader.h"
#include "policy/PolicySource.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace ecluse;
    const QString path =
        fuzz::writeInput(fuzz::workFolder().filePath(QStringLiteral("policy.ini")), fuzz::bytes(data, size));
    fuzz::expectOnlyEcluseErrors([&] {
        const std::unique_ptr<PolicySource> managed = managedPolicyFile(path);
        loadPolicy(*managed);
    });
    fuzz::expectOnlyEcluseErrors([&] {
        const UserPolicy user = readUserPolicy(path);
        loadPolicy(MapPolicySource(), &user.source);
    });
    return 0;
}
