//! The C API's pointer handling, small enough to run under Miri, which
//! checks every read and write against the bounds of its allocation:
//!
//! ```sh
//! cargo +nightly miri test --no-default-features --test ffi_miri
//! ```
//!
//! Unterminated buffers are allocated with exactly the documented bound (28
//! bytes for `wsa_error_from_name`, 257 for `wsa_error_parse`), so a read one
//! byte further is an error Miri reports; `wsa_error_format` gets every buffer
//! length for one code, each buffer allocated with exactly that length. The
//! same tests also run natively with `cargo test`.

use std::ffi::{CStr, CString, c_char};
use std::ptr;

/// The C entry points, compiled from the C library's own source into this
/// test (its package has no rlib to link).
#[path = "../bindings/c/src/ffi.rs"]
#[allow(dead_code)]
mod ffi;

const FROM_NAME_BOUND: usize = wsa_error::MAX_NAME_LEN + 1;
const PARSE_BOUND: usize = wsa_error::MAX_PARSE_LEN + 1;

/// A representative set: first and last entries, each range, aliases' targets, and gaps.
const KNOWN: [i32; 9] = [0, 6, 87, 997, 10004, 10054, 11001, 11031, 11033];
const UNKNOWN: [i32; 8] = [
    i32::MIN,
    -1,
    1,
    10000,
    10010,
    11034,
    0x8007_2746u32 as i32,
    i32::MAX,
];

fn text(pointer: *const c_char) -> Option<&'static str> {
    // SAFETY: the library returns NULL or a static NUL-terminated string.
    (!pointer.is_null()).then(|| unsafe { CStr::from_ptr(pointer) }.to_str().expect("ASCII"))
}

/// `bytes` in a heap allocation of exactly their length, with no NUL added.
fn exact(bytes: &[u8]) -> Box<[u8]> {
    bytes.to_vec().into_boxed_slice()
}

#[test]
fn string_lookups_answer_static_strings_or_null() {
    for code in KNOWN {
        let name = text(ffi::wsa_error_name(code)).expect("known");
        assert!(text(ffi::wsa_error_describe(code)).is_some());
        assert!(text(ffi::wsa_error_details(code)).is_some_and(|d| d.len() > 40));
        assert!(text(ffi::wsa_error_category(code)).is_some());
        let _ = text(ffi::wsa_error_posix_name(code));
        let _ = text(ffi::wsa_error_gai_name(code));
        let name = CString::new(name).unwrap();
        // SAFETY: NUL-terminated.
        assert_eq!(unsafe { ffi::wsa_error_from_name(name.as_ptr()) }, code);
        // SAFETY: NUL-terminated.
        assert_eq!(unsafe { ffi::wsa_error_parse(name.as_ptr()) }, code);
    }
    for code in UNKNOWN {
        assert!(ffi::wsa_error_name(code).is_null());
        assert!(ffi::wsa_error_describe(code).is_null());
        assert!(ffi::wsa_error_details(code).is_null());
        assert!(ffi::wsa_error_category(code).is_null());
        assert!(ffi::wsa_error_posix_name(code).is_null());
        assert!(ffi::wsa_error_gai_name(code).is_null());
        assert_eq!(ffi::wsa_error_is_transient(code), 0);
        assert_eq!(ffi::wsa_error_to_errno(code), -1);
    }
    assert_eq!(text(ffi::wsa_error_version()), Some(wsa_error::VERSION));
}

#[test]
fn integer_functions_cover_the_edges() {
    assert_eq!(ffi::wsa_error_count(), 98);
    assert_eq!(ffi::wsa_error_code_at(0), 0);
    assert_eq!(ffi::wsa_error_code_at(97), 11033);
    assert_eq!(ffi::wsa_error_code_at(98), -1);
    assert_eq!(ffi::wsa_error_code_at(usize::MAX), -1);
    assert_eq!(ffi::wsa_error_from_hresult(0x8007_2746u32 as i32), 10054);
    assert_eq!(ffi::wsa_error_from_hresult(i32::MIN), -1);
    assert_eq!(ffi::wsa_error_from_errno(0), 0);
    assert_eq!(ffi::wsa_error_from_errno(i32::MIN), -1);
    assert_eq!(ffi::wsa_error_from_errno(i32::MAX), -1);
}

#[test]
fn null_strings_answer_minus_one() {
    // SAFETY: NULL is allowed.
    unsafe {
        assert_eq!(ffi::wsa_error_from_name(ptr::null()), -1);
        assert_eq!(ffi::wsa_error_parse(ptr::null()), -1);
    }
}

#[test]
fn non_utf8_and_non_ascii_never_match() {
    for bytes in [
        &b"\xff\xfe\xfd\0"[..],
        b"WSAECONNRESET\xc3\xa9\0",
        b"\xc3\xa9WSAECONNRESET\0",
        b"1005\xd94\0",
        b"0x\x802746\0",
        b"\x80\0",
    ] {
        let owned = exact(bytes);
        // SAFETY: NUL-terminated.
        unsafe {
            assert_eq!(ffi::wsa_error_from_name(owned.as_ptr().cast()), -1);
            assert_eq!(ffi::wsa_error_parse(owned.as_ptr().cast()), -1);
        }
    }
}

#[test]
fn unterminated_buffers_are_read_only_up_to_the_bound() {
    for fill in [b'A', b'7', b' ', 0xff] {
        let name = exact(&[fill; FROM_NAME_BOUND]);
        // SAFETY: exactly the bytes the function may read.
        assert_eq!(
            unsafe { ffi::wsa_error_from_name(name.as_ptr().cast()) },
            -1
        );
        let text = exact(&[fill; PARSE_BOUND]);
        // SAFETY: exactly the bytes the function may read.
        assert_eq!(unsafe { ffi::wsa_error_parse(text.as_ptr().cast()) }, -1);
    }
    // The longest name, terminated in the last allowed byte, still matches.
    let longest = exact(b"WSA_IPSEC_NAME_POLICY_ERROR\0");
    assert_eq!(longest.len(), FROM_NAME_BOUND);
    // SAFETY: NUL-terminated within the bound.
    assert_eq!(
        unsafe { ffi::wsa_error_from_name(longest.as_ptr().cast()) },
        11033
    );
    // 256 bytes of text and its NUL: the longest accepted input.
    let mut padded = vec![b' '; PARSE_BOUND];
    padded[..5].copy_from_slice(b"10054");
    padded[PARSE_BOUND - 1] = 0;
    let padded = exact(&padded);
    // SAFETY: NUL-terminated within the bound.
    assert_eq!(
        unsafe { ffi::wsa_error_parse(padded.as_ptr().cast()) },
        10054
    );
}

#[test]
fn long_strings_are_rejected() {
    let long = CString::new(vec![b'W'; 4096]).unwrap();
    // SAFETY: NUL-terminated.
    unsafe {
        assert_eq!(ffi::wsa_error_from_name(long.as_ptr()), -1);
        assert_eq!(ffi::wsa_error_parse(long.as_ptr()), -1);
    }
    let mut spaced = vec![b' '; 300];
    spaced.extend_from_slice(b"10054");
    let spaced = CString::new(spaced).unwrap();
    // SAFETY: NUL-terminated.
    assert_eq!(unsafe { ffi::wsa_error_parse(spaced.as_ptr()) }, -1);
}

#[test]
fn format_fits_every_buffer_length() {
    for code in [10054, 12345] {
        let full = wsa_error::WsaError::new(code).to_string();
        // SAFETY: NULL with length 0 only asks for the length.
        assert_eq!(
            unsafe { ffi::wsa_error_format(code, ptr::null_mut(), 0) },
            full.len()
        );
        // SAFETY: a NULL buffer writes nothing, whatever the length.
        assert_eq!(
            unsafe { ffi::wsa_error_format(code, ptr::null_mut(), 64) },
            full.len()
        );
        for len in 1..=full.len() + 2 {
            let mut buf = vec![0xAAu8; len].into_boxed_slice();
            // SAFETY: `buf` holds exactly `len` writable bytes.
            let got = unsafe { ffi::wsa_error_format(code, buf.as_mut_ptr().cast(), len) };
            assert_eq!(got, full.len(), "len {len}");
            let kept = (len - 1).min(full.len());
            assert_eq!(&buf[..kept], &full.as_bytes()[..kept], "len {len}");
            assert_eq!(buf[kept], 0, "len {len}");
        }
    }
    // Every code of the representative set, with room to spare.
    for code in KNOWN.iter().chain(&UNKNOWN).copied() {
        let mut buf = [0u8; 128];
        // SAFETY: 128 writable bytes.
        let got = unsafe { ffi::wsa_error_format(code, buf.as_mut_ptr().cast(), buf.len()) };
        let line = CStr::from_bytes_until_nul(&buf).unwrap().to_str().unwrap();
        assert_eq!(got, line.len());
        assert_eq!(line, wsa_error::WsaError::new(code).to_string());
    }
}
