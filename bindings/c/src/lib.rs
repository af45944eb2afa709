//! libwsa_error: the wsa-error catalog as a C library.
//!
//! The functions are in [`ffi`] (and declared in `include/wsa_error.h`,
//! which cbindgen writes from that file). The library carries the catalog
//! and nothing else: no Rust standard library, no allocator, no lock, no
//! lazy initialisation. Build it on its own (`make build`, or
//! `cargo build --release -p wsa-error-ffi`): built in one cargo command with
//! a package that turns on the catalog's `std` feature, it would link the
//! standard library too.
//!
//! A panic cannot unwind out of a C library without the standard library:
//! the catalog's `panic-handler` feature makes any panic call the C
//! runtime's `abort()`. None can happen: `tests/hardening/no_panic_paths.py`
//! walks the built library's call graph and finds no panic function.

#![no_std]

mod ffi;

pub use ffi::*;
