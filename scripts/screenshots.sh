#!/usr/bin/env bash
# docs/screenshots: each role's pages, in French, from Écluse's own window on a real X server
# (Xvfb) over a demo vault made by `ecluse-cli demo init` (tests/ui/screenshots/ScreenshotTour.cpp).
# Run it after a change to what a page looks like; the pictures are committed.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${ECLUSE_BUILD_DIR:-$here/build}
out=${1:-$here/docs/screenshots}
command -v xvfb-run >/dev/null || { echo "screenshots: xvfb-run is missing (scripts/setup.sh installs it)" >&2; exit 1; }
cmake --build "$build" --target ecluse-cli ecluse-screenshot-tour

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A home of its own: the demo vault, its seals and settings never touch the user's.
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share
mkdir -p "$HOME"
printf 'demo pass phrase\n' | "$build/app/ecluse-cli" --vault "$work/vault" demo init --password-stdin --rows 20000 >/dev/null
rm -f "$out"/*.png
LANG=fr_FR.UTF-8 LANGUAGE=fr LC_ALL=fr_FR.UTF-8 xvfb-run -a -s '-screen 0 1200x760x24' \
    "$build/tests/ui/ecluse-screenshot-tour" --vault "$work/vault" --out "$out"
