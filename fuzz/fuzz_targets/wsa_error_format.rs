//! `wsa_error_format` with any code and any buffer length, checked against
//! the `snprintf` contract: the return value is the full length whatever
//! `len` is; at most `len` bytes are written (an exact-size allocation for
//! AddressSanitizer, and guard bytes after a larger one); the output is the
//! line cut to `len - 1` bytes and NUL-terminated; a NULL buffer writes nothing.
//!
//! The same bytes also go, as a Win32 code and as an NTSTATUS, through the
//! Win32 and NTSTATUS functions, compared with the Rust API.
//!
//! Input: 4 bytes of code (little-endian; when the first byte is odd, an
//! index into the catalog instead), 2 bytes of length (0 to 511; when the
//! high bit is set, a length within 128 of the full line's instead).
#![no_main]

use std::ptr;

use libfuzzer_sys::fuzz_target;
use wsa_error::WsaError;

/// The C entry points, compiled from the C library's own source (its
/// package has no rlib to link).
#[path = "../../bindings/c/src/ffi.rs"]
#[allow(dead_code)]
mod ffi;


const GUARD: usize = 32;
const GUARD_BYTE: u8 = 0xA5;

fuzz_target!(|data: &[u8]| {
    let Some((&[c0, c1, c2, c3, l0, l1], _)) = data.split_first_chunk::<6>() else {
        return;
    };
    let raw = i32::from_le_bytes([c0, c1, c2, c3]);
    let code = if c0 & 1 == 1 {
        ffi::wsa_error_code_at(raw as u32 as usize % ffi::wsa_error_count())
    } else {
        raw
    };
    let line = WsaError::new(code).to_string();
    let length_bits = u16::from_le_bytes([l0, l1]);
    let len = if length_bits & 0x8000 == 0 {
        usize::from(length_bits % 512)
    } else {
        (line.len() + usize::from(length_bits & 0xFF)).saturating_sub(128)
    };

    // SAFETY: a NULL buffer is never written.
    let need = unsafe { ffi::wsa_error_format(code, ptr::null_mut(), 0) };
    assert_eq!(need, line.len());
    // SAFETY: as above, whatever the length.
    assert_eq!(
        unsafe { ffi::wsa_error_format(code, ptr::null_mut(), len) },
        need
    );

    let mut exact = vec![GUARD_BYTE; len].into_boxed_slice();
    // SAFETY: `exact` holds exactly `len` writable bytes.
    let got = unsafe { ffi::wsa_error_format(code, exact.as_mut_ptr().cast(), len) };
    assert_eq!(got, need, "the return value depends on len {len}");
    if len > 0 {
        let kept = (len - 1).min(line.len());
        assert_eq!(&exact[..kept], &line.as_bytes()[..kept], "len {len}");
        assert_eq!(exact[kept], 0, "no NUL after the text, len {len}");
    }

    let mut guarded = vec![GUARD_BYTE; len + GUARD];
    // SAFETY: `guarded` holds more than `len` writable bytes.
    let again = unsafe { ffi::wsa_error_format(code, guarded.as_mut_ptr().cast(), len) };
    assert_eq!(again, need);
    assert_eq!(
        &guarded[..len],
        &exact[..],
        "the same call wrote something else"
    );
    assert!(
        guarded[len..].iter().all(|&b| b == GUARD_BYTE),
        "wrote past len {len}"
    );

    // The same four bytes as a Win32 code and as an NTSTATUS: the C answers
    // agree with the Rust API's.
    let bits = u32::from_le_bytes([c0, c1, c2, c3]);
    let win32 = wsa_error::Win32Error::new(bits);
    assert_eq!(
        ffi::wsa_error_from_win32(raw),
        if raw < 0 { -1 } else { WsaError::from_win32(bits).map_or(-1, WsaError::code) }
    );
    assert_eq!(ffi::wsa_error_win32_name(raw).is_null(), raw < 0 || !win32.is_known());
    let status = wsa_error::NtStatus::new(bits);
    assert_eq!(
        ffi::wsa_error_from_ntstatus(bits),
        WsaError::from_ntstatus(bits).map_or(-1, WsaError::code)
    );
    assert_eq!(ffi::wsa_error_ntstatus_name(bits).is_null(), !status.is_known());
    assert_eq!(
        ffi::wsa_error_ntstatus_to_win32(bits),
        status.win32().map_or(-1, |error| error.code() as i32)
    );
});
