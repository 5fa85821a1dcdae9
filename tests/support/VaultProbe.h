#pragma once

#include "audit/AuditTrail.h"
#include "storage/Database.h"
#include "vault/Vault.h"

namespace ecluse::test {

// What tests may reach inside a vault and the GUI and the command line may not: the raw
// database (to tamper as an insider holding the data key would), the whole audit trail
// whatever the signed-in role, and the capability the services of core hold.
struct VaultProbe
{
    static VaultCapability capability() { return {}; }
    static AuditTrail& audit(Vault& vault) { return vault.audit(capability()); }
    static Database& database(Vault& vault) { return vault.database(capability()); }
};

} // namespace ecluse::test
