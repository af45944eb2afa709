//! `wsa-error`: look up Windows Sockets error codes from the command line.
//! The command itself lives in [`wsa_error_cli`], shared with the Python
//! package's `python -m wsa_error`.
//!
//! On Unix the program has its own C `main`: Rust's start-up code reopens a
//! closed standard descriptor on `/dev/null`, so `wsa-error -l >&-` would
//! write into nothing and succeed. Without it, a closed standard output makes
//! writes fail (EBADF), which the command reports with exit status 2, as `ls`
//! does. A reader that goes away (`wsa-error --markdown | head -1`) ends the
//! program quietly, by SIGPIPE, which keeps its default action here.
#![cfg_attr(unix, no_main)]

use std::io::{BufWriter, Write};

/// Runs the command on this process's arguments and standard streams.
fn run_command() -> i32 {
    let mut stdout = BufWriter::with_capacity(64 * 1024, standard_output());
    wsa_error_cli::run(
        std::env::args_os(),
        &mut stdout,
        &mut std::io::stderr().lock(),
    )
}

#[cfg(unix)]
#[unsafe(no_mangle)]
extern "C" fn main(
    _argc: std::ffi::c_int,
    _argv: *const *const std::ffi::c_char,
) -> std::ffi::c_int {
    run_command()
}

#[cfg(not(unix))]
fn main() -> std::process::ExitCode {
    std::process::ExitCode::from(u8::try_from(run_command()).unwrap_or(1))
}

/// Standard output as a writer that reports every failure: on Unix
/// descriptor 1 itself (Rust's `stdout()` would take a closed descriptor for
/// a sink that accepts everything).
#[cfg(unix)]
fn standard_output() -> impl Write {
    use std::mem::ManuallyDrop;
    use std::os::fd::{FromRawFd, RawFd};

    /// Descriptor 1, never closed by this program.
    struct Descriptor(ManuallyDrop<std::fs::File>);

    impl Write for Descriptor {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.write(buf)
        }
        fn flush(&mut self) -> std::io::Result<()> {
            self.0.flush()
        }
    }

    const STDOUT: RawFd = 1;
    // SAFETY: descriptor 1 belongs to the process for its whole life and the
    // ManuallyDrop never closes it; when it is closed, writes fail with EBADF.
    Descriptor(ManuallyDrop::new(unsafe {
        std::fs::File::from_raw_fd(STDOUT)
    }))
}

#[cfg(not(unix))]
fn standard_output() -> impl Write {
    std::io::stdout()
}
