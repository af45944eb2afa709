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
    "cmake:cmake" "pkg-config:pkgconf"
    "objdump:binutils" "c++filt:binutils" "setarch:util-linux"
    "/usr/lib/x86_64-linux-gnu/libasan.so.8:libasan8" "/usr/lib/x86_64-linux-gnu/libubsan.so.1:libubsan1"
    "/usr/lib/x86_64-linux-gnu/libtsan.so.2:libtsan2"
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
    # The static archive needs nothing but itself: linked by path, alone, with
    # no other library and no linker warning, and the program needs no libwsa_error.so.
    local warnings needed
    warnings=$(gcc -std=c11 "${STRICT_C[@]}" -I include tests/c/test_api.c "$RELEASE/libwsa_error.a" \
        -o "$OUT/test_api_static" 2>&1) || { echo "$warnings"; return 1; }
    check "cc test_api.c libwsa_error.a links with no warning${warnings:+: $warnings}" test -z "$warnings"
    needed=$(readelf -d "$OUT/test_api_static" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | tr '\n' ' ')
    check "the static program needs only libc (NEEDED: $needed)" test "$needed" = "libc.so.6 "
    check "the static program passes the API test" "$OUT/test_api_static"
    report c_api_static
}

# The C library carries the catalog and nothing else (issue 11): no Rust
# standard library, only libc, a small file; and the Rust crate needs at most libc.
c_library_is_catalog_only() {
    local stripped=$OUT/libwsa_error.stripped.so size needed undefined dependencies
    strip -o "$stripped" "$RELEASE/libwsa_error.so" || return 1
    size=$(stat -c %s "$stripped")
    text=$(python3 tests/catalog_text_bytes.py) || return 1
    echo "stripped libwsa_error.so: $size bytes, of which $text are the catalog's text;" \
        "libwsa_error.a: $(stat -c %s "$RELEASE/libwsa_error.a") bytes"
    # The text grows with every row; what the library adds to it must not.
    check "stripped libwsa_error.so without the catalog's text is at most 100 KB ($((size - text)) bytes)" \
        test $((size - text)) -le 102400
    check "libwsa_error.a is at most 5 MB" test "$(stat -c %s "$RELEASE/libwsa_error.a")" -le 5242880
    needed=$(readelf -d "$RELEASE/libwsa_error.so" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | tr '\n' ' ')
    check "libwsa_error.so needs only libc (NEEDED: $needed)" test "$needed" = "libc.so.6 "
    undefined=$(nm -D --undefined-only "$RELEASE/libwsa_error.so" | awk '$1 == "U" {print $2}' | sed 's/@.*//' |
        LC_ALL=C sort | tr '\n' ' ')
    check "libwsa_error.so imports only memcpy and bcmp (imports: $undefined)" test "$undefined" = "bcmp memcpy "
    dependencies=$(cargo tree --quiet -p wsa-error -e normal --prefix none | sed 's/ v.*//' | LC_ALL=C sort -u |
        tr '\n' ' ')
    echo "cargo tree -p wsa-error -e normal: $dependencies"
    check "the wsa-error crate depends on libc only" test "$dependencies" = "libc wsa-error "
    report catalog_only
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

# The DLL imports only KERNEL32.dll and the C runtime, so it loads on any
# Windows (and under Wine 8) with nothing beside it.
windows_dll_imports() {
    local imports
    imports=$(x86_64-w64-mingw32-objdump -p "$WINDOWS/wsa_error.dll" | sed -n 's/^\tDLL Name: //p' |
        LC_ALL=C sort | tr '\n' ' ')
    echo "wsa_error.dll: $(stat -c %s "$WINDOWS/wsa_error.dll") bytes; imports: $imports"
    test "$imports" = "KERNEL32.dll msvcrt.dll "
}

windows_programs() {
    mingw winsock_e2e.exe tests/windows/winsock_e2e.c &&
        mingw ntstatus_e2e.exe tests/windows/ntstatus_e2e.c &&
        mingw catalog_dump.exe tests/c/catalog_dump.c &&
        mingw header_run.exe tests/c/header_only.c
}

windows_end_to_end() {
    run_wine header_run.exe && run_wine winsock_e2e.exe
}

# Every NTSTATUS of the table through Wine's GetOverlappedResult and
# WSAGetOverlappedResult, and a real reset read through a completion port.
windows_ntstatus() {
    python3 -c 'import json, sys
for row in json.load(open("docs/catalog.json"))["ntstatus"]:
    print("0x%08X" % row["code"])' >"$WINDOWS/ntstatus.txt" &&
        run_wine ntstatus_e2e.exe ntstatus.txt
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
    step "rust: clippy -D warnings, the C library alone (no_std)" \
        cargo clippy -p wsa-error-ffi --release -- -D warnings
    # The C library is built alone: in one cargo command with the CLI, cargo
    # would turn on the catalog's std feature for it too.
    step "rust: release build of the C library (libwsa_error.so, libwsa_error.a)" \
        cargo build --release -p wsa-error-ffi
    step "rust: tests (catalog, SDK headers, CLI, generated-file drift)" \
        cargo test --workspace --exclude wsa-error-ffi --release
    step "c: shared library has a SONAME" shared_library_has_soname
    step "c: API test against the shared library (C99, C11)" c_api_shared
    step "c: API test against the static library, linked alone" c_api_static
    step "c: the library carries only the catalog (size, NEEDED, imports, crate dependencies)" \
        c_library_is_catalog_only
    step "c: API test under valgrind memcheck" c_api_valgrind
    step "c: header alone as C99, C11, C++11, C++20" header_compiles
    step "c: every entry matches docs/catalog.json" c_snapshot
    step "windows: cross build (wsa_error.dll)" cargo build --release -p wsa-error-ffi --target "$WINDOWS_TARGET"
    step "windows: the DLL imports only KERNEL32.dll and msvcrt.dll" windows_dll_imports
    step "windows: header beside <winsock2.h>, both orders" windows_header_beside_winsock
    step "windows: build test programs with mingw-w64" windows_programs
    step "windows: real Winsock failures under Wine" windows_end_to_end
    step "windows: NTSTATUS and Win32 translations against Wine; a reset through a completion port" \
        windows_ntstatus
    step "windows: the DLL matches docs/catalog.json under Wine" windows_snapshot

    # ---- C++ and installed-package consumers (issue 4) ----
    # The C++ layer's own test, then `make install` into throwaway prefixes under
    # $OUT/install and programs that know the package only through pkg-config or CMake.
    INSTALL_OUT=$OUT/install
    INSTALL_PREFIX=$INSTALL_OUT/prefix
    INSTALLED_FILES=(
        include/wsa_error.h include/wsa_error.hpp include/wsa_error_errc.hpp
        lib/cmake/wsa_error/wsa_error-config-version.cmake lib/cmake/wsa_error/wsa_error-config.cmake
        lib/libwsa_error.a lib/libwsa_error.so lib/libwsa_error.so.1 lib/pkgconfig/wsa_error.pc
    )
    cpp_errc() {
        local std
        for std in c++11 c++20; do
            g++ "-std=$std" "${STRICT_C[@]}" -I include -I bindings/cpp/include tests/cpp/test_errc.cpp \
                -L "$RELEASE" -lwsa_error "-Wl,-rpath,$RELEASE" -o "$OUT/test_errc_$std" &&
                "$OUT/test_errc_$std" || return 1
        done
    }

    cpp_errc_valgrind() {
        local std
        for std in c++11 c++20; do
            valgrind --quiet --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=all \
                "$OUT/test_errc_$std" || return 1
        done
    }

    # Every file and symlink under $1, relative to it, one a line, sorted.
    files_under() { (cd "$1" && find . -type f -o -type l) | sed 's|^\./||' | LC_ALL=C sort; }
    # INSTALLED_FILES under the relative directory $1 ("" or "opt/wsa-error/"), sorted.
    expected_files() { printf "$1%s\n" "${INSTALLED_FILES[@]}" | LC_ALL=C sort; }
    same_text() { [[ $1 == "$2" ]] || diff -u --label found --label expected <(echo "$1") <(echo "$2") >&2; }
    # (grep reads all its input, without -q: an early exit would fail the pipeline.)
    loads_from() { ldd "$1" | grep "libwsa_error.so.1 => $2/libwsa_error.so.1 " >/dev/null; }
    loads_from_library_path() { LD_LIBRARY_PATH=$2 loads_from "$1" "$2"; }
    needs_soname() { readelf -d "$1" | grep 'Shared library: \[libwsa_error.so.1\]' >/dev/null; }
    needs_no_wsa_error() { ! readelf -d "$1" | grep 'Shared library: \[libwsa_error' >/dev/null; }
    is_fully_static() { ! readelf -d "$1" | grep NEEDED >/dev/null; }
    is_library_with_soname() {
        [[ -f $1 && ! -L $1 ]] && readelf -d "$1" | grep 'soname: \[libwsa_error.so.1\]' >/dev/null
    }

    # The layout of a package installed at $1 whose files will live at $2 at run time.
    check_installed_layout() {
        local root=$1 prefix=$2 header
        check "lib/libwsa_error.so is a relative link to libwsa_error.so.1" \
            test "$(readlink "$root/lib/libwsa_error.so")" = libwsa_error.so.1
        check "lib/libwsa_error.so.1 is the library itself, with that SONAME" \
            is_library_with_soname "$root/lib/libwsa_error.so.1"
        for header in include/wsa_error.h bindings/cpp/include/wsa_error{,_errc}.hpp; do
            check "$header installed unchanged" cmp -s "$header" "$root/include/${header##*/}"
        done
        check "the .pc file names the run-time prefix $prefix" \
            grep -qx "prefix=$prefix" "$root/lib/pkgconfig/wsa_error.pc"
    }

    # Builds and runs the C consumer with nothing but pkg-config's flags for the
    # shared library, from the package at $1 (staged under DESTDIR $2, or "").
    pkg_config_shared_consumer() {
        local root=$1 stage=$2 program=$3 flags version
        local -x PKG_CONFIG_PATH=$root/lib/pkgconfig PKG_CONFIG_SYSROOT_DIR=$stage
        flags=$(pkg-config --cflags --libs wsa_error) || return 1
        version=$(pkg-config --modversion wsa_error) || return 1
        echo "pkg-config --cflags --libs wsa_error: $flags"
        # shellcheck disable=SC2086 # $flags is a list of compiler flags
        gcc -std=c99 "${STRICT_C[@]}" tests/install/consumer.c "-DPACKAGE_VERSION=\"$version\"" $flags \
            -o "$program" || return 1
        LD_LIBRARY_PATH=$root/lib "$program" || return 1
        check "${program##*/} asks for libwsa_error.so.1" needs_soname "$program"
        check "${program##*/} loads $root/lib/libwsa_error.so.1" \
            loads_from_library_path "$program" "$root/lib"
    }

    # Configures, builds and runs tests/install/cmake against the package at $1.
    cmake_consumer() {
        local root=$1 build=$2
        rm -rf "$build"
        cmake -S tests/install/cmake -B "$build" -DCMAKE_PREFIX_PATH="$root" >"$build.log" 2>&1 &&
            cmake --build "$build" -j 2 >>"$build.log" 2>&1 || { cat "$build.log"; return 1; }
        grep -- '-- wsa_error ' "$build.log"
        "$build/cmake_cpp" && "$build/cmake_static" || return 1
        check "cmake_cpp loads $root/lib/libwsa_error.so.1 (RPATH from CMake)" \
            loads_from "$build/cmake_cpp" "$root/lib"
        check "cmake_static does not need libwsa_error.so" needs_no_wsa_error "$build/cmake_static"
    }

    # run_logged LOG COMMAND...: runs quietly, showing the log only if the command fails.
    run_logged() {
        local log=$1
        shift
        "$@" >"$log" 2>&1 || { cat "$log"; return 1; }
    }

    # Steps return early only before their first check, so no tally leaks into the next.
    install_into_prefix() {
        rm -rf "$INSTALL_OUT" && mkdir -p "$INSTALL_OUT" || return 1
        run_logged "$INSTALL_OUT/install.log" \
            make --no-print-directory install PREFIX="$INSTALL_PREFIX" || return 1
        check "exactly the package's files under the prefix" \
            same_text "$(files_under "$INSTALL_PREFIX")" "$(expected_files "")"
        check_installed_layout "$INSTALL_PREFIX" "$INSTALL_PREFIX"
        report install
    }

    consumer_pkg_config_shared() {
        pkg_config_shared_consumer "$INSTALL_PREFIX" "" "$INSTALL_OUT/pkgconfig_shared" || return 1
        report pkgconfig_links
    }

    consumer_pkg_config_static() {
        local -x PKG_CONFIG_PATH=$INSTALL_PREFIX/lib/pkgconfig
        local program=$INSTALL_OUT/pkgconfig_static flags version
        flags=$(pkg-config --static --cflags --libs wsa_error) || return 1
        version=$(pkg-config --modversion wsa_error) || return 1
        echo "pkg-config --static --cflags --libs wsa_error: $flags"
        echo "(glibc's linker warnings about getaddrinfo and getpwuid_r in a static link are expected:"
        echo " that code comes with Rust's standard library and this library never calls it)"
        # shellcheck disable=SC2086 # $flags is a list of compiler flags
        gcc -static -std=c99 "${STRICT_C[@]}" tests/install/consumer.c "-DPACKAGE_VERSION=\"$version\"" \
            $flags -o "$program" && "$program" || return 1
        check "pkgconfig_static is fully static" is_fully_static "$program"
        report pkgconfig_static_links
    }

    consumer_cmake() {
        cmake_consumer "$INSTALL_PREFIX" "$INSTALL_OUT/cmake" || return 1
        report cmake_links
    }

    uninstall_from_prefix() {
        run_logged "$INSTALL_OUT/uninstall.log" \
            make --no-print-directory uninstall PREFIX="$INSTALL_PREFIX" || return 1
        check "no file or link left under the prefix" same_text "$(files_under "$INSTALL_PREFIX")" ""
        # install -d made them; like autotools, uninstall leaves shared directories alone.
        check "only the empty directories include, lib, lib/cmake and lib/pkgconfig left" same_text \
            "$(cd "$INSTALL_PREFIX" && find . -mindepth 1 | LC_ALL=C sort)" \
            "$(printf './%s\n' include lib lib/cmake lib/pkgconfig)"
        report uninstall
    }

    install_staged() {
        local stage=$INSTALL_OUT/stage prefix=/opt/wsa-error
        run_logged "$INSTALL_OUT/install-staged.log" \
            make --no-print-directory install DESTDIR="$stage" PREFIX="$prefix" || return 1
        check "exactly the package's files under DESTDIR/PREFIX" \
            same_text "$(files_under "$stage")" "$(expected_files "${prefix#/}/")"
        check_installed_layout "$stage$prefix" "$prefix"
        # Used where it stands: pkg-config through its sysroot; CMake as the package is relocatable.
        check "C consumer of the staged package via PKG_CONFIG_SYSROOT_DIR" \
            pkg_config_shared_consumer "$stage$prefix" "$stage" "$INSTALL_OUT/pkgconfig_staged"
        check "CMake consumer of the staged package" \
            cmake_consumer "$stage$prefix" "$INSTALL_OUT/cmake-staged"
        check "make uninstall with the same DESTDIR and PREFIX" \
            run_logged "$INSTALL_OUT/uninstall-staged.log" \
            make --no-print-directory uninstall DESTDIR="$stage" PREFIX="$prefix"
        check "no file or link left under DESTDIR" same_text "$(files_under "$stage")" ""
        report install_staged
    }

    step "c++: wsa_error.hpp test as C++11 and C++20" cpp_errc
    step "c++: wsa_error.hpp test under valgrind memcheck" cpp_errc_valgrind
    step "install: make install PREFIX=... writes exactly the package" install_into_prefix
    step "install: C consumer built with pkg-config (shared)" consumer_pkg_config_shared
    step "install: C consumer built with pkg-config --static (fully static)" consumer_pkg_config_static
    step "install: CMake consumer (find_package; wsa_error::cpp, wsa_error_static)" consumer_cmake
    step "install: make uninstall removes all of it" uninstall_from_prefix
    step "install: DESTDIR staging, consumed in place, uninstalled" install_staged

    # ---- Hardening (issue 6) ----
    # Every int through the C API, property tests at depth, fuzzing, C programs
    # under AddressSanitizer/UBSan and ThreadSanitizer/helgrind, Miri, the
    # exported-symbol list and the no-panic call graph (README, "Hardening").
    # Uses the nightly toolchain (Miri, cargo-fuzz, -Zsanitizer) and installs
    # its missing parts: the miri and rust-src components, cargo-fuzz 0.13.
    HARDENING_OUT=$OUT/hardening
    HARDENING_SANITIZE=(-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer -g -O1)
    HARDENING_TRIPLE=x86_64-unknown-linux-gnu
    HARDENING_ASAN_LIB=$TARGET_DIR/asan/$HARDENING_TRIPLE/release
    HARDENING_FIXTURE=$TARGET_DIR/hardening-fixture/release
    mkdir -p "$HARDENING_OUT"

    hardening_nightly() {
        if ! rustup toolchain list | grep -q '^nightly'; then
            echo "rust: installing the nightly toolchain with rustup"
            rustup toolchain install nightly --profile minimal || return 1
        fi
        local component
        for component in miri rust-src; do
            if ! rustup +nightly component list --installed | grep -q "^$component"; then
                echo "rust: installing the nightly $component component with rustup"
                rustup +nightly component add "$component" || return 1
            fi
        done
    }

    hardening_abi() {
        local library=$RELEASE/libwsa_error.so expected=tests/abi/exported_symbols.txt exported declared leaked
        exported=$(nm -D --defined-only --format=posix "$library" | awk '{print $1}' | LC_ALL=C sort) || return 1
        echo "abi: $(echo "$exported" | grep -c .) exported symbols in ${library##*/}"
        check "exported symbols equal $expected (diff: - committed, + built)" \
            diff -u --label "$expected" --label "nm -D --defined-only" "$expected" <(echo "$exported")
        leaked=$(echo "$exported" | grep -Ei 'rust|_ZN|^_R|std|panic')
        check "no symbol of Rust's standard library exported${leaked:+: $leaked}" test -z "$leaked"
        check "every exported symbol is a wsa_error_ function (type T)" test -z \
            "$(nm -D --defined-only --format=posix "$library" | awk '$2 != "T" || $1 !~ /^wsa_error_/')"
        declared=$(grep -oE '^[a-z].*[ *](wsa_error_[a-z0-9_]+)\(' include/wsa_error.h | grep -oE 'wsa_error_[a-z0-9_]+\($' |
            tr -d '(' | LC_ALL=C sort)
        check "include/wsa_error.h declares exactly the exported functions" \
            diff -u --label "declared in wsa_error.h" --label "exported" <(echo "$declared") <(echo "$exported")
        report abi
    }

    hardening_fixture() {
        cargo build --quiet --release --manifest-path tests/hardening/panic_fixture/Cargo.toml \
            --target-dir "$TARGET_DIR/hardening-fixture"
    }

    hardening_no_panic() {
        hardening_fixture || return 1
        echo "(self-test: the checker must find the fixture's three panicking functions)"
        python3 tests/hardening/no_panic_paths.py \
            --expect-panics fixture_indexes,fixture_calls_through_a_pointer,fixture_panics \
            "$HARDENING_FIXTURE/libpanic_fixture.so" || return 1
        python3 tests/hardening/no_panic_paths.py "$RELEASE/libwsa_error.so"
    }

    # A panic inside a function exported like the library's aborts the process.
    hardening_panic_aborts() {
        local program=$HARDENING_OUT/calls_panic status
        hardening_fixture &&
            gcc -std=c11 "${STRICT_C[@]}" tests/hardening/panic_fixture/calls_panic.c -L "$HARDENING_FIXTURE" \
                -lpanic_fixture "-Wl,-rpath,$HARDENING_FIXTURE" -o "$program" || return 1
        check "a call that does not panic returns" "$program" no-panic
        RUST_BACKTRACE=0 "$program" >"$program.log" 2>&1
        status=$?
        echo "a panicking call: exit status $status; $(grep -m1 'cannot unwind' "$program.log")"
        check "the panicking call is killed by SIGABRT (status 134)" test "$status" -eq 134
        check "nothing comes back to C after the panic" bash -c "! grep -q returned '$program.log'"
        report panic_aborts
    }

    hardening_sweep() {
        gcc -std=c11 -O2 "${STRICT_C[@]}" -I include tests/c/sweep_all_ints.c -L "$RELEASE" -lwsa_error \
            "-Wl,-rpath,$RELEASE" -pthread -o "$HARDENING_OUT/sweep_all_ints" &&
            "$HARDENING_OUT/sweep_all_ints" 2
    }

    hardening_properties() {
        PROPTEST_CASES=100000 cargo test --quiet --release --test properties
    }

    # Builds the C and C++ test programs with ASan+UBSan against the library in
    # $1 and runs them (tagged $2).
    hardening_sanitized_programs() {
        local library=$1 tag=$2 out=$HARDENING_OUT/$2
        mkdir -p "$out"
        sanitized() {
            local compiler=$1 std=$2 source=$3 name=$4
            shift 4
            "$compiler" "-std=$std" "${STRICT_C[@]}" "${HARDENING_SANITIZE[@]}" -I include "$@" "$source" \
                -L "$library" -lwsa_error "-Wl,-rpath,$library" -pthread -o "$out/$name"
        }
        sanitized gcc c11 tests/c/test_api.c test_api && sanitized gcc c11 tests/c/header_only.c header_only &&
            sanitized gcc c11 tests/c/catalog_dump.c catalog_dump &&
            sanitized gcc c11 tests/c/sweep_all_ints.c sweep_all_ints &&
            sanitized gcc c11 tests/c/stress_threads.c stress_threads &&
            sanitized g++ c++20 tests/cpp/test_errc.cpp test_errc -I bindings/cpp/include || return 1
        local -x ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1
        check "$tag: test_api" "$out/test_api"
        check "$tag: header_only" "$out/header_only"
        check "$tag: catalog_dump matches docs/catalog.json" \
            bash -c "'$out/catalog_dump' >'$out/catalog_dump.tsv' && python3 tests/compare_snapshot.py c-linux <'$out/catalog_dump.tsv'"
        check "$tag: sweep around the catalog" "$out/sweep_all_ints" 2 -1048576 1048576
        check "$tag: sweep of the lowest ints" "$out/sweep_all_ints" 1 -2147483648 -2147418113
        check "$tag: sweep of the highest ints" "$out/sweep_all_ints" 1 2147418112 2147483647
        check "$tag: stress, 8 threads" "$out/stress_threads" 8 100000
        check "$tag: C++ test_errc" "$out/test_errc"
        report "asan_ubsan ($tag)"
    }

    hardening_asan_shipped() {
        hardening_sanitized_programs "$RELEASE" "shipped-library"
    }

    # The same programs against a copy of the library whose own code is
    # instrumented (-Zsanitizer=address), so its reads and writes are checked too.
    hardening_asan_instrumented() {
        hardening_nightly &&
            RUSTFLAGS="-Zsanitizer=address" cargo +nightly build --quiet --release -p wsa-error-ffi \
                --target "$HARDENING_TRIPLE" --target-dir "$TARGET_DIR/asan" &&
            ln -sf libwsa_error.so "$HARDENING_ASAN_LIB/libwsa_error.so.1" &&
            hardening_sanitized_programs "$HARDENING_ASAN_LIB" "instrumented-library"
    }

    hardening_threads() {
        local tsan=$HARDENING_OUT/stress_threads_tsan plain=$HARDENING_OUT/stress_threads
        gcc -std=c11 "${STRICT_C[@]}" -fsanitize=thread -g -O1 -I include tests/c/stress_threads.c -L "$RELEASE" \
            -lwsa_error "-Wl,-rpath,$RELEASE" -pthread -o "$tsan" &&
            gcc -std=c11 -O2 -g "${STRICT_C[@]}" -I include tests/c/stress_threads.c -L "$RELEASE" -lwsa_error \
                "-Wl,-rpath,$RELEASE" -pthread -o "$plain" || return 1
        local -x TSAN_OPTIONS="halt_on_error=1 exitcode=66"
        local status
        "$tsan" 8 1000000 >"$tsan.log" 2>&1
        status=$?
        if grep -q 'unexpected memory mapping' "$tsan.log"; then
            # ThreadSanitizer's shadow memory does not fit some kernels' ASLR layouts.
            echo "(ThreadSanitizer cannot map its shadow memory here: rerunning without ASLR, setarch -R)"
            setarch "$(uname -m)" -R "$tsan" 8 1000000 >"$tsan.log" 2>&1
            status=$?
        fi
        cat "$tsan.log"
        check "ThreadSanitizer: 8 threads x 1,000,000 calls, exit status 0 and no report" \
            bash -c "test $status -eq 0 && ! grep -q 'WARNING: ThreadSanitizer' '$tsan.log'"
        # helgrind sees the library's own machine code, which the TSan build does not instrument.
        check "helgrind: 8 threads x 1,000,000 calls, no report" \
            valgrind --tool=helgrind --quiet --error-exitcode=99 "$plain" 8 1000000
        report threads
    }

    hardening_miri() {
        hardening_nightly || return 1
        # Miri builds its sysroot in TMPDIR, which must lie outside any Cargo workspace.
        local scratch status
        scratch=$(mktemp -d /var/tmp/wsa-error-miri.XXXXXX) || return 1
        TMPDIR=$scratch cargo +nightly miri test --quiet --no-default-features --test ffi_miri
        status=$?
        rm -rf "$scratch"
        return "$status"
    }

    hardening_fuzz() {
        hardening_nightly && tests/hardening/fuzz.sh 30
    }

    step "hardening: exported symbols equal tests/abi/exported_symbols.txt" hardening_abi
    step "hardening: no exported function reaches a panic (call graph of the machine code)" hardening_no_panic
    step "hardening: a panic inside an extern \"C\" function aborts the process" hardening_panic_aborts
    step "hardening: every int from INT_MIN to INT_MAX through the C API (2 threads)" hardening_sweep
    step "hardening: property tests, 100,000 cases each" hardening_properties
    step "hardening: C and C++ programs under ASan+UBSan, shipped library" hardening_asan_shipped
    step "hardening: C and C++ programs under ASan+UBSan, instrumented library" hardening_asan_instrumented
    step "hardening: 8 threads under ThreadSanitizer and helgrind" hardening_threads
    step "hardening: the C API's pointer handling under Miri" hardening_miri
    step "hardening: cargo-fuzz, 30 s per target (tests/hardening/fuzz.sh)" hardening_fuzz

    # ---- Python (issue 3) ----
    # The wsa_error package (bindings/python): one abi3 wheel built with maturin,
    # installed into the project's .venv and tested there by pytest, run from a
    # directory where the source tree is not importable. maturin and pip build in
    # $TARGET_DIR, so the core crate and PyO3 are compiled once for all of them.
    PYTHON_VENV=$ROOT/.venv
    PYTHON=$PYTHON_VENV/bin/python
    PYTHON_OUT=$OUT/python
    PYTHON_REQUIREMENTS=bindings/python/requirements-dev.txt

    # with_python_tools COMMAND...: the .venv's tools first on PATH (maturin is the
    # PEP 517 backend pip runs), building in the shared target directory.
    with_python_tools() { env PATH="$PYTHON_VENV/bin:$PATH" CARGO_TARGET_DIR="$TARGET_DIR" "$@"; }

    python_venv() {
        if [[ ! -x $PYTHON ]]; then
            echo "python: creating the virtualenv $PYTHON_VENV"
            python3 -m venv "$PYTHON_VENV" || return 1
        fi
        # Pinned versions: pip does nothing (and asks no index) when they are installed.
        "$PYTHON" -m pip install --quiet --disable-pip-version-check -r "$PYTHON_REQUIREMENTS" &&
            "$PYTHON" --version && with_python_tools maturin --version
    }

    python_wheel() {
        local wheel
        rm -rf "$PYTHON_OUT/dist" && mkdir -p "$PYTHON_OUT" || return 1
        # pyproject.toml names the profile (python: release that unwinds).
        with_python_tools maturin build --manifest-path bindings/python/Cargo.toml \
            --interpreter "$PYTHON" --out "$PYTHON_OUT/dist" || return 1
        wheel=$(echo "$PYTHON_OUT"/dist/*.whl)
        ls -l "$wheel"
        python_module_exports "$wheel" || return 1
        [[ ${wheel##*/} == wsa_error-*-cp39-abi3-*.whl ]] || { echo "not one abi3 wheel for CPython 3.9+: $wheel" >&2; return 1; }
        # auditwheel wraps its lines: join them before looking for the verdict.
        with_python_tools auditwheel show "$wheel" | tee "$PYTHON_OUT/auditwheel.txt" || return 1
        tr '\n' ' ' <"$PYTHON_OUT/auditwheel.txt" |
            grep 'consistent with the following platform tag: "manylinux_' >/dev/null ||
            { echo "auditwheel does not report the wheel as manylinux" >&2; return 1; }
    }

    # The extension module is only a Python module: it exports PyInit__native
    # and nothing else (no wsa_error_* C symbol) and carries no SONAME.
    python_module_exports() {
        local unpacked=$PYTHON_OUT/wheel-contents module exported soname
        rm -rf "$unpacked" && mkdir -p "$unpacked" &&
            python3 -m zipfile -e "$1" "$unpacked" || return 1
        module=$(echo "$unpacked"/wsa_error/_native*.so)
        exported=$(nm -D --defined-only "$module" | awk '{print $3}' | tr '\n' ' ')
        soname=$(readelf -d "$module" | sed -n 's/.*Library soname: \[\(.*\)\]/\1/p')
        check "${module##*/} exports only PyInit__native (exports: $exported)" test "$exported" = "PyInit__native "
        check "${module##*/} has no SONAME (${soname:-none})" test -z "$soname"
        report python_module_exports
    }

    # python_imports PYTHON: the installed package answers, run from outside the source tree.
    python_imports() {
        (cd "$PYTHON_OUT" && "$1" -c 'import sys, wsa_error
assert wsa_error.lookup("0x80072746").name == "WSAECONNRESET", "lookup"
print(f"wsa_error {wsa_error.__version__} from {wsa_error.__file__}")')
    }

    python_pip_install_source() {
        # The .venv's maturin (no build isolation), so the build reuses the wheel's crates.
        with_python_tools "$PYTHON" -m pip install --quiet --disable-pip-version-check \
            --no-build-isolation --force-reinstall --no-deps ./bindings/python &&
            python_imports "$PYTHON" &&
            # What the tests run against is the maturin wheel: back to it.
            "$PYTHON" -m pip install --quiet --disable-pip-version-check --force-reinstall --no-deps \
                "$PYTHON_OUT"/dist/*.whl && python_imports "$PYTHON"
    }

    python_sdist() {
        local venv=$PYTHON_OUT/sdist-venv sdist
        rm -rf "$PYTHON_OUT/sdist" "$venv" || return 1
        with_python_tools maturin sdist --manifest-path bindings/python/Cargo.toml --out "$PYTHON_OUT/sdist" ||
            return 1
        sdist=$(echo "$PYTHON_OUT"/sdist/*.tar.gz)
        # The catalog is compiled from the core crate, so the sdist must carry it.
        # (grep without -q reads all of tar's output: an early exit would fail the pipeline.)
        tar tzf "$sdist" | grep '^wsa_error-[^/]*/src/table.rs$' >/dev/null ||
            { echo "the sdist does not carry the core crate (src/table.rs)" >&2; return 1; }
        # A fresh virtualenv and pip's own build isolation: maturin comes from the index.
        python3 -m venv "$venv" &&
            CARGO_TARGET_DIR=$TARGET_DIR "$venv/bin/python" -m pip install --quiet --disable-pip-version-check \
                "$sdist" &&
            python_imports "$venv/bin/python" &&
            "$venv/bin/wsa-error-py" 10054 >/dev/null
    }

    python_pytest() {
        local status=0
        # The Rust command the CLI tests compare with, as `cargo build --release` makes it.
        cargo build --release -p wsa-error-cli --bin wsa-error || return 1
        mkdir -p "$PYTHON_OUT/pytest" || return 1
        (cd "$PYTHON_OUT/pytest" && WSA_ERROR_CLI=$RELEASE/wsa-error MYPY_CACHE_DIR=$PYTHON_OUT/mypy-cache \
            "$PYTHON" -m pytest -W error -p no:cacheprovider -q -rfEs "$ROOT/bindings/python/tests") || status=$?
        ((status == 5)) && echo "pytest ran no test" >&2
        return "$status"
    }

    # The same wheel and tests on the machine's other CPythons (pyenv's), down to 3.9,
    # the oldest the abi3 wheel is for and the one that builds the enum without
    # enum._simple_enum. Type checking stays with .venv (its mypy is pinned there).
    python_other_versions() {
        local python version tested=() failed=()
        for python in "${PYENV_ROOT:-$HOME/.pyenv}"/versions/3.*/bin/python3; do
            [[ -x $python ]] || continue
            version=$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])') || continue
            # One interpreter per version, 3.9 and later, not the .venv's, not free-threaded.
            [[ " ${tested[*]} ${failed[*]} " == *" $version "* ]] && continue
            "$python" -c 'import sys, sysconfig
sys.exit(sys.version_info < (3, 9) or sys.version_info[:2] == tuple(map(int, sys.argv[1].split("."))) or bool(sysconfig.get_config_var("Py_GIL_DISABLED")))'                 "$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')" || continue
            local venv=$PYTHON_OUT/venv-$version
            echo "python $version: $python"
            if { [[ -x $venv/bin/python ]] || "$python" -m venv "$venv"; } &&
                "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "pytest>=8" "hypothesis>=6.100" &&
                "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --force-reinstall --no-deps \
                    "$PYTHON_OUT"/dist/*.whl &&
                (cd "$PYTHON_OUT/pytest" && WSA_ERROR_CLI=$RELEASE/wsa-error "$venv/bin/python" -m pytest -W error \
                    -p no:cacheprovider -q -rfEs --ignore="$ROOT/bindings/python/tests/test_typing.py" \
                    "$ROOT/bindings/python/tests"); then
                tested+=("$version")
            else
                failed+=("$version")
            fi
        done
        echo "the wheel's tests passed on CPython ${tested[*]:-(none)}; failed on ${failed[*]:-(none)}"
        [[ " ${tested[*]} " == *" 3.9 "* ]] || { echo "no CPython 3.9 found under pyenv to test the oldest supported version" >&2; return 1; }
        ((${#failed[@]} == 0))
    }

    python_bench_smoke() {
        # Only that the benchmark runs: its numbers are for reading (README), not a test.
        (cd "$PYTHON_OUT" && "$PYTHON" "$ROOT/bindings/python/bench/bench.py" --quick)
    }

    step "python: .venv with the pinned tools (maturin, pytest, hypothesis, mypy, auditwheel)" python_venv
    step "python: maturin build --release: one abi3 wheel, manylinux per auditwheel" python_wheel
    step "python: pip install ./bindings/python (maturin as the PEP 517 backend)" python_pip_install_source
    step "python: maturin sdist installs with pip in a fresh virtualenv" python_sdist
    step "python: pytest against the installed wheel (warnings are errors)" python_pytest
    step "python: the same wheel and tests on the other CPythons here (3.9 and later)" python_other_versions
    step "python: the benchmark runs (bench.py --quick)" python_bench_smoke

    log "summary ($((SECONDS - started)) s)"
    local name
    for name in "${PASSED[@]}"; do echo "  ok    $name"; done
    for name in "${FAILED[@]}"; do echo "  FAIL  $name"; done
    echo "steps: ${#PASSED[@]} passed, ${#FAILED[@]} failed"
    ((${#FAILED[@]} == 0))
}

main "$@"
