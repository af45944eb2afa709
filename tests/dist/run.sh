#!/usr/bin/env bash
# The downloadable files, proven (issue 15): runs `make dist`, then uses each
# file in dist/ the way the people it is for would.
#
#   Windows kit   unzipped into a fresh folder: a C++ and two C programs built
#                 with CMake, mingw-w64 and find_package(wsa_error); a C program
#                 for the MSVC ABI (clang) linked by lld-link against
#                 lib/wsa_error.lib alone; bin/wsa-error.exe against the Linux
#                 command, byte for byte. All run under Wine.
#   Linux tarball unpacked into a random folder: a C program built with nothing
#                 but pkg-config's flags, and a CMake consumer.
#   wheels        the Windows wheel's tag, its extension's exports and imports,
#                 its Python files against the Linux wheel's; the Linux wheel
#                 installed offline into a fresh virtualenv. The sdist's contents.
#   crates        `cargo package` for every package meant for crates.io.
#
# What it needs is installed by tests/deps.sh (make deps; make test runs it
# first). Ends with "dist: N passed, N failed" and exits non-zero if any check
# failed.
#
# Environment: CARGO_TARGET_DIR reused if set (default ./target). The release
# builds are reused; output goes to $CARGO_TARGET_DIR/tests/dist.
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.." || exit 1
# shellcheck source=tests/lib/common.sh
source tests/lib/common.sh
TARGET_DIR=$(realpath -m "$TARGET_DIR")
export CARGO_TARGET_DIR=$TARGET_DIR
RELEASE=$TARGET_DIR/release
OUT=$TARGET_DIR/tests/dist
DIST=$ROOT/dist
export WINEPREFIX=$TARGET_DIR/wineprefix WINEDEBUG=-all

# The single top-level folder of an archive listing on stdin.
top_folders() { cut -d/ -f1 | LC_ALL=C sort -u; }
# The DLLs a PE file imports, sorted, one line.
pe_imports() { x86_64-w64-mingw32-objdump -p "$1" | sed -n 's/^\tDLL Name: //p' | LC_ALL=C sort | tr '\n' ' '; }
# The names a PE file exports, sorted, one a line.
pe_exports() {
    x86_64-w64-mingw32-objdump -p "$1" | sed -n '/^\[Ordinal\/Name Pointer\] Table/,/^$/s/^\t\[ *[0-9]*\] //p' |
        LC_ALL=C sort
}
imports_dll() { [[ " $(pe_imports "$1")" == *" $2 "* ]]; }
imports_no_mingw_runtime() { [[ " $(pe_imports "$1")" != *" lib"* ]]; }
# wine_in DIR PROGRAM ARGS...: runs a Windows program from DIR under Wine.
wine_in() {
    local dir=$1
    shift
    (cd "$dir" && wine "$@")
}

# SHA256SUMS lists every other file of dist/, and each matches.
sums_cover_dist() {
    (cd "$DIST" && sha256sum --quiet -c SHA256SUMS) &&
        same_text "$(cut -d' ' -f3 "$DIST/SHA256SUMS")" \
            "$(find "$DIST" -maxdepth 1 -type f ! -name SHA256SUMS -printf '%f\n' | LC_ALL=C sort)"
}

# ---- the Windows kit ---------------------------------------------------------

windows_kit_layout() {
    local zip=$DIST/$WINDOWS_KIT.zip header expected licence
    check "$WINDOWS_KIT.zip holds one folder, $WINDOWS_KIT" \
        same_text "$(unzip -Z1 "$zip" | top_folders)" "$WINDOWS_KIT"
    check "it unzips into a fresh folder" unzip -q "$zip" -d "$WINDOWS_UNPACKED"
    expected=$(
        printf '%s\n' bin/wsa_error.dll bin/wsa-error.exe lib/wsa_error.lib lib/wsa_error.def \
            lib/libwsa_error.dll.a lib/libwsa_error.a lib/cmake/wsa_error/wsa_error-config.cmake \
            lib/cmake/wsa_error/wsa_error-config-version.cmake README.md docs/errors.md include/wsa_error.h
        for header in bindings/cpp/include/*.hpp; do echo "include/${header##*/}"; done
        for licence in LICENSE* LICENCE* COPYING*; do [[ -f $licence ]] && echo "$licence"; done
    )
    check "the kit holds exactly its files" same_text "$(files_under "$KIT")" "$(LC_ALL=C sort <<<"$expected")"
    for header in include/wsa_error.h bindings/cpp/include/*.hpp; do
        check "include/${header##*/} is $header" cmp -s "$header" "$KIT/include/${header##*/}"
    done
    check "README.md and docs/errors.md are the repository's" \
        eval 'cmp -s README.md "$KIT/README.md" && cmp -s docs/errors.md "$KIT/docs/errors.md"'
    check "bin/wsa_error.dll imports only KERNEL32.dll and msvcrt.dll ($(pe_imports "$KIT/bin/wsa_error.dll"))" \
        test "$(pe_imports "$KIT/bin/wsa_error.dll")" = "KERNEL32.dll msvcrt.dll "
    check "bin/wsa_error.dll exports exactly tests/abi/exported_symbols.txt" \
        same_text "$(pe_exports "$KIT/bin/wsa_error.dll")" "$(cat tests/abi/exported_symbols.txt)"
    check "lib/wsa_error.def lists those exports for wsa_error.dll" same_text \
        "$(sed -n '1p;2p' "$KIT/lib/wsa_error.def"; sed -n '3,$s/^ *//p' "$KIT/lib/wsa_error.def" | LC_ALL=C sort)" \
        "$(printf 'LIBRARY wsa_error.dll\nEXPORTS\n'; cat tests/abi/exported_symbols.txt)"
    check "lib/wsa_error.lib imports each export from wsa_error.dll (__imp_ symbols)" same_text \
        "$(llvm-nm "$KIT/lib/wsa_error.lib" 2>/dev/null | sed -n 's/.* __imp_//p' | LC_ALL=C sort)" \
        "$(cat tests/abi/exported_symbols.txt)"
}

# (1) CMake with the mingw-w64 toolchain and find_package pointed at the kit.
windows_cmake_mingw() {
    local build=$OUT/windows-cmake program
    check "tests/dist/windows-cmake configures with the mingw-w64 toolchain and CMAKE_PREFIX_PATH=<kit>" \
        run_logged "$build.log" cmake -S tests/dist/windows-cmake -B "$build" -DCMAKE_BUILD_TYPE=Release \
        -DCMAKE_TOOLCHAIN_FILE="$ROOT/tests/dist/mingw-w64-x86_64.cmake" -DCMAKE_PREFIX_PATH="$KIT"
    grep -o 'wsa_error [^ ]* from .*' "$build.log" | sed 's/^/        found /'
    check "cmake_cpp, cmake_shared and cmake_static build" run_logged "$build.build.log" cmake --build "$build" -j 2
    for program in cmake_cpp cmake_shared cmake_static; do
        check "$program.exe needs no MinGW runtime DLL ($(pe_imports "$build/$program.exe"))" \
            imports_no_mingw_runtime "$build/$program.exe"
        check "$program.exe runs under Wine" wine_in "$build" "./$program.exe"
    done
    check "cmake_cpp.exe and cmake_shared.exe import wsa_error.dll, cmake_static.exe does not" eval \
        'imports_dll "$build/cmake_cpp.exe" wsa_error.dll && imports_dll "$build/cmake_shared.exe" wsa_error.dll &&
            ! imports_dll "$build/cmake_static.exe" wsa_error.dll'
    check "the DLL beside them (\$<TARGET_RUNTIME_DLLS>) is bin/wsa_error.dll" \
        cmp -s "$build/wsa_error.dll" "$KIT/bin/wsa_error.dll"
}

# (2) The MSVC ABI: clang for x86_64-pc-windows-msvc, lld-link, lib/wsa_error.lib
# and nothing else of the kit (no C runtime: see tests/dist/msvc_abi.c).
windows_msvc_abi() {
    local build=$OUT/msvc
    mkdir -p "$build"
    check "an import library of three kernel32 functions (llvm-dlltool, tests/dist/kernel32.def)" \
        llvm-dlltool -m i386:x86-64 -d tests/dist/kernel32.def -l "$build/kernel32.lib"
    check "msvc_abi.c compiles for x86_64-pc-windows-msvc with the kit's header alone" \
        clang --target=x86_64-pc-windows-msvc -std=c11 "${STRICT_C[@]}" -O2 -ffreestanding -fno-builtin \
        -I "$KIT/include" -c tests/dist/msvc_abi.c -o "$build/msvc_abi.obj"
    check "lld-link links it against lib/wsa_error.lib (/nodefaultlib)" \
        lld-link /nologo /nodefaultlib /entry:msvc_abi_main /subsystem:console /machine:x64 \
        "/out:$build/msvc_abi.exe" "$build/msvc_abi.obj" "$KIT/lib/wsa_error.lib" "$build/kernel32.lib"
    check "msvc_abi.exe imports only wsa_error.dll and KERNEL32.dll ($(pe_imports "$build/msvc_abi.exe"))" \
        test "$(pe_imports "$build/msvc_abi.exe")" = "KERNEL32.dll wsa_error.dll "
    check "msvc_abi.exe runs under Wine with bin/wsa_error.dll beside it" \
        eval 'cp "$KIT/bin/wsa_error.dll" "$build/" && wine_in "$build" ./msvc_abi.exe'
}

# (3) bin/wsa-error.exe against the Linux command: standard output, standard
# error and exit status, byte for byte, with no normalisation (Wine passes the
# bytes through; Rust writes "\n" on Windows too).
CLI_CASES=("10054" "WSAECONNRESET" "0x80072746" "64" "0xC000020D" "--brief 10061" "--list"
    "WSACONNRESET" "--json 10054" "--search reset" "--markdown")

# same_outcome PREFIX: PREFIX.windows.* and PREFIX.linux.* (out, err, status) are the same bytes.
same_outcome() {
    local part
    for part in out err status; do
        cmp "$1.windows.$part" "$1.linux.$part" || return 1
    done
}

windows_cli() {
    local cases=$OUT/cli case n=0
    mkdir -p "$cases"
    for case in "${CLI_CASES[@]}"; do
        n=$((n + 1))
        # shellcheck disable=SC2086 # a case is a list of arguments
        wine_in "$KIT/bin" ./wsa-error.exe $case >"$cases/$n.windows.out" 2>"$cases/$n.windows.err"
        echo $? >"$cases/$n.windows.status"
        # shellcheck disable=SC2086
        "$RELEASE/wsa-error" $case >"$cases/$n.linux.out" 2>"$cases/$n.linux.err"
        echo $? >"$cases/$n.linux.status"
        check "wsa-error.exe $case: as on Linux ($(wc -c <"$cases/$n.linux.out") bytes out, $(wc -c \
            <"$cases/$n.linux.err") err, status $(cat "$cases/$n.linux.status"))" same_outcome "$cases/$n"
    done
}

# ---- the Linux tarball -------------------------------------------------------

LINUX_INSTALLED=(
    include/wsa_error.h include/wsa_error.hpp include/wsa_error_errc.hpp
    lib/cmake/wsa_error/wsa_error-config-version.cmake lib/cmake/wsa_error/wsa_error-config.cmake
    lib/libwsa_error.a lib/libwsa_error.so lib/libwsa_error.so.1 lib/pkgconfig/wsa_error.pc
)

# names_no_build_path FILE...: no FILE names the source tree, the target directory or the staging prefix.
names_no_build_path() { ! grep -l -e "$ROOT" -e "$TARGET_DIR" -e "/$LINUX_KIT" "$@"; }
loads_from() { ldd "$1" | grep "libwsa_error.so.1 => $2/libwsa_error.so.1 " >/dev/null; }

linux_tarball_layout() {
    local tarball=$DIST/$LINUX_KIT.tar.gz
    check "$LINUX_KIT.tar.gz holds one folder, $LINUX_KIT" \
        same_text "$(tar tzf "$tarball" | top_folders)" "$LINUX_KIT"
    check "it unpacks into a random folder (${LINUX_UNPACKED##*/})" tar xzf "$tarball" -C "$LINUX_UNPACKED"
    check "it holds exactly what make install writes" \
        same_text "$(files_under "$LINUX_ROOT")" "$(printf '%s\n' "${LINUX_INSTALLED[@]}" | LC_ALL=C sort)"
    check "the .pc file's prefix is its own place (\${pcfiledir}/../..)" \
        grep -qx 'prefix=${pcfiledir}/../..' "$LINUX_ROOT/lib/pkgconfig/wsa_error.pc"
    check "no metadata file names a build or staging path" \
        names_no_build_path "$LINUX_ROOT"/lib/pkgconfig/*.pc "$LINUX_ROOT"/lib/cmake/wsa_error/*.cmake
}

linux_pkg_config() {
    local -x PKG_CONFIG_PATH=$LINUX_ROOT/lib/pkgconfig
    unset PKG_CONFIG_SYSROOT_DIR PKG_CONFIG_LIBDIR
    local program=$OUT/pkgconfig_shared flags libdir
    flags=$(pkg-config --cflags --libs wsa_error)
    libdir=$(pkg-config --variable=libdir wsa_error)
    echo "  pkg-config --cflags --libs wsa_error: $flags"
    check "pkg-config --modversion is $VERSION" test "$(pkg-config --modversion wsa_error)" = "$VERSION"
    check "pkg-config's libdir is the unpacked lib/" test "$(realpath "$libdir")" = "$LINUX_ROOT/lib"
    # shellcheck disable=SC2086 # $flags is a list of compiler flags
    check "a C program builds with nothing but pkg-config's flags (and its libdir as RPATH)" \
        gcc -std=c99 "${STRICT_C[@]}" tests/install/consumer.c "-DPACKAGE_VERSION=\"$VERSION\"" $flags \
        "-Wl,-rpath,$libdir" -o "$program"
    check "it runs" "$program"
    check "it loads the unpacked lib/libwsa_error.so.1" loads_from "$program" "$libdir"
    flags=$(pkg-config --static --cflags --libs wsa_error)
    # shellcheck disable=SC2086
    check "a fully static C program builds with pkg-config --static" \
        gcc -static -std=c99 "${STRICT_C[@]}" tests/install/consumer.c "-DPACKAGE_VERSION=\"$VERSION\"" $flags \
        -o "$OUT/pkgconfig_static"
    check "it runs" "$OUT/pkgconfig_static"
}

linux_cmake() {
    local build=$OUT/linux-cmake
    check "the CMake consumer (tests/install/cmake) configures against the unpacked tree" \
        run_logged "$build.log" cmake -S tests/install/cmake -B "$build" -DCMAKE_PREFIX_PATH="$LINUX_ROOT"
    check "it builds" run_logged "$build.build.log" cmake --build "$build" -j 2
    check "cmake_cpp runs" "$build/cmake_cpp"
    check "cmake_cpp loads the unpacked lib/libwsa_error.so.1" loads_from "$build/cmake_cpp" "$LINUX_ROOT/lib"
    check "cmake_static runs" "$build/cmake_static"
}

# ---- the wheels and the sdist ------------------------------------------------

# The extension's import list may hold python3.dll and Windows' own DLLs only.
windows_system_dlls_only() {
    local dll
    for dll in $1; do
        case ${dll,,} in
            python3.dll | kernel32.dll | ntdll.dll | msvcrt.dll | api-ms-win-*.dll | bcryptprimitives.dll | \
                advapi32.dll | ws2_32.dll | userenv.dll | bcrypt.dll | ucrtbase.dll) ;;
            *) echo "not a Windows system DLL: $dll" >&2; return 1 ;;
        esac
    done
}

# The checksums of the wheel's files that do not depend on the platform: the
# package but its extension module, and the metadata but RECORD and WHEEL.
portable_files() {
    (cd "$1" && find wsa_error ./*.dist-info/METADATA ./*.dist-info/entry_points.txt -type f ! -name '_native.*' |
        LC_ALL=C sort | xargs sha256sum)
}

wheels() {
    local windows_wheel linux_wheel pyd imports
    windows_wheel=$(compgen -G "$DIST/wsa_error-$VERSION-cp310-abi3-win_amd64.whl")
    linux_wheel=$(compgen -G "$DIST/wsa_error-$VERSION-cp310-abi3-manylinux_*_x86_64.whl")
    check "a cp310-abi3-win_amd64 wheel: ${windows_wheel##*/}" test -f "$windows_wheel"
    check "a cp310-abi3-manylinux x86_64 wheel: ${linux_wheel##*/}" test -f "$linux_wheel"
    check "both unzip" eval \
        'unzip -q "$windows_wheel" -d "$OUT/wheel-windows" && unzip -q "$linux_wheel" -d "$OUT/wheel-linux"'
    check "its WHEEL file says Tag: cp310-abi3-win_amd64" \
        grep -qx 'Tag: cp310-abi3-win_amd64' "$OUT/wheel-windows/wsa_error-$VERSION.dist-info/WHEEL"
    pyd=$OUT/wheel-windows/wsa_error/_native.pyd
    check "the extension is wsa_error/_native.pyd, a 64-bit PE file" \
        eval "x86_64-w64-mingw32-objdump -f '$pyd' | grep -q 'file format pei-x86-64'"
    check "_native.pyd exports only PyInit__native ($(pe_exports "$pyd" | tr '\n' ' '))" \
        test "$(pe_exports "$pyd")" = PyInit__native
    imports=$(pe_imports "$pyd")
    check "_native.pyd imports python3.dll and Windows system DLLs only ($imports)" \
        eval '[[ " $imports" == *" python3.dll "* ]] && windows_system_dlls_only "$imports"'
    check "the Windows wheel carries the Linux wheel's Python files and metadata, byte for byte" \
        same_text "$(portable_files "$OUT/wheel-windows")" "$(portable_files "$OUT/wheel-linux")"
}

linux_wheel_installs() {
    local venv=$OUT/venv output
    check "the manylinux wheel installs offline into a fresh virtualenv" run_logged "$OUT/pip.log" eval \
        'python3 -m venv "$venv" && "$venv/bin/python" -m pip install --no-index --no-deps --disable-pip-version-check \
            "$DIST"/wsa_error-"$VERSION"-cp310-abi3-manylinux_*_x86_64.whl'
    output=$(cd "$OUT" && "$venv/bin/python" -c \
        'import wsa_error; print(wsa_error.__version__, wsa_error.lookup("0x80072746").name)')
    check "wsa_error $VERSION imports from it and answers ($output)" test "$output" = "$VERSION WSAECONNRESET"
    check "its wsa-error-py prints the Linux command's bytes (10054)" \
        eval 'cmp <("$venv/bin/wsa-error-py" 10054) <("$RELEASE/wsa-error" 10054)'
}

sdist() {
    local sdist=$DIST/wsa_error-$VERSION.tar.gz listing
    listing=$(tar tzf "$sdist")
    check "the sdist holds one folder, wsa_error-$VERSION" same_text "$(top_folders <<<"$listing")" "wsa_error-$VERSION"
    check "the sdist carries the catalog crate, the extension, the Python package and pyproject.toml" \
        lists_paths "$listing" \
        "wsa_error-$VERSION/"{src/table.rs,bindings/python/src/lib.rs,wsa_error/__init__.py,pyproject.toml}
}

# lists_paths LISTING PATH...: every PATH is a line of LISTING.
lists_paths() {
    local listing=$1 path
    shift
    for path in "$@"; do
        grep -qxF "$path" <<<"$listing" || { echo "missing: $path" >&2; return 1; }
    done
}

# ---- crates ------------------------------------------------------------------

PUBLISHED_CRATES=(wsa-error wsa-error-cli wsa-error-ffi)

crates() {
    local publishable
    publishable=$(cargo metadata --no-deps --format-version 1 |
        python3 -c 'import json, sys
for p in json.load(sys.stdin)["packages"]:
    if p["publish"] != []: print(p["name"])' | LC_ALL=C sort)
    check "the packages meant for crates.io: ${publishable//$'\n'/ }" \
        same_text "$publishable" "$(printf '%s\n' "${PUBLISHED_CRATES[@]}")"
    # --allow-dirty: the check is that the packages build from their .crate
    # files, also while the tree has uncommitted work. The C library has no
    # standard library, so it needs panic=abort, which only a workspace's root
    # profile can set and a .crate does not carry: verification gets the
    # workspace's dev profile (panic=abort) through --config. Its own target
    # directory, new each run: unpacked .crate files keep their sources' times,
    # which can be older than an earlier verification build, and cargo would
    # then take that build for current.
    check "cargo package (and its verification build) succeeds for ${PUBLISHED_CRATES[*]}" \
        run_logged "$OUT/cargo-package.log" cargo --config 'profile.dev.panic="abort"' package --allow-dirty \
        --target-dir "$OUT/package-target" "${PUBLISHED_CRATES[@]/#/--package=}"
}

# ---- the run -----------------------------------------------------------------

main() {
    VERSION=$(cargo metadata --no-deps --format-version 1 | python3 -c 'import json, sys
print(next(p["version"] for p in json.load(sys.stdin)["packages"] if p["name"] == "wsa-error"))') || exit 1
    WINDOWS_KIT=wsa_error-$VERSION-windows-x86_64
    LINUX_KIT=wsa_error-$VERSION-linux-x86_64
    rm -rf "$OUT" && mkdir -p "$OUT" || exit 1
    WINDOWS_UNPACKED=$(mktemp -d "$OUT/windows-kit.XXXXXX") && LINUX_UNPACKED=$(mktemp -d "$OUT/linux.XXXXXX") || exit 1
    KIT=$WINDOWS_UNPACKED/$WINDOWS_KIT
    LINUX_ROOT=$LINUX_UNPACKED/$LINUX_KIT

    log "make dist (and the Linux command to compare with)"
    check "make dist" run_logged "$OUT/make-dist.log" make --no-print-directory dist ||
        { report dist; exit 1; }
    check "make dist wrote 6 files: $(cd "$DIST" && ls | tr "\n" " ")" \
        same_text "$(cd "$DIST" && ls | wc -l)" 6
    check "SHA256SUMS covers every other file of dist/ and matches" sums_cover_dist
    check "cargo build --release -p wsa-error-cli" run_logged "$OUT/cli-build.log" \
        cargo build --release -p wsa-error-cli --bin wsa-error

    log "Windows kit: layout, exports, import libraries"
    windows_kit_layout
    log "Windows kit: (1) CMake + mingw-w64 + find_package, run under Wine"
    wine_in "$KIT/bin" ./wsa-error.exe --version >/dev/null 2>&1 # starts (or creates) the Wine prefix
    windows_cmake_mingw
    log "Windows kit: (2) MSVC ABI, clang + lld-link against lib/wsa_error.lib, run under Wine"
    windows_msvc_abi
    log "Windows kit: (3) bin/wsa-error.exe under Wine against the Linux command"
    windows_cli
    log "Linux tarball"
    linux_tarball_layout
    linux_pkg_config
    linux_cmake
    log "wheels and sdist"
    wheels
    linux_wheel_installs
    sdist
    log "crates"
    crates

    report dist
}

main "$@"
