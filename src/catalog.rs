//! The catalog's types and the macro that turns the table in `table.rs` into
//! data, constants and documentation.
//!
//! Everything here is `const`: the C lookup path reads static data and never
//! initialises anything at run time.

use core::ffi::{CStr, c_int};
use core::fmt;

/// A static string stored with a trailing NUL, so one copy serves Rust
/// (`as_str`, without the NUL) and C (`as_ptr`, NUL-terminated).
#[derive(Clone, Copy)]
pub(crate) struct CText(&'static str);

impl CText {
    /// Wraps a literal that ends in exactly one NUL; a bad literal fails the build.
    pub(crate) const fn new(with_nul: &'static str) -> CText {
        let bytes = with_nul.as_bytes();
        assert!(
            !bytes.is_empty() && bytes[bytes.len() - 1] == 0,
            "CText needs a trailing NUL"
        );
        let mut i = 0;
        while i + 1 < bytes.len() {
            assert!(bytes[i] != 0, "CText must not contain an interior NUL");
            i += 1;
        }
        CText(with_nul)
    }

    pub(crate) fn as_str(self) -> &'static str {
        // The last byte is the NUL checked in `new`, an ASCII boundary, so
        // `get` always succeeds; it keeps this path free of panics.
        self.0.get(..self.0.len().saturating_sub(1)).unwrap_or("")
    }

    pub(crate) const fn as_cstr(self) -> &'static CStr {
        // SAFETY: `new` checked that the bytes end in one NUL and hold no other.
        unsafe { CStr::from_bytes_with_nul_unchecked(self.0.as_bytes()) }
    }
}

/// Builds a [`CText`] from a string literal.
macro_rules! ctext {
    ($text:expr) => {
        $crate::catalog::CText::new(concat!($text, "\0"))
    };
}
pub(crate) use ctext;

/// A string of the catalog: a range of [`TEXT`](crate::table::TEXT), the one
/// blob that holds every row's strings, each followed by a NUL. Offsets
/// instead of pointers keep the tables free of relocations, which makes the
/// shared library smaller and quicker to load.
#[derive(Clone, Copy)]
pub(crate) struct Text {
    offset: u32,
    len: u32,
}

impl Text {
    const EMPTY: Text = Text { offset: 0, len: 0 };

    pub(crate) fn as_str(self) -> &'static str {
        let start = self.offset as usize;
        // Ranges come from `build_entries`, so `get` always succeeds; it keeps
        // this path free of panics.
        crate::table::TEXT
            .get(start..start + self.len as usize)
            .unwrap_or("")
    }

    /// The string as C sees it: the blob has a NUL right after it.
    pub(crate) fn as_cstr(self) -> &'static CStr {
        let start = self.offset as usize;
        match crate::table::TEXT
            .as_bytes()
            .get(start..=start + self.len as usize)
        {
            // SAFETY: `build_entries` cut every range at the blob's NULs, so
            // the range plus one byte is the string and its NUL, and nothing else.
            Some(with_nul) => unsafe { CStr::from_bytes_with_nul_unchecked(with_nul) },
            None => c"",
        }
    }

    /// The bytes, for compile-time code.
    pub(crate) const fn bytes(self) -> &'static [u8] {
        let (_, rest) = crate::table::TEXT.as_bytes().split_at(self.offset as usize);
        rest.split_at(self.len as usize).0
    }
}

/// The most aliases one row may have.
pub(crate) const MAX_ALIASES: usize = 2;

/// The facts of a row that are not strings; `build_entries` joins them with
/// the row's strings from the blob.
pub(crate) struct Facts {
    pub(crate) code: i32,
    pub(crate) posix_host: Option<c_int>,
    pub(crate) category: Category,
    pub(crate) transient: bool,
}

/// Reads the next NUL-terminated string of the blob at `*at`.
const fn next_text(blob: &[u8], at: &mut usize) -> Text {
    let start = *at;
    while blob[*at] != 0 {
        *at += 1;
    }
    let text = Text {
        offset: start as u32,
        len: (*at - start) as u32,
    };
    *at += 1;
    text
}

/// Lays each row's strings out of the blob, in the order the `catalog!`
/// macro wrote them: name, identifier, message, details, POSIX name (empty
/// for none), EAI name (empty for none), references (space-separated, empty
/// for none), then the aliases and an empty string.
pub(crate) const fn build_entries<const N: usize>(blob: &str, facts: &[Facts; N]) -> [Entry; N] {
    assert!(
        blob.len() < u32::MAX as usize,
        "the text blob must fit 32-bit offsets"
    );
    let blob = blob.as_bytes();
    let mut entries = [Entry {
        code: 0,
        name: Text::EMPTY,
        identifier: Text::EMPTY,
        message: Text::EMPTY,
        details: Text::EMPTY,
        posix: None,
        gai: None,
        references: Text::EMPTY,
        aliases: [Text::EMPTY; MAX_ALIASES],
        alias_count: 0,
        category: Category::Success,
        transient: false,
    }; N];
    let mut at = 0;
    let mut i = 0;
    while i < N {
        let entry = &mut entries[i];
        entry.code = facts[i].code;
        entry.category = facts[i].category;
        entry.transient = facts[i].transient;
        entry.name = next_text(blob, &mut at);
        entry.identifier = next_text(blob, &mut at);
        entry.message = next_text(blob, &mut at);
        entry.details = next_text(blob, &mut at);
        let posix = next_text(blob, &mut at);
        if posix.len > 0 {
            entry.posix = Some(Posix {
                name: posix,
                host: facts[i].posix_host,
            });
        }
        let gai = next_text(blob, &mut at);
        if gai.len > 0 {
            entry.gai = Some(gai);
        }
        entry.references = next_text(blob, &mut at);
        loop {
            let alias = next_text(blob, &mut at);
            if alias.len == 0 {
                break;
            }
            assert!(
                (entry.alias_count as usize) < MAX_ALIASES,
                "too many aliases on one row"
            );
            entry.aliases[entry.alias_count as usize] = alias;
            entry.alias_count += 1;
        }
        i += 1;
    }
    assert!(at == blob.len(), "the text blob has strings no row claims");
    entries
}

/// The broad kind of failure an entry reports: a small, fixed set.
///
/// Each entry belongs to exactly one category. The set is closed for a given
/// release; a new category would be added only with a new minor version, so
/// `match` on it with a wildcard arm.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Category {
    /// Not an error: code 0, `NO_ERROR`.
    Success,
    /// The caller passed something invalid: a bad pointer, handle, option,
    /// length or argument value.
    Argument,
    /// The socket is in the wrong state for the call, or the call would block,
    /// is already running or was interrupted.
    State,
    /// The protocol, socket type, address family or operation is not
    /// supported by this socket or this system.
    Unsupported,
    /// Something ran out: memory, buffer space, sockets, processes, quota.
    Resource,
    /// The local address cannot be used: already in use or not on this host.
    Address,
    /// The network, a route or the remote host is unavailable.
    Network,
    /// A connection failed, was refused, timed out, or was reset or aborted.
    Connection,
    /// Host, service and name-space lookups (getaddrinfo, WSALookupService*).
    Resolver,
    /// Winsock start-up and its service providers (WSAStartup, the provider catalog).
    Startup,
    /// Overlapped I/O and event objects (`WSA_IO_PENDING`, `WSA_OPERATION_ABORTED`, ...).
    Overlapped,
    /// Quality of Service (RSVP, `WSA_QOS_*`): notices and malformed QoS structures.
    Qos,
    /// A BSD code kept for source compatibility that Windows Sockets functions
    /// are not documented to return.
    Compat,
}

impl Category {
    /// Every category, in declaration order.
    pub const ALL: [Category; 13] = [
        Category::Success,
        Category::Argument,
        Category::State,
        Category::Unsupported,
        Category::Resource,
        Category::Address,
        Category::Network,
        Category::Connection,
        Category::Resolver,
        Category::Startup,
        Category::Overlapped,
        Category::Qos,
        Category::Compat,
    ];

    /// The category's stable lower-case name, e.g. `"connection"`, as the C
    /// function `wsa_error_category` returns it.
    pub fn as_str(self) -> &'static str {
        self.text().as_str()
    }

    /// [`as_str`](Self::as_str) as a static C string.
    pub fn as_cstr(self) -> &'static CStr {
        self.text().as_cstr()
    }

    pub(crate) const fn text(self) -> CText {
        match self {
            Category::Success => ctext!("success"),
            Category::Argument => ctext!("argument"),
            Category::State => ctext!("state"),
            Category::Unsupported => ctext!("unsupported"),
            Category::Resource => ctext!("resource"),
            Category::Address => ctext!("address"),
            Category::Network => ctext!("network"),
            Category::Connection => ctext!("connection"),
            Category::Resolver => ctext!("resolver"),
            Category::Startup => ctext!("startup"),
            Category::Overlapped => ctext!("overlapped"),
            Category::Qos => ctext!("qos"),
            Category::Compat => ctext!("compat"),
        }
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A POSIX errno that an entry corresponds to: its portable name, and its
/// value on the platform this crate was built for (if the platform has it).
#[derive(Clone, Copy)]
pub(crate) struct Posix {
    pub(crate) name: Text,
    pub(crate) host: Option<c_int>,
}

/// One row of the catalog: everything known about one Windows Sockets code.
///
/// Obtain entries from [`entries`](crate::entries) or
/// [`WsaError::entry`](crate::WsaError::entry).
#[derive(Clone, Copy)]
pub struct Entry {
    pub(crate) code: i32,
    pub(crate) name: Text,
    pub(crate) identifier: Text,
    pub(crate) aliases: [Text; MAX_ALIASES],
    pub(crate) alias_count: u8,
    pub(crate) message: Text,
    pub(crate) details: Text,
    pub(crate) posix: Option<Posix>,
    pub(crate) gai: Option<Text>,
    pub(crate) references: Text,
    pub(crate) category: Category,
    pub(crate) transient: bool,
}

impl Entry {
    /// The numeric code, as `WSAGetLastError()` returns it.
    pub fn code(&self) -> i32 {
        self.code
    }

    /// The code as a [`WsaError`](crate::WsaError).
    pub fn error(&self) -> crate::WsaError {
        crate::WsaError::new(self.code)
    }

    /// The canonical name, spelled exactly as the Windows SDK spells it.
    pub fn name(&self) -> &'static str {
        self.name.as_str()
    }

    /// A short snake_case identifier in the style of `std::errc`
    /// (`"connection_reset"`, `"host_not_found"`), unique in the catalog: the
    /// C++ enumerator name and the idiomatic name in languages that want one.
    pub fn identifier(&self) -> &'static str {
        self.identifier.as_str()
    }

    /// Other names the Windows SDK headers define for the same code
    /// (`WSANO_ADDRESS` for `WSANO_DATA`); usually empty.
    pub fn aliases(&self) -> impl ExactSizeIterator<Item = &'static str> + Clone + use<> {
        let aliases = self.aliases;
        (0..usize::from(self.alias_count).min(MAX_ALIASES)).map(move |i| aliases[i].as_str())
    }

    /// One short line in the style of `strerror`, without a trailing period.
    pub fn message(&self) -> &'static str {
        self.message.as_str()
    }

    /// A few sentences: what happened, the usual causes and the calls that
    /// report it, and what to do about it.
    pub fn details(&self) -> &'static str {
        self.details.as_str()
    }

    /// The name of the corresponding POSIX errno (`"ECONNRESET"`), if any.
    pub fn posix_name(&self) -> Option<&'static str> {
        self.posix.map(|posix| posix.name.as_str())
    }

    /// The corresponding errno value on the platform this crate was built
    /// for (104 for `ECONNRESET` on Linux, 54 on macOS), if it has one.
    pub fn errno(&self) -> Option<i32> {
        self.posix.and_then(|posix| posix.host)
    }

    /// The getaddrinfo `EAI_*` name that Windows defines as this code, if any.
    pub fn gai_name(&self) -> Option<&'static str> {
        self.gai.map(Text::as_str)
    }

    /// [`name`](Self::name) as a static C string (NUL-terminated), for C interfaces.
    pub fn name_cstr(&self) -> &'static CStr {
        self.name.as_cstr()
    }

    /// [`message`](Self::message) as a static C string.
    pub fn message_cstr(&self) -> &'static CStr {
        self.message.as_cstr()
    }

    /// [`details`](Self::details) as a static C string.
    pub fn details_cstr(&self) -> &'static CStr {
        self.details.as_cstr()
    }

    /// [`posix_name`](Self::posix_name) as a static C string.
    pub fn posix_name_cstr(&self) -> Option<&'static CStr> {
        self.posix.map(|posix| posix.name.as_cstr())
    }

    /// [`gai_name`](Self::gai_name) as a static C string.
    pub fn gai_name_cstr(&self) -> Option<&'static CStr> {
        self.gai.map(Text::as_cstr)
    }

    /// The Windows API functions whose Microsoft reference page lists this
    /// code among its errors (`recv`, `WSARecv`, ...), in alphabetical order
    /// ignoring case; empty when no function page documents it.
    pub fn references(&self) -> impl Iterator<Item = &'static str> + Clone + use<> {
        self.references.as_str().split_ascii_whitespace()
    }

    /// [`references`](Self::references) as one static C string, the names
    /// separated by single spaces; `None` when there are none.
    pub fn references_cstr(&self) -> Option<&'static CStr> {
        (self.references.len > 0).then(|| self.references.as_cstr())
    }

    /// The broad kind of failure.
    pub fn category(&self) -> Category {
        self.category
    }

    /// Whether repeating the same operation later, unchanged, can succeed.
    ///
    /// The rule: an entry is transient when it reports a temporary condition
    /// on this host or on the path (a call that would block, an operation
    /// still running when polled, a shortage of memory, buffers, sockets or
    /// processes, a network, route, host or name server that is unavailable
    /// for now, a timeout). Failures caused by the arguments, the socket's
    /// state, missing support, configuration, or a definite answer from the
    /// peer or a name server (refused, reset, no such host) are not, nor is
    /// an interruption (`WSAEINTR`: a cancel or a close that a retry does not
    /// undo) or `WSA_IO_PENDING` (repeating the call starts a second
    /// operation; wait for the first).
    pub fn is_transient(&self) -> bool {
        self.transient
    }
}

impl fmt::Debug for Entry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Entry")
            .field("code", &self.code)
            .field("name", &self.name())
            .field("identifier", &self.identifier())
            .field("aliases", &Aliases(self))
            .field("message", &self.message())
            .field("posix", &self.posix_name())
            .field("gai", &self.gai_name())
            .field("category", &self.category)
            .field("transient", &self.transient)
            .finish_non_exhaustive()
    }
}

/// An entry's aliases, printed as a list without collecting them.
struct Aliases<'a>(&'a Entry);

impl fmt::Debug for Aliases<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.0.aliases()).finish()
    }
}

/// Expands the table in `table.rs`.
///
/// Each row reads:
///
/// ```text
/// CODE NAME [ALIAS, ...] {
///     identifier: snake_case_name,
///     message: "...", posix: ERRNO_NAME | None, gai: EAI_NAME | None,
///     category: Category, transient: bool,
///     references: "function function ...", details: "...",
/// }
/// ```
///
/// and becomes one [`Entry`] in `ENTRIES` plus one associated constant
/// `WsaError::NAME` whose documentation is built from the same row.
macro_rules! catalog {
    ($(
        $code:literal $name:ident [$($alias:ident),*] {
            identifier: $identifier:ident,
            message: $message:literal,
            posix: $posix:ident,
            gai: $gai:ident,
            category: $category:ident,
            transient: $transient:literal,
            references: $references:literal,
            details: $details:literal $(,)?
        }
    )*) => {
        /// Every row's strings, NUL-separated, in the order `build_entries` reads them.
        pub(crate) static TEXT: &str = concat!($(
            stringify!($name), "\0", stringify!($identifier), "\0", $message, "\0", $details, "\0",
            $crate::catalog::catalog!(@optional $posix), "\0", $crate::catalog::catalog!(@optional $gai), "\0",
            $references, "\0", $(stringify!($alias), "\0",)* "\0",
        )*);

        /// Every entry, in ascending order of code.
        pub(crate) static ENTRIES: [$crate::catalog::Entry; [$($code),*].len()] =
            $crate::catalog::build_entries(TEXT, &[$(
                $crate::catalog::Facts {
                    code: $code,
                    posix_host: $crate::catalog::catalog!(@host $posix),
                    category: $crate::catalog::Category::$category,
                    transient: $transient,
                },
            )*]);

        impl $crate::WsaError {
            $(
                #[doc = concat!(
                    "`", stringify!($name), "` = ", stringify!($code), ": ", $message, ".\n\n",
                    $details,
                )]
                pub const $name: $crate::WsaError = $crate::WsaError::new($code);
                $(
                    #[doc = concat!(
                        "`", stringify!($alias), "`: another spelling of [`", stringify!($name),
                        "`](Self::", stringify!($name), ") (", stringify!($code), ").",
                    )]
                    pub const $alias: $crate::WsaError = $crate::WsaError::new($code);
                )*
            )*
        }
    };
    (@optional None) => { "" };
    (@optional $name:ident) => { stringify!($name) };
    (@host None) => { None };
    (@host $errno:ident) => { $crate::posix::host::$errno };
}
pub(crate) use catalog;
