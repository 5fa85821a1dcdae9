#pragma once

#include <QString>

namespace ecluse::test {

// Every test executable runs with a temporary folder and a home of its own (ecluse_add_test
// links PrivateFolders.cpp into each): made before main(), removed at exit, inherited by the
// processes a test starts. Tests then touch only what they create, and what they look for in
// the temporary folder can only be theirs. TMPDIR (TMP and TEMP on Windows), HOME and
// XDG_RUNTIME_DIR point into it; the other XDG folders are unset, so they follow HOME.

// QDir::tempPath() for the whole process: a fresh folder, not the system's shared one.
QString privateTempFolder();

} // namespace ecluse::test
