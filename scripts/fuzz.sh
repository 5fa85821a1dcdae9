#!/usr/bin/env bash
# Runs every libFuzzer target of tests/fuzz for a bounded time, on a copy of its seed corpus in a
# private temporary folder (nothing is written into the repository). Builds the sanitizer build
# first if needed (scripts/sanitize.sh --build-only). Fails if any target finds anything: a
# crash, a sanitizer report, an exception other than ecluse::Error, a slow input or an
# allocation past the limits of tests/fuzz/CMakeLists.txt; the inputs that did it are printed
# and kept.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]     default: 60 seconds each, every target
#
# Environment: ECLUSE_SANITIZE_BUILD_DIR (default ./build-sanitize), ECLUSE_FUZZ_JOBS (targets
# run side by side, default: the number of cores).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${ECLUSE_SANITIZE_BUILD_DIR:-$here/build-sanitize}
seconds=${1:-60}
[ $# -gt 0 ] && shift
jobs=${ECLUSE_FUZZ_JOBS:-$(nproc 2>/dev/null || echo 2)}

say() { printf 'fuzz: %s\n' "$*" >&2; }

case "$seconds" in
'' | *[!0-9]*)
    say "usage: scripts/fuzz.sh [SECONDS] [TARGET...]"
    exit 1
    ;;
esac

"$here/scripts/sanitize.sh" --build-only
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    mapfile -t targets <"$build/tests/fuzz/targets.txt"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/ecluse-fuzz.XXXXXX")
keep=0
cleanup() { [ "$keep" = 1 ] || rm -rf "$work"; }
trap cleanup EXIT

# The limits (time per input, allocation, memory) are tests/fuzz/CMakeLists.txt's. UBSan stops
# at its first report; LeakSanitizer runs after each input that leaked.
mapfile -t limits <"$build/tests/fuzz/limits.txt"
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export ASAN_OPTIONS=detect_leaks=1:strict_string_checks=1:check_initialization_order=1:strict_init_order=1:alloc_dealloc_mismatch=1

run_target() {
    local target=$1 binary="$build/tests/fuzz/fuzz_$1"
    local corpus="$work/corpus/$target" artifacts="$work/artifacts/$target" log="$work/$target.log"
    mkdir -p "$corpus" "$artifacts" "$work/tmp/$target"
    cp "$here/tests/fuzz/corpus/$target/"* "$corpus/"
    local start=$SECONDS status=0
    TMPDIR="$work/tmp/$target" "$binary" "$corpus" \
        -max_total_time="$seconds" $ECLUSE_FUZZ_LIMITS \
        -artifact_prefix="$artifacts/" -print_final_stats=1 >"$log" 2>&1 || status=$?
    local execs
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    echo "$target $status $((SECONDS - start)) ${execs:-?}" >"$work/$target.result"
}
export -f run_target
ECLUSE_FUZZ_LIMITS="${limits[*]}"
export here build work seconds ECLUSE_FUZZ_LIMITS

say "$seconds s for each of ${#targets[@]} targets, $jobs at a time; work folder $work"
started=$SECONDS
printf '%s\n' "${targets[@]}" | xargs -P "$jobs" -I{} bash -c 'run_target "$1"' _ {}

failed=()
for target in "${targets[@]}"; do
    read -r name status elapsed execs <"$work/$target.result"
    say "$(printf '%-22s %4ss %10s runs  %s' "$name" "$elapsed" "$execs" "$([ "$status" = 0 ] && echo ok || echo "FAILED ($status)")")"
    [ "$status" = 0 ] || failed+=("$target")
done

if [ ${#failed[@]} -gt 0 ]; then
    keep=1
    for target in "${failed[@]}"; do
        say "---- $target: end of its log ($work/$target.log)"
        tail -n 60 "$work/$target.log" >&2
        for artifact in "$work/artifacts/$target/"*; do
            [ -f "$artifact" ] || continue
            say "input $artifact ($(stat -c %s "$artifact") bytes), base64:"
            head -c 65536 "$artifact" | base64 >&2
            say "reproduce: $build/tests/fuzz/fuzz_$target ${limits[*]} $artifact"
            say "keep it as tests/fuzz/regressions/$target/<what-it-shows> so that CTest replays it"
        done
    done
    say "findings in: ${failed[*]} (kept in $work) after $((SECONDS - started)) s"
    exit 1
fi
say "no finding in ${#targets[@]} targets after $((SECONDS - started)) s"
