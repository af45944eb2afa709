//! The JSON renderer: one entry as an object, and the whole catalog as
//! `docs/catalog.json`.

use std::fmt::Write as _;

use wsa_error::{Entry, NtStatus, Win32Error};

use crate::spaces;

/// A JSON string literal.
pub(crate) fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for ch in text.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

pub(crate) fn json_optional(text: Option<&str>) -> String {
    text.map_or_else(|| "null".to_owned(), json_string)
}

/// One entry as a JSON object on one line. The schema is stable: fields are
/// only ever added.
///
/// | field | type | example |
/// |---|---|---|
/// | `code` | number | `10054` |
/// | `hex` | string | `"0x2746"` |
/// | `name` | string | `"WSAECONNRESET"` |
/// | `identifier` | string | `"connection_reset"` |
/// | `aliases` | array of strings | `[]` |
/// | `message` | string | `"Connection reset by peer"` |
/// | `details` | string | the long explanation |
/// | `posix` | string or null | `"ECONNRESET"` |
/// | `gai` | string or null | `null` |
/// | `references` | array of strings | `["WSARecv", "WSASend", "recv", "send"]` (functions whose reference page lists the code) |
/// | `category` | string | `"connection"` |
/// | `transient` | boolean | `false` |
/// | `hresult` | string | `"0x80072746"` |
pub fn entry_json(entry: &Entry) -> String {
    let aliases: Vec<String> = entry.aliases().map(json_string).collect();
    let references: Vec<String> = entry.references().map(json_string).collect();
    format!(
        "{{\"code\": {code}, \"hex\": \"0x{code:04X}\", \"name\": {name}, \"identifier\": {identifier}, \
         \"aliases\": [{aliases}], \"message\": {message}, \"details\": {details}, \"posix\": {posix}, \
         \"gai\": {gai}, \"references\": [{references}], \"category\": \"{category}\", \"transient\": {transient}, \"hresult\": \"0x{hresult:08X}\"}}",
        code = entry.code(),
        name = json_string(entry.name()),
        identifier = json_string(entry.identifier()),
        aliases = aliases.join(", "),
        message = json_string(entry.message()),
        details = json_string(entry.details()),
        posix = json_optional(entry.posix_name()),
        gai = json_optional(entry.gai_name()),
        references = references.join(", "),
        category = entry.category(),
        transient = entry.is_transient(),
        hresult = entry.error().hresult(),
    )
}

/// The whole catalog as one JSON document, `docs/catalog.json`:
/// `{"version": "...", "entries": [entry, ...], "win32": [...], "ntstatus":
/// [...]}` with entries as in [`entry_json`], in ascending order of code,
/// and the two other spaces' rows as in [`spaces::win32_json`] and
/// [`spaces::ntstatus_json`].
pub fn catalog_json() -> String {
    let rows = |lines: Vec<String>| {
        lines
            .iter()
            .map(|line| format!("    {line}"))
            .collect::<Vec<_>>()
            .join(",\n")
    };
    format!(
        "{{\n  \"version\": {},\n  \"entries\": [\n{}\n  ],\n  \"win32\": [\n{}\n  ],\n  \"ntstatus\": [\n{}\n  ]\n}}\n",
        json_string(wsa_error::VERSION),
        rows(wsa_error::entries().iter().map(entry_json).collect()),
        rows(Win32Error::all().map(spaces::win32_json).collect()),
        rows(NtStatus::all().map(spaces::ntstatus_json).collect()),
    )
}
