#!/usr/bin/env bash
# Runs the cargo-fuzz targets in fuzz/ for SECONDS each (default 30), on the
# nightly toolchain, with AddressSanitizer, debug assertions and overflow checks.
#
#   tests/hardening/fuzz.sh [SECONDS] [TARGET...]     # e.g. tests/hardening/fuzz.sh 600
#
# Installs cargo-fuzz 0.13 with `cargo install --locked` when it is missing.
# Each target starts from the committed seeds (fuzz/corpus/TARGET, read only)
# and a working corpus kept under $CARGO_TARGET_DIR/fuzz-work (default
# target/), so longer runs build on earlier ones. A crash is saved under
# $CARGO_TARGET_DIR/fuzz-work/artifacts/TARGET/ and fails the run; reproduce it
# with `cargo +nightly fuzz run TARGET FILE`. Prints one line per target with
# its executions and "fuzz: N passed, N failed".
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
SECONDS_EACH=${1:-30}
shift $(($# > 0 ? 1 : 0))
TARGET_DIR=${CARGO_TARGET_DIR:-$PWD/target}
WORK=$TARGET_DIR/fuzz-work
CARGO_FUZZ_VERSION=0.13

if ! [[ $SECONDS_EACH =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: $0 [SECONDS] [TARGET...]" >&2
    exit 2
fi

toolchains=$(rustup toolchain list) || { echo "fuzz: rustup failed" >&2; exit 1; }
if ! grep '^nightly' <<<"$toolchains" >/dev/null; then
    echo "fuzz: installing the nightly toolchain with rustup (cargo-fuzz needs it)"
    rustup toolchain install nightly --profile minimal || { echo "fuzz: no nightly toolchain" >&2; exit 1; }
fi
installed=$(cargo fuzz --version 2>/dev/null || true)
if ! grep "^cargo-fuzz $CARGO_FUZZ_VERSION\." <<<"$installed" >/dev/null; then
    echo "fuzz: installing cargo-fuzz $CARGO_FUZZ_VERSION with cargo install (about a minute)"
    cargo install cargo-fuzz --locked --version "~$CARGO_FUZZ_VERSION" || { echo "fuzz: cannot install cargo-fuzz" >&2; exit 1; }
fi

targets=("$@")
if ((${#targets[@]} == 0)); then
    mapfile -t targets < <(cargo +nightly fuzz list)
fi
if ((${#targets[@]} == 0)); then
    echo "fuzz: no target found in fuzz/" >&2
    exit 1
fi

cargo +nightly fuzz build --target-dir "$TARGET_DIR/fuzz" || { echo "fuzz: build failed" >&2; exit 1; }

passed=0
failed=0
for target in "${targets[@]}"; do
    corpus=$WORK/corpus/$target
    artifacts=$WORK/artifacts/$target
    log=$WORK/$target.log
    mkdir -p "$corpus" "$artifacts"
    if [[ ! -d fuzz/corpus/$target ]] || [[ -z $(ls -A "fuzz/corpus/$target") ]]; then
        echo "fuzz $target: no committed seed corpus in fuzz/corpus/$target" >&2
        failed=$((failed + 1))
        continue
    fi
    rm -f "$artifacts"/crash-* "$artifacts"/leak-* "$artifacts"/timeout-* "$artifacts"/oom-*
    cargo +nightly fuzz run --target-dir "$TARGET_DIR/fuzz" "$target" "$corpus" "fuzz/corpus/$target" -- \
        "-max_total_time=$SECONDS_EACH" "-artifact_prefix=$artifacts/" -print_final_stats=1 >"$log" 2>&1
    status=$?
    runs=$(sed -n 's/^Done \([0-9]*\) runs in \([0-9]*\) second.*/\1 executions in \2 s/p' "$log" | tail -n 1)
    coverage=$(grep -o 'cov: [0-9]* ft: [0-9]*' "$log" | tail -n 1)
    found=$(find "$artifacts" -type f | wc -l)
    if ((status == 0 && found == 0)) && [[ -n $runs ]]; then
        echo "fuzz $target: ${runs}, $coverage, $(find "$corpus" -type f | wc -l) inputs in the working corpus, no crash"
        passed=$((passed + 1))
    else
        echo "fuzz $target: FAILED (exit $status, $found artifacts in $artifacts); the end of $log:" >&2
        tail -n 40 "$log" >&2
        failed=$((failed + 1))
    fi
done
echo "fuzz: $passed passed, $failed failed"
((failed == 0))
