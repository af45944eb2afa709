"""The tests run against the installed wheel, never the source tree."""

import importlib.metadata
import re
import sys
import sysconfig
from pathlib import Path

import wsa_error
from wsa_error import _native


def test_imported_from_site_packages_not_the_source_tree(repo):
    package = Path(wsa_error.__file__).resolve().parent
    assert package.parent == Path(sysconfig.get_paths()["purelib"]).resolve()
    assert package != (repo / "bindings" / "python" / "wsa_error").resolve()
    assert Path(_native.__file__).resolve().parent == package


def test_the_extension_is_abi3_and_the_stubs_ship():
    package = Path(wsa_error.__file__).parent
    assert Path(_native.__file__).name.endswith(".abi3.so" if sys.platform != "win32" else ".pyd")
    assert (package / "_native.pyi").is_file()
    assert (package / "py.typed").is_file()


def workspace_version(repo: Path) -> str:
    """The version in the root Cargo.toml: the one place it is written."""
    text = (repo / "Cargo.toml").read_text(encoding="utf-8")
    section = re.search(r"^\[workspace\.package\]\n(.*?)(?=^\[)", text + "\n[", re.M | re.S)
    assert section, "root Cargo.toml has no [workspace.package]"
    version = re.search(r'^version = "([^"]+)"', section.group(1), re.M)
    assert version, "[workspace.package] has no version"
    return version.group(1)


def test_requires_python_is_the_abi3_floor(repo):
    # One wheel for every CPython from the floor on: pip must not offer it to an older one.
    cargo = (repo / "bindings" / "python" / "Cargo.toml").read_text(encoding="utf-8")
    floor = re.search(r'"abi3-py3(\d+)"', cargo)
    assert floor, "bindings/python/Cargo.toml names no abi3-py3XX feature"
    assert importlib.metadata.metadata("wsa-error")["Requires-Python"] == f">=3.{floor.group(1)}"
    assert sys.version_info >= (3, int(floor.group(1)))


def test_the_version_is_the_crates(repo):
    version = workspace_version(repo)
    assert wsa_error.__version__ == version
    assert importlib.metadata.version("wsa-error") == version


def test_public_names():
    assert sorted(wsa_error.__all__) == sorted(
        ["ScanMatch", "WSAError", "__version__", "describe", "details", "format", "from_errno",
         "from_exception", "from_ntstatus", "from_winerror", "lookup", "name", "scan"]
    )
    for public in wsa_error.__all__:
        assert hasattr(wsa_error, public)
    assert set(wsa_error.__all__) <= set(dir(wsa_error))
