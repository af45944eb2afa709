#!/usr/bin/env bash
# C: the library and header through C programs.
# Sourced by tests/run_all.sh (which sources tests/lib/common.sh first); defines
# functions only, and c_steps, which runs this area's steps in order.

shared_library_has_soname() {
    local soname
    soname=$(readelf -d "$RELEASE/libwsa_error.so" | sed -n 's/.*Library soname: \[\(.*\)\]/\1/p')
    echo "SONAME: ${soname:-none}"
    [[ $soname == libwsa_error.so.* && -e $RELEASE/$soname ]]
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

c_steps() {
    step "c: release build of the C library (libwsa_error.so, libwsa_error.a)" build_c_library
    step "c: shared library has a SONAME" shared_library_has_soname
    step "c: API test against the shared library (C99, C11)" c_api_shared
    step "c: API test against the static library, linked alone" c_api_static
    step "c: the library carries only the catalog (size, NEEDED, imports, crate dependencies)" \
        c_library_is_catalog_only
    step "c: API test under valgrind memcheck" c_api_valgrind
    step "c: header alone as C99, C11, C++11, C++20" header_compiles
    step "c: every entry matches docs/catalog.json" c_snapshot
}
