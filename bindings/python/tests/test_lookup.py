"""lookup(): every form of key, the member it answers with, and what it raises."""

import pytest

import wsa_error
from wsa_error import WSAError, lookup

RESET = WSAError.WSAECONNRESET


@pytest.mark.parametrize(
    "key",
    [
        10054,
        RESET,
        "10054",
        " 10054 ",
        "+10054",
        "0x2746",
        "0X2746",
        "0x80072746",
        "-2147014842",
        0x80072746,
        -2147014842,
        "WSAECONNRESET",
        "wsaeconnreset",
        "ECONNRESET",
        "econnreset",
    ],
)
def test_every_form_of_key_gives_the_member_itself(key):
    assert lookup(key) is RESET


def test_lookup_does_not_go_through_the_enum_constructor(monkeypatch):
    # The member comes from the native table, built once: patching the enum's
    # metaclass call would not be seen.
    calls = []
    original = type(WSAError).__call__

    def counting_call(cls, *args, **kwargs):
        calls.append(args)
        return original(cls, *args, **kwargs)

    monkeypatch.setattr(type(WSAError), "__call__", counting_call)
    assert lookup(10054) is RESET
    assert lookup("WSAECONNRESET") is RESET
    assert calls == []


def test_the_enum_constructor_and_index_agree():
    assert WSAError(10054) is RESET
    assert WSAError["WSAECONNRESET"] is RESET
    assert WSAError.WSAECONNRESET == 10054


def test_no_error_and_the_low_codes():
    assert lookup(0) is WSAError.NO_ERROR
    assert lookup("0") is WSAError.NO_ERROR
    assert lookup("NO_ERROR") is WSAError.NO_ERROR
    assert lookup(995) is WSAError.WSA_OPERATION_ABORTED
    assert lookup(False) is WSAError.NO_ERROR  # bool is an int


@pytest.mark.parametrize(
    "key",
    [12345, -1, 10010, 1, True, 2**31, -(2**31) - 1, 2**100, -(2**100), 0x80070005,
     "12345", "x", "", " ", "0x", "0x80072746x", "WSAECONNRESET2", "EFOO", "1e4",
     "\udc80", "WSAECONN\x00RESET", "１００５４"],
)
def test_unknown_keys_raise_lookup_error_naming_them(key):
    with pytest.raises(LookupError) as raised:
        lookup(key)
    assert repr(key) in str(raised.value)


def test_a_long_key_is_named_shortened():
    key = "x" * 10_000
    with pytest.raises(LookupError) as raised:
        lookup(key)
    message = str(raised.value)
    assert message.startswith("'xxxx") and "..." in message and len(message) < 200


@pytest.mark.parametrize("key", [None, 10054.0, b"10054", bytearray(b"x"), [10054], (10054,), {}, object(), 1j])
def test_other_types_raise_type_error(key):
    with pytest.raises(TypeError):
        lookup(key)


def test_objects_with_index_are_ints():
    class Code:
        def __index__(self) -> int:
            return 10061

    assert lookup(Code()) is WSAError.WSAECONNREFUSED


def test_an_int_and_its_decimal_text_name_the_same_member():
    for number in [0, 6, 87, 10054, 11001, 11033, 0x80072746, -2147014842, 0x80070006]:
        assert lookup(number) is lookup(str(number))
