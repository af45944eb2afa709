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
    from_hresult(bits_of(value)?).filter(|error| error.code() != 0)
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

/// Reads a number the way logs write codes: decimal, signed or not
/// (`10054`, `-2147014842`), or hex with `0x` (`0x2746`, `0x80072746`),
/// surrounding ASCII whitespace ignored. `None` when the text is not such a
/// number or is longer than [`PARSE_MAX`] bytes.
pub(crate) fn read_number(text: &[u8]) -> Option<i64> {
    if text.len() > PARSE_MAX {
        return None;
    }
    let text = text.trim_ascii();
    if let Some(hex) = text
        .strip_prefix(b"0x")
        .or_else(|| text.strip_prefix(b"0X"))
    {
        return parse_digits(hex, 16);
    }
    let (negative, digits) = match text {
        [b'-', rest @ ..] => (true, rest),
        [b'+', rest @ ..] => (false, rest),
        _ => (false, text),
    };
    let magnitude = parse_digits(digits, 10)?;
    Some(if negative { -magnitude } else { magnitude })
}

/// Whether the text starts like a number (a digit, or a sign and a digit),
/// so that a failed [`read_number`] means "not a code" rather than "a name".
pub(crate) fn looks_numeric(text: &[u8]) -> bool {
    let text = text.trim_ascii();
    let digits = match text {
        [b'-' | b'+', rest @ ..] => rest,
        _ => text,
    };
    digits.first().is_some_and(u8::is_ascii_digit)
}

/// The 32-bit pattern of a number written signed or unsigned
/// (`-1073741299` and `3221225997` are both `0xC000020D`).
pub(crate) fn bits_of(value: i64) -> Option<u32> {
    u32::try_from(value)
        .ok()
        .or_else(|| i32::try_from(value).ok().map(|v| v as u32))
}

/// Reads a name (canonical, alias or POSIX errno name, any case), a decimal
/// number (`10054`, or a signed HRESULT such as `-2147014842`), or a hex
/// number (`0x2746`, or an HRESULT such as `0x80072746`). Surrounding ASCII
/// whitespace is ignored. Answers only codes the catalog has.
pub(crate) fn parse_bytes(text: &[u8]) -> Option<WsaError> {
    if text.len() > PARSE_MAX {
        return None;
    }
    if looks_numeric(text) {
        return from_number(read_number(text)?);
    }
    by_name(text.trim_ascii()).map(crate::Entry::error)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_read_up_to_32_significant_bits_and_no_further() {
        // The largest 32-bit value is read, in either base and either sign...
        assert_eq!(read_number(b"0xFFFFFFFF"), Some(0xFFFF_FFFF));
        assert_eq!(read_number(b"4294967295"), Some(0xFFFF_FFFF));
        assert_eq!(read_number(b"-4294967295"), Some(-0xFFFF_FFFF));
        assert_eq!(read_number(b"0x00000000FFFFFFFF"), Some(0xFFFF_FFFF));
        // ...and the next one is not, however it is written.
        assert_eq!(read_number(b"0x100000000"), None);
        assert_eq!(read_number(b"4294967296"), None);
        assert_eq!(read_number(b"-4294967296"), None);
        assert_eq!(read_number(b"0x1FFFFFFFF"), None);
        assert_eq!(read_number(&[b'9'; 40]), None);
        assert_eq!(read_number(b""), None);
        assert_eq!(read_number(b"0x"), None);
    }
}
