"""`python -m wsa_error` and the `wsa-error-py` command: the Rust `wsa-error`
command itself (wsa_error::cli::run, linked into the extension module), so
both print the same bytes and exit with the same status."""

from __future__ import annotations

import os
import sys

from . import _native

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import NoReturn, TextIO

#: The program name the command is run under. Its usage and help text name it,
#: so it is the Rust command's name for the output to match byte for byte.
PROGRAM = "wsa-error"


def _write(stream: TextIO, data: bytes) -> None:
    if not data:
        return
    buffer = getattr(stream, "buffer", None)
    if buffer is None:  # a text-only stand-in, such as io.StringIO
        stream.write(data.decode("utf-8", "replace"))
        return
    stream.flush()
    buffer.write(data)
    buffer.flush()


def run(args: Sequence[str]) -> int:
    """Runs the command with args (without the program name), writes what it
    prints to sys.stdout and sys.stderr, and returns its exit status: 0 when
    everything was found, 1 when something was not, 2 for a usage error."""
    status, out, err = _native.run_cli([PROGRAM, *args])
    _write(sys.stdout, out)
    _write(sys.stderr, err)
    return status


def main() -> NoReturn:
    """The console script: run with sys.argv and exit with the status."""
    try:
        status = run(sys.argv[1:])
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly, and keep Python's exit-time
        # flush of stdout from failing again (the recipe in the signal module's docs).
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        status = 1
    sys.exit(status)
