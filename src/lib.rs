//! Every Windows Sockets (Winsock) error code in one catalog: the exact SDK
//! name, a short message, a real explanation, the POSIX errno and getaddrinfo
//! equivalents, a category and whether retrying can help.
//!
//! The catalog is plain static data, so it answers the same on every
//! platform: a log from a Windows server can be read on Linux.
//!
//! ```
//! use wsa_error::{Category, WsaError};
//!
//! let error = WsaError::new(10061);
//! assert_eq!(error.name(), Some("WSAECONNREFUSED"));
//! assert_eq!(error.message(), Some("Connection refused"));
//! assert_eq!(error.category(), Some(Category::Connection));
//! assert_eq!(WsaError::from_name("econnrefused"), Some(error));
//! assert_eq!(WsaError::parse("0x274D"), Some(error));
//! assert_eq!(wsa_error::entries().len(), 98);
//! ```
//!
//! The crate is `no_std` and allocates nothing. Its default `std` feature
//! adds the `std::io::Error` conversions ([`WsaError::from_io_error`] and
//! `From<WsaError> for io::Error`).
//!
//! The same catalog is exported to C by the separate `wsa-error-ffi` package
//! (the `wsa_error_*` functions of `include/wsa_error.h`), to C++ and Python
//! by the bindings, and to the command line by `wsa-error-cli`, so every
//! language sees exactly what Rust sees.

#![no_std]
#![warn(missing_docs)]

#[cfg(any(feature = "std", test))]
extern crate std;

/// With neither `std` nor a test harness, a final `no_std` artifact (the C
/// library) needs a panic handler; aborting is the only choice that never
/// unwinds into C.
#[cfg(all(feature = "panic-handler", not(feature = "std"), not(test)))]
#[panic_handler]
fn abort_on_panic(_: &core::panic::PanicInfo<'_>) -> ! {
    unsafe extern "C" {
        safe fn abort() -> !;
    }
    abort()
}

mod catalog;
mod format;
mod index;
mod parse;
mod posix;
mod scan;
mod spaces;
mod table;
mod winsock;

pub use catalog::{Category, Entry};
/// How [`WsaError`]'s `Display` (and `wsa_error_format`) begins the line for
/// a code the catalog does not know: `"Unknown Windows Sockets error "`,
/// then the code in decimal.
pub use format::UNKNOWN_PREFIX;
pub use scan::{Match, Scan, scan, scan_bytes};
pub use spaces::{NtStatus, SocketError, Win32Error};
pub use winsock::{ParseError, WsaError};

/// This crate's version, as in `Cargo.toml` (`"0.1.0"`).
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// [`VERSION`] as a C string, for C interfaces.
pub const VERSION_CSTR: &core::ffi::CStr = catalog::ctext!(env!("CARGO_PKG_VERSION")).as_cstr();

/// Reads a number the way every parser of this crate does, and so the way
/// logs write codes: decimal, signed or not (`10054`, `-2147014842`), or hex
/// with `0x` (`0x2746`, `0x80072746`), surrounding ASCII whitespace ignored.
/// `None` for anything else, or for a value that does not fit 32 bits.
///
/// ```
/// assert_eq!(wsa_error::read_number(" 0x2746 "), Some(10054));
/// assert_eq!(wsa_error::read_number("-2147014842"), Some(-2147014842));
/// assert_eq!(wsa_error::read_number("WSAECONNRESET"), None);
/// ```
pub fn read_number(text: &str) -> Option<i64> {
    if !parse::looks_numeric(text.as_bytes()) {
        return None;
    }
    parse::read_number(text.as_bytes())
}

/// The longest name [`WsaError::from_name`] knows, in bytes
/// (`WSA_IPSEC_NAME_POLICY_ERROR`): longer input never names a code, so a
/// reader of unterminated input may stop after `MAX_NAME_LEN + 1` bytes.
pub const MAX_NAME_LEN: usize = index::LONGEST_NAME;

/// The longest text [`WsaError::parse`] reads, in bytes; longer input is
/// rejected. No accepted form comes close (`"  0x80072746  "` is 14 bytes).
pub const MAX_PARSE_LEN: usize = parse::PARSE_MAX;

/// Every catalog entry, in ascending order of code (code 0, `NO_ERROR`, first).
pub fn entries() -> &'static [Entry] {
    &table::ENTRIES
}

/// Every name [`WsaError::from_name`] accepts, paired with the code it
/// resolves to: canonical names and SDK aliases in code order, then POSIX
/// errno names (each once, with the code it resolves to).
pub fn names() -> impl Iterator<Item = (&'static str, WsaError)> {
    index::names().map(|(name, code)| (name, WsaError::new(code)))
}
