#!/usr/bin/env bash
# The mutation pass (`make mutants`; not part of `make test`): cargo-mutants
# makes one small change at a time to the catalog (src/), the C library
# (bindings/c/src/) and the command (cli/src/), and runs the tests of those
# three packages against each change (.cargo/mutants.toml), the C and C++
# test programs included (tests/c_programs.rs). A change no test notices is
# "missed": a hole in the tests, or an equivalent mutant that belongs in
# .cargo/mutants.toml with its reason.
#
#   tests/mutants.sh                   # the whole pass
#   tests/mutants.sh -f src/scan.rs    # extra arguments go to cargo mutants
#   MUTANTS_JOBS=1 tests/mutants.sh    # one mutant at a time (default: 2)
#
# Installs cargo-mutants 27.1 with `cargo install --locked` when it is
# missing; the version is pinned because another one makes other mutants and
# the figures would not compare. Tests two mutants at once, each in its own
# copy of the tree. Keeps the
# outcomes in $CARGO_TARGET_DIR/mutants.out (default target/): missed.txt,
# caught.txt, timeout.txt, unviable.txt, and a log per mutant. Ends with
# "mutants: N caught, N missed, N timeout, N unviable" and fails if any was
# missed, if the unmutated tree fails its tests, or if an exclusion in
# .cargo/mutants.toml matches no mutant (it names a line that has moved).
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
TARGET_DIR=${CARGO_TARGET_DIR:-$PWD/target}
OUT=$TARGET_DIR/mutants.out
CARGO_MUTANTS_VERSION=27.1
PACKAGES=(-p wsa-error -p wsa-error-ffi -p wsa-error-cli)

if ! cargo mutants --version 2>/dev/null | grep -q "^cargo-mutants $CARGO_MUTANTS_VERSION\."; then
    echo "mutants: installing cargo-mutants $CARGO_MUTANTS_VERSION with cargo install (a few minutes)"
    cargo install cargo-mutants --locked --version "~$CARGO_MUTANTS_VERSION" ||
        { echo "mutants: cannot install cargo-mutants" >&2; exit 1; }
fi

# Every exclusion must still name a mutant: one that matches nothing was
# written for a line that has moved, and its mutant is being tested again.
stale=$(python3 - "${PACKAGES[@]}" <<'EOF'
import re, subprocess, sys, tomllib
patterns = tomllib.load(open(".cargo/mutants.toml", "rb")).get("exclude_re", [])
listed = subprocess.run(["cargo", "mutants", "--list", "--no-config", *sys.argv[1:]],
                        check=True, capture_output=True, text=True).stdout.splitlines()
for pattern in patterns:
    if not any(re.search(pattern, name) for name in listed):
        print(pattern)
EOF
) || { echo "mutants: cannot list the mutants" >&2; exit 1; }
if [[ -n $stale ]]; then
    echo "mutants: these exclusions in .cargo/mutants.toml match no mutant (update their line numbers):" >&2
    echo "$stale" >&2
    exit 1
fi

started=$SECONDS
# Each job builds in its own copy of the tree with its own target directory:
# a CARGO_TARGET_DIR from outside would make the jobs share one.
env -u CARGO_TARGET_DIR cargo mutants "${PACKAGES[@]}" --jobs "${MUTANTS_JOBS:-2}" --output "$TARGET_DIR" --colors never "$@"
status=$?
minutes=$(((SECONDS - started + 59) / 60))

count() { if [[ -f $OUT/$1.txt ]]; then grep -c . "$OUT/$1.txt"; else echo 0; fi; }
caught=$(count caught)
missed=$(count missed)
timeout=$(count timeout)
unviable=$(count unviable)
if ((missed > 0)); then
    echo
    echo "missed (a test should notice each, or .cargo/mutants.toml says why none can):"
    sed 's/^/  /' "$OUT/missed.txt"
fi
echo "mutants: $caught caught, $missed missed, $timeout timeout, $unviable unviable ($minutes min; outcomes in $OUT)"
# cargo-mutants exits 0 when all were caught, 3 when some only timed out (a
# hang is noticed too), 2 when some were missed, other codes on failure.
((missed == 0)) && ((status == 0 || status == 3))
