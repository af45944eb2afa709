#!/usr/bin/env bash
# What every area of the test driver shares: the paths, the step/check/report
# tally and the link line. Sourced by tests/run_all.sh and tests/deps.sh.

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
ROOT=$PWD
TARGET_DIR=${CARGO_TARGET_DIR:-$ROOT/target}
RELEASE=$TARGET_DIR/release
WINDOWS_TARGET=x86_64-pc-windows-gnu
WINDOWS=$TARGET_DIR/$WINDOWS_TARGET/release
OUT=$TARGET_DIR/tests
STRICT_C=(-Wall -Wextra -Wpedantic -Werror)

log() { printf '\n==> %s\n' "$*"; }

# ---- steps -------------------------------------------------------------------

STARTED=$SECONDS
PASSED=()
FAILED=()

step() {
    local name=$1
    shift
    log "$name"
    if "$@"; then
        PASSED+=("$name")
    else
        FAILED+=("$name")
        echo "FAILED: $name" >&2
    fi
}

# check WHAT COMMAND...: one counted check inside a step; report NAME prints
# "NAME: N passed, N failed" for the checks since the last report, resets the
# tally, and fails if any check failed.
CHECKS_PASSED=0
CHECKS_FAILED=0
check() {
    local what=$1
    shift
    if "$@"; then
        CHECKS_PASSED=$((CHECKS_PASSED + 1))
    else
        CHECKS_FAILED=$((CHECKS_FAILED + 1))
        echo "check failed: $what" >&2
    fi
}
report() {
    local failed=$CHECKS_FAILED
    echo "$1: $CHECKS_PASSED passed, $failed failed"
    CHECKS_PASSED=0
    CHECKS_FAILED=0
    ((failed == 0))
}

# Links a C or C++ test program against the shared library in $RELEASE.
build_against_shared() {
    local compiler=$1 std=$2 source=$3 output=$4
    "$compiler" "-std=$std" "${STRICT_C[@]}" -I include "$source" -L "$RELEASE" -lwsa_error \
        "-Wl,-rpath,$RELEASE" -o "$output"
}

# same_text FOUND EXPECTED: equal, or a diff on stderr.
same_text() { [[ $1 == "$2" ]] || diff -u --label found --label expected <(echo "$1") <(echo "$2") >&2; }
# Every file and symlink under $1, relative to it, one a line, sorted.
files_under() { (cd "$1" && find . -type f -o -type l) | sed 's|^\./||' | LC_ALL=C sort; }
# run_logged LOG COMMAND...: runs quietly, showing the log only if the command fails.
run_logged() {
    local log=$1
    shift
    "$@" >"$log" 2>&1 || { cat "$log" >&2; return 1; }
}

# The C library, built alone (in one cargo command with the CLI, cargo would
# turn on the catalog's std feature for it too), and the link named after its
# SONAME, which programs linked against libwsa_error.so look for at run time.
# Every area that links the library runs this first; a second run is a no-op.
build_c_library() {
    cargo build --release -p wsa-error-ffi || return 1
    local soname
    soname=$(readelf -d "$RELEASE/libwsa_error.so" | sed -n 's/.*Library soname: \[\(.*\)\]/\1/p') || return 1
    [[ $soname == libwsa_error.so.* ]] || { echo "libwsa_error.so has no SONAME" >&2; return 1; }
    ln -sf libwsa_error.so "$RELEASE/$soname"
}

# The end of a run: every step's result and the closing count.
summary() {
    log "summary ($((SECONDS - STARTED)) s)"
    local name
    for name in "${PASSED[@]}"; do echo "  ok    $name"; done
    for name in "${FAILED[@]}"; do echo "  FAIL  $name"; done
    echo "steps: ${#PASSED[@]} passed, ${#FAILED[@]} failed"
    ((${#FAILED[@]} == 0))
}
