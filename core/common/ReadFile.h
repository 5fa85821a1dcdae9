#pragma once

#include "Error.h"

#include <QByteArray>
#include <QString>

#include <memory>

class QFile;

namespace ecluse {

class SecureBuffer;

// Whether the last part of a path may be a symbolic link (on Windows, any reparse point).
enum class LinkPolicy
{
    Follow, // files a user names on the command line: a link there is the user's own choice
    Refuse, // members of a package: a link could lead anywhere on the machine
};

// How a file that comes from outside is checked, and how a refusal reads.
struct ReadRules
{
    LinkPolicy links = LinkPolicy::Follow;
    // A link refused, a folder, FIFO, socket or device, a file over the limit, a read that failed.
    ErrorKind refusal = ErrorKind::InvalidInput;
    // A file that cannot be opened at all: absent, or not readable by this user.
    ErrorKind missing = ErrorKind::InvalidInput;
    // How messages name the file ("manifest.json in package X"); the path when empty.
    QString name = {};
};

// The one way core and the command line read a small file given to them: a manifest, a
// signature, a key-slot file, a seal, a habilitation file, a key. Opened without blocking (a FIFO
// cannot hang the caller) and, when links are refused, without following one; the file is
// checked on the opened descriptor, not by name, so it cannot be swapped between check and read;
// only regular files pass; at most `limit` + 1 bytes are read, whatever the file's size claims
// (a /proc file says 0), and a file holding more than `limit` bytes is refused. Every refusal
// throws an Error of the kind the rules give, naming the file ("... is larger than 1 MiB").
QByteArray readRegularFile(const QString& path, qint64 limit, const ReadRules& rules = {});

// The same for a secret (a private key's PEM): the bytes go straight into a SecureBuffer, never
// through a QByteArray or Qt's read buffer, and the scratch they pass through is cleansed.
SecureBuffer readSecretFile(const QString& path, qint64 limit, const ReadRules& rules = {});

// The same checks for a file too large to read at once (a package's CSV file): the opened,
// checked file, unbuffered so that Qt keeps no copy of its bytes. Bounding what is read from it
// is the caller's business.
std::unique_ptr<QFile> openRegularFile(const QString& path, const ReadRules& rules = {});

// A size as messages show it: "1 MiB", "4 KiB", "300 bytes".
QString byteSizeText(qint64 bytes);

} // namespace ecluse
