"""How WSAError is built: on first use, by the generated class statement on
Enum's public API (no private name such as enum._simple_enum), and equal to
the enum Enum's functional API builds from the same lines."""

import enum
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import wsa_error
from wsa_error import WSAError, _codes, _enum


def plain_class_from_generated_module() -> type:
    """The generated class body, run as a plain class (what the decorator receives)."""
    source = Path(_codes.__file__).read_text(encoding="utf-8")
    source = source.replace("from ._enum import _enum_from_class, _Members\n", "")
    namespace = {"_enum_from_class": lambda cls: cls, "_Members": object, "__name__": _codes.__name__}
    exec(compile(source, _codes.__file__, "exec"), namespace)
    return namespace["WSAError"]


def functional_api_build(cls: type) -> type:
    """The enum Enum's functional API builds from a plain class's NAME = value
    lines (a repeated value becomes an alias, as in a class body)."""
    members = [(key, value) for key, value in vars(cls).items() if not key.startswith("_")]
    built = _enum._WSAErrorBase(cls.__name__, members, module=cls.__module__, qualname=cls.__qualname__)
    built.__doc__ = cls.__doc__
    return built


def describe(cls: type) -> list:
    """Everything about an enum that users can see, without its identity."""
    return [
        cls.__name__,
        cls.__qualname__,
        cls.__module__,
        cls.__doc__,
        [(member.name, member.value, repr(member), str(member), format(member), f"{member:x}")
         for member in cls],
        {key: member.name for key, member in cls.__members__.items()},
        [(m.message, m.errno, m.exception_type, m.aliases) for m in cls],
        [cls(m.value).name for m in cls],
        issubclass(cls, enum.IntEnum),
        cls.__mro__[1:],
    ]


def test_the_class_statement_gives_the_functional_api_enum():
    functional = functional_api_build(plain_class_from_generated_module())
    assert describe(functional) == describe(WSAError)
    assert WSAError._member_names_ == functional._member_names_
    assert list(WSAError._value2member_map_) == list(functional._value2member_map_)


def test_the_installed_enum_is_bound_for_lookup():
    assert all(wsa_error.lookup(member.value) is member for member in WSAError)


def run_fresh(code: str) -> str:
    return subprocess.run(
        [sys.executable, "-W", "error", "-c", textwrap.dedent(code)],
        capture_output=True, text=True, check=True,
    ).stdout


@pytest.mark.parametrize(
    "first_use",
    ["wsa_error.WSAError.WSAECONNRESET", "wsa_error.lookup(10054)", "wsa_error.from_errno(104)",
     "wsa_error.lookup('WSAECONNRESET')", "__import__('wsa_error._codes')"],
)
def test_the_enum_is_built_on_first_use(first_use):
    out = run_fresh(
        f"""
        import sys
        enum_before = "enum" in sys.modules  # a .pth file may have imported it already
        import wsa_error
        print("wsa_error._codes" in sys.modules, ("enum" in sys.modules) != enum_before)
        assert wsa_error.name(10054) == "WSAECONNRESET" and wsa_error.format(1) != ""
        print("wsa_error._codes" in sys.modules)
        {first_use}
        print(wsa_error.lookup(10054) is wsa_error.WSAError.WSAECONNRESET)
        """
    )
    assert out.split() == ["False", "False", "False", "True"]


def test_from_the_package_import_star():
    out = run_fresh(
        """
        from wsa_error import *
        print(WSAError.WSAECONNRESET.message, lookup(10054) is WSAError.WSAECONNRESET)
        """
    )
    assert out == "Connection reset by peer True\n"


def test_built_without_private_enum_names():
    # enum._simple_enum (CPython 3.11+) is private: the enum must not need it.
    out = run_fresh(
        """
        import enum

        def refuse(*args, **kwargs):
            raise AssertionError("enum._simple_enum was called")

        enum._simple_enum = refuse
        import wsa_error
        print(len(wsa_error.WSAError), wsa_error.lookup(10054) is wsa_error.WSAError.WSAECONNRESET)
        """
    )
    assert out == f"{len(WSAError)} True\n"
