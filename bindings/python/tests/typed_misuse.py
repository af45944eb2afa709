"""Misuse that mypy --strict must reject: each line ending in `# error` has one
error, and no other line has any (tests/test_typing.py)."""

import wsa_error
from wsa_error import WSAError

wsa_error.name("10054")  # error
wsa_error.lookup(None)  # error
WSAError.WSAECONNRESETT  # error
maybe: str = wsa_error.name(12345)  # error
missing: str = WSAError.WSAECONNRESET.posix_name  # error
wsa_error.from_exception("not an exception")  # error
wsa_error.no_such_function()  # error
fine: str = WSAError.WSAECONNRESET.message
