#!/usr/bin/env bash
# `make bench`: every benchmark, one run, one report on standard output.
#
#   C      bench/bench.c through libwsa_error.so against glibc and a C switch
#   Python bindings/python/bench/bench.py through the installed wheel (needs
#          the project virtualenv that `make test` creates)
#   Rust   cargo bench --bench lookups (divan)
#   Sizes  the stripped libwsa_error.so and the Python extension module
#
# CALLS (default 2000000) sets the C calls per repetition.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
TARGET_DIR=${CARGO_TARGET_DIR:-$PWD/target}
RELEASE=$TARGET_DIR/release
OUT=$TARGET_DIR/bench
mkdir -p "$OUT"

echo "## Machine"
echo
echo "- CPU: $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1), $(nproc) cores"
echo "- $(uname -sr), $(ldd --version | head -n 1), $(rustc --version)"
echo

cargo build --release -p wsa-error-ffi --quiet
soname=$(readelf -d "$RELEASE/libwsa_error.so" | sed -n 's/.*Library soname: \[\(.*\)\]/\1/p')
ln -sf libwsa_error.so "$RELEASE/$soname"
python3 bench/make_switch_baseline.py "$OUT/switch_baseline.c"
gcc -O2 -fPIC -shared -o "$OUT/libswitch_baseline.so" "$OUT/switch_baseline.c"
gcc -O2 -std=c11 -Wall -Wextra -Werror -I include bench/bench.c -L "$RELEASE" -L "$OUT" \
    -lwsa_error -lswitch_baseline "-Wl,-rpath,$RELEASE" "-Wl,-rpath,$OUT" -o "$OUT/bench"

echo "## C, through the shared library"
echo
"$OUT/bench" "${CALLS:-2000000}"
echo

if [[ -x .venv/bin/python && -f bindings/python/bench/bench.py ]]; then
    echo "## Python, through the installed wheel"
    echo
    .venv/bin/python bindings/python/bench/bench.py
    echo
else
    echo "(Python: run \`make test\` first to create .venv with the wheel installed)" >&2
fi

echo "## Scanning a log: wsa-error --scan against grep -cE"
echo
# One 100 MB log (bench/make_log.py), both tools on it in the same run, each
# timed three times (the best wall time counts); peak RSS from /usr/bin/time.
cargo build --release -p wsa-error-cli --quiet
log=$OUT/scan.log
[[ -f $log ]] || python3 bench/make_log.py "$log" "${LOG_MB:-100}"
pattern='(WinError|[Ee]rror|Socket Error #|SocketException|WSA[A-Z_]+|ERROR_[A-Z_]+|0x[0-9A-Fa-f]{8})[^0-9]{0,16}[0-9]{2,5}'
best() { # best of three: wall seconds and peak RSS in KB
    local i t m best_time=999999 rss=0
    for i in 1 2 3; do
        # Output to a file: GNU grep stops at the first match when it writes to /dev/null.
        /usr/bin/time -f '%e %M' -o "$OUT/time.txt" "$@" >"$OUT/best.out" 2>/dev/null
        read -r t m <"$OUT/time.txt"
        if awk -v t="$t" -v b="$best_time" 'BEGIN { exit !(t < b) }'; then best_time=$t; fi
        ((m > rss)) && rss=$m
    done
    echo "$best_time $rss"
}
read -r scan_time scan_rss <<<"$(best "$RELEASE/wsa-error" --scan "$log")"
read -r grep_time grep_rss <<<"$(best grep -cE "$pattern" "$log")"
hits=$("$RELEASE/wsa-error" --scan --brief "$log" 2>/dev/null | wc -l)
echo "| command | best wall s | peak RSS KB |"
echo "|---|---:|---:|"
echo "| \`wsa-error --scan\` ($hits mentions, $(stat -c %s "$log") bytes) | $scan_time | $scan_rss |"
echo "| \`grep -cE\` (a comparable pattern) | $grep_time | $grep_rss |"
echo
echo "ratio: $(awk -v s="$scan_time" -v g="$grep_time" 'BEGIN { printf "%.2f", s / g }')x grep's time (target: at most 3x)"
echo

echo "## Rust (divan; each figure is one pass over the input mix)"
echo
echo '```text'
cargo bench --quiet --bench lookups 2>/dev/null
echo '```'
echo

echo "## Sizes"
echo
strip -o "$OUT/libwsa_error.stripped.so" "$RELEASE/libwsa_error.so"
so_size=$(stat -c %s "$OUT/libwsa_error.stripped.so")
text_size=$(python3 tests/catalog_text_bytes.py)
echo "- stripped libwsa_error.so: $so_size bytes, of which the catalog's text $text_size;" \
    "the rest $((so_size - text_size)) bytes (target: at most 100 KB = 102400 bytes);" \
    "NEEDED: $(readelf -d "$RELEASE/libwsa_error.so" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | tr '\n' ' ')"
echo "- libwsa_error.a: $(stat -c %s "$RELEASE/libwsa_error.a") bytes (target: at most 5 MB = 5242880 bytes)"
# The Windows DLL, when the mingw-w64 target is installed (make test installs it).
windows=$TARGET_DIR/x86_64-pc-windows-gnu/release
if cargo build --quiet --release -p wsa-error-ffi --target x86_64-pc-windows-gnu 2>/dev/null &&
    command -v x86_64-w64-mingw32-strip >/dev/null; then
    x86_64-w64-mingw32-strip -o "$OUT/wsa_error.stripped.dll" "$windows/wsa_error.dll"
    echo "- wsa_error.dll: $(stat -c %s "$windows/wsa_error.dll") bytes, $(stat -c %s "$OUT/wsa_error.stripped.dll")" \
        "stripped; imports: $(x86_64-w64-mingw32-objdump -p "$windows/wsa_error.dll" | sed -n 's/^\tDLL Name: //p' | tr '\n' ' ')"
else
    echo "(wsa_error.dll: the x86_64-pc-windows-gnu target or mingw-w64 is missing; make test installs them)" >&2
fi
module=$(ls .venv/lib/python*/site-packages/wsa_error/_native*.so 2>/dev/null | head -n 1 || true)
if [[ -n $module ]]; then
    echo "- Python extension module $(basename "$module"): $(stat -c %s "$module") bytes"
fi
