#!/usr/bin/env bash
# The one test command (`make test`): every test in every language.
#
# Installs what it needs when missing, saying what it installs: Debian
# packages through apt-get (C/C++ compilers, valgrind, python3, mingw-w64,
# wine) and the Rust target x86_64-pc-windows-gnu through rustup. Then runs
# each step, keeps going after a failure, and ends with one line
# "steps: N passed, N failed"; the exit status is non-zero if any step failed.
#
# Environment:
#   CARGO_TARGET_DIR   reused if set (default: ./target)
# Nothing is skipped: a step that cannot run fails and says why.
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
TARGET_DIR=${CARGO_TARGET_DIR:-$ROOT/target}
RELEASE=$TARGET_DIR/release
WINDOWS_TARGET=x86_64-pc-windows-gnu
WINDOWS=$TARGET_DIR/$WINDOWS_TARGET/release
OUT=$TARGET_DIR/tests
STRICT_C=(-Wall -Wextra -Wpedantic -Werror)

log() { printf '\n==> %s\n' "$*"; }

# ---- what the run needs ------------------------------------------------------

# command-or-file -> Debian package that provides it
REQUIREMENTS=(
    "gcc:gcc" "g++:g++" "make:make" "readelf:binutils" "valgrind:valgrind" "python3:python3"
    "x86_64-w64-mingw32-gcc:mingw-w64" "/usr/share/mingw-w64/include/winerror.h:mingw-w64-common"
    "wine:wine" "/usr/lib/wine/wine64:wine64"
)

install_missing_packages() {
    local missing=() item what package
    for item in "${REQUIREMENTS[@]}"; do
        what=${item%%:*}
        package=${item#*:}
        if [[ $what == /* ]]; then [[ -e $what ]] && continue; else command -v "$what" >/dev/null && continue; fi
        [[ " ${missing[*]} " == *" $package "* ]] || missing+=("$package")
    done
    if ((${#missing[@]} == 0)); then
        echo "system packages: all present"
        return 0
    fi
    echo "system packages: installing ${missing[*]} with apt-get (wine takes about 3 minutes)"
    local sudo=()
    if ((EUID != 0)); then
        command -v sudo >/dev/null || { echo "error: need root or sudo to install ${missing[*]}" >&2; return 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
        "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

install_missing_rust_parts() {
    if ! rustup target list --installed | grep -qx "$WINDOWS_TARGET"; then
        echo "rust: installing the $WINDOWS_TARGET target with rustup"
        rustup target add "$WINDOWS_TARGET" || return 1
    fi
    local component
    for component in clippy rustfmt; do
        if ! rustup component list --installed | grep -q "^$component"; then
            echo "rust: installing $component with rustup"
            rustup component add "$component" || return 1
        fi
    done
}

# ---- steps -------------------------------------------------------------------

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

# Links a C or C++ test program against the shared library in $RELEASE.
build_against_shared() {
    local compiler=$1 std=$2 source=$3 output=$4
    "$compiler" "-std=$std" "${STRICT_C[@]}" -I include "$source" -L "$RELEASE" -lwsa_error \
        "-Wl,-rpath,$RELEASE" -o "$output"
}

shared_library_has_soname() {
    local soname
    soname=$(readelf -d "$RELEASE/libwsa_error.so" | sed -n 's/.*Library soname: \[\(.*\)\]/\1/p')
    echo "SONAME: ${soname:-none}"
    [[ $soname == libwsa_error.so.* ]] || return 1
    # Programs linked against libwsa_error.so look for the SONAME file at run time.
    ln -sf libwsa_error.so "$RELEASE/$soname"
}

c_api_shared() {
    local std
    for std in c99 c11; do
        build_against_shared gcc "$std" tests/c/test_api.c "$OUT/test_api_$std" && "$OUT/test_api_$std" || return 1
    done
}

c_api_static() {
    # The static archive must not need the shared one: link it by path, alone.
    gcc -std=c11 "${STRICT_C[@]}" -I include tests/c/test_api.c "$RELEASE/libwsa_error.a" \
        -lpthread -lm -ldl -o "$OUT/test_api_static" &&
        ! ldd "$OUT/test_api_static" | grep -q wsa_error &&
        "$OUT/test_api_static"
}

c_api_valgrind() {
    valgrind --quiet --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=all \
        "$OUT/test_api_c11"
}

header_compiles() {
    build_against_shared gcc c99 tests/c/header_only.c "$OUT/header_c99" && "$OUT/header_c99" &&
        build_against_shared gcc c11 tests/c/header_only.c "$OUT/header_c11" && "$OUT/header_c11" &&
        build_against_shared g++ c++11 tests/c/header_only.cpp "$OUT/header_cxx11" && "$OUT/header_cxx11" &&
        build_against_shared g++ c++20 tests/c/header_only.cpp "$OUT/header_cxx20" && "$OUT/header_cxx20"
}

c_snapshot() {
    build_against_shared gcc c11 tests/c/catalog_dump.c "$OUT/catalog_dump" &&
        "$OUT/catalog_dump" >"$OUT/catalog_dump.tsv" &&
        python3 tests/compare_snapshot.py c-linux <"$OUT/catalog_dump.tsv"
}

# ---- Windows, built with mingw-w64 and run under Wine -------------------------

mingw() {
    local output=$1
    shift
    x86_64-w64-mingw32-gcc -std=c11 "${STRICT_C[@]}" -I include "$@" "$WINDOWS/libwsa_error.dll.a" -lws2_32 \
        -o "$WINDOWS/$output"
}

windows_header_beside_winsock() {
    mingw header_winsock_first.exe -DWINSOCK_FIRST tests/c/header_only.c &&
        mingw header_winsock_after.exe -DWINSOCK_AFTER tests/c/header_only.c
}

run_wine() {
    (cd "$WINDOWS" && WINEPREFIX=$TARGET_DIR/wineprefix WINEDEBUG=-all wine "$@")
}

windows_programs() {
    # Rust's standard library imports bcryptprimitives.dll, which Wine 8 lacks;
    # the test directory gets a small stand-in (see the file's comment).
    x86_64-w64-mingw32-gcc -Wall -Wextra -Werror -shared -o "$WINDOWS/bcryptprimitives.dll" \
        tests/windows/bcryptprimitives_shim.c -ladvapi32 &&
        mingw winsock_e2e.exe tests/windows/winsock_e2e.c &&
        mingw catalog_dump.exe tests/c/catalog_dump.c &&
        mingw header_run.exe tests/c/header_only.c
}

windows_end_to_end() {
    run_wine header_run.exe && run_wine winsock_e2e.exe
}

windows_snapshot() {
    run_wine catalog_dump.exe >"$OUT/catalog_dump_windows.tsv" &&
        python3 tests/compare_snapshot.py windows-dll <"$OUT/catalog_dump_windows.tsv"
}

# ---- the run -----------------------------------------------------------------

main() {
    local started=$SECONDS
    log "preparing"
    install_missing_packages || { echo "error: could not install system packages" >&2; exit 1; }
    install_missing_rust_parts || { echo "error: could not install Rust parts" >&2; exit 1; }
    mkdir -p "$OUT"

    step "rust: rustfmt" cargo fmt --all --check
    step "rust: clippy -D warnings" cargo clippy --workspace --all-targets --release -- -D warnings
    step "rust: release build (libwsa_error.so, libwsa_error.a)" cargo build --release --lib
    step "rust: tests (catalog, SDK headers, generated-file drift)" cargo test --workspace --release
    step "c: shared library has a SONAME" shared_library_has_soname
    step "c: API test against the shared library (C99, C11)" c_api_shared
    step "c: API test against the static library" c_api_static
    step "c: API test under valgrind memcheck" c_api_valgrind
    step "c: header alone as C99, C11, C++11, C++20" header_compiles
    step "c: every entry matches docs/catalog.json" c_snapshot
    step "windows: cross build (wsa_error.dll)" cargo build --release --lib --target "$WINDOWS_TARGET"
    step "windows: header beside <winsock2.h>, both orders" windows_header_beside_winsock
    step "windows: build test programs with mingw-w64" windows_programs
    step "windows: real Winsock failures under Wine" windows_end_to_end
    step "windows: the DLL matches docs/catalog.json under Wine" windows_snapshot

    log "summary ($((SECONDS - started)) s)"
    local name
    for name in "${PASSED[@]}"; do echo "  ok    $name"; done
    for name in "${FAILED[@]}"; do echo "  FAIL  $name"; done
    echo "steps: ${#PASSED[@]} passed, ${#FAILED[@]} failed"
    ((${#FAILED[@]} == 0))
}

main "$@"
