#pragma once

#include "AuditWitness.h"

namespace ecluse {

// Keeps the chain head in <folder>/<vault id>.seal, a folder outside the vault's own. Written
// atomically; a missing or unreadable seal is reported by verification, never ignored.
class SealFileWitness final : public AuditWitness
{
public:
    static constexpr int FormatVersion = 1;

    explicit SealFileWitness(QString folder);

    QString name(const QString& vaultId) const override;
    void record(const WitnessRecord& head) override;
    std::optional<WitnessRecord> lastRecorded(const QString& vaultId) const override;
    bool isReadable() const override { return true; }

    QString sealPath(const QString& vaultId) const;

private:
    QString m_folder;
};

} // namespace ecluse
