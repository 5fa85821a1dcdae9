// DataPackage::verify on a package folder whose manifest.sig is the input. The folder also holds
// a signed manifest and its CSV file (tests/fuzz/data/package), and the producer's key is
// trusted: the seed signature verifies, so that the whole check after it, every listed file's
// name, size and hash, runs too. The signature file's parsing is not a function of its own:
// verify is the public way in.
#include "FuzzSupport.h"

#include "data/DataPackage.h"

namespace {

using namespace ecluse;

struct SignedPackage
{
    QString folder;
    QList<QByteArray> trusted;
};

const SignedPackage& package()
{
    static const SignedPackage made = [] {
        QDir work = fuzz::workFolder();
        if (!work.mkpath(QStringLiteral("package")))
            fuzz::abortWith("cannot create the package folder");
        const QString folder = work.filePath(QStringLiteral("package"));
        for (const QString& name : {QStringLiteral("manifest.json"), QStringLiteral("prestations-fuzz.csv")})
            fuzz::writeInput(folder + QLatin1Char('/') + name, fuzz::fixture(QStringLiteral("package/") + name));
        return SignedPackage{folder, {fuzz::publicKeyFixture(QStringLiteral("producer.pub"))}};
    }();
    return made;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const SignedPackage& signedPackage = package();
    fuzz::writeInput(signedPackage.folder + QStringLiteral("/manifest.sig"), fuzz::bytes(data, size));
    fuzz::expectOnlyEcluseErrors([&] { DataPackage::verify(signedPackage.folder, signedPackage.trusted); });
    return 0;
}
