"""name(), describe(), details(), format(): known and unknown codes, and bad input."""

import pytest

import wsa_error
from wsa_error import WSAError, describe, details, format, name

TEXT_FUNCTIONS = [name, describe, details]


def test_known_codes():
    assert name(10054) == "WSAECONNRESET"
    assert describe(10054) == "Connection reset by peer"
    assert "reset" in details(10054) and details(10054) == WSAError.WSAECONNRESET.details
    assert format(10054) == "WSAECONNRESET (10054): Connection reset by peer"
    assert name(0) == "NO_ERROR"
    assert format(11001) == "WSAHOST_NOT_FOUND (11001): Host not found"


def test_members_are_codes():
    member = WSAError.WSAECONNREFUSED
    assert name(member) == "WSAECONNREFUSED"
    assert describe(member) == member.message
    assert details(member) == member.details
    assert format(member) == "WSAECONNREFUSED (10061): Connection refused"


@pytest.mark.parametrize("code", [-1, 1, 5, 10010, 12345, 2**31 - 1, -(2**31), 2**31, 2**63, 2**100, -(2**100)])
def test_unknown_codes(code):
    for function in TEXT_FUNCTIONS:
        assert function(code) is None
    assert format(code) == f"Unknown Windows Sockets error {code}"


def test_names_are_the_enum_names():
    # Interned once: the very string the member's name is.
    assert name(10054) is WSAError.WSAECONNRESET.name


@pytest.mark.parametrize("value", ["10054", "WSAECONNRESET", "x", None, 10054.0, b"1", [1], object(), 1j])
def test_non_ints_raise_type_error(value):
    for function in [*TEXT_FUNCTIONS, format]:
        with pytest.raises(TypeError):
            function(value)


def test_bool_and_index_objects_are_ints():
    class Code:
        def __index__(self) -> int:
            return 10060

    assert name(Code()) == "WSAETIMEDOUT"
    assert format(Code()) == "WSAETIMEDOUT (10060): Connection timed out"
    assert name(False) == "NO_ERROR"
    assert name(True) is None


def test_an_index_that_raises_propagates():
    class Broken:
        def __index__(self) -> int:
            raise ValueError("no")

    for function in [*TEXT_FUNCTIONS, format, wsa_error.lookup]:
        with pytest.raises(ValueError, match="no"):
            function(Broken())


def test_positional_only_like_dict_get():
    with pytest.raises(TypeError):
        name(code=10054)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        name()  # type: ignore[call-overload]
    with pytest.raises(TypeError):
        name(1, 2)  # type: ignore[call-overload]


def test_signatures_are_introspectable():
    import inspect

    for function in [*TEXT_FUNCTIONS, format, wsa_error.lookup]:
        parameters = list(inspect.signature(function).parameters.values())
        assert len(parameters) == 1
        assert parameters[0].kind is inspect.Parameter.POSITIONAL_ONLY
        assert function.__doc__
