#!/usr/bin/env bash
# What of the Windows packaging can be checked on Linux, as CI does after scripts/test.sh:
#   1. the administrative templates, the WiX sources and the installer notice are well formed;
#   2. packaging/windows/Windows.cmake, configured as for Windows, hands CPack the fixed upgrade
#      code, the per-machine patch, the Start-menu entry and files that exist;
#   3. wixl (msitools) compiles the stand-in product packaging/windows/wix/ecluse.wxs, with the
#      patch's elements, over an install tree: the executables ./build holds, and the policy
#      templates staged by Windows.cmake's own install rule;
#   4. the MSI it makes carries that upgrade code, ALLUSERS=1, the upgrade table, a Start-menu
#      shortcut to the GUI and every file of the tree.
# Uses ./build (or $ECLUSE_BUILD_DIR) as scripts/test.sh leaves it and builds nothing. The MSI
# Écluse ships is built on Windows by CPack: see packaging/windows/README.md.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${ECLUSE_BUILD_DIR:-$here/build}
windows=$here/packaging/windows
start=$SECONDS

# The upgrade code Windows.cmake must keep. Changing it makes the next MSI install beside the old
# version instead of replacing it: this copy makes that a deliberate act in two places.
expected_upgrade_code=CA3B7089-371C-4B23-AA96-777E418C1F98

say() { printf 'check-windows-packaging: %s\n' "$*" >&2; }
fail() {
    say "FAILED: $*"
    exit 1
}

for tool in xmllint wixl wixl-heat msiinfo cmake; do
    command -v "$tool" >/dev/null || fail "$tool is missing: run scripts/setup.sh (packages libxml2-utils, wixl, msitools)"
done
[ -f "$build/CMakeCache.txt" ] || fail "no build in $build: run scripts/test.sh or scripts/build.sh first"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Any command that fails without a message of its own still says where.
trap 'say "FAILED at line $LINENO: $BASH_COMMAND"' ERR

# --- 1. Well-formed sources ----------------------------------------------------------------------

sources=(
    "$windows/policy/ecluse.admx" "$windows/policy/en-US/ecluse.adml" "$windows/policy/fr-FR/ecluse.adml"
    "$windows/wix/product-patch.xml" "$windows/wix/ecluse.wxs"
)
for file in "${sources[@]}"; do
    xmllint --noout "$file" || fail "$file is not well-formed XML"
    head -n 1 "$file" | grep -q '^<?xml version="1.0" encoding="utf-8"?>$' ||
        fail "$file: the first line must declare UTF-8"
    iconv -f UTF-8 -t UTF-8 "$file" >/dev/null 2>&1 || fail "$file is not UTF-8"
done
# The ADMX schema is Microsoft's and not shipped here: tests/packaging/tst_policytemplates checks
# the structure Écluse relies on, and the keys, types and ranges against the code.
notice=$windows/notice.rtf
LC_ALL=C grep -q '[^[:print:][:space:]]' "$notice" && fail "$notice: RTF must be 7-bit text (accents as \\'xx)"
head -c 6 "$notice" | grep -q '^{\\rtf1' || fail "$notice does not start as RTF"
[ "$(tr -cd '{' <"$notice" | wc -c)" -eq "$(tr -cd '}' <"$notice" | wc -c)" ] || fail "$notice: unbalanced braces"
say "templates, WiX sources and notice well formed"

# --- 2. What Windows.cmake hands CPack -------------------------------------------------------------

cmake -S "$windows/check" -B "$tmp/windows-config" -DCMAKE_SYSTEM_NAME=Windows >"$tmp/configure.log" 2>&1 ||
    fail "Windows.cmake does not configure as for Windows: $(tail -n 20 "$tmp/configure.log")"
cat >"$tmp/show.cmake" <<'EOF'
include(${config})
foreach(name IN ITEMS CPACK_GENERATOR CPACK_WIX_UPGRADE_GUID CPACK_WIX_PATCH_FILE CPACK_WIX_LICENSE_RTF
                      CPACK_PACKAGE_EXECUTABLES CPACK_WIX_PROGRAM_MENU_FOLDER CPACK_WIX_INSTALL_SCOPE
                      CPACK_PACKAGE_INSTALL_DIRECTORY CPACK_MONOLITHIC_INSTALL)
    message("${name}=${${name}}")
endforeach()
EOF
cmake -Dconfig="$tmp/windows-config/CPackConfig.cmake" -P "$tmp/show.cmake" >"$tmp/cpack.vars" 2>&1 ||
    fail "cannot read the CPack configuration: $(cat "$tmp/cpack.vars")"
cpack_var() { sed -n "s/^$1=//p" "$tmp/cpack.vars"; }
expect_var() {
    [ "$(cpack_var "$1")" = "$2" ] || fail "Windows.cmake sets $1 to '$(cpack_var "$1")', expected '$2'"
}
expect_var CPACK_GENERATOR WIX
expect_var CPACK_WIX_UPGRADE_GUID "$expected_upgrade_code"
expect_var CPACK_WIX_PATCH_FILE "$windows/wix/product-patch.xml"
expect_var CPACK_WIX_LICENSE_RTF "$notice"
expect_var CPACK_PACKAGE_EXECUTABLES "ecluse;Écluse"
expect_var CPACK_WIX_PROGRAM_MENU_FOLDER .
expect_var CPACK_WIX_INSTALL_SCOPE NONE
expect_var CPACK_PACKAGE_INSTALL_DIRECTORY Ecluse
expect_var CPACK_MONOLITHIC_INSTALL ON
# The deployment step parses and refuses a tree without ecluse.exe, rather than shipping one.
mkdir -p "$tmp/no-executables"
if cmake -DCMAKE_INSTALL_PREFIX="$tmp/no-executables" -DECLUSE_WINDEPLOYQT=windeployqt -DECLUSE_DEPLOY_DEBUG=0 \
    -DECLUSE_RUNTIME_DIRS="$tmp" -P "$windows/DeployRuntime.cmake" >"$tmp/deploy.log" 2>&1; then
    fail "DeployRuntime.cmake accepted an installation without ecluse.exe"
fi
grep -q 'ecluse.exe is not installed' "$tmp/deploy.log" || fail "DeployRuntime.cmake: $(cat "$tmp/deploy.log")"
say "Windows.cmake: WIX, upgrade code $expected_upgrade_code, per-machine patch, Start-menu entry"

# --- 3. The stand-in MSI, compiled by wixl over an install tree -------------------------------------

root=$tmp/root
cmake --install "$build" --prefix "$root" >"$tmp/install.log" 2>&1 ||
    fail "cmake --install $build failed (is it built?): $(tail -n 5 "$tmp/install.log")"
cmake --install "$tmp/windows-config" --prefix "$root" --component ecluse_policy_templates >>"$tmp/install.log" 2>&1 ||
    fail "installing the policy templates failed: $(tail -n 5 "$tmp/install.log")"
templates=$root/share/ecluse/PolicyDefinitions
for template in ecluse.admx en-US/ecluse.adml fr-FR/ecluse.adml; do
    cmp -s "$windows/policy/$template" "$templates/$template" || fail "$template is not installed as written"
done
[ "$(find "$templates" -type f | wc -l)" -eq 3 ] || fail "$templates holds files other than the three templates"
executable=bin/ecluse
[ -f "$root/bin/ecluse.exe" ] && executable=bin/ecluse.exe
[ -f "$root/$executable" ] || fail "the install tree has no $executable"
version=$("$root/bin/ecluse-cli" --version | sed -n 's/^Écluse \([0-9][0-9.]*\),.*/\1/p')
[ -n "$version" ] || fail "cannot read the version from ecluse-cli --version"

# wixl resolves sources relative to where it runs: everything below is relative to $tmp.
cd "$tmp"
find root -type f | LC_ALL=C sort |
    wixl-heat -p root/ --var var.SourceDir --directory-ref INSTALL_ROOT --component-group InstallTree --win64 \
        >files.wxs
main_file=$(xmllint --xpath "string(//*[local-name()='File'][@Source='\$(var.SourceDir)/$executable']/@Id)" files.wxs)
[ -n "$main_file" ] || fail "wixl-heat did not list $executable"

patch=$windows/wix/product-patch.xml
[ "$(xmllint --xpath 'count(/CPackWiXPatch/CPackWiXFragment)' "$patch")" -ge 1 ] || fail "$patch holds no fragment"
[ "$(xmllint --xpath 'count(/CPackWiXPatch/CPackWiXFragment[@Id!="#PRODUCT"])' "$patch")" -eq 0 ] ||
    fail "$patch patches more than #PRODUCT; teach this check where those fragments go"
product_elements=$(xmllint --xpath '/CPackWiXPatch/CPackWiXFragment[@Id="#PRODUCT"]/*' "$patch" 2>/dev/null) ||
    fail "$patch: the #PRODUCT fragment holds no element"
{
    echo '<?xml version="1.0" encoding="utf-8"?>'
    echo '<Include xmlns="http://schemas.microsoft.com/wix/2006/wi">'
    printf '%s\n' "$product_elements"
    echo '</Include>'
} >product-patch.wxi

# wixl ignores, with a GLib warning, an attribute it does not know: any warning fails the check.
if ! wixl -a x64 -D SourceDir=root -D ProductVersion="$version" -D UpgradeCode="$expected_upgrade_code" \
    -D MainExecutable="$main_file" -D ProductPatch=product-patch.wxi -D Win64=yes \
    -o ecluse.msi "$windows/wix/ecluse.wxs" files.wxs >wixl.log 2>&1; then
    fail "wixl: $(cat wixl.log)"
fi
if grep -Eq 'WARNING|CRITICAL|ERROR' wixl.log; then
    fail "wixl: $(cat wixl.log)"
fi
say "wixl compiled ecluse.msi ($(du -h ecluse.msi | cut -f1)) from $(grep -c '<File ' files.wxs) files"

# --- 4. What the MSI holds -----------------------------------------------------------------------

# The rows of an MSI table, tab-separated, as msiinfo exports them (three header lines first,
# lines ended by CR LF).
table() { msiinfo export ecluse.msi "$1" | tail -n +4 | tr -d '\r'; }
property() { table Property | awk -F '\t' -v name="$1" '$1 == name { print $2 }'; }

[ "$(property UpgradeCode)" = "{$expected_upgrade_code}" ] || fail "UpgradeCode is '$(property UpgradeCode)'"
[ "$(property ALLUSERS)" = 1 ] || fail "ALLUSERS is '$(property ALLUSERS)', not 1: the installation would be per-user"
[ "$(property ProductVersion)" = "$version" ] || fail "ProductVersion is '$(property ProductVersion)'"
msiinfo suminfo ecluse.msi | grep -q '^Template: x64;1033$' || fail "the package is not x64"

# MajorUpgrade: one row that finds older versions (and removes them), one that finds newer ones.
upgrades=$(table Upgrade | awk -F '\t' -v code="{$expected_upgrade_code}" '$1 == code { print $7 }' | sort | tr '\n' ' ')
[ "$upgrades" = "WIX_DOWNGRADE_DETECTED WIX_UPGRADE_DETECTED " ] || fail "Upgrade table: '$upgrades'"

# The Start-menu shortcut points at the GUI, in bin.
shortcut=$(table Shortcut | awk -F '\t' '$2 == "ProgramMenuFolder"')
[ "$(printf '%s\n' "$shortcut" | grep -c .)" -eq 1 ] || fail "expected one Start-menu shortcut: '$shortcut'"
[ "$(printf '%s' "$shortcut" | cut -f3)" = "Écluse" ] || fail "the shortcut is named '$(printf '%s' "$shortcut" | cut -f3)'"
target=$(printf '%s' "$shortcut" | cut -f5)
[ "$target" = "[#$main_file]" ] || fail "the shortcut targets $target, not [#$main_file]"
target_row=$(table File | awk -F '\t' -v id="$main_file" '$1 == id')
[ "$(printf '%s' "$target_row" | cut -f3)" = "$(basename "$executable")" ] || fail "the shortcut's file is '$target_row'"

# Every file of the tree, once.
files_in_tree=$(find root -type f | wc -l)
files_in_msi=$(table File | grep -c .)
[ "$files_in_msi" -eq "$files_in_tree" ] || fail "the MSI holds $files_in_msi files, the tree $files_in_tree"
for name in ecluse.admx ecluse.adml; do
    table File | cut -f3 | grep -qx "$name" || fail "$name is not in the MSI"
done
for folder in PolicyDefinitions en-US fr-FR; do
    table Directory | cut -f3 | grep -qx "$folder" || fail "the MSI has no $folder folder"
done

say "ecluse.msi: upgrade code, ALLUSERS=1, major upgrade, Start-menu shortcut, $files_in_msi files"
say "passed in $((SECONDS - start)) s"
