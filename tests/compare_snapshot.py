#!/usr/bin/env python3
"""Compare a catalog dump (tests/c/catalog_dump.c output) with docs/catalog.json.

Usage: compare_snapshot.py LABEL < dump.tsv
Prints one line per mismatch and exits 1 if there is any.
"""
import json
import sys
from pathlib import Path

FIELDS = ["code", "name", "message", "posix", "gai", "category", "transient", "references", "details"]


def expected_rows():
    snapshot = json.loads((Path(__file__).resolve().parent.parent / "docs" / "catalog.json").read_text())
    for entry in snapshot["entries"]:
        row = {field: entry[field] for field in FIELDS}
        row["transient"] = 1 if row["transient"] else 0
        # C gives one space-separated string, or NULL when there are none.
        row["references"] = " ".join(row["references"]) or None
        yield [("-" if value is None else str(value)) for value in (row[f] for f in FIELDS)]


def main():
    label = sys.argv[1] if len(sys.argv) > 1 else "dump"
    got = [line.rstrip("\r\n").split("\t") for line in sys.stdin if line.strip()]
    want = list(expected_rows())
    problems = []
    if len(got) != len(want):
        problems.append(f"{len(got)} entries, the snapshot has {len(want)}")
    for got_row, want_row in zip(got, want):
        for field, g, w in zip(FIELDS, got_row, want_row):
            if g != w:
                problems.append(f"code {want_row[0]}: {field} is {g!r}, the snapshot says {w!r}")
    for problem in problems:
        print(f"{label}: {problem}")
    if problems:
        sys.exit(1)
    print(f"{label}: all {len(want)} entries match docs/catalog.json")


if __name__ == "__main__":
    main()
