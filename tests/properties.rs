//! Property tests: the parsers never panic on any input, agree between the
//! Rust API and the C functions, and read back every form of every code.
//!
//! `make test` runs them twice: with proptest's default 256 cases inside
//! `cargo test`, and with `PROPTEST_CASES=100000` as a hardening step.

use std::ffi::{CString, c_char};

use proptest::prelude::*;
use wsa_error::WsaError;

/// The C entry points, compiled from the C library's own source into this
/// test (its package has no rlib to link).
#[path = "../bindings/c/src/ffi.rs"]
#[allow(dead_code)]
mod ffi;

/// The bytes `wsa_error_from_name` and `wsa_error_parse` read at most.
const FROM_NAME_BOUND: usize = wsa_error::MAX_NAME_LEN + 1;
const PARSE_BOUND: usize = wsa_error::MAX_PARSE_LEN + 1;

/// Every catalog code.
fn codes() -> Vec<i32> {
    WsaError::all().map(WsaError::code).collect()
}

/// Any catalog code.
fn any_code() -> impl Strategy<Value = i32> {
    proptest::sample::select(codes())
}

/// Any name `from_name` accepts (canonical names, aliases, POSIX names).
fn any_name() -> impl Strategy<Value = (&'static str, i32)> {
    let names: Vec<(&'static str, i32)> = wsa_error::names()
        .map(|(name, error)| (name, error.code()))
        .collect();
    proptest::sample::select(names)
}

/// `text` with the ASCII case of each letter flipped where `flips` says so.
fn recase(text: &str, flips: &[bool]) -> String {
    text.chars()
        .zip(flips.iter().chain(std::iter::repeat(&false)))
        .map(|(c, &flip)| {
            if !flip {
                c
            } else if c.is_ascii_uppercase() {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            }
        })
        .collect()
}

/// Up to a few bytes of ASCII whitespace, as `trim_ascii` removes it.
fn ascii_space() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        proptest::sample::select(vec![' ', '\t', '\n', '\r', '\x0c']),
        0..4,
    )
    .prop_map(|chars| chars.into_iter().collect())
}

/// The C answer for `bytes`, passed as a NUL-terminated copy (cut at the first NUL).
fn c_string(bytes: &[u8]) -> CString {
    let end = bytes.iter().position(|&b| b == 0).unwrap_or(bytes.len());
    CString::new(&bytes[..end]).expect("no interior NUL after the cut")
}

fn c_parse(bytes: &[u8]) -> i32 {
    let text = c_string(bytes);
    // SAFETY: a NUL-terminated string.
    unsafe { ffi::wsa_error_parse(text.as_ptr()) }
}

fn c_from_name(bytes: &[u8]) -> i32 {
    let text = c_string(bytes);
    // SAFETY: a NUL-terminated string.
    unsafe { ffi::wsa_error_from_name(text.as_ptr()) }
}

/// What the Rust API answers for the same bytes, in the C convention: -1 for
/// text that is not UTF-8 (it never matches) or names nothing.
fn rust_answer(bytes: &[u8], lookup: fn(&str) -> Option<WsaError>) -> i32 {
    let end = bytes.iter().position(|&b| b == 0).unwrap_or(bytes.len());
    std::str::from_utf8(&bytes[..end])
        .ok()
        .and_then(lookup)
        .map_or(-1, WsaError::code)
}

fn is_known_or_minus_one(code: i32) -> bool {
    code == -1 || WsaError::new(code).is_known()
}

fn formatted(code: i32) -> String {
    // SAFETY: a NULL buffer with length 0 only asks for the length.
    let len = unsafe { ffi::wsa_error_format(code, std::ptr::null_mut(), 0) };
    let mut buf = vec![0u8; len + 1];
    // SAFETY: `buf` has `len + 1` writable bytes.
    let written =
        unsafe { ffi::wsa_error_format(code, buf.as_mut_ptr().cast::<c_char>(), buf.len()) };
    assert_eq!(written, len);
    assert_eq!(buf[len], 0);
    buf.truncate(len);
    String::from_utf8(buf).expect("the line is ASCII")
}

/// `HRESULT_FROM_WIN32(0)` is `S_OK` (0), never `0x80070000`: that value is a
/// failure HRESULT and must not read as `NO_ERROR`. `wsa_error_parse` already
/// answers -1 for "0x80070000"; `wsa_error_from_hresult` must agree. (Found
/// by the exhaustive sweep, tests/c/sweep_all_ints.c.)
#[test]
fn a_failure_hresult_never_reads_as_success() {
    let failure = 0x8007_0000u32 as i32;
    assert_eq!(WsaError::parse("0x80070000"), None);
    assert_eq!(c_parse(b"0x80070000"), -1);
    assert_eq!(WsaError::from_hresult(failure), None);
    assert_eq!(ffi::wsa_error_from_hresult(failure), -1);
}

proptest! {
    #[test]
    fn rust_parsers_never_panic_on_any_string(text in any::<String>()) {
        let parsed = WsaError::parse(&text);
        let named = WsaError::from_name(&text);
        prop_assert!(parsed.is_none_or(WsaError::is_known));
        prop_assert!(named.is_none_or(WsaError::is_known));
        // A name is also a valid parse.
        if let Some(named) = named {
            prop_assert_eq!(WsaError::parse(&text), Some(named));
        }
    }

    #[test]
    fn c_parsers_never_panic_on_any_bytes_and_agree_with_rust(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        let parsed = c_parse(&bytes);
        let named = c_from_name(&bytes);
        prop_assert!(is_known_or_minus_one(parsed));
        prop_assert!(is_known_or_minus_one(named));
        prop_assert_eq!(parsed, rust_answer(&bytes, WsaError::parse));
        prop_assert_eq!(named, rust_answer(&bytes, WsaError::from_name));
        if bytes.iter().any(|b| !b.is_ascii()) && !bytes.contains(&0) {
            prop_assert_eq!(parsed, -1, "non-ASCII bytes never match");
            prop_assert_eq!(named, -1, "non-ASCII bytes never match");
        }
    }

    #[test]
    fn near_miss_names_and_numbers_agree_between_c_and_rust(
        (name, _) in any_name(),
        code in any_code(),
        numeric in any::<bool>(),
        at in any::<prop::sample::Index>(),
        byte in any::<u8>(),
        edit in 0usize..3,
    ) {
        // One byte replaced, inserted or removed in something that parses.
        let mut bytes = if numeric { format!("{code:#x}").into_bytes() } else { name.as_bytes().to_vec() };
        let at = at.index(bytes.len());
        match edit {
            0 => bytes[at] = byte,
            1 => bytes.insert(at, byte),
            _ => {
                bytes.remove(at);
            }
        }
        let parsed = c_parse(&bytes);
        let named = c_from_name(&bytes);
        prop_assert!(is_known_or_minus_one(parsed) && is_known_or_minus_one(named));
        prop_assert_eq!(parsed, rust_answer(&bytes, WsaError::parse));
        prop_assert_eq!(named, rust_answer(&bytes, WsaError::from_name));
    }

    #[test]
    fn c_parsers_stop_at_their_bound_on_unterminated_buffers(
        fill in proptest::collection::vec(1u8..=255, PARSE_BOUND..PARSE_BOUND + 64)
    ) {
        // Exactly the bound, with no NUL: both must stop inside and answer -1.
        let name = &fill[..FROM_NAME_BOUND];
        // SAFETY: FROM_NAME_BOUND readable bytes, which is all the function reads.
        prop_assert_eq!(unsafe { ffi::wsa_error_from_name(name.as_ptr().cast()) }, -1);
        let text = &fill[..PARSE_BOUND];
        // SAFETY: PARSE_BOUND readable bytes, which is all the function reads.
        prop_assert_eq!(unsafe { ffi::wsa_error_parse(text.as_ptr().cast()) }, -1);
    }

    #[test]
    fn from_hresult_answers_minus_one_or_the_code_it_wraps(
        hresult in prop_oneof![any::<i32>(), (0u32..=0xFFFF).prop_map(|low| (0x8007_0000 | low) as i32)]
    ) {
        let rust = WsaError::from_hresult(hresult);
        prop_assert_eq!(ffi::wsa_error_from_hresult(hresult), rust.map_or(-1, WsaError::code));
        if let Some(error) = rust {
            prop_assert!(error.is_known());
            let expected = if error.code() == 0 { 0 } else { 0x8007_0000u32 | error.code() as u32 };
            prop_assert_eq!(hresult as u32, expected);
        }
    }

    #[test]
    fn the_name_in_a_formatted_line_parses_back(code in any_code()) {
        let line = formatted(code);
        let name = line.split(" (").next().unwrap();
        prop_assert_eq!(WsaError::parse(name), Some(WsaError::new(code)));
        prop_assert_eq!(WsaError::from_name(name), Some(WsaError::new(code)));
        prop_assert_eq!(c_parse(name.as_bytes()), code);
        prop_assert_eq!(line, WsaError::new(code).to_string());
    }

    #[test]
    fn the_line_of_an_unknown_code_carries_its_number(code in any::<i32>()) {
        let line = formatted(code);
        prop_assert_eq!(&line, &WsaError::new(code).to_string());
        if !WsaError::new(code).is_known() {
            prop_assert_eq!(line, format!("Unknown Windows Sockets error {code}"));
        }
    }

    #[test]
    fn names_match_in_any_ascii_case(
        (name, code) in any_name(),
        flips in proptest::collection::vec(any::<bool>(), 32),
        before in ascii_space(),
        after in ascii_space(),
    ) {
        let text = recase(name, &flips);
        prop_assert_eq!(WsaError::from_name(&text).map(WsaError::code), Some(code));
        prop_assert_eq!(c_from_name(text.as_bytes()), code);
        let padded = format!("{before}{text}{after}");
        prop_assert_eq!(WsaError::parse(&padded).map(WsaError::code), Some(code));
        prop_assert_eq!(c_parse(padded.as_bytes()), code);
    }

    #[test]
    fn a_non_ascii_letter_in_a_name_never_matches(
        (name, _) in any_name(),
        at in any::<prop::sample::Index>(),
        look_alike in proptest::sample::select(vec!['\u{212A}', '\u{17F}', '\u{130}', '\u{131}', 'é', 'Е', '\u{FF21}']),
    ) {
        let mut chars: Vec<char> = name.chars().collect();
        let at = at.index(chars.len());
        chars[at] = look_alike;
        let text: String = chars.into_iter().collect();
        prop_assert_eq!(WsaError::from_name(&text), None);
        prop_assert_eq!(WsaError::parse(&text), None);
        prop_assert_eq!(c_from_name(text.as_bytes()), -1);
        prop_assert_eq!(c_parse(text.as_bytes()), -1);
    }

    #[test]
    fn every_numeric_form_of_every_code_parses_back(
        code in any_code(),
        form in 0usize..7,
        before in ascii_space(),
        after in ascii_space(),
    ) {
        let hresult = if code == 0 { 0 } else { 0x8007_0000u32 | code as u32 };
        let text = match form {
            0 => format!("{code}"),
            1 => format!("{code:#x}"),
            2 => format!("0X{code:X}"),
            3 => format!("{hresult:#010x}"),
            4 => format!("0x{hresult:08X}"),
            5 => format!("{}", hresult as i32),
            _ => format!("+{code}"),
        };
        // 0x00000000 and 0 are NO_ERROR either way.
        let padded = format!("{before}{text}{after}");
        prop_assert_eq!(WsaError::parse(&padded).map(WsaError::code), Some(code), "{:?}", padded);
        prop_assert_eq!(c_parse(padded.as_bytes()), code, "{:?}", padded);
        prop_assert_eq!(ffi::wsa_error_from_hresult(hresult as i32), code);
    }

    #[test]
    fn numbers_that_are_not_catalog_codes_answer_minus_one(value in any::<i64>()) {
        let text = value.to_string();
        let expected = i32::try_from(value).ok().and_then(|v| {
            WsaError::new(v).is_known().then_some(v).or_else(|| {
                WsaError::from_hresult(v).map(WsaError::code).filter(|&c| c != 0)
            })
        }).or_else(|| {
            u32::try_from(value).ok().and_then(|bits| WsaError::from_hresult(bits as i32))
                .map(WsaError::code).filter(|&c| c != 0)
        });
        prop_assert_eq!(c_parse(text.as_bytes()), expected.unwrap_or(-1), "{}", text);
    }
}
