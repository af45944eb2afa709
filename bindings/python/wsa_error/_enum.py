"""How a WSAError member behaves. The members are generated into _codes.py.

Every attribute is answered by the native module from the crate's table, so
nothing here repeats the catalog; the only platform knowledge is Python's own
(the errno module, and the OSError subclass CPython picks for an errno).
"""

import enum
import errno as _errno
import sys

from . import _native

# Not typing.TYPE_CHECKING, nor `from __future__ import annotations`: each would
# import a module at run time. mypy treats any name TYPE_CHECKING as true.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import TypeVar

    _Class = TypeVar("_Class", bound=type)


# The OSError subclass CPython raises on Windows for a Windows error code, as
# CPython decides it: PC/errmap.h (winerror_to_errno) turns the code into an
# errno, then the errnomap of Objects/exceptions.c picks the subclass.
#
# winerror_to_errno passes codes 10000-11999 through unchanged, except these
# six, which become the C runtime's errno (the code minus 10000); any other
# code without a case of its own, 995-997 among them, becomes EINVAL (22).
_WINSOCK_TO_CRT_ERRNO = frozenset((10004, 10009, 10013, 10014, 10022, 10024))
_WIN32_TO_ERRNO = {6: 9, 8: 12}  # EBADF, ENOMEM; 87 and the rest: EINVAL

# The errnomap entries those errnos can meet. On Windows, Objects/exceptions.c
# redefines the socket E* names as the WSA values (EWOULDBLOCK is 10035), and
# keeps the C runtime's for the others (EINTR 4, EACCES 13); errnos 9, 12, 14,
# 22, 24 and every other Winsock code have no subclass.
_WINDOWS_SUBCLASS_BY_ERRNO: "dict[int, type[OSError]]" = {
    4: InterruptedError,
    13: PermissionError,
    10035: BlockingIOError,
    10036: BlockingIOError,
    10037: BlockingIOError,
    10053: ConnectionAbortedError,
    10054: ConnectionResetError,
    10058: BrokenPipeError,
    10060: TimeoutError,
    10061: ConnectionRefusedError,
}


def _windows_exception_type(code: int) -> "type[OSError]":
    """The class of OSError(None, msg, None, code) on CPython for Windows."""
    if 10000 <= code < 12000:
        errno = code - 10000 if code in _WINSOCK_TO_CRT_ERRNO else code
    else:
        errno = _WIN32_TO_ERRNO.get(code, 22)
    return _WINDOWS_SUBCLASS_BY_ERRNO.get(errno, OSError)


class _WSAErrorBase(enum.IntEnum):
    """The behaviour every WSAError member shares (no members of its own)."""

    @property
    def message(self) -> str:
        """The short message, in the style of strerror: 'Connection reset by peer'."""
        return _native.describe(self)

    @property
    def details(self) -> str:
        """A few sentences: what happened, the usual causes, what to do."""
        return _native.details(self)

    @property
    def identifier(self) -> str:
        """The snake_case identifier, as std::errc would spell it: 'connection_reset'."""
        return _native.identifier(self)

    @property
    def aliases(self) -> tuple[str, ...]:
        """Other names the Windows SDK defines for this code: ('WSANO_ADDRESS',) for WSANO_DATA."""
        return _native.aliases(self)

    @property
    def posix_name(self) -> "str | None":
        """The POSIX errno name ('ECONNRESET'), or None where there is no equivalent."""
        return _native.posix_name(self)

    @property
    def errno(self) -> "int | None":
        """This platform's errno value as Python's errno module has it, 0 for NO_ERROR,
        or None (no POSIX equivalent, or none on this platform).

        On Windows that is the value Python uses there (errno.ECONNRESET is 10054),
        not the C runtime's.
        """
        if self._value_ == 0:
            return 0
        posix_name = _native.posix_name(self)
        return None if posix_name is None else getattr(_errno, posix_name, None)

    @property
    def gai_name(self) -> "str | None":
        """The getaddrinfo EAI_* name Windows defines as this code ('EAI_NONAME' for 11001), or None."""
        return _native.gai_name(self)

    @property
    def references(self) -> tuple[str, ...]:
        """The Windows API functions whose Microsoft reference page lists this code ('recv', 'WSARecv', ...)."""
        return _native.references(self)

    @property
    def category(self) -> str:
        """The kind of failure: 'connection', 'resolver', 'resource', ... (see the README)."""
        return _native.category(self)

    @property
    def transient(self) -> bool:
        """Whether repeating the same operation later, unchanged, can succeed."""
        return _native.is_transient(self)

    @property
    def hresult(self) -> int:
        """HRESULT_FROM_WIN32 of the code, unsigned: 0x80072746 for 10054, 0 for NO_ERROR."""
        return _native.hresult(self)

    @property
    def exception_type(self) -> type[OSError]:
        """The OSError subclass CPython on Windows raises for this code
        (ConnectionResetError for WSAECONNRESET), or OSError where it has none
        (WSA_IO_PENDING, WSAEINVAL), on every platform."""
        return _windows_exception_type(self._value_)

    def exception(self, msg: "str | None" = None) -> OSError:
        """A new exception for this code, to raise: the exception_type, with
        errno (see the errno property), strerror (msg, or else the message)
        and, on Windows, winerror set.

        >>> raise WSAError.WSAECONNREFUSED.exception()
        Traceback (most recent call last):
          ...
        ConnectionRefusedError: [Errno 111] Connection refused
        """
        strerror = self.message if msg is None else msg
        if sys.platform == "win32":
            # CPython sets errno from winerror, and picks the subclass from that errno,
            # exactly as for an error a socket call raised.
            return OSError(None, strerror, None, self._value_)
        cls = self.exception_type
        if cls is not OSError:
            return cls(self.errno, strerror)
        # OSError(errno, ...) would pick this platform's subclass for the errno
        # (BlockingIOError for WSA_IO_PENDING's EINPROGRESS); Windows picks none.
        exception = OSError(None, strerror)
        exception.errno = self.errno
        return exception


# The generated class statement in _codes.py derives from _Members, so it is
# what builds the enum: Enum's public API and nothing private. A class statement
# on an enum base costs about 0.75 ms for ~100 members; enum._simple_enum, which
# the standard library uses for its own large enums (http.HTTPStatus), takes
# half that, but it is a private name that may change in any release.
_Members = _WSAErrorBase

if TYPE_CHECKING:

    def _enum_from_class(cls: _Class) -> _Class: ...

else:

    def _enum_from_class(cls):
        # lookup() answers with these members; iterating gives one per entry, in code order.
        _native._bind_members(cls)
        return cls
