#!/usr/bin/env bash
# The downloadable files: `make dist` (packaging/dist/dist.sh), then each file
# in dist/ used as its users would use it (tests/dist/run.sh): the Windows kit
# under Wine (CMake with mingw-w64, an MSVC-ABI program linked with lld-link
# against wsa_error.lib, the Windows command against the Linux one), the Linux
# tarball unpacked anywhere (pkg-config, CMake), the wheels, `cargo package`.
# Sourced by tests/run_all.sh (which sources tests/lib/common.sh first).

dist_steps() {
    step "dist: make dist, and each file in dist/ used as its users would (tests/dist/run.sh)" tests/dist/run.sh
}
