//! What the command shows and in which form: the items of a lookup, list or
//! search, written as text blocks, aligned lines or JSON. The renderers
//! themselves are `text`, `json`, `markdown` and, for the Win32 and NTSTATUS
//! rows, `spaces`.

use std::io::{self, Write};

use wsa_error::{Entry, NtStatus, Win32Error};

use crate::json::entry_json;
use crate::spaces;
use crate::text::entry_block;

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
