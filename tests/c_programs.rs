//! The C and C++ test programs, run from `cargo test`: `tests/c/test_api.c`,
//! `tests/cpp/test_errc.cpp` and `tests/c/catalog_dump.c` (compared with
//! `docs/catalog.json` by `tests/compare_snapshot.py`), each built against a
//! fresh release build of the C library. A change to `bindings/c/src/ffi.rs`
//! that breaks the C API therefore fails `cargo test`, and so a mutation run.
//!
//! The library is built by a second cargo, in its own target directory under
//! this run's `CARGO_TARGET_TMPDIR` (the running cargo holds the lock on its
//! own), and in the release profile: only link-time optimisation removes the
//! unwinding symbols a `no_std` build of `core` still names. The programs
//! are compiled with `$CC` and `$CXX` (default `cc`, `c++`) and the same
//! strict flags as `make test`. Nothing is skipped: a missing compiler or
//! `python3` fails the test, saying which.

#![cfg(unix)]

use std::env;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

const STRICT: [&str; 4] = ["-Wall", "-Wextra", "-Wpedantic", "-Werror"];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn scratch() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("c-programs")
}

/// Runs `command`, failing the test with its output unless it succeeds.
fn run(command: &mut Command, what: &str) -> Output {
    let output = command
        .output()
        .unwrap_or_else(|error| panic!("{what}: cannot run {command:?}: {error}"));
    assert!(
        output.status.success(),
        "{what} failed ({}):\n{}{}",
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

/// The directory holding a fresh `libwsa_error.so` built from this tree,
/// built once per test process.
fn library_dir() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let target = scratch().join("target");
        let cargo = env::var_os("CARGO").unwrap_or_else(|| OsString::from("cargo"));
        run(
            Command::new(cargo)
                .args(["build", "--release", "--quiet", "-p", "wsa-error-ffi"])
                .arg("--manifest-path")
                .arg(root().join("Cargo.toml"))
                .arg("--target-dir")
                .arg(&target)
                // The directory given above wins over one set for the outer run.
                .env_remove("CARGO_TARGET_DIR"),
            "cargo build --release -p wsa-error-ffi",
        );
        let dir = target.join("release");
        // Programs record the SONAME (libwsa_error.so.1) and look for it at run time.
        let soname = dir.join("libwsa_error.so.1");
        let _ = std::fs::remove_file(&soname);
        std::os::unix::fs::symlink("libwsa_error.so", &soname).expect("SONAME link");
        dir
    })
}

/// Compiles `source` with `compiler` (`$CC`/`$CXX` or the default) against
/// the fresh library, with the strict flags, and returns the program.
fn compile(compiler_var: &str, default: &str, std: &str, source: &str, extra: &[&str]) -> PathBuf {
    let lib = library_dir();
    let out = scratch().join("bin");
    std::fs::create_dir_all(&out).expect("output directory");
    let stem = Path::new(source).file_stem().unwrap().to_str().unwrap();
    let program = out.join(stem);
    let compiler = env::var_os(compiler_var).unwrap_or_else(|| OsString::from(default));
    run(
        Command::new(&compiler)
            .current_dir(root())
            .arg(format!("-std={std}"))
            .args(STRICT)
            .args(["-I", "include"])
            .args(extra)
            .arg(source)
            .arg("-L")
            .arg(lib)
            .arg("-lwsa_error")
            .arg(format!("-Wl,-rpath,{}", lib.display()))
            .arg("-o")
            .arg(&program),
        &format!("{} {source}", compiler.to_string_lossy()),
    );
    program
}

#[test]
fn the_c_api_test_passes() {
    let program = compile("CC", "cc", "c11", "tests/c/test_api.c", &[]);
    let output = run(&mut Command::new(&program), "tests/c/test_api.c");
    print!("{}", String::from_utf8_lossy(&output.stdout));
}

#[test]
fn the_cpp_error_category_test_passes() {
    let extra = ["-I", "bindings/cpp/include"];
    let program = compile("CXX", "c++", "c++11", "tests/cpp/test_errc.cpp", &extra);
    let output = run(&mut Command::new(&program), "tests/cpp/test_errc.cpp");
    print!("{}", String::from_utf8_lossy(&output.stdout));
}

#[test]
fn the_c_library_dumps_exactly_the_snapshot() {
    let program = compile("CC", "cc", "c11", "tests/c/catalog_dump.c", &[]);
    let dump = run(&mut Command::new(&program), "tests/c/catalog_dump.c").stdout;
    let mut compare = Command::new("python3")
        .arg(root().join("tests/compare_snapshot.py"))
        .arg("c-cargo-test")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|error| panic!("cannot run python3 tests/compare_snapshot.py: {error}"));
    {
        use std::io::Write;
        let mut stdin = compare.stdin.take().unwrap();
        stdin.write_all(&dump).expect("write the dump");
    }
    let output = compare.wait_with_output().expect("compare_snapshot.py");
    assert!(
        output.status.success(),
        "the C library's catalog differs from docs/catalog.json:\n{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}
