#pragma once

#include "access/Access.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <map>

namespace ecluse {
class Vault;
}

namespace ecluse::ui {

// Who is signed in, read from the vault once when it opens, so that widgets can show it while a
// job holds the vault on another thread.
struct Session
{
    QString user;
    QString displayName;
    QStringList roles;
    QDateTime validUntil; // invalid: no end date
    QString folder;
    QString vaultId;
    // The decision point's answer for each action, asked once at sign-in; core asks again,
    // and audits, whenever the action is actually attempted.
    std::map<Action, AccessDecision> decisions;
    // A demo vault holds synthetic data and trusts only its own demo keys: the window says so
    // wherever it is, so that nobody takes a demonstration for the real thing, or the reverse.
    bool demo = false;

    // Call where the vault may be touched: on the worker, right after it opened.
    static Session of(const Vault& vault);

    bool isSignedIn() const { return !user.isEmpty(); }
    AccessDecision decision(Action action) const;
    bool may(Action action) const { return decision(action).allowed; }
};

} // namespace ecluse::ui
