//! `wsa-error --scan`: every socket error mentioned in text, read line by
//! line from files or standard input, in constant memory.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Write};

use wsa_error::{Match, SocketError, WsaError};

use crate::json::{json_optional, json_string};

/// What the scan found, for the exit status and the summary.
#[derive(Default)]
pub(crate) struct Tally {
    pub(crate) hits: u64,
    pub(crate) lines: u64,
    pub(crate) unreadable: u64,
}

/// How hits are printed.
#[derive(Clone, Copy)]
pub(crate) struct Output {
    pub(crate) json: bool,
    pub(crate) brief: bool,
    /// Prefix each hit with the file's name (when several files are read).
    pub(crate) with_names: bool,
}

/// Scans each path (`-` or none: standard input), line by line. An
/// unreadable file is reported on `stderr` and counted; the others are still
/// read.
pub(crate) fn scan_paths(
    paths: &[String],
    output: Output,
    stdin: &mut dyn BufRead,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> io::Result<Tally> {
    let mut tally = Tally::default();
    if paths.is_empty() {
        scan_reader(stdin, "-", output, stdout, &mut tally)?;
        return Ok(tally);
    }
    for path in paths {
        if path == "-" {
            scan_reader(stdin, "-", output, stdout, &mut tally)?;
            continue;
        }
        match File::open(path) {
            Ok(file) => {
                let mut reader = BufReader::with_capacity(64 * 1024, file);
                if let Err(error) = scan_reader(&mut reader, path, output, stdout, &mut tally) {
                    if error.kind() == io::ErrorKind::BrokenPipe {
                        return Err(error);
                    }
                    writeln!(stderr, "wsa-error: {path}: {error}")?;
                    tally.unreadable += 1;
                }
            }
            Err(error) => {
                writeln!(stderr, "wsa-error: {path}: {error}")?;
                tally.unreadable += 1;
            }
        }
    }
    Ok(tally)
}

/// Scans one stream, in blocks of whole lines as the reader's buffer holds
/// them (the scanner never looks across a line's end, so a block gives the
/// same hits as its lines one by one). Bytes need not be UTF-8; memory stays
/// flat whatever the input's size, but for a line longer than the buffer,
/// which is carried until its end arrives.
fn scan_reader(
    reader: &mut dyn BufRead,
    name: &str,
    output: Output,
    stdout: &mut dyn Write,
    tally: &mut Tally,
) -> io::Result<()> {
    let mut pending: Vec<u8> = Vec::new();
    loop {
        let buffer = reader.fill_buf()?;
        if buffer.is_empty() {
            // The last line, without a line end.
            return scan_block(&pending, name, output, stdout, tally);
        }
        let length = buffer.len();
        let Some(last) = buffer.iter().rposition(|&byte| byte == b'\n') else {
            pending.extend_from_slice(buffer);
            reader.consume(length);
            continue;
        };
        if pending.is_empty() {
            scan_block(&buffer[..=last], name, output, stdout, tally)?;
        } else {
            pending.extend_from_slice(&buffer[..=last]);
            scan_block(&pending, name, output, stdout, tally)?;
            pending.clear();
        }
        reader.consume(last + 1);
    }
}

/// Scans a block of whole lines (the last may lack its line end), numbering
/// them on from `tally.lines`.
fn scan_block(
    block: &[u8],
    name: &str,
    output: Output,
    stdout: &mut dyn Write,
    tally: &mut Tally,
) -> io::Result<()> {
    if block.is_empty() {
        return Ok(());
    }
    let first_line = tally.lines + 1;
    let (mut line, mut line_start, mut counted) = (first_line, 0, 0);
    for hit in wsa_error::scan_bytes(block) {
        for (at, _) in block
            .get(counted..hit.start)
            .unwrap_or_default()
            .iter()
            .enumerate()
            .filter(|&(_, &byte)| byte == b'\n')
        {
            line += 1;
            line_start = counted + at + 1;
        }
        counted = hit.start;
        // The hit's line from its start: the column is counted from there.
        let text = block.get(line_start..).unwrap_or_default();
        let hit = Match {
            start: hit.start - line_start,
            end: hit.end - line_start,
            error: hit.error,
        };
        tally.hits += 1;
        write_hit(stdout, name, line, text, &hit, output)?;
    }
    let ends = block.iter().filter(|&&byte| byte == b'\n').count() as u64;
    tally.lines += ends + u64::from(block.last() != Some(&b'\n'));
    Ok(())
}

/// The space, the number in it, the name and the message of a hit.
fn identity(error: SocketError) -> (&'static str, u64, &'static str, &'static str) {
    match error {
        SocketError::Winsock(error) => (
            "winsock",
            error.code() as u32 as u64,
            error.name().unwrap_or("?"),
            error.message().unwrap_or(""),
        ),
        SocketError::Win32(error) => (
            "win32",
            u64::from(error.code()),
            error.name().unwrap_or("?"),
            error.message().unwrap_or(""),
        ),
        SocketError::NtStatus(status) => (
            "ntstatus",
            u64::from(status.code()),
            status.name().unwrap_or("?"),
            status.message().unwrap_or(""),
        ),
    }
}

/// Writes one hit; `line` starts where the hit's line does, and the hit's
/// offsets count from there.
fn write_hit(
    out: &mut dyn Write,
    name: &str,
    number: u64,
    line: &[u8],
    hit: &Match,
    output: Output,
) -> io::Result<()> {
    let text = String::from_utf8_lossy(line.get(hit.start..hit.end).unwrap_or_default());
    let column = hit.start + 1;
    let (space, code, entry_name, message) = identity(hit.error);
    let winsock = hit.error.winsock();
    if output.json {
        let file = if output.with_names {
            format!("\"file\": {}, ", json_string(name))
        } else {
            String::new()
        };
        let code = if space == "winsock" {
            i64::from(code as u32 as i32).to_string()
        } else {
            code.to_string()
        };
        return writeln!(
            out,
            "{{{file}\"line\": {number}, \"column\": {column}, \"text\": {text}, \"space\": \"{space}\", \
             \"code\": {code}, \"name\": {entry_name}, \"winsock\": {winsock}}}",
            text = json_string(&text),
            entry_name = json_optional(Some(entry_name)),
            winsock = winsock.map_or_else(|| "null".to_owned(), |error| error.code().to_string()),
        );
    }
    let place = if output.with_names {
        format!("{name}:{number}:{column}")
    } else {
        format!("{number}:{column}")
    };
    if output.brief {
        return writeln!(out, "{place}: {entry_name}");
    }
    let stands_for = match hit.error {
        SocketError::Winsock(_) => String::new(),
        _ => match winsock.and_then(WsaError::name) {
            Some(winsock_name) => {
                format!(" -> {winsock_name} ({})", winsock.map_or(0, WsaError::code))
            }
            None => " -> no Winsock equivalent".to_owned(),
        },
    };
    let shown = match hit.error {
        SocketError::Winsock(error) => format!("{entry_name} ({})", error.code()),
        SocketError::Win32(error) => format!("{entry_name} (Win32 {})", error.code()),
        SocketError::NtStatus(status) => format!("{entry_name} (0x{:08X})", status.code()),
    };
    writeln!(out, "{place}: {text}: {shown}: {message}{stands_for}")
}

/// Whether a lookup argument is free text to scan rather than one code: it
/// has white space in it (`"[WinError 10054] An existing connection..."`).
pub(crate) fn is_free_text(argument: &str) -> bool {
    argument.trim().contains(char::is_whitespace)
}
