#!/usr/bin/env bash
# Installs what the tests need when it is missing, saying what it installs:
# Debian packages through apt-get, the Rust target and components through
# rustup. `make deps` runs it; `make test` runs it first.
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=tests/lib/common.sh
source tests/lib/common.sh

# ---- what the run needs ------------------------------------------------------

# command-or-file -> Debian package that provides it
REQUIREMENTS=(
    "gcc:gcc" "g++:g++" "make:make" "readelf:binutils" "valgrind:valgrind" "python3:python3"
    "x86_64-w64-mingw32-gcc:mingw-w64" "/usr/share/mingw-w64/include/winerror.h:mingw-w64-common"
    "wine:wine" "/usr/lib/wine/wine64:wine64"
    "cmake:cmake" "pkg-config:pkgconf"
    "objdump:binutils" "c++filt:binutils" "setarch:util-linux"
    "/usr/lib/x86_64-linux-gnu/libasan.so.8:libasan8" "/usr/lib/x86_64-linux-gnu/libubsan.so.1:libubsan1"
    "/usr/lib/x86_64-linux-gnu/libtsan.so.2:libtsan2"
    "clang:clang" "lld-link:lld" "llvm-dlltool:llvm" "llvm-nm:llvm" "zip:zip" "unzip:unzip" "ldd:libc-bin"
)

install_missing_packages() {
    local missing=() item what package
    for item in "${REQUIREMENTS[@]}"; do
        what=${item%%:*}
        package=${item#*:}
        if [[ $what == /* ]]; then [[ -e $what ]] && continue; else command -v "$what" >/dev/null && continue; fi
        [[ " ${missing[*]} " == *" $package "* ]] || missing+=("$package")
    done
    # Debian's python3 makes virtualenvs only with python3-venv.
    if command -v python3 >/dev/null && ! python3 -c 'import ensurepip, venv' 2>/dev/null; then
        missing+=(python3-venv)
    fi
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
    local targets components
    targets=$(rustup target list --installed) || return 1
    if ! grep -x "$WINDOWS_TARGET" <<<"$targets" >/dev/null; then
        echo "rust: installing the $WINDOWS_TARGET target with rustup"
        rustup target add "$WINDOWS_TARGET" || return 1
    fi
    local component
    components=$(rustup component list --installed) || return 1
    for component in clippy rustfmt; do
        if ! grep "^$component" <<<"$components" >/dev/null; then
            echo "rust: installing $component with rustup"
            rustup component add "$component" || return 1
        fi
    done
}


# The nightly toolchain the hardening steps use (Miri, cargo-fuzz, -Zsanitizer).
install_missing_nightly_parts() {
    local toolchains installed component
    toolchains=$(rustup toolchain list) || return 1
    if ! grep '^nightly' <<<"$toolchains" >/dev/null; then
        echo "rust: installing the nightly toolchain with rustup"
        rustup toolchain install nightly --profile minimal || return 1
    fi
    installed=$(rustup +nightly component list --installed) || return 1
    for component in miri rust-src; do
        if ! grep "^$component" <<<"$installed" >/dev/null; then
            echo "rust: installing the nightly $component component with rustup"
            rustup +nightly component add "$component" || return 1
        fi
    done
}

install_missing_packages || { echo "error: could not install system packages" >&2; exit 1; }
install_missing_rust_parts || { echo "error: could not install Rust parts" >&2; exit 1; }
install_missing_nightly_parts || { echo "error: could not install the nightly toolchain" >&2; exit 1; }
echo "deps: everything the tests need is here"
