#pragma once

#include "AuditWitness.h"

namespace ecluse {

// Sends each chain head to the system log: syslog (and so journald) on Unix, the Application
// Event Log on Windows. The log belongs to the system, not to the user who holds the vault, and
// is usually shipped to a SIEM. It cannot be read back here: administrators compare it with
// `ecluse-cli audit export`.
class SystemLogWitness final : public AuditWitness
{
public:
    QString name() const override;
    void record(const WitnessRecord& head) override;
    std::optional<WitnessRecord> lastRecorded(const QString&) const override { return std::nullopt; }
    bool isReadable() const override { return false; }

    // Also used for events that happen before any vault is open (failed sign-ins).
    static void notice(const QString& message);
};

} // namespace ecluse
