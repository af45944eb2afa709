//! Reading a code from text the way people paste it from logs.

use crate::WsaError;
use crate::index::{by_code, by_name};

/// The facility code of `HRESULT_FROM_WIN32` results (`FACILITY_WIN32`).
const FACILITY_WIN32: u32 = 7;

/// The longest text [`parse_bytes`] looks at; longer input is rejected. No
/// accepted form comes close (`"  0x80072746  "` is 14 bytes).
pub(crate) const PARSE_MAX: usize = 256;

/// The catalog code inside an `HRESULT_FROM_WIN32` value: `0x8007xxxx` with
/// `xxxx` in the catalog, or 0 (`S_OK`, which is `HRESULT_FROM_WIN32(0)`).
pub(crate) fn from_hresult(hresult: u32) -> Option<WsaError> {
    if hresult == 0 {
        return Some(WsaError::NO_ERROR);
    }
    if hresult >> 16 != 0x8000 | FACILITY_WIN32 {
        return None;
    }
    // HRESULT_FROM_WIN32 maps 0 to S_OK, never to 0x80070000.
    let code = (hresult & 0xFFFF) as i32;
    by_code(code)
        .map(crate::Entry::error)
        .filter(|error| error.code() != 0)
}

/// A number found in text: as a catalog code if it is one, else as an
/// `HRESULT_FROM_WIN32` value (so a log's `-2147014842` or `0x80072746`
/// both give 10054).
fn from_number(value: i64) -> Option<WsaError> {
    if let Ok(code) = i32::try_from(value) {
        if let Some(entry) = by_code(code) {
            return Some(entry.error());
        }
    }
    // A 32-bit pattern, written either signed or unsigned.
    let bits = u32::try_from(value)
        .ok()
        .or_else(|| i32::try_from(value).ok().map(|v| v as u32))?;
    from_hresult(bits).filter(|error| error.code() != 0)
}

/// Parses digits in `radix`, rejecting empty input and anything longer than
/// 32 significant bits.
fn parse_digits(digits: &[u8], radix: u32) -> Option<i64> {
    if digits.is_empty() {
        return None;
    }
    let mut value: i64 = 0;
    for &byte in digits {
        let digit = match byte {
            b'0'..=b'9' => u32::from(byte - b'0'),
            b'a'..=b'f' => u32::from(byte - b'a') + 10,
            b'A'..=b'F' => u32::from(byte - b'A') + 10,
            _ => return None,
        };
        if digit >= radix {
            return None;
        }
        value = value
            .checked_mul(i64::from(radix))?
            .checked_add(i64::from(digit))?;
        if value > i64::from(u32::MAX) {
            return None;
        }
    }
    Some(value)
}

/// Reads a name (canonical, alias or POSIX errno name, any case), a decimal
/// number (`10054`, or a signed HRESULT such as `-2147014842`), or a hex
/// number (`0x2746`, or an HRESULT such as `0x80072746`). Surrounding ASCII
/// whitespace is ignored. Answers only codes the catalog has.
pub(crate) fn parse_bytes(text: &[u8]) -> Option<WsaError> {
    if text.len() > PARSE_MAX {
        return None;
    }
    let text = text.trim_ascii();
    if let Some(hex) = text
        .strip_prefix(b"0x")
        .or_else(|| text.strip_prefix(b"0X"))
    {
        return from_number(parse_digits(hex, 16)?);
    }
    let (negative, digits) = match text {
        [b'-', rest @ ..] => (true, rest),
        [b'+', rest @ ..] => (false, rest),
        _ => (false, text),
    };
    if digits.first().is_some_and(u8::is_ascii_digit) {
        let magnitude = parse_digits(digits, 10)?;
        return from_number(if negative { -magnitude } else { magnitude });
    }
    by_name(text).map(crate::Entry::error)
}
