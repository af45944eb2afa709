//! The catalog is complete and well-formed, and the Rust API answers as documented.

use std::collections::HashSet;

use wsa_error::{Category, WsaError, entries};

/// The codes the Windows SDK defines, written out from the ranges it uses
/// (independently of the table).
fn sdk_codes() -> Vec<i32> {
    let mut codes = vec![0, 6, 8, 87, 995, 996, 997];
    codes.extend([10004, 10009, 10013, 10014, 10022, 10024]);
    codes.extend(10035..=10071);
    codes.extend(10091..=10093);
    codes.extend(10101..=10112);
    codes.extend(11001..=11033);
    codes
}

#[test]
fn the_catalog_holds_exactly_the_sdk_codes_in_order() {
    let codes: Vec<i32> = entries().iter().map(|e| e.code()).collect();
    assert_eq!(codes, sdk_codes());
    assert_eq!(entries().len(), 98);
    assert!(WsaError::all().map(WsaError::code).eq(sdk_codes()));
}

#[test]
fn names_are_unique_and_in_sdk_style() {
    let mut seen = HashSet::new();
    for entry in entries() {
        for name in std::iter::once(entry.name()).chain(entry.aliases()) {
            assert!(seen.insert(name), "{name} appears twice");
            assert!(
                name.bytes().all(|b| b.is_ascii_uppercase() || b == b'_'),
                "{name}"
            );
            assert!(name.starts_with("WSA") || name == "NO_ERROR", "{name}");
        }
    }
}

#[test]
fn identifiers_are_unique_snake_case() {
    let mut seen = HashSet::new();
    for entry in entries() {
        let identifier = entry.identifier();
        assert!(seen.insert(identifier), "{identifier} appears twice");
        assert!(
            identifier
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
                && identifier.starts_with(|c: char| c.is_ascii_lowercase()),
            "{identifier}"
        );
    }
    assert_eq!(
        WsaError::WSAECONNRESET.entry().unwrap().identifier(),
        "connection_reset"
    );
    assert_eq!(
        WsaError::WSAHOST_NOT_FOUND.entry().unwrap().identifier(),
        "host_not_found"
    );
}

#[test]
fn messages_share_one_style() {
    for entry in entries() {
        let message = entry.message();
        let first = message.chars().next().expect("non-empty message");
        assert!(
            first.is_ascii_uppercase(),
            "{}: {message:?} starts in upper case",
            entry.name()
        );
        assert!(
            !message.ends_with('.') && !message.ends_with(' '),
            "{}: no trailing period",
            entry.name()
        );
        assert!(
            message.len() <= 60 && message.is_ascii(),
            "{}: one short ASCII line",
            entry.name()
        );
        assert!(!message.contains(['\n', '\t']), "{}", entry.name());
    }
}

#[test]
fn details_are_a_few_real_sentences() {
    let mut seen = HashSet::new();
    for entry in entries() {
        let details = entry.details();
        let sentences = details.matches(". ").count() + 1;
        assert!(
            (2..=6).contains(&sentences),
            "{}: {sentences} sentences",
            entry.name()
        );
        assert!(
            (150..=700).contains(&details.len()),
            "{}: {} bytes",
            entry.name(),
            details.len()
        );
        assert!(
            details.ends_with('.') && details.is_ascii(),
            "{}",
            entry.name()
        );
        assert!(
            !details.contains("  ") && !details.contains('\n'),
            "{}: clean spacing",
            entry.name()
        );
        assert!(
            seen.insert(details),
            "{}: details repeat another entry",
            entry.name()
        );
    }
}

#[test]
fn categories_and_flags_follow_the_documented_rules() {
    for entry in entries() {
        let category = entry.category();
        assert!(Category::ALL.contains(&category));
        assert_eq!(category == Category::Success, entry.code() == 0);
        if category == Category::Qos || category == Category::Compat {
            assert_eq!(
                entry.posix_name().is_some(),
                category == Category::Compat,
                "{}",
                entry.name()
            );
        }
    }
    let transient: Vec<_> = entries()
        .iter()
        .filter(|e| e.is_transient())
        .map(|e| e.name())
        .collect();
    for name in [
        "WSAEWOULDBLOCK",
        "WSATRY_AGAIN",
        "WSAEINPROGRESS",
        "WSAENOBUFS",
        "WSAETIMEDOUT",
    ] {
        assert!(transient.contains(&name), "{name} is transient");
    }
    for name in [
        "WSAECONNREFUSED",
        "WSAEINVAL",
        "WSAHOST_NOT_FOUND",
        "WSANOTINITIALISED",
        "NO_ERROR",
        // Interrupted by a cancel or a close on another thread: repeating
        // the call does not undo either.
        "WSAEINTR",
        // The operation is running; repeating the call starts a second one.
        "WSA_IO_PENDING",
    ] {
        assert!(!transient.contains(&name), "{name} is not transient");
    }
    let names: HashSet<&str> = Category::ALL.iter().map(|c| c.as_str()).collect();
    assert_eq!(names.len(), Category::ALL.len());
}

#[test]
fn the_posix_and_gai_columns_hold_the_expected_symbols() {
    let posix = |code| WsaError::new(code).posix_name();
    assert_eq!(posix(10054), Some("ECONNRESET"));
    assert_eq!(posix(10035), Some("EWOULDBLOCK"));
    assert_eq!(posix(10004), Some("EINTR"));
    assert_eq!(posix(10058), Some("ESHUTDOWN"));
    assert_eq!(posix(995), Some("ECANCELED"));
    assert_eq!(posix(11001), None);
    assert_eq!(posix(0), None);
    let gai = |code| WsaError::new(code).gai_name();
    let expected = [
        (11001, "EAI_NONAME"),
        (11002, "EAI_AGAIN"),
        (11003, "EAI_FAIL"),
        (10047, "EAI_FAMILY"),
        (10109, "EAI_SERVICE"),
        (10044, "EAI_SOCKTYPE"),
        (8, "EAI_MEMORY"),
        (10022, "EAI_BADFLAGS"),
        (11032, "EAI_NOSECURENAME"),
        (11033, "EAI_IPSECPOLICY"),
    ];
    for (code, name) in expected {
        assert_eq!(gai(code), Some(name));
    }
    assert_eq!(
        entries().iter().filter(|e| e.gai_name().is_some()).count(),
        expected.len()
    );
    for entry in entries() {
        if let Some(name) = entry.posix_name() {
            assert!(
                name.starts_with('E') && name.bytes().all(|b| b.is_ascii_uppercase()),
                "{name}"
            );
        }
    }
}

#[test]
fn names_round_trip_in_any_case() {
    for entry in entries() {
        let error = entry.error();
        assert_eq!(WsaError::from_name(entry.name()), Some(error));
        assert_eq!(
            WsaError::from_name(&entry.name().to_ascii_lowercase()),
            Some(error)
        );
        assert_eq!(WsaError::parse(entry.name()), Some(error));
        assert_eq!(error.name(), Some(entry.name()));
        for alias in entry.aliases() {
            assert_eq!(WsaError::from_name(alias), Some(error));
        }
        assert_eq!(entry.name().parse::<WsaError>(), Ok(error));
    }
    assert_eq!(
        WsaError::from_name("WSANO_ADDRESS"),
        Some(WsaError::WSANO_DATA)
    );
    assert_eq!(
        WsaError::from_name("wsa_qos_eunknownpsobj"),
        Some(WsaError::new(11024))
    );
    assert_eq!(
        WsaError::WSA_QOS_EUNKNOWNPSOBJ,
        WsaError::WSA_QOS_EUNKOWNPSOBJ
    );
    assert_eq!(WsaError::new(11024).name(), Some("WSA_QOS_EUNKOWNPSOBJ"));
}

#[test]
fn posix_names_resolve_to_the_10000_range() {
    assert_eq!(WsaError::from_name("EINVAL"), Some(WsaError::WSAEINVAL));
    assert_eq!(WsaError::from_name("EBADF"), Some(WsaError::WSAEBADF));
    // ECANCELED is aborted I/O; the name-service cancellations 10103 and
    // 10111 have no POSIX equivalent.
    assert_eq!(
        WsaError::from_name("ECANCELED"),
        Some(WsaError::WSA_OPERATION_ABORTED)
    );
    assert_eq!(WsaError::WSAECANCELLED.posix_name(), None);
    assert_eq!(WsaError::WSA_E_CANCELLED.posix_name(), None);
    assert_eq!(
        WsaError::from_name("einprogress"),
        Some(WsaError::WSAEINPROGRESS)
    );
    assert_eq!(
        WsaError::from_name("ENOMEM"),
        Some(WsaError::WSA_NOT_ENOUGH_MEMORY)
    );
    assert_eq!(
        WsaError::from_name("EAGAIN"),
        Some(WsaError::WSAEWOULDBLOCK)
    );
    assert_eq!(
        WsaError::from_name("ENOTSUP"),
        Some(WsaError::WSAEOPNOTSUPP)
    );
    for entry in entries() {
        if let Some(posix) = entry.posix_name() {
            let resolved = WsaError::from_name(posix).unwrap();
            assert_eq!(resolved.posix_name(), Some(posix));
            assert!(resolved.code() >= 10000 || entry.code() < 10000);
        }
    }
    let names: Vec<_> = wsa_error::names().collect();
    assert!(names.contains(&("ECONNRESET", WsaError::WSAECONNRESET)));
    assert_eq!(names.iter().filter(|(n, _)| *n == "EINVAL").count(), 1);
}

#[test]
fn unknown_names_and_codes_get_none() {
    for name in [
        "",
        "WSAECONNRESETT",
        "WSACONNRESET",
        "E",
        "ECONNRESET ",
        "WSAECONNRESET\0",
        "é",
        "EPERM",
        "WSABASEERR",
        &"X".repeat(10_000),
    ] {
        assert_eq!(WsaError::from_name(name), None, "{name:?}");
    }
    for code in [
        i32::MIN,
        -1,
        1,
        5,
        7,
        86,
        994,
        998,
        9999,
        10000,
        10010,
        10072,
        10090,
        10100,
        10113,
        11000,
        11034,
        i32::MAX,
    ] {
        let error = WsaError::new(code);
        assert!(!error.is_known());
        assert_eq!(
            (
                error.name(),
                error.message(),
                error.details(),
                error.category()
            ),
            (None, None, None, None)
        );
        assert_eq!(
            (error.posix_name(), error.gai_name(), error.errno()),
            (None, None, None)
        );
        assert!(!error.is_transient());
        assert_eq!(
            error.to_string(),
            format!("Unknown Windows Sockets error {code}")
        );
    }
}

#[test]
fn exactly_the_catalog_codes_are_known_around_both_ranges() {
    // Every code from well below 0 to well past 11033, and the extremes: an
    // off-by-one at the edge of either lookup window would answer for a
    // neighbour (11064 or 1000 for code 0, 9999 for 10000, ...).
    let known: HashSet<i32> = sdk_codes().into_iter().collect();
    let sweep = (-70_000..=70_000).chain([i32::MIN, i32::MIN + 1, i32::MAX - 1, i32::MAX]);
    for code in sweep {
        let entry = WsaError::new(code).entry();
        assert_eq!(entry.is_some(), known.contains(&code), "{code}");
        if let Some(entry) = entry {
            assert_eq!(entry.code(), code);
        }
    }
}

#[test]
fn display_and_debug() {
    assert_eq!(
        WsaError::WSAECONNRESET.to_string(),
        "WSAECONNRESET (10054): Connection reset by peer"
    );
    assert_eq!(WsaError::NO_ERROR.to_string(), "NO_ERROR (0): Success");
    assert_eq!(
        WsaError::new(i32::MIN).to_string(),
        "Unknown Windows Sockets error -2147483648"
    );
    assert_eq!(
        format!("{:?}", WsaError::WSAETIMEDOUT),
        "WsaError(10060 WSAETIMEDOUT)"
    );
    assert_eq!(format!("{:?}", WsaError::new(7)), "WsaError(7)");
    // An entry's Debug shows its facts, aliases as a list.
    assert_eq!(
        format!("{:?}", WsaError::WSANO_DATA.entry().unwrap()),
        "Entry { code: 11004, name: \"WSANO_DATA\", identifier: \"no_data\", \
         aliases: [\"WSANO_ADDRESS\"], message: \"Valid name, no data record of requested type\", \
         posix: None, gai: None, category: Resolver, transient: false, .. }"
    );
    assert_eq!(
        format!("{:?}", WsaError::WSAEAFNOSUPPORT.entry().unwrap()),
        "Entry { code: 10047, name: \"WSAEAFNOSUPPORT\", identifier: \"address_family_not_supported\", \
         aliases: [], message: \"Address family not supported by protocol family\", \
         posix: Some(\"EAFNOSUPPORT\"), gai: Some(\"EAI_FAMILY\"), category: Unsupported, transient: false, .. }"
    );
    for entry in entries() {
        assert_eq!(
            entry.error().to_string(),
            format!("{} ({}): {}", entry.name(), entry.code(), entry.message())
        );
    }
}

#[test]
fn parse_accepts_every_documented_form() {
    let reset = Some(WsaError::WSAECONNRESET);
    for text in [
        "10054",
        "0x2746",
        "0X2746",
        "0x80072746",
        "0x80072746",
        "-2147014842",
        "  10054\n",
        "\tWSAECONNRESET ",
        "wsaeconnreset",
        "ECONNRESET",
        "+10054",
        "0x00002746",
    ] {
        assert_eq!(WsaError::parse(text), reset, "{text:?}");
    }
    assert_eq!(WsaError::parse("0"), Some(WsaError::NO_ERROR));
    assert_eq!(WsaError::parse("0x0"), Some(WsaError::NO_ERROR));
    for text in [
        "",
        " ",
        "12345",
        "-10054",
        "0x",
        "0x8007271A",
        "0x80070005",
        "0x8007274G",
        "10054x",
        "1e4",
        "0x1_0000_2746",
        "99999999999999999999",
        "- 10054",
        "10 054",
        "0x-2746",
        "--10054",
    ] {
        assert_eq!(WsaError::parse(text), None, "{text:?}");
        assert!(text.parse::<WsaError>().is_err(), "{text:?}");
    }
    assert_eq!(
        WsaError::parse(&format!("{}10054", " ".repeat(300))),
        None,
        "over-long input is rejected"
    );
    assert_eq!(
        "nope".parse::<WsaError>().unwrap_err().to_string(),
        "not a known Windows Sockets error name, code or HRESULT"
    );
}

#[test]
fn hresults_map_back_to_codes() {
    for entry in entries().iter().filter(|e| e.code() > 0) {
        let hresult = (0x8007_0000u32 | entry.code() as u32) as i32;
        assert_eq!(WsaError::from_hresult(hresult), Some(entry.error()));
    }
    assert_eq!(WsaError::from_hresult(0), Some(WsaError::NO_ERROR));
    assert_eq!(WsaError::WSAECONNRESET.hresult(), 0x8007_2746);
    assert_eq!(WsaError::NO_ERROR.hresult(), 0);
    assert_eq!(WsaError::new(-5).hresult(), (-5i32) as u32);
    for entry in entries() {
        assert_eq!(
            WsaError::from_hresult(entry.error().hresult() as i32),
            Some(entry.error())
        );
    }
    for hresult in [
        1,
        -1,
        i32::MIN,
        i32::MAX,
        0x8007_0005u32 as i32,
        0x8007_0000u32 as i32,
        0x8004_2746u32 as i32,
        0x0007_2746,
    ] {
        assert_eq!(WsaError::from_hresult(hresult), None, "{hresult:#x}");
    }
}

#[test]
fn errno_mapping_uses_this_platforms_values() {
    assert_eq!(WsaError::WSAECONNRESET.errno(), Some(libc::ECONNRESET));
    assert_eq!(WsaError::WSAEWOULDBLOCK.errno(), Some(libc::EWOULDBLOCK));
    assert_eq!(WsaError::NO_ERROR.errno(), Some(0));
    assert_eq!(WsaError::WSAHOST_NOT_FOUND.errno(), None);
    assert_eq!(
        WsaError::from_errno(libc::ECONNREFUSED),
        Some(WsaError::WSAECONNREFUSED)
    );
    assert_eq!(
        WsaError::from_errno(libc::EAGAIN),
        Some(WsaError::WSAEWOULDBLOCK)
    );
    assert_eq!(
        WsaError::from_errno(libc::EINVAL),
        Some(WsaError::WSAEINVAL)
    );
    assert_eq!(
        WsaError::from_errno(libc::ECANCELED),
        Some(WsaError::WSA_OPERATION_ABORTED)
    );
    assert_eq!(WsaError::from_errno(0), Some(WsaError::NO_ERROR));
    assert_eq!(WsaError::from_errno(libc::EPERM), None);
    assert_eq!(WsaError::from_errno(-1), None);
    for entry in entries() {
        if let Some(errnum) = entry.errno() {
            let back = WsaError::from_errno(errnum).unwrap();
            assert_eq!(back.posix_name(), entry.posix_name(), "{}", entry.name());
        }
    }
    #[cfg(target_os = "linux")]
    {
        assert_eq!(WsaError::WSAECONNRESET.errno(), Some(104));
        assert_eq!(WsaError::WSAEPROCLIM.errno(), None, "Linux has no EPROCLIM");
        assert_eq!(WsaError::WSAESHUTDOWN.errno(), Some(108));
    }
}

#[test]
fn io_errors_convert_both_ways() {
    let refused = std::io::Error::from(WsaError::WSAECONNREFUSED);
    assert_eq!(refused.kind(), std::io::ErrorKind::ConnectionRefused);
    assert_eq!(
        WsaError::from_io_error(&refused),
        Some(WsaError::WSAECONNREFUSED)
    );
    let without_os_code = std::io::Error::other("no code");
    assert_eq!(WsaError::from_io_error(&without_os_code), None);
    // NO_ERROR has no POSIX equivalent: an error of kind Other carrying the
    // code, never the OS error 0.
    let success = std::io::Error::from(WsaError::NO_ERROR);
    assert_eq!(success.raw_os_error(), None);
    assert_eq!(success.kind(), std::io::ErrorKind::Other);
    assert_eq!(success.to_string(), "NO_ERROR (0): Success");
    let qos = std::io::Error::from(WsaError::WSA_QOS_EFLOWSPEC);
    assert_eq!(qos.kind(), std::io::ErrorKind::Other);
    assert!(qos.to_string().contains("WSA_QOS_EFLOWSPEC (11017)"));
}

#[test]
fn a_real_refused_connection_maps_to_wsaeconnrefused() {
    // Bind an ephemeral loopback port, then close it so nothing listens there.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let error = std::net::TcpStream::connect(("127.0.0.1", port)).expect_err("nothing listens");
    assert_eq!(
        WsaError::from_io_error(&error),
        Some(WsaError::WSAECONNREFUSED)
    );
}
