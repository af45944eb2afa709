"""wsa_error.scan finds what the Rust scanner finds, with Python string indexes."""

import pytest
from hypothesis import given, strategies as st

import wsa_error
from wsa_error import ScanMatch, WSAError


def test_a_traceback_line():
    line = "ConnectionResetError: [WinError 10054] An existing connection was forcibly closed"
    (match,) = wsa_error.scan(line)
    assert (match.start, match.end, match.text) == (32, 37, "10054")
    assert line[match.start:match.end] == match.text
    assert match.error is WSAError.WSAECONNRESET
    assert (match.space, match.code) == ("winsock", 10054)


def test_indexes_count_characters_not_bytes():
    # Chinese Windows: the message before and after the code is not ASCII.
    line = "远程主机 [WinError 10054] 远程主机强迫关闭了一个现有的连接。 [WinError 10061]"
    found = wsa_error.scan(line)
    assert [m.text for m in found] == ["10054", "10061"]
    for match in found:
        assert line[match.start:match.end] == match.text


def test_other_spaces_stand_for_their_winsock_member():
    found = wsa_error.scan("asyncio: [WinError 64] and status 0xC000020D")
    assert [(m.space, m.code, m.error) for m in found] == [
        ("win32", 64, WSAError.WSAECONNRESET),
        ("ntstatus", 0xC000020D, WSAError.WSAECONNRESET),
    ]


def test_ports_sizes_and_durations_are_not_codes():
    assert wsa_error.scan("connect to 127.0.0.1:10054 sent 10061 bytes in 11001 ms") == []
    assert wsa_error.scan("") == []


def test_matches_compare_and_print():
    (a,) = wsa_error.scan("error: 10060")
    (b,) = wsa_error.scan("error: 10060")
    assert a == b and isinstance(a, ScanMatch)
    assert "WSAETIMEDOUT" in repr(a)


@pytest.mark.parametrize("value", [b"error 10054", None, 10054, ["10054"]])
def test_non_str_raises_type_error(value):
    with pytest.raises(TypeError):
        wsa_error.scan(value)


@given(st.text(max_size=300))
def test_any_text_gives_spans_inside_it(text):
    for match in wsa_error.scan(text):
        assert 0 <= match.start < match.end <= len(text)
        assert text[match.start:match.end] == match.text
