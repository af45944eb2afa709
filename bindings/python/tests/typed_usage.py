"""Typed code using wsa_error, checked with mypy --strict (tests/test_typing.py)."""

import errno
import socket

import wsa_error
from wsa_error import WSAError


def explain(code: int) -> str:
    message: str | None = wsa_error.describe(code)
    return message if message is not None else wsa_error.format(code)


def retry_later(error: OSError) -> bool:
    member: WSAError | None = wsa_error.from_exception(error)
    return member is not None and member.transient


def connect(address: tuple[str, int]) -> socket.socket:
    try:
        return socket.create_connection(address, timeout=1)
    except OSError as error:
        member = wsa_error.from_exception(error)
        if member is WSAError.WSAECONNREFUSED:
            raise member.exception(f"nothing listens on {address}") from error
        raise


member: WSAError = wsa_error.lookup("WSAECONNRESET")
same: WSAError = wsa_error.lookup(10054)
name: str = wsa_error.name(member)  # a member always has a name
maybe_name: str | None = wsa_error.name(12345)
details: str = member.details
posix: str | None = member.posix_name
errno_value: int | None = member.errno
gai: str | None = WSAError.WSAHOST_NOT_FOUND.gai_name
category: str = member.category
transient: bool = member.transient
identifier: str = member.identifier
aliases: tuple[str, ...] = WSAError.WSANO_DATA.aliases
hresult: int = member.hresult
kind: type[OSError] = member.exception_type
exception: OSError = member.exception()
from_errno: WSAError | None = wsa_error.from_errno(errno.ECONNRESET)
alias: WSAError = WSAError["WSANO_ADDRESS"]
code: int = WSAError.WSAETIMEDOUT + 0
version: str = wsa_error.__version__
every: list[WSAError] = list(WSAError)
