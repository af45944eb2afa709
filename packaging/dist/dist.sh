#!/usr/bin/env bash
# `make dist`: writes dist/ from this tree.
#
#   wsa_error-VERSION-windows-x86_64.zip   the Windows kit (DLL, CLI, import and static
#                                          libraries, headers, CMake package, docs)
#   wsa_error-VERSION-linux-x86_64.tar.gz  what `make install` writes, relocatable
#   wsa_error-VERSION-cp310-abi3-*.whl      the Python wheels, manylinux and win_amd64
#   wsa_error-VERSION.tar.gz               the Python sdist
#   SHA256SUMS                             over all of the above
#
# The Makefile passes VERSION and SONAME (their homes are Cargo.toml and
# bindings/c/build.rs) and MAKE. Builds go to $CARGO_TARGET_DIR (default
# target/), staging to its dist/ folder; dist/ is emptied first. The tools are
# not installed here: tests/dist/run.sh installs them.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
ROOT=$PWD
: "${VERSION:?run through make dist, which passes VERSION}"
: "${SONAME:?run through make dist, which passes SONAME}"
MAKE=${MAKE:-make}
TARGET_DIR=$(realpath -m "${CARGO_TARGET_DIR:-target}")
export CARGO_TARGET_DIR=$TARGET_DIR

DIST=$ROOT/dist
STAGING=$TARGET_DIR/dist
WINDOWS_TARGET=x86_64-pc-windows-gnu
WINDOWS_RELEASE=$TARGET_DIR/$WINDOWS_TARGET/release
WINDOWS_KIT=wsa_error-$VERSION-windows-x86_64
LINUX_KIT=wsa_error-$VERSION-linux-x86_64
# maturin at the version the Python tests pin (bindings/python/requirements-dev.txt).
MATURIN_VENV=$TARGET_DIR/dist-venv
MATURIN_PIN=$(grep -x 'maturin==[0-9.]*' bindings/python/requirements-dev.txt)
PYTHON_MANIFEST=bindings/python/Cargo.toml

log() { printf '\n==> %s\n' "$*"; }
die() { echo "error: $*" >&2; exit 1; }

# command -> Debian package (or how to get it)
require_tools() {
    local item what how missing=()
    for item in "cargo:rustup" "x86_64-w64-mingw32-gcc:mingw-w64" \
        "x86_64-w64-mingw32-objdump:binutils-mingw-w64-x86-64" "x86_64-w64-mingw32-strip:binutils-mingw-w64-x86-64" \
        "llvm-dlltool:llvm" "zip:zip" "python3:python3" "sha256sum:coreutils"; do
        what=${item%%:*}
        how=${item#*:}
        command -v "$what" >/dev/null || missing+=("$what (Debian package $how)")
    done
    rustup target list --installed | grep -qx "$WINDOWS_TARGET" ||
        missing+=("the Rust target $WINDOWS_TARGET (rustup target add $WINDOWS_TARGET)")
    python3 -c 'import ensurepip, venv' 2>/dev/null || missing+=("python3's venv (Debian package python3-venv)")
    ((${#missing[@]} == 0)) || die "make dist needs: ${missing[*]}; tests/dist/run.sh installs them all"
}

# The names the DLL exports, one a line, as its export table lists them.
dll_exports() {
    x86_64-w64-mingw32-objdump -p "$1" | sed -n '/^\[Ordinal\/Name Pointer\] Table/,/^$/s/^\t\[ *[0-9]*\] //p'
}

# The MSVC import library: a .def of the DLL's exports, then llvm-dlltool.
msvc_import_library() {
    local dll=$1 lib=$2 def=${2%.lib}.def
    {
        echo "LIBRARY ${dll##*/}"
        echo "EXPORTS"
        dll_exports "$dll" | sed 's/^/    /'
    } >"$def"
    grep -q '^    wsa_error_' "$def" || die "no export found in $dll"
    llvm-dlltool -m i386:x86-64 -d "$def" -l "$lib"
}

windows_kit() {
    local kit=$STAGING/$WINDOWS_KIT licence found=0
    log "Windows kit: $WINDOWS_KIT.zip"
    # The C library alone (see Makefile `build`), then the command.
    cargo build --release -p wsa-error-ffi --target "$WINDOWS_TARGET"
    cargo build --release -p wsa-error-cli --target "$WINDOWS_TARGET"
    rm -rf "$kit"
    mkdir -p "$kit/bin" "$kit/lib/cmake/wsa_error" "$kit/include" "$kit/docs"
    x86_64-w64-mingw32-strip -o "$kit/bin/wsa_error.dll" "$WINDOWS_RELEASE/wsa_error.dll"
    x86_64-w64-mingw32-strip -o "$kit/bin/wsa-error.exe" "$WINDOWS_RELEASE/wsa-error.exe"
    msvc_import_library "$kit/bin/wsa_error.dll" "$kit/lib/wsa_error.lib"
    cp "$WINDOWS_RELEASE/libwsa_error.dll.a" "$WINDOWS_RELEASE/libwsa_error.a" "$kit/lib/"
    cp include/wsa_error.h bindings/cpp/include/*.hpp "$kit/include/"
    sed -e "s|@VERSION@|$VERSION|g" packaging/dist/wsa_error-config-windows.cmake.in \
        >"$kit/lib/cmake/wsa_error/wsa_error-config.cmake"
    # The version rule of the installed package; the kit is 64-bit wherever it is built.
    sed -e "s|@VERSION@|$VERSION|g" -e "s|@SONAME@|$SONAME|g" -e "s|@SIZEOF_VOID_P@|8|g" \
        -e 's|written by `make install`|written by `make dist`|' packaging/wsa_error-config-version.cmake.in \
        >"$kit/lib/cmake/wsa_error/wsa_error-config-version.cmake"
    cp README.md "$kit/"
    cp docs/errors.md "$kit/docs/"
    for licence in LICENSE* LICENCE* COPYING*; do
        [[ -f $licence ]] && cp "$licence" "$kit/" && found=1
    done
    ((found)) || echo "note: the repository has no licence file, so the kit carries none"
    (cd "$STAGING" && zip -qrX "$DIST/$WINDOWS_KIT.zip" "$WINDOWS_KIT")
}

linux_tarball() {
    local staged=$STAGING/linux pc
    log "Linux tarball: $LINUX_KIT.tar.gz"
    rm -rf "$staged"
    "$MAKE" --no-print-directory install PREFIX="/$LINUX_KIT" DESTDIR="$staged"
    # pkg-config: the prefix is where the .pc file is, two levels up.
    pc=$staged/$LINUX_KIT/lib/pkgconfig/wsa_error.pc
    sed -i 's|^prefix=.*|prefix=${pcfiledir}/../..|' "$pc"
    # Nothing may still name the staging prefix (the CMake package finds its own place).
    if grep -rl "/$LINUX_KIT" "$staged/$LINUX_KIT"; then die "the files above name /$LINUX_KIT"; fi
    tar -C "$staged" --sort=name --owner=0 --group=0 --numeric-owner -czf "$DIST/$LINUX_KIT.tar.gz" "$LINUX_KIT"
}

maturin_venv() {
    if ! "$MATURIN_VENV/bin/maturin" --version 2>/dev/null | grep -qx "maturin ${MATURIN_PIN#maturin==}"; then
        echo "python: installing $MATURIN_PIN into $MATURIN_VENV"
        rm -rf "$MATURIN_VENV"
        python3 -m venv "$MATURIN_VENV"
        "$MATURIN_VENV/bin/pip" install --quiet --disable-pip-version-check "$MATURIN_PIN"
    fi
}

python_packages() {
    log "Python: the abi3 wheels for Linux and Windows, and the sdist"
    maturin_venv
    # pyproject.toml names the profile (python: release that unwinds). PyO3
    # (0.30) links python3.dll with raw-dylib, so the Windows wheel needs
    # neither a Windows Python nor an import library of it (the deprecated
    # generate-import-lib feature is no longer needed).
    PATH=$MATURIN_VENV/bin:$PATH maturin build --manifest-path "$PYTHON_MANIFEST" --out "$DIST"
    PATH=$MATURIN_VENV/bin:$PATH maturin build --manifest-path "$PYTHON_MANIFEST" --target "$WINDOWS_TARGET" \
        --out "$DIST"
    PATH=$MATURIN_VENV/bin:$PATH maturin sdist --manifest-path "$PYTHON_MANIFEST" --out "$DIST"
}

checksums() {
    log "SHA256SUMS"
    # Written beside dist/ first, so the listing never sees a half-written file.
    (cd "$DIST" && find . -maxdepth 1 -type f -printf '%f\n' | LC_ALL=C sort | xargs sha256sum --) \
        >"$STAGING/SHA256SUMS"
    mv "$STAGING/SHA256SUMS" "$DIST/SHA256SUMS"
    cat "$DIST/SHA256SUMS"
}

main() {
    require_tools
    rm -rf "$DIST"
    mkdir -p "$DIST" "$STAGING"
    windows_kit
    linux_tarball
    python_packages
    checksums
    echo "dist/: $(cd "$DIST" && ls | tr '\n' ' ')"
}

main "$@"
