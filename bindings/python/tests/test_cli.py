"""`python -m wsa_error` and `wsa-error-py` print exactly what the Rust
`wsa-error` command prints, byte for byte, and exit with its status."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ARGUMENT_LISTS = [
    ["10054"],
    ["WSAECONNRESET", "wsaeconnreset", "ECONNRESET", "0x2746", "0x80072746", "-2147014842"],
    ["10054", "nope", "11001"],
    ["nope"],
    [],
    ["--json", "10061", "WSANO_ADDRESS"],
    ["--brief", "10060"],
    ["--search", "refused"],
    ["--search", "no-such-word-anywhere"],
    ["--list"],
    ["--list", "--json"],
    ["--markdown"],
    ["--help"],
    ["--version"],
    ["--no-such-option"],
    ["--list", "--search", "x"],
    ["wsaeconnrest"],
    ["\u00e9t\u00e9", "10054"],
]


def run(command: list) -> tuple:
    result = subprocess.run(command, capture_output=True, timeout=60)
    return result.returncode, result.stdout, result.stderr


def console_script() -> Path:
    scripts = Path(sys.executable).parent
    return scripts / ("wsa-error-py.exe" if sys.platform == "win32" else "wsa-error-py")


@pytest.mark.parametrize("arguments", ARGUMENT_LISTS, ids=lambda args: " ".join(args) or "(none)")
def test_python_m_matches_the_rust_command(rust_cli, arguments):
    expected = run([str(rust_cli), *arguments])
    assert run([sys.executable, "-m", "wsa_error", *arguments]) == expected


@pytest.mark.parametrize("arguments", [["10054"], ["nope"], [], ["--json", "0x2746"]])
def test_the_console_script_matches_the_rust_command(rust_cli, arguments):
    assert console_script().is_file()
    assert run([str(console_script()), *arguments]) == run([str(rust_cli), *arguments])


def test_the_exit_statuses(rust_cli):
    assert run([sys.executable, "-m", "wsa_error", "10054"])[0] == 0
    assert run([sys.executable, "-m", "wsa_error", "10054", "nope"])[0] == 1
    assert run([sys.executable, "-m", "wsa_error"])[0] == 2


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX argv bytes")
def test_arguments_that_are_not_utf8(rust_cli):
    # argv bytes reach both commands unchanged (Python hands them over through os.fsencode).
    argument = b"\xff10054"
    expected = run([str(rust_cli).encode(), argument])
    assert run([os.fsencode(sys.executable), b"-m", b"wsa_error", argument]) == expected


def test_a_closed_pipe_is_quiet():
    # `python -m wsa_error --markdown | head -c 10`: no traceback when the reader leaves.
    with subprocess.Popen(
        [sys.executable, "-m", "wsa_error", "--markdown"], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.read(10)
        process.stdout.close()
        stderr = process.stderr.read()
        process.wait(timeout=60)
    assert b"Traceback" not in stderr, stderr.decode(errors="replace")
