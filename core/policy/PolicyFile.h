#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

#include <optional>

namespace ecluse {

// Where the policy keys are in an INI file.
enum class PolicyFileLayout
{
    // The managed file: keys at the top, or under [General] as QSettings writes them. Any other
    // section is refused: keys under it would apply nowhere, silently.
    TopLevel,
    // A user's settings file: the keys of its [Policy] section. Other sections hold other
    // settings and are skipped.
    PolicySection,
    // A user's settings file: the keys of its [Interface] section (the language), the others skipped.
    InterfaceSection,
};

// A policy file is never larger than this (a few dozen keys and lists of public keys).
constexpr qint64 maximumPolicyFileSize = 64 * 1024;

// The keys and values of a policy file (docs/POLICY.md): UTF-8 text, one `Key=value` per line,
// comment lines starting with `;` or `#`. Parsed here rather than by QSettings, which misreads
// without a word what it does not expect: it cuts a value at a NUL byte or at a byte that is
// not UTF-8, keeps the last of two lines setting one key, strips `; text` after a value and
// turns `\t` into a tab. Each of these is refused instead: a UTF-16 file, a control character,
// a line that is not `Key=value`, a key set twice, a quote, a backslash or a `;` in a value.
// Throws Error(ErrorKind::Integrity) saying what is wrong and on which line; the message does
// not name the file, which the caller does.
QMap<QString, QString> parsePolicyFile(const QByteArray& bytes, PolicyFileLayout layout);

// The bytes of the policy file at `path`, or nullopt when nothing at all is there. Whatever is
// there must be a regular file (a link to one is followed) of at most maximumPolicyFileSize,
// read without blocking: a folder, a FIFO, a device, a link leading nowhere, a path that cannot
// be searched and permission denied all throw Error(ErrorKind::Integrity), whose message calls
// the file "the file" for the caller to name it.
std::optional<QByteArray> readPolicyFile(const QString& path);

} // namespace ecluse
