"""Every Windows Sockets (Winsock) error code: the exact SDK name, a short
message, an explanation worth reading, the POSIX errno and getaddrinfo
equivalents, a category and whether retrying can help.

>>> import wsa_error
>>> wsa_error.name(10054)
'WSAECONNRESET'
>>> error = wsa_error.lookup("0x80072746")
>>> error is wsa_error.WSAError.WSAECONNRESET, error.message, error.posix_name
(True, 'Connection reset by peer', 'ECONNRESET')
>>> wsa_error.format(12345)
'Unknown Windows Sockets error 12345'

The catalog is the Rust crate wsa-error's, linked into the extension module
wsa_error._native: the same table the C library exports, on every platform.

Importing this package loads only that module. The WSAError enum (and the
enum module it needs) is built on first use: by lookup(), from_errno(),
from_exception(), or reading wsa_error.WSAError. name(), describe(), details()
and format() never need it.
"""

# Annotations are quoted rather than `from __future__ import annotations`, which
# imports a module at run time: about 0.3 ms, as long as the rest of the import.
import sys as _sys

from . import _native

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing; mypy knows the name
if TYPE_CHECKING:
    from ._codes import WSAError

__all__ = [
    "WSAError",
    "__version__",
    "describe",
    "details",
    "format",
    "from_errno",
    "from_exception",
    "from_ntstatus",
    "from_winerror",
    "lookup",
    "name",
    "scan",
    "ScanMatch",
]

#: The version of the wsa-error crate this package was built from.
__version__: str = _native.__version__

# The native functions themselves, with no Python frame in between: name(),
# describe() and details() cost what a dict's .get() costs, lookup() under twice that.
name = _native.name
describe = _native.describe
details = _native.details
format = _native.format
lookup = _native.lookup


if not TYPE_CHECKING:  # mypy sees the import above, and no catch-all __getattr__

    def __getattr__(attribute):
        # PEP 562: WSAError is built the first time it is asked for.
        if attribute == "WSAError":
            from ._codes import WSAError

            globals()["WSAError"] = WSAError
            return WSAError
        raise AttributeError(f"module {__name__!r} has no attribute {attribute!r}")

    def __dir__():
        return sorted({*globals(), *__all__})


_member_by_errno: "dict[int, WSAError] | None" = None


def _errno_table() -> "dict[int, WSAError]":
    """This platform's errno values, as Python's errno module has them, to members.

    The POSIX names and the code each resolves to are the crate's (so EINVAL gives
    WSAEINVAL, not the Win32 code 87); the numbers are Python's, which on Windows
    are Winsock codes (errno.ECONNRESET is 10054) rather than the C runtime's.
    """
    global _member_by_errno
    if _member_by_errno is None:
        import errno

        table = {0: lookup(0)}
        for posix_name, code in _native.posix_names():
            value = getattr(errno, posix_name, None)
            if value is not None:
                table.setdefault(value, lookup(code))
        _member_by_errno = table
    return _member_by_errno


def from_errno(errnum: int) -> "WSAError | None":
    """The member for this platform's errno value (as Python's errno module has
    it), or None; 0 gives NO_ERROR. When several codes share an errno, the
    10000-range one wins: from_errno(errno.EINVAL) is WSAEINVAL. TypeError for
    anything but an int.

    >>> import errno
    >>> from_errno(errno.ECONNRESET) is WSAError.WSAECONNRESET
    True
    """
    if type(errnum) is not int:
        from operator import index

        errnum = index(errnum)
    return _errno_table().get(errnum)


def from_winerror(code: int) -> "WSAError | None":
    """The member a Windows error code stands for, or None: a catalog code
    gives its own member, a Win32 code seen on socket paths the member it
    stands for (64, ERROR_NETNAME_DELETED, gives WSAECONNRESET). TypeError for
    anything but an int.

    >>> from_winerror(64) is WSAError.WSAECONNRESET
    True
    """
    winsock = _native.from_win32(code)
    return None if winsock is None else lookup(winsock)


def from_ntstatus(status: int) -> "WSAError | None":
    """The member an NTSTATUS stands for, as WSAGetOverlappedResult reports it
    (0xC000020D, STATUS_CONNECTION_RESET, gives WSAECONNRESET; the signed form
    -1073741299 too; 0 gives NO_ERROR), or None. TypeError for anything but an
    int.

    >>> from_ntstatus(0xC000020D) is WSAError.WSAECONNRESET
    True
    """
    winsock = _native.from_ntstatus(status)
    return None if winsock is None else lookup(winsock)


class ScanMatch:
    """One socket error mentioned in scanned text: text[start:end] is the
    mention, space is "winsock", "win32" or "ntstatus", code the number in that
    space, and error the WSAError member it is or stands for (None when a
    Win32 or NTSTATUS code has no Winsock equivalent)."""

    __slots__ = ("start", "end", "text", "space", "code", "error")

    def __init__(self, start: int, end: int, text: str, space: str, code: int,
                 error: "WSAError | None") -> None:
        self.start = start
        self.end = end
        self.text = text
        self.space = space
        self.code = code
        self.error = error

    def __repr__(self) -> str:
        return (f"ScanMatch(start={self.start}, end={self.end}, text={self.text!r}, "
                f"space={self.space!r}, code={self.code}, error={self.error!r})")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ScanMatch):
            return NotImplemented
        return all(getattr(self, name) == getattr(other, name) for name in self.__slots__)

    __hash__ = None  # type: ignore[assignment]


def scan(text: str) -> "list[ScanMatch]":
    """Every socket error mentioned in text (a log line, a traceback, a whole
    file's contents), in order: Winsock codes, and Win32 or NTSTATUS codes seen
    on socket paths, by name or by number in context ("[WinError 10054]",
    "Socket Error # 10053", "0xC000020D"). TypeError for anything but a str.

    >>> [m.error.name for m in scan("ConnectionResetError: [WinError 10054] ...")]
    ['WSAECONNRESET']
    """
    if not isinstance(text, str):
        raise TypeError(f"scan() needs a str, not {type(text).__name__!r}")
    return [
        ScanMatch(start, end, text[start:end], space, code,
                  None if winsock is None else lookup(winsock))
        for start, end, space, code, winsock in _native.scan(text)
    ]


def _from_gai_error(error: OSError) -> "WSAError | None":
    """The member for a socket.gaierror, whose errno is an EAI_* code."""
    socket = _sys.modules["socket"]
    for code in _native.codes():
        gai_name = _native.gai_name(code)
        if gai_name is not None and getattr(socket, gai_name, None) == error.errno:
            return lookup(code)
    return None


def from_exception(error: BaseException) -> "WSAError | None":
    """The member for an OSError: its winerror when set (Windows), read with
    from_winerror (so [WinError 64] gives WSAECONNRESET), else its errno read
    with from_errno; a socket.gaierror through its EAI_* code. None for other
    exceptions and codes the catalog lacks; TypeError for non-exceptions.

    >>> import socket
    >>> with socket.socket() as s:
    ...     try:
    ...         s.connect(("127.0.0.1", 9))  # nothing listens there
    ...     except OSError as e:
    ...         from_exception(e) is WSAError.WSAECONNREFUSED
    True
    """
    if not isinstance(error, BaseException):
        raise TypeError(f"from_exception() needs an exception, not {type(error).__name__!r}")
    if not isinstance(error, OSError):
        return None
    winerror = getattr(error, "winerror", None)
    if isinstance(winerror, int):
        return from_winerror(winerror)
    # If socket is not imported, the error cannot be one of its gaierrors.
    socket = _sys.modules.get("socket")
    if socket is not None and isinstance(error, socket.gaierror):
        return _from_gai_error(error)
    if isinstance(error.errno, int):
        return from_errno(error.errno)
    return None
