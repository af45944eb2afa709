//! Every name and value in the catalog matches the Windows SDK headers as
//! mingw-w64 ships them (Debian package `mingw-w64-common`), and every
//! Winsock error the headers define is in the catalog.
//!
//! The headers are read from `/usr/share/mingw-w64/include`, or from the
//! directory in `WSA_ERROR_MINGW_INCLUDE`. `make test` installs them when
//! missing; without them this test fails rather than skip.

use std::collections::BTreeMap;
mod sdk;

use sdk::include_dir;

use wsa_error::{WsaError, entries};

/// Codes the current Windows SDK defines in winerror.h but mingw-w64 10's
/// copy does not yet have.
const NEWER_THAN_MINGW: [&str; 2] = ["WSA_SECURE_HOST_NOT_FOUND", "WSA_IPSEC_NAME_POLICY_ERROR"];
/// `EAI_*` names that the Windows SDK defines but mingw-w64 lacks.
const GAI_NEWER_THAN_MINGW: [&str; 2] = ["EAI_NOSECURENAME", "EAI_IPSECPOLICY"];

/// `#define NAME EXPR` lines of the headers that define Winsock errors, as
/// name -> expression text.
fn defines() -> BTreeMap<String, String> {
    let dir = include_dir();
    let mut found = BTreeMap::new();
    for file in [
        "winerror.h",
        "psdk_inc/_wsa_errnos.h",
        "winsock2.h",
        "ws2tcpip.h",
    ] {
        let text =
            std::fs::read_to_string(dir.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
        for (name, expr) in object_like_defines(&text) {
            // The first definition wins, as the preprocessor's #ifndef guards make it.
            found.entry(name.to_owned()).or_insert(expr);
        }
    }
    found
}

/// Evaluates the few expression shapes these headers use.
fn evaluate(defines: &BTreeMap<String, String>, expr: &str, depth: u32) -> Option<i64> {
    if depth > 16 {
        return None; // a self-referential macro, not a number
    }
    let expr = expr.trim();
    if let Some(inner) = expr.strip_prefix('(').and_then(|e| e.strip_suffix(')')) {
        return evaluate(defines, inner, depth + 1);
    }
    if let Some(inner) = expr
        .strip_prefix("__MSABI_LONG(")
        .and_then(|e| e.strip_suffix(')'))
    {
        return evaluate(defines, inner, depth + 1);
    }
    if let Some((left, right)) = expr.split_once('+') {
        return Some(evaluate(defines, left, depth + 1)? + evaluate(defines, right, depth + 1)?);
    }
    if let Ok(value) = expr.trim_end_matches(['L', 'l']).parse::<i64>() {
        return Some(value);
    }
    defines
        .get(expr)
        .and_then(|next| evaluate(defines, next, depth + 1))
}

fn value_of(defines: &BTreeMap<String, String>, name: &str) -> Option<i64> {
    evaluate(defines, defines.get(name)?, 0)
}

#[test]
fn every_catalog_name_has_the_sdk_value() {
    let defines = defines();
    let mut checked = 0;
    for entry in entries() {
        for name in std::iter::once(entry.name()).chain(entry.aliases()) {
            if NEWER_THAN_MINGW.contains(&name) {
                assert_eq!(
                    value_of(&defines, name),
                    None,
                    "{name} reached mingw-w64: drop it from NEWER_THAN_MINGW"
                );
                continue;
            }
            assert_eq!(
                value_of(&defines, name),
                Some(i64::from(entry.code())),
                "{name} in the SDK headers"
            );
            checked += 1;
        }
    }
    assert_eq!(
        checked,
        entries().len() - NEWER_THAN_MINGW.len() + 2,
        "both aliases were checked"
    );
}

#[test]
fn every_winsock_error_in_the_sdk_headers_is_in_the_catalog() {
    let defines = defines();
    let mut seen = 0;
    for name in defines.keys() {
        let is_winsock_name = name.starts_with("WSA") && name != "WSABASEERR";
        let Some(value) = value_of(&defines, name) else {
            continue;
        };
        if !is_winsock_name || !(10000..12000).contains(&value) {
            continue;
        }
        let code = i32::try_from(value).unwrap();
        assert_eq!(
            WsaError::from_name(name),
            Some(WsaError::new(code)),
            "{name} = {value} is missing"
        );
        seen += 1;
    }
    // The 10000-range and 11000-range codes of mingw-w64 10 plus the two aliases.
    assert_eq!(
        seen,
        entries().iter().filter(|e| e.code() >= 10000).count() - NEWER_THAN_MINGW.len() + 2
    );
    // The Win32 codes the Winsock headers rename.
    for name in [
        "WSA_IO_PENDING",
        "WSA_IO_INCOMPLETE",
        "WSA_INVALID_HANDLE",
        "WSA_INVALID_PARAMETER",
        "WSA_NOT_ENOUGH_MEMORY",
        "WSA_OPERATION_ABORTED",
        "NO_ERROR",
    ] {
        let value = value_of(&defines, name).unwrap_or_else(|| panic!("{name} not in the headers"));
        assert_eq!(
            WsaError::from_name(name).map(WsaError::code),
            Some(value as i32),
            "{name}"
        );
    }
}

#[test]
fn every_gai_name_matches_ws2tcpip() {
    let defines = defines();
    for entry in entries() {
        let Some(gai) = entry.gai_name() else {
            continue;
        };
        if GAI_NEWER_THAN_MINGW.contains(&gai) {
            continue;
        }
        assert_eq!(
            value_of(&defines, gai),
            Some(i64::from(entry.code())),
            "{gai} for {}",
            entry.name()
        );
    }
    // Every EAI_ name Windows defines as a Winsock code is claimed by its entry, except
    // EAI_NODATA, which the SDK defines as EAI_NONAME and mingw-w64 as 11004.
    for (name, _) in defines
        .iter()
        .filter(|(name, _)| name.starts_with("EAI_") && *name != "EAI_NODATA")
    {
        let value = value_of(&defines, name).unwrap_or_else(|| panic!("{name} has no value"));
        let entry = WsaError::new(value as i32)
            .entry()
            .unwrap_or_else(|| panic!("{name} = {value}"));
        assert_eq!(entry.gai_name(), Some(name.as_str()), "{name} = {value}");
    }
}

/// Every `#define NAME EXPR` of a header text that is not function-like, as
/// (name, expression without a trailing comment).
fn object_like_defines(text: &str) -> impl Iterator<Item = (&str, String)> {
    text.lines().filter_map(|line| {
        let rest = line.trim_start().strip_prefix("#define")?;
        let mut words = rest.split_whitespace();
        let (name, first) = (words.next()?, words.next()?);
        if name.contains('(') {
            return None; // a function-like macro
        }
        let expr = std::iter::once(first)
            .chain(words)
            .collect::<Vec<_>>()
            .join(" ");
        let expr = expr
            .split("/*")
            .next()
            .unwrap_or_default()
            .trim()
            .to_owned();
        Some((name, expr))
    })
}

/// `NAME -> value` for every `#define NAME <number>` of a header, reading
/// decimal or hex numbers through casts and `L` suffixes
/// (`((NTSTATUS)0xC000020DL)`, `64L`).
fn numeric_defines(file: &str) -> BTreeMap<String, u32> {
    let path = include_dir().join(file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut found = BTreeMap::new();
    for (name, expr) in object_like_defines(&text) {
        let number = expr
            .rsplit(['(', ')'])
            .map(str::trim)
            .find(|part| part.starts_with(|c: char| c.is_ascii_digit()))
            .map(|part| part.trim_end_matches(['L', 'l', 'U', 'u']));
        let value =
            number.and_then(
                |n| match n.strip_prefix("0x").or_else(|| n.strip_prefix("0X")) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok(),
                    None => n.parse::<u32>().ok(),
                },
            );
        if let Some(value) = value {
            found.entry(name.to_owned()).or_insert(value);
        }
    }
    found
}

#[test]
fn every_win32_and_ntstatus_row_matches_the_sdk_both_ways() {
    use wsa_error::{NtStatus, Win32Error};
    let win32 = numeric_defines("winerror.h");
    let ntstatus = numeric_defines("ntstatus.h");
    let names_of = |table: &BTreeMap<String, u32>, value: u32| -> Vec<String> {
        table
            .iter()
            .filter(|(_, v)| **v == value)
            .map(|(name, _)| name.clone())
            .collect()
    };
    assert!(Win32Error::all().len() > 0 && NtStatus::all().len() > 0);
    for error in Win32Error::all() {
        let name = error.name().unwrap();
        assert_eq!(win32.get(name), Some(&error.code()), "{name} in winerror.h");
        assert!(
            names_of(&win32, error.code()).iter().any(|n| n == name),
            "winerror.h names {} as {name}",
            error.code()
        );
    }
    for status in NtStatus::all() {
        let name = status.name().unwrap();
        assert_eq!(
            ntstatus.get(name),
            Some(&status.code()),
            "{name} in ntstatus.h"
        );
        assert!(
            names_of(&ntstatus, status.code()).iter().any(|n| n == name),
            "ntstatus.h names 0x{:08X} as {name}",
            status.code()
        );
    }
}
