//! The C API. Every function here only converts types and delegates to the
//! Rust API; the catalog and every decision live elsewhere.
//!
//! Conventions shared by every function (the README states them once):
//! every argument value is accepted; unknown codes and NULL get a documented
//! answer; returned strings are static, NUL-terminated UTF-8 that the caller
//! never frees; nothing allocates, locks or keeps state, so every function is
//! thread-safe and async-signal-safe.
//!
//! No panic path: nothing reachable from these functions can panic (every
//! index is checked with `get`, every parse is by hand).
//! `tests/hardening/no_panic_paths.py` walks the shared library's call graph
//! from every exported function and fails if any panic function is reachable
//! (the standard library's panic machinery is still linked in, unreachable).
//! Should a future change add one and it ever fired, the process would abort
//! (Rust never unwinds out of an `extern "C"` function); it would never
//! unwind into C or return garbage.

use core::ffi::{CStr, c_char, c_int};
use core::ptr;

use wsa_error::{Entry, MAX_NAME_LEN, MAX_PARSE_LEN, NtStatus, Win32Error, WsaError};

/// The text `field` picks from the entry for `code`, or NULL.
#[inline]
fn entry_text(
    code: c_int,
    field: impl FnOnce(&'static Entry) -> Option<&'static CStr>,
) -> *const c_char {
    WsaError::new(code)
        .entry()
        .and_then(field)
        .map_or(ptr::null(), CStr::as_ptr)
}

/// The text `field` picks from the Win32 table's row for `code`, or NULL.
#[inline]
fn win32_text(
    code: c_int,
    field: impl FnOnce(Win32Error) -> Option<&'static CStr>,
) -> *const c_char {
    u32::try_from(code)
        .ok()
        .and_then(|code| field(Win32Error::new(code)))
        .map_or(ptr::null(), CStr::as_ptr)
}

/// The bytes of the C string at `text`, reading at most `limit + 1` bytes:
/// `None` for NULL or for a string longer than `limit`.
///
/// # Safety
/// `text` is NULL or points to a NUL-terminated string, or to at least
/// `limit + 1` readable bytes.
unsafe fn bounded_bytes<'a>(text: *const c_char, limit: usize) -> Option<&'a [u8]> {
    if text.is_null() {
        return None;
    }
    let bytes = text.cast::<u8>();
    for len in 0..=limit {
        // SAFETY: the caller guarantees bytes up to the NUL, or up to `limit`, are readable.
        if unsafe { *bytes.add(len) } == 0 {
            // SAFETY: the `len` bytes before the NUL were just read.
            return Some(unsafe { core::slice::from_raw_parts(bytes, len) });
        }
    }
    None
}

/// Converts an optional code to the C convention: the code, or -1.
#[inline]
fn code_or_minus_one(error: Option<WsaError>) -> c_int {
    error.map_or(-1, WsaError::code)
}

/// The SDK name of `code`, such as `"WSAECONNRESET"`.
///
/// Returns NULL if `code` is not in the catalog. The string is static: never
/// free or modify it. Thread-safe and async-signal-safe.
#[unsafe(no_mangle)]
pub extern "C" fn wsa_error_name(code: c_int) -> *const c_char {
    entry_text(code, |entry| Some(entry.name_cstr()))
}

/// The short message for `code`, such as `"Connection reset by peer"`
/// (strerror style, no trailing period).
///
/// Returns NULL if `code` is not in the catalog. The string is static: never
/// free or modify it. Thread-safe and async-signal-safe.
#[unsafe(no_mangle)]
pub extern "C" fn wsa_error_describe(code: c_int) -> *const c_char {
    entry_text(code, |entry| Some(entry.message_cstr()))
}

/// The long explanation of `code`: what happened, the usual causes and the
/// calls that report it, and what to do.
///
/// Returns NULL if `code` is not in the catalog. The string is static: never
/// free or modify it. Thread-safe and async-signal-safe.
#[unsafe(no_mangle)]
pub extern "C" fn wsa_error_details(code: c_int) -> *const c_char {
    entry_text(code, |entry| Some(entry.details_cstr()))
}

/// The name of the POSIX errno that corresponds to `code`, such as
/// `"ECONNRESET"`.
///
/// Returns NULL if `code` is not in the catalog or has no POSIX equivalent
/// (resolver, start-up and QoS codes, and 0). The string is static: never
/// free or modify it. Thread-safe and async-signal-safe.
#[unsafe(no_mangle)]
pub extern "C" fn wsa_error_posix_name(code: c_int) -> *const c_char {
    entry_text(code, Entry::posix_name_cstr)
}

/// The getaddrinfo `EAI_*` name that Windows defines as `code`, such as
/// `"EAI_NONAME"` for 11001.
///
/// Returns NULL if `code` is not in the catalog or no `EAI_*` name is
/// defined as it. The string is static: never free or modify it.
/// Thread-safe and async-signal-safe.
#[unsafe(no_mangle)]
pub extern "C" fn wsa_error_gai_name(code: c_int) -> *const c_char {
    entry_text(code, Entry::gai_name_cstr)
}

/// The Windows API functions whose Microsoft reference page lists `code`
/// among its errors, as one string of names separated by single spaces, such
/// as `"WSARecv WSASend recv send"` (alphabetical, ignoring case).
///
/// Returns NULL if `code` is not in the catalog or no function page
/// documents it (the BSD codes Windows never returns, the QoS codes). The
/// string is static: never free or modify it. Thread-safe and
/// async-signal-safe.
#[unsafe(no_mangle)]
pub extern "C" fn wsa_error_references(code: c_int) -> *const c_char {
    entry_text(code, Entry::references_cstr)
}

/// The category of `code`, one of `"success"`, `"argument"`, `"state"`,
/// `"unsupported"`, `"resource"`, `"address"`, `"network"`, `"connection"`,
/// `"resolver"`, `"startup"`, `"overlapped"`, `"qos"`, `"compat"`.
///
/// Returns NULL if `code` is not in the catalog. The string is static: never
/// free or modify it. Thread-safe and async-signal-safe.
#[unsafe(no_mangle)]
pub extern "C" fn wsa_error_category(code: c_int) -> *const c_char {
    entry_text(code, |entry| Some(entry.category().as_cstr()))
}

/// 1 if retrying the same operation later, unchanged, can succeed (the call
/// would block or is still in progress; a temporary shortage; a network,
/// host or name server unavailable for now; a timeout), else 0. An
/// interruption (`WSAEINTR`) and `WSA_IO_PENDING` give 0.
///
/// Returns 0 if `code` is not in the catalog. Thread-safe and
/// async-signal-safe.
#[unsafe(no_mangle)]
pub extern "C" fn wsa_error_is_transient(code: c_int) -> c_int {
    c_int::from(WsaError::new(code).is_transient())
}

/// This platform's errno value for `code`: 104 for 10054 on Linux, 54 on
/// macOS, 108 with the Windows C runtime; 0 for 0.
///
/// Returns -1 if `code` is not in the catalog, has no POSIX equivalent, or
/// this platform's C library does not define that errno (`EPROCLIM` on
/// Linux). Thread-safe and async-signal-safe.
#[unsafe(no_mangle)]
pub extern "C" fn wsa_error_to_errno(code: c_int) -> c_int {
    WsaError::new(code).errno().unwrap_or(-1)
}

/// The Windows Sockets code for this platform's errno value `errnum`
/// (`ECONNRESET` gives 10054). When several codes share an errno, the one in
/// the 10000 range wins (`EINVAL` gives 10022, not 87); 0 gives 0.
///
/// Returns -1 if no code corresponds to `errnum`. Thread-safe and
/// async-signal-safe.
#[unsafe(no_mangle)]
pub extern "C" fn wsa_error_from_errno(errnum: c_int) -> c_int {
    code_or_minus_one(WsaError::from_errno(errnum))
}

/// The code named by `name`: a canonical SDK name (`"WSAECONNRESET"`), an
/// SDK alias (`"WSANO_ADDRESS"`) or a POSIX errno name (`"ECONNRESET"`,
/// resolved to the 10000-range code), compared without regard to ASCII case.
///
/// Returns -1 if `name` is NULL or names no code. At most 28 bytes of
/// `name` are read, so a longer or unterminated buffer is safe from that
/// point on; non-ASCII bytes simply never match. Thread-safe and
/// async-signal-safe.
///
/// # Safety
/// `name` is NULL or points to a NUL-terminated string (or to at least 28
/// readable bytes).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wsa_error_from_name(name: *const c_char) -> c_int {
    // SAFETY: forwarded from this function's contract.
    let bytes = unsafe { bounded_bytes(name, MAX_NAME_LEN) };
    code_or_minus_one(bytes.and_then(WsaError::from_name_bytes))
}

/// The code written in `text`: a name as `wsa_error_from_name` accepts, a
/// decimal code (`"10054"`), a hex code (`"0x2746"`) or an `HRESULT_FROM_WIN32`
/// value (`"0x80072746"`, or signed decimal `"-2147014842"`). Leading and
/// trailing ASCII whitespace is ignored.
///
/// Returns -1 if `text` is NULL, longer than 256 bytes, or does not name a
/// code in the catalog (a well-formed number that is not a catalog code also
/// gives -1). At most 257 bytes are read. Thread-safe and async-signal-safe.
///
/// # Safety
/// `text` is NULL or points to a NUL-terminated string (or to at least 257
/// readable bytes).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wsa_error_parse(text: *const c_char) -> c_int {
    // SAFETY: forwarded from this function's contract.
    let bytes = unsafe { bounded_bytes(text, MAX_PARSE_LEN) };
    code_or_minus_one(bytes.and_then(WsaError::parse_bytes))
}

/// The code inside an `HRESULT_FROM_WIN32` value: `0x8007xxxx` where `xxxx`
/// is a catalog code (`(int32_t)0x80072746` gives 10054); `S_OK` (0) gives 0.
///
/// Returns -1 for any other value. Thread-safe and async-signal-safe.
#[unsafe(no_mangle)]
pub extern "C" fn wsa_error_from_hresult(hresult: i32) -> c_int {
    code_or_minus_one(WsaError::from_hresult(hresult))
}

/// Writes the one-line text for `code` into `buf`:
/// `"WSAECONNRESET (10054): Connection reset by peer"`, or for a code not in
/// the catalog `"Unknown Windows Sockets error 12345"`.
///
/// `snprintf` semantics: returns the length of the full text (without the
/// NUL) whatever `len` is; writes at most `len` bytes; when `len > 0` the
/// output is always NUL-terminated, truncated to `len - 1` bytes if needed.
/// `buf` may be NULL when `len` is 0 (a NULL `buf` with any `len` writes
/// nothing). Never allocates. Thread-safe and async-signal-safe.
///
/// # Safety
/// Unless `buf` is NULL, it points to at least `len` writable bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wsa_error_format(code: c_int, buf: *mut c_char, len: usize) -> usize {
    let out: &mut [u8] = if buf.is_null() || len == 0 {
        &mut []
    } else {
        // SAFETY: the caller guarantees `len` writable bytes at `buf`.
        unsafe { core::slice::from_raw_parts_mut(buf.cast::<u8>(), len) }
    };
    WsaError::new(code).format_into(out)
}

/// The number of entries in the catalog (code 0 included).
///
/// Thread-safe and async-signal-safe.
#[unsafe(no_mangle)]
pub extern "C" fn wsa_error_count() -> usize {
    wsa_error::entries().len()
}

/// The code of the entry at `index`, in ascending order of code, for
/// `index` from 0 to `wsa_error_count() - 1`.
///
/// Returns -1 when `index` is past the end. Thread-safe and
/// async-signal-safe.
#[unsafe(no_mangle)]
pub extern "C" fn wsa_error_code_at(index: usize) -> c_int {
    wsa_error::entries().get(index).map_or(-1, Entry::code)
}

/// The library's version, such as `"0.1.0"`: the version of the library
/// actually loaded, which may differ from `WSA_ERROR_VERSION_STRING` in the
/// header a program was compiled with.
///
/// Never NULL. The string is static: never free or modify it. Thread-safe
/// and async-signal-safe.
#[unsafe(no_mangle)]
pub extern "C" fn wsa_error_version() -> *const c_char {
    wsa_error::VERSION_CSTR.as_ptr()
}

/// The Winsock code a Win32 error code stands for: a catalog code gives
/// itself (10054 gives 10054; 995 gives 995); a code of the Win32 table gives
/// its Winsock equivalent (64, `ERROR_NETNAME_DELETED`, gives 10054).
///
/// Returns -1 for a code in neither, or one with no Winsock equivalent
/// (`WAIT_TIMEOUT`); every int is accepted (negative ones give -1).
/// Thread-safe and async-signal-safe.
#[unsafe(no_mangle)]
pub extern "C" fn wsa_error_from_win32(code: c_int) -> c_int {
    let error = u32::try_from(code).ok().and_then(WsaError::from_win32);
    code_or_minus_one(error)
}

/// The Winsock code an NTSTATUS stands for, as `WSAGetOverlappedResult`
/// reports it: `0xC000020D` (`STATUS_CONNECTION_RESET`) gives 10054; 0
/// (`STATUS_SUCCESS`) gives 0.
///
/// Returns -1 for a status not in the table or with no Winsock equivalent.
/// Thread-safe and async-signal-safe.
#[unsafe(no_mangle)]
pub extern "C" fn wsa_error_from_ntstatus(status: u32) -> c_int {
    code_or_minus_one(WsaError::from_ntstatus(status))
}

/// The `winerror.h` name of a Win32 code of the table, such as
/// `"ERROR_NETNAME_DELETED"` for 64.
///
/// Returns NULL when the code is not in the Win32 table (the Winsock codes
/// are in the catalog: use `wsa_error_name`). The string is static: never
/// free or modify it. Thread-safe and async-signal-safe.
#[unsafe(no_mangle)]
pub extern "C" fn wsa_error_win32_name(code: c_int) -> *const c_char {
    win32_text(code, Win32Error::name_cstr)
}

/// The short message for a Win32 code of the table.
///
/// Returns NULL when the code is not in the Win32 table. The string is
/// static: never free or modify it. Thread-safe and async-signal-safe.
#[unsafe(no_mangle)]
pub extern "C" fn wsa_error_win32_describe(code: c_int) -> *const c_char {
    win32_text(code, Win32Error::message_cstr)
}

/// The explanation of a Win32 code of the table: what it means on a socket
/// path and why it stands for its Winsock code.
///
/// Returns NULL when the code is not in the Win32 table. The string is
/// static: never free or modify it. Thread-safe and async-signal-safe.
#[unsafe(no_mangle)]
pub extern "C" fn wsa_error_win32_details(code: c_int) -> *const c_char {
    win32_text(code, Win32Error::details_cstr)
}

/// The `ntstatus.h` name of a status of the table, such as
/// `"STATUS_CONNECTION_RESET"` for `0xC000020D`.
///
/// Returns NULL when the status is not in the NTSTATUS table. The string is
/// static: never free or modify it. Thread-safe and async-signal-safe.
#[unsafe(no_mangle)]
pub extern "C" fn wsa_error_ntstatus_name(status: u32) -> *const c_char {
    NtStatus::new(status)
        .name_cstr()
        .map_or(ptr::null(), CStr::as_ptr)
}

/// The short message for a status of the table.
///
/// Returns NULL when the status is not in the NTSTATUS table. The string is
/// static: never free or modify it. Thread-safe and async-signal-safe.
#[unsafe(no_mangle)]
pub extern "C" fn wsa_error_ntstatus_describe(status: u32) -> *const c_char {
    NtStatus::new(status)
        .message_cstr()
        .map_or(ptr::null(), CStr::as_ptr)
}

/// The Win32 code `RtlNtStatusToDosError` gives for a status of the table,
/// which is what `GetOverlappedResult` and `GetQueuedCompletionStatus`
/// report: `0xC000020D` gives 64.
///
/// Returns -1 when the status is not in the NTSTATUS table. Thread-safe and
/// async-signal-safe.
#[unsafe(no_mangle)]
pub extern "C" fn wsa_error_ntstatus_to_win32(status: u32) -> c_int {
    NtStatus::new(status)
        .win32()
        .and_then(|error| c_int::try_from(error.code()).ok())
        .unwrap_or(-1)
}

/// Finds the first mention of a socket error in the `len` bytes at `text` (a
/// log line, a whole file; need not be NUL-terminated or UTF-8): a Winsock
/// name or code in context (`[WinError 10054]`, `Socket Error # 10053`), a
/// Win32 or NTSTATUS socket error (`ERROR_NETNAME_DELETED`, `0xC000020D`).
/// Returns the Winsock code it is or stands for, and stores the mention's
/// offset from `text` and its length in `*offset` and `*length` (each may be
/// NULL). To find them all, call again on the bytes after the mention:
///
/// ```c
/// size_t at = 0, offset, length;
/// int code;
/// while ((code = wsa_error_scan(text + at, len - at, &offset, &length)) != -1) {
///     // the mention is the `length` bytes at text + at + offset
///     at += offset + length;
/// }
/// ```
///
/// Mentions of a Win32 or NTSTATUS code with no Winsock equivalent are
/// passed over. Returns -1, storing nothing, when there is no mention, when
/// `text` is NULL or `len` is 0. Reads only the `len` bytes; never
/// allocates. Thread-safe and async-signal-safe.
///
/// # Safety
/// Unless `text` is NULL, it points to at least `len` readable bytes; each of
/// `offset` and `length` is NULL or points to a writable `size_t`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wsa_error_scan(
    text: *const c_char,
    len: usize,
    offset: *mut usize,
    length: *mut usize,
) -> c_int {
    if text.is_null() || len == 0 {
        return -1;
    }
    // SAFETY: the caller guarantees `len` readable bytes at `text`.
    let bytes = unsafe { core::slice::from_raw_parts(text.cast::<u8>(), len) };
    let Some((hit, winsock)) = wsa_error::scan_bytes(bytes)
        .find_map(|hit| hit.error.winsock().map(|winsock| (hit, winsock)))
    else {
        return -1;
    };
    if !offset.is_null() {
        // SAFETY: a non-NULL `offset` is writable, per the contract.
        unsafe { *offset = hit.start };
    }
    if !length.is_null() {
        // SAFETY: as above.
        unsafe { *length = hit.end.saturating_sub(hit.start) };
    }
    winsock.code()
}
