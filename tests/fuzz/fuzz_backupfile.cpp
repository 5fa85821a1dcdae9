// BackupFile::inspect on any file: what `backup verify` and `backup restore` read before any key
// is asked for, from a file that may have been damaged or forged on removable media.
#include "FuzzSupport.h"

#include "backup/BackupFile.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace ecluse;
    const QString path =
        fuzz::writeInput(fuzz::workFolder().filePath(QStringLiteral("backup.ecb")), fuzz::bytes(data, size));
    fuzz::expectOnlyEcluseErrors([&] { BackupFile::inspect(path); });
    return 0;
}
