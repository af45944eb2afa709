"""Shared fixtures for the wsa_error tests.

The tests exercise the *installed* package (tests/run_all.sh installs the wheel
into the project's .venv and runs pytest from a directory where the source
tree is not importable); test_installed.py proves it.
"""

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

#: The repository root: bindings/python/tests/ is three levels below it.
REPO = Path(__file__).resolve().parents[3]

# Reproducible in CI (the same examples every run), and no example database
# written into whatever directory pytest runs from.
settings.register_profile(
    "wsa_error",
    derandomize=True,
    database=None,
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile("wsa_error")


@pytest.fixture(scope="session")
def repo() -> Path:
    """The repository root."""
    return REPO


@pytest.fixture(scope="session")
def snapshot() -> dict:
    """docs/catalog.json, the generated snapshot every binding is compared with."""
    return json.loads((REPO / "docs" / "catalog.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def entries(snapshot: dict) -> list:
    return snapshot["entries"]


@pytest.fixture(scope="session")
def rust_cli() -> Path:
    """The Rust `wsa-error` command: $WSA_ERROR_CLI, else target/release/wsa-error.

    Missing is a failure, not a skip: build it with `cargo build --release`.
    """
    configured = os.environ.get("WSA_ERROR_CLI")
    if configured:
        path = Path(configured)
    else:
        target = Path(os.environ.get("CARGO_TARGET_DIR", REPO / "target"))
        path = target / "release" / "wsa-error"
    if not path.is_file():
        pytest.fail(f"the Rust command {path} is missing: run `cargo build --release` (or set WSA_ERROR_CLI)")
    return path
