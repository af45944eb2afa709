//! How the command shows the two other numbering spaces: Win32 error codes
//! and NTSTATUS values seen on socket paths, each with the Winsock entry it
//! stands for.

use std::fmt::Write as _;

use wsa_error::{NtStatus, Win32Error};

use crate::json::{entry_json, json_optional};
use crate::text::{entry_block, wrap};

/// The text block for a Win32 code of the table, followed by the block of
/// the Winsock entry it stands for.
pub(crate) fn win32_block(error: Win32Error, brief: bool) -> String {
    let mut text = String::new();
    let code = error.code();
    let _ = writeln!(
        text,
        "{} (Win32 {code}, 0x{code:04X})",
        error.name().unwrap_or("?")
    );
    field(&mut text, "message", error.message().unwrap_or(""));
    field(&mut text, "winsock", &winsock_label(error.winsock()));
    field(&mut text, "hresult", &format!("0x{:08X}", error.hresult()));
    finish(&mut text, error.details(), brief, error.winsock());
    text
}

/// The text block for an NTSTATUS of the table, followed by the block of the
/// Winsock entry it stands for.
pub(crate) fn ntstatus_block(status: NtStatus, brief: bool) -> String {
    let mut text = String::new();
    let value = status.code();
    let _ = writeln!(
        text,
        "{} (NTSTATUS 0x{value:08X}, {})",
        status.name().unwrap_or("?"),
        value as i32
    );
    field(&mut text, "message", status.message().unwrap_or(""));
    let win32 = status.win32().map_or_else(
        || "none".to_owned(),
        |error| format!("{} ({})", error.name().unwrap_or("?"), error.code()),
    );
    field(&mut text, "win32", &win32);
    field(&mut text, "winsock", &winsock_label(status.winsock()));
    field(
        &mut text,
        "hresult",
        &format!("0x{:08X}", value | 0x1000_0000),
    );
    finish(&mut text, status.details(), brief, status.winsock());
    text
}

fn field(text: &mut String, label: &str, value: &str) {
    let _ = writeln!(text, "  {:<11} {value}", format!("{label}:"));
}

fn winsock_label(winsock: Option<wsa_error::WsaError>) -> String {
    winsock.and_then(wsa_error::WsaError::entry).map_or_else(
        || "none".to_owned(),
        |entry| format!("{} ({})", entry.name(), entry.code()),
    )
}

/// The details (unless brief), then the Winsock entry's own block.
fn finish(
    text: &mut String,
    details: Option<&str>,
    brief: bool,
    winsock: Option<wsa_error::WsaError>,
) {
    if !brief {
        text.push('\n');
        for line in wrap(details.unwrap_or(""), 76) {
            let _ = writeln!(text, "  {line}");
        }
    }
    if let Some(entry) = winsock.and_then(wsa_error::WsaError::entry) {
        text.push('\n');
        text.push_str(&entry_block(entry, brief));
    }
}

/// One aligned line for `--list`: code, hex, name, message, and the Winsock
/// name it stands for.
pub(crate) fn win32_line(error: Win32Error, width: usize) -> String {
    let code = error.code();
    format!(
        "{code:>5}  0x{code:04X}  {:<width$}  {} -> {}",
        error.name().unwrap_or("?"),
        error.message().unwrap_or(""),
        error
            .winsock()
            .and_then(wsa_error::WsaError::name)
            .unwrap_or("none")
    )
}

/// One aligned line for `--list`.
pub(crate) fn ntstatus_line(status: NtStatus, width: usize) -> String {
    format!(
        "0x{:08X}  {:<width$}  {} -> {}",
        status.code(),
        status.name().unwrap_or("?"),
        status.message().unwrap_or(""),
        status
            .winsock()
            .and_then(wsa_error::WsaError::name)
            .unwrap_or("none")
    )
}

/// A Win32 code as a JSON object on one line:
///
/// | field | type | example |
/// |---|---|---|
/// | `space` | string | `"win32"` |
/// | `code` | number | `64` |
/// | `hex` | string | `"0x0040"` |
/// | `name` | string | `"ERROR_NETNAME_DELETED"` |
/// | `message` | string | `"Network name no longer available"` |
/// | `details` | string | the explanation |
/// | `hresult` | string | `"0x80070040"` |
/// | `winsock` | object or null | the Winsock entry it stands for, as in [`entry_json`] |
pub fn win32_json(error: Win32Error) -> String {
    format!(
        "{{\"space\": \"win32\", \"code\": {code}, \"hex\": \"0x{code:04X}\", \"name\": {name}, \
         \"message\": {message}, \"details\": {details}, \"hresult\": \"0x{hresult:08X}\", \
         \"winsock\": {winsock}}}",
        code = error.code(),
        name = json_optional(error.name()),
        message = json_optional(error.message()),
        details = json_optional(error.details()),
        hresult = error.hresult(),
        winsock = winsock_json(error.winsock()),
    )
}

/// An NTSTATUS as a JSON object on one line:
///
/// | field | type | example |
/// |---|---|---|
/// | `space` | string | `"ntstatus"` |
/// | `code` | number | `3221226029` (unsigned) |
/// | `hex` | string | `"0xC000020D"` |
/// | `name` | string | `"STATUS_CONNECTION_RESET"` |
/// | `message` | string | a short message |
/// | `details` | string | the explanation |
/// | `win32` | number | `64` (what `RtlNtStatusToDosError` gives) |
/// | `win32_name` | string or null | `"ERROR_NETNAME_DELETED"` |
/// | `hresult` | string | `"0xD000020D"` (`HRESULT_FROM_NT`) |
/// | `winsock` | object or null | the Winsock entry it stands for |
pub fn ntstatus_json(status: NtStatus) -> String {
    let win32 = status.win32();
    format!(
        "{{\"space\": \"ntstatus\", \"code\": {code}, \"hex\": \"0x{code:08X}\", \"name\": {name}, \
         \"message\": {message}, \"details\": {details}, \"win32\": {win32}, \"win32_name\": {win32_name}, \
         \"hresult\": \"0x{hresult:08X}\", \"winsock\": {winsock}}}",
        code = status.code(),
        name = json_optional(status.name()),
        message = json_optional(status.message()),
        details = json_optional(status.details()),
        win32 = win32.map_or_else(|| "null".to_owned(), |error| error.code().to_string()),
        win32_name = json_optional(win32.and_then(Win32Error::name)),
        hresult = status.code() | 0x1000_0000,
        winsock = winsock_json(status.winsock()),
    )
}

fn winsock_json(winsock: Option<wsa_error::WsaError>) -> String {
    winsock
        .and_then(wsa_error::WsaError::entry)
        .map_or_else(|| "null".to_owned(), entry_json)
}

/// The two spaces' sections of the Markdown reference.
pub(crate) fn markdown_sections(doc: &mut String) {
    doc.push_str(
        "\n## Win32 error codes on socket paths\n\n\
         Overlapped and I/O completion port programs read a failed socket operation's result \
         through `GetQueuedCompletionStatus` or `GetOverlappedResult`, which report a Win32 \
         code rather than a Windows Sockets one (Python's asyncio shows them as `[WinError 64]`). \
         Each row names the Winsock code it stands for.\n\n\
         | Code | Hex | Name | Message | Winsock |\n|---:|---|---|---|---|\n",
    );
    for error in Win32Error::all() {
        let _ = writeln!(
            doc,
            "| {code} | 0x{code:04X} | `{name}` | {message} | {winsock} |",
            code = error.code(),
            name = error.name().unwrap_or("?"),
            message = error.message().unwrap_or(""),
            winsock = winsock_link(error.winsock()),
        );
    }
    for error in Win32Error::all() {
        let _ = write!(
            doc,
            "\n### {name} (Win32 {code})\n\n**{message}**. Stands for {winsock}.\n\n{details}\n",
            name = error.name().unwrap_or("?"),
            code = error.code(),
            message = error.message().unwrap_or(""),
            winsock = winsock_link(error.winsock()),
            details = error.details().unwrap_or(""),
        );
    }
    doc.push_str(
        "\n## NTSTATUS values on socket paths\n\n\
         The AFD driver completes socket requests with an NTSTATUS (`OVERLAPPED.Internal`). \
         `GetOverlappedResult` and `GetQueuedCompletionStatus` turn it into the Win32 code \
         `RtlNtStatusToDosError` gives; `WSAGetOverlappedResult` into the Winsock code.\n\n\
         | Value | Name | Message | Win32 | Winsock |\n|---|---|---|---|---|\n",
    );
    for status in NtStatus::all() {
        let _ = writeln!(
            doc,
            "| 0x{value:08X} | `{name}` | {message} | {win32} | {winsock} |",
            value = status.code(),
            name = status.name().unwrap_or("?"),
            message = status.message().unwrap_or(""),
            win32 = status.win32().map_or_else(
                || "none".to_owned(),
                |error| format!("{} `{}`", error.code(), error.name().unwrap_or("?"))
            ),
            winsock = winsock_link(status.winsock()),
        );
    }
    for status in NtStatus::all() {
        let _ = write!(
            doc,
            "\n### {name} (0x{value:08X})\n\n**{message}**. Stands for {winsock}.\n\n{details}\n",
            name = status.name().unwrap_or("?"),
            value = status.code(),
            message = status.message().unwrap_or(""),
            winsock = winsock_link(status.winsock()),
            details = status.details().unwrap_or(""),
        );
    }
}

/// A link to the Winsock entry's section, or "none".
fn winsock_link(winsock: Option<wsa_error::WsaError>) -> String {
    winsock.and_then(wsa_error::WsaError::entry).map_or_else(
        || "none".to_owned(),
        |entry| {
            format!(
                "[`{}`](#{}) ({})",
                entry.name(),
                entry.name().to_ascii_lowercase(),
                entry.code()
            )
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_objects_name_their_space() {
        let json = win32_json(Win32Error::ERROR_NETNAME_DELETED);
        assert!(
            json.starts_with("{\"space\": \"win32\", \"code\": 64,"),
            "{json}"
        );
        assert!(json.contains("\"winsock\": {\"code\": 10054,"), "{json}");
        let json = ntstatus_json(NtStatus::STATUS_CONNECTION_RESET);
        assert!(json.contains("\"hex\": \"0xC000020D\""), "{json}");
        assert!(
            json.contains("\"win32\": 64, \"win32_name\": \"ERROR_NETNAME_DELETED\""),
            "{json}"
        );
    }
}
