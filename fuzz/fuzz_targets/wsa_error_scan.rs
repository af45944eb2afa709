//! `wsa_error_scan` over any bytes, in an exact-size allocation (so
//! AddressSanitizer catches a read past `len`): every mention it reports lies
//! inside the input, a loop over the input always ends, and each mention's
//! code is what the Rust scanner says it stands for.
#![no_main]

use libfuzzer_sys::fuzz_target;

/// The C entry points, compiled from the C library's own source (its
/// package has no rlib to link).
#[path = "../../bindings/c/src/ffi.rs"]
#[allow(dead_code)]
mod ffi;

fuzz_target!(|data: &[u8]| {
    let text = data.to_vec().into_boxed_slice();
    let mut at = 0;
    let mut found = 0;
    loop {
        let (mut offset, mut length) = (usize::MAX, usize::MAX);
        // SAFETY: `text` holds exactly `text.len()` readable bytes from `at`.
        let code = unsafe {
            ffi::wsa_error_scan(
                text.as_ptr().add(at).cast(),
                text.len() - at,
                &mut offset,
                &mut length,
            )
        };
        if code == -1 {
            assert_eq!((offset, length), (usize::MAX, usize::MAX), "stored nothing");
            break;
        }
        assert!(length > 0 && offset + length <= text.len() - at, "inside the input");
        let span = &text[at + offset..at + offset + length];
        let expected = wsa_error::SocketError::parse_bytes(span).and_then(|error| error.winsock());
        assert_eq!(expected.map(wsa_error::WsaError::code), Some(code), "{span:?}");
        at += offset + length;
        found += 1;
        assert!(found <= text.len(), "the loop ends");
    }
});
