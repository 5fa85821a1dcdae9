#!/usr/bin/env bash
# Configures and builds Écluse in ./build (or $ECLUSE_BUILD_DIR). Extra arguments go to CMake.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${ECLUSE_BUILD_DIR:-$here/build}
werror=OFF
ci=()
if [ "${CI:-}" = true ]; then
    werror=ON
    # No debugging information in CI: the packages built from this build strip it anyway, and it
    # costs a quarter of the compile time of a budget that holds two builds (this one and the
    # sanitizers'), the tests and fuzzing.
    ci=(-DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -DNDEBUG")
fi
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DECLUSE_WERROR="$werror" "${ci[@]}" "$@" >/dev/null
cmake --build "$build" --parallel "$(nproc 2>/dev/null || echo 2)"
