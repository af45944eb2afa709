//! The checks shared by the targets that read a C string
//! (`wsa_error_parse`, `wsa_error_from_name`).

use std::ffi::{CString, c_char};

use wsa_error::WsaError;

/// Feeds `data` to `read` (the C function) twice, and checks the answer:
///
/// - as a NUL-terminated copy of the bytes before the first NUL: the answer
///   is -1 or a catalog code, and equals what `rust` (the Rust API) answers
///   for the same text (-1 when it is not UTF-8);
/// - as the raw bytes in an allocation of exactly their length, with no NUL
///   added, whenever that is allowed (a NUL inside, or at least `bound`
///   bytes): the same answer, and AddressSanitizer reports any read past the
///   NUL or the documented bound.
pub fn check(
    data: &[u8],
    bound: usize,
    read: unsafe extern "C" fn(*const c_char) -> i32,
    rust: fn(&str) -> Option<WsaError>,
) -> i32 {
    let end = data.iter().position(|&b| b == 0).unwrap_or(data.len());
    let text = CString::new(&data[..end]).expect("cut at the first NUL");
    // SAFETY: NUL-terminated.
    let answer = unsafe { read(text.as_ptr()) };
    assert!(
        answer == -1 || WsaError::new(answer).is_known(),
        "answer {answer} is not a catalog code"
    );
    let expected = std::str::from_utf8(&data[..end])
        .ok()
        .and_then(rust)
        .map_or(-1, WsaError::code);
    assert_eq!(
        answer,
        expected,
        "C and Rust disagree on {:?}",
        &data[..end]
    );
    if !data[..end].is_ascii() {
        assert_eq!(answer, -1, "non-ASCII bytes matched");
    }

    if end < data.len() || data.len() >= bound {
        let exact: Box<[u8]> = data.into();
        // SAFETY: a NUL inside, or at least `bound` readable bytes.
        let raw = unsafe { read(exact.as_ptr().cast()) };
        assert_eq!(raw, answer, "raw buffer answered differently");
    }
    answer
}
