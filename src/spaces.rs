//! The socket errors that are not Windows Sockets codes: the Win32 error
//! codes overlapped and I/O-completion-port programs read
//! (`GetQueuedCompletionStatus`, `GetOverlappedResult`), and the NTSTATUS
//! values the AFD driver completes socket requests with
//! (`OVERLAPPED.Internal`). Each row names the Winsock code it stands for.
//!
//! The rows live in `table.rs` beside the catalog, in two tables of their
//! own; the macros here turn them into sorted static arrays and constants.
//! Lookups are binary searches over those arrays: nothing is initialised at
//! run time.

use core::ffi::CStr;
use core::fmt;

use crate::WsaError;
use crate::catalog::CText;
use crate::table::{NTSTATUS_ROWS, WIN32_ROWS};

/// One row of the Win32 table.
pub(crate) struct Win32Row {
    pub(crate) code: u32,
    pub(crate) name: CText,
    pub(crate) message: CText,
    pub(crate) details: CText,
    pub(crate) winsock: Option<i32>,
}

/// One row of the NTSTATUS table.
pub(crate) struct NtStatusRow {
    pub(crate) status: u32,
    pub(crate) name: CText,
    pub(crate) message: CText,
    pub(crate) details: CText,
    pub(crate) win32: u32,
    pub(crate) winsock: Option<i32>,
}

/// Fails the build unless the keys ascend strictly (binary search needs it).
pub(crate) const fn assert_ascending(keys: &[u32]) {
    let mut i = 1;
    while i < keys.len() {
        assert!(
            keys[i - 1] < keys[i],
            "rows must be sorted by code, without repeats"
        );
        i += 1;
    }
}

/// Fails the build if a Win32 row has the number of a catalog code but
/// stands for another one (a catalog code stands for itself).
pub(crate) const fn assert_shared_numbers_agree(rows: &[Win32Row]) {
    let mut i = 0;
    while i < rows.len() {
        let code = rows[i].code as i32;
        if crate::index::by_code_const(code) {
            match rows[i].winsock {
                Some(winsock) => assert!(winsock == code, "a shared number must stand for itself"),
                None => panic!("a shared number must stand for itself"),
            }
        }
        i += 1;
    }
}

/// Fails the build if an NTSTATUS row's Win32 translation is not a row of
/// the Win32 table.
pub(crate) const fn assert_translations_exist(rows: &[NtStatusRow], win32: &[Win32Row]) {
    let mut i = 0;
    'rows: while i < rows.len() {
        let mut k = 0;
        while k < win32.len() {
            if win32[k].code == rows[i].win32 {
                i += 1;
                continue 'rows;
            }
            k += 1;
        }
        panic!("an NTSTATUS row translates to a Win32 code the Win32 table lacks");
    }
}

fn win32_row(code: u32) -> Option<&'static Win32Row> {
    let index = WIN32_ROWS
        .binary_search_by_key(&code, |row| row.code)
        .ok()?;
    WIN32_ROWS.get(index)
}

fn ntstatus_row(status: u32) -> Option<&'static NtStatusRow> {
    let index = NTSTATUS_ROWS
        .binary_search_by_key(&status, |row| row.status)
        .ok()?;
    NTSTATUS_ROWS.get(index)
}

/// The facility code of `HRESULT_FROM_WIN32` results (`FACILITY_WIN32`).
const HRESULT_WIN32: u32 = 0x8007_0000;
/// The bit `HRESULT_FROM_NT` sets in an NTSTATUS (`FACILITY_NT_BIT`).
const FACILITY_NT_BIT: u32 = 0x1000_0000;

/// A Win32 error code (`GetLastError()`, `GetQueuedCompletionStatus`,
/// Python's `winerror`) of the kind socket programs meet: the table holds
/// the codes seen on socket paths, each with the Winsock code it stands for.
///
/// The type is open, like [`WsaError`]: any `u32`, known or not; lookups
/// return `Option`. Each row has an associated constant named as in
/// `winerror.h` ([`Win32Error::ERROR_NETNAME_DELETED`], ...).
///
/// ```
/// use wsa_error::{Win32Error, WsaError};
///
/// let error = Win32Error::new(64);
/// assert_eq!(error.name(), Some("ERROR_NETNAME_DELETED"));
/// assert_eq!(error.winsock(), Some(WsaError::WSAECONNRESET));
/// assert_eq!(WsaError::from_win32(64), Some(WsaError::WSAECONNRESET));
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(transparent)]
pub struct Win32Error(u32);

impl Win32Error {
    /// Wraps any code, known or not.
    pub const fn new(code: u32) -> Win32Error {
        Win32Error(code)
    }

    /// The numeric code.
    pub const fn code(self) -> u32 {
        self.0
    }

    /// Whether the table has this code.
    pub fn is_known(self) -> bool {
        win32_row(self.0).is_some()
    }

    /// The name in `winerror.h`, such as `"ERROR_NETNAME_DELETED"`.
    pub fn name(self) -> Option<&'static str> {
        win32_row(self.0).map(|row| row.name.as_str())
    }

    /// A short message in the style of `strerror`.
    pub fn message(self) -> Option<&'static str> {
        win32_row(self.0).map(|row| row.message.as_str())
    }

    /// A few sentences: what it means on a socket path, why it stands for
    /// its Winsock code, and what to do.
    pub fn details(self) -> Option<&'static str> {
        win32_row(self.0).map(|row| row.details.as_str())
    }

    /// The Winsock code this code stands for (64 gives `WSAECONNRESET`);
    /// `None` when the code is not in the table or has no honest Winsock
    /// equivalent (`WAIT_TIMEOUT`).
    pub fn winsock(self) -> Option<WsaError> {
        win32_row(self.0).and_then(|row| row.winsock.map(WsaError::new))
    }

    /// [`name`](Self::name) as a static C string.
    pub fn name_cstr(self) -> Option<&'static CStr> {
        win32_row(self.0).map(|row| row.name.as_cstr())
    }

    /// [`message`](Self::message) as a static C string.
    pub fn message_cstr(self) -> Option<&'static CStr> {
        win32_row(self.0).map(|row| row.message.as_cstr())
    }

    /// [`details`](Self::details) as a static C string.
    pub fn details_cstr(self) -> Option<&'static CStr> {
        win32_row(self.0).map(|row| row.details.as_cstr())
    }

    /// `HRESULT_FROM_WIN32(code)`: `0x8007xxxx` with the low 16 bits (0 for 0).
    pub const fn hresult(self) -> u32 {
        if self.0 == 0 {
            0
        } else {
            (self.0 & 0xFFFF) | HRESULT_WIN32
        }
    }

    /// The table's code inside an `HRESULT_FROM_WIN32` value
    /// (`0x80070040` gives 64).
    pub fn from_hresult(hresult: u32) -> Option<Win32Error> {
        if hresult & 0xFFFF_0000 != HRESULT_WIN32 {
            return None;
        }
        Some(Win32Error(hresult & 0xFFFF)).filter(|error| error.is_known())
    }

    /// Looks up a name from the table, ignoring ASCII case
    /// (`"ERROR_NETNAME_DELETED"`, `"error_netname_deleted"`).
    pub fn from_name(name: &str) -> Option<Win32Error> {
        WIN32_ROWS
            .iter()
            .find(|row| row.name.as_str().eq_ignore_ascii_case(name))
            .map(|row| Win32Error(row.code))
    }

    /// Every code in the table, in ascending order.
    pub fn all() -> impl ExactSizeIterator<Item = Win32Error> + DoubleEndedIterator + Clone {
        WIN32_ROWS.iter().map(|row| Win32Error(row.code))
    }
}

/// An NTSTATUS value (`OVERLAPPED.Internal`, a driver's completion status)
/// of the kind the AFD driver completes socket requests with, each with its
/// Win32 translation (what `RtlNtStatusToDosError`, and so
/// `GetOverlappedResult`, gives) and its Winsock code (what
/// `WSAGetOverlappedResult` gives).
///
/// ```
/// use wsa_error::{NtStatus, Win32Error, WsaError};
///
/// let status = NtStatus::new(0xC000_020D);
/// assert_eq!(status.name(), Some("STATUS_CONNECTION_RESET"));
/// assert_eq!(status.win32(), Some(Win32Error::ERROR_NETNAME_DELETED));
/// assert_eq!(status.winsock(), Some(WsaError::WSAECONNRESET));
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(transparent)]
pub struct NtStatus(u32);

impl NtStatus {
    /// Wraps any value, known or not.
    pub const fn new(status: u32) -> NtStatus {
        NtStatus(status)
    }

    /// The numeric value.
    pub const fn code(self) -> u32 {
        self.0
    }

    /// Whether the table has this value.
    pub fn is_known(self) -> bool {
        ntstatus_row(self.0).is_some()
    }

    /// The name in `ntstatus.h`, such as `"STATUS_CONNECTION_RESET"`.
    pub fn name(self) -> Option<&'static str> {
        ntstatus_row(self.0).map(|row| row.name.as_str())
    }

    /// A short message in the style of `strerror`.
    pub fn message(self) -> Option<&'static str> {
        ntstatus_row(self.0).map(|row| row.message.as_str())
    }

    /// A few sentences on what the status means for a socket.
    pub fn details(self) -> Option<&'static str> {
        ntstatus_row(self.0).map(|row| row.details.as_str())
    }

    /// The Win32 code `RtlNtStatusToDosError` turns it into, which is what
    /// `GetOverlappedResult` and `GetQueuedCompletionStatus` report.
    pub fn win32(self) -> Option<Win32Error> {
        ntstatus_row(self.0).map(|row| Win32Error(row.win32))
    }

    /// The Winsock code `WSAGetOverlappedResult` reports for it; `None` when
    /// the status is not in the table or has no Winsock equivalent.
    pub fn winsock(self) -> Option<WsaError> {
        ntstatus_row(self.0).and_then(|row| row.winsock.map(WsaError::new))
    }

    /// [`name`](Self::name) as a static C string.
    pub fn name_cstr(self) -> Option<&'static CStr> {
        ntstatus_row(self.0).map(|row| row.name.as_cstr())
    }

    /// [`message`](Self::message) as a static C string.
    pub fn message_cstr(self) -> Option<&'static CStr> {
        ntstatus_row(self.0).map(|row| row.message.as_cstr())
    }

    /// [`details`](Self::details) as a static C string.
    pub fn details_cstr(self) -> Option<&'static CStr> {
        ntstatus_row(self.0).map(|row| row.details.as_cstr())
    }

    /// The table's status inside an `HRESULT_FROM_NT` value
    /// (`0xD000020D` gives `STATUS_CONNECTION_RESET`).
    pub fn from_hresult(hresult: u32) -> Option<NtStatus> {
        if hresult & FACILITY_NT_BIT == 0 {
            return None;
        }
        Some(NtStatus(hresult & !FACILITY_NT_BIT)).filter(|status| status.is_known())
    }

    /// Looks up a name from the table, ignoring ASCII case.
    pub fn from_name(name: &str) -> Option<NtStatus> {
        NTSTATUS_ROWS
            .iter()
            .find(|row| row.name.as_str().eq_ignore_ascii_case(name))
            .map(|row| NtStatus(row.status))
    }

    /// Every value in the table, in ascending order.
    pub fn all() -> impl ExactSizeIterator<Item = NtStatus> + DoubleEndedIterator + Clone {
        NTSTATUS_ROWS.iter().map(|row| NtStatus(row.status))
    }
}

impl WsaError {
    /// The Winsock code a Win32 error code stands for: a catalog code gives
    /// itself (10054, and 995 `WSA_OPERATION_ABORTED`, which is also
    /// `ERROR_OPERATION_ABORTED`); a code of the Win32 table its Winsock
    /// equivalent (64 `ERROR_NETNAME_DELETED` gives `WSAECONNRESET`); `None`
    /// otherwise.
    pub fn from_win32(code: u32) -> Option<WsaError> {
        i32::try_from(code)
            .ok()
            .and_then(|code| WsaError::new(code).entry())
            .map(crate::Entry::error)
            .or_else(|| Win32Error(code).winsock())
    }

    /// The Winsock code an NTSTATUS stands for, as `WSAGetOverlappedResult`
    /// reports it (`0xC000020D` gives `WSAECONNRESET`); 0 (`STATUS_SUCCESS`)
    /// gives `NO_ERROR`; `None` otherwise.
    pub fn from_ntstatus(status: u32) -> Option<WsaError> {
        if status == 0 {
            return Some(WsaError::NO_ERROR);
        }
        NtStatus(status).winsock()
    }
}

impl fmt::Display for Win32Error {
    /// `ERROR_NETNAME_DELETED (64): Network name no longer available`, or
    /// `Win32 error 12345`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match win32_row(self.0) {
            Some(row) => write!(
                f,
                "{} ({}): {}",
                row.name.as_str(),
                self.0,
                row.message.as_str()
            ),
            None => write!(f, "Win32 error {}", self.0),
        }
    }
}

impl fmt::Debug for Win32Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.name() {
            Some(name) => write!(f, "Win32Error({} {name})", self.0),
            None => write!(f, "Win32Error({})", self.0),
        }
    }
}

impl fmt::Display for NtStatus {
    /// `STATUS_CONNECTION_RESET (0xC000020D): ...`, or `NTSTATUS 0x12345678`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match ntstatus_row(self.0) {
            Some(row) => write!(
                f,
                "{} (0x{:08X}): {}",
                row.name.as_str(),
                self.0,
                row.message.as_str()
            ),
            None => write!(f, "NTSTATUS 0x{:08X}", self.0),
        }
    }
}

impl fmt::Debug for NtStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.name() {
            Some(name) => write!(f, "NtStatus(0x{:08X} {name})", self.0),
            None => write!(f, "NtStatus(0x{:08X})", self.0),
        }
    }
}

/// Expands the Win32 table in `table.rs`. Each row reads
/// `CODE NAME { message: "...", winsock: WSA_NAME | None, details: "..." }`.
macro_rules! win32_table {
    ($(
        $code:literal $name:ident {
            message: $message:literal,
            winsock: $winsock:ident,
            details: $details:literal $(,)?
        }
    )*) => {
        /// The Win32 rows, in ascending order of code.
        pub(crate) static WIN32_ROWS: [$crate::spaces::Win32Row; [$($code),*].len()] = [$(
            $crate::spaces::Win32Row {
                code: $code,
                name: $crate::catalog::ctext!(stringify!($name)),
                message: $crate::catalog::ctext!($message),
                details: $crate::catalog::ctext!($details),
                winsock: $crate::spaces::win32_table!(@winsock $winsock),
            },
        )*];
        const _: () = $crate::spaces::assert_ascending(&[$($code),*]);
        const _: () = $crate::spaces::assert_shared_numbers_agree(&WIN32_ROWS);

        impl $crate::Win32Error {
            $(
                #[doc = concat!(
                    "`", stringify!($name), "` = ", stringify!($code), ": ", $message, ".\n\n",
                    $details,
                )]
                pub const $name: $crate::Win32Error = $crate::Win32Error::new($code);
            )*
        }
    };
    (@winsock None) => { None };
    (@winsock $name:ident) => { Some($crate::WsaError::$name.code()) };
}
pub(crate) use win32_table;

/// Expands the NTSTATUS table in `table.rs`. Each row reads
/// `0xVALUE NAME { message: "...", win32: ERROR_NAME, winsock: WSA_NAME | None, details: "..." }`.
macro_rules! ntstatus_table {
    ($(
        $status:literal $name:ident {
            message: $message:literal,
            win32: $win32:ident,
            winsock: $winsock:ident,
            details: $details:literal $(,)?
        }
    )*) => {
        /// The NTSTATUS rows, in ascending order of value.
        pub(crate) static NTSTATUS_ROWS: [$crate::spaces::NtStatusRow; [$(stringify!($status)),*].len()] = [$(
            $crate::spaces::NtStatusRow {
                status: $status,
                name: $crate::catalog::ctext!(stringify!($name)),
                message: $crate::catalog::ctext!($message),
                details: $crate::catalog::ctext!($details),
                win32: $crate::Win32Error::$win32.code(),
                winsock: $crate::spaces::win32_table!(@winsock $winsock),
            },
        )*];
        const _: () = $crate::spaces::assert_ascending(&[$($status),*]);
        const _: () = $crate::spaces::assert_translations_exist(&NTSTATUS_ROWS, &WIN32_ROWS);

        impl $crate::NtStatus {
            $(
                #[doc = concat!(
                    "`", stringify!($name), "` = ", stringify!($status), ": ", $message, ".\n\n",
                    $details,
                )]
                pub const $name: $crate::NtStatus = $crate::NtStatus::new($status);
            )*
        }
    };
}
pub(crate) use ntstatus_table;

/// A socket error in any of the three numbering spaces: what a log line's
/// number or name turns out to be.
///
/// ```
/// use wsa_error::{NtStatus, SocketError, Win32Error, WsaError};
///
/// assert_eq!(SocketError::parse("10054"), Some(SocketError::Winsock(WsaError::WSAECONNRESET)));
/// assert_eq!(SocketError::parse("64"), Some(SocketError::Win32(Win32Error::new(64))));
/// assert_eq!(SocketError::parse("0x80070040"), Some(SocketError::Win32(Win32Error::new(64))));
/// assert_eq!(SocketError::parse("-1073741299"), Some(SocketError::NtStatus(NtStatus::new(0xC000_020D))));
/// assert_eq!(SocketError::parse("0xD000020D"), SocketError::parse("STATUS_CONNECTION_RESET"));
/// assert_eq!(SocketError::parse("ERROR_NETNAME_DELETED").and_then(SocketError::winsock), Some(WsaError::WSAECONNRESET));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SocketError {
    /// A Windows Sockets code from the catalog.
    Winsock(WsaError),
    /// A Win32 error code from the Win32 table.
    Win32(Win32Error),
    /// An NTSTATUS value from the NTSTATUS table.
    NtStatus(NtStatus),
}

impl SocketError {
    /// Reads a code as people paste it, and says which space it belongs to.
    /// In order: anything [`WsaError::parse`] reads (catalog names, numbers
    /// and `HRESULT_FROM_WIN32` values of catalog codes); a Win32 code of the
    /// table, as a number (`64`, `0x40`) or an `HRESULT_FROM_WIN32` value
    /// (`0x80070040`); an NTSTATUS of the table, unsigned, signed
    /// (`-1073741299`) or as `HRESULT_FROM_NT` (`0xD000020D`); a Win32 or
    /// NTSTATUS name in any case. A number shared by the catalog and the
    /// Win32 table (995) is the catalog's.
    pub fn parse(text: &str) -> Option<SocketError> {
        SocketError::parse_bytes(text.as_bytes())
    }

    /// [`parse`](Self::parse) for bytes that need not be UTF-8.
    pub fn parse_bytes(text: &[u8]) -> Option<SocketError> {
        if let Some(error) = WsaError::parse_bytes(text) {
            return Some(SocketError::Winsock(error));
        }
        if crate::parse::looks_numeric(text) {
            let value = crate::parse::read_number(text)?;
            let bits = crate::parse::bits_of(value)?;
            let win32 = Win32Error(bits);
            if win32.is_known() {
                return Some(SocketError::Win32(win32));
            }
            let status = NtStatus(bits);
            if status.is_known() {
                return Some(SocketError::NtStatus(status));
            }
            return Win32Error::from_hresult(bits)
                .map(SocketError::Win32)
                .or_else(|| NtStatus::from_hresult(bits).map(SocketError::NtStatus));
        }
        let name = core::str::from_utf8(text.trim_ascii()).ok()?;
        Win32Error::from_name(name)
            .map(SocketError::Win32)
            .or_else(|| NtStatus::from_name(name).map(SocketError::NtStatus))
    }

    /// The Winsock code it is or stands for.
    pub fn winsock(self) -> Option<WsaError> {
        match self {
            SocketError::Winsock(error) => Some(error),
            SocketError::Win32(error) => WsaError::from_win32(error.code()),
            SocketError::NtStatus(status) => WsaError::from_ntstatus(status.code()),
        }
    }
}
