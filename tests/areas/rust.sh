#!/usr/bin/env bash
# Rust: formatting, lints, the C library build, the Rust tests.
# Sourced by tests/run_all.sh (which sources tests/lib/common.sh first); defines
# functions only, and rust_steps, which runs this area's steps in order.

rust_steps() {
    step "rust: rustfmt" cargo fmt --all --check
    step "rust: clippy -D warnings" cargo clippy --workspace --all-targets --release -- -D warnings
    step "rust: clippy -D warnings, the C library alone (no_std)" \
        cargo clippy -p wsa-error-ffi --release -- -D warnings
    step "rust: tests (catalog, SDK headers, CLI, generated-file drift)" \
        cargo test --workspace --exclude wsa-error-ffi --release
}
