//! Every SDK symbol the catalog's prose mentions exists.
//!
//! The `details` text names constants (`SIO_UDP_CONNRESET`, `SO_ERROR`,
//! `FD_CONNECT`), codes (`WSAETIMEDOUT`) and functions (`WSAIoctl`,
//! `GetQueuedCompletionStatus`, `closesocket`). A name that the Windows SDK
//! does not declare is an invented fact, so each one must appear in the
//! mingw-w64 copy of the SDK headers, or be on the commented allow-list below
//! (newer than mingw, or a word that only looks like a symbol).
//!
//! The headers are read from `/usr/share/mingw-w64/include`, or from the
//! directory in `WSA_ERROR_MINGW_INCLUDE`; without them this test fails.

use std::collections::BTreeSet;
mod sdk;

use sdk::include_dir;

/// Names that look like SDK symbols but that mingw-w64's headers lack, each
/// with the reason it is still right.
#[rustfmt::skip]
const ALLOWED: &[(&str, &str)] = &[
    // Newer than mingw-w64's headers.
    ("TCP_FAIL_CONNECT_ON_ICMP_ERROR", "mstcpip.h of the Windows 10 version 2004 SDK"),
    ("TCP_ICMP_ERROR_INFO", "mstcpip.h of the Windows 10 version 2004 SDK"),
    ("EAI_NOSECURENAME", "ws2tcpip.h of the Windows 10 SDK"),
    ("EAI_IPSECPOLICY", "ws2tcpip.h of the Windows 10 SDK"),
    ("GetAddrInfoExCancel", "ws2tcpip.h of the Windows 8 SDK"),
    ("SIO_UDP_NETRESET", "mstcpip.h; Microsoft's Winsock IOCTLs page documents it"),
    ("GetAddrInfoExOverlappedResult", "ws2tcpip.h of the Windows 8 SDK"),
    ("WSADeleteSocketPeerTargetName", "ws2tcpip.h of the Windows 7 SDK"),
    // Registered I/O (Windows 8 SDK, mswsock.h): mingw-w64 has none of it.
    ("RIOCreateCompletionQueue", "Registered I/O, mswsock.h of the Windows 8 SDK"),
    ("RIOCreateRequestQueue", "Registered I/O, mswsock.h of the Windows 8 SDK"),
    ("RIONotify", "Registered I/O, mswsock.h of the Windows 8 SDK"),
    ("RIOReceive", "Registered I/O, mswsock.h of the Windows 8 SDK"),
    ("RIOReceiveEx", "Registered I/O, mswsock.h of the Windows 8 SDK"),
    ("RIORegisterBuffer", "Registered I/O, mswsock.h of the Windows 8 SDK"),
    ("RIOResizeCompletionQueue", "Registered I/O, mswsock.h of the Windows 8 SDK"),
    ("RIOResizeRequestQueue", "Registered I/O, mswsock.h of the Windows 8 SDK"),
    ("RIOSend", "Registered I/O, mswsock.h of the Windows 8 SDK"),
    ("RIOSendEx", "Registered I/O, mswsock.h of the Windows 8 SDK"),
    // Names from peer libraries the Win32 and NTSTATUS rows cite, not SDK symbols.
    ("CPython", "the Python implementation"),
    ("OSError", "a Python exception"),
    ("ConnectionResetError", "a Python exception"),
    ("ConnectionRefusedError", "a Python exception"),
    ("ConnectionAbortedError", "a Python exception"),
    ("BrokenPipeError", "a Python exception"),
    ("TimeoutError", "a Python exception"),
    ("WinError", "Python's [WinError N] prefix"),
    ("UV_UNKNOWN", "a libuv error code"),
    ("SocketError", ".NET's System.Net.Sockets.SocketError"),
    ("OperationAborted", ".NET's SocketError.OperationAborted"),
    // Words, not symbols.
    ("IPv4", "the protocol's name"),
    ("IPv6", "the protocol's name"),
    ("IPsec", "the protocol's name"),
    ("NetBIOS", "the protocol's name"),
    ("QoS", "quality of service"),
    ("GQoS", "generic quality of service, the retired RSVP-based API"),
    ("PowerShell", "a product name"),
    ("DirectAccess", "a product name"),
    ("DLLs", "plural of DLL"),
    ("APIs", "plural of API"),
    ("DnsClientNrptPolicy", "part of the PowerShell cmdlet Get-DnsClientNrptPolicy"),
    ("SystemRoot", "the environment variable %SystemRoot%"),
];

/// The headers whose identifiers count as declared: Winsock, its helpers,
/// the Win32 I/O and error headers, QoS and DNS.
const HEADERS: &[&str] = &[
    "winsock2.h",
    "winsock.h",
    "ws2tcpip.h",
    "ws2def.h",
    "ws2ipdef.h",
    "ws2spi.h",
    "mswsock.h",
    "mstcpip.h",
    "nspapi.h",
    "winerror.h",
    "ntstatus.h",
    "qos.h",
    "qos2.h",
    "qossp.h",
    "traffic.h",
    "windns.h",
    "iphlpapi.h",
    "netioapi.h",
    "ioapiset.h",
    "minwinbase.h",
    "winbase.h",
    "fileapi.h",
    "handleapi.h",
    "synchapi.h",
    "processthreadsapi.h",
    "errhandlingapi.h",
    "winternl.h",
    "psdk_inc/_wsa_errnos.h",
    "psdk_inc/_socket_types.h",
    "psdk_inc/_fd_types.h",
    "psdk_inc/_ip_types.h",
    "psdk_inc/_wsadata.h",
    "psdk_inc/_ws1_undef.h",
];

/// The identifiers (C tokens) of `text`.
fn identifiers(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .filter(|word| word.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_'))
}

/// Every identifier the headers contain, plus the catalog's own names (some
/// are newer than mingw-w64, which `tests/sdk_headers.rs` accounts for).
fn declared() -> BTreeSet<String> {
    let dir = include_dir();
    let mut names = BTreeSet::new();
    for header in HEADERS {
        let text = std::fs::read_to_string(dir.join(header))
            .unwrap_or_else(|e| panic!("{}: {e}", dir.join(header).display()));
        names.extend(identifiers(&text).map(str::to_owned));
    }
    for entry in wsa_error::entries() {
        names.insert(entry.name().to_owned());
        names.extend(entry.aliases().map(str::to_owned));
    }
    names.extend(
        wsa_error::Win32Error::all()
            .filter_map(|e| e.name())
            .map(str::to_owned),
    );
    names.extend(
        wsa_error::NtStatus::all()
            .filter_map(|s| s.name())
            .map(str::to_owned),
    );
    names.extend(ALLOWED.iter().map(|(name, _)| (*name).to_owned()));
    names
}

/// Whether a word of prose is written like an SDK symbol: a constant
/// (upper case with an underscore, or a known prefix), a CamelCase function
/// (`AcceptEx`, `GetQueuedCompletionStatus`), or a lower-case Winsock-style
/// function (`closesocket`, `getsockopt`, `recvfrom`, `inet_pton`).
fn looks_like_a_symbol(word: &str) -> bool {
    let upper = word.chars().filter(char::is_ascii_uppercase).count();
    let lower = word.chars().filter(char::is_ascii_lowercase).count();
    let constant = lower == 0
        && (word.contains('_')
            || (word.starts_with("WSA") && word.len() > 3)
            || word.starts_with("POLL"));
    let camel = word.starts_with(|c: char| c.is_ascii_uppercase())
        && upper >= 2
        && lower > 0
        && !word.contains('_');
    let lower_function = lower > 0
        && upper == 0
        && [
            "getsock", "setsock", "getpeer", "gethost", "getaddr", "getname", "getproto",
            "getserv", "freeaddr", "inet_", "ioctl", "gai_",
        ]
        .iter()
        .any(|prefix| word.starts_with(prefix) && word.len() > prefix.len())
        || (upper == 0 && word.ends_with("socket") && word.len() > "socket".len())
        || ["recv", "send"].iter().any(|verb| {
            word.strip_prefix(verb)
                .is_some_and(|rest| ["to", "from", "msg", "mmsg", "file"].contains(&rest))
        });
    constant || camel || lower_function
}

/// Whether the SDK declares `name`: as itself; as the A and W pair a name
/// without the suffix stands for (`WSASocket`); or, for an extension
/// function reached through WSAIoctl (`ConnectEx`, `AcceptEx`), as the
/// pointer type `LPFN_CONNECTEX` that mswsock.h declares instead.
fn is_declared(name: &str, declared: &BTreeSet<String>) -> bool {
    [
        name.to_owned(),
        format!("{name}A"),
        format!("{name}W"),
        format!("LPFN_{}", name.to_ascii_uppercase()),
    ]
    .iter()
    .any(|form| declared.contains(form))
}

/// The symbol-like words of `text` that are not declared.
fn undeclared<'a>(text: &'a str, declared: &BTreeSet<String>) -> Vec<&'a str> {
    identifiers(text)
        .filter(|word| looks_like_a_symbol(word) && !is_declared(word, declared))
        .collect()
}

#[test]
fn every_symbol_the_details_name_is_declared_by_the_sdk() {
    let declared = declared();
    let mut problems = Vec::new();
    let mut checked = 0;
    let texts = wsa_error::entries()
        .iter()
        .map(|entry| (entry.name(), entry.details()))
        .chain(wsa_error::Win32Error::all().map(|e| (e.name().unwrap(), e.details().unwrap())))
        .chain(wsa_error::NtStatus::all().map(|s| (s.name().unwrap(), s.details().unwrap())));
    for (name, text) in texts {
        checked += identifiers(text)
            .filter(|word| looks_like_a_symbol(word))
            .count();
        for word in undeclared(text, &declared) {
            problems.push(format!("{name}: {word}"));
        }
    }
    assert!(
        problems.is_empty(),
        "names in the details that no SDK header declares (fix the text, or add the name to \
         ALLOWED with the reason):\n{}",
        problems.join("\n")
    );
    assert!(
        checked > 300,
        "only {checked} symbol-like words were checked"
    );
}

#[test]
fn every_function_in_the_references_is_declared_by_the_sdk() {
    let declared = declared();
    for entry in wsa_error::entries() {
        let references: Vec<&str> = entry.references().collect();
        let mut sorted = references.clone();
        sorted.sort_by_key(|name| name.to_ascii_lowercase());
        sorted.dedup();
        assert_eq!(
            references,
            sorted,
            "{}: sorted ignoring case, each once",
            entry.name()
        );
        for function in references {
            assert!(
                is_declared(function, &declared),
                "{}: {function} is declared by no SDK header",
                entry.name()
            );
        }
    }
}

#[test]
fn an_invented_symbol_is_caught() {
    // A deliberately wrong sentence: none of the three names exists in the SDK.
    let fixture = "Call WSAIoctl with SIO_RESET_PEER_NOW, then read the outcome with recvmsg or \
                   GetSocketErrorEx; closesocket and SO_ERROR are real, as is WSAECONNRESET.";
    assert_eq!(
        undeclared(fixture, &declared()),
        ["SIO_RESET_PEER_NOW", "recvmsg", "GetSocketErrorEx"]
    );
}

#[test]
fn the_allow_list_holds_only_what_the_headers_lack() {
    let dir = include_dir();
    let mut everything = BTreeSet::new();
    for header in HEADERS {
        let text = std::fs::read_to_string(dir.join(header)).unwrap();
        everything.extend(identifiers(&text).map(str::to_owned));
    }
    for (name, why) in ALLOWED {
        assert!(
            !everything.contains(*name),
            "{name} is declared now ({why}): remove it from ALLOWED"
        );
    }
}
