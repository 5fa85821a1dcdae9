#pragma once

#include "KeySlot.h"

#include <QString>

#include <vector>

namespace ecluse {

// keyslots.json: the vault's identity, the database's cipher settings and one slot per user
// plus the recovery slot. Versioned; described in docs/SECURITY.md. It holds no secret in the
// clear, only wrapped keys, so it may be read by anyone who can read the vault folder.
class KeySlotFile
{
public:
    static constexpr int FormatVersion = 1;
    static constexpr int DefaultPageSize = 4096;

    QString vaultId;
    int cipherPageSize = DefaultPageSize;
    std::vector<KeySlot> slots;

    // Throws ErrorKind::Integrity for a damaged file, ErrorKind::Other for a newer format.
    static KeySlotFile load(const QString& path);
    // Atomic replace, readable by the owner only.
    void save(const QString& path) const;

    const KeySlot* passwordSlot(const QString& user) const;
    const KeySlot* recoverySlot() const;
    // Replaces the slot of the same kind and user, or adds it.
    void put(KeySlot slot);
    bool removePasswordSlot(const QString& user);
};

} // namespace ecluse
