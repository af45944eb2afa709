//! How the command shows entries: the text forms, the JSON schema, and the
//! Markdown reference. `docs/catalog.json` and `docs/errors.md` are written
//! by these same functions.

use std::fmt::Write as _;
use std::io::{self, Write};

use wsa_error::{Entry, NtStatus, Win32Error};

use crate::spaces;

/// One thing the command shows: a catalog entry, or a row of the Win32 or
/// NTSTATUS table.
#[derive(Clone, Copy)]
pub(super) enum Item {
    Winsock(&'static Entry),
    Win32(Win32Error),
    NtStatus(NtStatus),
}

/// Every catalog entry, then every Win32 row, then every NTSTATUS row.
pub(super) fn everything() -> Vec<Item> {
    wsa_error::entries()
        .iter()
        .map(Item::Winsock)
        .chain(Win32Error::all().map(Item::Win32))
        .chain(NtStatus::all().map(Item::NtStatus))
        .collect()
}

/// How to show a set of entries.
#[derive(Clone, Copy)]
pub(super) struct Style {
    pub(super) json: bool,
    /// Leave the details out of a text block.
    pub(super) brief: bool,
    /// One aligned line per entry instead of a block (`--list`, `--search`).
    pub(super) lines: bool,
}

impl Style {
    /// The style of `--list` and `--search`: one line per entry unless JSON.
    pub(super) fn listing(self) -> Style {
        Style {
            lines: true,
            ..self
        }
    }
}

/// Writes `items` as a JSON array, or as text: a block per item, or one
/// aligned line per item.
pub(super) fn items(out: &mut dyn Write, items: &[Item], style: Style) -> io::Result<()> {
    if style.json {
        let objects: Vec<String> = items
            .iter()
            .map(|item| {
                let json = match *item {
                    Item::Winsock(entry) => entry_json(entry),
                    Item::Win32(error) => spaces::win32_json(error),
                    Item::NtStatus(status) => spaces::ntstatus_json(status),
                };
                format!("  {json}")
            })
            .collect();
        if objects.is_empty() {
            return writeln!(out, "[]");
        }
        return writeln!(out, "[\n{}\n]", objects.join(",\n"));
    }
    if style.lines {
        let width = items
            .iter()
            .map(|item| match *item {
                Item::Winsock(entry) => entry.name().len(),
                Item::Win32(error) => error.name().map_or(0, str::len),
                Item::NtStatus(status) => status.name().map_or(0, str::len),
            })
            .max()
            .unwrap_or(0);
        for item in items {
            let entry = match *item {
                Item::Winsock(entry) => entry,
                Item::Win32(error) => {
                    writeln!(out, "{}", spaces::win32_line(error, width))?;
                    continue;
                }
                Item::NtStatus(status) => {
                    writeln!(out, "{}", spaces::ntstatus_line(status, width))?;
                    continue;
                }
            };
            let code = entry.code();
            writeln!(
                out,
                "{code:>5}  0x{code:04X}  {:<width$}  {}",
                entry.name(),
                entry.message()
            )?;
        }
        return Ok(());
    }
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        let block = match *item {
            Item::Winsock(entry) => entry_block(entry, style.brief),
            Item::Win32(error) => spaces::win32_block(error, style.brief),
            Item::NtStatus(status) => spaces::ntstatus_block(status, style.brief),
        };
        write!(out, "{block}")?;
    }
    Ok(())
}

/// The text for one looked-up entry. `brief` omits the details.
pub(crate) fn entry_block(entry: &Entry, brief: bool) -> String {
    let mut text = String::new();
    let _ = writeln!(
        text,
        "{} ({}, 0x{:04X})",
        entry.name(),
        entry.code(),
        entry.code()
    );
    let mut field = |label: &str, value: &str| {
        let _ = writeln!(text, "  {:<11} {value}", format!("{label}:"));
    };
    field("message", entry.message());
    let aliases: Vec<&str> = entry.aliases().collect();
    if !aliases.is_empty() {
        field("aliases", &aliases.join(", "));
    }
    field("posix", entry.posix_name().unwrap_or("none"));
    field("eai", entry.gai_name().unwrap_or("none"));
    field("category", entry.category().as_str());
    field("transient", if entry.is_transient() { "yes" } else { "no" });
    field("hresult", &format!("0x{:08X}", entry.error().hresult()));
    if !brief {
        let references: Vec<&str> = entry.references().collect();
        if !references.is_empty() {
            // Wrapped like the details, continuation lines under the first name.
            for (i, line) in wrap(&references.join(" "), 62).iter().enumerate() {
                let label = if i == 0 { "references:" } else { "" };
                let _ = writeln!(text, "  {label:<11} {line}");
            }
        }
        text.push('\n');
        for line in wrap(entry.details(), 76) {
            let _ = writeln!(text, "  {line}");
        }
    }
    text
}

/// Words of `text` joined into lines of at most `width` columns.
pub(crate) fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.len() + 1 + word.len() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Whether every word occurs, ignoring ASCII case, in the entry's name,
/// aliases, message or details.
pub(super) fn matches_all(entry: &Entry, words: &[String]) -> bool {
    let mut haystack = format!("{} {} {}", entry.name(), entry.message(), entry.details());
    for alias in entry.aliases() {
        haystack.push(' ');
        haystack.push_str(alias);
    }
    let haystack = haystack.to_ascii_lowercase();
    words
        .iter()
        .all(|word| haystack.contains(&word.to_ascii_lowercase()))
}

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

/// The anchor of an entry's section in the reference.
fn anchor(entry: &Entry) -> String {
    entry.name().to_ascii_lowercase()
}

/// The reference document, `docs/errors.md`: how to look codes up from each
/// language, an index table, and one section per entry with everything the
/// catalog knows.
pub fn markdown_reference() -> String {
    let mut doc = String::new();
    doc.push_str(
        "# Windows Sockets error reference\n\n\
         <!-- Generated from the wsa-error catalog by `cargo run -p wsa-error-generate` \
         (or `wsa-error --markdown`); do not edit. -->\n\n",
    );
    let _ = writeln!(
        doc,
        "Every Windows Sockets (Winsock) error code the Windows SDK defines, and code 0: {} entries. \
         Names and numbers are exactly the SDK's; POSIX equivalents are errno *names* (their values \
         differ between systems).\n",
        wsa_error::entries().len()
    );
    doc.push_str(LOOKUP_GUIDE);
    doc.push_str("\n## Index\n\n| Code | Hex | Name | Message |\n|---:|---|---|---|\n");
    for entry in wsa_error::entries() {
        let _ = writeln!(
            doc,
            "| {code} | 0x{code:04X} | [`{name}`](#{anchor}) | {message} |",
            code = entry.code(),
            name = entry.name(),
            anchor = anchor(entry),
            message = entry.message()
        );
    }
    doc.push_str("\n## Entries\n");
    for entry in wsa_error::entries() {
        let _ = write!(
            doc,
            "\n<a id=\"{anchor}\"></a>\n### {name} ({code})\n\n**{message}**\n\n{details}\n\n\
             | | |\n|---|---|\n| Code | {code} (0x{code:04X}) |\n| HRESULT | 0x{hresult:08X} |\n",
            anchor = anchor(entry),
            name = entry.name(),
            code = entry.code(),
            message = entry.message(),
            details = entry.details(),
            hresult = entry.error().hresult(),
        );
        let aliases: Vec<String> = entry.aliases().map(|alias| format!("`{alias}`")).collect();
        if !aliases.is_empty() {
            let _ = writeln!(doc, "| Also spelled | {} |", aliases.join(", "));
        }
        let or_none =
            |value: Option<&str>| value.map_or_else(|| "none".to_owned(), |v| format!("`{v}`"));
        let _ = writeln!(doc, "| POSIX | {} |", or_none(entry.posix_name()));
        let _ = writeln!(doc, "| getaddrinfo | {} |", or_none(entry.gai_name()));
        let _ = writeln!(doc, "| Category | {} |", entry.category());
        let _ = writeln!(
            doc,
            "| Transient | {} |",
            if entry.is_transient() { "yes" } else { "no" }
        );
        let _ = writeln!(doc, "| C++ | `wsa::errc::{}` |", entry.identifier());
        let references: Vec<String> = entry
            .references()
            .map(|function| match crate::pages::reference_url(function) {
                Some(url) => format!("[`{function}`]({url})"),
                None => format!("`{function}`"),
            })
            .collect();
        if !references.is_empty() {
            let _ = writeln!(doc, "| Documented by | {} |", references.join(", "));
        }
    }
    spaces::markdown_sections(&mut doc);
    doc
}

/// The "how to look it up" part of the reference.
const LOOKUP_GUIDE: &str = r#"## Looking a code up

From the command line (`cargo install --path cli` or `cargo run --release --`):

```sh
wsa-error 10054             # or WSAECONNRESET, wsaeconnreset, ECONNRESET, 0x2746, 0x80072746
wsa-error --search refused  # entries whose name, message or details mention every word
wsa-error --list --json     # the whole catalog as JSON
```

From C (`#include "wsa_error.h"`, link `-lwsa_error`):

```c
char line[128];
wsa_error_format(WSAGetLastError(), line, sizeof line);  /* "WSAECONNRESET (10054): Connection reset by peer" */
const char *why = wsa_error_details(10054);             /* NULL for an unknown code */
int code = wsa_error_parse("0x80072746");               /* 10054 */
```

From C++ (`#include "wsa_error.hpp"`):

```cpp
std::error_code ec = wsa::make_error_code(10054);
std::string text = ec.message();  // "WSAECONNRESET (10054): Connection reset by peer"
bool same = ec == std::errc::connection_reset;       // true
```

From Python (`pip install ./bindings/python`):

```python
import wsa_error
wsa_error.name(10054)                        # 'WSAECONNRESET'
wsa_error.lookup("0x80072746").details       # the long explanation
raise wsa_error.WSAError.WSAECONNREFUSED.exception()
```

From Rust:

```rust
let error = wsa_error::WsaError::new(10054);
println!("{error}");                         // WSAECONNRESET (10054): Connection reset by peer
```
"#;
