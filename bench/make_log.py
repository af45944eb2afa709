#!/usr/bin/env python3
"""Writes a synthetic log of about SIZE megabytes (default 100) to PATH for
the scan benchmark: mostly lines without codes (timestamps, ports, sizes,
durations: the shapes a scanner must pass over), and about one line in 50
with a code in the shapes real programs print. The same bytes every run."""
import random
import sys

path = sys.argv[1]
size = int(sys.argv[2]) if len(sys.argv) > 2 else 100
rng = random.Random(10054)
quiet = [
    "2026-11-30 10:54:{s:02d}.{ms:03d} INFO  worker-{n} accepted 127.0.0.1:{port} in {ms} ms",
    "2026-11-30 10:54:{s:02d}.{ms:03d} DEBUG sent {n} bytes to 10.0.0.{ms_mod}:{port}",
    "2026-11-30 10:54:{s:02d}.{ms:03d} INFO  request id={n} status=200 took {ms}ms",
    "[{ms}] heartbeat ok, queue depth {n}, peer [::1]:{port}",
]
loud = [
    "ConnectionResetError: [WinError 10054] An existing connection was forcibly closed by the remote host",
    "System.Net.Sockets.SocketException (10061): No connection could be made because the target machine actively refused it.",
    "Socket Error # 10053 Software caused connection abort.",
    "recv failed with error: 10060",
    "GetQueuedCompletionStatus failed: [WinError 64] The specified network name is no longer available",
    "HRESULT 0x80072746 while reading the response",
]
written = 0
limit = size * 1024 * 1024
with open(path, "w", encoding="utf-8") as out:
    while written < limit:
        if rng.randrange(50) == 0:
            line = rng.choice(loud)
        else:
            ms = rng.randrange(1000)
            line = rng.choice(quiet).format(
                s=rng.randrange(60), ms=ms, ms_mod=ms % 250, n=rng.randrange(100000),
                port=rng.choice([10054, 10061, 11001, 443, 8080, rng.randrange(1024, 65536)]),
            )
        out.write(line + "\n")
        written += len(line) + 1
