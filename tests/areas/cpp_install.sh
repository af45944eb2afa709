#!/usr/bin/env bash
# C++ and the installed package: the C++ layer, make install, pkg-config and CMake consumers.
# Sourced by tests/run_all.sh (which sources tests/lib/common.sh first); defines
# functions only, and cpp_install_steps, which runs this area's steps in order.

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
# INSTALLED_FILES under the relative directory $1 ("" or "opt/wsa-error/"), sorted.
expected_files() { printf "$1%s\n" "${INSTALLED_FILES[@]}" | LC_ALL=C sort; }
# (grep reads all its input, without -q: an early exit would fail the pipeline.)
loads_from() { ldd "$1" | grep "libwsa_error.so.1 => $2/libwsa_error.so.1 " >/dev/null; }
loads_from_library_path() { LD_LIBRARY_PATH=$2 loads_from "$1" "$2"; }
needs_soname() { readelf -d "$1" | grep 'Shared library: \[libwsa_error.so.1\]' >/dev/null; }
# A missing or unreadable file must fail these, so read it first, then look.
needs_no_wsa_error() {
    local dynamic
    dynamic=$(readelf -d "$1") || return 1
    ! grep 'Shared library: \[libwsa_error' <<<"$dynamic" >/dev/null
}
is_fully_static() {
    local dynamic
    dynamic=$(readelf -d "$1") || return 1
    ! grep NEEDED <<<"$dynamic" >/dev/null
}
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

cpp_install_steps() {
    step "c++: the C library is built" build_c_library
    step "c++: wsa_error.hpp test as C++11 and C++20" cpp_errc
    step "c++: wsa_error.hpp test under valgrind memcheck" cpp_errc_valgrind
    step "install: make install PREFIX=... writes exactly the package" install_into_prefix
    step "install: C consumer built with pkg-config (shared)" consumer_pkg_config_shared
    step "install: C consumer built with pkg-config --static (fully static)" consumer_pkg_config_static
    step "install: CMake consumer (find_package; wsa_error::cpp, wsa_error_static)" consumer_cmake
    step "install: make uninstall removes all of it" uninstall_from_prefix
    step "install: DESTDIR staging, consumed in place, uninstalled" install_staged
}
