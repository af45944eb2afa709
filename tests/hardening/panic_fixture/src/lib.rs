//! Exported functions with and without a way to panic, for the checks in
//! `tests/hardening/` to be tested against.

use core::ffi::c_int;
use core::hint::black_box;

static TABLE: [u8; 4] = [1, 2, 3, 4];

/// Indexes without a check: reaches `core::panicking::panic_bounds_check`.
#[unsafe(no_mangle)]
pub extern "C" fn fixture_indexes(index: usize) -> c_int {
    c_int::from(TABLE[black_box(index)])
}

/// Panics through a function pointer taken in data, which the call graph must
/// follow too.
#[unsafe(no_mangle)]
pub extern "C" fn fixture_calls_through_a_pointer(value: c_int) -> c_int {
    static DIVIDE: fn(c_int) -> c_int = |value| black_box(100) / value;
    black_box(DIVIDE)(value)
}

/// Cannot panic.
#[unsafe(no_mangle)]
pub extern "C" fn fixture_checks(index: usize) -> c_int {
    TABLE
        .get(black_box(index))
        .map_or(-1, |&value| c_int::from(value))
}

/// Panics whenever it is called: the process must abort, not unwind into C.
#[unsafe(no_mangle)]
pub extern "C" fn fixture_panics(value: c_int) -> c_int {
    if black_box(value) >= 0 {
        panic!("a bug inside the library");
    }
    value
}
