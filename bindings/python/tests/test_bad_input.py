"""Property tests: every public function, for arbitrary ints, strings and other
objects, answers or raises only what its documentation says; nothing crashes."""

import socket

from hypothesis import given
from hypothesis import strategies as st

import wsa_error
from wsa_error import WSAError

CODES = [member.value for member in WSAError]

ints = st.one_of(
    st.integers(),
    st.integers(min_value=-(2**64), max_value=2**64),
    st.sampled_from(CODES),
    st.integers(min_value=-5, max_value=12000),
)
# Text that looks like what people paste, and text that does not.
texts = st.one_of(
    st.text(),
    st.text(alphabet="0123456789abcdefxABCDEFX+- \t", max_size=20),
    st.sampled_from([m.name for m in WSAError] + ["WSANO_ADDRESS", "EINVAL", "EAGAIN"]).map(
        lambda name: name.lower()
    ),
    ints.map(str),
    ints.map(lambda n: hex(n) if n >= 0 else str(n)),
    st.text(min_size=200, max_size=400),
)
others = st.one_of(
    st.none(),
    st.floats(),
    st.binary(),
    st.complex_numbers(),
    st.lists(st.integers(), max_size=3),
    st.tuples(st.integers()),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
    st.builds(object),
    st.just(WSAError),
    st.just(int),
)


@given(ints)
def test_text_functions_answer_any_int(code):
    for function in (wsa_error.name, wsa_error.describe, wsa_error.details):
        answer = function(code)
        if code in CODES:
            assert type(answer) is str and answer
        else:
            assert answer is None
    line = wsa_error.format(code)
    if code in CODES:
        assert line == f"{wsa_error.name(code)} ({code}): {wsa_error.describe(code)}"
    else:
        assert line == f"Unknown Windows Sockets error {code}"


@given(ints)
def test_lookup_of_any_int(code):
    try:
        member = wsa_error.lookup(code)
    except LookupError as error:
        assert repr(code) in str(error)
        assert code not in CODES
        try:
            wsa_error.lookup(str(code))
        except LookupError:
            pass
        else:
            raise AssertionError(f"{code} is unknown but its text is known")
    else:
        assert isinstance(member, WSAError)
        assert member is wsa_error.lookup(str(code))
        if code in CODES:
            assert member.value == code
        else:
            # Not a code, so an HRESULT_FROM_WIN32 value for one.
            assert member.hresult == code % 2**32


@given(texts)
def test_lookup_of_any_text(text):
    try:
        member = wsa_error.lookup(text)
    except LookupError:
        pass
    else:
        assert isinstance(member, WSAError)
        assert wsa_error.name(member) == member.name


@given(st.one_of(texts, others))
def test_non_ints_are_type_errors_for_the_code_functions(value):
    for function in (wsa_error.name, wsa_error.describe, wsa_error.details, wsa_error.format,
                     wsa_error.from_errno):
        try:
            function(value)
        except TypeError:
            pass
        else:
            raise AssertionError(f"{function.__name__}({value!r}) did not raise TypeError")


@given(others)
def test_lookup_of_other_objects_is_a_type_error(value):
    try:
        wsa_error.lookup(value)
    except TypeError:
        pass
    else:
        raise AssertionError(f"lookup({value!r}) did not raise TypeError")


@given(ints)
def test_from_errno_of_any_int(errnum):
    member = wsa_error.from_errno(errnum)
    assert member is None or isinstance(member, WSAError)


@given(st.one_of(ints, texts, others))
def test_from_exception_of_anything(value):
    try:
        wsa_error.from_exception(value)
    except TypeError:
        pass
    else:
        raise AssertionError(f"from_exception({value!r}) did not raise TypeError")


exceptions = st.one_of(
    st.builds(OSError, ints, st.text(max_size=10)),
    st.builds(ConnectionResetError, ints, st.text(max_size=10)),
    st.builds(socket.gaierror, ints, st.text(max_size=10)),
    st.builds(OSError, st.text(max_size=10)),
    st.builds(ValueError, st.text(max_size=10)),
    st.builds(KeyError, ints),
)


@given(exceptions, st.one_of(st.none(), ints))
def test_from_exception_of_any_exception(error, winerror):
    if winerror is not None and isinstance(error, OSError):
        error.winerror = winerror  # type: ignore[attr-defined]
    member = wsa_error.from_exception(error)
    assert member is None or isinstance(member, WSAError)
    if isinstance(error, OSError) and winerror is not None:
        # winerror wins, read through the Win32 table (64 gives WSAECONNRESET).
        assert member is wsa_error.from_winerror(winerror)
