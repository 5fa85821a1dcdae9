#pragma once

#include "access/Access.h"

#include <QString>
#include <QStringList>

namespace ecluse {
class Vault;
}

namespace ecluse::ui {

// Who is signed in, read from the vault once when it opens, so that widgets can show it while a
// job holds the vault on another thread.
struct Session
{
    QString user;
    QStringList roles;
    QString folder;
    QString vaultId;

    // Call where the vault may be touched: on the worker, right after it opened.
    static Session of(const Vault& vault);

    bool isSignedIn() const { return !user.isEmpty(); }
    bool may(Action action) const { return decide(roles, action).allowed; }
};

} // namespace ecluse::ui
