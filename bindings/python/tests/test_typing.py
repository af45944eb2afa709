"""The type information: stubtest checks the native module's stub against the
built module, and mypy --strict accepts typed code using the package (and
rejects misuse, which proves it sees the enum's members)."""

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def run_tool(*arguments: str, cwd: Path) -> subprocess.CompletedProcess:
    """Runs a mypy tool from `cwd`, with its cache in $MYPY_CACHE_DIR when the run
    keeps one (tests/run_all.sh does), else in `cwd`."""
    cache = os.environ.get("MYPY_CACHE_DIR") or str(cwd / ".mypy_cache")
    return subprocess.run(
        [sys.executable, "-m", *arguments],
        capture_output=True, text=True, cwd=cwd, timeout=300,
        env={**os.environ, "MYPY_CACHE_DIR": cache},
    )


def mypy(*arguments: str, cwd: Path) -> subprocess.CompletedProcess:
    return run_tool("mypy", "--strict", "--no-error-summary", *arguments, cwd=cwd)


def test_stubtest_on_the_native_module(tmp_path_factory):
    result = run_tool("mypy.stubtest", "wsa_error._native", cwd=tmp_path_factory.getbasetemp())
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_accepts_typed_usage(tmp_path_factory):
    result = mypy(str(HERE / "typed_usage.py"), cwd=tmp_path_factory.getbasetemp())
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_on_the_installed_package(tmp_path_factory):
    result = mypy("-p", "wsa_error", cwd=tmp_path_factory.getbasetemp())
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_rejects_misuse(tmp_path_factory):
    result = mypy(str(HERE / "typed_misuse.py"), cwd=tmp_path_factory.getbasetemp())
    lines = [line for line in result.stdout.splitlines() if ": error:" in line]
    expected = {
        line_number
        for line_number, line in enumerate((HERE / "typed_misuse.py").read_text().splitlines(), 1)
        if line.rstrip().endswith("# error")
    }
    found = {int(line.split(":")[1]) for line in lines}
    assert found == expected, result.stdout
