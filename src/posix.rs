//! POSIX errno names and this platform's errno values.
//!
//! The catalog stores errno *names* (ECONNRESET is 104 on Linux, 54 on macOS,
//! 108 in the Windows C runtime); the values come from `libc` for the target
//! this crate is compiled for. Platforms outside the list below get no values
//! at all rather than guessed ones.

use core::ffi::c_int;

use crate::WsaError;

/// Declares `host::NAME: Option<c_int>` for each errno name: `Some(libc::NAME)`
/// where the target's C library defines it, `None` elsewhere.
macro_rules! host_errnos {
    ($available:meta => $($name:ident)*) => {$(
        #[cfg($available)]
        pub(crate) const $name: Option<c_int> = Some(libc::$name);
        #[cfg(not($available))]
        pub(crate) const $name: Option<c_int> = None;
    )*};
}

/// This platform's errno values, by POSIX name.
pub(crate) mod host {
    use core::ffi::c_int;

    // Defined by every supported C library, the Windows C runtime included.
    host_errnos!(any(
        target_os = "linux", target_os = "android", target_vendor = "apple",
        target_os = "freebsd", target_os = "netbsd", target_os = "openbsd",
        target_os = "dragonfly", target_os = "illumos", target_os = "solaris", windows
    ) =>
        EINTR EBADF EACCES EFAULT EINVAL EMFILE ENOMEM EAGAIN EWOULDBLOCK EINPROGRESS
        EALREADY ENOTSOCK EDESTADDRREQ EMSGSIZE EPROTOTYPE ENOPROTOOPT EPROTONOSUPPORT
        EOPNOTSUPP ENOTSUP EAFNOSUPPORT EADDRINUSE EADDRNOTAVAIL ENETDOWN ENETUNREACH
        ENETRESET ECONNABORTED ECONNRESET ENOBUFS EISCONN ENOTCONN ETIMEDOUT
        ECONNREFUSED ELOOP ENAMETOOLONG EHOSTUNREACH ENOTEMPTY ECANCELED
    );

    // BSD socket errnos that Unix C libraries define and the Windows C runtime does not.
    host_errnos!(any(
        target_os = "linux", target_os = "android", target_vendor = "apple",
        target_os = "freebsd", target_os = "netbsd", target_os = "openbsd",
        target_os = "dragonfly", target_os = "illumos", target_os = "solaris"
    ) =>
        ESOCKTNOSUPPORT EPFNOSUPPORT ESHUTDOWN ETOOMANYREFS EHOSTDOWN EUSERS EDQUOT
        ESTALE EREMOTE
    );

    // Only the BSDs and Apple's systems define EPROCLIM.
    host_errnos!(any(
        target_vendor = "apple", target_os = "freebsd", target_os = "netbsd",
        target_os = "openbsd", target_os = "dragonfly"
    ) =>
        EPROCLIM
    );
}

/// POSIX names that are synonyms of a name in the catalog's `posix` column:
/// `(synonym, its value here, the catalog name it stands for)`. On Linux they
/// share a value; in the Windows C runtime they do not.
pub(crate) const SYNONYMS: [(&str, Option<c_int>, &str); 2] = [
    ("EAGAIN", host::EAGAIN, "EWOULDBLOCK"),
    ("ENOTSUP", host::ENOTSUP, "EOPNOTSUPP"),
];

/// Which entry a POSIX errno name or value maps back to when several share
/// it: the lower rank wins, so a Winsock code (the 10000 range) comes before
/// the Win32 code Winsock renames (`EINVAL` gives 10022, not 87). The one
/// home of that rule: the name index and `from_errno` both follow it.
pub(crate) const fn errno_rank(code: i32) -> u8 {
    if code >= 10000 { 0 } else { 1 }
}

/// The entries in the order POSIX names and values map back: by
/// [`errno_rank`], then by code.
pub(crate) fn preferred_order() -> impl Iterator<Item = &'static crate::Entry> {
    // Rows are sorted by code, so the rank-1 rows (below 10000) come first.
    let entries = crate::entries();
    let split = entries.partition_point(|entry| errno_rank(entry.code) == 1);
    let (low, high) = entries.split_at_checked(split).unwrap_or((&[], entries));
    high.iter().chain(low)
}

/// The entry for this platform's errno value `errnum`; 0 maps to `NO_ERROR`.
pub(crate) fn from_errno(errnum: c_int) -> Option<WsaError> {
    if errnum == 0 {
        return Some(WsaError::NO_ERROR);
    }
    if let Some(entry) = preferred_order().find(|entry| entry.errno() == Some(errnum)) {
        return Some(entry.error());
    }
    let &(_, _, canonical) = SYNONYMS
        .iter()
        .find(|(_, value, _)| *value == Some(errnum))?;
    preferred_order()
        .find(|entry| entry.posix_name() == Some(canonical))
        .map(crate::Entry::error)
}
