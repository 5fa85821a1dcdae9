// PackageArchive on any file (tar, compressed tar, zip, or anything else): list the entries,
// read each one, then verify it as a package signed by the seeds' producer. Reads are bounded
// here as the importer bounds them, so a decompression bomb shows as a slow input or an
// allocation past the limit, never as an endless read.
#include "FuzzSupport.h"

#include "data/DataPackage.h"
#include "data/PackageArchive.h"

#include <QIODevice>

namespace {

using namespace ecluse;

constexpr qint64 readLimit = 1 << 20;

void readEntries(const PackageArchive& archive)
{
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    for (const PackageArchive::Entry& entry : archive.entries()) {
        fuzz::expectOnlyEcluseErrors([&] { archive.readAll(entry.name, readLimit); });
        fuzz::expectOnlyEcluseErrors([&] {
            const std::unique_ptr<QIODevice> device = archive.open(entry.name);
            qint64 total = 0;
            for (qint64 got = 0; total < readLimit && (got = device->read(buffer.data(), buffer.size())) > 0;)
                total += got;
        });
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const QList<QByteArray> trusted{fuzz::publicKeyFixture(QStringLiteral("producer.pub"))};
    const QString path =
        fuzz::writeInput(fuzz::workFolder().filePath(QStringLiteral("package.tar")), fuzz::bytes(data, size));
    fuzz::expectOnlyEcluseErrors([&] { readEntries(PackageArchive(path)); });
    fuzz::expectOnlyEcluseErrors([&] { DataPackage::verify(path, trusted); });
    return 0;
}
