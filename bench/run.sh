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

echo "## Rust (divan; each figure is one pass over the input mix)"
echo
echo '```text'
cargo bench --quiet --bench lookups 2>/dev/null
echo '```'
echo

echo "## Sizes"
echo
strip -o "$OUT/libwsa_error.stripped.so" "$RELEASE/libwsa_error.so"
echo "- stripped libwsa_error.so: $(stat -c %s "$OUT/libwsa_error.stripped.so") bytes (target: at most 100 KB = 102400 bytes);" \
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
