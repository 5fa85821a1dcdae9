#pragma once

namespace ecluse {

// Done first thing in main(), before any secret exists: no core dumps (they would hold keys and
// data in the clear), files created private to the user, and on Windows no DLL planted in the
// working directory gets loaded.
void hardenProcess();

} // namespace ecluse
