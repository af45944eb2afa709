//! [`WsaError`]: an open newtype over a Windows Sockets error code.

use core::fmt;
use core::str::FromStr;
#[cfg(feature = "std")]
use std::io;

use crate::catalog::{Category, Entry};
use crate::index::{by_code, by_name};

/// A Windows Sockets error code, as `WSAGetLastError()` returns it.
///
/// The type is open: it can hold any `i32`, including codes the catalog does
/// not know, and every lookup returns `Option`. Each catalog entry also has an
/// associated constant named exactly as in the Windows SDK
/// ([`WsaError::WSAECONNRESET`], [`WsaError::WSAHOST_NOT_FOUND`], ...).
///
/// ```
/// use wsa_error::WsaError;
///
/// let error = WsaError::new(10054);
/// assert_eq!(error, WsaError::WSAECONNRESET);
/// assert_eq!(error.name(), Some("WSAECONNRESET"));
/// assert_eq!(error.posix_name(), Some("ECONNRESET"));
/// assert_eq!(error.to_string(), "WSAECONNRESET (10054): Connection reset by peer");
/// assert_eq!(WsaError::new(12345).to_string(), "Unknown Windows Sockets error 12345");
/// assert_eq!("0x80072746".parse::<WsaError>(), Ok(WsaError::WSAECONNRESET));
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(transparent)]
pub struct WsaError(i32);

impl WsaError {
    /// Wraps any code, known or not.
    pub const fn new(code: i32) -> WsaError {
        WsaError(code)
    }

    /// The numeric code.
    pub const fn code(self) -> i32 {
        self.0
    }

    /// The catalog entry for this code, if there is one.
    pub fn entry(self) -> Option<&'static Entry> {
        by_code(self.0)
    }

    /// Whether the catalog has an entry for this code.
    pub fn is_known(self) -> bool {
        self.entry().is_some()
    }

    /// The SDK name (`"WSAECONNRESET"`), or `None` for an unknown code.
    pub fn name(self) -> Option<&'static str> {
        self.entry().map(Entry::name)
    }

    /// The short message (`"Connection reset by peer"`), or `None` for an unknown code.
    pub fn message(self) -> Option<&'static str> {
        self.entry().map(Entry::message)
    }

    /// The long explanation, or `None` for an unknown code.
    pub fn details(self) -> Option<&'static str> {
        self.entry().map(Entry::details)
    }

    /// The POSIX errno name (`"ECONNRESET"`), or `None` if unknown or there is none.
    pub fn posix_name(self) -> Option<&'static str> {
        self.entry().and_then(Entry::posix_name)
    }

    /// This platform's errno value for the code: 0 for `NO_ERROR`, `None` if
    /// the code is unknown, has no POSIX equivalent, or the platform lacks it.
    pub fn errno(self) -> Option<i32> {
        if self.0 == 0 {
            return Some(0);
        }
        self.entry().and_then(Entry::errno)
    }

    /// The getaddrinfo `EAI_*` name Windows defines as this code, if any.
    pub fn gai_name(self) -> Option<&'static str> {
        self.entry().and_then(Entry::gai_name)
    }

    /// The broad kind of failure, or `None` for an unknown code.
    pub fn category(self) -> Option<Category> {
        self.entry().map(Entry::category)
    }

    /// Whether retrying later can succeed (see [`Entry::is_transient`]);
    /// `false` for unknown codes.
    pub fn is_transient(self) -> bool {
        self.entry().is_some_and(Entry::is_transient)
    }

    /// Looks up a canonical name, an alias or a POSIX errno name, ignoring
    /// ASCII case: `"WSAECONNRESET"`, `"wsaeconnreset"`, `"ECONNRESET"` and
    /// `"WSANO_ADDRESS"` all resolve. A POSIX name shared by several entries
    /// resolves to the one in the 10000 range (`"EINVAL"` gives 10022, not 87);
    /// `"EAGAIN"` and `"ENOTSUP"` resolve like `"EWOULDBLOCK"` and `"EOPNOTSUPP"`.
    pub fn from_name(name: &str) -> Option<WsaError> {
        WsaError::from_name_bytes(name.as_bytes())
    }

    /// [`from_name`](Self::from_name) for bytes that need not be UTF-8
    /// (non-ASCII bytes never match).
    pub fn from_name_bytes(name: &[u8]) -> Option<WsaError> {
        by_name(name).map(Entry::error)
    }

    /// The code for this platform's errno value `errnum`, preferring the
    /// 10000-range entry when several share it; 0 gives `NO_ERROR`.
    pub fn from_errno(errnum: i32) -> Option<WsaError> {
        crate::posix::from_errno(errnum)
    }

    /// The code inside an `HRESULT_FROM_WIN32` value: `0x8007xxxx` with `xxxx`
    /// in the catalog (`0x80072746` gives 10054), or `S_OK` (0) for `NO_ERROR`.
    pub fn from_hresult(hresult: i32) -> Option<WsaError> {
        crate::parse::from_hresult(hresult as u32)
    }

    /// `HRESULT_FROM_WIN32(code)` as the Windows SDK defines it: the code
    /// itself when it is 0 or negative, else `0x8007xxxx` with the low 16 bits
    /// of the code (10054 gives `0x80072746`). Defined for any code.
    pub const fn hresult(self) -> u32 {
        if self.0 <= 0 {
            self.0 as u32
        } else {
            (self.0 as u32 & 0xFFFF) | 0x8007_0000
        }
    }

    /// Reads text as people paste it: a name as [`from_name`](Self::from_name)
    /// accepts, a decimal code (`"10054"`), a hex code (`"0x2746"`) or an
    /// HRESULT (`"0x80072746"`, or signed decimal `"-2147014842"`), with
    /// surrounding whitespace ignored. Only codes in the catalog are answered.
    pub fn parse(text: &str) -> Option<WsaError> {
        WsaError::parse_bytes(text.as_bytes())
    }

    /// [`parse`](Self::parse) for bytes that need not be UTF-8. Input longer
    /// than [`MAX_PARSE_LEN`](crate::MAX_PARSE_LEN) bytes is rejected.
    pub fn parse_bytes(text: &[u8]) -> Option<WsaError> {
        crate::parse::parse_bytes(text)
    }

    /// Writes the [`Display`](fmt::Display) text into `buf` the way C's
    /// `snprintf` does: returns the length of the whole text (without a NUL),
    /// writes at most `buf.len()` bytes and, unless `buf` is empty, ends what
    /// it wrote with a NUL, cutting the text to `buf.len() - 1` bytes if it
    /// does not fit. Never allocates.
    pub fn format_into(self, buf: &mut [u8]) -> usize {
        crate::format::write_line(self.0, buf)
    }

    /// The code an I/O error carries. On Windows that is its raw OS error
    /// when the catalog knows it; elsewhere its raw errno, mapped with
    /// [`from_errno`](Self::from_errno). `None` for errors without an OS code.
    #[cfg(feature = "std")]
    pub fn from_io_error(error: &io::Error) -> Option<WsaError> {
        let raw = error.raw_os_error()?;
        if cfg!(windows) {
            by_code(raw).map(Entry::error)
        } else {
            WsaError::from_errno(raw)
        }
    }

    /// Every code in the catalog, in ascending order.
    pub fn all() -> impl ExactSizeIterator<Item = WsaError> + DoubleEndedIterator + Clone {
        crate::entries().iter().map(Entry::error)
    }
}

impl From<i32> for WsaError {
    fn from(code: i32) -> WsaError {
        WsaError(code)
    }
}

impl From<WsaError> for i32 {
    fn from(error: WsaError) -> i32 {
        error.0
    }
}

#[cfg(feature = "std")]
impl From<WsaError> for io::Error {
    /// On Windows, the OS error with this code. Elsewhere the OS error for
    /// the POSIX equivalent when the platform has one, so `kind()` is right
    /// (`ConnectionReset`); otherwise an error of kind `Other` carrying the code.
    fn from(error: WsaError) -> io::Error {
        if cfg!(windows) {
            return io::Error::from_raw_os_error(error.0);
        }
        match error.errno() {
            Some(errnum) if errnum != 0 => io::Error::from_raw_os_error(errnum),
            _ => io::Error::other(error),
        }
    }
}

impl fmt::Display for WsaError {
    /// `WSAECONNRESET (10054): Connection reset by peer`, or
    /// `Unknown Windows Sockets error 12345`: the same text as `wsa_error_format`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The pieces are ASCII, so the conversion never fails.
        crate::format::for_each_piece(self.0, |piece| {
            f.write_str(core::str::from_utf8(piece).unwrap_or("?"))
        })
    }
}

impl fmt::Debug for WsaError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.name() {
            Some(name) => write!(f, "WsaError({} {name})", self.0),
            None => write!(f, "WsaError({})", self.0),
        }
    }
}

impl core::error::Error for WsaError {}

/// The error [`WsaError::from_str`] returns for text that names no catalog code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct ParseError;

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not a known Windows Sockets error name, code or HRESULT")
    }
}

impl core::error::Error for ParseError {}

impl FromStr for WsaError {
    type Err = ParseError;

    /// Same rules as [`WsaError::parse`].
    fn from_str(text: &str) -> Result<WsaError, ParseError> {
        WsaError::parse(text).ok_or(ParseError)
    }
}
