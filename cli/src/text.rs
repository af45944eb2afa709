//! The text renderer: the block a lookup prints for an entry.

use std::fmt::Write as _;

use wsa_error::Entry;

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
