//! `wsa_error_parse` on any bytes: never crashes, reads at most 257 bytes,
//! agrees with `WsaError::parse`, and what it finds reads back by name.
#![no_main]

use libfuzzer_sys::fuzz_target;
use wsa_error::WsaError;

/// The C entry points, compiled from the C library's own source (its
/// package has no rlib to link).
#[path = "../../bindings/c/src/ffi.rs"]
#[allow(dead_code)]
mod ffi;


#[path = "text_input.rs"]
mod text_input;

fuzz_target!(|data: &[u8]| {
    let code = text_input::check(data, wsa_error::MAX_PARSE_LEN + 1, ffi::wsa_error_parse, WsaError::parse);
    if code != -1 {
        let name = WsaError::new(code)
            .name()
            .expect("a catalog code has a name");
        assert_eq!(WsaError::parse(name).map(WsaError::code), Some(code));
    }
});
