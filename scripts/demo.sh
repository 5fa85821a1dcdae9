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
password='demo pass phrase'

step() { printf '\n\033[1m$ %s\033[0m\n' "$*"; }

if [ ! -f "$vault/keyslots.json" ]; then
    step "ecluse-cli --vault $vault demo init --password-stdin"
    printf '%s\n' "$password" | "$cli" --vault "$vault" demo init --password-stdin
fi

cat <<INFO

DEMO vault: $vault
  accounts: admin, analyst1, analyst2, steward1, steward2, auditor
  password of every account: $password
INFO

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ "${1:-}" != --headless ]; then
    exec "$bin/ecluse" --vault "$vault"
fi

echo "No display: a tour of the command line instead."
tour() { step "ecluse-cli $*"; "$cli" "$@" || echo "(exit code $?)"; }
as() { local user=$1; shift; tour --vault "$vault" "$@" --user "$user" --password-stdin <<<"$password"; }
tour --version
tour policy show
as admin vault verify
as admin user list
as admin habilitation show
as analyst1 habilitation show
as analyst1 catalogue list
as analyst1 catalogue show prestations
as analyst1 aggregate --dataset prestations --dims BEN_RES_REG,BEN_SEX_COD --measures beneficiaries,records,PRS_PAI_MNT
as analyst2 aggregate --dataset prestations --dims AGE_BEN_SNDS --filter ANNEE=2025 --format json
as admin aggregate --dataset prestations --dims BEN_SEX_COD
# An extract request: drafted by an analyst, approved by a steward (never by its author).
until=$(date -d '+1 year' +%F)
step "ecluse-cli --vault $vault request create --user analyst1 --password-stdin --dataset prestations ..."
request=$("$cli" --vault "$vault" request create --user analyst1 --password-stdin --dataset prestations \
    --columns BEN_NIR_PSA,BEN_SEX_COD,EXE_SOI_DTD,PRS_PAI_MNT --filter BEN_SEX_COD=2 \
    --period 2025-01-01..2025-06-30 --purpose "Remboursements des femmes au premier semestre 2025" \
    --project CNAM-DEMO-001 --until "$until" <<<"$password") || echo "(exit code $?)"
if [ -n "${request:-}" ]; then
    echo "$request"
    as analyst1 request submit "$request"
    as analyst1 request approve "$request"
    as steward1 request approve "$request" --comment "Colonnes et période conformes au projet"
    as steward1 request show "$request"
    # The release: one encrypted, signed file in the allowed folder, opened as its recipient would,
    # with the vault's public signing key and the passphrase (here chosen, else printed once).
    releases=$HOME/Documents/Ecluse
    mkdir -p "$releases"
    release_file=$releases/demo-request-$request-$(date +%s).ecl
    step "ecluse-cli --vault $vault request release $request --out $release_file --user analyst1 --password-stdin --passphrase-stdin"
    printf '%s\n%s\n' "$password" "demo release pass phrase" |
        "$cli" --vault "$vault" request release "$request" --out "$release_file" --user analyst1 \
            --password-stdin --passphrase-stdin || echo "(exit code $?)"
    as analyst1 release signer --out "$release_file.signer.pub"
    step "ecluse-cli release open $release_file --out $release_file.csv --signer $release_file.signer.pub --passphrase-stdin"
    "$cli" release open "$release_file" --out "$release_file.csv" --signer "$release_file.signer.pub" \
        --passphrase-stdin <<<"demo release pass phrase" || echo "(exit code $?)"
    head -n 4 "$release_file.csv" 2>/dev/null || true
    as analyst1 request show "$request"
fi
step "ecluse-cli --vault $vault vault verify --user admin --password-stdin   (wrong password: exit 2)"
"$cli" --vault "$vault" vault verify --user admin --password-stdin <<<"not the password" || echo "(exit code $?)"
as admin audit export
as analyst1 user list
as auditor audit verify
# A backup of the vault: its encrypted pages and key slots in one signed file, checked whole.
as admin backup create
step "ecluse-cli --vault $vault audit export --user auditor --password-stdin | tail -n 3"
"$cli" --vault "$vault" audit export --user auditor --password-stdin <<<"$password" | tail -n 3
