#pragma once

#include "crypto/Kdf.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <string>

namespace ecluse {

class Ed25519SigningKey;
class Random;
class X25519PrivateKey;

// How a release's content key is obtained by whoever opens it (docs/SECURITY.md, "Release files").
struct ReleaseKeyAccess
{
    enum class Method
    {
        Passphrase, // scrypt(passphrase, salt)
        Recipient,  // HKDF-SHA256(X25519(ephemeral, recipient), ephemeral || recipient)
    };
    Method method = Method::Passphrase;
    QByteArray salt; // Passphrase: 16 bytes
    ScryptParams scrypt;
    QByteArray ephemeralPublicKey; // Recipient: 32 bytes each
    QByteArray recipientPublicKey;
};

// What a release says about itself, signed by the vault that produced it.
struct ReleaseManifest
{
    QString release; // the release id, also the watermark of its rows
    qint64 request = 0;
    int revision = 0;
    QString vault; // the id of the vault that signed it
    QString dataset;
    QString project;
    QString requester;
    QStringList approvers;
    QDateTime releasedUtc;
    QDate expires; // the request's retention end date: the file is not opened after it
    QStringList columns;
    qint64 rows = 0;
    QByteArray plaintextSha256;  // of the CSV inside
    QByteArray ciphertextSha256; // of the bytes after the signature (ciphertext and GCM tag)
    QByteArray nonce;            // AES-256-GCM, 12 bytes
    ReleaseKeyAccess key;
    QByteArray signer; // the vault's Ed25519 public key

    QJsonObject toJson() const;
    // Throws ErrorKind::Integrity for anything but a manifest as Écluse writes it.
    static ReleaseManifest fromJson(const QJsonObject& json);
};

// Who can open a release: one passphrase, or one X25519 public key.
struct ReleaseRecipient
{
    SecureBuffer passphrase;
    QByteArray publicKey;

    bool isPassphrase() const { return publicKey.isEmpty(); }
};

// The release as opened: its manifest and its CSV, which the holder wipes (it is individual data).
struct OpenedRelease
{
    ReleaseManifest manifest;
    std::string csv;

    OpenedRelease() = default;
    OpenedRelease(OpenedRelease&&) = default;
    OpenedRelease& operator=(OpenedRelease&&) = default;
    ~OpenedRelease();
};

// One encrypted, signed file per release:
//   "ECLREL1\n" | manifest length (4 bytes, big-endian) | manifest (UTF-8 JSON)
//   | Ed25519 signature (64 bytes) of everything before it | AES-256-GCM ciphertext and tag
// The associated data of the encryption is the release id; the manifest holds the SHA-256 of the
// plaintext and of the ciphertext. Nothing in it needs Écluse to be read: SECURITY.md says how.
namespace ReleaseFile {

inline constexpr char Magic[] = "ECLREL1\n";
inline constexpr int MaximumManifestBytes = 64 * 1024;

// Seals `csv` for `recipient`. Fills the manifest's hashes, nonce, key access and signer.
QByteArray seal(ReleaseManifest& manifest, const std::string& csv, const ReleaseRecipient& recipient,
                const ScryptParams& passphraseKdf, const Ed25519SigningKey& signer, Random& random);

// The manifest of a file whose structure, signature (by `trustedSigner`) and ciphertext hash
// check; throws ErrorKind::Integrity for anything else, naming `source` and what differs.
ReleaseManifest verify(QByteArrayView file, QByteArrayView trustedSigner, const QString& source);

// verify(), then decryption: with a passphrase, or the recipient's private key. Throws
// ErrorKind::Denied when the key does not open it, ErrorKind::Integrity when the plaintext's
// hash or row count differs from the manifest's, ErrorKind::Denied past its expiry date.
OpenedRelease open(QByteArrayView file, QByteArrayView trustedSigner, const QString& source,
                   const SecureBuffer* passphrase, const X25519PrivateKey* identity, const QDate& today);

} // namespace ReleaseFile
} // namespace ecluse
