#!/usr/bin/env bash
# Hardening: every int, properties, fuzzing, sanitizers, Miri, ABI and no-panic guards.
# Sourced by tests/run_all.sh (which sources tests/lib/common.sh first); defines
# functions only, and hardening_steps, which runs this area's steps in order.

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

hardening_nightly() {
    # tests/deps.sh installs them (make deps).
    local installed
    installed=$(rustup +nightly component list --installed 2>/dev/null) || {
        echo "the nightly toolchain is missing: run make deps" >&2
        return 1
    }
    grep '^miri' <<<"$installed" >/dev/null && grep '^rust-src' <<<"$installed" >/dev/null ||
        { echo "nightly's miri or rust-src component is missing: run make deps" >&2; return 1; }
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
    hardening_nightly && tests/hardening/fuzz.sh 20
}

hardening_steps() {
    mkdir -p "$HARDENING_OUT"
    step "hardening: the C library is built" build_c_library
    step "hardening: exported symbols equal tests/abi/exported_symbols.txt" hardening_abi
    step "hardening: no exported function reaches a panic (call graph of the machine code)" hardening_no_panic
    step "hardening: a panic inside an extern \"C\" function aborts the process" hardening_panic_aborts
    step "hardening: every int from INT_MIN to INT_MAX through the C API (2 threads)" hardening_sweep
    step "hardening: property tests, 100,000 cases each" hardening_properties
    step "hardening: C and C++ programs under ASan+UBSan, shipped library" hardening_asan_shipped
    step "hardening: C and C++ programs under ASan+UBSan, instrumented library" hardening_asan_instrumented
    step "hardening: 8 threads under ThreadSanitizer and helgrind" hardening_threads
    step "hardening: the C API's pointer handling under Miri" hardening_miri
    step "hardening: cargo-fuzz, 20 s per target (tests/hardening/fuzz.sh)" hardening_fuzz
}
