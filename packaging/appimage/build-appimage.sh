#!/usr/bin/env bash
# Builds the Écluse AppImage from a build folder: the AppDir (binaries, Qt plugins, Qt's own
# translations, the libraries that do not come from the host system), checked; its squashfs,
# checked; then, given the AppImage runtime, the AppImage itself.
#
#   packaging/appimage/build-appimage.sh [--squashfs-only] [BUILD_DIR [OUT_DIR]]
#
# BUILD_DIR (default ./build) holds a build of ecluse and ecluse-cli; OUT_DIR (default
# BUILD_DIR/appimage) receives Ecluse.AppDir, Ecluse-VERSION-x86_64.squashfs and
# Ecluse-VERSION-x86_64.AppImage. Each run starts the AppDir anew.
#
# The runtime, the small program at the start of every AppImage that mounts the squashfs, is not
# a distribution package: give its path in ECLUSE_APPIMAGE_RUNTIME, and it is used only if its
# SHA-256 is the one pinned below. Without it the script stops after the squashfs and says where
# to get it; that is success with --squashfs-only or when CI=true, a failure otherwise.
#
# Needs: cmake, ldd, readelf, patchelf, mksquashfs and unsquashfs (squashfs-tools), desktop-file-validate
# (desktop-file-utils), appstreamcli (appstream), and Qt's French translations
# (qt6-translations-l10n); scripts/setup.sh installs them.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
app_id=fr.ecluse.Ecluse

# The type 2 runtime of the AppImage project, release 20251108, for x86_64. A dated release rather
# than "continuous", which is rebuilt in place: a pinned hash of it would break at the next build.
# To move to a newer release, change these three lines together, after checking the new file's
# signature (runtime-x86_64.sig, signed with the key in the type2-runtime repository).
runtime_release=20251108
runtime_url=https://github.com/AppImage/type2-runtime/releases/download/$runtime_release/runtime-x86_64
runtime_sha256=2fca8b443c92510f1483a883f60061ad09b46b978b2631c807cd873a47ec260d

# The Qt plugins the AppImage carries: X11 and its OpenGL integrations, the headless platforms
# (tests, smoke checks), input methods (the compose key and IBus, for accented letters), and SVG
# for the icon. Wayland sessions run it through XWayland. Never sqldrivers: Qt's SQLite plugin
# would bring SQLite's symbols next to SQLCipher's.
qt_plugins=(
    platforms/libqxcb.so platforms/libqoffscreen.so platforms/libqminimal.so
    xcbglintegrations/libqxcb-glx-integration.so xcbglintegrations/libqxcb-egl-integration.so
    platforminputcontexts/libcomposeplatforminputcontextplugin.so
    platforminputcontexts/libibusplatforminputcontextplugin.so
    iconengines/libqsvgicon.so imageformats/libqsvg.so
)
# Qt's own strings (standard buttons, dialogs) in the languages Écluse speaks besides English.
qt_translation_languages=(fr)

say() { printf 'appimage: %s\n' "$*" >&2; }
die() {
    say "error: $*"
    exit 1
}

# Libraries taken from the host, never bundled. The rule of AppImages: what is tied to the
# running system rather than to the application, or that every system has in a version at least
# as new as the build's. Bundling one of these breaks on other systems instead of helping.
host_library() {
    case "$1" in
    # The C library and its loader: the AppImage requires a glibc at least as new as the build's.
    ld-linux*.so.* | libc.so.* | libm.so.* | libmvec.so.* | libdl.so.* | libpthread.so.* | librt.so.* | \
        libresolv.so.* | libutil.so.* | libanl.so.* | libnss_*.so.* | libthread_db.so.* | libBrokenLocale.so.*)
        return 0
        ;;
    # The C++ runtime: the host's is needed by its own graphics drivers, which load into the process.
    libstdc++.so.* | libgcc_s.so.*) return 0 ;;
    # OpenGL and the graphics drivers behind it, which must match the host's hardware and kernel.
    libGL.so.* | libEGL.so.* | libGLX.so.* | libGLdispatch.so.* | libOpenGL.so.* | libdrm.so.* | libgbm.so.* | \
        libglapi.so.* | libxcb-dri2.so.* | libxcb-dri3.so.*)
        return 0
        ;;
    # The connection to the display server, shared with the drivers above.
    libxcb.so.1 | libX11.so.6 | libX11-xcb.so.1 | libICE.so.* | libSM.so.* | libwayland-client.so.*) return 0 ;;
    # Fonts: fontconfig must read the host's configuration, and the rendering libraries go with it.
    libfontconfig.so.* | libfreetype.so.* | libharfbuzz.so.* | libfribidi.so.*) return 0 ;;
    # Present on every system, and shared with the host libraries above.
    libz.so.* | libexpat.so.* | libuuid.so.* | libgpg-error.so.* | libcom_err.so.* | libgmp.so.10 | libasound.so.*)
        return 0
        ;;
    esac
    return 1
}

squashfs_only=0
if [ "${1:-}" = --squashfs-only ]; then
    squashfs_only=1
    shift
fi
[ "${CI:-}" = true ] && squashfs_only=1
build=$(cd "${1:-$source_dir/build}" && pwd) || die "no build folder ${1:-$source_dir/build}"
out=${2:-$build/appimage}
[ "$(uname -m)" = x86_64 ] || die "the pinned runtime is for x86_64; this is $(uname -m)"
for tool in cmake ldd readelf patchelf mksquashfs unsquashfs desktop-file-validate appstreamcli qtpaths6 \
    sha256sum; do
    command -v "$tool" >/dev/null 2>&1 || die "$tool is missing: run scripts/setup.sh"
done
for program in ecluse ecluse-cli; do
    [ -x "$build/app/$program" ] || die "$build holds no build of $program"
done
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
[ -n "$version" ] || die "no project version in $build/CMakeCache.txt"
qt_plugin_dir=$(qtpaths6 --query QT_INSTALL_PLUGINS)
qt_translation_dir=$(qtpaths6 --query QT_INSTALL_TRANSLATIONS)
started=$SECONDS
work=$(mktemp -d "${TMPDIR:-/tmp}/ecluse-appimage.XXXXXX")
trap 'rm -rf "$work"' EXIT

mkdir -p "$out"
out=$(cd "$out" && pwd)
appdir=$out/Ecluse.AppDir
squashfs=$out/Ecluse-$version-x86_64.squashfs
appimage=$out/Ecluse-$version-x86_64.AppImage
rm -rf "$appdir" "$squashfs" "$appimage"

# ---- The AppDir -------------------------------------------------------------------------------
say "installing $build into $appdir"
DESTDIR=$appdir cmake --install "$build" --prefix /usr --strip >/dev/null
usr=$appdir/usr
install -m 0755 "$here/AppRun" "$appdir/AppRun"
install -m 0644 "$here/qt.conf" "$usr/bin/qt.conf"
# An AppDir's desktop file and icon are at its root, named as the desktop file says.
install -m 0644 "$usr/share/applications/$app_id.desktop" "$appdir/$app_id.desktop"
install -m 0644 "$usr/share/icons/hicolor/scalable/apps/$app_id.svg" "$appdir/$app_id.svg"
install -m 0644 "$usr/share/icons/hicolor/256x256/apps/$app_id.png" "$appdir/.DirIcon"

for plugin in "${qt_plugins[@]}"; do
    [ -f "$qt_plugin_dir/$plugin" ] || die "Qt plugin $qt_plugin_dir/$plugin is missing"
    install -D -m 0644 "$qt_plugin_dir/$plugin" "$usr/plugins/$plugin"
done
for language in "${qt_translation_languages[@]}"; do
    # qt_LANG.qm loads qtbase_LANG.qm (and the other modules'); both are needed.
    for catalogue in qt qtbase; do
        file=$qt_translation_dir/${catalogue}_$language.qm
        [ -f "$file" ] || die "$file is missing: install qt6-translations-l10n (scripts/setup.sh)"
        install -D -m 0644 "$file" "$usr/translations/${catalogue}_$language.qm"
    done
done

# Every ELF file of the AppDir: the two executables and the plugins, then the libraries bundled.
elf_files() { find "$usr/bin" "$usr/plugins" "$usr/lib" -type f \( -name '*.so*' -o -perm -u+x \) 2>/dev/null |
    while read -r file; do [ "$(head -c 4 "$file")" = $'\x7fELF' ] && printf '%s\n' "$file"; done; }

# The libraries an ELF file names (DT_NEEDED), and where the dynamic loader finds one of them for
# that file, as ldd says on the build machine (our own binaries and the distribution's libraries:
# ldd, which may run the loader on them, is safe here).
needed() { readelf --dynamic --wide "$1" | sed -n 's/.*(NEEDED).*\[\(.*\)\]$/\1/p'; }
found_at() { awk -v name="$1" '$1 == name && $2 == "=>" { print $3 }' <<<"$2"; }

# The closure of what the executables and plugins need, without descending into host libraries:
# a library only those need (harfbuzz's graphite2, say) comes from the host with them.
mkdir -p "$usr/lib"
declare -A bundled=()
mapfile -t queue < <(elf_files)
while [ ${#queue[@]} -gt 0 ]; do
    file=${queue[0]}
    queue=("${queue[@]:1}")
    ldd_output=$(env -u LD_LIBRARY_PATH ldd "$file") || die "ldd failed on $file"
    while read -r name; do
        host_library "$name" && continue
        [ -z "${bundled[$name]:-}" ] || continue
        path=$(found_at "$name" "$ldd_output")
        [[ -n $path && $path != not ]] || die "$file needs $name, which is not installed here"
        bundled[$name]=$path
        install -m 0644 "$(readlink -f "$path")" "$usr/lib/$name"
        queue+=("$path")
    done < <(needed "$file")
done
say "${#bundled[@]} libraries bundled, $(printf '%s\n' "${qt_plugins[@]}" | wc -l) Qt plugins"

# Where each finds the others: RUNPATH relative to its own folder. Unlike LD_LIBRARY_PATH it
# reaches no other program, and it holds inside a read-only image wherever that is mounted.
# shellcheck disable=SC2016 # $ORIGIN is for the dynamic loader, not the shell
while read -r file; do
    case "$file" in
    "$usr"/bin/*) runpath='$ORIGIN/../lib' ;;
    "$usr"/lib/*) runpath='$ORIGIN' ;;
    "$usr"/plugins/*/*) runpath='$ORIGIN/../../lib' ;;
    *) die "unexpected ELF file $file" ;;
    esac
    patchelf --set-rpath "$runpath" "$file" || die "patchelf failed on $file"
done < <(elf_files)

# ---- Checks of the AppDir ---------------------------------------------------------------------
# SQLCipher is SQLite with encryption: SQLite itself, or Qt's SQL plugins built on it, in the same
# process would bind some sqlite3_* symbols to the unencrypted library.
forbidden=$(find "$appdir" \( -name 'libsqlite3.so*' -o -name 'libqsqlite*' -o -name 'libQt6Sql*' \
    -o -name sqldrivers \) -print)
[ -z "$forbidden" ] || die "the AppDir holds SQLite or Qt SQL, which clash with SQLCipher: $forbidden"
[ -f "$usr/lib/libsqlcipher.so.1" ] || die "libsqlcipher.so.1 is not in the AppDir"

# Every library each ELF file of the AppDir names resolves inside the AppDir, or is a host library.
while read -r file; do
    ldd_output=$(env -u LD_LIBRARY_PATH ldd "$file") || die "ldd failed on $file"
    while read -r name; do
        host_library "$name" && continue
        path=$(found_at "$name" "$ldd_output")
        [[ -n $path && $path != not ]] || die "$file: $name is not found"
        path=$(readlink -f "$path")
        case "$path" in
        "$usr"/lib/*) ;;
        *) die "$file loads $name from $path, outside the AppDir" ;;
        esac
    done < <(needed "$file")
done < <(elf_files)

desktop-file-validate "$appdir/$app_id.desktop" || die "desktop-file-validate refused $app_id.desktop"
appstreamcli validate --no-net "$usr/share/metainfo/$app_id.metainfo.xml" >"$work/appstream.log" 2>&1 ||
    die "appstreamcli refused $app_id.metainfo.xml: $(cat "$work/appstream.log")"
grep -qx "Exec=ecluse" "$appdir/$app_id.desktop" || die "the desktop file does not start ecluse"
grep -qx "Icon=$app_id" "$appdir/$app_id.desktop" || die "the desktop file's icon is not $app_id"

# The AppDir runs by itself, in an empty environment and a private home: the command line, and the
# window's start-up, whose plugins must come from the AppDir (QT_DEBUG_PLUGINS lists each folder
# Qt searches).
home=$work/home
mkdir -p "$home"
mkdir -m 0700 "$home/runtime"
run_appdir() {
    env -i HOME="$home" PATH=/usr/bin:/bin XDG_RUNTIME_DIR="$home/runtime" LANG=C.UTF-8 "$@"
}
cli_version=$(run_appdir "$appdir/AppRun" ecluse-cli --version) || die "AppRun ecluse-cli --version failed"
case "$cli_version" in
"Écluse $version, SQLCipher 4."*) say "AppDir: $cli_version" ;;
*) die "AppRun ecluse-cli --version printed '$cli_version'" ;;
esac
gui_log=$work/gui.log
gui_version=$(run_appdir QT_QPA_PLATFORM=offscreen QT_DEBUG_PLUGINS=1 "$appdir/AppRun" --version \
    2>"$gui_log") ||
    die "AppRun --version failed: $(tail -n 5 "$gui_log")"
[ "$gui_version" = "ecluse $version" ] || die "AppRun --version printed '$gui_version'"
searched=$(grep -F "checking directory path" "$gui_log" || true)
grep -qF "\"$usr/plugins/platforms\"" <<<"$searched" ||
    die "Qt did not search the AppDir's plugins: $(cat "$gui_log")"
outside=$(grep -vF "\"$appdir/" <<<"$searched" || true)
[ -z "$outside" ] || die "Qt searched for plugins outside the AppDir: $outside"
say "AppDir checked: desktop file, metainfo, libraries, plugins, both programs start"

# ---- The squashfs -----------------------------------------------------------------------------
# zstd is what the type 2 runtime reads. Owned by root, and dated from the last commit (or
# SOURCE_DATE_EPOCH), so that the same sources give the same image.
epoch=${SOURCE_DATE_EPOCH:-$(git -C "$source_dir" log -1 --format=%ct 2>/dev/null || echo 0)}
mksquashfs "$appdir" "$squashfs" -comp zstd -root-owned -noappend -no-xattrs -all-time "$epoch" \
    -mkfs-time "$epoch" -no-progress -quiet >/dev/null || die "mksquashfs failed"
superblock=$(unsquashfs -s "$squashfs") || die "unsquashfs cannot read $squashfs"
grep -qx 'Compression zstd' <<<"$superblock" || die "$squashfs is not zstd-compressed"
listed=$(unsquashfs -d '' -lc "$squashfs" | sort) || die "unsquashfs cannot read $squashfs"
expected=$(cd "$appdir" && find . ! -type d | sed 's|^\./|/|' | sort)
[ "$listed" = "$expected" ] || die "$squashfs does not hold exactly the AppDir"
say "$squashfs: $(du -h "$squashfs" | cut -f1), $(wc -l <<<"$listed") files, in $((SECONDS - started)) s"

# ---- The AppImage -----------------------------------------------------------------------------
runtime=${ECLUSE_APPIMAGE_RUNTIME:-}
if [ -z "$runtime" ]; then
    say "no runtime given: stopping at the squashfs. To build the AppImage, download the runtime"
    say "  $runtime_url"
    say "  (SHA-256 $runtime_sha256)"
    say "and run again with ECLUSE_APPIMAGE_RUNTIME=/path/to/runtime-x86_64."
    [ "$squashfs_only" = 1 ] && exit 0
    exit 1
fi
[ -f "$runtime" ] || die "ECLUSE_APPIMAGE_RUNTIME: $runtime is not a file"
actual=$(sha256sum <"$runtime" | cut -d' ' -f1)
[ "$actual" = "$runtime_sha256" ] ||
    die "$runtime has SHA-256 $actual, not $runtime_sha256, that of runtime-x86_64 $runtime_release: $runtime_url"
# An AppImage of type 2 is an ELF file with "AI" and 2 at offset 8, followed by the squashfs.
[ "$(head -c 11 "$runtime" | tail -c 3 | od -An -tx1 | tr -d ' ')" = 414902 ] ||
    die "$runtime is not an AppImage type 2 runtime"
cat "$runtime" "$squashfs" >"$appimage.part"
chmod 0755 "$appimage.part"
offset=$(stat -c %s "$runtime")
unsquashfs -o "$offset" -s "$appimage.part" >/dev/null ||
    die "the squashfs is not at offset $offset of the AppImage"
mv "$appimage.part" "$appimage"
say "$appimage: $(du -h "$appimage" | cut -f1), in $((SECONDS - started)) s"
