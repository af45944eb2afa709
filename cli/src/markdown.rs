//! The Markdown renderer: the reference document, `docs/errors.md`.

use std::fmt::Write as _;

use wsa_error::Entry;

use crate::spaces;

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
