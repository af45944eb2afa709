"""Every attribute of every member, the errno values, and the exceptions."""

import errno
import pickle
import sys

import pytest

import wsa_error
from wsa_error import WSAError, _native

# What CPython on Windows raises for OSError(None, msg, None, code), read off
# CPython's own sources (PC/errmap.h winerror_to_errno, then the errnomap of
# Objects/exceptions.c, whose socket E* names are the WSA values on Windows):
# these ten codes get a subclass; every other catalog code, 995-997 included
# (errmap.h gives them EINVAL), stays a plain OSError.
CPYTHON_ON_WINDOWS = {
    10004: InterruptedError,  # WSAEINTR -> errno 4 (EINTR)
    10013: PermissionError,  # WSAEACCES -> errno 13 (EACCES)
    10035: BlockingIOError,  # EWOULDBLOCK is WSAEWOULDBLOCK there
    10036: BlockingIOError,  # EINPROGRESS
    10037: BlockingIOError,  # EALREADY
    10053: ConnectionAbortedError,
    10054: ConnectionResetError,
    10058: BrokenPipeError,  # ESHUTDOWN
    10060: TimeoutError,  # WSAETIMEDOUT, listed on its own in the errnomap
    10061: ConnectionRefusedError,
}


def expected_exception_type(member: WSAError) -> type:
    return CPYTHON_ON_WINDOWS.get(member.value, OSError)


@pytest.mark.parametrize(
    ("member", "expected"),
    [
        (WSAError.WSAECONNRESET, ConnectionResetError),
        (WSAError.WSAECONNREFUSED, ConnectionRefusedError),
        (WSAError.WSAECONNABORTED, ConnectionAbortedError),
        (WSAError.WSAETIMEDOUT, TimeoutError),
        (WSAError.WSAEWOULDBLOCK, BlockingIOError),
        (WSAError.WSAEINPROGRESS, BlockingIOError),
        (WSAError.WSAEALREADY, BlockingIOError),
        (WSAError.WSAEINTR, InterruptedError),
        (WSAError.WSAEACCES, PermissionError),
        (WSAError.WSAESHUTDOWN, BrokenPipeError),
        (WSAError.WSAEINVAL, OSError),
        (WSAError.WSAEADDRINUSE, OSError),
        (WSAError.WSAHOST_NOT_FOUND, OSError),
        (WSAError.NO_ERROR, OSError),
    ],
)
def test_exception_types(member, expected):
    assert member.exception_type is expected
    assert type(member.exception()) is expected


def test_every_exception_type_follows_cpython():
    members = list(WSAError)
    assert len(members) == len(wsa_error._native.codes())
    for member in members:
        assert member.exception_type is expected_exception_type(member), member
        assert type(member.exception()) is expected_exception_type(member), member


def test_exception_carries_errno_and_strerror():
    for member in WSAError:
        exception = member.exception()
        assert isinstance(exception, member.exception_type)
        assert exception.errno == member.errno
        assert exception.strerror == member.message
        if sys.platform == "win32":
            assert exception.winerror == member.value
        custom = member.exception("while connecting to db1")
        assert custom.strerror == "while connecting to db1"
        assert custom.errno == member.errno


def test_raise_member_exception():
    with pytest.raises(ConnectionRefusedError) as raised:
        raise WSAError.WSAECONNREFUSED.exception()
    assert raised.value.errno == errno.ECONNREFUSED
    assert str(raised.value) == f"[Errno {errno.ECONNREFUSED}] Connection refused"
    assert wsa_error.from_exception(raised.value) is WSAError.WSAECONNREFUSED


def test_errno_is_pythons_and_on_linux_the_c_librarys():
    for member in WSAError:
        if member is WSAError.NO_ERROR:
            assert member.errno == 0
        elif member.posix_name is None:
            assert member.errno is None
        else:
            assert member.errno == getattr(errno, member.posix_name, None)
        if sys.platform.startswith("linux"):
            assert member.errno == _native.errno(member), member


def test_attribute_types():
    for member in WSAError:
        assert isinstance(member, int)
        assert type(member.message) is str and member.message
        assert type(member.details) is str and len(member.details) > len(member.message)
        assert type(member.identifier) is str and member.identifier.isidentifier()
        assert type(member.aliases) is tuple
        assert member.posix_name is None or member.posix_name.startswith("E")
        assert member.gai_name is None or member.gai_name.startswith("EAI_")
        assert type(member.transient) is bool
        assert type(member.hresult) is int and 0 <= member.hresult < 2**32
        assert member.category in {
            "success", "argument", "state", "unsupported", "resource", "address", "network",
            "connection", "resolver", "startup", "overlapped", "qos", "compat",
        }


def test_a_few_answers():
    member = WSAError.WSAECONNRESET
    assert (member.posix_name, member.errno, member.category, member.transient) == (
        "ECONNRESET", errno.ECONNRESET, "connection", False)
    assert member.hresult == 0x80072746
    assert member.identifier == "connection_reset"
    assert WSAError.WSAHOST_NOT_FOUND.gai_name == "EAI_NONAME"
    assert WSAError.WSAETIMEDOUT.transient is True
    assert WSAError.NO_ERROR.hresult == 0
    assert WSAError.WSANO_DATA.aliases == ("WSANO_ADDRESS",)


def test_members_behave_as_int_enum_members():
    member = WSAError.WSAECONNRESET
    assert member == 10054 and hash(member) == hash(10054)
    assert member + 1 == 10055
    assert f"{member:d}" == "10054"
    assert repr(member) == "<WSAError.WSAECONNRESET: 10054>"
    assert pickle.loads(pickle.dumps(member)) is member
    assert WSAError.__members__["WSANO_ADDRESS"] is WSAError.WSANO_DATA
    assert WSAError.__doc__.startswith("A Windows Sockets error code")


def test_members_are_read_only():
    with pytest.raises(AttributeError):
        WSAError.WSAECONNRESET.message = "x"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        WSAError.WSAECONNRESET = 1  # type: ignore[misc]
