//! The `wsa-error` command, as a library function so that every front end
//! (the Rust binary, `python -m wsa_error`) prints exactly the same bytes.
//!
//! ```text
//! wsa-error 10054 WSAECONNRESET econnreset 0x2746 0x80072746   look codes up
//! wsa-error --brief 10061                                      without references and details
//! wsa-error --search refused connection                        every word must appear
//! wsa-error --list                                             one aligned line per entry
//! wsa-error --json ...                                         any mode, as JSON
//! wsa-error --markdown                                         the reference document
//! ```
//!
//! Exit status: 0 when every argument was found (or a search matched), 1
//! when any argument was not found (or a search matched nothing), 2 on a
//! usage error. Output is plain text whether or not it goes to a terminal.

mod hints;
mod json;
mod markdown;
mod pages;
mod render;
mod scan;
mod spaces;
mod text;

use std::ffi::OsString;
use std::io::Write;

use clap::{Arg, ArgAction, Command};

pub use json::{catalog_json, entry_json};
pub use markdown::markdown_reference;
pub use spaces::{ntstatus_json, win32_json};

use wsa_error::SocketError;

/// Exit status: every argument was found.
pub const EXIT_FOUND: i32 = 0;
/// Exit status: at least one argument was not found, or a search matched nothing.
pub const EXIT_NOT_FOUND: i32 = 1;
/// Exit status: the command line itself was wrong.
pub const EXIT_USAGE: i32 = 2;

fn command() -> Command {
    Command::new("wsa-error")
        // Never wrap help to the terminal: the text is the same everywhere
        // (and byte for byte the same from `python -m wsa_error`).
        .term_width(0)
        .version(wsa_error::VERSION)
        .about("Look up Windows Sockets (Winsock) error codes: name, message, explanation, POSIX equivalent")
        .after_help(
            "A CODE is a decimal code (10054), a name in any case (WSAECONNRESET, wsaeconnreset),\n\
             a POSIX errno name (ECONNRESET), hex (0x2746) or an HRESULT (0x80072746); also a Win32\n\
             code seen on socket paths (64, ERROR_NETNAME_DELETED, 0x80070040) or an NTSTATUS\n\
             (0xC000020D, -1073741299, 0xD000020D, STATUS_CONNECTION_RESET). An argument with\n\
             spaces in it is scanned like a line of a log.\n\n\
             --scan reads FILEs (or standard input) line by line and prints every mention of a\n\
             socket error: LINE:COLUMN, the text, the entry and what it stands for.\n\n\
             Exit status: 0 all found, 1 something not found, 2 usage or read error.",
        )
        .arg(
            Arg::new("codes")
                .value_name("CODE")
                .num_args(0..)
                .allow_negative_numbers(true)
                .required_unless_present_any(["list", "markdown", "scan"])
                .help("Codes or names to look up"),
        )
        .arg(
            Arg::new("search")
                .short('s')
                .long("search")
                .action(ArgAction::SetTrue)
                .help("Treat the arguments as words; list entries whose name, message or details contain them all"),
        )
        .arg(
            Arg::new("list")
                .short('l')
                .long("list")
                .action(ArgAction::SetTrue)
                .conflicts_with("codes")
                .help("List every entry, one per line"),
        )
        .arg(Arg::new("brief").short('b').long("brief").action(ArgAction::SetTrue).help("Leave out the references and the details"))
        .arg(
            Arg::new("json")
                .long("json")
                .action(ArgAction::SetTrue)
                .help("Print a JSON array of entry objects (the schema of docs/catalog.json)"),
        )
        .arg(
            Arg::new("markdown")
                .long("markdown")
                .action(ArgAction::SetTrue)
                .conflicts_with_all(["codes", "json"])
                .help("Print the reference document (docs/errors.md)"),
        )
        .arg(
            Arg::new("scan")
                .long("scan")
                .action(ArgAction::SetTrue)
                .help("Treat the arguments as FILEs (none or -: standard input) and find every socket error they mention"),
        )
        .group(clap::ArgGroup::new("mode").args(["search", "list", "markdown", "scan"]).multiple(false))
}

/// What the command line asked for.
enum Mode {
    Scan(Vec<String>),
    Lookup(Vec<String>),
    Search(Vec<String>),
    List,
    Markdown,
}

/// Runs the command with `args` (the program name first, as `std::env::args`
/// gives them), writing to `stdout` and `stderr`; returns the exit status.
pub fn run<I, T>(args: I, stdout: &mut dyn Write, stderr: &mut dyn Write) -> i32
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let matches = match command().try_get_matches_from(args) {
        Ok(matches) => matches,
        Err(error) => {
            let mut text = error.render().to_string();
            if !text.ends_with('\n') {
                text.push('\n');
            }
            // --help and --version are answers on stdout; real usage errors go to stderr.
            if !error.use_stderr() {
                let written = stdout
                    .write_all(text.as_bytes())
                    .and_then(|()| stdout.flush());
                return finish(written.map(|()| EXIT_FOUND), stderr);
            }
            let _ = stderr.write_all(text.as_bytes());
            return EXIT_USAGE;
        }
    };
    let words: Vec<String> = matches
        .get_many::<String>("codes")
        .into_iter()
        .flatten()
        .cloned()
        .collect();
    let flag = |name: &str| matches.get_flag(name);
    let mode = if flag("scan") {
        Mode::Scan(words.clone())
    } else if flag("list") {
        Mode::List
    } else if flag("markdown") {
        Mode::Markdown
    } else if flag("search") {
        Mode::Search(words.clone())
    } else {
        Mode::Lookup(words.clone())
    };
    let style = render::Style {
        json: flag("json"),
        brief: flag("brief"),
        lines: false,
    };
    let result = execute(mode, style, stdout, stderr);
    finish(
        result.and_then(|status| stdout.flush().map(|()| status)),
        stderr,
    )
}

/// The exit status once the output is written. A reader that went away
/// (`wsa-error --markdown | head -1`) ends the command quietly with 0, as
/// ripgrep does; any other failure to write (standard output closed, a full
/// disk) is said on `stderr` and gives 2, as `ls` does.
fn finish(result: std::io::Result<i32>, stderr: &mut dyn Write) -> i32 {
    match result {
        Ok(status) => status,
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => EXIT_FOUND,
        Err(error) => {
            let _ = writeln!(stderr, "wsa-error: cannot write the output: {error}");
            EXIT_USAGE
        }
    }
}

fn execute(
    mode: Mode,
    style: render::Style,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> std::io::Result<i32> {
    match mode {
        Mode::Scan(paths) => {
            let output = scan::Output {
                json: style.json,
                brief: style.brief,
                with_names: paths.len() > 1,
            };
            let tally =
                scan::scan_paths(&paths, output, &mut std::io::stdin().lock(), stdout, stderr)?;
            if !style.json {
                writeln!(
                    stderr,
                    "wsa-error: {} mention{} in {} line{}",
                    tally.hits,
                    if tally.hits == 1 { "" } else { "s" },
                    tally.lines,
                    if tally.lines == 1 { "" } else { "s" }
                )?;
            }
            Ok(if tally.unreadable > 0 {
                EXIT_USAGE
            } else if tally.hits > 0 {
                EXIT_FOUND
            } else {
                EXIT_NOT_FOUND
            })
        }
        Mode::List => {
            render::items(stdout, &render::everything(), style.listing())?;
            Ok(EXIT_FOUND)
        }
        Mode::Markdown => {
            stdout.write_all(markdown_reference().as_bytes())?;
            Ok(EXIT_FOUND)
        }
        Mode::Search(words) => {
            let found: Vec<_> = wsa_error::entries()
                .iter()
                .filter(|entry| render::matches_all(entry, &words))
                .map(render::Item::Winsock)
                .collect();
            render::items(stdout, &found, style.listing())?;
            if found.is_empty() {
                writeln!(
                    stderr,
                    "wsa-error: no entry contains all of: {}",
                    words.join(" ")
                )?;
                return Ok(EXIT_NOT_FOUND);
            }
            Ok(EXIT_FOUND)
        }
        Mode::Lookup(queries) => {
            let mut found = Vec::new();
            let mut status = EXIT_FOUND;
            for query in &queries {
                if scan::is_free_text(query) {
                    // A pasted log line: every mention in it, as --scan shows them.
                    let output = scan::Output {
                        json: style.json,
                        brief: style.brief,
                        with_names: false,
                    };
                    let mut text = query.as_bytes();
                    let tally = scan::scan_paths(&[], output, &mut text, stdout, stderr)?;
                    if tally.hits == 0 {
                        status = EXIT_NOT_FOUND;
                        writeln!(stderr, "wsa-error: no socket error code in: {query}")?;
                    }
                    continue;
                }
                let item = match SocketError::parse(query) {
                    Some(SocketError::Winsock(error)) => error.entry().map(render::Item::Winsock),
                    Some(SocketError::Win32(error)) => Some(render::Item::Win32(error)),
                    Some(SocketError::NtStatus(status)) => Some(render::Item::NtStatus(status)),
                    None => None,
                };
                match item {
                    Some(item) => found.push(item),
                    None => {
                        status = EXIT_NOT_FOUND;
                        writeln!(stderr, "wsa-error: {}", hints::not_found(query))?;
                    }
                }
            }
            render::items(stdout, &found, style)?;
            Ok(status)
        }
    }
}
