#!/usr/bin/env python3
"""Prints the bytes of every string the catalog holds, each with its NUL, as
docs/catalog.json has them: names, identifiers, messages, details and
references of the entries, and names, messages and details of the Win32 and
NTSTATUS rows. The size checks of the C library subtract it, so that the
catalog's growth does not count against what the library itself adds."""
import json
from pathlib import Path

snapshot = json.loads((Path(__file__).resolve().parent.parent / "docs" / "catalog.json").read_text())
total = 0
for entry in snapshot["entries"]:
    total += sum(len(entry[key]) + 1 for key in ("name", "identifier", "message", "details"))
    total += len(" ".join(entry["references"])) + 1
for space in ("win32", "ntstatus"):
    for row in snapshot[space]:
        total += sum(len(row[key]) + 1 for key in ("name", "message", "details"))
print(total)
