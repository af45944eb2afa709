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
pub const UNKNOWN_PREFIX: &str = "Unknown Windows Sockets error ";

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
        let mut magnitude = value.unsigned_abs();
        let mut digits = 0;
        // Fill from the right; 10 digits always fit, leaving room for a sign.
        for slot in buf.iter_mut().skip(1).rev() {
            *slot = b'0' + (magnitude % 10) as u8;
            digits += 1;
            magnitude /= 10;
            if magnitude == 0 {
                break;
            }
        }
        let mut start = DIGITS_MAX - digits;
        if value < 0 {
            start -= 1;
            if let Some(sign) = buf.get_mut(start) {
                *sign = b'-';
            }
        }
        Decimal { buf, start }
    }

    /// The ASCII digits (and sign).
    pub(crate) fn as_bytes(&self) -> &[u8] {
        // `start` is always inside the buffer; the fallback keeps this path
        // free of panics.
        self.buf.get(self.start..).unwrap_or_default()
    }
}

/// Calls `write` with each piece of the line for `code`, in order. The
/// pieces are ASCII.
pub(crate) fn for_each_piece<E>(
    code: i32,
    mut write: impl FnMut(&[u8]) -> Result<(), E>,
) -> Result<(), E> {
    let digits = Decimal::new(code);
    match by_code(code) {
        Some(entry) => {
            write(entry.name().as_bytes())?;
            write(b" (")?;
            write(digits.as_bytes())?;
            write(b"): ")?;
            write(entry.message().as_bytes())
        }
        None => {
            write(UNKNOWN_PREFIX.as_bytes())?;
            write(digits.as_bytes())
        }
    }
}

/// Writes the line for `code` into `out` with `snprintf` semantics: returns
/// the length of the full line (without a NUL), writes at most `out.len()`
/// bytes, and NUL-terminates whenever `out` is not empty, truncating the text
/// to `out.len() - 1` bytes if it does not fit.
pub(crate) fn write_line(code: i32, out: &mut [u8]) -> usize {
    // The text goes into the first `room` bytes; the NUL after what was written.
    let room = out.len().saturating_sub(1);
    let mut written = 0usize;
    let mut total = 0usize;
    let Ok(()) = for_each_piece::<core::convert::Infallible>(code, |piece| {
        let take = piece.len().min(room.saturating_sub(written));
        if let (Some(to), Some(from)) = (out.get_mut(written..written + take), piece.get(..take)) {
            to.copy_from_slice(from);
            written += take;
        }
        total += piece.len();
        Ok(())
    });
    if let Some(terminator) = out.get_mut(written) {
        *terminator = 0;
    }
    total
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::string::ToString;
    use std::vec;

    #[test]
    fn write_line_truncates_like_snprintf() {
        let full = "WSAECONNRESET (10054): Connection reset by peer";
        for len in 0..=full.len() + 2 {
            let mut buf = vec![0xAAu8; len + 4];
            assert_eq!(write_line(10054, &mut buf[..len]), full.len());
            if len > 0 {
                let kept = (len - 1).min(full.len());
                assert_eq!(&buf[..kept], &full.as_bytes()[..kept], "len {len}");
                assert_eq!(buf[kept], 0, "len {len}");
            }
            assert!(
                buf[len..].iter().all(|&b| b == 0xAA),
                "len {len}: nothing past the buffer"
            );
        }
    }

    #[test]
    fn decimal_handles_every_extreme() {
        for value in [0, 7, -7, 10054, i32::MAX, i32::MIN, -1, 1_000_000_000] {
            assert_eq!(Decimal::new(value).as_bytes(), value.to_string().as_bytes());
        }
    }
}
