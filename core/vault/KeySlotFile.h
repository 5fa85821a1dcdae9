#pragma once

#include "KeySlot.h"
#include "vault/VaultDatabase.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace ecluse {

// The last change written to keyslots.json. The file is the commit point of every change to the
// slots: a change interrupted after the file was replaced and before vault.db committed is
// completed from this record at the next unlock (see Vault::completeSlotChange()).
struct KeySlotChange
{
    QString action; // create, password-change, recover, enrol, revoke, habilitation-import, upgrade
    QString user;   // whose slot changed, when one did
    QString by;     // who changed it ("recovery" for the recovery key)
    QDateTime atUtc;
    QStringList removed; // users whose slots a habilitation import removed
};

// A slot entry that does not parse or does not match its checksum. It is kept as found (it is
// evidence) and never used: its user cannot sign in until an administrator enrols them again.
struct DamagedKeySlot
{
    KeySlot::Kind kind = KeySlot::Kind::Password;
    QString user; // when it could be read
    QString problem;
    QJsonObject json;

    QString owner() const; // "the slot of analyst1", "the recovery slot"
};

// keyslots.json: the vault's identity, the database's page size, the generation that vault.db
// must agree with, the last change, and one slot per user plus the recovery slot. Versioned;
// described in docs/SECURITY.md. It holds no secret in the clear, only wrapped keys.
//
// Damage and tampering are told apart from a wrong password: every slot and the header carry a
// SHA-256 checksum (accidental damage is found before any key is known), and a MAC under a key
// derived from the data key (an edit by someone without that key is found by `vault verify`).
class KeySlotFile
{
public:
    // 3: the MAC algorithm of vault.db's pages recorded (cipherHmac); earlier files are SHA-512.
    static constexpr int FormatVersion = 3;
    static constexpr int DefaultPageSize = 4096;
    static constexpr qint64 MaximumFileSize = 1 << 20;

    int version = FormatVersion; // 1: written before slot MACs and generations; upgraded at unlock
    QString vaultId;
    int cipherPageSize = DefaultPageSize;
    CipherSettings::Hmac cipherHmac = CipherSettings::Hmac::Sha256; // new vaults
    CipherSettings cipher() const { return {cipherPageSize, cipherHmac}; }
    qint64 generation = 0; // counts the file's changes; vault.db records the one it agrees with
    KeySlotChange change;
    std::vector<KeySlot> slots;
    std::vector<DamagedKeySlot> damaged;

    // Throws ErrorKind::Integrity when the file or its header (vault id, page size, generation,
    // last change) is damaged, ErrorKind::Other for a newer format. A damaged slot does not stop
    // the others: it lands in `damaged`.
    static KeySlotFile load(const QString& path);
    // The same, from the file's bytes; `path` names it in messages.
    static KeySlotFile parse(const QByteArray& bytes, const QString& path);
    // Computes every checksum and MAC under macKey, then replaces the file atomically, readable by
    // the owner only.
    void save(const QString& path, const SecureBuffer& macKey);
    // What is wrong with the file under this key: damaged slots, and the parts listed by
    // unauthenticatedParts(). Empty when every part verifies.
    QStringList verify(const SecureBuffer& macKey) const;
    // The slots, or the header and list of slots, whose MAC does not match: written by someone
    // without the data key (or a file from before MACs).
    QStringList unauthenticatedParts(const SecureBuffer& macKey) const;

    const KeySlot* passwordSlot(const QString& user) const;
    const KeySlot* recoverySlot() const;
    const DamagedKeySlot* damagedSlot(KeySlot::Kind kind, const QString& user) const;
    // Replaces the slot (or damaged entry) of the same kind and user, or adds it.
    void put(KeySlot slot);
    bool removePasswordSlot(const QString& user);

private:
    QByteArray headerBytes() const;
    QByteArray headerMac(const SecureBuffer& macKey) const;

    QByteArray m_headerMac; // as read
};

} // namespace ecluse
