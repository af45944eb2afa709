//! `wsa_error_from_name` on any bytes: never crashes, reads at most 28
//! bytes, agrees with `WsaError::from_name`, and whatever it accepts
//! `wsa_error_parse` accepts too.
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
    let code = text_input::check(data, wsa_error::MAX_NAME_LEN + 1, ffi::wsa_error_from_name, WsaError::from_name);
    if code != -1 {
        let end = data.iter().position(|&b| b == 0).unwrap_or(data.len());
        let text = std::str::from_utf8(&data[..end]).expect("a match is ASCII");
        assert_eq!(WsaError::parse(text).map(WsaError::code), Some(code));
    }
});
