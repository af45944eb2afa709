"""Speed of the wsa_error package against the standard library, side by side.

    python bindings/python/bench/bench.py            # the full measurement
    python bindings/python/bench/bench.py --quick    # a fast smoke run (numbers are rough)

Run it with the interpreter that has wsa_error installed (the project's .venv).
It measures, in one run on one machine:

- wsa_error.name(10054) against errno.errorcode.get(104) (target: within 1.3x);
- wsa_error.lookup(10054) against the same (target: within 2x);
- import wsa_error against import http, each in fresh interpreters (target: no
  slower). Reported twice: as Python starts (neither module's imports loaded),
  and with the enum module already loaded, since http needs it and wsa_error
  does not until its WSAError enum is first used; "import + first lookup" shows
  what that first use adds;
- the first use of wsa_error.WSAError on its own, after import wsa_error, in
  fresh interpreters: what building the enum costs (and, in a fresh
  interpreter, importing the enum module it needs).

This is a report, not a test: it prints the numbers and whether each target was
met (not in a --quick run), and exits 0 either way unless --check is given.
"""

import argparse
import errno
import statistics
import subprocess
import sys
import timeit

import wsa_error


def per_call_ns(statement: str, namespace: dict, number: int, repeat: int) -> float:
    """The best of `repeat` timings of `number` calls, in nanoseconds per call."""
    timer = timeit.Timer(statement, globals=namespace)
    return min(timer.repeat(repeat=repeat, number=number)) / number * 1e9


def calls(number: int, repeat: int) -> list:
    namespace = {
        "errorcode_get": errno.errorcode.get,
        "name": wsa_error.name,
        "lookup": wsa_error.lookup,
    }
    wsa_error.lookup(10054)  # the enum is built on first use: not part of a call's cost
    rows = []
    # Interleaved rounds, so that a change in machine load hits both sides alike.
    baseline, named, looked_up = [], [], []
    for _ in range(5):
        baseline.append(per_call_ns("errorcode_get(104)", namespace, number, repeat))
        named.append(per_call_ns("name(10054)", namespace, number, repeat))
        looked_up.append(per_call_ns("lookup(10054)", namespace, number, repeat))
    base = min(baseline)
    rows.append(("errno.errorcode.get(104)", base, 1.0, None))
    rows.append(("wsa_error.name(10054)", min(named), min(named) / base, 1.3))
    rows.append(("wsa_error.lookup(10054)", min(looked_up), min(looked_up) / base, 2.0))
    # lookup by name against a plain dict of the same names; WSAError(code)
    # against the same call on a plain IntEnum with the same 98 members.
    import enum

    namespace["names"] = {member.name: member for member in wsa_error.WSAError}
    namespace["WSAError"] = wsa_error.WSAError
    namespace["Plain"] = enum.IntEnum("Plain", {m.name: int(m) for m in wsa_error.WSAError})
    by_dict, by_name, plain_call, our_call = [], [], [], []
    for _ in range(5):
        by_dict.append(per_call_ns("names.get('WSAECONNRESET')", namespace, number, repeat))
        by_name.append(per_call_ns("lookup('WSAECONNRESET')", namespace, number, repeat))
        plain_call.append(per_call_ns("Plain(10054)", namespace, number, repeat))
        our_call.append(per_call_ns("WSAError(10054)", namespace, number, repeat))
    rows.append(("dict.get('WSAECONNRESET')", min(by_dict), 1.0, None))
    rows.append(("wsa_error.lookup('WSAECONNRESET')", min(by_name), min(by_name) / min(by_dict), None))
    rows.append(("plain 98-member IntEnum: Plain(10054)", min(plain_call), 1.0, None))
    rows.append(("wsa_error.WSAError(10054)", min(our_call), min(our_call) / min(plain_call), None))
    return rows


def import_ms(preload: str, statement: str, runs: int) -> float:
    """The median time of `statement` in `runs` fresh interpreters, in milliseconds,
    timed inside the interpreter (so interpreter start-up is not counted)."""
    code = (
        f"{preload}\nimport time\nstart = time.perf_counter()\n{statement}\n"
        "print(time.perf_counter() - start)"
    )
    times = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        times.append(float(out.stdout))
    return statistics.median(times) * 1e3


def imports(runs: int) -> list:
    rows = []
    for label, preload in [("fresh interpreter", ""), ("enum already loaded", "import enum")]:
        samples = {"http": [], "wsa_error": [], "first": [], "enum": []}
        # Alternate the four, a few interpreters at a time, for the same reason as above.
        for _ in range(max(1, runs // 5)):
            samples["http"].append(import_ms(preload, "import http", 5))
            samples["wsa_error"].append(import_ms(preload, "import wsa_error", 5))
            samples["first"].append(import_ms(preload, "import wsa_error; wsa_error.lookup(10054)", 5))
            samples["enum"].append(import_ms(f"{preload}\nimport wsa_error", "wsa_error.WSAError", 5))
        http = statistics.median(samples["http"])
        ours = statistics.median(samples["wsa_error"])
        first = statistics.median(samples["first"])
        enum_first = statistics.median(samples["enum"])
        rows.append((f"import http ({label})", http, 1.0, None))
        rows.append((f"import wsa_error ({label})", ours, ours / http, 1.0))
        rows.append((f"  + first lookup ({label})", first, first / http, None))
        rows.append((f"  first WSAError use ({label})", enum_first, enum_first / http, None))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="few iterations: a smoke run")
    parser.add_argument("--check", action="store_true", help="exit 1 if a target was missed")
    options = parser.parse_args()
    number, repeat, runs = (20_000, 3, 5) if options.quick else (1_000_000, 5, 40)

    print(f"wsa_error {wsa_error.__version__}, Python {sys.version.split()[0]} ({sys.platform})")
    missed = []
    for title, unit, rows in [
        ("calls", "ns/call", calls(number, repeat)),
        ("imports", "ms", imports(runs)),
    ]:
        print(f"\n{title:<44} {unit:>9} {'ratio':>7}  target")
        for label, value, ratio, target in rows:
            verdict = ""
            if target is not None and options.quick:
                verdict = f"<= {target}x  (not judged: --quick)"
            elif target is not None:
                met = ratio <= target
                verdict = f"<= {target}x  {'met' if met else 'MISSED'}"
                if not met:
                    missed.append(label)
            print(f"{label:<44} {value:>9.3f} {ratio:>6.2f}x  {verdict}")
    if missed:
        print(f"\nmissed: {', '.join(missed)}")
    return 1 if options.check and missed else 0


if __name__ == "__main__":
    sys.exit(main())
