//! `wsa-error`: look up Windows Sockets error codes from the command line.
//!
//! `wsa-error 10054`, `wsa-error WSAECONNRESET`, `wsa-error econnreset`,
//! `wsa-error 0x2746`, `wsa-error 0x80072746`; several at once. Exit status:
//! 0 when every argument was found, 1 when any was not, 2 without arguments.

use std::io::Write as _;
use std::process::ExitCode;

use wsa_error::{Entry, WsaError};

fn describe(entry: &Entry, out: &mut impl std::io::Write) -> std::io::Result<()> {
    writeln!(
        out,
        "{} ({}, 0x{:04X})",
        entry.name(),
        entry.code(),
        entry.code()
    )?;
    writeln!(out, "  message:   {}", entry.message())?;
    let aliases: Vec<&str> = entry.aliases().collect();
    if !aliases.is_empty() {
        writeln!(out, "  aliases:   {}", aliases.join(", "))?;
    }
    writeln!(out, "  posix:     {}", entry.posix_name().unwrap_or("none"))?;
    writeln!(out, "  gai:       {}", entry.gai_name().unwrap_or("none"))?;
    writeln!(out, "  category:  {}", entry.category())?;
    writeln!(
        out,
        "  transient: {}",
        if entry.is_transient() { "yes" } else { "no" }
    )?;
    writeln!(out, "  details:   {}", entry.details())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.is_empty() || args.iter().any(|a| a == "-h" || a == "--help") {
        eprintln!("usage: wsa-error CODE|NAME|0xHEX|HRESULT...");
        return ExitCode::from(2);
    }
    let mut out = std::io::stdout().lock();
    let mut all_found = true;
    for (i, arg) in args.iter().enumerate() {
        if i > 0 {
            let _ = writeln!(out);
        }
        match WsaError::parse(arg).and_then(WsaError::entry) {
            Some(entry) => {
                if describe(entry, &mut out).is_err() {
                    return ExitCode::FAILURE;
                }
            }
            None => {
                all_found = false;
                let _ = writeln!(out, "{arg}: not a known Windows Sockets error");
            }
        }
    }
    if all_found {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
