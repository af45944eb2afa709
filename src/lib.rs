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
//! The same catalog is exported to C through a stable ABI (the `wsa_error_*`
//! functions declared in `include/wsa_error.h`), so C, C++ and Python see
//! exactly what Rust sees.

#![warn(missing_docs)]

mod catalog;
#[cfg(feature = "cli")]
pub mod cli;
mod code;
pub mod ffi;
mod format;
mod index;
mod parse;
mod posix;
mod table;

pub use catalog::{Category, Entry};
pub use code::{ParseError, WsaError};

/// This crate's version, as in `Cargo.toml` (`"0.1.0"`).
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The version with a NUL, for `wsa_error_version`.
const VERSION_TEXT: catalog::CText = catalog::ctext!(env!("CARGO_PKG_VERSION"));

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
