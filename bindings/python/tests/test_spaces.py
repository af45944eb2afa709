"""The Win32 and NTSTATUS socket errors reach their WSAError members, as
docs/catalog.json says (its "win32" and "ntstatus" arrays)."""

import pytest

import wsa_error
from wsa_error import WSAError


def winsock_of(row):
    return None if row["winsock"] is None else row["winsock"]["code"]


def test_every_win32_row_reaches_its_member(snapshot):
    rows = snapshot["win32"]
    assert rows, "the snapshot has Win32 rows"
    for row in rows:
        member = wsa_error.from_winerror(row["code"])
        expected = winsock_of(row)
        if expected is None:
            assert member is None, row["name"]
        else:
            assert member is WSAError(expected), row["name"]


def test_every_ntstatus_row_reaches_its_member_signed_or_not(snapshot):
    rows = snapshot["ntstatus"]
    assert rows, "the snapshot has NTSTATUS rows"
    for row in rows:
        expected = winsock_of(row)
        signed = row["code"] - (1 << 32) if row["code"] >= 1 << 31 else row["code"]
        for value in (row["code"], signed):
            member = wsa_error.from_ntstatus(value)
            if expected is None:
                assert member is None, row["name"]
            else:
                assert member is WSAError(expected), row["name"]


def test_the_common_cases():
    assert wsa_error.from_winerror(64) is WSAError.WSAECONNRESET
    assert wsa_error.from_winerror(10054) is WSAError.WSAECONNRESET
    assert wsa_error.from_winerror(995) is WSAError.WSA_OPERATION_ABORTED
    assert wsa_error.from_winerror(0) is WSAError.NO_ERROR
    assert wsa_error.from_ntstatus(0xC000020D) is WSAError.WSAECONNRESET
    assert wsa_error.from_ntstatus(-1073741299) is WSAError.WSAECONNRESET
    assert wsa_error.from_ntstatus(0) is WSAError.NO_ERROR


@pytest.mark.parametrize("value", [-1, 12345, 2**31, 2**32, 2**100, -(2**100)])
def test_other_ints_give_none(value):
    assert wsa_error.from_winerror(value) is None
    assert wsa_error.from_ntstatus(value) is None


@pytest.mark.parametrize("value", ["64", 64.0, None, b"64"])
def test_non_ints_raise_type_error(value):
    with pytest.raises(TypeError):
        wsa_error.from_winerror(value)
    with pytest.raises(TypeError):
        wsa_error.from_ntstatus(value)


def test_from_exception_follows_winerror_through_the_win32_table():
    # What asyncio raises on Windows for a reset connection: [WinError 64].
    error = OSError(22, "The specified network name is no longer available")
    error.winerror = 64
    assert wsa_error.from_exception(error) is WSAError.WSAECONNRESET
    error.winerror = 10061
    assert wsa_error.from_exception(error) is WSAError.WSAECONNREFUSED
    error.winerror = 12345
    assert wsa_error.from_exception(error) is None
