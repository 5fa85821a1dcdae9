#!/usr/bin/env bash
# One command from a fresh machine to a tested build: installs what is missing, builds, and
# runs every test headless. CI runs exactly this.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
"$here/scripts/setup.sh"
"$here/scripts/build.sh"
cd "${ECLUSE_BUILD_DIR:-$here/build}"
export QT_QPA_PLATFORM=offscreen
ctest --output-on-failure --parallel "$(nproc 2>/dev/null || echo 2)" "$@"
