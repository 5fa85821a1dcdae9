#pragma once

#include "AuditWitness.h"

namespace ecluse {

// Sends each chain head to the system log: the syslog socket (and so journald or rsyslog) on
// Unix, the Application Event Log on Windows. The log belongs to the system, not to the user who
// holds the vault, and is usually shipped to a SIEM. It cannot be read back here: administrators
// compare it with `ecluse-cli audit export`. Writing to the socket directly, rather than through
// syslog(3), is what lets a failure be seen and reported (problem()).
class SystemLogWitness final : public AuditWitness
{
public:
    // The socket is a parameter for tests; Écluse always uses the system's.
    explicit SystemLogWitness(QString socketPath = defaultSocketPath());

    QString name(const QString& vaultId) const override;
    void record(const WitnessRecord& head) override;
    std::optional<WitnessRecord> lastRecorded(const QString&) const override { return std::nullopt; }
    bool isReadable() const override { return false; }
    std::optional<QString> problem() const override;

    static QString defaultSocketPath();
    // Events that happen before any vault is open (failed sign-ins): best effort, to the system's
    // log.
    static void notice(const QString& message);

private:
    // The error, or nothing when the message was handed to the log.
    static std::optional<QString> send(const QString& socketPath, const QString& message);

    QString m_socketPath;
    std::optional<QString> m_lastFailure;
};

} // namespace ecluse
