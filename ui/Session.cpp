#include "Session.h"

#include "vault/Vault.h"

namespace ecluse::ui {

Session Session::of(const Vault& vault)
{
    return {vault.currentUser(), vault.currentRoles(), vault.folder(), vault.id()};
}

} // namespace ecluse::ui
