//! The `wsa-error` command, run as a user runs it: the built binary.

use std::process::{Command, Output};

use serde_json::Value;
use wsa_error::{NtStatus, Win32Error, WsaError, entries};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_wsa-error"))
        .args(args)
        .output()
        .expect("the binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8 output")
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("UTF-8 output")
}

#[test]
fn every_input_form_finds_the_same_entry() {
    let expected = stdout(&run(&["10054"]));
    assert!(
        expected.starts_with("WSAECONNRESET (10054, 0x2746)\n"),
        "{expected}"
    );
    for line in [
        "  message:    Connection reset by peer",
        "  posix:      ECONNRESET",
        "  eai:        none",
        "  category:   connection",
        "  transient:  no",
        "  hresult:    0x80072746",
    ] {
        assert!(
            expected.lines().any(|l| l == line),
            "missing {line:?} in\n{expected}"
        );
    }
    let opening: Vec<&str> = WsaError::WSAECONNRESET
        .details()
        .unwrap()
        .split_whitespace()
        .take(5)
        .collect();
    assert!(
        expected.contains(&opening.join(" ")),
        "details are shown by default"
    );
    assert!(
        expected.contains("  references: ") && expected.contains(" WSARecv "),
        "the functions whose pages list the code are shown"
    );
    for form in [
        "WSAECONNRESET",
        "wsaeconnreset",
        "ECONNRESET",
        "0x2746",
        "0X2746",
        "0x80072746",
        "-2147014842",
    ] {
        let output = run(&[form]);
        assert_eq!(output.status.code(), Some(0), "{form}");
        assert_eq!(stdout(&output), expected, "{form}");
    }
}

#[test]
fn several_arguments_give_several_blocks_and_brief_drops_details() {
    let output = run(&["--brief", "10061", "WSAHOST_NOT_FOUND", "wsano_address"]);
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    let blocks: Vec<&str> = text.split("\n\n").collect();
    assert_eq!(blocks.len(), 3, "{text}");
    assert!(blocks[0].starts_with("WSAECONNREFUSED (10061, 0x274D)"));
    assert!(blocks[1].contains("eai:        EAI_NONAME"));
    assert!(
        blocks[2].starts_with("WSANO_DATA (11004, 0x2AFC)")
            && blocks[2].contains("aliases:    WSANO_ADDRESS")
    );
    assert!(!text.contains("nslookup"), "--brief leaves the details out");
}

/// Checks `lines` as a greedy wrap of `text` at `width` columns: the same
/// words, no line longer than `width` (unless one word is), and no line that
/// had room for the next line's first word.
fn assert_wrapped(lines: &[&str], text: &str, width: usize) {
    let words: Vec<&str> = lines.iter().flat_map(|l| l.split(' ')).collect();
    assert_eq!(words, text.split_whitespace().collect::<Vec<_>>());
    for (i, line) in lines.iter().enumerate() {
        assert!(
            line.len() <= width || !line.contains(' '),
            "too long: {line}"
        );
        if let Some(next) = lines.get(i + 1) {
            let first = next.split(' ').next().unwrap();
            assert!(
                line.len() + 1 + first.len() > width,
                "{first:?} fits on: {line}"
            );
        }
    }
}

#[test]
fn every_block_wraps_its_references_and_details() {
    // All entries in one run: each block is the fields, a blank line and the
    // details; references wrap at 62 columns under their label, details at 76.
    let codes: Vec<String> = entries().iter().map(|e| e.code().to_string()).collect();
    let codes: Vec<&str> = codes.iter().map(String::as_str).collect();
    let text = stdout(&run(&codes));
    let parts: Vec<&str> = text.split("\n\n").collect();
    assert_eq!(parts.len(), 2 * entries().len());
    for (entry, pair) in entries().iter().zip(parts.chunks(2)) {
        let (fields, details) = (pair[0], pair[1]);
        let details: Vec<&str> = details
            .lines()
            .map(|l| l.strip_prefix("  ").unwrap())
            .collect();
        assert_wrapped(&details, entry.details(), 76);
        let references: Vec<&str> = fields
            .lines()
            .skip_while(|l| !l.starts_with("  references: "))
            .collect();
        let names: Vec<&str> = entry.references().collect();
        if names.is_empty() {
            assert!(references.is_empty(), "{}", entry.name());
            continue;
        }
        let mut wrapped = Vec::new();
        for (i, line) in references.iter().enumerate() {
            let label = if i == 0 {
                "  references: "
            } else {
                "              "
            };
            wrapped.push(
                line.strip_prefix(label)
                    .unwrap_or_else(|| panic!("{line:?}")),
            );
        }
        assert_wrapped(&wrapped, &names.join(" "), 62);
    }
}

#[test]
fn not_found_sets_exit_1_and_suggests() {
    let output = run(&["10054", "WSAECONNRESETT"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stdout(&output).starts_with("WSAECONNRESET (10054"),
        "found entries are still printed"
    );
    assert_eq!(
        stderr(&output),
        "wsa-error: WSAECONNRESETT: not found; did you mean WSAECONNRESET?\n"
    );
    let near = stderr(&run(&["WSACONNRESET"]));
    assert!(near.contains("did you mean WSAECONNRESET"), "{near}");
    // The canonical name first among spellings as close (ECONNRESET is as
    // near to XCONNRESET), each code once.
    assert_eq!(
        stderr(&run(&["XCONNRESET"])),
        "wsa-error: XCONNRESET: not found; did you mean WSAECONNRESET?\n"
    );
    // A longer query may be further off: a quarter of its length.
    assert_eq!(
        stderr(&run(&["WSAEHOSTUNREACHXXX"])),
        "wsa-error: WSAEHOSTUNREACHXXX: not found; did you mean WSAEHOSTUNREACH?\n"
    );
    let nothing = run(&["qqqqqqqqqqqqqqq"]);
    assert_eq!(nothing.status.code(), Some(1));
    assert_eq!(stderr(&nothing), "wsa-error: qqqqqqqqqqqqqqq: not found\n");
    assert!(nothing.stdout.is_empty());
}

#[test]
fn numbers_outside_the_catalog_are_explained() {
    let check = |arg: &str, wanted: &str| {
        let output = run(&[arg]);
        assert_eq!(output.status.code(), Some(1), "{arg}");
        assert!(
            stderr(&output).contains(wanted),
            "{arg}: {}",
            stderr(&output)
        );
    };
    check("12345", "12345 is not a Windows Sockets error code");
    check("0x8007000E", "wraps Win32 error 14");
    check("0x80040154", "facility ITF (4)");
    check("-2147221164", "facility ITF (4)");
    check("0x80FF0001", "facility 255 (code 0x0001)");
    // Every facility the command names, by its number.
    for (hresult, facility) in [
        ("0x80004005", "NULL (0)"),
        ("0x80010105", "RPC (1)"),
        ("0x80020009", "DISPATCH (2)"),
        ("0x80030002", "STORAGE (3)"),
        ("0x80040154", "ITF (4)"),
        ("0x80080005", "WINDOWS (8)"),
        ("0x80090308", "SECURITY (9)"),
        ("0x800A0001", "CONTROL (10)"),
        ("0x800B0109", "CERT (11)"),
        ("0x800C0005", "INTERNET (12)"),
        ("0x80190194", "HTTP (25)"),
    ] {
        let code = &hresult[6..];
        check(
            hresult,
            &format!(
                "HRESULT {hresult} belongs to facility {facility} (code 0x{code}), not to Windows Sockets"
            ),
        );
    }
}

#[test]
fn search_needs_every_word() {
    let output = run(&["--search", "connection", "REFUSED"]);
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    assert!(
        text.lines().any(|l| l.contains("WSAECONNREFUSED")),
        "{text}"
    );
    for line in text.lines() {
        let name = line.split_whitespace().nth(2).unwrap();
        let entry = WsaError::from_name(name).unwrap().entry().unwrap();
        let haystack =
            format!("{} {} {}", entry.name(), entry.message(), entry.details()).to_lowercase();
        assert!(
            haystack.contains("connection") && haystack.contains("refused"),
            "{name}"
        );
    }
    let none = run(&["-s", "connection", "xylophone"]);
    assert_eq!(none.status.code(), Some(1));
    assert!(none.stdout.is_empty());
    assert!(stderr(&none).contains("no entry contains all of: connection xylophone"));
}

#[test]
fn list_has_one_aligned_line_per_entry() {
    let output = run(&["--list"]);
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines.len(),
        entries().len() + Win32Error::all().len() + NtStatus::all().len()
    );
    let (others, lines) = (&lines[entries().len()..], &lines[..entries().len()]);
    let spaces = Win32Error::all()
        .map(|e| (e.name().unwrap(), e.winsock()))
        .chain(NtStatus::all().map(|s| (s.name().unwrap(), s.winsock())));
    for (line, (name, winsock)) in others.iter().zip(spaces) {
        assert!(line.contains(&format!("  {name}  ")), "{line}");
        let target = winsock.and_then(WsaError::name).unwrap_or("none");
        assert!(line.ends_with(&format!(" -> {target}")), "{line}");
    }
    let message_column =
        |line: &str, entry: &wsa_error::Entry| line.rfind(entry.message()).unwrap();
    let first = message_column(lines[0], &entries()[0]);
    for (line, entry) in lines.iter().zip(entries()) {
        assert!(line.contains(entry.name()), "{line}");
        assert_eq!(message_column(line, entry), first, "aligned: {line}");
    }
}

/// Parses the JSON and checks every object against the catalog.
fn assert_json_entries(text: &str, expected_codes: &[i32]) {
    let value: Value = serde_json::from_str(text).expect("valid JSON");
    let objects: Vec<&Value> = value
        .as_array()
        .expect("an array of entry objects")
        .iter()
        .filter(|object| object.get("space").is_none())
        .collect();
    let codes: Vec<i32> = objects
        .iter()
        .map(|o| o["code"].as_i64().unwrap() as i32)
        .collect();
    assert_eq!(codes, expected_codes);
    for object in objects {
        let entry = WsaError::new(object["code"].as_i64().unwrap() as i32)
            .entry()
            .unwrap();
        assert_eq!(object["name"], entry.name());
        assert_eq!(object["identifier"], entry.identifier());
        assert_eq!(object["message"], entry.message());
        assert_eq!(object["details"], entry.details());
        assert_eq!(object["posix"].as_str(), entry.posix_name());
        assert_eq!(object["gai"].as_str(), entry.gai_name());
        assert_eq!(object["category"], entry.category().as_str());
        assert_eq!(object["transient"], entry.is_transient());
        assert_eq!(object["hex"], format!("0x{:04X}", entry.code()));
        let aliases: Vec<&str> = object["aliases"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a.as_str().unwrap())
            .collect();
        assert_eq!(aliases, entry.aliases().collect::<Vec<_>>());
        let hresult = u32::from_str_radix(
            object["hresult"].as_str().unwrap().trim_start_matches("0x"),
            16,
        )
        .unwrap();
        assert_eq!(WsaError::from_hresult(hresult as i32), Some(entry.error()));
    }
}

#[test]
fn json_in_every_mode_matches_the_catalog() {
    let all: Vec<i32> = entries().iter().map(|e| e.code()).collect();
    assert_json_entries(&stdout(&run(&["--list", "--json"])), &all);
    assert_json_entries(
        &stdout(&run(&["--json", "10054", "wsano_address"])),
        &[10054, 11004],
    );
    let search = run(&["--json", "-s", "quota"]);
    let searched: Vec<i32> = entries()
        .iter()
        .filter(|e| {
            format!("{} {}", e.message(), e.details())
                .to_lowercase()
                .contains("quota")
        })
        .map(|e| e.code())
        .collect();
    assert!(!searched.is_empty());
    assert_json_entries(&stdout(&search), &searched);
    let missing = run(&["--json", "nope"]);
    assert_eq!(missing.status.code(), Some(1));
    assert_json_entries(&stdout(&missing), &[]);
    let snapshot: Value = serde_json::from_str(
        &std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/catalog.json"))
            .unwrap(),
    )
    .unwrap();
    let listed: Value = serde_json::from_str(&stdout(&run(&["--list", "--json"]))).unwrap();
    let mut expected = snapshot["entries"].as_array().unwrap().clone();
    expected.extend(snapshot["win32"].as_array().unwrap().iter().cloned());
    expected.extend(snapshot["ntstatus"].as_array().unwrap().iter().cloned());
    assert_eq!(
        Value::Array(expected),
        listed,
        "--list --json is the snapshot's entries, Win32 rows and NTSTATUS rows"
    );
}

#[test]
fn win32_and_ntstatus_forms_find_their_rows_and_winsock_entries() {
    // Every form of Win32 64 and of STATUS_CONNECTION_RESET, and the Winsock entry each stands for.
    for (form, first_line) in [
        ("64", "ERROR_NETNAME_DELETED (Win32 64, 0x0040)"),
        (
            "ERROR_NETNAME_DELETED",
            "ERROR_NETNAME_DELETED (Win32 64, 0x0040)",
        ),
        (
            "error_netname_deleted",
            "ERROR_NETNAME_DELETED (Win32 64, 0x0040)",
        ),
        ("0x80070040", "ERROR_NETNAME_DELETED (Win32 64, 0x0040)"),
        (
            "0xC000020D",
            "STATUS_CONNECTION_RESET (NTSTATUS 0xC000020D, -1073741299)",
        ),
        (
            "-1073741299",
            "STATUS_CONNECTION_RESET (NTSTATUS 0xC000020D, -1073741299)",
        ),
        (
            "0xD000020D",
            "STATUS_CONNECTION_RESET (NTSTATUS 0xC000020D, -1073741299)",
        ),
        (
            "STATUS_CONNECTION_RESET",
            "STATUS_CONNECTION_RESET (NTSTATUS 0xC000020D, -1073741299)",
        ),
    ] {
        let output = run(&[form]);
        assert_eq!(output.status.code(), Some(0), "{form}");
        let text = stdout(&output);
        assert_eq!(text.lines().next(), Some(first_line), "{form}");
        assert!(
            text.lines()
                .any(|l| l == "  winsock:    WSAECONNRESET (10054)"),
            "{form}: {text}"
        );
        assert!(
            text.lines().any(|l| l == "WSAECONNRESET (10054, 0x2746)"),
            "{form}: the Winsock entry's block follows"
        );
        let json: Value = serde_json::from_str(&stdout(&run(&["--json", form]))).unwrap();
        let object = &json[0];
        assert_eq!(object["winsock"]["code"], 10054, "{form}");
        assert_eq!(object["winsock"]["name"], "WSAECONNRESET", "{form}");
        if form.contains("STATUS") || first_line.starts_with("STATUS") {
            assert_eq!(object["space"], "ntstatus");
            assert_eq!(object["code"], 0xC000_020Du32);
            assert_eq!(object["win32"], 64);
            assert_eq!(object["win32_name"], "ERROR_NETNAME_DELETED");
            assert_eq!(object["hresult"], "0xD000020D");
        } else {
            assert_eq!(object["space"], "win32");
            assert_eq!(object["code"], 64);
            assert_eq!(object["hresult"], "0x80070040");
        }
    }
    // The row's own explanation comes before the Winsock entry's block,
    // unless --brief.
    for (form, details) in [
        ("64", Win32Error::new(64).details().unwrap()),
        ("0xC000020D", NtStatus::new(0xC000_020D).details().unwrap()),
    ] {
        let opening: Vec<&str> = details.split_whitespace().take(6).collect();
        let opening = opening.join(" ");
        assert!(stdout(&run(&[form])).contains(&opening), "{form}");
        assert!(
            !stdout(&run(&["--brief", form])).contains(&opening),
            "{form}"
        );
    }
    // A status outside the table is explained, not called an HRESULT.
    let missing = run(&["0xC0000001"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(
        stderr(&missing).contains("NTSTATUS"),
        "{}",
        stderr(&missing)
    );
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &[][..],
        &["--bogus"],
        &["--list", "10054"],
        &["--markdown", "--json"],
        &["--list", "--search", "x"],
        &["--search"],
    ] {
        let output = run(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(output.stdout.is_empty(), "{args:?}");
        assert!(
            stderr(&output).starts_with("wsa-error: ") || stderr(&output).starts_with("error: "),
            "{args:?}"
        );
    }
}

#[test]
fn the_library_writes_the_committed_snapshot() {
    // docs/catalog.json is written by this function (through
    // wsa-error-generate); byte for byte, escapes and layout included.
    let committed =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/catalog.json"))
            .unwrap();
    assert!(
        wsa_error_cli::catalog_json() == committed,
        "run: cargo run -p wsa-error-generate"
    );
}

#[test]
fn help_version_and_markdown() {
    let help = run(&["--help"]);
    assert_eq!(help.status.code(), Some(0));
    assert!(stdout(&help).contains("--search") && stdout(&help).contains("Exit status"));
    let version = run(&["--version"]);
    assert_eq!(
        stdout(&version),
        format!("wsa-error {}\n", wsa_error::VERSION)
    );
    let markdown = run(&["--markdown"]);
    assert_eq!(
        stdout(&markdown),
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/errors.md")).unwrap()
    );
}

#[test]
fn output_in_a_pipe_is_plain_text() {
    for args in [&["--help"][..], &["10054"], &["--list"], &["nope"]] {
        let output = run(args);
        assert!(
            !output.stdout.contains(&0x1b) && !output.stderr.contains(&0x1b),
            "{args:?} has escape codes"
        );
    }
}

/// Runs the binary with `input` on standard input.
fn run_with_input(args: &[&str], input: &[u8]) -> Output {
    use std::io::Write as _;
    let mut child = Command::new(env!("CARGO_BIN_EXE_wsa-error"))
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the binary runs");
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

const LOG: &[u8] = b"2026-11-30 10:54:00 connect to 127.0.0.1:10054 failed: 10061\n\
ConnectionResetError: [WinError 10054] An existing connection was forcibly closed\n\
sent 10061 bytes in 11001 ms\n\
\xff\xfe not UTF-8, then Socket Error # 10053\n\
GetQueuedCompletionStatus failed: [WinError 64] The specified network name is no longer available\n";

#[test]
fn scan_reads_standard_input_and_files_line_by_line() {
    let output = run_with_input(&["--scan"], LOG);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        stdout(&output),
        "1:56: 10061: WSAECONNREFUSED (10061): Connection refused\n\
         2:33: 10054: WSAECONNRESET (10054): Connection reset by peer\n\
         4:35: 10053: WSAECONNABORTED (10053): Software caused connection abort\n\
         5:45: 64: ERROR_NETNAME_DELETED (Win32 64): Network name no longer available -> WSAECONNRESET (10054)\n"
    );
    assert_eq!(stderr(&output), "wsa-error: 4 mentions in 5 lines\n");
    // JSON Lines: one object per hit.
    let json = run_with_input(&["--scan", "--json", "-"], LOG);
    let hits: Vec<Value> = stdout(&json)
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert_eq!(hits.len(), 4);
    assert_eq!(hits[3]["line"], 5);
    assert_eq!(hits[3]["column"], 45);
    assert_eq!(hits[3]["text"], "64");
    assert_eq!(hits[3]["space"], "win32");
    assert_eq!(hits[3]["code"], 64);
    assert_eq!(hits[3]["name"], "ERROR_NETNAME_DELETED");
    assert_eq!(hits[3]["winsock"], 10054);
    assert_eq!(hits[0]["winsock"], hits[0]["code"]);
    // An NTSTATUS is its unsigned value, as in docs/catalog.json.
    let status = run_with_input(&["--scan", "--json"], b"read: status 0xC000020D\n");
    let hit: Value = serde_json::from_str(stdout(&status).trim_end()).unwrap();
    assert_eq!(hit["space"], "ntstatus");
    assert_eq!(hit["code"], 0xC000_020Du32);
    assert_eq!(hit["winsock"], 10054);
    // Files, an unreadable one among them: reported, the others still read, exit 2.
    let dir = std::env::temp_dir().join(format!("wsa-error-scan-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("log.txt");
    std::fs::write(&file, LOG).unwrap();
    let file = file.to_str().unwrap();
    let both = run(&["--scan", "--brief", "/nonexistent/log.txt", file]);
    assert_eq!(both.status.code(), Some(2));
    assert!(stderr(&both).contains("/nonexistent/log.txt"));
    assert_eq!(stdout(&both).lines().count(), 4);
    assert!(stdout(&both).starts_with(&format!("{file}:1:56: WSAECONNREFUSED\n")));
    // A file that opens but cannot be read (a directory) is reported and
    // counted like one that does not open; the others are still read.
    let unreadable = run(&["--scan", "--brief", dir.to_str().unwrap(), file]);
    assert_eq!(unreadable.status.code(), Some(2));
    assert!(stderr(&unreadable).starts_with(&format!("wsa-error: {}: ", dir.display())));
    assert_eq!(stdout(&unreadable).lines().count(), 4);
    // One file: no file name in front of the place.
    let one = run(&["--scan", "--brief", file]);
    assert_eq!(one.status.code(), Some(0));
    assert!(
        stdout(&one).starts_with("1:56: WSAECONNREFUSED\n"),
        "{}",
        stdout(&one)
    );
    // JSON stays JSON whatever a file is called: control characters escaped.
    let odd = dir.join("log\u{1}\r\u{1f}.txt");
    std::fs::write(&odd, LOG).unwrap();
    let odd = odd.to_str().unwrap();
    let json = run(&["--scan", "--json", file, odd]);
    let files: Vec<String> = stdout(&json)
        .lines()
        .map(|line| {
            let hit: Value = serde_json::from_str(line).expect("one JSON object per line");
            hit["file"].as_str().unwrap().to_owned()
        })
        .collect();
    assert_eq!(files.len(), 8);
    assert!(files[4..].iter().all(|name| name == odd), "{files:?}");
    assert!(stdout(&json).contains("log\\u0001\\u000d\\u001f.txt"));
    // Nothing found: exit 1.
    let none = run_with_input(&["--scan"], b"all quiet on port 10054\n");
    assert_eq!(none.status.code(), Some(1));
    assert!(none.stdout.is_empty());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn an_argument_with_spaces_is_scanned() {
    let output = run(&["[WinError 10054] An existing connection was forcibly closed"]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        stdout(&output),
        "1:11: 10054: WSAECONNRESET (10054): Connection reset by peer\n"
    );
    let nothing = run(&["sent 10061 bytes"]);
    assert_eq!(nothing.status.code(), Some(1));
    assert!(stderr(&nothing).contains("no socket error code in"));
}

/// Runs `command` with its standard output a pipe whose reader is closed at once.
fn with_reader_gone(command: &mut Command) -> Output {
    let mut child = command
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    child.wait_with_output().unwrap()
}

#[test]
fn output_errors_are_said_and_a_closed_pipe_ends_quietly() {
    // Standard output closed: the loss is said on stderr, exit 2 (as ls does).
    let closed = Command::new("sh")
        .args([
            "-c",
            "exec \"$0\" --list >&-",
            env!("CARGO_BIN_EXE_wsa-error"),
        ])
        .output()
        .unwrap();
    assert_eq!(closed.status.code(), Some(2));
    assert!(
        stderr(&closed).contains("cannot write the output"),
        "{}",
        stderr(&closed)
    );
    // The reader goes away after one line: SIGPIPE or exit 0, never the
    // "not found" status 1, and no message.
    for args in [&["--markdown"][..], &["--help"], &["--list"]] {
        let quit = Command::new("sh")
            .args([
                "-c",
                "\"$0\" \"$@\" | head -c 1 >/dev/null",
                env!("CARGO_BIN_EXE_wsa-error"),
            ])
            .args(args)
            .output()
            .unwrap();
        assert!(quit.status.success(), "{args:?}");
        assert!(
            !stderr(&quit).contains("wsa-error"),
            "{args:?}: {}",
            stderr(&quit)
        );
    }
    let status =
        with_reader_gone(Command::new(env!("CARGO_BIN_EXE_wsa-error")).arg("--markdown")).status;
    use std::os::unix::process::ExitStatusExt as _;
    assert!(
        status.code() == Some(0) || status.signal() == Some(13),
        "a closed pipe ends the command quietly: {status:?}"
    );
    // Started with SIGPIPE ignored (as by a parent that ignores it), the
    // command sees EPIPE instead of the signal: still exit 0 and no message.
    // The Markdown (250 KB) is more than a pipe holds, so a write fails.
    let output = with_reader_gone(Command::new("sh").args([
        "-c",
        "trap '' PIPE; exec \"$0\" --markdown",
        env!("CARGO_BIN_EXE_wsa-error"),
    ]));
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(output.stderr.is_empty(), "{}", stderr(&output));
}
