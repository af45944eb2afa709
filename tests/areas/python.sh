#!/usr/bin/env bash
# Python: the wheel, its installs and its tests.
# Sourced by tests/run_all.sh (which sources tests/lib/common.sh first); defines
# functions only, and python_steps, which runs this area's steps in order.

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
    [[ ${wheel##*/} == wsa_error-*-cp310-abi3-*.whl ]] || { echo "not one abi3 wheel for CPython 3.10+: $wheel" >&2; return 1; }
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

# The same wheel and tests on the machine's other CPythons (pyenv's), down to
# 3.10, the oldest the abi3 wheel is for. Type checking stays with .venv (its
# mypy is pinned there).
python_other_versions() {
    local python version tested=() failed=()
    for python in "${PYENV_ROOT:-$HOME/.pyenv}"/versions/3.*/bin/python3; do
        [[ -x $python ]] || continue
        version=$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])') || continue
        # One interpreter per version, 3.10 and later, not the .venv's, not free-threaded.
        [[ " ${tested[*]} ${failed[*]} " == *" $version "* ]] && continue
        "$python" -c 'import sys, sysconfig
sys.exit(sys.version_info < (3, 10) or sys.version_info[:2] == tuple(map(int, sys.argv[1].split("."))) or bool(sysconfig.get_config_var("Py_GIL_DISABLED")))'                 "$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')" || continue
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
    [[ " ${tested[*]} " == *" 3.10 "* ]] || { echo "no CPython 3.10 found under pyenv to test the oldest supported version" >&2; return 1; }
    ((${#failed[@]} == 0))
}

python_bench_smoke() {
    # Only that the benchmark runs: its numbers are for reading (README), not a test.
    (cd "$PYTHON_OUT" && "$PYTHON" "$ROOT/bindings/python/bench/bench.py" --quick)
}

python_steps() {
    step "python: .venv with the pinned tools (maturin, pytest, hypothesis, mypy, auditwheel)" python_venv
    step "python: maturin build --release: one abi3 wheel, manylinux per auditwheel" python_wheel
    step "python: pip install ./bindings/python (maturin as the PEP 517 backend)" python_pip_install_source
    step "python: maturin sdist installs with pip in a fresh virtualenv" python_sdist
    step "python: pytest against the installed wheel (warnings are errors)" python_pytest
    step "python: the same wheel and tests on the other CPythons here (3.10 and later)" python_other_versions
    step "python: the benchmark runs (bench.py --quick)" python_bench_smoke
}
