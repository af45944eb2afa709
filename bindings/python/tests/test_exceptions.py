"""from_exception() with real socket failures, and from_errno()."""

import errno
import socket
import sys

import pytest

import wsa_error
from wsa_error import WSAError, _native, from_errno, from_exception


def closed_loopback_port() -> int:
    """A loopback port nothing listens on: bound once to find it free, then closed."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_real_connection_refused():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as client:
        with pytest.raises(ConnectionRefusedError) as raised:
            client.connect(("127.0.0.1", closed_loopback_port()))
    member = from_exception(raised.value)
    assert member is WSAError.WSAECONNREFUSED
    assert member.exception_type is ConnectionRefusedError
    assert isinstance(raised.value, member.exception_type)


def test_a_real_address_in_use():
    with socket.socket() as first, socket.socket() as second:
        first.bind(("127.0.0.1", 0))
        first.listen()
        with pytest.raises(OSError) as raised:
            second.bind(first.getsockname())
    assert from_exception(raised.value) is WSAError.WSAEADDRINUSE


def test_a_real_resolver_failure():
    with pytest.raises(socket.gaierror) as raised:
        socket.getaddrinfo("no-such-host.invalid", 80)
    member = from_exception(raised.value)
    assert member is not None, raised.value
    # Whichever EAI_* code the resolver gave (EAI_NONAME, or EAI_AGAIN offline),
    # the member is the one Windows defines that code as.
    assert getattr(socket, member.gai_name) == raised.value.errno


def test_gai_errors_by_code():
    assert from_exception(socket.gaierror(socket.EAI_NONAME, "x")) is WSAError.WSAHOST_NOT_FOUND
    assert from_exception(socket.gaierror(socket.EAI_AGAIN, "x")) is WSAError.WSATRY_AGAIN
    assert from_exception(socket.gaierror(socket.EAI_FAIL, "x")) is WSAError.WSANO_RECOVERY
    assert from_exception(socket.gaierror(-12345, "x")) is None


def test_a_real_timeout():
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        with socket.create_connection(server.getsockname()) as client:
            client.settimeout(0.01)
            with pytest.raises(TimeoutError) as raised:
                client.recv(1)
    # A socket timeout carries no errno: nothing to map.
    assert from_exception(raised.value) is None
    assert from_exception(TimeoutError(errno.ETIMEDOUT, "timed out")) is WSAError.WSAETIMEDOUT


def test_winerror_wins_over_errno():
    error = OSError(errno.EINVAL, "x")
    error.winerror = 10061  # type: ignore[attr-defined]
    assert from_exception(error) is WSAError.WSAECONNREFUSED
    # ERROR_ACCESS_DENIED is in the Win32 table: it stands for WSAEACCES.
    error.winerror = 5  # type: ignore[attr-defined]
    assert from_exception(error) is WSAError.WSAEACCES
    # ERROR_OUTOFMEMORY is neither a Winsock code nor in the Win32 table.
    error.winerror = 14  # type: ignore[attr-defined]
    assert from_exception(error) is None


def test_exceptions_without_a_code():
    assert from_exception(OSError("no errno")) is None
    assert from_exception(OSError(99999, "unknown errno")) is None
    assert from_exception(ValueError("x")) is None
    assert from_exception(KeyboardInterrupt()) is None


@pytest.mark.parametrize("value", [None, 10054, "ECONNRESET", OSError, object()])
def test_non_exceptions_raise_type_error(value):
    with pytest.raises(TypeError):
        from_exception(value)


def test_from_errno():
    assert from_errno(errno.ECONNRESET) is WSAError.WSAECONNRESET
    assert from_errno(errno.EINVAL) is WSAError.WSAEINVAL  # not 87
    assert from_errno(errno.EAGAIN) is WSAError.WSAEWOULDBLOCK
    assert from_errno(errno.EBADF) is WSAError.WSAEBADF  # not 6
    assert from_errno(0) is WSAError.NO_ERROR
    assert from_errno(-1) is None
    assert from_errno(2**100) is None
    assert from_errno(errno.ENOENT) is None


@pytest.mark.skipif(
    not sys.platform.startswith("linux"),
    reason="elsewhere Python's errno values differ from the C library's by design (Windows)",
)
def test_from_errno_agrees_with_the_c_library_on_linux():
    # On Linux Python's errno values are the C library's, so the package (Python's
    # values) and the crate (the C library's, through _native) agree on every errno.
    for errnum in range(-2, 200):
        found = from_errno(errnum)
        assert (None if found is None else found.value) == _native.from_errno(errnum), errnum


@pytest.mark.parametrize("value", ["104", 104.0, None, b"x", object()])
def test_from_errno_needs_an_int(value):
    with pytest.raises(TypeError):
        from_errno(value)


def test_from_errno_takes_index_objects():
    class Errno:
        def __index__(self) -> int:
            return errno.ECONNREFUSED

    assert from_errno(Errno()) is WSAError.WSAECONNREFUSED
    assert wsa_error.from_errno(True) is from_errno(1)
