#!/usr/bin/env bash
# One command from a fresh machine to the demo workstation: installs what is missing, builds,
# creates a demo vault if there is none, then opens the GUI, or, without a display, takes a
# tour of the command line.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
"$here/scripts/setup.sh"
"$here/scripts/build.sh"
bin=${ECLUSE_BUILD_DIR:-$here/build}/app
cli="$bin/ecluse-cli"

data=${XDG_DATA_HOME:-$HOME/.local/share}
vault=${ECLUSE_DEMO_VAULT:-$data/ecluse/demo-vault}
admin_password='demo admin password'
auditor_password='demo auditor password'

step() { printf '\n\033[1m$ %s\033[0m\n' "$*"; }

if [ ! -f "$vault/keyslots.json" ]; then
    step "ecluse-cli --vault $vault vault init --admin admin --password-stdin"
    printf '%s\n' "$admin_password" | "$cli" --vault "$vault" vault init --admin admin --password-stdin
    step "ecluse-cli --vault $vault user enrol auditor --role auditor --user admin --password-stdin"
    printf '%s\n%s\n' "$admin_password" "$auditor_password" |
        "$cli" --vault "$vault" user enrol auditor --role auditor --user admin --password-stdin
fi

cat <<INFO

Demo vault: $vault
  admin    / $admin_password    (administrator: accounts, verification)
  auditor  / $auditor_password  (auditor: reads and verifies the audit trail)
INFO

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ "${1:-}" != --headless ]; then
    exec "$bin/ecluse" --vault "$vault"
fi

echo "No display: a tour of the command line instead."
tour() { step "ecluse-cli $*"; "$cli" "$@" || echo "(exit code $?)"; }
tour --version
tour --vault "$vault" vault verify --user admin --password-stdin <<<"$admin_password"
tour --vault "$vault" user list --user admin --password-stdin <<<"$admin_password"
step "ecluse-cli --vault $vault vault verify --user admin --password-stdin   (wrong password: exit 2)"
"$cli" --vault "$vault" vault verify --user admin --password-stdin <<<"not the password" || echo "(exit code $?)"
tour --vault "$vault" audit export --user admin --password-stdin <<<"$admin_password"
tour --vault "$vault" audit verify --user auditor --password-stdin <<<"$auditor_password"
step "ecluse-cli --vault $vault audit export --user auditor --format jsonl --password-stdin | tail -n 3"
"$cli" --vault "$vault" audit export --user auditor --format jsonl --password-stdin <<<"$auditor_password" | tail -n 3
