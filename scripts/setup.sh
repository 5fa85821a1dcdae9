#!/usr/bin/env bash
# Installs what building and testing Écluse needs, and nothing more.
# Idempotent: a package already present is left alone. Runs as root or through sudo.
# Supported: Debian 12 (SQLCipher 4.6 from bookworm-backports), Debian 13, Ubuntu 24.04.
set -euo pipefail

say() { printf 'setup: %s\n' "$*" >&2; }

if [ "$(id -u)" -eq 0 ]; then
    SUDO=()
elif command -v sudo >/dev/null 2>&1; then
    SUDO=(sudo)
else
    say "run as root, or install sudo"
    exit 1
fi

. /etc/os-release
say "system: ${PRETTY_NAME:-unknown}"

packages=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    # Qt's own French (standard buttons, file dialogs): tests/translations and the French GUI.
    qt6-translations-l10n
    # Qt Charts (aggregates page): its CMake package needs Qt OpenGL's and XKB's development files.
    qt6-charts-dev qt6-svg-dev libqt6opengl6-dev libxkbcommon-dev
    libssl-dev openssl libsqlcipher-dev libarchive-dev libgmp-dev libjansson-dev
    # COIN-OR Clp: disclosure control's sparse simplex (core/sdc/PatternProgram.h).
    coinor-libclp-dev
    # The organisation's PostgreSQL: its client library, and the server the tests start in a
    # throwaway cluster (scripts/pg-test-cluster.sh).
    libpq-dev postgresql
    # The independent attacker of the disclosure-control tests (tests/support/AttackerOracle.h).
    libglpk-dev
    xvfb xauth dbus dbus-x11 libxkbcommon-x11-0 libxcb-cursor0
    fonts-dejavu-core
    # The independent reader of release files in the tests (tests/cli/open_release.py).
    python3 python3-cryptography
    # The sanitizer and fuzzing passes (scripts/sanitize.sh, scripts/fuzz.sh): clang, its
    # sanitizer and libFuzzer runtime, and llvm-symbolizer for readable reports.
    clang llvm libclang-rt-dev
    # The Windows packaging checks (scripts/check-windows-packaging.sh): xmllint for the policy
    # templates, wixl to compile the WiX source into an MSI, msiinfo to read it back.
    libxml2-utils wixl msitools
    # The Linux packages (scripts/package-linux.sh): dpkg-shlibdeps for the .deb's dependencies,
    # lintian, man to check the man pages, rsvg-convert for the PNG icons, the desktop file and
    # AppStream validators, and for the AppImage squashfs-tools and patchelf (each binary's RUNPATH).
    dpkg-dev lintian man-db librsvg2-bin desktop-file-utils appstream squashfs-tools patchelf
)

enable_backports() {
    # SQLCipher 4.5 is in bookworm itself; backports brings 4.6, which the project targets.
    local list=/etc/apt/sources.list.d/ecluse-backports.list
    if grep -rqs 'bookworm-backports' /etc/apt/sources.list /etc/apt/sources.list.d/; then
        say "bookworm-backports already enabled"
        return 1
    fi
    say "enabling bookworm-backports in $list"
    echo 'deb http://deb.debian.org/debian bookworm-backports main' | "${SUDO[@]}" tee "$list" >/dev/null
    return 0
}

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

backports_target=()
if [ "${ID:-}" = debian ] && [ "${VERSION_CODENAME:-}" = bookworm ]; then
    enable_backports && missing+=(libsqlcipher-dev) || true
    backports_target=(-t bookworm-backports)
    # Upgrade to the backported SQLCipher when only the bookworm one is installed.
    current=$(dpkg-query -W -f='${Version}' libsqlcipher-dev 2>/dev/null || true)
    case "$current" in 4.5*) missing+=(libsqlcipher-dev) ;; esac
fi

if [ ${#missing[@]} -eq 0 ]; then
    say "all packages present"
    exit 0
fi

say "installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
if [[ " ${missing[*]} " == *" postgresql "* ]] && [ ! -d /etc/postgresql ]; then
    # The tests start their own throwaway cluster: the package's default system cluster would be
    # a server running for nothing.
    say "PostgreSQL: no default cluster (the tests make their own)"
    "${SUDO[@]}" mkdir -p /etc/postgresql-common/createcluster.d
    echo 'create_main_cluster = false' | "${SUDO[@]}" tee /etc/postgresql-common/createcluster.d/ecluse.conf >/dev/null
fi
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
if [ ${#backports_target[@]} -gt 0 ]; then
    "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${backports_target[@]}" libsqlcipher-dev libsqlcipher1 >/dev/null
fi
say "done"
