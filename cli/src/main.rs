//! `wsa-error`: look up Windows Sockets error codes from the command line.
//! The command itself lives in [`wsa_error_cli`], shared with the Python
//! package's `python -m wsa_error`.

use std::process::ExitCode;

fn main() -> ExitCode {
    let status = wsa_error_cli::run(
        std::env::args_os(),
        &mut std::io::stdout().lock(),
        &mut std::io::stderr().lock(),
    );
    ExitCode::from(u8::try_from(status).unwrap_or(1))
}
