"""Many threads and many calls: no crash, no wrong answer, no leak."""

import threading

import pytest

import wsa_error
from wsa_error import WSAError

CODES = [10054, 10061, 11001, 0, 997, -1, 12345, 2**40, 10010]
TEXTS = ["WSAECONNRESET", "econnrefused", "0x2746", "0x80072746", "nope", "", "WSANO_ADDRESS"]


def one_round(code, text):
    """Calls every public function once; returns what a correct library answers."""
    member = wsa_error.lookup(10054)
    answers = (
        wsa_error.name(code),
        wsa_error.describe(code),
        wsa_error.details(code) is None,
        wsa_error.format(code),
        wsa_error.from_errno(104) is WSAError.WSAECONNRESET,
        wsa_error.from_exception(ConnectionRefusedError(111, "refused")),
        member.message,
        member.exception().errno == member.errno,
    )
    try:
        looked_up = wsa_error.lookup(text)
    except LookupError:
        looked_up = None
    return answers, looked_up


def expected():
    return {(code, text): one_round(code, text) for code in CODES for text in TEXTS}


def test_eight_threads_calling_everything_agree_with_one_thread():
    want = expected()
    problems = []
    barrier = threading.Barrier(8)

    def worker(seed):
        barrier.wait()
        for i in range(3000):
            code = CODES[(i + seed) % len(CODES)]
            text = TEXTS[(i * 7 + seed) % len(TEXTS)]
            got = one_round(code, text)
            if got != want[(code, text)]:
                problems.append((code, text, got))
                return

    threads = [threading.Thread(target=worker, args=(seed,)) for seed in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert problems == []


def resident_kib():
    """The process's resident set size now, from /proc (Linux)."""
    try:
        with open("/proc/self/statm") as statm:
            pages = int(statm.read().split()[1])
    except OSError:
        pytest.fail("this test reads /proc/self/statm, which this system lacks")
    import resource

    return pages * resource.getpagesize() // 1024


def test_a_million_calls_do_not_leak():
    def calls(count):
        for i in range(count // 10):
            code = CODES[i % len(CODES)]
            wsa_error.name(code)
            wsa_error.describe(code)
            wsa_error.details(code)
            wsa_error.format(code)
            wsa_error.from_errno(code)
            wsa_error.lookup(10054)
            try:
                wsa_error.lookup(TEXTS[i % len(TEXTS)])
            except LookupError:
                pass
            try:
                wsa_error.name("not an int")
            except TypeError:
                pass
            wsa_error.from_exception(OSError(code, "x"))
            wsa_error.lookup("WSAETIMEDOUT")

    calls(100_000)  # warm up: caches, the enum, interned strings
    before = resident_kib()
    calls(1_000_000)
    growth = resident_kib() - before
    # A leak of even one small object per call would be tens of megabytes.
    assert growth < 4096, f"resident memory grew by {growth} KiB over 1,000,000 calls"
