//! The Rust API answers exactly what `docs/catalog.json` records: every
//! field of every entry through `WsaError` and `Entry` (as `&str` and as C
//! strings), every Win32 and NTSTATUS row through `Win32Error` and
//! `NtStatus`, and the Winsock code each stands for through
//! `WsaError::from_win32`, `WsaError::from_ntstatus` and `SocketError`.
//! The snapshot is written by `cargo run -p wsa-error-generate` from this
//! same crate, and its drift test keeps it current, so a lookup that answers
//! anything else (or nothing) is a broken lookup.

use std::ffi::CStr;

use serde_json::Value;
use wsa_error::{Category, NtStatus, SocketError, Win32Error, WsaError, entries};

fn snapshot() -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/catalog.json");
    serde_json::from_str(&std::fs::read_to_string(path).expect("docs/catalog.json")).unwrap()
}

fn rows<'a>(snapshot: &'a Value, key: &str) -> &'a [Value] {
    snapshot[key].as_array().expect("an array of rows")
}

fn text(value: &Value) -> &str {
    value.as_str().expect("a string")
}

fn optional(value: &Value) -> Option<&str> {
    value.as_str()
}

fn strings(value: &Value) -> Vec<&str> {
    value.as_array().unwrap().iter().map(text).collect()
}

fn hex(value: &Value) -> u32 {
    u32::from_str_radix(text(value).trim_start_matches("0x"), 16).unwrap()
}

fn c(text: Option<&CStr>) -> Option<&str> {
    text.map(|text| text.to_str().expect("UTF-8"))
}

/// The Winsock code a row stands for: its `winsock` object's code, or none.
fn winsock(row: &Value) -> Option<WsaError> {
    row["winsock"]
        .get("code")
        .map(|code| WsaError::new(code.as_i64().unwrap() as i32))
}

#[test]
fn every_entry_answers_what_the_snapshot_records() {
    let snapshot = snapshot();
    let expected = rows(&snapshot, "entries");
    assert_eq!(expected.len(), entries().len());
    for (row, entry) in expected.iter().zip(entries()) {
        let code = row["code"].as_i64().unwrap() as i32;
        let error = WsaError::new(code);
        let name = text(&row["name"]);
        assert_eq!(entry.code(), code);
        assert_eq!(entry.error(), error);
        assert_eq!(error.entry().map(|e| e.code()), Some(code), "{name}");
        assert!(error.is_known(), "{name}");
        assert_eq!(error.name(), Some(name));
        assert_eq!(error.message(), optional(&row["message"]), "{name}");
        assert_eq!(error.details(), optional(&row["details"]), "{name}");
        assert_eq!(error.posix_name(), optional(&row["posix"]), "{name}");
        assert_eq!(error.gai_name(), optional(&row["gai"]), "{name}");
        assert_eq!(
            error.category().map(Category::as_str),
            optional(&row["category"]),
            "{name}"
        );
        assert_eq!(error.is_transient(), row["transient"].as_bool().unwrap());
        assert_eq!(error.hresult(), hex(&row["hresult"]), "{name}");
        assert_eq!(
            error.to_string(),
            format!("{name} ({code}): {}", text(&row["message"]))
        );

        assert_eq!(entry.name(), name);
        assert_eq!(entry.identifier(), text(&row["identifier"]));
        assert_eq!(
            entry.aliases().collect::<Vec<_>>(),
            strings(&row["aliases"])
        );
        assert_eq!(
            entry.aliases().len(),
            row["aliases"].as_array().unwrap().len()
        );
        assert_eq!(entry.message(), text(&row["message"]));
        assert_eq!(entry.details(), text(&row["details"]));
        assert_eq!(entry.posix_name(), optional(&row["posix"]));
        assert_eq!(entry.gai_name(), optional(&row["gai"]));
        assert_eq!(entry.category().as_str(), text(&row["category"]));
        assert_eq!(entry.category().to_string(), text(&row["category"]));
        assert_eq!(entry.is_transient(), row["transient"].as_bool().unwrap());
        let references = strings(&row["references"]);
        assert_eq!(entry.references().collect::<Vec<_>>(), references);

        // The C strings are the same text, NUL-terminated.
        assert_eq!(c(Some(entry.name_cstr())), Some(name));
        assert_eq!(c(Some(entry.message_cstr())), Some(entry.message()));
        assert_eq!(c(Some(entry.details_cstr())), Some(entry.details()));
        assert_eq!(c(entry.posix_name_cstr()), entry.posix_name());
        assert_eq!(c(entry.gai_name_cstr()), entry.gai_name());
        let joined = references.join(" ");
        assert_eq!(
            c(entry.references_cstr()),
            (!references.is_empty()).then_some(joined.as_str()),
            "{name}"
        );
        assert_eq!(
            c(Some(entry.category().as_cstr())),
            Some(entry.category().as_str())
        );
    }
}

#[test]
fn the_transient_column_round_trips() {
    let snapshot = snapshot();
    let transient: Vec<i32> = rows(&snapshot, "entries")
        .iter()
        .filter(|row| row["transient"].as_bool().unwrap())
        .map(|row| row["code"].as_i64().unwrap() as i32)
        .collect();
    // Both answers occur, so a constant answer cannot pass.
    assert!(!transient.is_empty() && transient.len() < entries().len());
    let answered: Vec<i32> = WsaError::all()
        .filter(|error| error.is_transient())
        .map(WsaError::code)
        .collect();
    assert_eq!(answered, transient);
    let from_entries: Vec<i32> = entries()
        .iter()
        .filter(|entry| entry.is_transient())
        .map(|entry| entry.code())
        .collect();
    assert_eq!(from_entries, transient);
}

#[test]
fn codes_convert_to_and_from_i32_unchanged() {
    let codes = [i32::MIN, -10054, -1, 0, 1, 2, 6, 10054, 12345, i32::MAX];
    for code in codes.into_iter().chain(WsaError::all().map(WsaError::code)) {
        let error = WsaError::from(code);
        assert_eq!(error, WsaError::new(code));
        assert_eq!(error.code(), code);
        assert_eq!(i32::from(error), code);
    }
}

#[test]
fn every_win32_row_answers_what_the_snapshot_records() {
    let snapshot = snapshot();
    let expected = rows(&snapshot, "win32");
    let codes: Vec<u32> = expected
        .iter()
        .map(|row| row["code"].as_u64().unwrap() as u32)
        .collect();
    assert_eq!(
        Win32Error::all().map(Win32Error::code).collect::<Vec<_>>(),
        codes
    );
    assert_eq!(Win32Error::all().len(), codes.len());
    assert_eq!(
        Win32Error::all()
            .rev()
            .map(Win32Error::code)
            .collect::<Vec<_>>(),
        codes.iter().rev().copied().collect::<Vec<_>>()
    );
    for row in expected {
        let code = row["code"].as_u64().unwrap() as u32;
        let error = Win32Error::new(code);
        let name = text(&row["name"]);
        let message = text(&row["message"]);
        assert_eq!(error.code(), code);
        assert!(error.is_known(), "{name}");
        assert_eq!(error.name(), Some(name));
        assert_eq!(error.message(), Some(message));
        assert_eq!(error.details(), optional(&row["details"]), "{name}");
        assert_eq!(error.winsock(), winsock(row), "{name}");
        assert_eq!(c(error.name_cstr()), Some(name));
        assert_eq!(c(error.message_cstr()), Some(message));
        assert_eq!(c(error.details_cstr()), optional(&row["details"]));
        assert_eq!(error.hresult(), hex(&row["hresult"]), "{name}");
        assert_eq!(Win32Error::from_hresult(error.hresult()), Some(error));
        assert_eq!(Win32Error::from_name(name), Some(error));
        assert_eq!(
            Win32Error::from_name(&name.to_ascii_lowercase()),
            Some(error)
        );
        assert_eq!(error.to_string(), format!("{name} ({code}): {message}"));
        assert_eq!(format!("{error:?}"), format!("Win32Error({code} {name})"));

        // A catalog code stands for itself; any other row for its Winsock code.
        let catalog = WsaError::new(code as i32);
        let stands_for = if catalog.is_known() {
            Some(catalog)
        } else {
            winsock(row)
        };
        assert_eq!(WsaError::from_win32(code), stands_for, "{name}");
        let pasted = SocketError::parse(&code.to_string()).unwrap();
        assert_eq!(pasted.winsock(), stands_for, "{name}");
        let named = SocketError::parse(name);
        assert_eq!(named, Some(SocketError::Win32(error)), "{name}");
        assert_eq!(named.and_then(SocketError::winsock), stands_for, "{name}");
        if !catalog.is_known() {
            assert_eq!(pasted, SocketError::Win32(error), "{name}");
            let hresult = format!("0x{:08X}", error.hresult());
            assert_eq!(
                SocketError::parse(&hresult),
                Some(SocketError::Win32(error))
            );
        }
    }
}

#[test]
fn every_ntstatus_row_answers_what_the_snapshot_records() {
    let snapshot = snapshot();
    let expected = rows(&snapshot, "ntstatus");
    let values: Vec<u32> = expected
        .iter()
        .map(|row| row["code"].as_u64().unwrap() as u32)
        .collect();
    assert_eq!(
        NtStatus::all().map(NtStatus::code).collect::<Vec<_>>(),
        values
    );
    assert_eq!(NtStatus::all().len(), values.len());
    assert_eq!(
        NtStatus::all()
            .rev()
            .map(NtStatus::code)
            .collect::<Vec<_>>(),
        values.iter().rev().copied().collect::<Vec<_>>()
    );
    for row in expected {
        let value = row["code"].as_u64().unwrap() as u32;
        let status = NtStatus::new(value);
        let name = text(&row["name"]);
        let message = text(&row["message"]);
        assert_eq!(status.code(), value);
        assert!(status.is_known(), "{name}");
        assert_eq!(status.name(), Some(name));
        assert_eq!(status.message(), Some(message));
        assert_eq!(status.details(), optional(&row["details"]), "{name}");
        let win32 = Win32Error::new(row["win32"].as_u64().unwrap() as u32);
        assert_eq!(status.win32(), Some(win32), "{name}");
        assert_eq!(win32.name(), optional(&row["win32_name"]), "{name}");
        assert_eq!(status.winsock(), winsock(row), "{name}");
        assert_eq!(c(status.name_cstr()), Some(name));
        assert_eq!(c(status.message_cstr()), Some(message));
        assert_eq!(c(status.details_cstr()), optional(&row["details"]));
        assert_eq!(NtStatus::from_hresult(hex(&row["hresult"])), Some(status));
        assert_eq!(NtStatus::from_name(name), Some(status));
        assert_eq!(
            NtStatus::from_name(&name.to_ascii_lowercase()),
            Some(status)
        );
        assert_eq!(
            status.to_string(),
            format!("{name} (0x{value:08X}): {message}")
        );
        assert_eq!(
            format!("{status:?}"),
            format!("NtStatus(0x{value:08X} {name})")
        );

        assert_eq!(WsaError::from_ntstatus(value), winsock(row), "{name}");
        let mut forms = vec![name.to_owned(), text(&row["hresult"]).to_owned()];
        // A number that is also a Win32 code of the table (258, WAIT_TIMEOUT)
        // is read as that: Win32 comes first.
        if !Win32Error::new(value).is_known() {
            forms.extend([
                format!("0x{value:08X}"),
                value.to_string(),
                (value as i32).to_string(),
            ]);
        }
        for form in forms {
            let pasted = SocketError::parse(&form);
            assert_eq!(pasted, Some(SocketError::NtStatus(status)), "{form}");
            assert_eq!(
                pasted.and_then(SocketError::winsock),
                winsock(row),
                "{form}"
            );
        }
    }
}

#[test]
fn codes_outside_the_tables_get_none() {
    let snapshot = snapshot();
    let win32: Vec<u64> = rows(&snapshot, "win32")
        .iter()
        .map(|row| row["code"].as_u64().unwrap())
        .collect();
    for code in (0..2000u32).chain([u32::MAX, 0x8000_0000, 0x0001_0040, 0x8007_0040]) {
        if win32.contains(&u64::from(code)) {
            continue;
        }
        let error = Win32Error::new(code);
        assert!(!error.is_known(), "{code}");
        assert_eq!(
            (error.name(), error.message(), error.details()),
            (None, None, None)
        );
        assert_eq!(
            (
                error.name_cstr(),
                error.message_cstr(),
                error.details_cstr()
            ),
            (None, None, None)
        );
        assert_eq!(error.winsock(), None);
        if code < 0x1_0000 {
            assert_eq!(Win32Error::from_hresult(0x8007_0000 | code), None, "{code}");
        }
        assert_eq!(error.to_string(), format!("Win32 error {code}"));
        assert_eq!(format!("{error:?}"), format!("Win32Error({code})"));
        let catalog = i32::try_from(code)
            .ok()
            .map(WsaError::new)
            .filter(|e| e.is_known());
        assert_eq!(WsaError::from_win32(code), catalog, "{code}");
    }
    // An HRESULT of another facility, or without the failure bit, is not a Win32 code.
    for hresult in [
        0x0007_0040,
        0x8004_0040,
        0xC007_0040,
        0x8107_0040,
        0x0000_0040,
    ] {
        assert_eq!(Win32Error::from_hresult(hresult), None, "{hresult:#x}");
    }
    assert_eq!(Win32Error::new(0).hresult(), 0);

    let statuses: Vec<u64> = rows(&snapshot, "ntstatus")
        .iter()
        .map(|row| row["code"].as_u64().unwrap())
        .collect();
    for value in [
        1,
        0x101,
        0x104,
        0x8000_0001,
        0xC000_0000,
        0xC000_0001,
        0xC000_FFFF,
        u32::MAX,
    ] {
        assert!(!statuses.contains(&u64::from(value)));
        let status = NtStatus::new(value);
        assert!(!status.is_known());
        assert_eq!(
            (status.name(), status.message(), status.details()),
            (None, None, None)
        );
        assert_eq!(
            (
                status.name_cstr(),
                status.message_cstr(),
                status.details_cstr()
            ),
            (None, None, None)
        );
        assert_eq!((status.win32(), status.winsock()), (None, None));
        assert_eq!(WsaError::from_ntstatus(value), None, "{value:#x}");
        assert_eq!(status.to_string(), format!("NTSTATUS 0x{value:08X}"));
        assert_eq!(format!("{status:?}"), format!("NtStatus(0x{value:08X})"));
    }
    // HRESULT_FROM_NT sets the NT bit; a value without it is no HRESULT_FROM_NT.
    assert_eq!(NtStatus::from_hresult(0xC000_020D), None);
    assert_eq!(NtStatus::from_hresult(0x0000_0102), None);
    assert_eq!(NtStatus::from_hresult(0xD000_0001), None);
    assert_eq!(WsaError::from_ntstatus(0), Some(WsaError::NO_ERROR));
    for name in [
        "",
        "ERROR_",
        "STATUS_",
        "ERROR_NETNAME_DELETEDX",
        "WSAECONNRESET",
    ] {
        assert_eq!(Win32Error::from_name(name), None, "{name}");
        assert_eq!(NtStatus::from_name(name), None, "{name}");
    }
}

/// This platform's value of each POSIX name the catalog uses, from the C
/// library's headers (through `libc`), written out independently of the
/// crate's own table.
#[cfg(target_os = "linux")]
fn linux_errno(name: &str) -> Option<i32> {
    Some(match name {
        "EACCES" => libc::EACCES,
        "EADDRINUSE" => libc::EADDRINUSE,
        "EADDRNOTAVAIL" => libc::EADDRNOTAVAIL,
        "EAFNOSUPPORT" => libc::EAFNOSUPPORT,
        "EALREADY" => libc::EALREADY,
        "EBADF" => libc::EBADF,
        "ECANCELED" => libc::ECANCELED,
        "ECONNABORTED" => libc::ECONNABORTED,
        "ECONNREFUSED" => libc::ECONNREFUSED,
        "ECONNRESET" => libc::ECONNRESET,
        "EDESTADDRREQ" => libc::EDESTADDRREQ,
        "EDQUOT" => libc::EDQUOT,
        "EFAULT" => libc::EFAULT,
        "EHOSTDOWN" => libc::EHOSTDOWN,
        "EHOSTUNREACH" => libc::EHOSTUNREACH,
        "EINPROGRESS" => libc::EINPROGRESS,
        "EINTR" => libc::EINTR,
        "EINVAL" => libc::EINVAL,
        "EISCONN" => libc::EISCONN,
        "ELOOP" => libc::ELOOP,
        "EMFILE" => libc::EMFILE,
        "EMSGSIZE" => libc::EMSGSIZE,
        "ENAMETOOLONG" => libc::ENAMETOOLONG,
        "ENETDOWN" => libc::ENETDOWN,
        "ENETRESET" => libc::ENETRESET,
        "ENETUNREACH" => libc::ENETUNREACH,
        "ENOBUFS" => libc::ENOBUFS,
        "ENOMEM" => libc::ENOMEM,
        "ENOPROTOOPT" => libc::ENOPROTOOPT,
        "ENOTCONN" => libc::ENOTCONN,
        "ENOTEMPTY" => libc::ENOTEMPTY,
        "ENOTSOCK" => libc::ENOTSOCK,
        "EOPNOTSUPP" => libc::EOPNOTSUPP,
        "EPFNOSUPPORT" => libc::EPFNOSUPPORT,
        // Only the BSDs and Apple's systems have it.
        "EPROCLIM" => return None,
        "EPROTONOSUPPORT" => libc::EPROTONOSUPPORT,
        "EPROTOTYPE" => libc::EPROTOTYPE,
        "EREMOTE" => libc::EREMOTE,
        "ESHUTDOWN" => libc::ESHUTDOWN,
        "ESOCKTNOSUPPORT" => libc::ESOCKTNOSUPPORT,
        "ESTALE" => libc::ESTALE,
        "ETIMEDOUT" => libc::ETIMEDOUT,
        "ETOOMANYREFS" => libc::ETOOMANYREFS,
        "EUSERS" => libc::EUSERS,
        "EWOULDBLOCK" => libc::EWOULDBLOCK,
        _ => panic!("{name}: add this POSIX name's value here"),
    })
}

#[test]
#[cfg(target_os = "linux")]
fn every_errno_maps_back_as_the_table_says() {
    let snapshot = snapshot();
    // (code, errno) for every entry whose POSIX name Linux defines.
    let mut with_errno = Vec::new();
    for row in rows(&snapshot, "entries") {
        let code = row["code"].as_i64().unwrap() as i32;
        let errno = optional(&row["posix"]).and_then(linux_errno);
        let expected = if code == 0 { Some(0) } else { errno };
        assert_eq!(WsaError::new(code).errno(), expected, "{code}");
        assert_eq!(
            WsaError::new(code).entry().unwrap().errno(),
            errno,
            "{code}"
        );
        if let Some(errno) = errno {
            with_errno.push((code, errno));
        }
    }
    assert!(with_errno.len() > 40);
    // The README's rule: of the codes sharing an errno, the first of the
    // 10000 range, else the first below it.
    let preferred = |errno: i32| {
        let sharing = || {
            with_errno
                .iter()
                .filter(move |&&(_, e)| e == errno)
                .map(|&(code, _)| code)
        };
        sharing()
            .filter(|&code| code >= 10000)
            .min()
            .or_else(|| sharing().min())
    };
    for errno in -200..=200 {
        let expected = if errno == 0 {
            Some(0)
        } else {
            preferred(errno)
        };
        assert_eq!(
            WsaError::from_errno(errno).map(WsaError::code),
            expected,
            "errno {errno}"
        );
    }
    assert_eq!(
        WsaError::from_errno(libc::EAGAIN),
        Some(WsaError::WSAEWOULDBLOCK)
    );
    assert_eq!(
        WsaError::from_errno(libc::ENOTSUP),
        Some(WsaError::WSAEOPNOTSUPP)
    );
    for errno in [i32::MIN, i32::MIN + 1, 4096, i32::MAX] {
        assert_eq!(WsaError::from_errno(errno), None, "errno {errno}");
    }
}
