#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

// What every fuzz target shares. A target hands libFuzzer's bytes to one public parser of core;
// the only failure a parser may report is ecluse::Error. Anything else that escapes (another
// exception, a crash, a sanitizer report, a hang, an allocation past the limits scripts/fuzz.sh
// sets) is a finding, which libFuzzer stops on.
namespace ecluse::fuzz {

inline QByteArray bytes(const std::uint8_t* data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

// Stops the run: for a target that cannot set up, and for an oracle that disagrees.
[[noreturn]] inline void abortWith(const char* what)
{
    std::fprintf(stderr, "fuzz target: %s\n", what);
    std::abort();
}

// One private folder per process, created on first use in $TMPDIR (scripts/fuzz.sh points it
// at a folder of its own) and removed at exit.
inline QDir workFolder()
{
    static QTemporaryDir folder(QDir::tempPath() + QStringLiteral("/ecluse-fuzz-XXXXXX"));
    if (!folder.isValid())
        abortWith("cannot create a private temporary folder");
    return QDir(folder.path());
}

// Writes the input where a path-based parser will read it; a write that fails is the machine's
// fault, not a finding about the parser, and stops the run.
inline QString writeInput(const QString& path, const QByteArray& contents)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(contents) != contents.size())
        abortWith("cannot write the input file");
    return path;
}

// A file committed under tests/fuzz/data (the fixed parts of an input: a signed manifest, the
// public keys the seeds are signed with). Missing, the target would fuzz nothing useful.
inline QByteArray fixture(const QString& name)
{
    QFile file(QStringLiteral(ECLUSE_FUZZ_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        abortWith("a fixture under tests/fuzz/data is missing");
    return file.readAll();
}

// A public key kept as base64 text in a fixture.
inline QByteArray publicKeyFixture(const QString& name)
{
    const QByteArray key = QByteArray::fromBase64(fixture(name).trimmed());
    if (key.size() != 32)
        abortWith("a public-key fixture under tests/fuzz/data is not an Ed25519 key");
    return key;
}

// Runs one parse; ecluse::Error is the expected way to refuse an input. ECLUSE_FUZZ_VERBOSE=1
// prints each refusal, to check by hand how far a seed gets.
template <typename Parse> void expectOnlyEcluseErrors(Parse&& parse)
{
    static const bool verbose = qEnvironmentVariableIntValue("ECLUSE_FUZZ_VERBOSE") == 1;
    try {
        parse();
        if (verbose)
            std::fprintf(stderr, "accepted\n");
    } catch (const Error& error) {
        if (verbose)
            std::fprintf(stderr, "refused (kind %d): %s\n", error.exitCode(), error.what());
    }
}

} // namespace ecluse::fuzz
