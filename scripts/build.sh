#!/usr/bin/env bash
# Configures and builds Écluse in ./build (or $ECLUSE_BUILD_DIR). Extra arguments go to CMake.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${ECLUSE_BUILD_DIR:-$here/build}
werror=OFF
[ "${CI:-}" = true ] && werror=ON
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DECLUSE_WERROR="$werror" "$@" >/dev/null
cmake --build "$build" --parallel "$(nproc 2>/dev/null || echo 2)"
