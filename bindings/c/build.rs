//! Gives the shared library a SONAME on ELF platforms.
//!
//! Cargo sets none on a cdylib, so a program linked against `libwsa_error.so`
//! would record the bare file name and could not tell ABI versions apart. The
//! SONAME carries the C ABI version, which changes only if the C ABI ever
//! breaks (it is add-only), not with the crate version.

/// The C ABI version: the number in the SONAME `libwsa_error.so.<N>`.
const C_ABI_VERSION: u32 = 1;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let family = std::env::var("CARGO_CFG_TARGET_FAMILY").unwrap_or_default();
    if family == "unix" && os != "macos" && os != "ios" {
        println!("cargo:rustc-cdylib-link-arg=-Wl,-soname,libwsa_error.so.{C_ABI_VERSION}");
    }
}
