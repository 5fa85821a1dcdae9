#!/usr/bin/env bash
# The Linux packages, built and tried as a user would: CI runs this after scripts/test.sh has built
# ./build (or $ECLUSE_BUILD_DIR), which it reuses.
#
#  1. the Debian package (cpack -G DEB), its control fields and contents checked, lintian if present;
#  2. installed (apt-get as root; otherwise unpacked into a temporary folder, which is said), then,
#     from the installed paths and in a private home: versions, man pages against --help, desktop
#     file and metainfo, the example policy file, a demo workstation, one aggregate exported and
#     found in the audit trail;
#  3. the AppImage's AppDir and squashfs (packaging/appimage/build-appimage.sh), and the AppImage
#     itself when ECLUSE_APPIMAGE_RUNTIME names the runtime;
#  4. the package removed, with whatever its installation brought, leaving the machine as it was.
#
# Prints how long each step took. Fails at the first check that does not hold.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${ECLUSE_BUILD_DIR:-$here/build}
app_id=fr.ecluse.Ecluse
password='demo pass phrase'

say() { printf 'package-linux: %s\n' "$*" >&2; }
die() {
    say "error: $*"
    exit 1
}

timings=()
step_started=$SECONDS
step_name=
end_step() {
    [ -z "$step_name" ] || timings+=("$(printf '%4d s  %s' $((SECONDS - step_started)) "$step_name")")
    step_name=
}
step() {
    end_step
    step_name=$1
    step_started=$SECONDS
    say "---- $1"
}

[ -f "$build/CMakeCache.txt" ] || die "no build in $build: run scripts/test.sh (or scripts/build.sh) first"
for tool in cmake cpack dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli man python3 qtpaths6 \
    sha256sum; do
    command -v "$tool" >/dev/null 2>&1 || die "$tool is missing: run scripts/setup.sh"
done
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
[ -n "$version" ] || die "no project version in $build/CMakeCache.txt"
work=$(mktemp -d "${TMPDIR:-/tmp}/ecluse-package.XXXXXX")
installed_packages=()
cleanup() {
    local status=$?
    if [ ${#installed_packages[@]} -gt 0 ]; then
        say "removing ${installed_packages[*]}"
        if ! DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq "${installed_packages[@]}" >/dev/null; then
            say "error: apt-get purge ${installed_packages[*]} failed"
            status=1
        fi
    fi
    rm -rf "$work"
    exit "$status"
}
trap cleanup EXIT

# ---- 1. The Debian package ---------------------------------------------------------------------
step "build (nothing to do after scripts/test.sh)"
cmake --build "$build" --parallel "$(nproc 2>/dev/null || echo 2)" >"$work/build.log" ||
    die "the build failed: $(tail -n 20 "$work/build.log")"

step "cpack -G DEB"
packages=$build/packages
rm -rf "$packages"
(cd "$build" && cpack -G DEB -B "$packages" >"$work/cpack.log" 2>&1) ||
    die "cpack failed: $(tail -n 30 "$work/cpack.log")"
deb=$packages/ecluse_${version}-1_$(dpkg --print-architecture).deb
[ -f "$deb" ] || die "cpack made no $deb: $(ls "$packages")"
say "$deb: $(du -h "$deb" | cut -f1)"

step "the package's fields and files"
field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Package)" = ecluse ] || die "the package is named '$(field Package)'"
[ "$(field Version)" = "$version-1" ] || die "the package's version is '$(field Version)', not $version-1"
depends=$(field Depends)
say "Depends: $depends"
# Each name alone, without versions or alternatives, for exact matches below.
depends_names=" $(tr ',|' '\n' <<<"$depends" | sed 's/(.*)//; s/ //g' | sort -u | tr '\n' ' ')"
for library in libsqlcipher1 libssl3 libqt6core6 libqt6widgets6 libarchive13 libjansson4 libpq5; do
    [[ "$depends_names" == *" $library "* ]] || die "Depends lacks $library (dpkg-shlibdeps did not run?)"
done
[[ "$depends" == *"libsqlcipher1 (>= 4."* ]] || die "Depends does not ask for SQLCipher 4: $depends"
# The plugins Qt loads at run time, which dpkg-shlibdeps cannot see: their packages, asked of dpkg
# here independently of packaging/Packaging.cmake.
qt_plugin_dir=$(qtpaths6 --query QT_INSTALL_PLUGINS)
for plugin in platforms/libqxcb.so iconengines/libqsvgicon.so; do
    owner=$(dpkg-query --search "$qt_plugin_dir/$plugin" | cut -d: -f1) ||
        die "no package holds $qt_plugin_dir/$plugin"
    [[ "$depends_names" == *" $owner "* ]] || die "Depends lacks $owner, which holds the Qt plugin $plugin"
done
dpkg-deb --contents "$deb" | awk '{ print $6 }' | sed 's|^\./|/|' >"$work/contents"
required=(
    /usr/bin/ecluse /usr/bin/ecluse-cli
    "/usr/share/applications/$app_id.desktop" "/usr/share/metainfo/$app_id.metainfo.xml"
    "/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    /usr/share/man/man1/ecluse.1.gz /usr/share/man/man1/ecluse-cli.1.gz
    /usr/share/doc/ecluse/examples/policy.ini
    /usr/share/ecluse/ecluse-central.sql /usr/share/doc/ecluse/DEPLOYMENT.md
)
for size in 16 24 32 48 64 128 256; do
    required+=("/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for file in "${required[@]}"; do
    grep -qxF "$file" "$work/contents" || die "the package lacks $file"
done
outside=$(grep -v '^/usr/' "$work/contents" | grep -vx '/' || true)
[ -z "$outside" ] || die "the package installs outside /usr: $outside"
unwanted=$(grep -E '(for-tests|/tst_|/fuzz_|/bench_|sqlite3|qsqlite)' "$work/contents" || true)
[ -z "$unwanted" ] || die "the package holds test programs or SQLite: $unwanted"
binaries=$(grep '^/usr/bin/.' "$work/contents" | sort | tr '\n' ' ')
[ "$binaries" = "/usr/bin/ecluse /usr/bin/ecluse-cli " ] ||
    die "/usr/bin should hold ecluse and ecluse-cli only: $binaries"

if command -v lintian >/dev/null 2>&1; then
    step "lintian"
    # Errors fail, warnings are shown. Two errors are expected, and let through by name here rather
    # than with --suppress-tags, which, given a tag name it did not know, reported nothing and
    # succeeded: cpack makes a binary package without Debian's source package, so there is no Debian
    # changelog, and the sources name no licence yet, so there is no copyright file to write
    # (docs/INSTALL.md).
    lintian --fail-on none --tag-display-limit 0 "$deb" >"$work/lintian.log" 2>&1 ||
        die "lintian could not check the package: $(cat "$work/lintian.log")"
    # Proof that lintian looked at the package: the missing copyright file, while it is missing.
    if ! grep -qxF /usr/share/doc/ecluse/copyright "$work/contents"; then
        grep -q '^E: ecluse: no-copyright-file' "$work/lintian.log" ||
            die "lintian did not report the missing copyright file; did it check anything? $(cat "$work/lintian.log")"
    fi
    errors=$(grep '^E: ' "$work/lintian.log" | grep -vE '^E: ecluse: (no-changelog|no-copyright-file)( |$)' || true)
    [ -z "$errors" ] || die "lintian: $errors"
    grep -E '^E: ' "$work/lintian.log" | sed 's/^/lintian (expected): /' >&2 || true
    grep -E '^W: ' "$work/lintian.log" | sed 's/^/lintian: /' >&2 || true
else
    say "lintian is not installed: skipped"
fi

# ---- 2. Installed ----------------------------------------------------------------------------------
if [ "$(id -u)" -eq 0 ]; then
    step "apt-get install ./$(basename "$deb")"
    export DEBIAN_FRONTEND=noninteractive
    # What installing will add, so that exactly that is removed afterwards; an upgrade of a package
    # already there could not be undone, and stops here instead.
    apt-get install -s --no-install-recommends "$deb" >"$work/plan" 2>&1 ||
        die "apt-get cannot install $deb: $(cat "$work/plan")"
    upgrades=$(grep -E '^Inst [^ ]+ \[' "$work/plan" || true)
    [ -z "$upgrades" ] || die "installing $deb would upgrade packages, which removing it would not undo: $upgrades"
    mapfile -t added < <(sed -n 's/^Inst \([^ ]*\) .*/\1/p' "$work/plan")
    [ ${#added[@]} -gt 0 ] ||
        die "apt-get plans to install nothing: is ecluse $version-1 installed already? $(cat "$work/plan")"
    installed_packages=("${added[@]}")
    apt-get install -y -qq --no-install-recommends "$deb" >"$work/install.log" 2>&1 ||
        die "apt-get install failed: $(tail -n 20 "$work/install.log")"
    [ "$(dpkg-query -W -f='${Status} ${Version}' ecluse)" = "install ok installed $version-1" ] ||
        die "ecluse $version-1 is not installed after apt-get install"
    say "installed: ${added[*]}"
    root=
else
    step "dpkg-deb -x (not root: unpacked into a temporary folder instead of installed)"
    say "not root: the package is unpacked into $work/root, not installed; its dependencies are not checked"
    root=$work/root
    dpkg-deb -x "$deb" "$root"
fi
for file in "${required[@]}"; do
    # Minimal systems may tell dpkg to skip documentation (path-exclude in /etc/dpkg/dpkg.cfg.d).
    [ -e "$root$file" ] || die "$root$file is missing after installation (a dpkg path-exclude?)"
done
cli=$root/usr/bin/ecluse-cli
gui=$root/usr/bin/ecluse

step "versions, man pages, desktop file, metainfo"
home=$work/home
mkdir -p "$home/config" "$home/data" "$home/cache"
mkdir -m 0700 "$home/runtime"
# A private home and nothing else from the caller's environment: no ECLUSE_VAULT, no settings.
as_user() {
    env -i HOME="$home" PATH=/usr/bin:/bin LANG=C.UTF-8 XDG_CONFIG_HOME="$home/config" \
        XDG_DATA_HOME="$home/data" XDG_CACHE_HOME="$home/cache" XDG_RUNTIME_DIR="$home/runtime" "$@"
}
cli_version=$(as_user "$cli" --version) || die "ecluse-cli --version failed"
case "$cli_version" in
"Écluse $version, SQLCipher 4."*", OpenSSL 3."*) say "$cli_version" ;;
*) die "ecluse-cli --version printed '$cli_version'" ;;
esac
gui_version=$(as_user QT_QPA_PLATFORM=offscreen "$gui" --version 2>"$work/gui.err") ||
    die "ecluse --version failed: $(cat "$work/gui.err")"
[ "$gui_version" = "ecluse $version" ] || die "ecluse --version printed '$gui_version'"

man_dir=$root/usr/share/man/man1
for page in ecluse ecluse-cli; do
    # groff's warnings (unknown macros, lines it cannot break) fail, as lintian would report them.
    warnings=$(MANWIDTH=80 man --warnings -E UTF-8 -l "$man_dir/$page.1.gz" 2>&1 >/dev/null) ||
        die "man cannot render $page.1: $warnings"
    [ -z "$warnings" ] || die "$page.1: $warnings"
done
# The pages were written by hand: every command and option --help lists must be in them.
cli_page=$(zcat "$man_dir/ecluse-cli.1.gz" | sed 's/\\-/-/g; s/\\f[BIRP]//g')
gui_page=$(zcat "$man_dir/ecluse.1.gz" | sed 's/\\-/-/g; s/\\f[BIRP]//g')
# The long options of a --help text: the lines that start with one, or with -x, and one.
options_in_help() { grep -oE '^ +(-[a-z], )?--[a-z-]+' | grep -oE -- '--[a-z-]+'; }
missing=()
mapfile -t commands < <(as_user "$cli" --help | sed -n 's/^  \([a-z][a-z ]*[a-z]\)\( [A-Z]*\)\? *$/\1/p')
[ ${#commands[@]} -ge 30 ] || die "ecluse-cli --help lists ${#commands[@]} commands: its format changed?"
for command in "${commands[@]}"; do
    grep -qE "(^|[ \"])${command}( |\"|$)" <<<"$cli_page" || missing+=("command '$command'")
    # shellcheck disable=SC2086 # the command's words are separate arguments
    for option in $(as_user "$cli" $command --help | options_in_help); do
        grep -qF -- "$option" <<<"$cli_page" || missing+=("option $option of '$command'")
    done
done
for option in $(as_user QT_QPA_PLATFORM=offscreen "$gui" --help | options_in_help); do
    grep -qF -- "$option" <<<"$gui_page" || missing+=("option $option of ecluse")
done
[ ${#missing[@]} -eq 0 ] || die "the man pages lack: ${missing[*]}"
say "man pages: ${#commands[@]} commands and all their options described"

desktop-file-validate "$root/usr/share/applications/$app_id.desktop" ||
    die "desktop-file-validate refused the desktop file"
appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml" >"$work/appstream.log" 2>&1 ||
    die "appstreamcli refused the metainfo: $(cat "$work/appstream.log")"

# The example policy, as a user's own settings (the installed programs read managed policy only
# from /etc/ecluse/policy.ini, which this script does not touch): every key Écluse knows is in it,
# each value parses and equals the default. A managed-only key is reported as ignored in a user's
# file, which still shows that Écluse knows it.
step "the example policy file"
if [ -e /etc/ecluse/policy.ini ]; then
    say "/etc/ecluse/policy.ini exists on this machine: the values in force are not the defaults, check skipped"
else
    as_user "$cli" policy show --json >"$work/defaults.json" || die "ecluse-cli policy show failed"
    mkdir -p "$home/config/ecluse"
    example=$root/usr/share/doc/ecluse/examples/policy.ini
    {
        printf '[Policy]\n'
        cat "$example"
    } >"$home/config/ecluse/ecluse.ini"
    as_user "$cli" policy show --json >"$work/example.json" 2>"$work/example.err" ||
        die "policy show with the example failed: $(cat "$work/example.err")"
    [ ! -s "$work/example.err" ] || die "ecluse-cli noted: $(cat "$work/example.err")"
    python3 - "$work/defaults.json" "$work/example.json" "$example" <<'PYTHON' ||
import json, re, sys
defaults = {e["key"]: e for e in json.load(open(sys.argv[1], encoding="utf-8"))}
example = {e["key"]: e for e in json.load(open(sys.argv[2], encoding="utf-8"))}
text = open(sys.argv[3], encoding="utf-8").read()
keys = re.findall(r"^([A-Za-z0-9]+)=", text, re.M)
problems = []
if sorted(keys) != sorted(defaults):
    problems.append("keys Écluse knows but the example lacks: %s" % sorted(set(defaults) - set(keys)))
    problems.append("keys in the example Écluse does not know: %s" % sorted(set(keys) - set(defaults)))
for key, entry in example.items():
    if entry["value"] != defaults[key]["value"]:
        problems.append("%s is %r in the example, %r by default"
                        % (key, entry["value"], defaults[key]["value"]))
    if entry["origin"] != "user" and "only the organisation" not in entry.get("note", ""):
        problems.append("%s was not applied: %s" % (key, entry.get("note", entry["origin"])))
for problem in problems:
    print(problem, file=sys.stderr)
sys.exit(1 if problems else 0)
PYTHON
        die "the example policy file does not match the defaults"
    rm "$home/config/ecluse/ecluse.ini"
    say "policy.ini: $(grep -c '^[A-Za-z0-9]*=' "$example") keys, every one known, every value the default"
fi

step "demo init"
vault=$home/demo-vault
printf '%s\n' "$password" |
    as_user "$cli" --vault "$vault" demo init --password-stdin >"$work/demo.out" 2>"$work/demo.err" ||
    die "demo init failed: $(cat "$work/demo.err")"
grep -qF "DEMO workstation created in $vault" "$work/demo.out" ||
    die "demo init said: $(cat "$work/demo.out")"
[[ -f $vault/vault.db && -f $vault/keyslots.json ]] || die "demo init left no vault in $vault"

step "one aggregate, exported and audited"
export_file=$home/Documents/Ecluse/smoke-aggregate.csv
as_user "$cli" --vault "$vault" aggregate --user analyst1 --password-stdin --dataset prestations \
    --dims BEN_SEX_COD --measures beneficiaries,records --out "$export_file" <<<"$password" \
    >"$work/aggregate.out" 2>"$work/aggregate.err" || die "aggregate failed: $(cat "$work/aggregate.err")"
[ -f "$export_file" ] || die "aggregate wrote no $export_file"
python3 - "$export_file" <<'PYTHON' || die "the exported table is wrong: $(head -c 2000 "$export_file")"
import sys
data = open(sys.argv[1], "rb").read()
assert data.startswith(b"\xef\xbb\xbf"), "no byte order mark"
lines = data[3:].decode("utf-8").split("\r\n")
assert lines[0].startswith("# Écluse · prestations · analyst1 · "), lines[0]
assert lines[1] == "BEN_SEX_COD,beneficiaries,records,status", lines[1]
total = [line for line in lines if line.startswith("Total,")]
assert len(total) == 1, total
_, beneficiaries, records, status = total[0].split(",")
assert status == "published", total[0]
assert int(beneficiaries) > 0 and int(records) >= int(beneficiaries), total[0]
PYTHON
as_user "$cli" --vault "$vault" audit export --user auditor --password-stdin <<<"$password" \
    >"$work/audit.jsonl" 2>"$work/audit.err" || die "audit export failed: $(cat "$work/audit.err")"
python3 - "$work/audit.jsonl" "$(sha256sum <"$export_file" | cut -d' ' -f1)" <<'PYTHON' ||
import json, sys
entries = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
exports = [e for e in entries if e["action"] == "aggregate.export" and e["user"] == "analyst1"]
assert exports, "no aggregate.export entry by analyst1"
assert exports[-1]["details"]["sha256"] == sys.argv[2], exports[-1]
PYTHON
    die "the audit trail does not hold the export with its SHA-256"
as_user "$cli" --vault "$vault" audit verify --user auditor --password-stdin <<<"$password" \
    >"$work/verify.out" 2>"$work/verify.err" || die "audit verify failed: $(cat "$work/verify.err")"
say "$(head -n 1 "$work/verify.out") The export is in it, with its SHA-256."

# ---- 3. The AppImage -----------------------------------------------------------------------------
step "AppImage: AppDir, checks, squashfs"
appimage_options=()
[ -n "${ECLUSE_APPIMAGE_RUNTIME:-}" ] || appimage_options=(--squashfs-only)
"$here/packaging/appimage/build-appimage.sh" "${appimage_options[@]}" "$build" "$build/appimage"

# ---- 4. Removed ----------------------------------------------------------------------------------
if [ ${#installed_packages[@]} -gt 0 ]; then
    step "apt-get purge ${installed_packages[*]}"
    apt-get purge -y -qq "${installed_packages[@]}" >/dev/null || die "apt-get purge failed"
    installed_packages=()
    status=$(dpkg-query -W -f='${Status}' ecluse 2>/dev/null || true)
    [ "$status" != "install ok installed" ] || die "ecluse is still installed"
    [ ! -e /usr/bin/ecluse-cli ] || die "/usr/bin/ecluse-cli is still there"
fi
end_step
say "timings:"
printf '  %s\n' "${timings[@]}" >&2
say "all checks passed in ${SECONDS} s; packages in $packages and $build/appimage"
