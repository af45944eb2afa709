//! The one-line text for a code, shared by `Display`, the C function
//! `wsa_error_format` and every binding:
//!
//! - known: `WSAECONNRESET (10054): Connection reset by peer`
//! - unknown: `Unknown Windows Sockets error 12345`
//!
//! The text is assembled from static pieces and the decimal digits of the
//! code, so writing it into a caller's buffer needs no allocation.

use crate::index::by_code;

/// The prefix of the line for a code the catalog does not know.
pub(crate) const UNKNOWN_PREFIX: &str = "Unknown Windows Sockets error ";

/// Room for the decimal form of any `i32`, sign included (`-2147483648`).
const DIGITS_MAX: usize = 11;

/// The decimal digits of an `i32`, formatted without allocation.
pub(crate) struct Decimal {
    buf: [u8; DIGITS_MAX],
    start: usize,
}

impl Decimal {
    pub(crate) fn new(value: i32) -> Decimal {
        let mut buf = [0u8; DIGITS_MAX];
        let mut start = DIGITS_MAX;
        let mut magnitude = value.unsigned_abs();
        loop {
            start -= 1;
            buf[start] = b'0' + (magnitude % 10) as u8;
            magnitude /= 10;
            if magnitude == 0 {
                break;
            }
        }
        if value < 0 {
            start -= 1;
            buf[start] = b'-';
        }
        Decimal { buf, start }
    }

    pub(crate) fn as_str(&self) -> &str {
        core::str::from_utf8(&self.buf[self.start..]).expect("digits are ASCII")
    }
}

/// Calls `write` with each piece of the line for `code`, in order.
pub(crate) fn for_each_piece<E>(
    code: i32,
    mut write: impl FnMut(&str) -> Result<(), E>,
) -> Result<(), E> {
    let digits = Decimal::new(code);
    match by_code(code) {
        Some(entry) => {
            write(entry.name())?;
            write(" (")?;
            write(digits.as_str())?;
            write("): ")?;
            write(entry.message())
        }
        None => {
            write(UNKNOWN_PREFIX)?;
            write(digits.as_str())
        }
    }
}

/// Writes the line for `code` into `out` with `snprintf` semantics: returns
/// the length of the full line (without a NUL), writes at most `out.len()`
/// bytes, and NUL-terminates whenever `out` is not empty, truncating the text
/// to `out.len() - 1` bytes if it does not fit.
pub(crate) fn write_line(code: i32, out: &mut [u8]) -> usize {
    let room = out.len().saturating_sub(1);
    let mut written = 0usize;
    let mut total = 0usize;
    let Ok(()) = for_each_piece::<core::convert::Infallible>(code, |piece| {
        let bytes = piece.as_bytes();
        let take = bytes.len().min(room - written);
        out[written..written + take].copy_from_slice(&bytes[..take]);
        written += take;
        total += bytes.len();
        Ok(())
    });
    if let Some(terminator) = out.get_mut(written) {
        *terminator = 0;
    }
    total
}
